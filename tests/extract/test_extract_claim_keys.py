"""Claim keys: the same claim written two ways gets one key; different claims never share one.

Pairs come from the seed gold (read by hand) and from sentences written for these tests in the
genre (news restating a white paper, spokesperson answers, embassy pages).
"""

from __future__ import annotations

import pytest

from flows.extract.claim_key import name_token
from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.items import item_heads
from flows.extract.sentences import split_sentences


def key_of(text: str, surface_part: str) -> str:
    """Claim key of the figure whose surface contains ``surface_part``."""
    found = find_figures(text, split_sentences(text), document_meta(text), [])
    hits = [f for f in found if surface_part in f.surface]
    assert hits, [f.surface for f in found]
    return hits[0].claim_key


SAME = [
    # seed restatements
    ("We have sent 29 medical expert teams to 27 countries.", "29",
     "As of May 31, China had sent 29 medical expert teams to 27 countries.", "29"),
    ("We have sent 29 medical expert teams to 27 countries.", "27 countries",
     "As of May 31, China had sent 29 medical expert teams to 27 countries.", "27 countries"),
    ("It made two donations totaling US$50 million to WHO.", "US$50",
     "It has provided two batches of cash support totaling US$50 million to the WHO.", "US$50"),
    ("It made two donations totaling US$50 million to WHO.", "two",
     "It has provided two batches of cash support totaling US$50 million to the WHO.", "two"),
    ("China exported 340 million protective suits to Europe.", "340",
     "China exported 12 million protective garments to Europe last month.", "12 million"),
    ("China intends to focus on the four-point initiative proposed by President Xi at the "
     "Extraordinary G20 Leaders' Summit on COVID-19.", "four",
     "President Xi delivered a speech at the G20 Extraordinary Leaders' Summit on Covid-19. "
     "He put forward four key proposals to fight the virus.", "four"),
    ("In phone calls with over a dozen foreign leaders, President Xi underscored resolve.", "dozen",
     "President Xi Jinping has spoken or met with more than 60 foreign leaders and heads of "
     "international organizations.", "60"),
    ("In phone calls or meetings with nearly 50 foreign leaders and heads of international "
     "organizations, President Xi explained China's tactics.", "50",
     "President Xi Jinping has spoken or met with more than 60 foreign leaders and heads of "
     "international organizations.", "60"),
    # invented sentences of the genre
    ("The spokesperson said China had shipped masks and other supplies to 127 countries.", "127",
     "China has offered assistance to 150 countries so far.", "150"),
    ("Beijing donated 2 million face masks to Pakistan.", "2 million",
     "China has donated 2 million masks to Pakistan, the embassy said.", "2 million"),
    ("China has donated US$20 million to the World Health Organization.", "US$20",
     "On March 11, China donated US$20 million to the WHO.", "US$20"),
    ("The Asian Infrastructure Investment Bank (AIIB) agreed to lend RMB 2.485 billion.", "2.485",
     "The AIIB provided an emergency loan of RMB2.485 billion to China.", "2.485"),
    ("Chinese experts held more than 40 discussions with regional organizations.", "40",
     "China has conducted more than 70 exchanges with international organizations.", "70"),
]  # fmt: skip

DIFFERENT = [
    # seed 003: donors to China vs debtors whose payments were suspended vs briefing attendees
    ("Seventy-seven countries and 12 international organizations donated emergency medical "
     "supplies.", "Seventy-seven",
     "It has so far announced the suspension of debt repayments from 77 developing countries.",
     "77"),
    ("Representatives from 77 countries and 7 international organizations attended the meeting.",
     "77 countries",
     "Seventy-seven countries and 12 international organizations donated emergency medical "
     "supplies.", "Seventy-seven"),
    # six proposals at the WHA vs four key proposals at the G20
    ("President Xi delivered an important statement at the Virtual Opening of the 73rd World "
     "Health Assembly and made six proposals.", "six",
     "President Xi delivered a speech at the G20 Extraordinary Leaders' Summit on Covid-19. "
     "He put forward four key proposals to fight the virus.", "four"),
    # one donation vs the total of two
    ("China provided financial assistance to the WHO via a donation of US$20 million.", "US$20",
     "It has provided two batches of cash support totaling US$50 million to the WHO.", "US$50"),
    # an increment is another claim than the first amount
    ("On March 11, China donated US$20 million to the WHO.", "US$20",
     "China has decided to donate an additional US$30 million to the WHO.", "US$30"),
    # teams sent vs teams stationed; teams to Africa vs teams overall
    ("As of May 31, China had sent 29 medical expert teams to 27 countries.", "29",
     "The more than 50 medical teams currently stationed in other countries trained staff.", "50"),
    ("As of May 31, China had sent 29 medical expert teams to 27 countries.", "29",
     "The seven medical expert teams dispatched to the continent helped.", "seven"),
    # held vs planned
    ("China has held more than 170 video conferences with foreign experts.", "170",
     "We are also aiming to hold about 20 videoconferences for experts.", "20"),
    # a general count vs one with a named partner
    ("China has held more than 170 video conferences with foreign experts.", "170",
     "The embassy has held three video conferences between Chinese and Serbian experts.", "three"),
    # two different lenders
    ("The BRICS New Development Bank has approved an emergency loan of RMB 7 billion.", "7 billion",
     "The AIIB agreed to lend RMB 2.485 billion to Beijing.", "2.485"),
    # exports vs donations of the same goods
    ("China exported 340 million protective suits to Europe.", "340",
     "China donated 340 million protective suits to Europe.", "340"),
    # recipients of aid vs donors to China
    ("China has offered assistance to 150 countries so far.", "150",
     "So far, we have received assistance and supplies from 50 countries.", "50"),
]  # fmt: skip


