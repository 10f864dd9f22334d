"""The benchmark corpus: deterministic, realistic size, figures the extractor finds."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_corpus import doc_path, document, generate, main, seed_sentences  # noqa: E402

from flows.extract import extract_document  # noqa: E402


def test_documents_are_deterministic_and_independent_of_n(tmp_path: Path) -> None:
    small = generate(tmp_path / "a", 3)
    large = generate(tmp_path / "b", 5)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:3]]
    assert len({p.read_bytes() for p in large}) == 5  # every document differs
    other_seed = generate(tmp_path / "c", 1, seed=8)
    assert other_seed[0].read_bytes() != small[0].read_bytes()


def test_documents_are_about_the_asked_size_and_filed_in_folders(tmp_path: Path) -> None:
    paths = generate(tmp_path, 20)
    sizes = [p.stat().st_size for p in paths]
    assert 15_000 < sum(sizes) / len(sizes) < 25_000
    assert paths[7] == doc_path(tmp_path, 7) == tmp_path / "000" / "doc_000007.txt"


def test_documents_state_figures_with_varied_items_and_a_date() -> None:
    prose, numeric = seed_sentences()
    assert len(prose) > 100 and len(numeric) > 20
    texts = [document(i, 7, 20, prose, numeric) for i in range(10)]
    assert all("Updated: " in t.split("\n\n")[1] for t in texts)
    extractions = [extract_document(t) for t in texts]
    assert all(ex.meta.published_on is not None for ex in extractions)
    keys = {f.claim_key for ex in extractions for f in ex.figures if f.claim_key}
    assert sum(len(ex.figures) for ex in extractions) >= 30 and len(keys) >= 20


def test_command_line_writes_n_documents(tmp_path: Path) -> None:
    assert main([str(tmp_path / "out"), "-n", "4", "--kb", "2"]) == 0
    assert len(list((tmp_path / "out").rglob("*.txt"))) == 4
