"""The C-speed tests that spare a pattern its call never refuse what the pattern would match:
each pre-checked helper gives what the bare pattern gives."""

from __future__ import annotations

import itertools

from flows.extract.meeting_named import (
    _OFFICE_OF,
    _YEAR,
    NOT_MEETINGS,
    _is_year,
    _not_a_meeting,
)

_FIRST = (
    "President", "Presidency", "Chair", "Chairman", "Chairperson", "Secretary-General",
    "Secretary", "Speaker", "Vice-President", "Member", "Members", "Delegate", "Delegates",
    "Director-General", "Director", "Head", "Spokesperson", "Spokesman", "Secretariat",
    "Committee", "Council", "Commission", "Bureau", "Office", "Forum", "Summit", "The",
    "National", "People's", "People’s", "Federal", "Political", "Cooperation", "China-Africa",
)  # fmt: skip
_REST = (
    "", " of the Summit", " of", " ofthe", " Consultative Conference", " Assembly",
    " Forum", " on Interaction and Confidence", " on China-Africa Cooperation",
    " Cooperation Forum", " Political Consultative Conference", " People's Assembly",
)  # fmt: skip


def test_not_a_meeting_is_the_two_patterns() -> None:
    for first, rest in itertools.product(_FIRST, _REST):
        name = first + rest
        bare = bool(NOT_MEETINGS.search(name) or _OFFICE_OF.match(name))
        assert _not_a_meeting(name) == bare, name


def test_is_year_is_the_pattern() -> None:
    for w in ("2020", "1999", "2100", "19", "20201", "20x0", "٢٠٢٠", "20٢٠", "1900", "2O20", ""):
        assert _is_year(w) == bool(_YEAR.fullmatch(w)), w