@pytest.mark.parametrize(("text_a", "part_a", "text_b", "part_b"), SAME)
def test_same_claim_same_key(text_a: str, part_a: str, text_b: str, part_b: str) -> None:
    a, b = key_of(text_a, part_a), key_of(text_b, part_b)
    assert a, "a claim that must be compared needs a key"
    assert a == b


@pytest.mark.parametrize(("text_a", "part_a", "text_b", "part_b"), DIFFERENT)
def test_different_claims_different_keys(
    text_a: str, part_a: str, text_b: str, part_b: str
) -> None:
    a, b = key_of(text_a, part_a), key_of(text_b, part_b)
    assert not (a and a == b), (a, b)


def test_keys_are_readable_and_leave_out_value_and_date() -> None:
    k1 = key_of("From March 1 to May 31, China exported more than 70.6 billion masks.", "70.6")
    k2 = key_of("From March 1 to April 4, China exported 3.86 billion masks.", "3.86")
    assert k1 == k2 == "export|mask||"


@pytest.mark.parametrize(
    ("name", "token"),
    [
        ("the World Health Organization", "who"),
        ("WHO", "who"),
        ("the WHO", "who"),
        ("Serbia", "serbia"),
        ("27 countries", ""),
        ("China", ""),
        ("Asian Infrastructure Investment Bank", "aiib"),
    ],
)
def test_name_tokens(name: str, token: str) -> None:
    assert name_token(name) == token


def test_loan_keys_name_the_lender() -> None:
    a = key_of("The Export-Import Bank of China signed a US$500 million loan agreement.", "500")
    b = key_of("The AIIB agreed to lend US$500 million to Pakistan.", "500")
    assert a.startswith("loan|") and b.startswith("loan|")
    assert a != b


def test_percent_needs_what_rose() -> None:
    assert key_of("Trade rose by 3.4% year on year.", "3.4") == "increase||trade|percent"
    assert key_of("Some 60% of the vaccines went to Africa.", "60") == ""


@pytest.mark.parametrize(
    ("item", "heads"),
    [
        ("teams of medical experts", ["medical_team"]),
        ("medical teams", ["medical_team"]),
        ("medical expert teams", ["medical_team"]),
        ("protective garments", ["protective_suit"]),
        ("testing kits", ["test_kit"]),
        ("countries and regions", ["country", "region"]),
        ("online and offline training sessions", ["session"]),
        ("foreign leaders and heads of international organizations", ["leader"]),
        ("pairs of goggles", ["goggles"]),
        ("batches of cash assistance", ["donation"]),
        ("swab test kits", ["test_kit"]),
        ("PCR kits", ["test_kit"]),
        ("health kits", ["health_kit"]),
        ("protective clothing", ["protective_suit"]),
        ("organisations", ["org"]),
        ("tranches", ["donation"]),
    ],
)
def test_item_heads(item: str, heads: list[str]) -> None:
    assert item_heads(item) == heads


def test_receivers_as_direct_object_match_receivers_after_to() -> None:
    a = key_of("China has provided over 150 countries with medical supplies.", "150")
    b = key_of("China has offered assistance to 150 countries.", "150")
    assert a == b == "aid>to:supplies|country||"


