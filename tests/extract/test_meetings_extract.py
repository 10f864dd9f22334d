"""Meeting mentions in running text: spans, names, dates, formats, tallies and non-meetings.

Expected values come from reading the sentences, never from the extractor's output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from flows.evaluate import PredMeeting, read_tsv, score_meetings
from flows.extract.meetings import find_meetings
from flows.extract.sentences import split_sentences
from flows.extract.types import DocMeta, MeetingHit

ROOT = Path(__file__).resolve().parents[2]
META_2020 = DocMeta(title=None, published_on=date(2020, 6, 7), published_text=None)
NO_META = DocMeta(title=None, published_on=None, published_text=None)


def meetings(text: str, meta: DocMeta = META_2020) -> list[MeetingHit]:
    hits = find_meetings(text, split_sentences(text), meta)
    for h in hits:
        assert text[h.char_start : h.char_end] == h.surface
    return hits


def only(text: str, meta: DocMeta = META_2020) -> MeetingHit:
    hits = meetings(text, meta)
    assert len(hits) == 1, [h.surface for h in hits]
    return hits[0]


# --- named meetings -------------------------------------------------------------------------


def test_named_summit_with_date_and_attendee() -> None:
    text = (
        "On March 26, President Xi attended the Extraordinary G20 Leaders' Summit on COVID-19 "
        "in Beijing and gave an important speech."
    )
    h = only(text)
    assert h.surface == "Extraordinary G20 Leaders' Summit on COVID-19"
    assert h.name == "Extraordinary G20 Leaders' Summit on COVID-19"
    assert h.meeting_date == date(2020, 3, 26)
    assert h.date_text == "March 26"
    assert "President Xi" in h.participants
    assert not h.is_aggregate


def test_list_of_named_meetings_gives_one_hit_each() -> None:
    text = (
        "China actively participates in the Extraordinary China-Africa Summit on Solidarity "
        "against COVID-19, the Video Conference of SCO Foreign Ministers, the fifth "
        "Lancang-Mekong Cooperation Foreign Ministers’ Meeting,and the High-level Video "
        "Conference on Belt and Road International Cooperation ."
    )
    surfaces = [h.surface for h in meetings(text)]
    assert surfaces == [
        "Extraordinary China-Africa Summit on Solidarity against COVID-19",
        "Video Conference of SCO Foreign Ministers",
        "fifth Lancang-Mekong Cooperation Foreign Ministers’ Meeting",
        "High-level Video Conference on Belt and Road International Cooperation",
    ]


def test_lower_case_head_after_a_party_is_a_named_meeting() -> None:
    text = (
        "Leaders will meet at the G20 summit in Riyadh. The China-EU leaders' video summit was "
        "held on June 22. The Chinese side's meeting was short. He said the meeting went well."
    )
    hits = meetings(text)
    assert [h.surface for h in hits] == ["G20 summit", "China-EU leaders' video summit"]
    assert hits[0].name == "G20 Summit"
    assert hits[1].format == "video"
    assert hits[1].meeting_date == date(2020, 6, 22)


def test_two_names_joined_by_and_are_split() -> None:
    text = (
        "It organized events such as Expert Dialogue on Covid-19 Prevention and Control with "
        "Traditional Chinese Medicine and International Lectures on Covid-19."
    )
    surfaces = [h.surface for h in meetings(text)]
    assert surfaces == [
        "Expert Dialogue on Covid-19 Prevention and Control with Traditional Chinese Medicine",
        "International Lectures on Covid-19",
    ]


def test_opening_session_is_part_of_the_mention_and_name() -> None:
    h = only(
        "On May 18, he addressed the opening of the 73rd World Health Assembly, calling on all."
    )
    assert h.surface == "opening of the 73rd World Health Assembly"
    assert h.name == "73rd World Health Assembly, opening session"
    assert h.meeting_date == date(2020, 5, 18)


def test_month_part_date_with_its_own_year() -> None:
    text = (
        "G20 members should act on the consensus reached at the G20 Summit held in late March 2021."
    )
    h = only(text, NO_META)
    assert h.date_text == "late March 2021"
    assert h.meeting_date == date(2021, 3, 21)


def test_year_comes_from_nearby_text_without_document_date() -> None:
    text = (
        "Xinhua Updated: June 7, 2020\n\nOn April 14, Premier Li Keqiang attended the Special "
        "ASEAN Plus Three Summit on COVID-19 via video link."
    )
    h = only(text, NO_META)
    assert h.meeting_date == date(2020, 4, 14)
    assert h.format == "video"


def test_no_year_anywhere_leaves_the_date_empty() -> None:
    h = only(
        "On April 14, the leaders attended the Special ASEAN Plus Three Summit on COVID-19.",
        NO_META,
    )
    assert h.meeting_date is None


def test_period_dates_are_not_meeting_dates() -> None:
    text = "Since January 3, China has taken part in the Munich Security Conference and others."
    assert only(text).meeting_date is None


def test_transcript_title_is_a_dated_press_conference() -> None:
    text = (
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on April 10, 2020\n"
    )
    h = only(text, NO_META)
    assert h.surface == "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference"
    assert h.meeting_date == date(2020, 4, 10)
    assert h.name.endswith("2020-04-10")  # each day's press conference is its own meeting


# --- descriptive mentions and formats --------------------------------------------------------


def test_press_conference_in_a_city_is_in_person() -> None:
    text = (
        "On February 24, 2020, the WHO-China Joint Mission on COVID-19 held a press conference "
        "in Beijing, inviting two experts."
    )
    h = only(text)
    assert h.surface == "held a press conference in Beijing"
    assert h.format == "in_person"
    assert h.meeting_date == date(2020, 2, 24)
    assert "WHO-China Joint Mission on COVID-19" in h.participants


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("Together with the WHO it held an international briefing via video link.", "video"),
        ("The two sides held a video conference on vaccine research.", "video"),
        ("President Xi Jinping had a phone call with German Chancellor Angela Merkel.", "phone"),
        (
            "President Xi met with visiting WHO Director-General Tedros Adhanom Ghebreyesus.",
            "in_person",
        ),
        ("The China-EU Summit will be held online next week.", "video"),
        ("Ambassador Chen attended the handover ceremony of the medical supplies.", "unknown"),
    ],
)
def test_formats(text: str, fmt: str) -> None:
    assert only(text).format == fmt


def test_hosted_two_leaders_gives_two_visits() -> None:
    text = (
        "We hosted Cambodian Prime Minister Hun Sen and Mongolian President Khaltmaagiin "
        "Battulga on special visits to China, and held talks."
    )
    a, b = meetings(text)
    assert a.surface == "hosted Cambodian Prime Minister Hun Sen"
    assert b.surface == "Mongolian President Khaltmaagiin Battulga on special visits to China"
    assert a.name == "Hun Sen visit to China"
    assert b.name == "Khaltmaagiin Battulga visit to China"
    assert a.format == b.format == "in_person"


def test_apposition_is_one_guest() -> None:
    text = (
        "He received the Egyptian President's special envoy, the Egyptian Minister of Health "
        "and Population, in Beijing."
    )
    h = only(text)
    assert h.surface.startswith("received the Egyptian President's special envoy")
    assert h.format == "in_person"


def test_daily_briefings_are_one_series() -> None:
    h = only("We used multiple channels such as daily MFA briefings and new media.")
    assert h.surface == "daily MFA briefings"
    assert not h.is_aggregate
    assert h.participants == ["MFA"]


# --- tallies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "fmt"),
    [
        (
            "In phone calls with over a dozen foreign leaders, President Xi underscored unity.",
            "phone calls with over a dozen foreign leaders",
            "phone",
        ),
        (
            "Wang Yi has had more than 100 phone calls with other foreign ministers.",
            "more than 100 phone calls with other foreign ministers",
            "phone",
        ),
        (
            "To date, President Xi Jinping has spoken or met with more than 60 foreign leaders.",
            "spoken or met with more than 60 foreign leaders",
            "unknown",
        ),
        (
            "China has held more than 170 video conferences.",
            "more than 170 video conferences",
            "video",
        ),
        (
            "Premier Li Keqiang has held phone conversations with many leaders.",
            "held phone conversations with many leaders",
            "phone",
        ),
        (
            "The embassy has held three video conferences between Chinese and Serbian experts.",
            "three video conferences between Chinese and Serbian experts",
            "video",
        ),
    ],
)
def test_tallies_are_aggregates(text: str, surface: str, fmt: str) -> None:
    h = only(text)
    assert h.is_aggregate
    assert h.surface == surface
    assert h.format == fmt
    assert h.name.endswith("(aggregate)")


def test_two_exact_meetings_are_not_a_tally() -> None:
    h = only("The SCIO held two special English-language press conferences in Wuhan.")
    assert not h.is_aggregate
    assert h.format == "in_person"


def test_two_callers_are_two_participants() -> None:
    text = (
        "President Xi Jinping and French President Emmanuel Macron held a phone conversation "
        "on March 23."
    )
    h = only(text)
    assert h.participants == ["President Xi Jinping", "French President Emmanuel Macron"]
    assert h.format == "phone"
    assert h.meeting_date == date(2020, 3, 23)


def test_one_minister_with_two_portfolios_is_one_participant() -> None:
    text = "State Councilor and Foreign Minister Wang Yi attended the Munich Security Conference."
    assert only(text).participants == ["State Councilor and Foreign Minister Wang Yi"]


def test_participants_listed_after_a_tally() -> None:
    text = (
        "I have spoken to over 20 foreign ministers, including those of Japan, the ROK, Russia, "
        "and Malaysia."
    )
    h = only(text)
    assert h.is_aggregate
    assert {"Japan", "ROK", "Russia", "Malaysia"} <= set(h.participants)


# --- not meetings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Targets were set during the “Two Sessions” (i.e. the annual session of the National "
        "People’s Congress and the National Committee of the Chinese People’s Political "
        "Consultative Conference).",
        "Working with other G20 members to implement the Debt Service Suspension Initiative.",
        "Leaders have communicated by attending international conferences and exchanging letters.",
        "Representatives from 77 countries attended the meeting, and the response was positive.",
        "The Shanghai Cooperation Organization and the Belt and Road Initiative are platforms.",
        "President of the 74th UN General Assembly Tijjani Muhammad-Bande commended China.",
        "China will hold high-level meetings on global public health in due course.",
        "The consulates made and received over 10,000 calls regarding consular protection.",
        "The Summit was a success, and the Conference closed on time.",
        "She hopes to visit China one day to meet Chinese friends.",
        "The forum was held at the Beijing International Conference Center.",
        "Serbian National Assembly Speaker Maja Gojkovic thanked China for its help.",
        "The China-Arab States Cooperation Forum is an important platform.",
    ],
)
def test_non_meetings(text: str) -> None:
    assert meetings(text) == []


# --- genre sentences written for these tests ----------------------------------------------------


def test_call_stated_after_the_verb_phrase() -> None:
    text = "President Xi Jinping spoke with Russian President Vladimir Putin over the phone."
    h = only(text)
    assert h.surface == "spoke with Russian President Vladimir Putin"
    assert h.format == "phone"
    assert h.name == "Xi Jinping phone call with Vladimir Putin"


def test_transcript_press_conference_mentions() -> None:
    text = (
        "At a regular press conference on Tuesday, spokesperson Geng Shuang said so. "
        "Chinese Foreign Ministry spokesperson Zhao Lijian told a regular press briefing that."
    )
    assert [h.surface for h in meetings(text)] == [
        "At a regular press conference",
        "regular press briefing",
    ]


def test_news_report_and_transcript_sentences() -> None:
    text = (
        "BEIJING, April 15 (Xinhua) -- Chinese Vice Premier Sun Chunlan met with visiting "
        "Pakistani President Arif Alvi in Beijing on Tuesday. "
        "Q: Can you share more about the China-Japan-ROK Special Foreign Ministers' Video "
        "Conference on COVID-19? "
        "A: State Councilor Wang Yi held talks with Russian Foreign Minister Sergey Lavrov by "
        "phone on Monday. "
        "Premier Li paid an official visit to Germany last year."
    )
    hits = meetings(text, NO_META)
    got = [(h.surface, h.format) for h in hits]
    assert got == [
        ("met with visiting Pakistani President Arif Alvi in Beijing", "in_person"),
        ("China-Japan-ROK Special Foreign Ministers' Video Conference on COVID-19", "video"),
        ("held talks with Russian Foreign Minister Sergey Lavrov", "phone"),
        ("paid an official visit to Germany", "in_person"),
    ]
    assert "Sergey Lavrov" in hits[2].name


def test_anaphora_does_not_double_count() -> None:
    text = (
        "The NHC held a briefing for diplomats of ASEAN countries on February 20. "
        "At the briefing, officials answered questions. The meeting lasted two hours."
    )
    assert len(meetings(text)) == 1


# --- seed gold ---------------------------------------------------------------------------------


def test_seed_named_meetings_f1() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir())}
    pred = [
        PredMeeting(name, h.char_start, h.char_end, h.name, h.is_aggregate)
        for name, text in texts.items()
        for h in find_meetings(text, split_sentences(text), NO_META)
    ]
    gold = read_tsv(ROOT / "tests" / "data" / "gold" / "seed_meetings.tsv")
    named, _ = score_meetings(pred, gold, texts, named_only=True)
    every, _ = score_meetings(pred, gold, texts, named_only=False)
    assert named.f1 >= 0.9
    assert every.f1 >= 0.9


# Fact-check style: spokespeople telling press conferences, media briefings, weekday dates.
META_WED = DocMeta(title=None, published_on=date(2021, 3, 17), published_text=None)  # a Wednesday


def test_told_an_online_press_conference_on_a_weekday() -> None:
    h = only("The spokeswoman told an online press conference on Monday that 45 tonnes had "
             "arrived.", META_WED)  # fmt: skip
    assert "press conference" in h.name and h.format == "video"
    assert h.meeting_date == date(2021, 3, 15) and h.date_text == "Monday"


def test_weekday_is_the_latest_on_or_before_the_document_date() -> None:
    h = only("The minister told a press conference on wednesday that talks would resume.", META_WED)
    assert h.meeting_date == date(2021, 3, 17)  # lower case, and the publication day itself


def test_media_briefing_in_a_city_has_no_known_format() -> None:
    h = only("Speaking at a media briefing in Nairobi on Saturday, the director said 12 "
             "flights had landed.", META_WED)  # fmt: skip
    assert "briefing" in h.name and h.format == "unknown"
    assert h.meeting_date == date(2021, 3, 13)


def test_weekday_without_a_document_date_stays_unknown() -> None:
    h = only("The envoy told a press conference on Friday that aid would continue.", NO_META)
    assert h.meeting_date is None
