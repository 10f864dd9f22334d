"""Claim-key rules of the genre found on the sixth held-out set: receivers named outside "to",
counted members of one team, tallies restricted to a named group. Sentences written for these
tests, not taken from gold."""

from __future__ import annotations

import pytest

from tests.extract.test_keys_genre_rules import assert_apart, assert_same_key, key_of

SAME = [
    # "provided <Name> with <goods>": the name is the receiver, the goods and their parts given
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "80 ventilators",
     "China has delivered 80 ventilators to Nepal.", "80"),
    # a sum given to a counted set of countries, in the wording of two documents
    ("Washington says it has committed more than $900 million in health aid to over 60 "
     "countries.", "$900",
     "The United States has committed more than US$900 million in COVID-19 assistance to more "
     "than 60 countries.", "US$900"),
    # a gift noun after "provided <Name> with …" is given to that name too
    ("So far, Beijing has provided Nepal with six batches of supplies, as well as a cash "
     "donation of US$2 million.", "US$2",
     "China donated US$2 million to Nepal.", "US$2"),
    # "the region" is the place named after "to" before it
    ("Ankara said its latest shipment to Central Asia brought the total sent to the region to "
     "50 tonnes, including 900,000 masks.", "900,000",
     "Turkey has sent 900,000 masks to Central Asia.", "900,000"),
    # a sentence opened by the place it is about: the place receives the gift
    ("In Nepal, where cases have passed 10,000, Beijing has sent six shipments of supplies, "
     "including 80 ventilators.", "80",
     "China has delivered 80 ventilators to Nepal.", "80"),
    # neither a sentence adverb nor an aircraft model is the giver: the release's party is
    ("Spain sent 10 ventilators to Chile. Earlier, on 3 May, an A330 delivered 90,000 masks "
     "to Chile.", "90,000",
     "Spain delivered 90,000 masks to Chile.", "90,000"),
    # a list cut at a line break after a comma goes on with the sentence before it
    ("On 3 May, a Spanish aircraft delivered to Chile 300,000 surgical masks,\n6,000 overalls, "
     "1,000 goggles and 200 face shields.", "6,000",
     "On 3 May, a Spanish aircraft delivered to Chile 300,000 surgical masks, 6,000 overalls, "
     "1,000 goggles and 200 face shields.", "6,000"),
    # a meeting tally with one named group's members: the group, before the count or after it
    ("Beijing shared its experience with all ASEAN members through more than 20 video "
     "conferences.", "20",
     "Beijing has held more than 20 video conferences with all ASEAN members.", "20"),
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "six batches",
     "The Chinese government has sent six batches of supplies to Nepal.", "six"),
]  # fmt: skip

APART = [
    # ... unless the giver is that place
    ("In Japan, the government has sent 80 ventilators abroad.", "80",
     "China has delivered 80 ventilators to Japan.", "80"),
    # a sum given to a counted set of countries is not the giver's sum for anything else
    ("Washington says it has committed more than $900 million in health aid to over 60 "
     "countries.", "$900",
     "The American side paid about $900,000 for its share of the cargo.", "$900"),
    # a tally with one group's members is a part of the tally with all
    ("Beijing shared its experience with all ASEAN members through more than 20 video "
     "conferences.", "20",
     "Beijing has shared its experience through more than 20 video conferences.", "20"),
    # "a ten-member team" counts the members of one team, never teams
    ("In May, a ten-member medical team sent by the Chinese government worked in Laos.", "ten",
     "China has sent ten medical teams to Laos.", "ten"),
    ("A 15-strong expert team arrived in Dhaka on Monday.", "15",
     "Beijing has dispatched 15 expert teams abroad.", "15"),
    # the place the given team worked in is its receiver: teams to two places stay apart
    ("In May, a ten-member medical team sent by the Chinese government worked in Laos.", "ten",
     "In June, a ten-member medical team sent by the Chinese government worked in Nepal.", "ten"),
    # goods given to a named receiver stay apart from the giver's goods to all
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "80 ventilators",
     "China has delivered 80 ventilators abroad.", "80"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "pa", "b", "pb"), SAME)
def test_same_claim_same_key(a: str, pa: str, b: str, pb: str) -> None:
    assert_same_key(a, pa, b, pb)


@pytest.mark.parametrize(("a", "pa", "b", "pb"), APART)
def test_different_claims_apart(a: str, pa: str, b: str, pb: str) -> None:
    assert_apart(a, pa, b, pb)


def test_members_of_one_team_without_a_receiver_have_no_key() -> None:
    """Every team has members: with no receiver or giver named, the count names no claim."""
    assert key_of("A 12-member team trained local nurses.", "12") == ""


def test_place_the_team_worked_in_is_the_receiver() -> None:
    key = key_of("In May, a ten-member medical team sent by Beijing worked in Laos.", "ten")
    assert "laos" in key and "team_member" in key


def test_where_the_counted_came_from_has_no_key() -> None:
    """'N Xs from M countries': the countries say where the Xs came from, no claim alone."""
    text = "More than 60 youth groups from over 20 countries sent letters of support to Beijing."
    assert key_of(text, "20 countries") == ""
    assert key_of(text, "60 youth") != ""


def test_one_teams_tallies_with_nothing_named_have_no_key() -> None:
    """'The team visited 9 clinics': any team's tallies would pair with it."""
    text = "The team visited 9 clinics and held 12 workshops for local nurses."
    assert key_of(text, "9 clinics") == ""
    assert key_of(text, "12 workshops") == ""
    assert key_of("Chinese medical teams have held 12 workshops for local nurses.", "12") != ""


def test_a_bare_sum_given_has_no_key() -> None:
    """'Beijing also gave $3m in cash': for whom, for what? (A pledge is known by its sum.)"""
    assert key_of("Beijing also gave $3m in cash, the official said.", "$3m") == ""
    assert key_of("Beijing also gave $3m in cash to Nepal, the official said.", "$3m") != ""


def test_a_name_after_to_is_no_giver() -> None:
    """'Norway said its shipment to Central Asia brought …': Norway gave, not Central Asia."""
    text = (
        "Norway, which has chartered cargo planes, said its latest shipment to Central Asia "
        "brought the total sent to the region to 20 tonnes, including 300,000 masks."
    )
    assert key_of(text, "300,000").endswith("|by:norway")
