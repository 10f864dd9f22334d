"""Number parsing, qualifiers and the things that are not figures, on sentences of the genre.

Expected values are written from reading the sentences, never from extractor output.
"""

from __future__ import annotations

import pytest

from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.numbers import find_numbers, parse
from flows.extract.sentences import split_sentences
from flows.extract.types import FigureHit


def figures(text: str) -> list[FigureHit]:
    return find_figures(text, split_sentences(text), document_meta(text), [])


def only(text: str) -> FigureHit:
    found = figures(text)
    assert len(found) == 1, [f.surface for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("written", "value", "kind", "unit"),
    [
        ("96,700", 96_700, "count", None),
        ("40.29 million", 40_290_000, "count", None),
        ("1.4 billion", 1_400_000_000, "count", None),
        ("2 trillion", 2e12, "count", None),
        ("Seventy-seven", 77, "count", None),
        ("twenty one", 21, "count", None),
        ("a dozen", 12, "count", None),
        ("US$50 million", 50e6, "money", "USD"),
        ("$ 1.353 billion", 1.353e9, "money", "USD"),
        ("RMB2.485 billion", 2.485e9, "money", "RMB"),
        ("RMB\u00a07 billion", 7e9, "money", "RMB"),
        ("10.2 billion yuan", 10.2e9, "money", "RMB"),
        ("50 million U.S. dollars", 50e6, "money", "USD"),
        ("€650,000", 650_000, "money", "EUR"),
        ("£3 million", 3e6, "money", "GBP"),
        ("24 percent", 24, "percent", "percent"),
        ("24%", 24, "percent", "percent"),
        ("3.5 per cent", 3.5, "percent", "percent"),
        ("two hundred thousand", 200_000, "count", None),
        # currency spellings of one amount, and short scales glued to a sum
        ("U.S.$12 million", 12e6, "money", "USD"),
        ("US $12 million", 12e6, "money", "USD"),
        ("USD 12 million", 12e6, "money", "USD"),
        ("12 million USD", 12e6, "money", "USD"),
        ("12 million US dollars", 12e6, "money", "USD"),
        ("EUR 4.5 million", 4.5e6, "money", "EUR"),
        ("$12m", 12e6, "money", "USD"),
        ("€4.5bn", 4.5e9, "money", "EUR"),
        ("US$12 mln", 12e6, "money", "USD"),
    ],
)
def test_number_forms_parse(written: str, value: float, kind: str, unit: str | None) -> None:
    matches = list(find_numbers(f"It reached {written} last week."))
    assert len(matches) == 1
    num = parse(matches[0])
    assert num is not None
    assert num.value == pytest.approx(value)
    assert (num.kind, num.unit) == (kind, unit)
    assert matches[0].group() == written


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("China sent more than 3,000 ventilators to Italy.", 3000, "more_than"),
        ("China sent over 3,000 ventilators to Italy.", 3000, "more_than"),
        ("Exports exceeded 5 million masks in March.", 5e6, "more_than"),
        ("It shipped in excess of 40 tons of supplies.", 40, "more_than"),
        ("It donated at least 20 ambulances to Laos.", 20, "at_least"),
        ("It has trained nearly 2,700 doctors abroad.", 2700, "nearly"),
        ("It has trained almost 2,700 doctors abroad.", 2700, "nearly"),
        ("It has trained close to 2,700 doctors abroad.", 2700, "nearly"),
        ("It has trained about 300 nurses abroad.", 300, "about"),
        ("It has trained around 300 nurses abroad.", 300, "about"),
        ("It has trained approximately 300 nurses abroad.", 300, "about"),
        ("It has trained some 300 nurses abroad.", 300, "about"),
        ("It has trained roughly 300 nurses abroad.", 300, "about"),
        ("The bank will lend up to US$1 billion to Kenya.", 1e9, "up_to"),
        ("China delivered a total of 660,000 packages.", 660_000, "total"),
        ("China delivered 660,000 packages in total.", 660_000, "total"),
        ("It sent 12 ventilators to Serbia.", 12, "exact"),
    ],
)
def test_qualifiers(sentence: str, value: float, qualifier: str) -> None:
    f = only(sentence)
    assert f.value == pytest.approx(value)
    assert f.qualifier == qualifier


