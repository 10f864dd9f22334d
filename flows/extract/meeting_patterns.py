"""Descriptive meeting mentions: "held a press conference in Beijing", "met with visiting WHO
Director-General Tedros", "more than 100 phone calls with other foreign ministers".

Every pattern is VERBOSE with named groups; repeats are bounded and word runs possessive, so a
match attempt costs a constant number of steps per start position (linear over a sentence).
"""

from __future__ import annotations

from typing import Final

import regex

from flows.extract.meeting_names import words

_F: Final = regex.VERBOSE | regex.V1

_NUM_WORDS: Final = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds\s+of|a\s+dozen|dozens\s+of"
    r"|scores\s+of"
)
# A stated count: qual = "more than", "over"…; num = the number as written.
COUNT: Final = rf"""
    (?:(?P<qual>more\s+than|over|nearly|almost|about|around|approximately|some|at\s+least
               |close\s+to|up\s+to|roughly)\s+)?
    (?P<num>\d[\d,]*+|(?:{_NUM_WORDS})(?![\p{{L}}]))
"""

# Every word COUNT can start with but "a" ("a hundred"), lower case: a cheap test before the
# pattern is tried (meeting_readers._may_count).
COUNT_FIRST: Final = tuple(
    words(
        "more over nearly almost about around approximately some at close up roughly two three "
        "four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
        "seventy eighty ninety hundreds dozens scores"
    )
)

# Meeting nouns in the plural, as counted in aggregates.
_PLURAL_NOUN: Final = r"""
    (?:phone|telephone|video)\s+(?:calls|conversations|conferences)
  | video\s*conferences | teleconferences | meetings | talks | discussions | summits
  | webinars | seminars | symposia | symposiums
  | conversations | (?:press\s+|news\s+)?conferences
  | exchanges(?=\s+with\b) | calls(?=\s+with\b)
"""

