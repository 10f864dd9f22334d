"""Texts for the tests that compare a fast path with the pattern call it stands for: the seed
texts, fuzzed text built from the pieces a pattern cares about, and windows into a text."""

from __future__ import annotations

import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]


def fuzz(pieces: list[str], n: int, seed: int, most: int) -> list[str]:
    """``n`` texts of 1 to ``most - 1`` pieces each."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, most))) for _ in range(n)]


def windows(text: str, rng: random.Random, k: int, width: int) -> list[tuple[int, int]]:
    """``k`` windows of up to ``width`` characters at random offsets of ``text``."""
    out = []
    for _ in range(k):
        a = rng.randrange(len(text) + 1)
        out.append((a, min(len(text), a + rng.randrange(width + 1))))
    return out
