"""Claim-key rules of the genre found on the sixth held-out set: receivers named outside "to",
counted members of one team, tallies restricted to a named group. Sentences written for these
tests, not taken from gold."""

from __future__ import annotations

import pytest

from tests.extract.test_keys_genre_rules import key_of

SAME = [
    # "provided <Name> with <goods>": the name is the receiver, the goods and their parts given
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "80 ventilators",
     "China has delivered 80 ventilators to Nepal.", "80"),
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "six batches",
     "The Chinese government has sent six batches of supplies to Nepal.", "six"),
]  # fmt: skip

APART = [
    # goods given to a named receiver stay apart from the giver's goods to all
    ("So far, Beijing has provided Nepal with six batches of supplies, including 80 ventilators "
     "and 400,000 masks.", "80 ventilators",
     "China has delivered 80 ventilators abroad.", "80"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "pa", "b", "pb"), SAME)
def test_same_claim_same_key(a: str, pa: str, b: str, pb: str) -> None:
    ka, kb = key_of(a, pa), key_of(b, pb)
    assert ka and ka == kb


@pytest.mark.parametrize(("a", "pa", "b", "pb"), APART)
def test_different_claims_apart(a: str, pa: str, b: str, pb: str) -> None:
    assert key_of(a, pa) != key_of(b, pb)
