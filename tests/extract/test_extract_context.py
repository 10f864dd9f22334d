"""Periods, document dates and titles, frames, shipments and counts, on invented genre text."""

from __future__ import annotations

from datetime import date

import pytest

from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.sentences import split_sentences
from flows.extract.shipments import derive_counts, derive_shipments
from flows.extract.types import FigureHit

HEADER = "Aid update\n\nUpdated: 2020-07-15\n\n"


def figures(text: str) -> list[FigureHit]:
    return find_figures(text, split_sentences(text), document_meta(text), [])


@pytest.mark.parametrize(
    ("sentence", "start", "end", "as_of", "period_text"),
    [
        ("From March 1 to May 31, China exported 5 million masks.",
         date(2020, 3, 1), date(2020, 5, 31), date(2020, 5, 31), "From March 1 to May 31"),
        ("Between 1 March and 31 May, China exported 5 million masks.",
         date(2020, 3, 1), date(2020, 5, 31), date(2020, 5, 31), "Between 1 March and 31 May"),
        ("From January to April, freight trains carried 660,000 packages.",
         date(2020, 1, 1), date(2020, 4, 30), date(2020, 4, 30), "From January to April"),
        ("As of May 31, China had sent 29 medical expert teams.",
         None, None, date(2020, 5, 31), "As of May 31"),
        ("By April 2021, it had delivered 300 million doses.",
         None, None, date(2021, 4, 30), "By April 2021"),
        ("So far, it has organized over 400 training sessions.",
         None, None, date(2020, 7, 15), "So far"),
        ("To date, it has trained 2,000 nurses.", None, None, date(2020, 7, 15), "To date"),
        ("In late March, it sent 12 ventilators.",
         date(2020, 3, 21), date(2020, 3, 31), date(2020, 3, 31), "late March"),
    ],
)  # fmt: skip
def test_periods(
    sentence: str, start: date | None, end: date | None, as_of: date, period_text: str
) -> None:
    f = figures(HEADER + sentence)[0]
    assert (f.period_start, f.period_end, f.as_of) == (start, end, as_of)
    assert f.period_text == period_text


def test_no_period_falls_back_to_the_document_date_and_says_so() -> None:
    f = figures(HEADER + "China sent 12 ventilators to Serbia.")[0]
    assert f.as_of == date(2020, 7, 15)
    assert f.period_text is None and f.period_start is None


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        ("Nav Search\n\nWinning the Fight\n\nBy Wang Yi Updated: 2020-07-15\n\nBody.",
         "Winning the Fight", date(2020, 7, 15)),
        ("Full Text: Fighting COVID-19\n\nWhite Paper\n\nXinhuaUpdated: June 7, 2020\n\nBody.",
         "Full Text: Fighting COVID-19", date(2020, 6, 7)),
        ("Loans approved\n\nPublished: 3 April 2020\n\nSHANGHAI -- Body.",
         "Loans approved", date(2020, 4, 3)),
        ("Embassy of China in Serbia\nHome > Embassy News\n2020/04/16\n\nSecond batch arrives\n\n"
         "Body text.", "Second batch arrives", date(2020, 4, 16)),
        ("Spokesperson's Regular Press Conference on June 8, 2020\n\nQ: Any figures?",
         "Spokesperson's Regular Press Conference on June 8, 2020", date(2020, 6, 8)),
        ("Untitled note\n\nNo date is given here.", "Untitled note", None),
        ("Press release\n\nDate: 12 March 2021\n\nBody.", "Press release", date(2021, 3, 12)),
        ("A Speech\n\nBody text here.\n\n(Originally appeared in Qiushi Journal, Chinese "
         "edition, No. 8, 2020)", "A Speech", date(2020, 1, 1)),
    ],
)  # fmt: skip
def test_document_meta(text: str, title: str, published: date | None) -> None:
    meta = document_meta(text)
    assert meta.title == title
    assert meta.published_on == published
    if published is not None:
        assert meta.published_text and meta.published_text in text


