"""Numbers in tables: what a cell counts is in its column header or its row label, not in the
words after it, so the figure pass asks here before giving up on a bare number.

Two table forms occur in the genre:

- pipe tables (Markdown trackers): ``| Country | Masks | Test kits |`` over a ``|---|---:|``
  rule, then one row per line;
- column tables (PDF extracts, plain-text releases): a header line and rows whose fields are
  set apart by runs of two or more spaces (``Masks      70,600     million``).

A cell's item is its column header ("Masks"), unless that header only says "how many"
("Quantity", "Amount", "Number", …): then the row label is the item ("Masks" in a table of
items). A ``Unit`` column or a header such as "Masks (million)" gives the scale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from flows.extract.numbers import CURRENCY_PREFIX, CURRENCY_SUFFIX, SCALES

# A Markdown table's rule line: "|---|:--:|---:|", with or without the outer pipes.
_PIPE_RULE: Final = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
)
# Fields of a column table: runs of non-space text set apart by two or more spaces.
_FIELD: Final = re.compile(r"\S+(?: \S+)*")
# A field that is one number as a table writes it: "70,600", "40.29", "1 500".
_NUMBER_FIELD: Final = re.compile(r"[*_]{0,2}[0-9][0-9,. \u00a0]*[*_]{0,2}")
# Headers that say "how many", not "of what": the row label is then the item.
_HOW_MANY: Final = frozenset(
    ("quantity", "quantities", "amount", "amounts", "number", "numbers", "no.", "count", "total")
    + ("totals", "volume", "value", "values", "figure", "figures", "qty", "units")
)
_UNIT_HEADERS: Final = frozenset(("unit", "units", "unit of measure", "measure"))
_SCALE_IN_HEADER: Final = re.compile(
    r"\((?:in\s+)?(hundred|thousand|million|billion|trillion)s?\b", re.I
)


@dataclass(frozen=True, slots=True)
class Cell:
    item: str  # what the number counts: the column header or, in a table of items, the row label
    label: str  # the row's label ("Italy", "Masks")
    scale: float  # 1e6 when the row's unit or the column header says million
    caption: tuple[int, int] | None = None  # the line over the table ("Table 1  Exports of …")
    currency: str | None = None  # "Cash (US$)": the column holds sums of money in this currency


def table_cells(text: str) -> dict[int, Cell]:
    """Every number in a table row of ``text``, by the offset where the number starts."""
    if "|" not in text and "   " not in text:
        return {}  # most documents: no table at all (a C-speed test)
    cells: dict[int, Cell] = {}
    lines = _lines(text)
    i = 0
    while i < len(lines):
        i = max(i + 1, _pipe_table(text, lines, i, cells), _column_table(text, lines, i, cells))
    return cells


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end exclusive, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _pipe_table(text: str, lines: list[tuple[int, int]], i: int, cells: dict[int, Cell]) -> int:
    """Read a pipe table whose header is line ``i``; the index after it (``i`` when none)."""
    if i + 1 >= len(lines) or "|" not in text[lines[i][0] : lines[i][1]]:
        return i
    if not _PIPE_RULE.match(text[lines[i + 1][0] : lines[i + 1][1]]):
        return i
    header = [h for _, _, h in _pipe_fields(text, *lines[i])]
    caption = _caption(text, lines, i)
    j = i + 2
    while j < len(lines) and text.count("|", *lines[j]) >= 1:
        row = _pipe_fields(text, *lines[j])
        if row:
            _row(text, header, row, None, cells, caption)
        j += 1
    return j


def _pipe_fields(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell of a pipe-table line."""
    line = text[a:b]
    inner_a = line.find("|") + 1 if line.lstrip().startswith("|") else 0
    inner_b = line.rfind("|") if line.rstrip().endswith("|") else len(line)
    out, pos = [], a + inner_a
    for part in line[inner_a:inner_b].split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip()), part.strip().strip("*_").strip()))
        pos += len(part) + 1
    return out


