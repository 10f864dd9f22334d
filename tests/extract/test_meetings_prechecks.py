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


def test_person_name_is_the_title_pattern() -> None:
    from flows.extract.meeting_context import _TITLES, person_name

    for who in (
        "President Xi Jinping", "Chinese President Xi", "U.S. President Trump", "US Secretary",
        "Premier Li", "Prime Minister Abe", "State Councilor and Foreign Minister Wang Yi",
        "Foreign Minister Wang", "General Secretary Xi", "Dr. Tedros", "Dr Tedros", "Minister",
        "Chancellor Merkel", "Secretary-General Guterres", "Director-General Tedros", "Xi",
        " President Xi", "Presidents Xi", "German Chancellor Merkel", "Russian  President  Putin",
    ):  # fmt: skip
        assert person_name(who) == _TITLES.sub("", who).strip(), who


def test_period_word_twin_is_the_pattern() -> None:
    from flows.extract.meeting_context import _PERIOD_WORD, _after_period_word

    windows = (
        "from ", "From ", "SINCE\t", "as of ", "As  Of ", "to", "into ", "and\n", "x by  ",
        "betweén ", "until", "till ", "throughout ", "ſince ", "by\u00a0", "after  ",
    )  # fmt: skip
    for w in windows:
        text = "On it " + w
        assert _after_period_word(text, 6, len(text)) == bool(
            _PERIOD_WORD.search(text, 6, len(text))
        ), w


def test_format_twins_are_the_patterns() -> None:
    from flows.extract.meeting_context import _PHONE, _VIDEO, _says_phone, _says_video

    for s in ("Video Conference", "VIRTUAL summit", "held Online", "Teleconference", "via  link",
              "Via a Link", "via a\nlink", "WEBINAR", "vİdeo call", "summit", "via the link",
              "Phone call", "TELEPHONE", "phoney", "p-hone", "link via", "VIA\tLINK", "vialink",
              "teleconferencing", "on line", "via a  link", "via an link"):  # fmt: skip
        low = s.lower() if s.isascii() else None
        assert _says_video(s, low) == bool(_VIDEO.search(s)), s
        assert _says_phone(s, low) == bool(_PHONE.search(s)), s


def test_name_casing_helpers_are_their_plain_forms() -> None:
    from flows.extract.meeting_names import _ORDINAL_NUM, _has_upper, _ordinal

    for w in ("G20", "covid-19", "McDonald's", "ǅemal", "İstanbul", "summit", "ASEAN", "", "x"):
        assert _has_upper(w) == any(c.isupper() for c in w), w
    for w in ("73rd", "73RD", "1st", "²nd", "٣rd", "fifth", "Fifth", "21st", "rd", "7"):
        plain = w.lower() if _ORDINAL_NUM.fullmatch(w) else w
        assert _ordinal(w) == (plain if w.lower() not in ("fifth",) else "5th"), w


def test_maybe_date_is_the_two_patterns() -> None:
    import re

    from flows.extract.meeting_context import _ISO_DATE, _maybe_date

    month = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
    for s in ("on 3 March", "2020-05-01", "x2020-5", "202-05", "2020-", "-2020-1", "٢٠٢٠-1",
              "2020‐05", "20201-1", "JAN", "jan", "in May", "1234-x 5678-9", "Ma y",
              ""):  # fmt: skip
        text = "Said " + s + " here"
        for lo, hi in ((0, len(text)), (5, 5 + len(s)), (6, len(text) - 2)):
            want = bool(month.search(text, lo, hi) or _ISO_DATE.search(text, lo, hi))
            assert _maybe_date(text, lo, hi) == want, (s, lo, hi)


def test_name_prechecks_are_the_patterns() -> None:
    from flows.extract import meeting_names as N

    for s in ("united nations", "The United Nations General Assembly", "Group of 20 Summit",
              "ASEAN+3 Summit", "10+3", "World Health Organization", "Videoconference",
              "Video-Conference", "Teleconference", "south korea", "regional organizations",
              "Summit(COVID-19)", "Summit (COVID-19)", "(COVID-19)", "A_(b)", "x  y", "a\tb",
              "Ministers of Health", "European Union", "Ｗorld"):  # fmt: skip
        low = s.lower()
        if s.isascii():
            assert N._synonym_hint(low) or not N._SYNONYM_RE.search(s), s
        assert N._glued_paren(s) or not N._GLUED_PAREN.search(s), s
    for w in ("Leaders", "Ministers", "Heads"):
        for tail in (" Meeting", "' Meeting", " Special Summit", "’ Talks", "", " of"):
            out = f"G20 {w}{tail}"
            changed = N._PLURAL_POSSESSIVE.sub(r"\1'", out) != out
            assert not changed or any(b in out for b in N._PLURAL_BARE), out
    for w in ("1st", "22ND", "3rd", "4Th", "5", "th", "10x", "1sts", "٣rd", "1ſt"):
        assert N._ordinal_number(w) == bool(N._ORDINAL_NUM.fullmatch(w)), w


def test_covid_and_topic_shortcuts_are_the_patterns() -> None:
    import random

    from flows.extract import meeting_names as N

    pieces = ("COVID-19", "Covid-19", "covid19", "COVID 19", "the", "The", "pandemic",
              "pandemics", "outbreak", "coronavirus", "Summit", "on", "against", "On", "x",
              "Breathe", "COVID-19s", "")  # fmt: skip
    rng = random.Random("covid")
    for _ in range(4000):
        s = "".join(rng.choice(pieces) + rng.choice((" ", "  ", "", "\t", "-")) for _ in range(5))
        low = s.lower()
        if "covid" in low and N._covid_as_is(s, low):
            assert N._COVID.sub("COVID-19", s) == s, s
        m = N._TOPIC.search(s)
        assert N._topic_at(s) == (m and (m.start(), m.group("prep"), m.group("topic"))), s