def test_one_frame_shared_by_two_figures() -> None:
    a, b = figures("As of May 31, China had sent 29 medical expert teams to 27 countries.")
    assert (a.value, b.value) == (29, 27)
    assert a.actor == b.actor == "China"
    assert a.action == b.action == "send"
    assert a.recipient == b.recipient == "27 countries"


def test_subject_figures_take_the_verb_after_them() -> None:
    a, b = figures("Seventy-seven countries and 12 international organizations donated masks.")
    assert a.action == b.action == "donate"


def test_respectively_split_between_two_lenders() -> None:
    text = (
        "The BRICS New Development Bank and the Asian Infrastructure Investment Bank provided "
        "emergency loans of RMB7 billion and RMB2.485 billion."
    )
    a, b = figures(text)
    assert a.actor == "BRICS New Development Bank"
    assert b.actor == "Asian Infrastructure Investment Bank"


def test_shipments_and_counts() -> None:
    text = HEADER + (
        "As of May 31, China had sent 29 medical expert teams to 27 countries. "
        "It has donated US$20 million to the WHO. "
        "The Asian Infrastructure Investment Bank has agreed to lend RMB 2.485 billion to Hubei. "
        "Exports rose 24 percent in April."
    )
    found = figures(text)  # (meetings are another pass; shipments only read figures)
    shipments = derive_shipments(found)
    kinds = {(s.kind, s.quantity, s.amount, s.currency) for s in shipments}
    assert ("team", 29.0, None, None) in kinds
    assert ("cash", None, 20e6, "USD") in kinds
    assert ("loan", None, 2.485e9, "RMB") in kinds
    assert all(s.quantity != 27 for s in shipments)  # receivers are not a shipment
    team = next(s for s in shipments if s.kind == "team")
    assert (team.donor, team.recipient, team.period_end) == ("China", "27 countries",
                                                             date(2020, 5, 31))  # fmt: skip
    counts = derive_counts(found)
    assert {(c.counted, c.value) for c in counts} == {
        ("medical expert teams", 29),
        ("countries", 27),
    }
    assert derive_shipments([]) == []


def test_event_is_the_meeting_of_the_sentence_or_the_one_before() -> None:
    from flows.extract.types import MeetingHit

    text = (
        "On May 18, he addressed the 73rd World Health Assembly. "
        "He made six proposals there.\n\nLater he sent 12 ventilators."
    )
    sents = split_sentences(text)
    wha = MeetingHit(28, 54, text[28:54], "73rd World Health Assembly", None, None, "video")
    found = find_figures(text, sents, document_meta(text), [wha])
    assert [f.event for f in found] == ["73rd World Health Assembly", None]


def test_slash_dated_embassy_page_and_whole_year_periods() -> None:
    text = "Embassy News\nHome > News\n2020/04/16\n\nIn 2021, China provided 1.1 billion doses."
    meta = document_meta(text)
    assert meta.published_on == date(2020, 4, 16)
    f = figures(text)[0]
    assert (f.period_start, f.period_end, f.period_text) == (
        date(2021, 1, 1),
        date(2021, 12, 31),
        "In 2021",
    )


def test_a_line_wrapped_inside_a_sentence_does_not_end_it() -> None:
    from flows.extract.sentences import split_sentences

    text = (
        "China's Actions | 13\n"
        "By 30 September, China had sent 34 medical expert teams\n"
        "to 32 countries and provided supplies to 150 countries and\n"
        "nine international organizations.\n"
        "Table 1\n"
        "Masks   70,600\n"
        "- ventilators: 20,000\n"
    )
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "China's Actions | 13",
        "By 30 September, China had sent 34 medical expert teams\nto 32 countries and provided "
        "supplies to 150 countries and\nnine international organizations.",
        "Table 1",
        "Masks   70,600",
        "- ventilators: 20,000",
    ]
