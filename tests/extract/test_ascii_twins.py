"""Each ASCII twin (``re``) matches exactly what its ``regex`` original matches on ASCII text."""

from __future__ import annotations

import random

import pytest

from flows.extract import ascii_twins, dates, frames, items, numbers

_PIECES = (
    "China", "the", "The", "WHO", "to", "to the", "of", "for", "for the", "and", "we", "We",
    "Export-Import", "Bank", "N95", "5G", "3D", "200", "1,000", "2.5", "US$", "$",
    "'s", "'", "-", "_", ".", ",", ";", ":", "(", ")", "\"", "x_y", "Mr.", "U.S.", "covid-19",
    "COVID-19", "continent", "region", "27 countries", "0", "9a", "a9", "\t", "\n", "\r",
    "\x0b", "\x0c", "\x1c", "\x1f", "  ", " ", "May", "march", "Sept.", "1st", "of", "2020",
    "2020-07-15", "2020/4/16", "1999.1.2", "mid-", "late", "end of", "June 7, 2020", "31", "DEC",
    "1,353,000", "40.29", "million", "Billion", "bn", "m", "b", "yuan", "euros", "%", "per cent",
    "Seventy-seven", "twenty one", "a dozen", "Half a", "two dozen", "RMB", "US $", "HK$", "S/.",
    "5m", "3bn", "000", "343 514", "pounds sterling", "USD", "rubles", "73rd", "thousand",
    "had", "were", "is", "all", "teams", "x9", "W", "w", "Wee", "we_", "of the", "ofX", "theX",
)  # fmt: skip
PAIRS = [
    (dates.DATE_RE, dates.DATE_ASCII),
    (items.TOKEN_RE, ascii_twins.ITEM_TOKEN),
    (frames._WORD_TOKEN_RE, ascii_twins.WORD_TOKEN),
    (frames._NAME_RE, ascii_twins.NAME),
    (frames._RECIPIENT, ascii_twins.RECIPIENT),
    (numbers.NUMBER_RE, numbers.NUMBER_TWIN),
    (numbers.NUMBER_SPACED_RE, numbers.NUMBER_SPACED_TWIN),
    (frames._LWORD_RE, ascii_twins.LWORD),
    (frames._COUNTED_SUBJECT_RE, ascii_twins.COUNTED_SUBJECT),
    (items._CONJ_RE, ascii_twins.CONJ),
]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(_PIECES) for _ in range(rng.randrange(1, 14))]
        seps = [rng.choice(("", " ", " ", "  ", "\n")) for _ in parts]
        out.append("".join(p + s for p, s in zip(parts, seps, strict=True)))
    return out


def _found(pattern, text: str, pos: int, endpos: int) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize(("original", "twin"), PAIRS)
def test_twin_matches_like_its_original_on_ascii(original, twin) -> None:
    rng = random.Random(3)
    for text in [*_texts(3000, 1), "".join(map(chr, range(128)))]:
        assert text.isascii()
        windows = [(0, len(text))]
        for _ in range(3):  # and windows inside it, as the callers read them
            pos = rng.randrange(len(text) + 1)
            windows.append((pos, min(len(text), pos + rng.randrange(40))))
        for pos, endpos in windows:
            assert _found(twin, text, pos, endpos) == _found(original, text, pos, endpos), text


def _mixed_texts(n: int, seed: int) -> list[str]:
    """Fuzzed texts, some with non-ASCII characters (where the scanners must give up)."""
    rng = random.Random(seed)
    pieces = (*_PIECES, "é", "’", "café", "\u00a0", "–", "—", "5é", "“", "”", "‘", "•", "×", "÷",
              "ª", "ß", "ó", "e\u0301", "²", "٣", "\u2009", "’s", "5’")  # fmt: skip
    return [
        "".join(rng.choice(pieces) + rng.choice(("", " ", "\n")) for _ in range(rng.randrange(14)))
        for _ in range(n)
    ]


def test_scanners_read_like_the_patterns() -> None:
    rng = random.Random(4)
    for text in [*_mixed_texts(4000, 2), "".join(map(chr, range(130)))]:
        for _ in range(4):
            pos = rng.randrange(len(text) + 1)
            end = min(len(text), pos + rng.randrange(60))
            ascii_window = text[pos:end].isascii()
            toks = ascii_twins.item_tokens(text, pos, end)
            assert toks is not None or not ascii_window
            if toks is not None:
                assert toks == items.TOKEN_RE.findall(text, pos, end), text
            words = frames._WORD_TOKEN_RE.findall(text, pos, end)
            for k in (1, 3):
                first = ascii_twins.first_words(text, pos, end, k)
                last = ascii_twins.last_words(text, pos, end, k)
                assert first is not None or not ascii_window
                assert last is not None or not ascii_window
                assert first is None or first == words[:k], text
                assert last is None or last == words[-k:], text
            two = ascii_twins.two_words(text, pos, end)
            assert two is not None or not ascii_window
            assert two is None or two == (len(frames._WORD_RE.findall(text, pos, end)) > 1), text


def test_name_scanner_reads_like_the_pattern() -> None:
    rng = random.Random(6)
    for text in [*_texts(3000, 8), "".join(map(chr, range(128))), "We$ we$ Bank of the X of  Y"]:
        for pos in (0, rng.randrange(len(text) + 1)):
            want = [m.span() for m in frames._NAME_RE.finditer(text, pos)]
            assert ascii_twins.name_spans(text, pos) == want, text


def test_character_classes_match_the_str_methods() -> None:
    for c in [*range(0x250), 0x1C5, 0x2019, 0x3042, 0x10400]:
        s = "x" + chr(c)
        assert ascii_twins.alpha_at(s, 1) == chr(c).isalpha()
        assert ascii_twins.upper_at(s, 1) == chr(c).isupper()
        assert ascii_twins.lower_at(s, 1) == chr(c).islower()
    assert not ascii_twins.alpha_at("ab", 2)


def test_item_after_reads_like_the_pattern() -> None:
    """items.item_after (scanner, windows read on) == its ``regex`` tokenizer path."""
    rng = random.Random(7)
    words = (
        "medical", "supplies", "masks", "and", "or", ",", "of", "tons", "test", "kits", "China",
        "sent", "to", "1,000", "5G", "N95", "’s", "“", "”", "\u00a0", "é", "-", "anti-epidemic",
        "experts", "teams", "countries", "regions", "\x1c", "in", "doctors", "x", "ª",
    )  # fmt: skip
    for _ in range(5000):
        seps = (" ", " ", "", "\n", "  ", "\u00a0")
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(40)))
        pos = rng.randrange(len(text) + 1)
        limit = min(len(text), pos + rng.randrange(200))
        want = items._item_after_regex(text, pos, min(limit, pos + 48), min(limit, pos + 110))
        assert items.item_after(text, pos, limit) == want, (text, pos, limit)
