"""Numbers in tables take what they count from the column header or the row label."""

from __future__ import annotations

from flows.extract import extract_document
from flows.extract.tables import table_cells

PIPE = """Chinese deliveries to Europe (tracker)

| Country | Masks | Test kits | Date |
|---|---:|---:|---|
| Italy | 2,000,000 | 50,000 | 2020-03-28 |
| Serbia | 1,500,000 | 100,000 | 2020-03-21 |
| **Total** | **3,500,000** | **150,000** | |
"""

COLUMNS = """Table 1  Exports of major anti-epidemic supplies, March 1 - May 31, 2020

  Item                         Quantity     Unit
  Masks                          70,600     million
  Ventilators                    96,700     units
  Infrared thermometers           40.29     million

  Source: General Administration of Customs of China.
"""


def test_pipe_table_cells_count_their_column_and_the_total_row_is_a_total() -> None:
    figs = {(f.value, f.item, f.qualifier) for f in extract_document(PIPE).figures}
    assert (2_000_000, "Masks", "exact") in figs
    assert (100_000, "Test kits", "exact") in figs
    assert (3_500_000, "Masks", "total") in figs
    assert not any(f[0] in (2020, 3, 28) for f in figs)  # the Date column holds no figures


def test_column_table_rows_name_the_item_and_the_unit_column_the_scale() -> None:
    figs = {(f.value, f.item) for f in extract_document(COLUMNS).figures}
    want = {(70_600e6, "Masks"), (96_700, "Ventilators"), (40.29e6, "Infrared thermometers")}
    assert want <= figs


def test_prose_and_lists_are_not_tables() -> None:
    prose = "China sent 30 teams.  It also sent 20 ventilators.\nThe two sides  agreed.\n"
    assert table_cells(prose) == {}
    assert table_cells("• Masks: 200,000\n• Suits: 100\n") == {}


def test_a_table_takes_its_action_and_period_from_its_title() -> None:
    prose = "From March 1 to May 31, 2020, China exported 70.6 billion masks to the world."
    table = {f.item: f for f in extract_document(COLUMNS).figures}
    (said,) = extract_document(prose).figures
    masks = table["Masks"]
    assert masks.claim_key == said.claim_key != ""  # both "export|mask||": one claim
    assert (masks.period_start, masks.period_end) == (said.period_start, said.period_end)
    recipients = {f.recipient for f in extract_document(
        "Chinese donations to Europe\n\n" + PIPE.split("\n\n", 1)[1]).figures}  # fmt: skip
    assert {"Italy", "Serbia"} <= recipients and "Total" not in recipients


def test_an_html_table_row_is_one_line_and_a_cash_column_holds_money() -> None:
    from flows.reading import blank_html

    html = (
        "<p>Chinese government donations, 1 March &ndash; 31 May 2020</p>\n<table>\n"
        "<tr>\n  <th>Country</th>\n  <th>Surgical masks</th>\n  <th>Cash (US$)</th>\n</tr>\n"
        "<tr>\n  <td>Peru</td>\n  <td>210,000</td>\n  <td>1,000,000</td>\n</tr>\n"
        "<tr>\n  <td><b>Total</b></td>\n  <td><b>210,000</b></td>\n  <td>1,000,000</td>\n</tr>\n"
        "</table>\n<p>Rates: 70 per 100,000 population.</p>\n"
    )
    text = blank_html(html)
    assert len(text) == len(html)  # offsets are the file's
    found = extract_document(text).figures
    masks = [f for f in found if f.item == "Surgical masks"]
    cash = [f for f in found if f.kind == "money"]
    assert [(f.value, f.recipient) for f in masks][:1] == [(210_000, "Peru")]
    assert cash and cash[0].unit == "USD" and cash[0].value == 1_000_000
    assert all(f.claim_key == "" for f in found if f.qualifier == "total")  # table totals
    assert not any(f.value == 100_000 for f in found)  # the base of a rate is no figure