def test_totaling_makes_the_amount_a_total_not_the_count() -> None:
    two, amount = figures("It made two donations totaling US$50 million to the WHO.")
    assert (two.value, two.qualifier, two.item) == (2, "exact", "donations")
    assert (amount.value, amount.qualifier, amount.unit) == (50e6, "total", "USD")


def test_a_total_of_carries_over_and_but_more_than_does_not_carry_over_commas() -> None:
    a, b = figures("By May 31, a total of 104 journals and 970 papers had been posted.")
    assert (a.qualifier, b.qualifier) == ("total", "total")
    found = figures("It exported more than 70.6 billion masks, 340 million protective suits.")
    assert [f.qualifier for f in found] == ["more_than", "exact"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The epidemic broke out in 2020 and the 2030 Agenda still stands.",
        "On February 24, 2020, the joint mission held a press conference.",
        "Between 1 March and 31 May the situation improved.",
        "He addressed the 73rd World Health Assembly and the fifth meeting.",
        "G20 leaders discussed COVID-19 and the G77 statement.",
        "The Two Sessions and the Two Centenary Goals were discussed.",
        "The daily number of cases fell to single digits within two months.",
        "The city was safeguarded in three months and in just seven weeks.",
        "It pledged help over two years.",
        "Five-year-old Filippa displays her drawing.",
        "The 13th Five-Year Plan sets new goals.",
        "It averted tens of thousands of cases and hundreds of thousands of deaths.",
        "Chinese scientists have published dozens of papers, and millions of workers helped.",
        "1. Strengthening the domestic defense.",
        "(Originally appeared in Qiushi Journal, Chinese edition, No. 5, 2020)",
        "<  1  2  3  4  5  6  7  >",
        "Tel: +86-10-6596-1114, fax 6532 4200.",
        "This is one of the most serious diseases, and we must work as one.",
        "See Article 3 and Section 12 of the law.",
        "The 2019 Novel Coronavirus Resource database was released.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "item_word"),
    [
        ("Zhong Nanshan and Li Lanjuan, two academicians, held video calls.", 2, "academicians"),
        ("The solutions were translated into three languages.", 3, "languages"),
        ("As of May 31, the three platforms had served users.", 3, "platforms"),
        ("He put forward the four-point initiative at the summit.", 4, "initiative"),
        ("It provided two batches of cash support.", 2, "batches"),
        ("Six proposals were put forward at the assembly.", 6, "proposals"),
        ("Leaders of more than 170 countries expressed support.", 170, "countries"),
        ("In phone calls with over a dozen foreign leaders, he spoke.", 12, "leaders"),
    ],
)
def test_number_words_that_count(sentence: str, value: float, item_word: str) -> None:
    f = only(sentence)
    assert f.value == value
    assert f.item is not None and item_word in f.item


def test_no_break_spaces_and_missing_space_after_comma() -> None:
    text = "The AIIB will lend RMB\u00a02.485\u00a0billion to Beijing,Shanghai and 3 other cities."
    found = figures(text)
    assert [f.value for f in found] == [2.485e9, 3]
    assert found[0].unit == "RMB"


