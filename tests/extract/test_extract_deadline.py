"""Per-document deadline: extraction that runs past ``timeout_s`` raises TimeoutError."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest
import regex

from flows.extract import extract_document
from flows.extract.deadline import by_alarm, check, deadline, expired, regex_timeout
from flows.extract.figures import find_figures
from flows.extract.numbers import find_numbers
from flows.extract.sentences import split_sentences
from flows.extract.types import DocMeta

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def big_text() -> str:
    """A few MB of genre text: every seed, many times over."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()))
    return "\n\n".join([seeds] * 40)


def test_tiny_timeout_on_a_large_document_raises(big_text: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(TimeoutError):
        extract_document(big_text, timeout_s=0.001)
    assert time.monotonic() - t0 < 20  # stopped near the deadline, not after a full run


def test_figure_pass_honours_the_deadline_by_itself(big_text: str) -> None:
    sentences = split_sentences(big_text)
    with pytest.raises(TimeoutError), deadline(0.001):
        find_figures(big_text, sentences, DocMeta(None, None, None), [])


def test_number_scan_honours_the_deadline(big_text: str) -> None:
    with pytest.raises(TimeoutError), deadline(0.0):
        list(find_numbers(big_text))


def test_generous_timeout_changes_nothing() -> None:
    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[1]).read_text(encoding="utf-8")
    a, b = extract_document(text), extract_document(text, timeout_s=60.0)
    assert [(f.char_start, f.claim_key) for f in a.figures] == [
        (f.char_start, f.claim_key) for f in b.figures
    ]


def test_no_deadline_is_a_no_op_and_deadlines_do_not_leak() -> None:
    assert not expired()
    check()
    assert regex_timeout(1.5) == 1.5
    with deadline(100.0, alarm=False):
        assert 0 < regex_timeout(1.5) <= 1.5
        with deadline(0.0):
            assert expired()
            with pytest.raises(TimeoutError):
                regex_timeout(1.0)
        assert not expired()
    assert not expired()


def test_meetings_pass_honours_the_deadline_by_itself(big_text: str) -> None:
    from flows.extract.docmeta import document_meta
    from flows.extract.meetings import find_meetings

    sentences = split_sentences(big_text)
    meta = document_meta(big_text)
    t0 = time.monotonic()
    with pytest.raises(TimeoutError), deadline(0.001):
        find_meetings(big_text, sentences, meta)
    assert time.monotonic() - t0 < 5


def test_meetings_regex_calls_take_their_timeout_from_the_deadline() -> None:
    from flows.extract.deadline import meeting_regex_timeout
    from flows.extract.meeting_patterns import EVENT
    from flows.extract.meeting_readers import _match

    assert meeting_regex_timeout() is None  # no deadline: no limit, and no cost
    with deadline(50.0, alarm=False):
        assert 0 < (meeting_regex_timeout() or 0) <= 50.0
    with deadline(0.0), pytest.raises(TimeoutError):
        _match(EVENT, "held a summit", 0, 13)  # past the deadline: never swallowed as a miss


def test_on_the_main_thread_an_alarm_keeps_the_deadline_and_regex_calls_pay_nothing() -> None:
    with deadline(100.0):
        assert by_alarm()
        assert regex_timeout(1.5) is None  # the alarm stops any call: no per-call timeout=
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert not by_alarm()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # cancelled on the way out
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # the handler is given back


def test_the_alarm_stops_a_runaway_regex_match_at_the_deadline() -> None:
    catastrophic = regex.compile(r"(a|aa)+$")  # exponential on "aaa…ab"; minutes at 45 a's
    t0 = time.monotonic()
    with pytest.raises(TimeoutError), deadline(0.3):
        catastrophic.match("a" * 45 + "b")
    assert time.monotonic() - t0 < 5


def test_off_the_main_thread_the_deadline_falls_back_to_per_call_timeouts() -> None:
    seen: list[object] = []

    def work() -> None:
        with deadline(100.0):
            seen.extend([by_alarm(), regex_timeout(1.5)])

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen[0] is False and 0 < seen[1] <= 1.5  # type: ignore[operator]


def test_a_deadline_that_ends_on_its_own_check_leaves_no_alarm_behind() -> None:
    # the time-based check and the alarm both fire: the pending alarm must not skip clean-up
    for _ in range(20):
        with pytest.raises(TimeoutError), deadline(1e-6):
            while True:
                check()
        assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert not by_alarm() and not expired()
