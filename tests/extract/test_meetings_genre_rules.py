"""Meeting wordings of translated releases, sitreps and wire copy (rules of the genre).

Expected values come from reading the sentences, never from the extractor's output.
"""

from __future__ import annotations

from datetime import date

from flows.extract.types import DocMeta, MeetingHit
from tests.extract.test_meetings_wording import meetings as meetings_on

META = DocMeta(title=None, published_on=date(2020, 6, 10), published_text=None)


def meetings(text: str) -> list[MeetingHit]:
    return meetings_on(text, META)


def test_held_video_conference_without_article_with_a_named_counterpart() -> None:
    text = (
        "On 3rd May, the Health Commission of Hubei Province held video conference with the "
        "health ministry of Serbia, and experts shared treatment protocols."
    )
    (m,) = meetings(text)
    assert m.surface.startswith("held video conference with the health ministry")
    assert (m.format, m.meeting_date, m.is_aggregate) == ("video", date(2020, 5, 3), False)


def test_bare_singular_noun_without_counterpart_stays_generic() -> None:
    assert meetings("The province held video conference training for nurses.") == []
    assert meetings("The team held meeting with staff every morning.") == []


def test_a_visit_and_the_meeting_held_during_it_are_one_event() -> None:
    text = (
        "On 4th June, Vice Mayor Li Wei visited the Embassy of Chile in Beijing and met with "
        "Ambassador Luis Schmidt, and both sides discussed medical supplies."
    )
    (m,) = meetings(text)
    assert m.surface.startswith("visited the Embassy of Chile")
    assert any("Luis Schmidt" in p for p in m.participants)
    assert m.format == "in_person"


def test_a_visit_and_a_later_separate_meeting_stay_two() -> None:
    text = (
        "Minister Li visited the Embassy of Chile. On Friday he met with Ambassador Luis Schmidt "
        "in Beijing."
    )
    assert len(meetings(text)) == 2


def test_a_definite_meeting_on_a_calendar_day_needs_no_verb() -> None:
    text = (
        "• The Secretary-General's press briefing on 12 May stressed that supplies must reach "
        "fragile states first."
    )
    (m,) = meetings(text)
    assert m.surface == "The Secretary-General's press briefing on 12 May"
    assert (m.meeting_date, m.is_aggregate) == (date(2020, 5, 12), False)
    text = (
        "Both sides welcomed the outcomes of the extraordinary meeting of ASEAN leaders on "
        "14/04/2020."
    )
    (m,) = meetings(text)
    assert m.surface == "the extraordinary meeting of ASEAN leaders on 14/04/2020"
    # (its date: the date grammar of dates.py does not read "14/04/2020" yet)
    text = "The Director-General's opening remarks at the media briefing on COVID-19 on 3 April"
    (m,) = meetings(text)
    assert m.surface == "the media briefing on COVID-19 on 3 April"
    assert m.meeting_date == date(2020, 4, 3)


def test_an_indefinite_or_weekday_meeting_stays_unread() -> None:
    assert meetings("Officials said a meeting on 12 May would decide on the loans.") == []
    assert meetings("Nothing new came of the meeting on Monday, officials said.") == []
    assert meetings("The meeting on 3 March was postponed by a week.") == []
    (m,) = meetings("She told the press conference on 5 March that flights resumed.")
    assert m.surface == "the press conference on 5 March"  # its kind said: no pointer back


def test_a_headline_briefing_by_a_named_speaker() -> None:
    text = "Briefing by Foreign Ministry Spokesperson Anna Petrova, Minsk, May 6, 2020\n\n"
    (m,) = meetings(text + "Good afternoon.")
    assert m.surface == "Briefing by Foreign Ministry Spokesperson Anna Petrova"
    assert m.participants == ["Foreign Ministry Spokesperson Anna Petrova"]
    text = "News Conference by Foreign Minister Anna Petrova, Minsk, May 6, 2020\n\n"
    (m,) = meetings(text + "Good afternoon.")
    assert m.surface.startswith("News Conference")  # (a proper name's reading may win)


def test_a_briefing_by_mid_sentence_or_without_a_name_is_no_headline() -> None:
    assert meetings("Reporters asked about the briefing by Spokesperson Anna Petrova.") == []
    assert meetings("Briefing by the Ministry of Health, May 6, 2020\n\nCases rose.") == []


def test_the_latest_meeting_of_a_tally_is_one_meeting() -> None:
    text = (
        "Foreign Minister Ana Lopez has spoken with her counterparts by phone over 40 times "
        "since March, aides said, most recently with Kenya's Raychelle Omamo on Tuesday."
    )
    tally, latest = meetings(text)
    assert tally.is_aggregate and not latest.is_aggregate
    assert latest.surface == "most recently with Kenya's Raychelle Omamo on Tuesday"
    assert latest.meeting_date == date(2020, 6, 9)  # the Tuesday before 10 June 2020
    assert tally.meeting_date is None  # the latest one's day is not the tally's


def test_most_recently_without_a_tally_is_no_meeting() -> None:
    text = "Prices rose in April, most recently with Kenya's exporters on Tuesday."
    assert meetings(text) == []


