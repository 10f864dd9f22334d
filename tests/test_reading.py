"""decode: every encoding we promise, a reason for everything else, markup blanked in place."""

from __future__ import annotations

import codecs
import time

import pytest

from flows.reading import Unreadable, blank_html, blank_markdown, decode

TEXT = "Café: China sent 1,000 “masks” to Zürich — €5 million.\n"
LIMIT = 10_000_000


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM (native order)
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),  # “ ” — € are cp1252-only bytes
    ],
)
def test_unicode_and_cp1252_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    doc = decode(data, "a.txt", LIMIT)
    assert (doc.text, doc.encoding, doc.content_type) == (TEXT, encoding, "text")


def test_latin1_is_named_latin1_when_no_cp1252_only_byte_occurs() -> None:
    text = "Señor Müller paid 5 000 francs à Genève for the déjà-vu.\n" * 3
    doc = decode(text.encode("latin-1"), "a.txt", LIMIT)
    assert (doc.text, doc.encoding) == (text, "latin-1")


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (
            "截至2020年5月31日，中国向200个国家和地区出口防护用品，其中口罩706亿只。" * 3,
            "gbk",
            "gb18030",
        ),
        (
            "Китай отправил 70 миллионов масок в Россию и Сербию в мае 2020 года.\n" * 3,
            "cp1251",
            "cp1251",
        ),
    ],
)
def test_non_latin_code_pages_are_detected_not_read_as_mojibake(
    text: str, codec: str, expected: str
) -> None:
    doc = decode(text.encode(codec), "a.txt", LIMIT)
    assert doc.text == text
    assert doc.encoding == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b" \n\t\r\n ", "no text: the file holds only white space"),
        (b"PK\x03\x04\x00\x00binary", "binary file: contains NUL bytes"),
        (bytes(range(1, 32)) * 3, "binary file: control characters, not text"),
        (b"abc \x81\x8d\x8f\x90\x9d def", "undecodable: not UTF-8, UTF-16 or cp1252 (byte 0x81"),
        (
            codecs.BOM_UTF8 + b"ok \xff\xfe bad",
            "undecodable: starts as utf-8-sig (byte-order mark)",
        ),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "undecodable: starts as utf-16 (byte-order mark)"),
        (b"x" * 101, "too large: 101 bytes (limit 100)"),
    ],
)
def test_unusable_bytes_raise_unreadable_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Unreadable) as err:
        decode(data, "a.txt", 100)
    assert str(err.value).startswith(reason)


def test_content_type_comes_from_the_name_or_a_sniffed_html_start() -> None:
    assert decode(b"# Title", "a.md", LIMIT).content_type == "markdown"
    assert decode(b"<p>x</p>", "a.HTM", LIMIT).content_type == "html"
    assert decode(b"  <!doctype html><p>x</p>", "a.txt", LIMIT).content_type == "html"
    assert decode(b"x < 5 and y > 3", "a.txt", LIMIT).text == "x < 5 and y > 3"


def _same_length_and_words_in_place(src: str, out: str) -> None:
    assert len(out) == len(src)
    for i, ch in enumerate(out):
        assert ch == src[i] or ch in " \n" or src[i] == "&", (i, src[i], ch)


HTML_CASES = {
    "script and style are hidden": (
        '<style>p{x:"1 000"}</style><script>var n = "5 masks";</script><p>7 teams</p>',
        ["7 teams"],
        ["5 masks", "1 000", "var"],
    ),
    "comments and unclosed comment": (
        "a 3 b<!-- 9 --> c<!-- 8 to the end",
        ["a 3 b", " c"],
        ["9", "8"],
    ),
    "CDATA keeps its text": ("<x><![CDATA[12 pairs]]></x>", ["12 pairs"], ["CDATA", "]]>"]),
    "entities become their character": (
        "R&amp;D &#8364;5 &#x20AC;6 &nbsp;",
        ["R&", "€", "€"],
        ["amp;"],
    ),
    "quoted attribute holds > and <": ('<a title="a > 4 < b">42 masks</a>', ["42 masks"], ["4 <"]),
    "unclosed tag at the end": ("9 masks <div class='x", ["9 masks"], ["class"]),
    "unclosed script hides the rest": ("1 team <script> var x = 2", ["1 team"], ["var"]),
    "prose comparison is not a tag": ("fewer than <5 and x < y > z", ["<5", "x < y > z"], []),
    "stray quote is a character": ("<a href=/it's>it's 3</a> 'q'", ["it's 3", "'q'"], ["href"]),
}


@pytest.mark.parametrize("case", list(HTML_CASES))
def test_blank_html_hides_markup_and_keeps_text_in_place(case: str) -> None:
    src, kept, hidden = HTML_CASES[case]
    out = blank_html(src)
    _same_length_and_words_in_place(src, out)
    for words in kept:
        assert words in out
    for words in hidden:
        assert words not in out


def test_a_line_break_tag_inside_a_number_splits_it_and_offsets_still_match() -> None:
    src = "<p>They sent 1<br>000 masks and 2<BR/>500 gowns</p>"
    out = blank_html(src)
    assert "1\n   000" in out and "2\n    500" in out
    i = out.index("000 masks")
    assert src[i : i + 9] == "000 masks"  # an offset into the blanked text is one into the file


def test_block_tags_end_a_line_inline_tags_do_not() -> None:
    out = blank_html("<div>a</div><b>b</b><li>c")
    assert out == "\n    a\n     " + "   b    " + "\n   c"


def test_huge_attribute_is_blanked_whole() -> None:
    src = '<img src="data:' + "A" * 2_000_000 + '">5 masks'
    out = blank_html(src)
    assert out.endswith("5 masks") and out.strip() == "5 masks"


def test_markdown_markup_is_blanked_in_place() -> None:
    src = "## Aid\n\n* **100** masks, see [report](http://x/y) and `code`\n1. 5 * 3 = 15 snake_case"
    out = blank_markdown(src)
    assert len(out) == len(src)
    assert out.index("Aid") == src.index("Aid") and out.index("100") == src.index("100")
    assert "**" not in out and "http" not in out and "`" not in out and "##" not in out
    assert "5 * 3 = 15 snake_case" in out


def test_markdown_file_with_html_comment_and_tags() -> None:
    src = b"# T\n\n<!-- 99 draft -->Sent <b>7</b> teams."
    doc = decode(src, "a.md", LIMIT)
    assert "99" not in doc.text and "7" in doc.text and len(doc.text) == len(src)


HOSTILE = {
    "unclosed comments": "<!--",
    "unclosed scripts": "<script>",
    "open tags": "<a ",
    "unclosed quotes": '<a b="',
    "lone brackets": "<",
    "entities": "&amp;&#9999999;&bogus;",
    "link openers": "[",
    "link targets": "](",
    "emphasis": "*_",
    "cdata": "<![CDATA[",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_blanking_is_linear_on_hostile_repetitions(name: str) -> None:
    """Quadratic behaviour on 300 kB is minutes; linear is about a second at worst."""
    unit = HOSTILE[name]

    def cost(size: int) -> float:  # CPU seconds: a busy machine must not fail the test
        text = unit * (size // len(unit))
        t0 = time.process_time()
        assert len(blank_markdown(blank_html(text))) == len(text)
        return time.process_time() - t0

    small, big = cost(30_000), cost(300_000)
    assert big < 5.0
    assert big < 40 * max(small, 0.005)  # 10x the input: about 10x the time, never 100x
