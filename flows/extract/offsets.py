"""Every offset where any of a few words stands in a text, for the readers that try a pattern
only there: ``str.find`` runs at C speed, where a regex search tries its pattern at every
offset (~60 k instructions a sentence)."""

from __future__ import annotations


def find_all(text: str, needles: tuple[str, ...], start: int, end: int) -> list[int]:
    """Sorted offsets in ``text[start:end]`` where one of ``needles`` starts (and ends)."""
    out: list[int] = []
    for w in needles:
        i = text.find(w, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1, end)
    out.sort()
    return out