def test_a_topic_stops_before_the_day_and_before_since() -> None:
    text = "Health experts of both countries held a videoconference on triage on 5 March."
    (m,) = meetings(text)
    assert m.surface == "held a videoconference on triage"
    assert m.meeting_date == date(2020, 3, 5)
    (m,) = meetings("The minister has held more than 60 phone calls with counterparts since May.")
    assert m.surface == "more than 60 phone calls with counterparts"


def test_phone_talks_with_one_named_counterpart_is_one_call() -> None:
    text = "Minister Li held phone talks with his Greek counterpart Nikos Dendias on Friday."
    (m,) = meetings(text)
    assert m.surface == "held phone talks with his Greek counterpart Nikos Dendias"
    assert (m.format, m.is_aggregate) == ("phone", False)
    (m,) = meetings("Minister Li held phone talks with their counterparts in Europe.")
    assert m.is_aggregate


def test_in_a_call_with_a_named_counterpart_is_a_meeting() -> None:
    text = (
        "In a telephone conversation with Kenyan Foreign Minister Raychelle Omamo on May 13, "
        "the minister promised more test kits."
    )
    (m,) = meetings(text)
    assert m.surface == "In a telephone conversation with Kenyan Foreign Minister Raychelle Omamo"
    assert (m.format, m.meeting_date) == ("phone", date(2020, 5, 13))


def test_in_a_meeting_alone_or_with_reporters_is_no_meeting() -> None:
    assert meetings("The issue was raised in a meeting last week.") == []
    assert meetings("He said in a phone call with reporters that aid would come.") == []


def test_spoke_by_phone_with_a_counterpart_named_after_the_channel() -> None:
    text = "Premier Li on Friday spoke by phone with U.S. Secretary of State Mike Pompeo."
    (m,) = meetings(text)
    assert m.surface == "spoke by phone with U.S. Secretary of State Mike Pompeo"
    assert m.participants == ["Premier Li", "U.S. Secretary of State Mike Pompeo"]
    assert (m.format, m.meeting_date) == ("phone", date(2020, 6, 5))


def test_the_latest_meeting_stops_before_the_full_stop() -> None:
    (_, latest) = meetings("He has had calls with 40 leaders, the last one with President Lula.")
    assert latest.surface == "the last one with President Lula"


def test_an_ordinal_says_which_meeting_of_a_series() -> None:
    text = "Beijing and Brussels held the 9th strategic dialogue via video link on June 2."
    (m,) = meetings(text)
    assert m.surface == "held the 9th strategic dialogue via video link"
    assert (m.format, m.meeting_date) == ("video", date(2020, 6, 2))
    assert meetings("Delegates attended the meeting and left.") == []


def test_exchanged_views_by_phone_is_a_call() -> None:
    (m,) = meetings("The two health ministers exchanged views by phone on 8 April.")
    assert m.surface == "exchanged views by phone"
    assert (m.format, m.meeting_date, m.is_aggregate) == ("phone", date(2020, 4, 8), False)
    assert meetings("The two sides exchanged views on the pandemic.") == []


def test_a_title_case_headline_is_read_as_its_sentence() -> None:
    text = (
        "Li Qiang Has a Video Call with Kenyan Foreign Minister Raychelle Omamo\n\nBody text here."
    )
    (m,) = meetings(text)
    assert m.surface == "Has a Video Call with Kenyan Foreign Minister Raychelle Omamo"
    assert (m.format, m.is_aggregate) == ("video", False)
    (m,) = meetings("Wang Wei Meets with Ghanaian Health Minister Kwaku Agyeman-Manu\n\nText.")
    assert m.format == "in_person"
    assert meetings("China Sends Medical Supplies to Ghana and Kenya\n\nText.") == []


def test_body_text_has_a_call_is_no_headline() -> None:
    text = "Officials say the clinic has a call with families on Mondays, and more. " * 2
    assert meetings(text) == []


def test_a_sentence_case_headline_over_phone() -> None:
    (m,) = meetings("Li speaks with Omamo over phone on Monday.")
    assert m.surface == "speaks with Omamo over phone"
    assert (m.format, m.meeting_date) == ("phone", date(2020, 6, 8))


def test_a_planned_count_of_meetings_is_a_plan_not_a_tally() -> None:
    (m,) = meetings("The ministry plans to hold about 15 webinars for Pacific health workers.")
    assert not m.is_aggregate and m.name.startswith("planned")
    (m,) = meetings("The ministry has held about 15 webinars for Pacific health workers.")
    assert m.is_aggregate


def test_a_dated_meeting_named_by_its_members_or_a_ceremony_by_its_place() -> None:
    (m,) = meetings("Following the EU trade ministers videoconference on 16 April, tariffs fell.")
    assert m.surface == "the EU trade ministers videoconference on 16 April"
    assert (m.format, m.meeting_date) == ("video", date(2020, 4, 16))
    (m,) = meetings("The consul attended the donation ceremony at Lima airport on 2 May.")
    assert m.surface == "the donation ceremony at Lima airport on 2 May"