# "more than 170 video conferences", "holding more than 40 discussions on containment".
#   count: the number; mods: up to three words between it and the noun; noun: what is counted.
COUNTED: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\d,.])
    (?P<count>{COUNT})\s++
    # no verb among the words between: "two leaders held talks" counts leaders, not talks
    (?P<mods>(?:(?!(?:held|hold|holds|had|has|have|made|conducted|attended|joined)\s)
               [\p{{L}}-]++\s++){{0,3}}?)
    (?P<noun>{_PLURAL_NOUN})(?![\p{{L}}])
    """,
    _F | regex.IGNORECASE,
)

# "spoken or met with more than 60 foreign leaders", "I have spoken to over 20 foreign ministers",
# "has met 20 counterparts"
# and "phone calls or meetings with nearly 50 foreign leaders".
#   verb: spoke/met/calls…; count: how many; who: the counterparts.
WITH_COUNT: Final = regex.compile(
    rf"""
    (?P<verb>(?:spoken|spoke|talked|met|(?:phone\s+|telephone\s+|video\s+)?calls
              |meetings|talks|conversations)
             (?:\s+(?:or|and)\s+(?:met|spoken|talked|meetings|calls|talks))?)
    (?:\s+(?:with|to)|(?<=met))\s+  # "has met 20 counterparts": "met" needs no "with"
    (?P<count>{COUNT})\s++
    (?P<who>(?:[\p{{L}}-]++\s++){{0,3}}?
            (?:leaders|ministers|counterparts|heads\b[^,.;]{{0,40}}?organi[sz]ations|heads
              |presidents|officials|countries|colleagues|dignitaries))
    """,
    _F | regex.IGNORECASE,
)

# "conducted video calls with foreign colleagues", "held phone conversations with many leaders",
# "had a phone call with President Putin", "held talks with Prime Minister Hun Sen", "held
# phone talks with his Iranian counterpart Mohammad Javad Zarif".
#   verb: the light verb; det: a/an when one call; noun: the call; who: the counterpart(s).
CALLS_WITH: Final = regex.compile(
    r"""
    (?P<verb>held|hold|holds|holding|had|has\s+had|have\s+had|made|make|conducted|conduct
            |conducting|having|received|receives|receiving)\s+
    (?:(?P<det>an?)\s+)?
    (?P<noun>(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?)|(?:tele)?phone\s+talks?
            |talks|meetings?
            |discussions?|video\s*conferences?)
    \s+(?:with|from)\s+
    (?P<who>[\p{L}\p{N}'’-]++(?:\s++[\p{L}\p{N}'’-]++){0,5}?)
    (?=[,.;:]|\s+(?:on|about|to|in|and|at|over|via|for)\b|$)
    """,
    _F,
)

# A capitalised word of a name or title: "Pompeo", "U.S." (a last dot only before another
# capitalised word: a sentence's full stop is no part of it).
_CAP_WORD: Final = r"""\p{Lu}(?:[\p{L}'’-]|\.(?=\p{Lu}))*+(?:\.(?=\s++\p{Lu}))?"""

# "Putin and Conte spoke by phone", "the two ministers exchanged views by phone", "has spoken
# with his counterparts by phone or video link over 30 times", "met Italian commanders in
# person": a call or meeting said by its channel.
#   verb: spoke/met…; who: the counterpart after "with"; channel: phone or video; person: in
#   person; count: how many times (a tally); after: a capitalised counterpart after the channel.
BY_CHANNEL: Final = regex.compile(
    rf"""
    (?: (?P<verb>spoken|spoke|speaks|speak|talked|talks|talk|exchanged\s+views)
        (?:\s+(?:with|to)\s+(?P<who>[\p{{L}}'’.-]++(?:\s++[\p{{L}}'’.-]++){{0,5}}?))?
      | (?P<verb>met|meets|meet)  # "met Italian commanders in person": with or without "with"
        (?:\s+(?:with\s+)?(?P<who>[\p{{L}}'’.-]++(?:\s++[\p{{L}}'’.-]++){{0,5}}?))? )
    \s+(?: (?P<channel>(?:by|over(?:\s+the)?|on\s+the|via)\s+(?:tele)?phone  # "over phone"
                       |(?:by|via|through)\s+video(?:\s*link|\s*conference)?)
            (?:\s+(?:or|and)\s+(?:by\s+|via\s+)?(?:video(?:\s*link)?|(?:tele)?phone))?
          | (?P<person>in\s+person) )
    (?![\p{{L}}])
    (?:\s+(?P<count>{COUNT})\s+times(?![\p{{L}}]))?
    # "spoke by phone with Spanish Prime Minister Pedro Sanchez": the counterpart after it
    (?:\s+with\s+(?P<after>{_CAP_WORD}(?:\s++(?:of\s++)?{_CAP_WORD}){{0,6}}))?
    """,
    _F,
)

# "He recalled the phone call between President Xi Jinping and President Martín Vizcarra": a
# call named by its channel and its two sides, whatever verb (if any) comes before it.
#   noun: the channel and the call; who: the two sides.
CALL_BETWEEN: Final = regex.compile(
    r"""
    (?P<noun>(?:phone|telephone|video)\s+(?:calls?|conversations?|talks?))
    \s+between\s+
    (?P<who>\p{Lu}[\p{L}'’.-]*+(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’.-]*+){1,9})
    """,
    _F,
)

# "held a press conference in Beijing", "held two special English-language press conferences",
# "In a telephone conversation with Foreign Minister Qureshi on March 13, Wang Yi said",
# "held briefings on prevention and control efforts for foreign diplomatic missions in China".
#   verb: held/hosted…; det: a/an/small number (plural nouns may have none); mods: adjectives;
#   noun: the kind of meeting.
EVENT: Final = regex.compile(
    r"""
    (?<![\p{L}])
    (?P<verb>held|hold|holds|holding|convened|convene|convenes|convening|hosted|host|hosts
            |hosting|organi[sz]ed|organi[sz]e|organi[sz]es|organi[sz]ing|co-hosted|co-chaired
            |chaired|conducted|conduct|conducting|gave|give|giving|attended|attend|attends
            |attending|addressed|addressing|told|tell|tells|telling|at|during|At|During
            |(?:took|take|takes|taking)\s+part\s+in|participated\s+in|participating\s+in
            |joined|joining|following|Following|after|After|in|In)\s++
    (?:(?P<det>an?|the|two|three|four|five|its|their|his|her)\s++)?
    (?P<mods>(?:(?:[\p{L}-]++|\d{1,3}(?:st|nd|rd|th))\s++){0,3}?)  # "10th strategic"
    (?P<noun>(?:press|news)\s+(?:conferences?|briefings?)|briefings?
            |video\s+(?:conferences?|calls?)|videoconferences?|teleconferences?
            |(?:tele)?phone\s+(?:calls?|conversations?|talks?)|meetings?|summits?|talks
            |symposi(?:um|a|ums)|seminars?|webinars?|forums?|dialogues?|roundtables?
            |conferences?|ceremony|ceremonies)(?![\p{L}])
    """,
    _F,
)

# "daily MFA briefings", "the regular press conference": a recurring series without a verb.
#   freq: how often; org: who gives it; noun: briefing or press conference.
SERIES: Final = regex.compile(
    r"""
    (?<![\p{L}])
    (?P<freq>daily|regular|weekly|monthly)\s+
    (?:(?P<org>\p{Lu}[\p{L}\p{Lu}-]*+)\s+)?
    (?P<noun>(?:press\s+|news\s+)?briefings?|press\s+conferences?|news\s+conferences?)
    (?![\p{L}])
    """,
    _F,
)

# Titles that make a capitalised run a visiting dignitary.
TITLE: Final = r"""
    Prime\s+Minister|Vice\s+President|Vice\s+Premier|Foreign\s+Minister|Crown\s+Prince
  | Secretary[-\s]General|Director[-\s]General|Secretary\s+of\s+State|State\s+Councilor
  | Minister(?:\s+of(?:\s+\p{Lu}\p{L}*+|\s+and){1,4})?|President|Premier|Chancellor|King
  | Queen|Emir|Sultan|Secretary|Chairman|Chairwoman|Chairperson|Speaker|Ambassador|Governor
  | (?:[Ss]pecial\s+)?[Ee]nvoy|delegation|Commissioner|Mayor|Consul(?:\s+General)?
  | Vice\s+(?:Foreign\s+)?Minister|Deputy\s+(?:Foreign\s+)?Minister|Assistant\s+Minister
  | Chief\s+Executive|Director|Representative|Minister-Counselor|Counselor
"""
# A dignitary: origin = "Cambodian", "WHO", "the Egyptian President's"; title; name = "Hun Sen".
GUEST: Final = rf"""
    (?:(?:the|a|an)\s+)?
    (?P<origin>(?:\p{{Lu}}[\p{{L}}\p{{Lu}}'’-]*+\s+){{0,3}}?)
    (?P<title>(?:{TITLE})(?:['’]s\s+(?:[Ss]pecial\s+)?(?:[Ee]nvoy|representative|delegation))?)
    (?P<name>(?:\s+\p{{Lu}}(?:\.(?=\s+\p{{Lu}})|[\p{{L}}'’-]*+)){{0,4}})
    (?P<from>\s+from\s+(?:the\s+)?\p{{Lu}}[\p{{L}}'’-]*+(?:\s+(?:of\s+|and\s+)?\p{{Lu}}[\p{{L}}'’-]*+){{0,5}})?
"""
GUEST_RE: Final = regex.compile(GUEST, _F)

# "hosted Cambodian Prime Minister Hun Sen", "met with visiting WHO Director-General Tedros",
# "receiving the Egyptian President's special envoy".
#   verb: the host's verb; the first dignitary follows (GUEST groups).
RECEIVE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<verb>hosted|hosting|hosts|received|receiving|receives|welcomed|met(?:\s+with)?
            |meets(?:\s+with)?|meeting\s+with|talks\s+with|talked\s+with|spoke\s+with)
    \s+(?:(?:the\s+)?visiting\s+)?
    {GUEST}
    """,
    _F,
)
# "Ambassador Yao called on Foreign Minister Qureshi", "paid a courtesy call on the Governor":
# a visit to a named dignitary (the reader refuses "called on X to act": an appeal).
#   verb: called on / paid a courtesy call on; the dignitary follows (GUEST groups).
CALLED_ON: Final = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<verb>called\s+on|calls\s+on
            |(?:paid|pays|paying)\s+(?:an?\s+)?(?:farewell\s+|courtesy\s+)calls?\s+on)
    \s+
    {GUEST}
    """,
    _F,
)
# Between two dignitaries in one list: ", " or " and ".
GUEST_SEP: Final = regex.compile(r"\s*+,\s*+(?P<and>and\s+)?|\s+(?P<and2>and)\s+", _F)

