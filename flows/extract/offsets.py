"""Offsets in a text: every place where any of a few words stands, for the readers that try a
pattern only there (``str.find`` runs at C speed, where a regex search tries its pattern at
every offset, ~60 k instructions a sentence), and searches in sorted lists of offsets."""

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


# ``bisect``'s functions on sorted offsets, compiled with the extractor: a call into the C module
# from compiled code costs ~1 k instructions, more than the few steps of a search.
def bisect_right(a: list[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a: list[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
