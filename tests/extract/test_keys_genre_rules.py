"""Claim-key rules of the genre: each pair below states one claim in two documents' wording
(or two claims that must stay apart). Sentences written for these tests, not taken from gold."""

from __future__ import annotations

import pytest

from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.sentences import split_sentences
from flows.extract.types import FigureHit
from tests.extract.test_extract_claim_keys import key_of

SAME = [
    # a sum restated in another currency before its span still names the multi-year pledge
    ("The premier pledged $3bn (£2.4bn) over three years for recovery.", "$3bn",
     "Beijing will provide US$3 billion over three years to support recovery.", "US$3"),
    # a span names the pledge whoever it is said to favour
    ("It will provide US$3 billion over three years, with priority given to Asia.", "US$3",
     "Beijing will provide US$3 billion over three years to support recovery.", "US$3"),
    # a date read as a receiver is no receiver
    ("We have sent some 40 medical teams, and from April 1 to June 30 we shipped masks.", "40",
     "China has sent 38 medical teams so far.", "38"),
    # pairing is between two sides: the subject adds nothing
    ("Chinese hospitals will be paired with 20 Asian hospitals.", "20",
     "The plan will pair 20 Asian hospitals with Chinese ones.", "20"),
    # "African" is the receivers' adjective, not a giver; "the continent" is the one named before
    ("China has provided supplies to over 40 African countries and sent six medical teams to "
     "the continent, the Ambassador to the African Union said.", "six",
     "Beijing has dispatched six medical teams to Africa.", "six"),
    # the contents of a donation noun are given to its receiver, across a hard-wrapped line
    ("The city helped ship the Chinese Government donation to Chile, which includes\n"
     "80,000 pieces of surgical masks and 9 sets of ventilators, on a chartered flight.", "9 sets",
     "China has donated 9 ventilators to Chile.", "9"),
    # a receiver between the verb and the sum; the parts of a sum: the first is the first
    # payment, a later one an increment
    ("Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$1m",
     "China donated US$1 million to the Red Cross in May.", "US$1"),
    ("Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$3m",
     "In June China gave an additional US$3 million to the Red Cross.", "US$3"),
    # the receiver after the parts' parenthesis, cut by a line break
    ("China has contributed US$4 million in two tranches (US$1 million in May and\n"
     "US$3 million in June) to the Red Cross.", "US$4",
     "China made two donations totaling US$4 million to the Red Cross.", "US$4"),
    # the count of payments a sum was made in goes where the sum goes
    ("Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.",
     "two", "China made two donations to the Red Cross.", "two"),
    # a list label is capitalised as a line start, not as a name
    ("Table 3  Exports of medical supplies, April 1 – June 30, 2020\n\n"
     "  Item                         Quantity     Unit\n"
     "  Face shields                     310     million\n"
     "  Infrared thermometers           12.5     million\n",
     "12.5", "China exported 12.5 million infrared thermometers in the quarter.", "12.5"),
    # a receiver between the verb and a count, the count in quotation marks or not
    ("Claim: Moscow sent Hungary \"9 aircraft\" of aid.", "9",
     "Russia has sent 9 aircraft to Hungary.", "9"),
    # "a total of" with no parts named: the figure as others state it
    ("Tokyo has disbursed a total of ¥9.3 billion in emergency grants.", "¥9.3",
     "Japan has disbursed ¥9.3bn in emergency grants, the ministry said.", "¥9.3bn"),
    ("The embassy donated a total of 80,000 surgical masks to Chile.", "80,000",
     "China donated 80,000 masks to Chile.", "80,000"),
    # countries beside a debt suspension are those whose debt is suspended, whatever the verb
    ("Beijing announced the suspension of debt payments from 63 low-income countries.", "63",
     "Kenya is among the 63 low-income countries whose debt payments China has suspended "
     "under the G20 initiative.", "63"),
    ("China is implementing the Debt Service Suspension Initiative for 63 low-income "
     "countries.", "63",
     "Beijing announced the suspension of debt payments from 63 low-income countries.", "63"),
    # a nominal pairing: the hospitals paired
    ("The two sides will advance the pairing of Chinese hospitals with 25 Asian hospitals.",
     "25", "China has paired 25 Asian hospitals with Chinese ones.", "25"),
    # a tally of meetings counts the other side whatever the preposition
    ("Health officials have held video conferences with experts from over 90 countries.", "90",
     "Health officials have held video conferences with over 80 countries.", "80"),
    # counted meetings with no verb of their own are held ones
    ("State Councilor Liu has had more than 70 phone calls with foreign ministers.", "70",
     "State Councilor Liu has held more than 70 phone calls with foreign ministers.", "70"),
    # goods sold abroad are exports
    ("Chinese exporters sold these goods to 150 countries and regions.", "150",
     "China exported medical supplies to 150 countries and regions.", "150"),
    # a future perfect tells what is done by a date: no plan
    ("By July, Seoul will have provided emergency aid to more than 40 countries.", "40",
     "Seoul has provided emergency aid to nearly 40 countries, the ministry said.", "40"),
    # giving to receivers with nothing named given: supplies, as when they are named
    ("Tokyo has so far donated to a dozen countries in Central Asia.", "dozen",
     "Japan has donated medical supplies to 12 countries in Central Asia.", "12"),
    # a gift with its receiver as the subject of a verb of summing: the total given
    ("Chinese aid to the Red Cross amounted to US$4 million: US$1 million in May and US$3 "
     "million in June.", "US$4",
     "China made two donations totaling US$4 million to the Red Cross.", "US$4"),
]  # fmt: skip

