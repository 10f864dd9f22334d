"""Property tests: random and mutated input never breaks reading, blanking or sentence spans."""

from __future__ import annotations

import codecs
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.extract.sentences import split_sentences
from flows.reading import Unreadable, blank_html, blank_markdown, decode

# AIDWATCH_FUZZ_EXAMPLES=20000 for a long hunt; 300 keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("AIDWATCH_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces that exercise every branch of the markup patterns, glued in random order.
TOKENS = [
    "<", ">", "/", "!", "-", "&", "#", ";", "[", "]", "(", ")", "*", "_", "`", "'", '"', "=",
    " ", "\n", "\t", "a", "B", "1", ",", ".", "é", "中", "\u00a0", "\x00", "\ufeff",
    "<!--", "-->", "<script>", "</script>", "<style x='>'>", "<![CDATA[", "]]>", "<br>",
    "&amp;", "&#x41;", "&#9999999;", "&nbsp;", "<p class=\"", "<!DOCTYPE html>", "# ", "> ",
    "- ", "1. ", "**", "](", "![", "U.S. ", "Mr. ", "1,000", "70.6 ", "!\" ", "?) ",
]  # fmt: skip
markup = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
texts = st.one_of(st.text(max_size=400), markup)
SAMPLE = "China sent 1,000 “masks” to <b>Italy</b> &amp; Spain.\n\n# Aid\n* 5 teams"


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real document in some encoding with random bytes flipped, cut, inserted or deleted."""
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "gbk"]))
    data = bytearray(SAMPLE.encode(enc, "replace"))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        i = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:]
        elif op == "insert":
            data[i:i] = draw(st.binary(max_size=8))
        elif data:
            del data[i]
    return bytes(data)


def _check_decoded(data: bytes, name: str) -> None:
    try:
        doc = decode(data, name, 1 << 20)
    except Unreadable as err:
        assert str(err)  # a reason a person can read
        return
    doc.text.encode("utf-8")  # no lone surrogates: it must be storable
    assert doc.text.strip()
    assert doc.encoding and doc.content_type in {"text", "html", "markdown"}


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_decode_random_bytes_raises_only_unreadable(data: bytes, name: str) -> None:
    _check_decoded(data, name)


@FUZZ
@given(mutated(), st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_decode_mutated_documents_raises_only_unreadable(data: bytes, name: str) -> None:
    _check_decoded(data, name)


@FUZZ
@given(texts, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-8-sig"]))
def test_any_text_in_a_unicode_encoding_decodes_to_itself_or_a_reason(text: str, enc: str) -> None:
    data = text.encode(enc, "surrogatepass")
    try:
        doc = decode(data, "a.txt", 1 << 20)
    except Unreadable:
        return
    doc.text.encode("utf-8")
    # Only a leading U+FEFF that the encoder did not put there itself is read as a BOM.
    bom_read = enc in ("utf-8", "utf-16-le") and text.startswith("\ufeff")
    expected = text[1:] if bom_read else text
    if doc.content_type == "text" and "\x00" not in text and enc != "utf-16-le":
        assert doc.text == expected


@FUZZ
@given(texts)
def test_blank_html_keeps_length_and_only_blanks_or_decodes_entities(text: str) -> None:
    out = blank_html(text)
    assert len(out) == len(text)
    for i, (a, b) in enumerate(zip(text, out, strict=True)):
        assert b == a or b in " \n" or a == "&", (i, a, b)


@FUZZ
@given(texts)
def test_blank_markdown_keeps_length_and_only_blanks(text: str) -> None:
    out = blank_markdown(text)
    assert len(out) == len(text)
    assert all(b == a or b == " " for a, b in zip(text, out, strict=True))


@FUZZ
@given(texts)
def test_sentence_spans_lie_inside_the_text_and_match_it(text: str) -> None:
    sentences = split_sentences(text)
    end = 0
    for s in sentences:
        assert end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        end = s.end


@FUZZ
@given(texts)
def test_sentences_of_blanked_markup_match_the_blanked_text(text: str) -> None:
    blanked = blank_markdown(blank_html(text))
    for s in split_sentences(blanked):
        assert blanked[s.start : s.end] == s.text and s.text.strip() == s.text


def test_a_bom_is_not_part_of_the_text() -> None:
    doc = decode(codecs.BOM_UTF8 + b"Hello 5", "a.txt", 100)
    assert doc.text == "Hello 5" and doc.encoding == "utf-8-sig"
