"""The Offers home's table: one line per offer, a red line per broken file, and a yellow
one per second version of an offer (a sync conflict)."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from rich.cells import cell_len
from rich.text import Text

from offertui.domain.company_name import short_company
from offertui.domain.stages import STAGE_LABELS
from offertui.domain.summary import OfferSummary, deadline_text
from offertui.domain.timing import SETTLED
from offertui.storage.store import BrokenFile, SyncConflict
from offertui.widgets.line_table import Cell, Column, LineTable

#: A row of the table: an offer's summary, or a file that could not be read.
OfferRow = OfferSummary | BrokenFile

# The columns: company and position share the width the others leave.
COLUMNS = (
    Column("Company"),
    Column("Position"),
    Column("Stage", 11),
    Column("Reply", 11),
    Column("Pay", 8),
    Column("Q", 2),
    Column("⚑", 2),
    Column("Ready", 5),
)


class BrokenKey(NamedTuple):
    """The key of a broken file's row: an offer and a broken file may share an id."""

    id: str


def row_key(row: OfferRow) -> Hashable:
    """An offer's row is keyed by its id; a broken file's by a BrokenKey."""
    return row.id if isinstance(row, OfferSummary) else BrokenKey(row.id)


def yen_cell(amount: int | None) -> str:
    if amount is None:
        return "—"
    if amount >= 10_000:
        return f"¥{amount / 10_000:,.0f}万"
    return f"¥{amount:,}"


class OffersTable(LineTable[OfferRow]):
    """Every offer as a line: company, position, stage, reply, pay, questions, flags,
    facts known. Offers marked for comparing carry a ✓."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(COLUMNS, key=row_key, cells=self._cells, id=id)
        self.marked: set[str] = set()
        # The time the cells are worked out against (set on each fill).
        self.now = datetime.min

    def show(self, rows: list[OfferRow], now: datetime, keep: OfferRow | None = None) -> None:
        """Show `rows` as of `now`, the cursor staying on `keep` when it is among them."""
        self.now = now
        # The company takes what its longest name needs (the position is cut first):
        # at 80 columns, names that share their first few characters still differ.
        names = [short_company(r.company) for r in rows if isinstance(r, OfferSummary)]
        wants = max((cell_len(name) for name in names), default=0) + 2  # room for ✓
        self.columns[0] = replace(COLUMNS[0], wants=wants)
        self.set_rows(rows, keep=None if keep is None else row_key(keep))

    def select_offer(self, offer_id: str) -> None:
        """Put the cursor on the offer `offer_id` (KeyError when it is not shown)."""
        self.move_cursor(row=self.get_row_index(offer_id))

    @property
    def selected(self) -> OfferRow | None:
        return self.cursor_value

    def _cells(self, row: OfferRow) -> list[Cell]:
        if not isinstance(row, OfferSummary):
            # A second version of an offer is to settle, not to repair.
            style, word = (
                ("yellow", "conflict") if isinstance(row, SyncConflict) else ("red", "broken")
            )
            return [
                Text(row.path.name, style=style),
                Text(row.reason, style=style),
                Text(word, style=f"bold {style}"),
                *[""] * 5,
            ]
        today = self.now.date()
        flags = row.red_flags(today, self.now)
        company = short_company(row.company)
        return [
            # Text, not str: a company name is never read as markup. Without its legal
            # form (株式会社, K.K.), so that names differ in a narrow column.
            Text(f"✓ {company}" if row.id in self.marked else company),
            Text(row.position),
            STAGE_LABELS.get(row.stage, row.stage),
            Text(deadline_text(row.reply_deadline, today), style=_deadline_style(row, today)),
            yen_cell(row.annual_pay),
            str(row.open_questions),
            Text(str(flags), style="bold red" if flags else ""),
            row.readiness.facts_text,
        ]


def _deadline_style(row: OfferSummary, today: date) -> str:
    if row.reply_deadline is None or row.stage in SETTLED:
        return ""
    days = (row.reply_deadline - today).days
    return "bold red" if days < 0 else "yellow" if days <= 2 else ""