APART = [
    # different spans are different pledges
    ("The premier pledged $3bn (£2.4bn) over three years.", "$3bn",
     "The premier pledged $3bn over five years.", "$3bn"),
    # a total said with its parts stays apart from a part stated alone
    ("China made two donations totaling US$4 million to the Red Cross.", "US$4",
     "China donated US$1 million to the Red Cross.", "US$1"),
    # the parts of one sum: never each other, nor the whole
    ("Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$1m",
     "Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$3m"),
    ("Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$4m",
     "Beijing has given the Red Cross $4m in two instalments: $1m in May and $3m in June.", "$3m"),
]  # fmt: skip


def assert_same_key(a: str, pa: str, b: str, pb: str) -> None:
    """The figures containing ``pa`` in ``a`` and ``pb`` in ``b`` share a (non-empty) key."""
    ka, kb = key_of(a, pa), key_of(b, pb)
    assert ka and ka == kb


def assert_apart(a: str, pa: str, b: str, pb: str) -> None:
    assert key_of(a, pa) != key_of(b, pb)


@pytest.mark.parametrize(("a", "pa", "b", "pb"), SAME)
def test_same_claim_same_key(a: str, pa: str, b: str, pb: str) -> None:
    assert_same_key(a, pa, b, pb)


@pytest.mark.parametrize(("a", "pa", "b", "pb"), APART)
def test_different_claims_apart(a: str, pa: str, b: str, pb: str) -> None:
    assert_apart(a, pa, b, pb)


def test_bare_load_has_no_key() -> None:
    """A consignment's load with no giver or receiver named would pair with every other one."""
    text = "When the chartered plane landed in Lisbon on 3 May, it carried 90,000 masks."
    assert key_of(text, "90,000") == ""


def _hit(text: str, part: str) -> FigureHit:
    found = find_figures(text, split_sentences(text), document_meta(text), [])
    return next(f for f in found if part in f.surface)


def test_handed_over_is_no_qualifier() -> None:
    """ "handed over 8,000 masks" states 8,000; "over 8,000 masks" states more than 8,000."""
    assert _hit("The embassy handed over 8,000 masks to the clinic.", "8,000").qualifier == "exact"
    assert _hit("The embassy donated over 8,000 masks.", "8,000").qualifier == "more_than"


def test_a_part_after_of_which_has_no_key() -> None:
    """ "63 countries, of which about 30 are in Africa": the 30 are a part, no claim alone."""
    text = "China has suspended debt payments from 63 countries, of which about 30 are in Africa."
    assert key_of(text, "63") and key_of(text, "30") == ""


def test_a_pledge_spread_over_years_written_as_an_adjective() -> None:
    """ "China's $2bn, two-year pledge" is the pledge of "US$2 billion over two years"."""
    stated = "Xi Jinping announced that China will provide US$2 billion over two years."
    restated = (
        "The sum barely registered next to China's $2bn, two-year pledge at the World Health "
        "Assembly."
    )
    assert key_of(restated, "$2bn") == key_of(stated, "US$2 billion")
    assert key_of("China gave $2bn to the fund.", "$2bn") != key_of(stated, "US$2 billion")
