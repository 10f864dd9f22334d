"""The fast scans of the meetings pass find exactly what their plain forms find: trigger words
(one regex pass over folded text) as the needle-by-needle ``str.find`` scan did, and names (read
in a small window first) as in the full window."""

from __future__ import annotations

import random
from pathlib import Path

import regex

from flows.extract import meeting_named as N
from flows.extract.meeting_triggers import NEEDLES, find_triggers
from flows.extract.meetings import _TRIGGER_WORDS
from flows.extract.sentences import split_sentences
from flows.extract.types import Sentence

_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_WORD_REST = regex.compile(r"[\p{L}-]{0,40}")


def _needle_scan(text: str, sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    """The scan find_triggers replaced: every needle by str.find, back to the word start."""
    starts = set()
    for needle in NEEDLES:
        i = text.find(needle)
        while i >= 0:
            j, lo = i, max(0, i - 12)
            while j > lo and text[j - 1].isalpha():
                j -= 1
            starts.add(j)
            i = text.find(needle, i + len(needle))
    out = []
    for ws in sorted(starts):
        if not any(s.start <= ws < s.end for s in sentences):
            continue
        m = _WORD_REST.match(text, ws)
        we = m.end() if m else ws
        if text[ws:we].lower() in _TRIGGER_WORDS:
            out.append((ws, we, text[ws:we].lower()))
    return out


_PIECES = (
    "summit", "Summit", "SUMMIT", "meetings", "Met", "met", "talks", "talKs", "co-hosted",
    "Teleconference", "TELEconference", "videoconference", "hostED", "calls", "Calls", "visit",
    "G20summit", "3met", "ccall", "x" * 12, "x" * 13, "é", "中", "İ", "\u212a", "ta\u212alks",
    "“", "’", "-", " ", " ", "\n", ".", "summit-level", "meetingroom", "ceremonies",
)  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.iterdir())]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))) for _ in range(1500)]
    return texts


def _sentences(text: str) -> list[Sentence]:
    rng = random.Random(len(text))
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + rng.randint(1, 300))
        out.append(Sentence(i, j, text[i:j]))
        i = j + rng.randint(0, 3)
    return out


def test_trigger_scan_finds_what_the_needle_scan_found() -> None:
    for text in _texts():
        sentences = _sentences(text)
        found = [
            (w.start, w.end, w.word)
            for st in find_triggers(text, sentences, _TRIGGER_WORDS)
            for w in st.words
        ]
        assert found == _needle_scan(text, sentences), text[:200]


def test_names_in_the_small_window_are_those_of_the_full_window() -> None:
    rng = random.Random(6)
    words = (
        "Summit", "Meeting", "Conference", "Forum", "of", "the", "and", "on", "Leaders'", "G20",
        "ASEAN-China", "Extraordinary", "(", ")", "COVID-19", "Foreign", "Ministers", "said",
        "in", "2020", "fifth", "Opening", "Center", "Statement", "summit", "leaders'", "Plus",
        "Belt", "Road", "Congress", "19th", "World", "Health", "Assembly", "Lectures", "x" * 30,
    )  # fmt: skip
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 120))) for _ in range(600)]
    for text in texts + [p.read_text(encoding="utf-8") for p in sorted(_SEEDS.iterdir())]:
        for s in split_sentences(text):
            floor = s.start
            for h in (m.start() for m in N.HEAD_RE.finditer(text, s.start, s.end)):
                if h < floor:
                    continue
                full = N._name_at(text, h, floor, s.start, s.end, N._LEFT_CHARS, N._RIGHT_CHARS)
                try:
                    near = N._name_at(text, h, floor, s.start, s.end, N._NEAR_LEFT, N._NEAR_RIGHT)
                except N._Wider:
                    continue  # the small window said it cannot tell: the full one is read
                assert near == full, (text[s.start : s.end], h)
                if full is not None:
                    floor = full[1]
