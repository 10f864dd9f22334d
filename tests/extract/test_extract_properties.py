"""Property tests: numbers written in many forms parse back; no text makes the extractor raise,
and every span lies inside the text and equals its surface; pathological input stays linear."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.numbers import ONES, TENS, find_numbers, parse
from flows.extract.sentences import split_sentences
from flows.extract.shipments import derive_counts, derive_shipments

_WORD_OF = {v: k for k, v in ONES.items()} | {v: k for k, v in TENS.items()}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_PREFIXES = {"": None, "US$": "USD", "$": "USD", "RMB": "RMB", "€": "EUR", "£": "GBP"}
_SPACES = [" ", "\u00a0"]
QUALIFIERS = {"exact", "more_than", "at_least", "nearly", "about", "up_to", "total"}


def _with_commas(n: int) -> str:
    return f"{n:,}"


def _in_words(n: int) -> str:
    """1..99 in words: 'seventy-seven', 'twenty one', 'twelve'."""
    if n < 20:
        return _WORD_OF[n]
    tens, ones = divmod(n, 10)
    return _WORD_OF[tens * 10] + ("" if ones == 0 else "-" + _WORD_OF[ones])


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, float, str | None]:
    """(text, value, currency) for a number rendered one of the ways the genre writes them."""
    form = draw(st.sampled_from(["digits", "commas", "decimal_scale", "words", "words_scale"]))
    sp = draw(st.sampled_from(_SPACES))
    if form == "digits":
        n = draw(st.integers(min_value=1, max_value=999))
        text, value = str(n), float(n)
    elif form == "commas":
        n = draw(st.integers(min_value=1000, max_value=10**12))
        text, value = _with_commas(n), float(n)
    elif form == "decimal_scale":
        whole = draw(st.integers(min_value=1, max_value=999))
        frac = draw(st.integers(min_value=0, max_value=99))
        scale = draw(st.sampled_from(list(_SCALES)))
        text = f"{whole}.{frac:02d}{sp}{scale}"
        value = float(f"{whole}.{frac:02d}") * _SCALES[scale]
    elif form == "words":
        n = draw(st.integers(min_value=2, max_value=99))
        text, value = _in_words(n), float(n)
        if draw(st.booleans()):
            text = text.capitalize()
    else:
        n = draw(st.integers(min_value=2, max_value=99))
        scale = draw(st.sampled_from(list(_SCALES)))
        text, value = f"{_in_words(n)}{sp}{scale}", n * _SCALES[scale]
    prefix = draw(st.sampled_from(list(_PREFIXES))) if form != "words" else ""
    gap = draw(st.sampled_from(["", " "])) if prefix else ""
    if prefix[-1:].isalpha() and not text[0].isdigit():
        gap = " "  # "RMB two billion": a word number is never glued to letters
    return prefix + gap + text, value, _PREFIXES[prefix]


@given(written_numbers())
@settings(max_examples=400)
def test_written_numbers_parse_back(case: tuple[str, float, str | None]) -> None:
    written, value, currency = case
    text = f"China has provided {written} to partners."
    matches = list(find_numbers(text))
    assert [m.group() for m in matches] == [written]
    num = parse(matches[0])
    assert num is not None
    assert num.value == pytest.approx(value, rel=1e-12)
    assert num.unit == currency
    assert num.kind == ("money" if currency else "count")


@given(written_numbers())
@settings(max_examples=200)
def test_written_counts_become_figures_with_their_item(case: tuple[str, float, str | None]) -> None:
    written, value, currency = case
    text = f"As of May 31, China had sent more than {written} ventilators to Italy."
    found = find_figures(text, split_sentences(text), document_meta(text), [])
    assert len(found) == 1
    f = found[0]
    assert f.value == pytest.approx(value, rel=1e-12)
    assert f.qualifier == "more_than"
    assert text[f.char_start : f.char_end] == f.surface
    if currency is None:
        assert f.item == "ventilators"


_GENRE = (
    "Between 1 March and 31 May, China exported more than 70.6 billion masks, 340 million "
    "protective suits and 96,700 ventilators to 200 countries and regions. Seventy-seven "
    "countries donated US$ 1.353 billion; RMB2.485 billion came from the AIIB. "
    "<  1  2  3  4  5  6  7  > Tel: +86-10-6596-1114. Over a dozen leaders, 24% (i.e. 24 percent)."
)


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """Genre text cut, spliced and sprinkled with odd characters."""
    base = draw(st.sampled_from([_GENRE, _GENRE.upper(), _GENRE.replace(" ", "\u00a0")]))
    ops = draw(st.lists(st.tuples(st.integers(0, len(base)), st.text(max_size=12)), max_size=8))
    for pos, piece in ops:
        base = base[:pos] + piece + base[pos:]
    a = draw(st.integers(0, len(base)))
    b = draw(st.integers(a, len(base)))
    return base[a:b] if draw(st.booleans()) else base


def _check_spans(text: str) -> None:
    meta = document_meta(text)
    sentences = split_sentences(text)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text
    found = find_figures(text, sentences, meta, [])
    for f in found:
        assert 0 <= f.char_start < f.char_end <= len(text)
        assert text[f.char_start : f.char_end] == f.surface
        assert f.qualifier in QUALIFIERS
        assert f.kind in {"count", "money", "percent"}
    derive_shipments(found)
    assert len(derive_counts(found)) == sum(f.kind == "count" for f in found)


@given(mutated_text())
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_genre_text_never_raises_and_spans_hold(text: str) -> None:
    _check_spans(text)


@given(st.text(max_size=400))
@settings(max_examples=300)
def test_random_text_never_raises_and_spans_hold(text: str) -> None:
    _check_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "1," * 200_000,  # a long run of digits and commas
        "9" * 400_000,
        "more than " * 50_000,
        ("word " * 300_000),  # megabytes without a sentence end
        ("Leaders of " * 40_000) + "5 countries",
        "US$ " * 100_000,
        ("a dozen " * 60_000),
    ],
)
def test_pathological_input_stays_linear(text: str) -> None:
    t0 = time.perf_counter()
    _check_spans(text)
    # a linear pass over these ~1-2 MB takes well under a second on one core; backtracking
    # blow-ups take minutes
    assert time.perf_counter() - t0 < 20
