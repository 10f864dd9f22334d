"""The interval a stated figure stands for (rule in shared/gold/README.md).

exact/total X is [X, X]; more than / at least X is (X, (1+t)·X]; nearly X is [(1-t)·X, X];
about X is [(1-t)·X, (1+t)·X]; up to X is [0, X]. ``t`` is the tolerance (default 0.1).
Open lower ends are kept closed here and told apart by ``low_open`` so SQL can compare them.
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
    """Whether two intervals share a point; an open low end excludes its own bound."""
    (alo, ahi, aopen), (blo, bhi, bopen) = a, b
    lo_ok_a = ahi > blo if bopen else ahi >= blo
    lo_ok_b = bhi > alo if aopen else bhi >= alo
    return lo_ok_a and lo_ok_b