def test_a_count_of_people_before_held_talks_counts_no_meetings() -> None:
    (m,) = meetings("The two presidents held talks via video link on 20 May.")
    assert not m.surface.startswith("two")  # the talks, not "two presidents held talks"
    assert (m.format, m.meeting_date, m.is_aggregate) == ("video", date(2020, 5, 20), False)


def test_met_a_counted_group_without_with_is_a_tally_from_ten_on() -> None:
    (m,) = meetings("This year the minister has met 25 counterparts in person.")
    assert m.surface == "met 25 counterparts" and m.is_aggregate
    assert meetings("The delegation met two officials at the airport.") == []


def test_a_meeting_of_a_cooperation_forum_is_a_meeting_not_the_body() -> None:
    (m,) = meetings("The Fourth Senior Officials' Meeting of the China-Pacific Islands "
                    "Cooperation Forum opens next week.")  # fmt: skip
    assert "Senior Officials' Meeting of the China-Pacific Islands Cooperation Forum" in m.name
    assert meetings("The China-Pacific Islands Cooperation Forum said it would send aid.") == []


def test_an_announced_meeting_said_by_meet_and_its_channel() -> None:
    (m,) = meetings("ASEAN health ministers are set to meet via video link on 22 June.")
    assert (m.surface, m.format, m.meeting_date) == (
        "meet via video link",
        "video",
        date(2020, 6, 22),
    )
    assert m.name.endswith("meeting")
    (m,) = meetings("The two envoys will meet in person in Geneva.")
    assert m.format == "in_person"
    assert meetings("Hospitals struggle to meet demand by phone and online.") == []
    assert meetings("The new lines meet the needs of clinics by video training.") == []


def test_a_possessive_and_a_calendar_day_say_which_meeting() -> None:
    (m,) = meetings("The envoy briefed the donors during their video conference on 14 May.")
    assert (m.format, m.meeting_date) == ("video", date(2020, 5, 14))
    assert m.surface.startswith("their video conference")
    assert meetings("They agreed on it at their meeting on 14 May.") == []  # no kind: told before


def test_called_on_a_named_dignitary_is_a_visit_not_an_appeal() -> None:
    (m,) = meetings("On 3 June, Ambassador Ana Ruiz called on Health Minister Omar Said in Rabat.")
    assert (m.surface, m.format) == ("called on Health Minister Omar Said", "in_person")
    assert "Omar Said" in m.name and m.meeting_date == date(2020, 6, 3)
    (m,) = meetings("The new consul paid a courtesy call on Governor Lim Wei on Monday.")
    assert m.format == "in_person"
    (m,) = meetings("The envoy called on Minister Omar Said to discuss vaccine supplies.")
    assert m.format == "in_person"
    assert meetings("The agency called on President Ruiz to lift export curbs.") == []
    assert meetings("She called on Premier Lee and the donors, in a letter, to act.") == []
    assert meetings("He called on the Minister of Health to resign.") == []
    assert meetings("They called on governments to share vaccines.") == []


def test_a_denied_meet_is_no_meeting() -> None:
    assert meetings("Since the envoys cannot meet in person, aid talks went online.") == []
    assert meetings("Unable to meet in person, the two ministers wrote letters.") == []
    assert meetings("Officials there no longer meet in person.") == []
    (m,) = meetings("The two ministers will meet in person for the first time in July.")
    assert m.format == "in_person"


def test_a_definite_meeting_announced_or_reported_with_its_day() -> None:
    (m,) = meetings("The special meeting of ASEAN trade ministers will be held online on 9 July.")
    assert (m.format, m.meeting_date) == ("video", date(2020, 7, 9))
    assert "ASEAN trade ministers" in m.name
    (m,) = meetings("Their video conference took place on 4 May.")
    assert (m.format, m.meeting_date) == ("video", date(2020, 5, 4))
    assert meetings("The meeting will be held on 3 June.") == []  # which one: told before
    assert meetings("A decision will be held over until 3 June.") == []


def test_in_a_call_with_a_counterpart_named_by_office() -> None:
    text = (
        "The foreign minister repeated the offer in a phone call with her Philippine "
        "counterpart, Teodoro Locsin, on June 2."
    )
    (m,) = meetings(text)
    assert m.surface == "in a phone call with her Philippine counterpart"
    assert (m.format, m.meeting_date, m.is_aggregate) == ("phone", date(2020, 6, 2), False)
    assert meetings("He raised it in a phone call with their counterparts.") == []


def test_a_communique_recalls_meetings_by_their_place_and_day() -> None:
    text = (
        "The Authority recalled the extraordinary meeting of ECOWAS Ministers of Health held in "
        "Bamako on 14 March 2020 and the videoconference of the Bureau of the Assembly of the "
        "African Union of 26th March 2020."
    )
    first, second = meetings(text)
    assert first.surface.endswith("Ministers of Health held in Bamako on 14 March")
    assert first.meeting_date == date(2020, 3, 14)
    assert second.surface.startswith("the videoconference of the Bureau of the Assembly")
    assert (second.format, second.meeting_date) == ("video", date(2020, 3, 26))
    assert meetings("The report of the meeting of experts was published.") == []
