"""A per-document time limit for extraction: past it, ``TimeoutError`` (parse.py makes a reject).

``extract_document(text, timeout_s=…)`` opens a ``deadline``; the heavy loops of the figure side
call ``check()`` every few hundred steps, and the regex calls that could run long take
``regex_timeout(cap)`` as their ``timeout=``, so a pathological match stops at the deadline too.
Without a deadline (the default) every call here is a cheap no-op.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("aidwatch_extract_deadline", default=None)


@contextmanager
def deadline(timeout_s: float | None) -> Iterator[None]:
    """Extraction inside this block raises ``TimeoutError`` once ``timeout_s`` have passed."""
    if timeout_s is None:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + timeout_s)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def expired() -> bool:
    """True when a deadline is set and has passed."""
    end = _DEADLINE.get()
    return end is not None and time.monotonic() >= end


def check() -> None:
    """Raise ``TimeoutError`` when the document's deadline has passed."""
    end = _DEADLINE.get()
    if end is not None and time.monotonic() >= end:
        raise TimeoutError("extraction ran past its deadline")


def regex_timeout(cap: float) -> float:
    """``timeout=`` for one regex call: ``cap`` seconds, never past the deadline; raises
    ``TimeoutError`` when the deadline has already passed."""
    end = _DEADLINE.get()
    if end is None:
        return cap
    left = end - time.monotonic()
    if left <= 0:
        raise TimeoutError("extraction ran past its deadline")
    return min(cap, left)


def meeting_regex_timeout() -> float | None:
    """``timeout=`` for a regex call of the meetings pass: the time left before the document's
    deadline; ``None`` (no limit, as these calls had before) when no deadline is set. A numeric
    ``timeout=`` costs the ``regex`` module ~1.6 µs per call, and this pass makes ~10,000 calls
    per MB, so the common case must not pay for it."""
    end = _DEADLINE.get()
    if end is None:
        return None
    left = end - time.monotonic()
    if left <= 0:
        raise TimeoutError("extraction ran past its deadline")
    return left
