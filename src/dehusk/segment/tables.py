"""Tell data tables from layout tables, and read a data table's cells."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# A table whose cells hold this many characters is page layout, not data:
# old sites put whole articles in <td>. (Value chosen on the aeb pages.)
MAX_DATA_CELL_CHARS = 400
MAX_DATA_ROWS = 2_000


def table_rows(table: LexborNode) -> list[list[str]] | None:
    """The rows of a data table as lists of cell texts, or None for layout."""
    if table.css_first("table table, table p, table ul, table h1, table h2, table h3") is not None:
        return None
    rows: list[list[str]] = []
    for tr in table.css("tr"):
        cells = [" ".join((cell.text(deep=True) or "").split()) for cell in tr.css("td, th")]
        if any(len(c) > MAX_DATA_CELL_CHARS for c in cells):
            return None
        if any(cells):
            rows.append(cells)
        if len(rows) > MAX_DATA_ROWS:
            return None
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None  # one row or one column: text in a box, segment it normally
    return rows
