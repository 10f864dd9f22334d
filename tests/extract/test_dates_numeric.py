"""Dates written in figures with slashes: day first, as official documents outside the US
write them, unless only the second number can be a day. Expected values read from the text."""

from __future__ import annotations

from datetime import date

import pytest

from flows.extract.dates import find_dates
from flows.extract.docmeta import document_meta


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The first batch, shipped on 14/04/2020, carried masks.", date(2020, 4, 14)),
        ("the G20 summit on 26/03/2020", date(2020, 3, 26)),
        ("Date: 11/06/2020 (Thu.)", date(2020, 6, 11)),
        ("on 4/16/2020", date(2020, 4, 16)),
        ("on 2020/4/16", date(2020, 4, 16)),
    ],
)
def test_slash_dates(text: str, day: date) -> None:
    (d,) = find_dates(text, 0, len(text), 2020)
    assert (d.first, d.last, d.has_year) == (day, day, True)
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text", ["pages 1/2/3", "on 31/02/2020", "www.example.org/12/31/2020/x", "ratio 3/4"]
)
def test_what_is_no_slash_date(text: str) -> None:
    assert find_dates(text, 0, len(text), 2020) == []


def test_a_release_dated_in_figures_has_its_date() -> None:
    text = "PRESS RELEASE\nNo. 20-417 | Date: 11/06/2020 (Thu.)\n\nKorea to Provide Aid\n\nBody."
    assert document_meta(text).published_on == date(2020, 6, 11)