# "on special visits to China", "during his state visit to Serbia", "paid an official visit to".
#   place: where the visit went.
VISIT_TAIL: Final = regex.compile(
    r"""
    \s+(?:on|during|for)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?
    (?:[\p{L}-]++\s+){0,2}?visits?\s+to\s+
    (?P<place>\p{Lu}[\p{L}-]*+(?:\s+\p{Lu}[\p{L}-]*+)?)
    """,
    _F,
)
# "Vice Governor Zhang Xin visited the Consulate General of Perú in Guangzhou": a visit to a
# named place or body (capitalised), not "visited hospitals".
VISITED: Final = regex.compile(
    r"""
    (?<![\p{L}])
    (?:visited|visits|visiting)\s+(?:the\s+)?
    (?P<place>\p{Lu}[\p{L}-]*+(?:\s+(?:of\s+|and\s+|the\s+)*\p{Lu}[\p{L}-]*+){0,6})
    """,
    _F,
)
PAID_VISIT: Final = regex.compile(
    r"""
    (?<![\p{L}])
    (?:paid|pays|paying|made|makes|began|concluded|wrapped\s+up)\s+
    (?:an?|his|her|their)\s+(?:[\p{L}-]++\s+){0,2}?visit\s+to\s+
    (?P<place>\p{Lu}[\p{L}-]*+(?:\s+\p{Lu}[\p{L}-]*+)?)
    """,
    _F,
)