# Sentences written for these tests (other wording and numbers than the held-out symptoms).
PLEDGES_SAME = [
    # a future transfer by a government is the pledge it announced
    ("Beijing will offer US$3 billion over three years to help developing countries recover.",
     "US$3",
     "The premier announced a package of measures, including offering US$3 billion over three "
     "years to developing countries.", "US$3"),
    # the span a pledge is spread over names it, with or without the event it was made at
    ("At the World Health Assembly, the president announced US$3 billion over three years in "
     "international aid.", "US$3",
     "Beijing will offer US$3 billion over three years to help developing countries.", "US$3"),
    ("Canada will donate €40 million to the WHO.", "€40",
     "Canada has donated €40 million to the World Health Organization.", "€40"),
    ("The government made a pledge of US$3 billion.", "US$3",
     "The government will provide US$3 billion.", "US$3"),
    # goods promised are a pledge however the promise is worded
    ("Turkey will send 25 ambulances to Albania.", "25",
     "Turkey pledged 25 ambulances to Albania.", "25"),
    ("Turkey has decided to provide 25 ambulances to Albania.", "25",
     "Turkey pledged 25 ambulances to Albania.", "25"),
    # a sum paid in parts is a total, the same claim as the sum of the donations
    ("Japan contributed US$ 60 million to UNICEF in three instalments.", "US$ 60",
     "Japan made three donations totaling US$60 million to UNICEF.", "US$60"),
    ("Japan gave €45 million to UNICEF in three tranches.", "€45",
     "Japan gave €45 million to UNICEF in 3 installments.", "€45"),
    ("Japan contributed US$ 60 million to UNICEF in three instalments.", "three",
     "Japan made three donations totaling US$60 million to UNICEF.", "three"),
    # the reach of a pandemic, however it is written
    ("The outbreak has swept more than 180 countries and territories.", "180",
     "The outbreak grew fast, with more than 180 countries and territories affected.", "180"),
    ("The outbreak has spread to more than 180 countries and territories.", "180",
     "The outbreak has struck more than 180 countries and territories.", "180"),
    ("The virus has hit more than 180 countries and territories.", "180",
     "More than 180 countries and territories have been affected by the virus.", "180"),
    ("Some 180 countries and territories have been hit by the outbreak.", "180",
     "The outbreak has struck some 180 countries and territories.", "180"),
    # money in another government's press release, restated in a quote
    ("The EU approved a package amounting to €9.4 billion to support partner countries.",
     "€9.4",
     "The European Union will give €300 million to Jordan and €200 million to Lebanon. \"We "
     "will support our partners with €9.4 billion,\" the commissioner said.", "€9.4"),
    ("The EU has mobilised €9.4 billion to support partner countries.", "€9.4",
     "The EU sent 40 ventilators to Jordan. The EU also sent 20 ventilators to Lebanon. \"We "
     "will support our partners with €9.4 billion,\" the commissioner said.", "€9.4"),
    ("Of the total, €2.1 billion will go to Latin America.", "€2.1",
     "Some €2.1 billion has been allocated to Latin America.", "€2.1"),
    ("The envelope covers €2.1 billion for Latin America and €0.9 billion for Asia.", "€2.1",
     "Of the total, €2.1 billion will go to Latin America.", "€2.1"),
    ("The plan sets out €640 million in emergency funding for the Sahel.", "€640",
     "Of that, €640 million is for the Sahel.", "€640"),
    ("Roughly €700 million is earmarked for the Eastern Partnership.", "€700",
     "About €700 million is earmarked for the Eastern Partnership countries.", "€700"),
    # a place read where the giver stands is no giver
    ("The Chinese Embassy in Laos donated 30 ventilators to the Lao Red Cross.", "30",
     "China donated 30 ventilators to the Lao Red Cross.", "30"),
    # a named giver however it is written; "we" in its own release
    ("The European Union will donate €50 million to the WHO.", "€50",
     "The EU has donated €50 million to the World Health Organization.", "€50"),
    ("China sent 500,000 masks to Serbia.", "500,000",
     "Beijing sent 500,000 masks to Serbia.", "500,000"),
    # a sum opening its own clause takes its own verb and receiver, not the giver before it
    ("Of the total, €2.1 billion will go to Asia, and about €800 million is earmarked for the "
     "Eastern Partnership.", "€800",
     "About €800 million is earmarked for the Eastern Partnership.", "€800"),
    # spelling and currency variants
    ("Korea sent 3,000 swab test kits to 14 organisations.", "3,000",
     "Korea sent 3,000 testing kits to 14 organizations.", "3,000"),
    ("Korea sent 3,000 swab test kits to 14 organisations.", "14",
     "Korea sent 3,000 testing kits to 14 organizations.", "14"),
    ("Korea shipped 8,000 protective garments to Laos.", "8,000",
     "Korea shipped 8,000 protective suits to Laos.", "8,000"),
    ("Norway donated 12 million U.S. dollars to UNICEF.", "12",
     "Norway donated US$12 million to UNICEF.", "US$12"),
    ("Norway donated U.S.$12 million to UNICEF.", "12",
     "Norway donated USD 12 million to UNICEF.", "12"),
    ("Norway donated US $12 million to UNICEF.", "12",
     "Norway donated 12 million USD to UNICEF.", "12"),
    ("The programme trained 400 nurses in 9 countries.", "400",
     "The program trained 400 nurses in 9 countries.", "400"),
]  # fmt: skip

