"""Meetings worded as other governments' releases word them: joined, followed, telephone talks.

Expected values come from reading the sentences, never from the extractor's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from flows.extract.meetings import find_meetings
from flows.extract.sentences import split_sentences
from flows.extract.types import DocMeta, MeetingHit

META = DocMeta(title=None, published_on=date(2020, 4, 2), published_text=None)


def meetings(text: str, meta: DocMeta = META) -> list[MeetingHit]:
    """The meetings of ``text`` (published on ``meta``'s date); each surface is its span."""
    hits = find_meetings(text, split_sentences(text), meta)
    for h in hits:
        assert text[h.char_start : h.char_end] == h.surface
    return hits


@pytest.mark.parametrize(
    ("text", "words", "fmt", "day"),
    [
        ("On March 31 he took part in a video conference of the foreign ministers of the CSTO.",
         "video conference", "video", date(2020, 3, 31)),
        ("Aid left within a week, following a video conference of the region's foreign ministers "
         "on 14 April.", "video conference", "video", date(2020, 4, 14)),
        ("As you know, following a telephone conversation between President Putin and Prime "
         "Minister Conte on March 21, the planes left.", "telephone conversation", "phone",
         date(2020, 3, 21)),
        ("On May 27, Minister Motegi held a telephone talk for about 20 minutes with Minister "
         "Retno Marsudi.", "telephone talk", "phone", date(2020, 5, 27)),
        ("The minister joined a video conference of G20 trade ministers on March 30.",
         "video conference", "video", date(2020, 3, 30)),
    ],
)  # fmt: skip
def test_meetings_joined_followed_or_held_by_telephone(
    text: str, words: str, fmt: str, day: date
) -> None:
    (m,) = meetings(text)
    assert words in m.surface
    assert (m.format, m.meeting_date, m.is_aggregate) == (fmt, day, False)


def test_after_and_following_alone_name_no_meeting() -> None:
    assert meetings("After a week of talks about tariffs, prices fell.") == []
    assert meetings("Following the outbreak, the team took part in training.") == []


@pytest.mark.parametrize(
    "text", ["Janet Yellen said", "Minister Retno Marsudi", "Augustin met", "Junaid spoke", "OMAR"]
)
def test_names_that_begin_like_a_month_hold_no_date(text: str) -> None:
    from flows.extract.dates import find_dates

    assert find_dates(text, 0, len(text), 2020) == []


def test_calls_and_meetings_said_by_their_channel() -> None:
    (call,) = meetings("Putin and Prime Minister Conte spoke by phone on March 21, officials said.")
    assert (call.surface, call.format, call.is_aggregate) == ("spoke by phone", "phone", False)
    assert call.meeting_date == date(2020, 3, 21)
    (tally,) = meetings(
        "Minister Motegi has spoken with his counterparts by phone or video link over 30 times."
    )
    assert tally.is_aggregate and "over 30 times" in tally.surface
    (met,) = meetings("General Kikot met Italian commanders in person in Rome on March 23.")
    assert (met.format, met.is_aggregate) == ("in_person", False)
    assert met.meeting_date == date(2020, 3, 23)


@pytest.mark.parametrize(
    "text",
    ["She spoke to reporters by the phone booth.", "He spoke about video games at length."],
)
def test_a_channel_word_alone_is_no_call(text: str) -> None:
    assert meetings(text) == []


def test_a_tally_of_meetings_is_not_stated_at_the_one_off_event_beside_it() -> None:
    from flows.extract import extract_document

    text = (
        "In March, Foreign Minister Wang Yi received the visiting Egyptian President's special "
        "envoy in Beijing, while his ministry held more than 40 discussions on containment with "
        "regional organizations."
    )
    ex = extract_document(text)
    (tally,) = [f for f in ex.figures if f.value == 40]
    assert tally.event is not None and tally.event.endswith("(aggregate)")


def test_a_cooperation_forum_is_a_framework_not_a_meeting_unless_an_edition_is_named() -> None:
    assert meetings("Both sides will build on the Forum on China-Africa Cooperation (FOCAC).") == []
    (m,) = meetings("He attended the Seventh Ministerial Conference of the Forum on China-Africa "
                    "Cooperation in Beijing.")  # fmt: skip
    assert "Ministerial Conference" in m.name


def test_a_visit_said_by_its_verb() -> None:
    (m,) = meetings("On 2 June, Vice Governor Zhang Xin visited the Consulate General of Peru.")
    assert m.format == "in_person" and "Consulate General of Peru" in m.name
    assert meetings("Doctors visited hospitals across the province.") == []


def test_a_call_named_by_its_two_sides_needs_no_verb() -> None:
    (m,) = meetings("He recalled the phone call between President Xi Jinping and President Martin "
                    "Vizcarra on 9 April.")  # fmt: skip
    assert (m.format, m.meeting_date) == ("phone", date(2020, 4, 9))
    assert "Vizcarra" in m.name
