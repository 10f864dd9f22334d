"""A per-document time limit for extraction: past it, ``TimeoutError`` (parse.py makes a reject).

``extract_document(text, timeout_s=…)`` opens a ``deadline``. Two ways to keep it:

- On the main thread of a POSIX process (the pipeline's parse workers), a real-time alarm
  (``SIGALRM``) raises ``TimeoutError`` at the deadline, even inside a long regex match (the
  ``regex`` module checks for signals while it matches). Nothing else needs to pay: every
  ``regex_timeout``/``meeting_regex_timeout`` below returns ``None``. This matters because a
  numeric ``timeout=`` costs the ``regex`` module ~1.7 µs per call (and per finditer step), and
  extraction makes tens of thousands of such calls per MB.
- Elsewhere (worker threads: Dask, Prefect's thread runner; or an alarm already in use), the
  heavy loops call ``check()`` every few hundred steps and the regex calls that could run long
  take ``regex_timeout(cap)`` as their ``timeout=``, so a pathological match stops there too.

Without a deadline (the default) every call here is a cheap no-op.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("aidwatch_extract_deadline", default=None)
# True while the deadline in _DEADLINE is kept by an alarm: regex calls then need no timeout=.
_BY_ALARM: ContextVar[bool] = ContextVar("aidwatch_extract_by_alarm", default=False)


@contextmanager
def deadline(timeout_s: float | None, alarm: bool = True) -> Iterator[None]:
    """Extraction inside this block raises ``TimeoutError`` once ``timeout_s`` have passed.

    ``alarm=False`` forces the check-and-timeout way even where an alarm could be used."""
    if timeout_s is None:
        yield
        return
    token = _DEADLINE.set(time.monotonic() + timeout_s)
    if not (alarm and _alarm_free(timeout_s)):
        try:
            yield
        finally:
            _DEADLINE.reset(token)
        return
    global _armed
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    by_alarm = _BY_ALARM.set(True)
    try:  # arm inside the try: a very short alarm can go off before setitimer returns
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, timeout_s)
        yield
    finally:
        # Disarm first (a plain store, where Python runs no signal handler): an alarm that is
        # already pending must not raise inside this clean-up and skip the rest of it.
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _BY_ALARM.reset(by_alarm)
        _DEADLINE.reset(token)


def _alarm_free(timeout_s: float) -> bool:
    """An alarm can keep this deadline: main thread, POSIX, a positive time, and no one else's
    alarm (a handler of our own or of a caller, or a timer already running) to disturb."""
    return (
        timeout_s > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


_armed = False  # the alarm of the deadline being kept (main thread only) has not been disarmed


def _on_alarm(signum: int, frame: object) -> None:
    if _armed:
        raise TimeoutError("extraction ran past its deadline")


def by_alarm() -> bool:
    """True inside a deadline kept by an alarm (for tests and diagnostics)."""
    return _BY_ALARM.get()


def expired() -> bool:
    """True when a deadline is set and has passed."""
    end = _DEADLINE.get()
    return end is not None and time.monotonic() >= end


def check() -> None:
    """Raise ``TimeoutError`` when the document's deadline has passed."""
    end = _DEADLINE.get()
    if end is not None and time.monotonic() >= end:
        raise TimeoutError("extraction ran past its deadline")


def regex_timeout(cap: float) -> float | None:
    """``timeout=`` for one regex call: ``cap`` seconds, never past the deadline; raises
    ``TimeoutError`` when the deadline has already passed; ``None`` (no limit, no cost) when an
    alarm keeps the deadline."""
    end = _DEADLINE.get()
    if end is None:
        return cap
    if _BY_ALARM.get():
        return None
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
    if end is None or _BY_ALARM.get():
        return None
    left = end - time.monotonic()
    if left <= 0:
        raise TimeoutError("extraction ran past its deadline")
    return left