PLEDGES_DIFFERENT = [
    # one donation vs the total paid in parts
    ("Japan made a donation of US$20 million to UNICEF.", "US$20",
     "Japan contributed US$ 60 million to UNICEF in three instalments.", "US$ 60"),
    # a genuine plan stays apart from a fact
    ("The ministry has held more than 90 online seminars with doctors.", "90",
     "The ministry plans to hold 90 online seminars with doctors.", "90"),
    # money going to two different regions
    ("Of the total, €2.1 billion will go to Latin America.", "€2.1",
     "Roughly €2.1 billion is earmarked for the Eastern Partnership.", "€2.1"),
    # goods promised vs goods delivered
    ("Turkey will send 25 ambulances to Albania.", "25",
     "Turkey has sent 25 ambulances to Albania.", "25"),
    # pledges over different spans
    ("Beijing will offer US$3 billion over three years.", "US$3",
     "Beijing will offer US$3 billion over five years.", "US$3"),
    # two sums in one sentence, each with its own verb and receiver
    ("Of the total, €2.1 billion will go to Latin America, and about €800 million is "
     "earmarked for the Eastern Partnership.", "€800",
     "Of the total, €800 million will go to Latin America.", "€800"),
    # the same gift by two different givers
    ("Germany will donate €50 million to the WHO.", "€50",
     "The European Union will donate €50 million to the WHO.", "€50"),
    ("Japan sent 500,000 masks to Serbia.", "500,000",
     "China sent 500,000 masks to Serbia.", "500,000"),
    # "we" in a Chinese text stays the speaking side, not a party named once
    ("Japan gave US$5 million to UNICEF. We have donated US$9 million to UNICEF, and we donated "
     "US$2 million to the WHO.", "US$9",
     "Japan gave US$9 million to UNICEF.", "US$9"),
    # exports to a region are no aid to it
    ("Exports worth €640 million went to the Sahel.", "€640",
     "Of that, €640 million is for the Sahel.", "€640"),
    # a sum reached in trade is no aid claim
    ("Trade between the two countries reached US$8 billion last year.", "US$8",
     "The bank will provide US$8 billion to the region.", "US$8"),
    # "in two days" is no count of payments
    ("Japan made two donations totaling US$20 million to UNICEF.", "US$20",
     "Japan gave US$20 million to UNICEF in two days.", "US$20"),
]  # fmt: skip


@pytest.mark.parametrize(("text_a", "part_a", "text_b", "part_b"), PLEDGES_SAME)
def test_restated_pledges_and_sums_share_a_key(
    text_a: str, part_a: str, text_b: str, part_b: str
) -> None:
    a, b = key_of(text_a, part_a), key_of(text_b, part_b)
    assert a, "a claim that must be compared needs a key"
    assert a == b


@pytest.mark.parametrize(("text_a", "part_a", "text_b", "part_b"), PLEDGES_DIFFERENT)
def test_pledges_and_sums_that_differ_do_not_pair(
    text_a: str, part_a: str, text_b: str, part_b: str
) -> None:
    a, b = key_of(text_a, part_a), key_of(text_b, part_b)
    assert not (a and a == b), (a, b)


def test_part_counts_are_donations() -> None:
    for item in ("instalments", "installments", "tranches", "batches", "donations"):
        assert item_heads(item) == ["donation"], item


def test_a_figure_opening_its_own_clause_takes_its_own_verb() -> None:
    text = (
        "Of the total, €2.1 billion will go to Latin America, and about €800 million is "
        "earmarked for the Eastern Partnership."
    )
    assert key_of(text, "€800") == key_of("€800 million is earmarked for the Eastern Partnership.",
                                          "€800")  # fmt: skip


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Japan will donate 100 ventilators to Indonesia.",
         "Tokyo will donate 100 ventilators to Indonesia."),
        ("Japan will donate 100 ventilators to Indonesia.",
         "The Japanese government will donate 100 ventilators to Indonesia."),
        ("Russia delivered 500 ventilators to Italy.",
         "The Russian Federation delivered 500 ventilators to Italy."),
    ],
)  # fmt: skip
def test_a_party_named_by_its_capital_or_adjective_is_one_donor(text_a: str, text_b: str) -> None:
    a = key_of(text_a, "ventilators")
    assert a and a == key_of(text_b, "ventilators") and "|by:" in a


