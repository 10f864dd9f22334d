"""ASCII twins of the figure pass's hottest ``regex`` patterns, for the standard library's ``re``.

On text that is pure ASCII each twin matches exactly what its original matches (there ``\\p{L}``
is ``[A-Za-z]``, ``\\p{Lu}`` is ``[A-Z]``, ``\\p{M}`` is nothing, ``\\d`` is ``[0-9]`` and ``\\s``
is ``[\\t\\n\\v\\f\\r ]``), and ``re`` runs these small patterns 2-2.5x faster than ``regex``. Most
windows the figure pass reads are ASCII (over 90 % of the sentences that hold figures), and
``str.isascii`` costs next to nothing, so callers test the window and use the twin when they can,
the original otherwise. tests/extract/test_ascii_twins.py checks each pair on fuzzed ASCII text.
"""

from __future__ import annotations

import re
from typing import Final

# items.TOKEN_RE: a word ("N95" and "5G" are words), a number, or one other non-space character.
ITEM_TOKEN: Final = re.compile(
    r"[A-Za-z][A-Za-z0-9'\-]*+|[0-9]++[A-Za-z][A-Za-z0-9]*+|[0-9][0-9,.]*+|[^\t\n\x0b\x0c\r ]"
)
# frames._WORD_TOKEN_RE: a word starting with a letter.
WORD_TOKEN: Final = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*+")
# frames._NAME_RE: capitalised words, possibly joined by "of"/"for", or "we". Written to start
# with a character class (the "\b" before it is the lookbehind after it): ``re`` then skips
# to the next capital or "w" in C, where a pattern opening with "\b" is tried at every offset.
NAME: Final = re.compile(
    r"[A-Zw](?<!\w[A-Zw])"
    r"(?:(?<=[A-Z])[\w'.\-]*+(?![$])(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'.\-]*+(?![$]))*+"
    r"|(?<=[Ww])e\b)",
    re.ASCII,
)
# frames._RECIPIENT: "to (the) <name or count>". Written to start with the literal "to" (its
# "\b" is the lookbehind after it): ``re`` then finds "to" by its fast literal search.
RECIPIENT: Final = re.compile(
    r"""to(?<!\wto)\s+(?:the\s+)?
    (?P<r> [A-Z][\w\-]*+ (?: \s+ (?:of\s+|and\s+)? [A-Z][\w\-]*+ ){0,5} (?![$\d])
         | \d (?:[\d,.]*\d)?+ \s+ [a-z][\w\-]*+ (?: \s+and\s+[a-z][\w\-]*+ )?
         | (?:continent|region) )""",
    re.VERBOSE | re.ASCII,
)

# frames._LWORD_RE: a word starting with an ASCII letter.
LWORD: Final = re.compile(r"[A-Za-z][\w-]*", re.ASCII)
# frames._COUNTED_SUBJECT_RE: "35 anti-epidemic expert groups (had)" at the end of the window (its
# "\b" is the lookbehind after the first digit, so ``re`` skips to digits in C).
COUNTED_SUBJECT: Final = re.compile(
    r"\d(?<!\w\d)[\d,.]*\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<head>[A-Za-z][\w-]*)"
    r"(?:\s+(?:had|have|has|been|were|was|are|is|also|already|now|all))*\s*$",
    re.ASCII,
)

# items._CONJ_RE: a list joint (", and", " or ").
CONJ: Final = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.ASCII)


# Scanners: the same tokens as ITEM_TOKEN / WORD_TOKEN, read character by character. On the short
# windows the callers read (a few dozen characters) this costs a fraction of a pattern call (no
# argument parsing, matcher state or match objects). Each gives up (returns None) at the first
# non-ASCII character it reads, and the caller then runs the ``regex`` original.
def is_space(c: int) -> bool:
    """``\\s`` on ASCII (tab, line feed, \\v, \\f, carriage return, space; not \\x1c-\\x1f) and
    the no-break space."""
    return c == 32 or 9 <= c <= 13 or c == 0xA0


# One character's class by code point when it is ASCII (``str.isalpha`` and its kin are Python
# method calls in compiled code, a comparison is not); the str method for the others.
def alpha_at(s: str, i: int) -> bool:
    """``s[i : i + 1].isalpha()`` for 0 <= i."""
    if i >= len(s):
        return False
    c = ord(s[i])
    return ascii_letter(c) if c < 128 else s[i].isalpha()


def upper_at(s: str, i: int) -> bool:
    """``s[i].isupper()``."""
    c = ord(s[i])
    return 65 <= c <= 90 if c < 128 else s[i].isupper()


def lower_at(s: str, i: int) -> bool:
    """``s[i].islower()``."""
    c = ord(s[i])
    return 97 <= c <= 122 if c < 128 else s[i].islower()


def ascii_letter(c: int) -> bool:
    """Whether code point ``c`` is an ASCII letter."""
    return 97 <= c <= 122 or 65 <= c <= 90


