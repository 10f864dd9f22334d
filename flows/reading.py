"""Bytes to text, or a reason a person understands why not. Pure: no files, no database.

Markup is blanked out in place (tags become spaces) so every offset into the decoded text is
also an offset into the file the user can open.
"""

from __future__ import annotations

import codecs
import html
from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    content_type: str  # text | html | markdown


class Unreadable(ValueError):
    """The bytes cannot become a document; the message is the reject reason."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str, max_bytes: int) -> Decoded:
    """Decode ``data`` (the bytes of file ``name``) or raise Unreadable with the reason."""
    if not data:
        raise Unreadable("empty file (0 bytes)")
    if len(data) > max_bytes:
        raise Unreadable(f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    text, encoding = _decode_text(data)
    if not text.strip():
        raise Unreadable("no text: the file holds only white space")
    if _looks_binary(text):
        raise Unreadable("binary file: control characters, not text")
    kind = _content_type(name, text)
    if kind == "html":
        text = blank_html(text)
    elif kind == "markdown":
        text = blank_markdown(text)
    return Decoded(text, encoding, kind)


def _decode_text(data: bytes) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if _utf16_without_bom(data):
        enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise Unreadable("binary file: contains NUL bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> bool:
    sample = data[:4096]
    zeros_odd, zeros_even = sample[1::2].count(0), sample[0::2].count(0)
    half = max(1, len(sample) // 2)
    return max(zeros_odd, zeros_even) > 0.4 * half and min(zeros_odd, zeros_even) < 0.05 * half


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 100)


def _content_type(name: str, text: str) -> str:
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")) or regex.match(
        r"\s*(?:<!DOCTYPE\s+html|<html\b)", text[:1024], regex.IGNORECASE
    ):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    return "text"


_HTML_HIDDEN = regex.compile(
    r"<(?P<tag>script|style|noscript|template)\b[^>]*+>.*?</(?P=tag)\s*>"  # code, not prose
    r"|<!--.*?-->"  # comments
    r"|<[^<>]*+>",  # any other tag
    regex.IGNORECASE | regex.DOTALL,
)
_ENTITY = regex.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLOCK_TAG = regex.compile(
    r"<\s*/?\s*(?:p|div|br|li|h[1-6]|tr|td|section|article|title)\b", regex.IGNORECASE
)


def blank_html(text: str) -> str:
    """Tags become spaces (block tags a newline), entities their character padded with spaces."""

    def tag(m: regex.Match[str]) -> str:
        s = m.group()
        newline = "\n" if _BLOCK_TAG.match(s) else " "
        return newline + " " * (len(s) - 1)

    def entity(m: regex.Match[str]) -> str:
        ch = html.unescape(m.group())
        return ch + " " * (len(m.group()) - len(ch)) if len(ch) <= len(m.group()) else m.group()

    return _ENTITY.sub(entity, _HTML_HIDDEN.sub(tag, text))


_MD_MARKUP = regex.compile(
    r"^[ \t]{0,3}(?:\#{1,6}[ \t]|>[ \t]?|[-*+][ \t]|\d{1,9}\.[ \t](?=\S))"  # heading, quote, bullet
    r"|(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)"  # emphasis marks
    r"|`+"  # code ticks
    r"|!?\[(?=[^\]\n]*\]\()|\]\([^)\n]*\)",  # link brackets and targets
    regex.MULTILINE,
)


def blank_markdown(text: str) -> str:
    """Markdown markup becomes spaces of the same length; the words stay where they were."""
    return _MD_MARKUP.sub(lambda m: " " * len(m.group()), text)