def test_surface_covers_qualifier_number_and_item() -> None:
    text = "Between 1 March and 31 May, China exported more than 70.6 billion masks to Europe."
    f = only(text)
    assert f.surface == "more than 70.6 billion masks"
    assert text[f.char_start : f.char_end] == f.surface
    assert (f.item, f.kind, f.unit) == ("masks", "count", None)


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("It exported 115 million pairs of goggles.", "pairs of goggles"),
        ("It exported protective materials to 200 countries and regions.", "countries and regions"),
        (
            "He met nearly 50 foreign leaders and heads of international organizations.",
            "foreign leaders and heads of international organizations",
        ),  # fmt: skip
        (
            "A level I response was activated in 31 provinces, autonomous regions and "
            "municipalities.",
            "provinces, autonomous regions and municipalities",
        ),  # fmt: skip
        (
            "They held over 400 online and offline training sessions in this regard.",
            "online and offline training sessions",
        ),  # fmt: skip
        ("It sent 29 medical expert teams to 27 countries.", "medical expert teams"),
    ],
)
def test_item_phrases(sentence: str, item: str) -> None:
    assert figures(sentence)[0].item == item


def test_list_lines_of_a_consular_page_take_their_label_as_item() -> None:
    text = (
        "The consulate delivered the following supplies:\n"
        "• Surgical masks: 200,000\n"
        "• N95 masks – 20,000\n"
        "Ventilators: 30\n"
        "Tel: 6596 1114\n"
    )
    found = figures(text)
    assert [(f.surface, f.value, f.item) for f in found] == [
        ("Surgical masks: 200,000", 200_000, "Surgical masks"),
        ("N95 masks – 20,000", 20_000, "N95 masks"),
        ("Ventilators: 30", 30, "Ventilators"),
    ]


def test_page_counters_are_not_figures() -> None:
    assert figures("Page 1 of 3 | Printer friendly | 2,345 views | 12 comments") == []


def test_elliptical_count_takes_the_previous_item() -> None:
    a, b = figures("Of the 2.2 billion doses, 1.4 billion were exported.")
    assert (a.value, b.value) == (2.2e9, 1.4e9)
    assert a.item == b.item == "doses"


def test_codes_and_times_are_not_counts_but_may_be_items() -> None:
    assert figures("The briefing starts at 10:30 am on 5G networks and 3D printing.") == []
    found = figures("Huawei built 300 5G base stations and sent 10,000 N95 masks.")
    assert [(f.value, f.item) for f in found] == [(300, "5G base stations"), (10_000, "N95 masks")]


def test_glued_m_is_a_scale_only_for_money() -> None:
    assert [f.surface for f in figures("The athletes ran the 400m final.")] == []


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("more than 28\u00a0000 citizens", 28_000),  # no-break space between groups
        ("1\u202f353\u202f000.5 yuan", 1_353_000.5),  # narrow no-break space
        ("2\u2009400 tests", 2_400),  # thin space
        ("Test kits: 150\u00a0     000", 150_000),  # "&nbsp;" blanked in place by reading
    ],
)
def test_thousands_set_off_by_no_break_or_thin_spaces(written: str, value: float) -> None:
    (m,) = list(find_numbers(written))
    num = parse(m)
    assert num is not None and num.value == value


def test_a_plain_space_or_a_year_does_not_join_two_numbers() -> None:
    # "on 5 100 …" is two numbers; a year is never the first group of a grouped number
    assert [m.group() for m in find_numbers("on May 5 100 tons")] == ["5", "100"]
    assert [m.group() for m in find_numbers("in 2020\u00a0100 masks")] == ["2020", "100"]


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("500 million rubles", 5e8, "RUB"),
        ("10 million roubles", 1e7, "RUB"),
        ("1.2 billion yen", 1.2e9, "JPY"),
        ("JPY 5 billion", 5e9, "JPY"),
        ("₽3 billion", 3e9, "RUB"),
        ("₹40 million", 4e7, "INR"),
        ("2 billion lira", 2e9, "TRY"),
        ("KRW 6 billion", 6e9, "KRW"),
        ("KRW 720 million", 7.2e8, "KRW"),
        ("7 billion won", 7e9, "KRW"),
        ("₩1.2 billion", 1.2e9, "KRW"),
    ],
)
def test_other_donors_currencies(written: str, value: float, unit: str) -> None:
    (m,) = list(find_numbers(written))
    num = parse(m)
    assert num is not None and (num.value, num.kind, num.unit) == (value, "money", unit)


