"""The Offers home: every offer at a glance, sorted by reply deadline."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from offertui.domain.stages import STAGE_LABELS
from offertui.domain.summary import OfferSummary, deadline_text
from offertui.domain.timing import SETTLED
from offertui.widgets.offer_table import Column, OfferTable

if TYPE_CHECKING:
    from offertui.app import OfferTUI
    from offertui.storage.store import BrokenFile

EMPTY_STATE = """\
[b]No offers yet.[/b]

Passed the final interview? Press [b]n[/b] and type the company and position.
offertui then walks you through the offer stage:

  [b]Prep[/b]      what you know, what you will ask, how you will negotiate
  [b]Meeting[/b]   live notes during the offer meeting (オファー面談)
  [b]Decision[/b]  red flags, pros and cons, your choice
  [b]Emails[/b]    polite drafts in English and Japanese

New to offer meetings? Open the [b]Guide[/b] (ctrl+p, "Guide"), or press
[b]g[/b] for the glossary of Japanese contract terms. [b]p[/b] sets your name
for emails, [b]F1[/b] lists the keys, and [b]ctrl+p[/b] finds any command.
"""


def _preload_offer_screens() -> None:
    """Import the screens of an offer while the home sits idle, so opening one does not
    wait for Python to load them (the imports take a good part of a first open)."""
    import offertui.screens.meeting
    import offertui.screens.overview
    import offertui.screens.prep  # noqa: F401


def _row_key(row: OfferSummary | BrokenFile) -> str:
    return row.id if isinstance(row, OfferSummary) else f"broken:{row.id}"


def _yen(amount: int | None) -> str:
    if amount is None:
        return "—"
    if amount >= 10_000:
        return f"¥{amount / 10_000:,.0f}万"
    return f"¥{amount:,}"


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


class OffersScreen(Screen[None]):
    """The home screen: a table of offers, with new, open, delete and filter."""

    HELP = (
        "Every offer, the nearest reply deadline first. Reply: when the company expects "
        "your answer. Pay: annual pay as far as known. Q: questions still open or unclear. "
        "⚑: red flags (the Decision screen lists them). Space marks offers, c compares "
        "the marked ones side by side (all of them when none is marked). "
        "Ready: how many of the eight key facts you have written down; the line under the "
        "table adds the letter, must-ask questions and doubts of the selected offer."
    )

    # Focused as the screen shows, not after: a later focus would move it off the
    # filter (the first focusable widget) and lay out the footer a second time.
    AUTO_FOCUS = "#offers-table"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", tooltip="Add an offer", id="offers.new"),
        Binding(
            "enter",
            "open",
            "Open",
            tooltip="Open the selected offer",
            id="offers.open",
            show=False,  # as with any list, enter opens; the footer keeps room for F1
        ),
        Binding(
            "d,delete",
            "delete",
            "Delete",
            tooltip="Move the offer to the trash",
            id="offers.delete",
        ),
        Binding(
            "slash", "filter", "Filter", tooltip="Filter offers as you type", id="offers.filter"
        ),
        Binding(
            "p",
            "app.profile",
            "Profile",
            tooltip="Your name, signature and theme",
            id="offers.profile",
            show=False,  # the footer fits 80 columns; F1 and the palette list it
        ),
        Binding(
            "g",
            "app.glossary",
            "Glossary",
            tooltip="Japanese offer and contract terms explained",
            id="offers.glossary",
            show=False,
        ),
        Binding(
            "space",
            "toggle_mark",
            "Mark",
            tooltip="Mark or unmark the offer for comparing",
            id="offers.mark",
        ),
        Binding(
            "m",
            "open_meeting",
            "Meeting",
            tooltip="Open the selected offer straight on its Meeting screen",
            id="offers.meeting",
            show=False,
        ),
        Binding(
            "c",
            "compare",
            "Compare",
            tooltip="The marked offers side by side (all when none is marked)",
            id="offers.compare",
        ),
        Binding(
            "escape",
            "clear_filter",
            "Clear filter",
            show=False,
            tooltip="Clear the filter",
            id="offers.clear_filter",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[OfferSummary] = []
        self.broken: list[BrokenFile] = []
        # Offers marked with space for comparing.
        self.marked: set[str] = set()
        self._calendar_ready = False
        self._resumed = False
        # The time the table's cells are worked out against (set on each fill).
        self._now = datetime.min

    @property
    def tui(self) -> OfferTUI:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Vertical(id="offers-body"):
            yield Label("Offers", id="offers-title")
            yield Input(
                placeholder="/ to filter by company, position or stage",
                id="offers-filter",
                compact=True,
            )
            yield OfferTable(COLUMNS, key=_row_key, cells=self._cells, id="offers-table")
            yield Static(EMPTY_STATE, id="offers-empty")
            yield Label("", id="offers-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        # Work that is not needed for the first frame waits until after it: the
        # offer screens' imports and CSS (so opening one is quicker) and the holiday
        # calendar for business days (~100 ms). All run on the event loop, not on a
        # thread: importing on a thread while the app starts risks an import deadlock.
        self.set_timer(0.15, _preload_offer_screens)
        self.set_timer(0.2, self.tui.preload_styles)
        self.set_timer(0.3, self._load_calendar)

    def _load_calendar(self) -> None:
        from offertui.domain.business_days import describe_deadline

        today = self.tui.now().date()
        describe_deadline(today, date(today.year + 1, 12, 31))
        self._calendar_ready = True
        self._show_detail()

    @property
    def calendar_ready(self) -> bool:
        """Whether the work left until after the first frame is done: deadlines in the
        line under the table now count business days."""
        return self._calendar_ready

    def on_screen_resume(self) -> None:
        # The first resume comes with the first mount, which has just read the folder.
        if self._resumed:
            self.reload()
        self._resumed = True

    def reload(self) -> None:
        """Read the offers folder again and refill the table."""
        self.summaries, self.broken = self.tui.store.scan()
        self.marked &= {s.id for s in self.summaries}
        self.summaries.sort(key=lambda s: (s.reply_deadline or date.max, s.company.lower()))
        self._fill()

    def _matches(self, text: str, needle: str) -> bool:
        return needle in text.casefold()

    @property
    def table(self) -> OfferTable[OfferSummary | BrokenFile]:
        return self.query_one("#offers-table", OfferTable)

    def _fill(self) -> None:
        needle = self.query_one("#offers-filter", Input).value.strip().casefold()
        rows: list[OfferSummary | BrokenFile] = [
            s
            for s in self.summaries
            if not needle
            or self._matches(
                f"{s.company} {s.position} {STAGE_LABELS.get(s.stage, s.stage)}", needle
            )
        ]
        rows += [b for b in self.broken if not needle or self._matches(f"{b.id} broken", needle)]
        # The table asks for a row's cells only when it draws the row, so a thousand
        # offers cost no more than a screenful here.
        self._now = self.tui.now()
        self.table.set_rows(rows, keep=self.selected_id)
        empty = not self.summaries and not self.broken
        self.query_one("#offers-empty").display = empty
        self.table.display = not empty
        if empty:
            self._focus_table()
            # Again once laid out: Textual moves focus off a widget it has just hidden.
            self.call_after_refresh(self._focus_table)
        self._show_detail()

    def _focus_table(self) -> None:
        # With no offers the table is hidden, and focus would fall to the filter: the n
        # that the empty state asks for would be typed there instead of adding an offer.
        self.set_focus(self.table if self.table.display else None)

    def _cells(self, row: OfferSummary | BrokenFile) -> list[Text | str]:
        if not isinstance(row, OfferSummary):
            return [
                Text(row.path.name, style="red"),
                Text(row.reason, style="red"),
                Text("broken", style="bold red"),
                *[""] * 5,
            ]
        now = self._now
        today = now.date()
        flags = row.red_flags(today, now)
        style = ""
        if row.reply_deadline is not None and row.stage not in SETTLED:
            days = (row.reply_deadline - today).days
            style = "bold red" if days < 0 else "yellow" if days <= 2 else ""
        return [
            # Text, not str: a company name is never read as markup.
            Text(f"✓ {row.company}" if row.id in self.marked else row.company),
            Text(row.position),
            STAGE_LABELS.get(row.stage, row.stage),
            Text(deadline_text(row.reply_deadline, today), style=style),
            _yen(row.annual_pay),
            str(row.open_questions),
            Text(str(flags), style="bold red" if flags else ""),
            row.readiness.facts_text,
        ]

    @property
    def selected_id(self) -> str | None:
        return self.table.cursor_key

    def _show_detail(self) -> None:
        detail = self.query_one("#offers-detail", Label)
        selected = self.selected_id
        if selected and selected.startswith("broken:"):
            broken = next((b for b in self.broken if f"broken:{b.id}" == selected), None)
            detail.update(
                Text(f"{broken} — left untouched; fix it in an editor.", style="red")
                if broken
                else ""
            )
        else:
            row = next((s for s in self.summaries if s.id == selected), None)
            if row is None:
                needle = self.query_one("#offers-filter", Input).value.strip()
                shown = self.table.row_count or not needle
                detail.update("" if shown else f"No offer matches “{needle}”; escape clears.")
                return
            parts = []
            if row.reply_deadline is not None and self._calendar_ready:
                from offertui.domain.business_days import describe_deadline, profile_closure

                closure = profile_closure(self.tui.profile.new_year_closure)
                when = describe_deadline(self.tui.now().date(), row.reply_deadline, closure)
                parts.append(f"Reply {when}")
            parts.append(f"Prep: {' · '.join(row.readiness.parts())}")
            detail.update("  |  ".join(parts))

    @on(OfferTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    @on(OfferTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    @on(Input.Changed, "#offers-filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#offers-filter")
    def _filter_done(self) -> None:
        self._focus_table()

    def action_filter(self) -> None:
        self.query_one("#offers-filter", Input).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#offers-filter", Input)
        field.value = ""
        self._focus_table()

    def action_open_meeting(self) -> None:
        selected = self.selected_id
        if selected is not None and not selected.startswith("broken:"):
            self.tui.open_offer(selected, "meeting")

    def action_open(self) -> None:
        selected = self.selected_id
        if selected is None:
            return
        if selected.startswith("broken:"):
            self.tui.open_offer(selected.removeprefix("broken:"))
        else:
            self.tui.open_offer(selected)

    def action_toggle_mark(self) -> None:
        selected = self.selected_id
        if selected is None or selected.startswith("broken:"):
            return
        self.marked ^= {selected}
        self._fill()

    def action_compare(self) -> None:
        from offertui.screens.compare import load_offers, show_compare

        ids = [s.id for s in self.summaries if s.id in self.marked]
        if len(ids) == 1:
            self.notify("Mark at least two offers with space, or none to compare them all.")
            return
        show_compare(self.tui, load_offers(self.tui, ids or [s.id for s in self.summaries]))

    def action_export_brief(self) -> None:
        from offertui.screens.compare import load_offers
        from offertui.screens.export import export_brief

        selected = self.selected_id
        offers = load_offers(self.tui, [selected]) if selected else []
        if not offers:
            self.notify("Select an offer that can be read to export its brief.")
            return
        export_brief(self.tui, offers[0])

    def action_new(self) -> None:
        from offertui.screens.dialogs import NewOfferDialog

        def create(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            try:
                offer = self.tui.store.create(*answer)
            except OSError as error:
                self.notify(f"Could not add the offer: {error}", severity="error")
                return
            self.reload()
            # Back on the home, the new offer is the one selected.
            self.table.move_cursor(row=self.table.get_row_index(offer.id))
            self.tui.open_offer(offer.id)

        self.app.push_screen(NewOfferDialog(), create)

    def action_delete(self) -> None:
        from offertui.screens.dialogs import ConfirmDialog
        from offertui.storage.store import StoreError

        selected = self.selected_id
        if selected is None:
            return
        offer_id = selected.removeprefix("broken:")
        row = next((s for s in self.summaries if s.id == offer_id), None)
        name = f"{row.company} — {row.position}" if row else f"{offer_id}.toml"

        def delete(yes: bool | None) -> None:
            if not yes:
                return
            try:
                target = self.tui.store.trash(offer_id)
            except (StoreError, OSError) as error:
                self.notify(f"Not deleted: {error}", severity="error")
                return
            self.notify(f"Moved to the trash: {target.parent.name}/{target.name}")
            self.reload()

        self.app.push_screen(
            ConfirmDialog(
                "Delete this offer?",
                f"{name}\n\nThe file moves to the trash folder, where you can restore it "
                "by moving it back into offers/.",
                yes="Delete",
            ),
            delete,
        )
