"""Score extraction and cross-checking against gold files in the format of shared/gold/.

Pure functions over plain rows, so tests and ``aidwatch eval`` share one definition of right.
A predicted figure matches a gold figure when both are in the same file, their values are equal
and the predicted span overlaps an occurrence of the gold surface in the text. Matching is one to
one, so a figure found twice counts once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PredFigure:
    file: str
    start: int
    end: int
    value: float
    qualifier: str
    figure_id: str = ""


@dataclass(frozen=True, slots=True)
class PredMeeting:
    file: str
    start: int
    end: int
    name: str
    is_aggregate: bool


@dataclass(frozen=True, slots=True)
class PredPair:
    figure_id_a: str
    figure_id_b: str
    disagree: bool


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name:<16} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"
            f"  (tp={self.tp} fp={self.fp} fn={self.fn})"
        )


@dataclass(frozen=True, slots=True)
class Report:
    """Every score against one gold folder, with the misses as readable notes."""

    figures: Score
    qualifier_accuracy: float
    meetings: Score
    named_meetings: Score
    pairs: Score
    alerts: Score
    figure_notes: list[str]
    meeting_notes: list[str]
    pair_notes: list[str]

    @property
    def notes(self) -> list[str]:
        return self.figure_notes + self.meeting_notes + self.pair_notes

    def lines(self) -> list[str]:
        return [
            self.figures.line("figures") + f" qualifier_acc={self.qualifier_accuracy:.3f}",
            self.meetings.line("meetings"),
            self.named_meetings.line("named meetings"),
            self.pairs.line("pairs"),
            self.alerts.line("alerts"),
        ]


def score_all(
    figs: list[PredFigure],
    meets: list[PredMeeting],
    pairs: list[PredPair],
    gold_dir: Path,
    texts: Mapping[str, str],
) -> Report:
    """Score predictions against ``seed_figures``/``seed_meetings``/``seed_pairs.tsv``."""
    gold = read_tsv(gold_dir / "seed_figures.tsv")
    fs, qacc, fnotes = score_figures(figs, gold, texts)
    gm = read_tsv(gold_dir / "seed_meetings.tsv")
    ms, mnotes = score_meetings(meets, gm, texts, named_only=False)
    ns, _ = score_meetings(meets, gm, texts, named_only=True)
    ps, al, pnotes = score_pairs(pairs, figs, gold, read_tsv(gold_dir / "seed_pairs.tsv"), texts)
    return Report(fs, qacc, ms, ns, ps, al, fnotes, mnotes, pnotes)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    spans, i = [], text.find(surface)
    while i >= 0:
        spans.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return spans


def _overlaps(a0: int, a1: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a0 < b1 and b0 < a1 for b0, b1 in spans)


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def match_figures(
    pred: list[PredFigure], gold: list[dict[str, str]], texts: Mapping[str, str]
) -> dict[int, int]:
    """Gold row index -> predicted index, one to one."""
    taken: set[int] = set()
    out: dict[int, int] = {}
    by_file: dict[str, list[int]] = {}
    for j, p in enumerate(pred):
        by_file.setdefault(p.file, []).append(j)
    for i, g in enumerate(gold):
        spans = _occurrences(texts.get(g["file"], ""), g["surface"])
        for j in by_file.get(g["file"], []):
            p = pred[j]
            if (
                j not in taken
                and _same_value(p.value, float(g["value"]))
                and _overlaps(p.start, p.end, spans)
            ):
                out[i] = j
                taken.add(j)
                break
    return out


def score_figures(
    pred: list[PredFigure], gold: list[dict[str, str]], texts: Mapping[str, str]
) -> tuple[Score, float, list[str]]:
    """Figure P/R/F1, qualifier accuracy on matched figures, and readable misses."""
    files = {g["file"] for g in gold}
    pred = [p for p in pred if p.file in files]
    m = match_figures(pred, gold, texts)
    score = Score(tp=len(m), fp=len(pred) - len(m), fn=len(gold) - len(m))
    right = sum(pred[j].qualifier == gold[i]["qualifier"] for i, j in m.items())
    notes = [
        f"missed  {g['file'][:3]} {g['surface']!r} ({g['value']})"
        for i, g in enumerate(gold)
        if i not in m
    ]
    matched = set(m.values())
    notes += [
        f"extra   {p.file[:3]} {texts.get(p.file, '')[p.start : p.end]!r} ({p.value:g})"
        for j, p in enumerate(pred)
        if j not in matched
    ]
    notes += [
        f"qualif  {gold[i]['file'][:3]} {gold[i]['surface']!r}: "
        f"{pred[j].qualifier} != {gold[i]['qualifier']}"
        for i, j in m.items()
        if pred[j].qualifier != gold[i]["qualifier"]
    ]
    return score, (right / len(m) if m else 0.0), notes


def score_meetings(
    pred: list[PredMeeting], gold: list[dict[str, str]], texts: Mapping[str, str], named_only: bool
) -> tuple[Score, list[str]]:
    files = {g["file"] for g in gold}
    if named_only:
        gold = [g for g in gold if not g["meeting_name"].endswith("(aggregate)")]
        pred = [p for p in pred if not p.is_aggregate]
    pred = [p for p in pred if p.file in files]
    taken: set[int] = set()
    hit = 0
    notes = []
    for g in gold:
        spans = _occurrences(texts.get(g["file"], ""), g["surface"])
        j = next(
            (
                j
                for j, p in enumerate(pred)
                if j not in taken and p.file == g["file"] and _overlaps(p.start, p.end, spans)
            ),
            None,
        )
        if j is None:
            notes.append(f"missed  {g['file'][:3]} {g['surface']!r}")
        else:
            taken.add(j)
            hit += 1
    notes += [
        f"extra   {p.file[:3]} {texts.get(p.file, '')[p.start : p.end]!r}"
        for j, p in enumerate(pred)
        if j not in taken
    ]
    return Score(tp=hit, fp=len(pred) - hit, fn=len(gold) - hit), notes


def gold_pair_ids(
    pairs: list[dict[str, str]], gold: list[dict[str, str]]
) -> dict[frozenset[int], bool]:
    """Gold pairs as sets of gold-figure row indexes -> stated values disagree."""
    index = {(g["file"], g["surface"]): i for i, g in enumerate(gold)}
    out = {}
    for p in pairs:
        a, b = index.get((p["file_a"], p["surface_a"])), index.get((p["file_b"], p["surface_b"]))
        if a is not None and b is not None:
            out[frozenset((a, b))] = p["stated_values_disagree"].strip().lower() == "yes"
    return out


def score_pairs(
    pred_pairs: list[PredPair],
    pred: list[PredFigure],
    gold: list[dict[str, str]],
    pairs: list[dict[str, str]],
    texts: Mapping[str, str],
) -> tuple[Score, Score, list[str]]:
    """Pair P/R/F1 and alert P/R/F1 (an alert is right when its gold pair disagrees)."""
    m = match_figures(pred, gold, texts)
    gold_of = {pred[j].figure_id: i for i, j in m.items()}
    truth = gold_pair_ids(pairs, gold)
    notes: list[str] = []
    tp = fp = a_tp = a_fp = 0
    seen: set[frozenset[int]] = set()
    for pp in pred_pairs:
        ga, gb = gold_of.get(pp.figure_id_a), gold_of.get(pp.figure_id_b)
        key = frozenset((ga, gb)) if ga is not None and gb is not None else None
        ok = key in truth and key not in seen
        tp, fp = tp + ok, fp + (not ok)
        if key is not None:
            seen.add(key)
        if not ok:
            notes.append(f"extra pair  {pp.figure_id_a} ~ {pp.figure_id_b}")
        if pp.disagree:
            right = ok and truth[key]  # type: ignore[index]
            a_tp, a_fp = a_tp + right, a_fp + (not right)
            if not right:
                notes.append(f"false alert {pp.figure_id_a} ~ {pp.figure_id_b}")
    missing = [k for k in truth if k not in seen]
    notes += [f"missed pair {' ~ '.join(gold[i]['surface'] for i in sorted(k))}" for k in missing]
    n_alerts = sum(truth.values())
    return (Score(tp, fp, len(truth) - tp), Score(a_tp, a_fp, n_alerts - a_tp), notes)