def test_the_yen_sign_follows_the_document() -> None:
    from flows.extract.numbers import yen_sign

    japan = "The Government of Japan will extend ¥18.6 billion in aid, Japan's largest package."
    china = "China donated ¥500 million; the Chinese side also sent masks."
    assert yen_sign(japan) == "JPY" and yen_sign(china) == "RMB"
    assert yen_sign("No sign here: 5 million yen.") == "RMB"  # the suffix is read on its own
    (m,) = list(find_numbers("¥18.6 billion"))
    assert parse(m, "JPY").unit == "JPY" and parse(m).unit == "RMB"


def test_verbs_of_exceeding_are_more_than() -> None:
    f = only("Mask exports from the region topped 70.6 billion masks by the end of May.")
    assert (f.qualifier, f.value, f.surface) == ("more_than", 70.6e9, "topped 70.6 billion masks")
    assert only("Donations have surpassed 500 ventilators.").qualifier == "more_than"


def test_partitive_and_quoted_counts_take_their_item() -> None:
    f = only("Türkiye has also brought home more than 25,000 of its citizens from abroad.")
    assert (f.value, f.item) == (25_000, "citizens")
    f = only('The ministry spoke of "more than 100" military specialists in Italy.')
    assert (f.value, f.qualifier, f.item) == (100, "more_than", "military specialists")


def test_list_labels_may_hold_model_names_and_brackets() -> None:
    text = "• N95/FFP3 masks: 450,000\n• Cargo flights (A400M and C-130): 23\n"
    assert [(f.value, f.item) for f in figures(text)] == [
        (450_000, "N95/FFP3 masks"),
        (23, "Cargo flights (A400M and C-130)"),
    ]


def test_number_words_ending_a_name_and_reading_times_are_not_figures() -> None:
    assert figures("Leaders of ASEAN Plus Three account for a third of world output.") == []
    assert figures("Read time: 4 min") == []
    assert [f.value for f in figures("Three ministers and two envoys attended.")] == [3, 2]


@pytest.mark.parametrize(
    "text",
    [
        "Address: No. 318 Huancheng North Road, Hangzhou.",
        "Tel: 0571-8525 6789",
        "Masks meet the EN 149 standard.",
        "Call NHS 111 rather than going to hospital.",
        "at the opening of the Seventy-third World Health Assembly",
        "The two sides issue this statement.",
        "Where the two disagree, we say so.",
    ],
)
def test_codes_addresses_ordinals_and_the_two_parties_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_the_two_leaders_and_a_number_after_a_name_still_count() -> None:
    assert [f.value for f in figures("The two leaders met in Beijing.")] == [2]
    assert [f.value for f in figures("China gave WHO 20 million masks.")] == [20e6]


def test_a_range_is_at_least_its_lower_end_and_up_to_its_upper_end() -> None:
    found = figures("Between 40 and 50 countries asked China for medical teams.")
    assert [(f.surface, f.value, f.qualifier, f.item) for f in found] == [
        ("Between 40", 40, "at_least", "countries"),
        ("and 50 countries", 50, "up_to", "countries"),
    ]
    assert [f.qualifier for f in figures("Aid reached 27 countries between May and June.")] == [
        "exact"
    ]


def test_glued_m_before_a_currency_word_is_millions() -> None:
    (f,) = figures("The city gave 5m yuan to Leeds.")
    assert (f.value, f.kind, f.unit) == (5e6, "money", "RMB")


