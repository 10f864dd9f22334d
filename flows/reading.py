"""Bytes to text, or a reason a person understands why not. Pure: no files, no database.

Markup is blanked out in place (tags become spaces) so every offset into the decoded text is
also an offset into the file the user can open: ``len(blank_html(t)) == len(t)`` always, and
every character that is not markup stays where it was. A byte-order mark is not part of the
text (editors do not show it either), so offsets count from the first character after it.

Every pattern here runs in time linear in the input: hostile files (megabytes of ``<``, of
``[`` or of one attribute) must not hang a run. Quantifiers are possessive or bounded, and
constructs a browser would leave open to the end of the file (an unclosed comment or script)
are consumed to the end instead of being retried at every later position.
"""

from __future__ import annotations

import codecs
import html
from dataclasses import dataclass

import charset_normalizer
import regex


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    content_type: str  # text | html | markdown


class Unreadable(ValueError):
    """The bytes cannot become a document; the message is the reject reason."""


def decode(data: bytes, name: str, max_bytes: int) -> Decoded:
    """Decode ``data`` (the bytes of file ``name``) or raise Unreadable with the reason."""
    if not data:
        raise Unreadable("empty file (0 bytes)")
    if len(data) > max_bytes:
        raise Unreadable(f"too large: {len(data):,} bytes (limit {max_bytes:,})")
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise Unreadable("no text: the file holds only white space")
    if _looks_binary(text):
        raise Unreadable("binary file: control characters, not text")
    kind = _content_type(name, text)
    if kind == "html":
        text = blank_html(text)
    elif kind == "markdown":
        text = blank_markdown(blank_html(text))  # Markdown may embed HTML tags and comments
    if kind != "text" and not text.strip():
        raise Unreadable(f"no text: the {kind} file holds only markup")
    return Decoded(text, encoding, kind)


# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOM, then UTF-16 without BOM, UTF-8, a detected legacy code page."""
    bom_error = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as err:
                bom_error = bom_error or f"{enc} (byte-order mark) but byte {err.start} is not"
    if bom_error:
        raise Unreadable(f"undecodable: starts as {bom_error}")
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
    return _legacy(data)