def _digit(c: int) -> bool:
    return 48 <= c <= 57


def _word_char(c: int) -> bool:
    """``[A-Za-z0-9'\\-]``: what continues a word."""
    return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 39 or c == 45


def item_tokens(text: str, pos: int, end: int) -> list[str] | None:
    """``items.TOKEN_RE.findall(text, pos, end)``; None when the window holds a character
    ``_kind`` does not know. Only white space lies between the tokens (the last alternative
    takes any other character)."""
    window = text[pos:end]
    toks: list[str] = []
    if not window.isascii():
        return toks if _item_tokens_of(window, toks) else None
    # Most pieces between single spaces are one plain word or number (letters and digits only
    # make one token under every alternative); only the others are read character by character.
    for piece in window.split(" "):
        if piece.isalnum():
            toks.append(piece)
        elif piece:
            _item_tokens_of(piece, toks)
    return toks


# What a character is to items.TOKEN_RE: white space, a letter (\p{L}), a digit, a character that
# only continues a word ('’-), any other (a token of its own); _UNKNOWN for the non-ASCII
# characters not listed in _wide_kind (the caller then runs the pattern).
_SPACE: Final = 0
_LETTER: Final = 1
_DIGIT: Final = 2
_JOINER: Final = 3
_OTHER: Final = 4
_UNKNOWN: Final = -1


def _kind(c: int) -> int:
    if c < 128:
        if 97 <= c <= 122 or 65 <= c <= 90:
            return _LETTER
        if 48 <= c <= 57:
            return _DIGIT
        if c == 32 or 9 <= c <= 13:
            return _SPACE
        return _JOINER if c == 39 or c == 45 else _OTHER
    return _wide_kind(c)


def _wide_kind(c: int) -> int:
    """The non-ASCII characters the corpus holds most: Latin-1 letters, the no-break space,
    typographic quotes, bullet and dashes."""
    if 0xC0 <= c <= 0xFF:
        return _OTHER if c == 0xD7 or c == 0xF7 else _LETTER  # × and ÷ are no letters
    if c == 0x2019:
        return _JOINER  # ’ continues a word ("China’s")
    if c == 0xA0:
        return _SPACE
    if c == 0x2018 or c == 0x201C or c == 0x201D or c == 0x2022 or c == 0x2013 or c == 0x2014:
        return _OTHER
    return _UNKNOWN


def _item_tokens_of(piece: str, toks: list[str]) -> bool:
    """Append the TOKEN_RE tokens of ``piece`` to ``toks``; False at an unknown character."""
    i, end = 0, len(piece)
    while i < end:
        k = _kind(ord(piece[i]))
        if k == _UNKNOWN:
            return False
        if k == _SPACE:
            i += 1
            continue
        j = i + 1
        if k == _LETTER:
            while j < end:
                kj = _kind(ord(piece[j]))
                if kj == _UNKNOWN:
                    return False
                if kj in (_SPACE, _OTHER):
                    break
                j += 1
        elif k == _DIGIT:
            j = _number_end(piece, i, end)
            if j < 0:
                return False
        toks.append(piece[i:j])
        i = j
    return True


def _number_end(text: str, i: int, end: int) -> int:
    """End of the token starting with the digit at ``i``: ``\\d++\\p{L}[\\p{L}\\d]*+`` ("5G")
    else ``\\d[\\d,.]*+``; -1 at an unknown character."""
    j = i + 1
    while j < end:
        k = _kind(ord(text[j]))
        if k == _UNKNOWN:
            return -1
        if k != _DIGIT:
            break
        j += 1
    if j < end and _kind(ord(text[j])) == _LETTER:  # "5G", "3D": digits, a letter, more
        j += 1
        while j < end:
            k = _kind(ord(text[j]))
            if k == _UNKNOWN:
                return -1
            if k != _LETTER and k != _DIGIT:
                break
            j += 1
        return j
    while j < end:  # "1,000", "2.5"
        d = ord(text[j])
        k = _kind(d)
        if k == _UNKNOWN:
            return -1
        if k != _DIGIT and d != 44 and d != 46:
            break
        j += 1
    return j


def _word_from(text: str, a: int, b: int) -> str:
    """The WORD_TOKEN word of the run of word characters text[a:b]: from its first letter ("5G"
    -> "G"); "" when it has none."""
    while a < b and not ascii_letter(ord(text[a])):
        a += 1
    return text[a:b]


def first_words(text: str, lo: int, hi: int, k: int) -> list[str] | None:
    """``WORD_TOKEN.findall(text, lo, hi)[:k]``, reading only as far as those words; None at a
    non-ASCII character read on the way."""
    out: list[str] = []
    i = lo
    while i < hi and len(out) < k:
        c = ord(text[i])
        if c >= 128:
            return None
        if not _word_char(c):
            i += 1
            continue
        j = i + 1
        while j < hi:
            d = ord(text[j])
            if d >= 128:
                return None
            if not _word_char(d):
                break
            j += 1
        w = _word_from(text, i, j)
        if w:
            out.append(w)
        i = j
    return out