def test_plain_space_groups_where_the_document_groups_so() -> None:
    text = "Globally: 5 404 512 confirmed cases, 343 514 deaths; Africa 74 667 cases."
    assert [f.value for f in figures(text)] == [5_404_512, 343_514, 74_667]
    assert [m.group() for m in find_numbers("on May 5 100 tons")] == ["5", "100"]
    assert [m.group() for m in find_numbers("190 000 N95 respirators")] == ["190 000"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier", "unit"),
    [
        ("Peru received approx. S/ 17 million in aid.", "approx. S/ 17 million", 17e6, "about",
         "PEN"),
        ("China sent two dozen cargo flights.", "two dozen cargo flights", 24, "exact", None),
        ("They set up ~1,000 intensive-care beds.", "~1,000 intensive-care beds", 1000, "about",
         None),
        ("Guangdong sent totally 30 batches of supplies.", "totally 30 batches of supplies", 30,
         "total", None),
    ],
)  # fmt: skip
def test_approx_tilde_totally_soles_and_dozens(
    text: str, surface: str, value: float, qualifier: str, unit: str | None
) -> None:
    (f,) = figures(text)
    assert (f.surface, f.value, f.qualifier, f.unit) == (surface, value, qualifier, unit)


def test_report_and_row_numbers_are_labels() -> None:
    assert figures("Situation Report – 127") == []
    assert figures("Row 3 figures are provisional.") == []


def test_a_number_in_brackets_with_words_counts_and_a_list_marker_does_not() -> None:
    assert [f.value for f in figures("Globally: 5 404 512 confirmed cases (91 402 new).")] == [
        5_404_512,
        91_402,
    ]
    assert figures("(2) The two sides agreed.") == []


def test_halves_of_a_scale_or_a_dozen() -> None:
    assert [f.value for f in figures("China sent half a million test kits.")] == [500_000]
    assert [f.value for f in figures("Half a dozen teams went to Africa.")] == [6]
    assert figures("On behalf of the people, we thank you.") == []


def test_number_words_found_alone_or_in_the_meetings_trigger_pass_alike() -> None:
    """The trigger scan finds number-word stems in its own pass and hands them to the number scan;
    a text it never saw is scanned for them anew: both ways give the same numbers."""
    from flows.extract import meeting_triggers, numbers

    text = (
        "Seventy-seven teams met twice; twelve summits, a dozen calls and half a million masks "
        "in eleven talks.\nTen visits. One meeting with fifteen forty-two and the sevenfold tenth."
    )
    alone = [m.span() for m in find_numbers(text)]
    words = frozenset({"met", "summits", "calls", "talks", "visits", "meeting"})
    meeting_triggers.find_triggers(text, split_sentences(text), words)
    assert any(noted is text for noted, _ in numbers._NOTED)  # the shared pass ran
    shared = [m.span() for m in find_numbers(text)]
    assert shared == alone
    assert len(alone) >= 9  # seventy-seven, twelve, a dozen, half a million, eleven, ten, one …


def test_won_is_a_currency_only_after_a_scale_word() -> None:
    """ "12 won the vote" is a verb: the won follows a number only as "… billion won"."""
    (m,) = list(find_numbers("Of the 15 candidates, 12 won the vote"))[1:]
    num = parse(m)
    assert num is not None and (num.value, num.kind, num.unit) == (12.0, "count", None)


def test_the_won_after_a_sum_is_money_not_the_verb_of_its_figures() -> None:
    text = "Korea said it would send 7 billion won, about $5m, to six governments."
    hits = find_figures(text, split_sentences(text), document_meta(text), [])
    assert [(h.surface, h.unit, h.action) for h in hits[:2]] == [
        ("7 billion won", "KRW", "send"),
        ("about $5m", "USD", "send"),
    ]


def test_adjectives_ending_in_ly_stay_inside_the_item() -> None:
    text = "Jiangsu sent masks to 17 friendly localities and 5 daily flights, nearly all full."
    hits = find_figures(text, split_sentences(text), document_meta(text), [])
    assert [(h.surface, h.item) for h in hits] == [
        ("17 friendly localities", "friendly localities"),
        ("5 daily flights", "daily flights"),
    ]
