"""Fact-check / news-restatement style: reported-speech dates, restated and summed figures,
source verbs, per-capita ratios.

Sentences written for these tests (not taken from any gold set); expected values come from
reading them.
"""

from __future__ import annotations

from datetime import date

from flows.extract.document import extract_document
from flows.extract.types import FigureHit

HEAD = "Updated: 2021-03-15\n\nAid figures checked\n\n"


def figs(body: str) -> list[FigureHit]:
    return extract_document(HEAD + body).figures


def fig(body: str, part: str, nth: int = 0) -> FigureHit:
    hits = [f for f in figs(body) if part in f.surface]
    assert len(hits) > nth, [f.surface for f in figs(body)]
    return hits[nth]


# a. reported speech: the figure speaks for the day of the statement ---------------------------


def test_sentence_opening_date_of_a_statement_is_the_as_of() -> None:
    f = fig("On February 9, a health ministry official said Beijing had shipped "
            "test kits to 41 countries.", "41 countries")  # fmt: skip
    assert f.as_of == date(2021, 2, 9) and f.period_text == "February 9"
    assert f.period_start is None and f.period_end is None


def test_told_reporters_on_a_date() -> None:
    f = fig("The vice minister told journalists on 22 January that China had donated "
            "1,300 ventilators to Africa.", "1,300")  # fmt: skip
    assert f.as_of == date(2021, 1, 22) and f.period_text == "22 January"


def test_statement_dated() -> None:
    f = fig("In a statement dated January 5, the embassy said 17 tonnes of supplies "
            "had arrived in Lima.", "17 tonnes")  # fmt: skip
    assert f.as_of == date(2021, 1, 5) and f.period_text == "January 5"


def test_date_of_an_act_is_not_a_statement_date() -> None:
    f = fig("On February 9, China shipped test kits to 41 countries.", "41 countries")
    assert f.period_text != "February 9" or f.as_of != date(2021, 2, 9) or f.period_end is None
    assert f.as_of == date(2021, 3, 15)  # no statement: the document's own date


def test_explicit_cut_off_beats_the_statement_date() -> None:
    f = fig("On February 9, a spokesperson said that as of January 31 China had sent "
            "vaccines to 41 countries.", "41 countries")  # fmt: skip
    assert f.as_of == date(2021, 1, 31)


# b. restatement of a counted thing ------------------------------------------------------------


def test_that_figure_became_keeps_the_claim() -> None:
    body = ("Beijing said it had donated vaccines to 53 countries. By March, that number "
            "had grown to 69 countries.")  # fmt: skip
    first, second = fig(body, "53"), fig(body, "69")
    assert first.claim_key and second.claim_key == first.claim_key
    assert second.as_of == date(2021, 3, 31)  # its own cut-off, not the first one's


def test_bare_item_restates_the_modified_one() -> None:
    body = ("The white paper says 35 anti-epidemic expert groups travelled to 31 countries. "
            "A spokesman said 33 groups had gone to 30 countries.")  # fmt: skip
    fs = figs(body)
    by = {f.surface: f.claim_key for f in fs}
    assert by["33 groups"] == by["35 anti-epidemic expert groups"] != ""
    assert by["30 countries"] == by["31 countries"] != ""


def test_different_items_are_not_restatements() -> None:
    body = ("China sent 12 medical teams to Africa. Officials said 40 tonnes were delivered "
            "and 9 hospitals were built.")  # fmt: skip
    assert fig(body, "9 hospitals").claim_key != fig(body, "12 medical teams").claim_key


# c. a source verb in front of a figure does not change its claim --------------------------------


def test_source_verb_keeps_the_claim() -> None:
    a = fig("The report counts over 2.4 billion test kits exported between April 1 "
            "and June 30.", "2.4")  # fmt: skip
    b = fig("China exported over 2.4 billion test kits between April 1 and June 30.", "2.4")
    assert a.claim_key == b.claim_key != ""
    c = fig("The ministry recorded 650 tonnes of supplies shipped to Peru in May.", "650")
    d = fig("China shipped 650 tonnes of supplies to Peru in May.", "650")
    assert c.claim_key == d.claim_key != ""


# d. a per-capita ratio is another claim ---------------------------------------------------------


def test_per_capita_ratio_is_not_the_total() -> None:
    body = ("From March 1 to May 31, China exported over 3 billion test kits, nearly "
            "two kits for each resident of the receiving countries.")  # fmt: skip
    total, ratio = fig(body, "3 billion"), fig(body, "two kits")
    assert total.claim_key and ratio.claim_key != total.claim_key
    assert ratio.period_start is None and ratio.period_text is None
    body2 = "China shipped 600 million doses, or 3 doses per person in the region."
    assert fig(body2, "3 doses").claim_key == ""


# e. running totals --------------------------------------------------------------------------------


def test_bringing_the_total_to_is_a_total() -> None:
    body = ("A second grant of US$ 15 million went to UNICEF in May, bringing China's overall "
            "total contribution to UNICEF to US$ 40 million.")  # fmt: skip
    f = fig(body, "40 million")
    assert f.qualifier == "total" and f.claim_key.endswith("|total")
    assert f.claim_key == fig(body, "15 million").claim_key + "|total"


def test_raising_the_total_to_and_for_a_total_of() -> None:
    body = "Japan gave EUR 4 million to the WFP in June, raising the total to EUR 9 million."
    f = fig(body, "9 million")
    assert f.qualifier == "total" and f.claim_key.endswith("|total")
    g = fig("Japan gave EUR 4 million to the WFP in June and EUR 5 million in July, for a "
            "total of EUR 9 million.", "9 million")  # fmt: skip
    assert g.qualifier == "total" and g.claim_key == f.claim_key


def test_currency_prefix_is_not_an_actor() -> None:
    f = fig("A further US$ 3 million was donated to UNICEF, raising the total to US$ 43 million.",
            "43 million")  # fmt: skip
    assert f.actor != "US" and "by:us" not in f.claim_key


def test_statement_on_a_weekday_resolves_against_the_document_date() -> None:
    f = fig("The spokesman told an online press conference on Friday that China had sent "
            "medical teams to 14 countries.", "14 countries")  # fmt: skip
    assert f.as_of == date(2021, 3, 12) and f.period_text == "Friday"  # 2021-03-15 is a Monday


def test_teams_that_went_are_teams_sent() -> None:
    """A motion verb ("had gone to") gives its counted subject: the same claim as "sent"."""
    sent = figs("China has sent 29 medical expert teams to 27 countries.")
    went = figs("By June, 26 teams had gone to 24 countries, the spokesman said.")
    key = {f.surface: f.claim_key for f in sent + went}
    assert key["27 countries"] == key["24 countries"] != ""
    assert all(f.actor != "June" for f in went)  # a month is never the actor