def _utf16_without_bom(data: bytes) -> bool:
    """Mostly-ASCII UTF-16: one byte of each pair is zero, the other almost never is."""
    sample = data[:4096]
    zeros_odd, zeros_even = sample[1::2].count(0), sample[0::2].count(0)
    half = max(1, len(sample) // 2)
    return max(zeros_odd, zeros_even) > 0.4 * half and min(zeros_odd, zeros_even) < 0.05 * half


_C1 = regex.compile(rb"[\x80-\x9f]")


def _legacy(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: a non-Latin code page if one clearly fits, else cp1252."""
    detected = _detect_non_latin(data)
    if detected:
        return detected
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise Unreadable(
            f"undecodable: not UTF-8, UTF-16 or cp1252 (byte 0x{data[err.start]:02x} at offset "
            f"{err.start}) and no other encoding fits"
        ) from None
    # cp1252 and Latin-1 agree except on 0x80-0x9f; name the one the file can be.
    return text, "cp1252" if _C1.search(data) else "latin-1"


_DETECT_SAMPLE = 1 << 20  # the detector is slow: a megabyte tells the code page well enough
_MIN_DETECT = 64  # shorter than this, any guess is noise; cp1252 is the safe reading


def _detect_non_latin(data: bytes) -> tuple[str, str] | None:
    """GB18030, Big5, Shift-JIS, cp1251 ...: charset-normalizer, when it clearly fits.

    Why charset-normalizer at all: the hand-written fallback (cp1252) turns a GBK or cp1251
    file into plausible-looking mojibake that extracts garbage. Why only for non-Latin
    scripts: on short Western text it is unreliable (measured: a French Latin-1 line came
    back as cp1250, a cp1252 line as cp437, "café" as UTF-16-BE), so we trust it only when
    the text it produces is largely in another script, where cp1252 would certainly be wrong.
    """
    if len(data) < _MIN_DETECT:
        return None
    sample = data[:_DETECT_SAMPLE]
    if len(data) > _DETECT_SAMPLE:  # cut at a newline: never inside a multi-byte character
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    best = charset_normalizer.from_bytes(sample).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")) or best.chaos > 0.2:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    letters = [ch for ch in text[:65536] if ch.isalpha()]
    other_script = sum(1 for ch in letters if ord(ch) >= 0x250)  # past Latin Extended-B
    if not letters or other_script < 0.3 * len(letters):
        return None
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 100)


_HTML_SNIFF = regex.compile(r"\s*+(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b)", regex.IGNORECASE)


def _content_type(name: str, text: str) -> str:
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    if _HTML_SNIFF.match(text[:1024]):
        return "html"
    return "text"


# Order matters: raw-text elements and comments first (their content is not markup to parse),
# then CDATA markers, declarations, tags, and character references.
_HTML = regex.compile(
    r"""
      (?P<raw> < (?P<rawtag> script | style | noscript | template | iframe ) \b
               (?&attrs) (?: > | \Z )
               (?: .*? </ (?P=rawtag) \s*+ > | .*+ )   # unclosed: hidden to the end, as browsers do
      )
    | (?P<comment> <!-- (?: .*? --> | .*+ ) )
    | (?P<cdata> <!\[CDATA\[ | \]\]> )                  # the content between is text (XHTML, feeds)
    | (?P<decl> <[!?] [^<>]*+ (?: > | (?=<) | \Z ) )    # doctype, <?xml ...?>, bogus comment
    | (?P<tag> </? (?P<name> [A-Za-z][A-Za-z0-9:-]{0,63} ) (?&attrs) (?: > | (?=<) | \Z ) )
    | (?P<entity> & (?: \#[0-9]{1,7} | \#[xX][0-9A-Fa-f]{1,6} | [A-Za-z][A-Za-z0-9]{1,31} ) ; )
    (?(DEFINE)
      # attribute values quoted after "=" may hold < and >; a stray quote is just a character
      (?P<attrs> (?: [^<>"'=]++ | = \s*+ (?: "[^"]*+" | '[^']*+' )?+ | ["'] )*+ )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

# Tags that end a line in a browser: blanked as a newline so sentences do not run together
# ("1<br>000" must not become one number 1000).
_BLOCK = regex.compile(
    r"""
    (?: address | article | aside | blockquote | br | dd | div | dl | dt | figcaption | figure
      | footer | form | h[1-6] | header | hr | li | main | nav | ol | p | pre | section | table
      | tbody | tfoot | thead | title | tr | ul | caption ) \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _blank_markup(m: regex.Match[str]) -> str:
    s = m.group()
    if m.lastgroup == "entity":
        ch = html.unescape(s)
        return ch + " " * (len(s) - len(ch)) if len(ch) <= len(s) else " " * len(s)
    if m.lastgroup == "tag" and _BLOCK.match(m.group("name")):
        return "\n" + " " * (len(s) - 1)
    return " " * len(s)


def blank_html(text: str) -> str:
    """Tags, comments and scripts become spaces (block tags a newline), entities their character
    padded with spaces: the result has the length of ``text`` and its words in their places.

    A table row becomes one line: its cells (``td``, ``th``) are set apart by the spaces of
    their tags, and the line breaks of the source between them (insignificant white space in
    HTML) become spaces, so the extractor reads it as a column table (flows/extract/tables.py).

    Limits of keeping offsets: an inline tag inside a number ("1<b>2</b>3") leaves spaces
    inside it, so it reads as separate numbers; "1&nbsp;000" becomes a no-break space padded
    with spaces, which numbers.py reads as a thousands separator.
    """
    out = _HTML.sub(_blank_markup, text, timeout=None)
    if "<tr" not in text and "<TR" not in text:
        return out
    parts, pos = [], 0
    for m in _ROW.finditer(text, timeout=None):  # the row's own tag keeps its line break
        a, b = m.start() + 1, m.end()
        parts += [out[pos:a], out[a:b].replace("\n", " ")]
        pos = b
    return "".join(parts) + out[pos:]


# A table row of the source, up to the next row or the end of its table (``</tr>`` is optional).
_ROW = regex.compile(r"<tr\b.*?(?=<tr\b|</table|\Z)", regex.IGNORECASE | regex.DOTALL)


_MD_MARKUP = regex.compile(
    r"""
      ^ [ \t]{0,3} (?: \#{1,6} [ \t] | > [ \t]? | [-*+] [ \t] | \d{1,9} \. [ \t] (?=\S) )
                                                            # heading, quote, bullet, numbered
    | (?<!\w) [*_]{1,3} (?=\S) | (?<=\S) [*_]{1,3} (?!\w)   # emphasis marks
    | `++                                                   # code ticks
    | !? \[ (?= [^\[\]\n]{0,1024}+ \]\( )                   # link text opener
    | \]\( [^()\[\]\n]{0,2048}+ \)                         # link target
    """,
    regex.MULTILINE | regex.VERBOSE,
)


def blank_markdown(text: str) -> str:
    """Markdown markup becomes spaces of the same length; the words stay where they were.

    Link look-aheads stop at the next bracket (and are bounded): on "[[[[..." or "](](](..."
    each attempt ends at once instead of scanning the rest of the line.
    """
    return _MD_MARKUP.sub(lambda m: " " * len(m.group()), text, timeout=None)