def _column_table(text: str, lines: list[tuple[int, int]], i: int, cells: dict[int, Cell]) -> int:
    """Read a column table whose header is line ``i``: at least two words set apart by 2+
    spaces and no number, then rows with as many fields and a number. The index after it."""
    header = _column_fields(text, *lines[i])
    if len(header) < 2 or any(_is_number(h) for _, _, h in header):
        return i
    caption = _caption(text, lines, i)
    j = i + 1
    while j < len(lines):
        row = _column_fields(text, *lines[j])
        if len(row) < 2 or len(row) > len(header) + 1 or not any(_is_number(f) for _, _, f in row):
            break
        _row(text, [h for _, _, h in header], row, _unit_field(header, row), cells, caption)
        j += 1
    return j if j > i + 1 else i


def _column_fields(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    line = text[a:b]
    if "  " not in line.strip():
        return []  # one field: prose, not a table row
    return [(a + m.start(), a + m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _unit_field(header: list[tuple[int, int, str]], row: list[tuple[int, int, str]]) -> str:
    """The row's value in a Unit column ("million pairs"), "" when the table has none."""
    for k, (_, _, h) in enumerate(header):
        if h.lower() in _UNIT_HEADERS and k < len(row) and not _is_number(row[k][2]):
            return row[k][2]
    return ""


def _row(
    text: str,
    header: list[str],
    row: list[tuple[int, int, str]],
    unit: str | None,
    cells: dict[int, Cell],
    caption: tuple[int, int] | None = None,
) -> None:
    label = next((f for _, _, f in row if f and not _is_number(f)), "")
    for k, (a, _, field) in enumerate(row):
        if not _is_number(field) or k >= len(header):
            continue
        head = header[k]
        if head.lower() in _UNIT_HEADERS or head.lower() in ("date", "year", "day"):
            continue
        item = label if head.lower() in _HOW_MANY or not head else _strip_scale(head)
        scale = _scale(unit or "") or _scale_in_header(head)
        currency = _currency(head)
        raw = text[a : a + 8]  # the number starts after any bold/italic marks still there
        start = a + len(raw) - len(raw.lstrip("*_ "))
        cells[start] = Cell(item, label, scale, caption, currency)


def _caption(text: str, lines: list[tuple[int, int]], header: int) -> tuple[int, int] | None:
    """The title over a table's header: the first non-empty line within six lines above it,
    with the line before that when the title runs over two ("… countries,\n1 March – 31 May")."""
    for k in range(header - 1, max(-1, header - 7), -1):
        a, b = lines[k]
        if text[a:b].strip():
            if k > 0 and text[lines[k - 1][0] : lines[k - 1][1]].strip():
                a = lines[k - 1][0]
            return a, b
    return None


def _is_number(field: str) -> bool:
    return bool(field) and _NUMBER_FIELD.fullmatch(field) is not None


def _scale(unit: str) -> float:
    """1e6 for a unit that starts "million" ("million pairs"); 1 otherwise."""
    first = unit.split()[0].lower() if unit.split() else ""
    return SCALES.get(first, 1.0) if first in ("hundred", "thousand", "million", "billion") else 1.0


def _scale_in_header(head: str) -> float:
    m = _SCALE_IN_HEADER.search(head)
    return SCALES[m.group(1).lower()] if m else 1.0


_CURRENCY_IN_HEADER: Final = re.compile(
    r"US\$|USD|RMB|CNY|yuan|€|EUR|euros?|£|GBP|JPY|yen|rubles?|roubles?|RUB", re.IGNORECASE
)


def _currency(head: str) -> str | None:
    """ "Cash (US$)", "Amount (RMB)": the currency a column's sums are in."""
    m = _CURRENCY_IN_HEADER.search(head)
    if m is None:
        return None
    said = m.group().lower()  # every word the pattern finds is written before or after a number
    return CURRENCY_PREFIX.get(said) or CURRENCY_SUFFIX[said]


def _strip_scale(head: str) -> str:
    """ "Masks (million)" -> "Masks"."""
    return _SCALE_IN_HEADER.sub("", head).strip(" ()")