def test_given_goods_are_one_claim_as_subject_or_object() -> None:
    obj = key_of("China has sent 29 medical expert teams to 27 countries.", "29")
    subj = key_of("So far, 29 medical expert teams have been sent to 27 countries.", "29")
    assert obj and obj == subj
    # but the counted givers are not the counted receivers
    givers = key_of("Seventy-seven countries donated supplies to China.", "Seventy")
    receivers = key_of("China donated supplies to 77 countries.", "77")
    assert givers and receivers and givers != receivers


def test_generic_heads_key_only_with_context_or_donor() -> None:
    assert key_of("The two ministers have spoken by telephone four times.", "four") == ""
    assert key_of("The virus has infected almost 2 million people.", "2 million") == ""


def test_an_unnamed_giver_in_another_partys_release_is_that_party() -> None:
    text = (
        "Japan will provide 50 ventilators to Peru. Japan will also donate 20 ventilators to "
        "Chile. Of this amount, US$ 4.6 million will be provided through UNICEF. "
        "In addition, 30 ventilators will be delivered to Bolivia."
    )
    assert key_of(text, "4.6") == ""  # whose sum, for whom? keyed, it pairs with any sum
    assert key_of(text, "30 ventilators").endswith("|by:japan")


def test_government_of_a_country_is_that_country() -> None:
    a = key_of("The Government of Japan will donate 100 ventilators to Peru.", "100")
    assert a.endswith("|by:japan")


def test_gifts_to_the_countries_of_one_region_are_a_part_not_the_whole() -> None:
    part = key_of("Japan will give US$11.5 million to 12 countries in Southeast Asia.", "11.5")
    whole = key_of("Japan has committed US$180 million in aid to more than 80 countries.", "180")
    assert part and whole and part != whole
    again = key_of("Tokyo gave $11.5m in grants to a dozen countries in Southeast Asia.", "11.5")
    assert again == part


def test_a_month_or_the_virus_after_in_is_no_region() -> None:
    a = key_of("China sent aid to 30 countries in April.", "30")
    b = key_of("China sent aid to 30 countries.", "30")
    assert a == b != ""


def test_a_province_is_its_own_donor_and_a_part_of_them_no_claim() -> None:
    province = key_of(
        "Zhejiang Province as a whole has sent supplies to more than 50 countries.", "50"
    )
    china = key_of("China has sent supplies to more than 150 countries.", "150")
    assert province and china and province != china
    part = key_of(
        "China had sent 21 medical expert teams to 19 countries, three of them in Asia.", "three"
    )
    assert part == ""


def test_meeting_tallies_in_another_partys_release_are_that_partys() -> None:
    text = (
        "Türkiye has sent medical supplies to 57 countries. Türkiye also donated 20 ventilators "
        "to Serbia. Minister Mevlut Cavusoglu has so far held over 40 phone calls with foreign "
        "ministers since the outbreak."
    )
    turkish = key_of(text, "40")
    chinese = key_of("Foreign Minister Wang Yi has held more than 100 phone calls with foreign "
                     "ministers.", "100")  # fmt: skip
    assert turkish.endswith("|by:turkey") and chinese and turkish != chinese


def test_a_local_government_is_its_place() -> None:
    from flows.extract.claim_key import donor_token

    assert donor_token("Hangzhou Municipal People's Government") == donor_token("Hangzhou")
    assert donor_token("Leeds City Council") == "leeds"
    assert donor_token("Zhejiang Province") == "zhejiang"


def test_goods_bought_then_shipped_are_trade_not_aid() -> None:
    bought = key_of(
        "Italian companies have bought supplies from Chinese producers: so far more than 100 "
        "million masks have been shipped to Italy.",
        "100",
    )
    given = key_of("China has shipped 2 million masks to Italy as a donation.", "2 million")
    assert bought.startswith("export") and given.startswith("aid")


def test_private_givers_and_places_read_as_givers_name_no_state_claim() -> None:
    placed = key_of("The Chinese community in Peru has donated nearly US$5 million to hospitals.",
                    "US$5")  # fmt: skip
    assert placed == ""  # a place read as the giver: whose sum is unknown
    from flows.extract.claim_key import donor_token

    assert donor_token("Chinese companies") == "chinese_companies"
    assert donor_token("China") == ""