def last_words(text: str, lo: int, hi: int, k: int) -> list[str] | None:
    """``WORD_TOKEN.findall(text, lo, hi)[-k:]``, read backwards from ``hi`` only as far as those
    words (a word's extent ends at the character before it); None at a non-ASCII character read
    on the way."""
    out: list[str] = []
    i = hi
    while i > lo and len(out) < k:
        c = ord(text[i - 1])
        if c >= 128:
            return None
        if not _word_char(c):
            i -= 1
            continue
        j = i - 1
        while j > lo:
            d = ord(text[j - 1])
            if d >= 128:
                return None
            if not _word_char(d):
                break
            j -= 1
        w = _word_from(text, j, i)
        if w:
            out.append(w)
        i = j
    out.reverse()
    return out


def two_words(text: str, lo: int, hi: int) -> bool | None:
    """Whether text[lo:hi] holds two ``\\w+`` words or more (read only as far as the second);
    None at a non-ASCII character read on the way."""
    seen = 0
    in_word = False
    for i in range(lo, hi):
        c = ord(text[i])
        if c >= 128:
            return None
        w = ascii_letter(c) or _digit(c) or c == 95
        if w and not in_word:
            seen += 1
            if seen == 2:
                return True
        in_word = w
    return False


def _w(c: int) -> bool:
    """``\\w`` on ASCII."""
    return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95


def _name_char(c: int) -> bool:
    """``[\\w'.\\-]`` on ASCII."""
    return _w(c) or c == 39 or c == 46 or c == 45


def name_spans(text: str, pos: int) -> list[tuple[int, int]]:
    """``[m.span() for m in NAME.finditer(text, pos)]`` for an ASCII ``text``, without the
    pattern (no matcher state or match object per name): capitalised words joined by white
    space or "of"/"for" (the), or "we"."""
    out: list[tuple[int, int]] = []
    n = len(text)
    i = pos
    while i < n:
        c = ord(text[i])
        if not (65 <= c <= 90 or c == 119) or (i > 0 and _w(ord(text[i - 1]))):
            i += 1
            continue
        end = _capitalised_words(text, i, n) if c != 119 else -1
        if end < 0 and (c == 87 or c == 119) and _we_at(text, i, n):  # "\b[Ww]e\b"
            end = i + 2
        if end < 0:
            i += 1
            continue
        out.append((i, end))
        i = end
    return out


def _we_at(text: str, i: int, n: int) -> bool:
    """Whether an "e" and a word boundary follow the "W"/"w" at ``i``."""
    return i + 1 < n and text[i + 1] == "e" and (i + 2 == n or not _w(ord(text[i + 2])))


def _cap_word_end(text: str, i: int, n: int) -> int:
    """End of ``[A-Z][\\w'.\\-]*+(?![$])`` at ``i``, or -1."""
    if i >= n or not 65 <= ord(text[i]) <= 90:
        return -1
    j = i + 1
    while j < n and _name_char(ord(text[j])):
        j += 1
    return -1 if j < n and text[j] == "$" else j


def _capitalised_words(text: str, i: int, n: int) -> int:
    """End of NAME's first alternative at ``i`` (a capital there), or -1."""
    end = _cap_word_end(text, i, n)
    while end >= 0:  # (?:\s+(?:(?:of|for)\s+(?:the\s+)?)?<word>)*+
        k = _spaces_end(text, end, n)
        if k == end:
            break
        nxt = -1
        joint = _joint_end(text, k, n)
        if joint >= 0:
            nxt = _cap_word_end(text, joint, n)
        if nxt < 0:
            nxt = _cap_word_end(text, k, n)
        if nxt < 0:
            break
        end = nxt
    return end


def _spaces_end(text: str, i: int, n: int) -> int:
    """End of the run of ASCII white space at ``i`` (``text`` is ASCII)."""
    while i < n and is_space(ord(text[i])):
        i += 1
    return i


def _joint_end(text: str, k: int, n: int) -> int:
    """After "of"/"for", white space and maybe "the" and white space, at ``k``; else -1. The
    capital word must follow, so "the" is taken when white space follows it (a lower-case "the"
    is never that word)."""
    # (characters compared one by one: ``startswith`` with an offset is a Python method call)
    if k + 2 < n and text[k] == "o" and text[k + 1] == "f":
        k += 2
    elif k + 3 < n and text[k] == "f" and text[k + 1] == "o" and text[k + 2] == "r":
        k += 3
    else:
        return -1
    j = _spaces_end(text, k, n)
    if j == k:
        return -1
    if j + 3 < n and text[j] == "t" and text[j + 1] == "h" and text[j + 2] == "e":
        t = _spaces_end(text, j + 3, n)
        if t > j + 3:
            return t
    return j
