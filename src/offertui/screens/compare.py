"""Compare: two or more offers side by side, the best value in each row marked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Label

from offertui.base_app import OfferAppBase
from offertui.commands import bindings
from offertui.domain.compare import Cell, Comparison, compare
from offertui.domain.offer import Offer
from offertui.domain.terminal_text import visible
from offertui.resources import stylesheet
from offertui.storage.store import BrokenFile, StoreError
from offertui.widgets.fitting_footer import QuickFooter

#: The mark before the best value of a row.
BEST = "★"
LABEL_WIDTH = 14
# Offer columns share the width, but never so narrow that text wraps word by word,
# nor so wide that two offers cannot sit side by side at 80 columns.
MIN_COLUMN = 22
MAX_COLUMN = 40
# Stages whose offers are left out when comparing "with the others".
_CLOSED = ("declined", "withdrawn")


def load_offers(app: OfferAppBase, ids: Iterable[str]) -> list[Offer]:
    """The offers with these ids: as edited in this app if open, else as on disk.

    Files that cannot be read are left out (the Offers home shows them as broken).
    """
    offers: list[Offer] = []
    for offer_id in ids:
        session = app.sessions.get(offer_id)
        if session is not None:
            offers.append(session.offer)
            continue
        try:
            offers.append(app.store.load(offer_id))
        except (BrokenFile, StoreError, OSError):
            continue
    return offers


def show_compare(app: OfferAppBase, offers: list[Offer]) -> None:
    """Push the comparison of `offers`, or say why there is nothing to compare."""
    if len(offers) < 2:
        app.notify("Comparing needs at least two offers that can be read.", severity="warning")
        return
    app.push_screen(CompareScreen(offers))


def compare_with_others(app: OfferAppBase, offer: Offer) -> None:
    """`offer` first, then every other offer still open (not declined or withdrawn)."""
    others = [
        o for o in load_offers(app, app.store.ids()) if o.id != offer.id and o.stage not in _CLOSED
    ]
    if not others:
        app.notify("There is no other open offer to compare with.", severity="warning")
        return
    show_compare(app, [offer, *others])


class CompareScreen(Screen[None]):
    """A table with a column per offer; ★ marks the best pay, time left, fewest flags."""

    CSS_PATH = stylesheet("compare")
    HELP = (
        "A column per offer, a row per thing to weigh. ★ marks the best value of a row: "
        "the higher pay, the most time left to reply, the fewest open questions and red "
        "flags. Rows of text have no best; those are yours to weigh. Arrow keys scroll "
        "when the offers do not fit."
    )
    BINDINGS: ClassVar[list[BindingType]] = [*bindings("compare")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("compare",)

    def __init__(self, offers: list[Offer]) -> None:
        super().__init__()
        self.offers = offers
        self.comparison: Comparison | None = None

    app = getters.app(OfferAppBase)

    def compose(self) -> ComposeResult:
        with Vertical(id="compare"):
            yield Label(f"Compare {len(self.offers)} offers", id="compare-title")
            yield DataTable(
                id="compare-table",
                cursor_type="none",
                fixed_columns=1,
                zebra_stripes=True,
                show_cursor=False,
            )
            yield Label(f"{BEST} best in the row · ←→↑↓ scroll · esc back", id="compare-legend")
        yield QuickFooter()

    def on_mount(self) -> None:
        now = self.app.now()
        self.comparison = compare(self.offers, now.date(), now)
        self._fill()
        self.query_one(DataTable).focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._fill())

    def on_resize(self) -> None:
        if self.comparison is not None:
            self._fill()

    def _column_width(self) -> int:
        table = self.query_one(DataTable)
        count = max(1, len(self.offers))
        padding = 2 * table.cell_padding * (count + 1)
        free = (self.size.width or 80) - LABEL_WIDTH - padding - 2
        return max(MIN_COLUMN, min(MAX_COLUMN, free // count))

    @staticmethod
    def _cell(cell: Cell, best_style: Style) -> Text:
        # Rich text, not markup: the user's words wrap in their column and any
        # brackets in them stay brackets.
        if cell.best:
            return Text(f"{BEST} {visible(cell.text)}", style=best_style)
        return Text(visible(cell.text))

    def _fill(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        table = self.query_one(DataTable)
        table.clear(columns=True)
        width = self._column_width()
        # The theme's colour for good news, so the mark follows the theme.
        colour = self.app.get_css_variables().get("text-success")
        best_style = Style(bold=True, color=colour)
        table.add_column("", key="label", width=LABEL_WIDTH)
        for index, heading in enumerate(comparison.headings):
            table.add_column(
                Text(visible(heading, keep=""), style="bold"), key=f"offer-{index}", width=width
            )
        # The headings name the companies; the row repeats them only when a name is cut.
        names_fit = all(cell_len(heading) <= width for heading in comparison.headings)
        for row in comparison.rows:
            if row.key == "company" and names_fit:
                continue
            table.add_row(
                Text(row.label, style="bold"),
                *(self._cell(cell, best_style) for cell in row.cells),
                key=row.key,
                height=None,
            )

    def action_back(self) -> None:
        self.app.pop_screen()
