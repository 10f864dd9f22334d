"""The interval a stated figure stands for (rule in shared/gold/README.md).

exact/total X is [X, X]; more than / at least X is (X, (1+t)·X]; nearly X is [(1-t)·X, X];
about X is [(1-t)·X, (1+t)·X]; up to X is [0, X]. ``t`` is the tolerance (default 0.1).
``low_open`` records that "more than X" excludes X itself, for readers; comparisons treat every
interval as closed, so intervals that only touch meet: the gold (shared/gold/seed_pairs.tsv) counts
"over 1.4 billion Chinese people" and "1.4 billion Chinese people" as agreeing, and an analyst
would not raise an alarm over a boundary of rounding.
"""

from __future__ import annotations

DEFAULT_TOLERANCE = 0.1


def interval(
    value: float, qualifier: str, tolerance: float = DEFAULT_TOLERANCE
) -> tuple[float, float, bool]:
    """(low, high, low_open) for a stated value and its qualifier."""
    t = tolerance
    if qualifier in ("more_than", "at_least"):
        return value, value * (1 + t), qualifier == "more_than"
    if qualifier == "nearly":
        return value * (1 - t), value, False
    if qualifier == "about":
        return value * (1 - t), value * (1 + t), False
    if qualifier == "up_to":
        return 0.0, value, False
    return value, value, False


def intervals_meet(a: tuple[float, float, bool], b: tuple[float, float, bool]) -> bool:
    """Whether two intervals share a point, touching ends included (see the module docstring)."""
    (alo, ahi, _), (blo, bhi, _) = a, b
    return ahi >= blo and bhi >= alo
