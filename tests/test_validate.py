"""Validate stage as a plain function: good hits become rows, impossible ones named rejects."""

from __future__ import annotations

from datetime import date

from flows.extract.types import (
    CountHit,
    DocMeta,
    Extraction,
    FigureHit,
    MeetingHit,
    ShipmentHit,
)
from flows.validate import validate_extraction

TEXT = "As of May 31, China had sent 29 medical expert teams to 27 countries, a 120 percent share."


def _fig(surface: str, value: float, **kw: object) -> FigureHit:
    start = TEXT.index(surface)
    base: dict[str, object] = dict(
        char_start=start,
        char_end=start + len(surface),
        surface=surface,
        value=value,
        qualifier="exact",
        kind="count",
        unit=None,
        item="medical expert teams",
        sentence_start=0,
        sentence_end=len(TEXT),
        claim_key="send|medical_expert_team",
    )
    base.update(kw)
    return FigureHit(**base)  # type: ignore[arg-type]


def _extract(figures: list[FigureHit], **kw: object) -> Extraction:
    meta = DocMeta(title="t", published_on=date(2020, 6, 7), published_text="June 7, 2020")
    return Extraction(
        meta=meta,
        figures=figures,
        shipments=kw.get("shipments", []),  # type: ignore[arg-type]
        counts=kw.get("counts", []),
        meetings=kw.get("meetings", []),
    )  # type: ignore[arg-type]


def test_good_figure_becomes_a_row_with_interval_and_provenance() -> None:
    rows = validate_extraction(
        "doc1", _extract([_fig("29 medical expert teams", 29, as_of=date(2020, 5, 31))]), TEXT, 0.1
    )
    assert rows.rejects == []
    (row,) = rows.figures
    assert row["figure_id"] == f"doc1:{TEXT.index('29')}"
    assert TEXT[row["char_start"] : row["char_end"]] == row["surface"]
    assert (row["low"], row["high"], row["low_open"]) == (29, 29, False)
    assert row["sentence"] == TEXT and row["date_basis"] == "stated"


def test_document_date_is_the_fallback_as_of() -> None:
    rows = validate_extraction("d", _extract([_fig("27 countries", 27)]), TEXT, 0.1)
    assert rows.figures[0]["as_of"] == date(2020, 6, 7)
    assert rows.figures[0]["date_basis"] == "document"


def test_impossible_records_are_rejected_naming_field_and_reason() -> None:
    bad = [
        _fig("29 medical expert teams", -29),
        _fig("27 countries", 27, period_start=date(2020, 5, 31), period_end=date(2020, 3, 1)),
        _fig("120 percent", 120, kind="percent", unit="percent", action="account"),
    ]
    rows = validate_extraction("d", _extract(bad), TEXT, 0.1)
    assert rows.figures == []
    reasons = " | ".join(r for _, r in rows.rejects)
    assert "value: Input should be greater than or equal to 0" in reasons
    assert "period ends (2020-03-01) before it starts (2020-05-31)" in reasons
    assert "over 100" in reasons
    assert [rec for rec, _ in rows.rejects][0].startswith("figure ")


def test_derived_rows_follow_their_figure_and_bad_ones_are_rejected() -> None:
    fig = _fig("29 medical expert teams", 29)
    ship = ShipmentHit(
        fig.char_start,
        "team",
        "China",
        "27 countries",
        "medical expert teams",
        29,
        None,
        None,
        None,
        None,
        None,
    )
    bad_count = CountHit(fig.char_start, "China", "", 29, "exact")  # nothing counted
    meeting = MeetingHit(0, 5, "As of", "x", None, None, "teleport")  # impossible format
    rows = validate_extraction(
        "d", _extract([fig], shipments=[ship], counts=[bad_count], meetings=[meeting]), TEXT, 0.1
    )
    assert rows.aid_shipments[0]["figure_id"] == rows.figures[0]["figure_id"]
    assert rows.counts == [] and rows.meetings == []
    assert {rec.split()[0] for rec, _ in rows.rejects} == {"count", "meeting"}


def test_a_date_the_extractor_took_from_the_document_is_marked_so() -> None:
    hit = _fig("27 countries", 27, as_of=date(2020, 6, 7), period_text=None)
    rows = validate_extraction("d", _extract([hit]), TEXT, 0.1)
    assert rows.figures[0]["date_basis"] == "document"
    stated = _fig("27 countries", 27, as_of=date(2020, 5, 31), period_text="As of May 31")
    assert validate_extraction("d", _extract([stated]), TEXT, 0.1).figures[0]["date_basis"] == (
        "stated"
    )


def test_a_republished_text_lends_its_dateline_to_no_figure() -> None:
    from flows.extract import extract_document

    text = (
        "Updated: 2020-07-15\n\nChina has sent 29 medical expert teams to 27 countries.\n\n"
        "(Originally appeared in Qiushi Journal, Chinese edition, No. 5, 2020)"
    )
    ex = extract_document(text)
    assert ex.meta.published_on == date(2020, 7, 15) and ex.meta.republished
    rows = validate_extraction("d", ex, text, 0.1)
    assert rows.figures and {r["as_of"] for r in rows.figures} == {None}
    assert {r["date_basis"] for r in rows.figures} == {"unknown"}
    plain = extract_document(text.rsplit("\n\n", 1)[0])
    assert {f.as_of for f in plain.figures} == {date(2020, 7, 15)}
