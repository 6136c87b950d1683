"""The Offers home's table: one line per offer, a red line per broken file, and a yellow
one per second version of an offer (a sync conflict)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from rich.cells import cell_len, get_character_cell_size
from rich.control import strip_control_codes
from rich.text import Text

from offertui.domain.company_name import short_company
from offertui.domain.stages import STAGE_LABELS
from offertui.domain.summary import OfferSummary, deadline_text
from offertui.domain.terminal_text import BLANKS
from offertui.domain.timing import SETTLED
from offertui.storage.store import BrokenFile, SyncConflict
from offertui.widgets.line_table import Cell, Column, LineTable, fit

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
        # Each shown offer's company as the table names it, for its conflicting copies.
        self._companies: dict[str, str] = {}

    def show(self, rows: list[OfferRow], now: datetime, keep: OfferRow | None = None) -> None:
        """Show `rows` as of `now`, the cursor staying on `keep` when it is among them."""
        self.now = now
        # The company takes what its longest name needs (the position is cut first):
        # at 80 columns, names that share their first few characters still differ.
        self._companies = {
            r.id: short_company(r.company) for r in rows if isinstance(r, OfferSummary)
        }
        names = list(self._companies.values()) + [
            self._conflict_name(r) for r in rows if isinstance(r, SyncConflict)
        ]
        wants = max((cell_len(name) for name in names), default=0) + 2  # room for ✓
        self.columns[0] = replace(COLUMNS[0], wants=wants, cut=NameCut(names))
        self.set_rows(rows, keep=None if keep is None else row_key(keep))

    def select_offer(self, offer_id: str) -> None:
        """Put the cursor on the offer `offer_id` (KeyError when it is not shown)."""
        self.move_cursor(row=self.get_row_index(offer_id))

    @property
    def selected(self) -> OfferRow | None:
        return self.cursor_value

    def _conflict_name(self, row: BrokenFile) -> str:
        """A second version says whose it is: a file name cut to the column did not.
        Named as its offer's row names the company, or, with no such row (the offer's
        own file holds the merge), from its file name, shortened the same way (the name
        begins with the company's, 株式会社 and all)."""
        offer = row.offer_id if isinstance(row, SyncConflict) else ""
        return self._companies.get(offer) or short_company(row.path.name)

    def _cells(self, row: OfferRow) -> list[Cell]:
        if not isinstance(row, OfferSummary):
            # A second version of an offer is to settle, not to repair.
            style, word = (
                ("yellow", "conflict") if isinstance(row, SyncConflict) else ("red", "broken")
            )
            return [
                Text(self._conflict_name(row), style=style),
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


MARK = "✓ "


class NameCut:
    """Cuts a company's name to its column so that it stays apart from the others.

    Names too long for the column are cut at the end, unless that makes two of them
    look alike ("サイバーエージェント東京" and "…大阪" both "サイバーエージ…"): then the
    part where they differ is kept, after the start of the name ("サイバー…東京")."""

    def __init__(self, names: Sequence[str]) -> None:
        # As the table shows them: control characters as blanks.
        self.names = list(dict.fromkeys(_shown(name) for name in names))
        self._cuts: dict[int, dict[str, list[str]]] = {}

    def _cut_to(self, width: int) -> dict[str, list[str]]:
        """The names by what they read as when cut to `width`: worked out once per
        width, not once per drawn row (a thousand offers made each row a thousand cuts)."""
        cuts = self._cuts.get(width)
        if cuts is None:
            cuts = {}
            for name in self.names:
                cuts.setdefault(fit(name, width), []).append(name)
            self._cuts[width] = cuts
        return cuts

    def __call__(self, text: str, width: int) -> str:
        if text.startswith(MARK) and width > len(MARK):
            return MARK + self(text[len(MARK) :], width - len(MARK))
        text = _shown(text)
        cut = fit(text, width)
        if cell_len(text) <= width:
            return cut
        alike = [name for name in self._cut_to(width).get(cut, ()) if name != text]
        if not alike:
            return cut
        # Where it first differs from the names it would be confused with.
        differs = min(len(_common_start(text, name)) for name in alike)
        rest = text[differs:]
        room = width - 1 - cell_len(rest)
        if room >= 2:
            return fit(_start(text, room) + "…" + rest, width)
        start = _start(text, max(2, width // 3))
        return start + "…" + fit(rest, width - cell_len(start) - 1)


def _shown(text: str) -> str:
    """`text` as a cell shows it: rich's Text drops some control characters (as
    `strip_control_codes` does, without making a Text for each of a thousand names)."""
    return strip_control_codes(text).translate(BLANKS)


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _start(text: str, cells: int) -> str:
    """As many of `text`'s first characters as fit in `cells` cells."""
    kept: list[str] = []
    used = 0
    for character in text:
        used += get_character_cell_size(character)
        if used > cells:
            break
        kept.append(character)
    return "".join(kept)


def _deadline_style(row: OfferSummary, today: date) -> str:
    if row.reply_deadline is None or row.stage in SETTLED:
        return ""
    days = (row.reply_deadline - today).days
    return "bold red" if days < 0 else "yellow" if days <= 2 else ""