# A word that may continue a topic: not a clause word ("which", "is", "inviting", "since"),
# nor a date's day ("on 5 March": the date, not a topic).
_TOPIC_WORD: Final = r"""
    (?!(?:which|where|that|to|between|during|while|as|in|at|is|are|was|were|has|have|had|will
         |would|since|until|January|February|March|April|May|June|July|August|September
         |October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
         (?![\p{L}])
       |\p{L}*ing(?![\p{L}])
       |\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July
         |August|September|October|November|December)(?![\p{L}]))
    [\p{L}\p{N}'’-]++
"""
# What may follow a descriptive meeting noun and still belong to the mention.
#   place: the city or country after "in"; the other branches are channel, topic, audience.
TAIL: Final = regex.compile(
    rf"""
    (?: \s+(?:via|by|through)\s+(?:a\s+)?video(?:\s+link)?
      | \s+online | \s+virtually
      | \s+in\s+(?P<place>\p{{Lu}}\p{{L}}*+(?:[-\s]\p{{Lu}}\p{{L}}*+)?)(?![\p{{L}}\p{{N}}-])
      | \s+(?:on|about|for|with|of|between)\s+{_TOPIC_WORD}(?:\s++{_TOPIC_WORD}){{0,11}}
        # never end on a small word (one fixed-width look-behind a word, as ``re`` needs)
        (?<!\son)(?<!\sof)(?<!\sfor)(?<!\swith)(?<!\sand)(?<!\sthe)(?<!\sa)(?<!\san)
        (?<!\sby)(?<!\sfrom)
    )
    """,
    _F,
)

_MONTH_NAME: Final = r"""(?:January|February|March|April|May|June|July|August|September|October
    |November|December)"""
# A calendar day as releases write it: "25 May", "5th of June", "March 26", "26/03/2020",
# "2020-03-26" (never a weekday: "the meeting on Monday" points back as often as not).
CALENDAR_DAY: Final = rf"""
    (?: \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}
      | {_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?
      | \d{{1,2}}/\d{{1,2}}/\d{{4}} | \d{{4}}-\d\d-\d\d )
    (?![\p{{L}}\p{{N}}])
"""

