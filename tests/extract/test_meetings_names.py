"""Canonical meeting names: one name per meeting however it is written, different meetings apart."""

from __future__ import annotations

import pytest

from flows.extract.meeting_names import canonical_name

G20_SPELLINGS = [
    "G20 Extraordinary Virtual Leaders’ Summit on COVID-19",
    "Extraordinary G20 Leaders' Summit",
    "G20 Extraordinary Leaders' Summit on Covid-19",
    "Extraordinary G20 Leaders’ Summit Statement",
    "the Extraordinary G20 Leaders' Summit on COVID-19",
    "Extraordinary Group of Twenty Leaders' Summit on COVID 19",
]


def test_g20_spellings_share_one_name() -> None:
    names = {canonical_name(s, covid_context=True) for s in G20_SPELLINGS}
    assert names == {"Extraordinary G20 Leaders' Summit on COVID-19"}


def test_world_health_assembly_opening_spellings() -> None:
    a = canonical_name("Virtual Opening of the 73rd World Health Assembly")
    b = canonical_name("opening of the 73rd World Health Assembly")
    c = canonical_name("the Opening Session of the Seventy-third World Health Assembly")
    assert a == b == "73rd World Health Assembly, opening session"
    # "Seventy-third" is not an ordinal word we normalise; it must still not merge wrongly.
    assert c != canonical_name("opening of the 74th World Health Assembly")


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        (
            [
                "Special ASEAN-China Foreign Ministers' Meeting on Coronavirus Disease(COVID-19)",
                "Special ASEAN-China Foreign Ministers’ Meeting on the Coronavirus Disease",
                "Special China-ASEAN Foreign Ministers' Meeting on COVID-19",
                "Special Association of Southeast Asian Nations-China Foreign Ministers Meeting "
                "on the novel coronavirus",
            ],
            "Special ASEAN-China Foreign Ministers' Meeting on COVID-19",
        ),
        (
            ["Video Conference of SCO Foreign Ministers", "SCO Foreign Ministers’ Videoconference"],
            "SCO Foreign Ministers' Video Conference",
        ),
        (
            [
                "fifth Lancang-Mekong Cooperation Foreign Ministers’ Meeting",
                "5th Lancang-Mekong Cooperation Foreign Ministers' Meeting",
            ],
            "5th Lancang-Mekong Cooperation Foreign Ministers' Meeting",
        ),
        (
            [
                "Extraordinary Meeting of BRICS Ministers of Foreign Affairs",
                "Extraordinary BRICS Foreign Ministers' Meeting",
            ],
            "Extraordinary BRICS Foreign Ministers' Meeting",
        ),
    ],
)
def test_variants_share_one_name(variants: list[str], expected: str) -> None:
    assert {canonical_name(v) for v in variants} == {expected}


def test_different_meetings_keep_different_names() -> None:
    names = [
        canonical_name("Extraordinary G20 Leaders' Summit", covid_context=True),
        canonical_name("G20 Riyadh Summit"),
        canonical_name("73rd World Health Assembly"),
        canonical_name("74th World Health Assembly"),
        canonical_name("fifth Lancang-Mekong Cooperation Foreign Ministers' Meeting"),
        canonical_name("sixth Lancang-Mekong Cooperation Foreign Ministers' Meeting"),
        canonical_name("Special ASEAN Plus Three Summit on COVID-19"),
        canonical_name("Special ASEAN-China Foreign Ministers' Meeting on COVID-19"),
        canonical_name("Munich Security Conference"),
    ]
    assert len(set(names)) == len(names)


def test_topic_is_kept_when_it_is_not_covid() -> None:
    name = canonical_name("Extraordinary China-Africa Summit on Solidarity against COVID-19")
    assert name == "Extraordinary Africa-China Summit on Solidarity against COVID-19"


def test_covid_topic_is_assumed_only_in_covid_documents() -> None:
    assert (
        canonical_name("Extraordinary G20 Leaders' Summit") == "Extraordinary G20 Leaders' Summit"
    )


def test_channel_words_do_not_split_a_meeting() -> None:
    assert canonical_name("Virtual Boao Forum for Asia") == canonical_name("Boao Forum for Asia")
    assert canonical_name("China-EU Online Summit") == canonical_name("China-EU Summit")
    assert canonical_name("China-EU video summit") == canonical_name("China-EU Summit")
    # …but a video conference is a kind of meeting, not a channel on one
    assert canonical_name("SCO Video Conference") != canonical_name("SCO Conference")