# "The Director-General's media briefing on 25 May", "the special virtual meeting of G20
# leaders on 26/03/2020": a definite meeting and its calendar day say which meeting, with no
# verb before it (a sitrep bullet, a joint statement that "recalled" it).
#   det: "the" or a possessive pronoun ("during their video conference on 8 June"); owner: a
#   possessive ("Director-General's"); mods: adjectives and whose ("EU health ministers");
#   noun: the kind of meeting (lower case: a capitalised head is a proper name, read
#   elsewhere); of: whose it was, its topic or its place ("of G20 leaders", "on COVID-19", "at
#   Belgrade airport"); held: an announcing or reporting verb ("will be held via video link");
#   day: the calendar day.
DATED: Final = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?P<det>(?:the|The|their|Their|his|His|her|Her|its|Its)\s+)?
    (?P<owner>(?:\p{{Lu}}[\p{{L}}-]*+\s+){{0,2}}\p{{Lu}}[\p{{L}}-]*+['’]s\s+)?
    (?P<mods>(?:[\p{{L}}\p{{N}}-]++\s++){{0,4}}?)
    (?P<noun>(?:press|media|news)\s+(?:conference|briefing)|briefing|video\s*conference
            |teleconference|meeting|summit|(?:tele)?phone\s+(?:call|conversation)|ceremony)
    (?P<of>\s+(?:of|on|about|at|in)\s+(?:the\s+)?[\p{{L}}\p{{N}}'’-]++(?:\s++[\p{{L}}\p{{N}}'’-]++){{0,7}}?)?
    # announced or reported: "… will be held via video link on 6 July", "… took place on …",
    # "… held in Bamako on 14 March 2020"
    (?P<held>\s+(?:(?:will\s+be|is\s+to\s+be|was|were|has\s+been|had\s+been)\s+held
                 |(?:will\s+take|took|takes)\s+place
                 |held(?:\s+in\s+\p{{Lu}}\p{{L}}++)?)
             (?:\s+(?:via|by|through)\s+video(?:\s*link)?|\s+online|\s+virtually)?)?
    # "on 6 July"; a communiqué's "the videoconference of … of 26th March 2020"
    \s+(?:on|of)\s+(?:the\s+)?
    (?P<day>{CALENDAR_DAY})
    """,
    _F,
)

# A headline that is a briefing's title: "Briefing by Foreign Ministry Spokeswoman Maria
# Zakharova, Moscow, April 2, 2020", "Press Conference by Spokesperson Li Wei".
#   noun: the kind of meeting; who: the speaker, a capitalised run (origin, office) up to a
#   title, then the name (one to four capitalised words: a title alone names no one).
HEADLINE_BY: Final = regex.compile(
    rf"""
    (?P<noun>(?:(?:Regular|Special)\s+)?(?:(?:Press|Media|News)\s+)?(?:Briefing|Conference)
            |(?:Press|Media|News)\s+(?:briefing|conference))
    \s+by\s+
    (?P<who>(?:\p{{Lu}}[\p{{L}}'’-]*+\s+){{0,4}}?
            (?:Spokes(?:person|woman|man)|{TITLE})
            (?P<name>(?:\s+\p{{Lu}}[\p{{L}}'’-]*+){{1,4}}))
    (?![\p{{L}}])
    """,
    _F,
)

# "… has spoken with his counterparts over 30 times, most recently with Indonesia's Retno
# Marsudi on Wednesday": after a tally, the latest of its meetings, its verb and noun elided.
#   who: the counterpart (a capitalised run); when: its day, a weekday or a calendar day.
LATEST_OF_TALLY: Final = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?:most\s+recently|(?:the\s+)?(?:latest|last)(?:\s+(?:one|time))?(?:\s+being)?)
    \s+with\s+
    (?P<who>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,5}})
    (?P<when>\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
                     (?![\p{{L}}])|{CALENDAR_DAY}))?
    """,
    _F,
)
