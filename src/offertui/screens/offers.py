"""The Offers home: every offer at a glance, sorted by reply deadline."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, getters, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Label

from offertui.base_app import OfferAppBase
from offertui.commands import bindings
from offertui.domain.stages import STAGE_LABELS
from offertui.domain.summary import OfferSummary
from offertui.screens.home_typing import NOTICE, HomeTyping
from offertui.screens.preload import preload_offer_screens, preload_other_screens
from offertui.storage.store import BrokenFile, StoreError, SyncConflict
from offertui.widgets.due_line import DueLine
from offertui.widgets.fitting_footer import QuickFooter
from offertui.widgets.line_table import LineTable
from offertui.widgets.offer_detail import OfferDetail, business_deadline
from offertui.widgets.offers_table import OfferRow, OffersTable
from offertui.widgets.welcome import Welcome


class OffersScreen(Screen[None]):
    """The home screen: a table of offers, with new, open, delete and filter."""

    HELP = (
        "Every offer, the nearest reply deadline first. The line above the table says what "
        "is due today and in the next days (`offertui due` prints the same). Reply: when "
        "the company expects your answer. Pay: annual pay as far as known. Q: questions "
        "still open or unclear. "
        "⚑: red flags (the Decision screen lists them). Press {key:mark} to mark offers and "
        "{key:compare} to compare the marked ones side by side (all of them when none is "
        "marked). "
        "Ready: how many of the eight key facts you have written down; the line under the "
        "table adds the letter, must-ask questions and doubts of the selected offer."
    )

    # Focused as the screen shows, not after: a later focus would move it off the
    # filter (the first focusable widget) and lay out the footer a second time.
    AUTO_FOCUS = "#offers-table"

    # Open runs as its key arrives (a priority binding), as the F-keys and m do: as an
    # ordinary binding it ran only once the table had passed the key back up, after the
    # keys typed right behind it had gone to the table and been lost.
    BINDINGS: ClassVar[list[BindingType]] = [
        replace(b, priority=True) if b.id == "open" else b for b in bindings("home")
    ]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("home",)

    app = getters.app(OfferAppBase)

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[OfferSummary] = []
        self.broken: list[BrokenFile] = []
        self._calendar_ready = False
        self._due_shown = False
        self._resumed = False
        self._typing = HomeTyping()
        # What delete moved to the trash in this run, last deleted last: (id, where,
        # its name as the home shows it).
        self._deleted: list[tuple[str, Path, str]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="offers-body"):
            yield Label("Offers", id="offers-title")
            yield DueLine(id="offers-due")
            yield Input(
                placeholder="/ to filter by company, position or stage",
                id="offers-filter",
                compact=True,
                select_on_focus=False,
            )
            yield OffersTable(id="offers-table")
            # The welcome names the keys the user has.
            yield Welcome(lambda name: self.app.how_to(name, "home"), id="offers-empty")
            yield OfferDetail("", id="offers-detail")
        yield QuickFooter()

    def on_mount(self) -> None:
        # The table first: the Due line reads every offer's timeline, and waits until
        # the first frame is on screen.
        self.reload(due_after_frame=True)
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        # Work that is not needed for the first frame waits until after it: the
        # offer screens' imports and CSS (so opening one is quicker) and the holiday
        # calendar for business days (~100 ms), all on the event loop. Counted from
        # the first frame, not from the mount: on a busy machine that frame can take
        # longer than these delays, and the imports would then come before it.
        self.set_timer(0.15, preload_offer_screens)
        self.set_timer(0.2, self.app.preload_styles)
        self.set_timer(0.3, self._load_calendar)
        self.app.set_timer(1.0, partial(preload_other_screens, self.app))

    def take_typing(self, event: events.Key) -> bool:
        """Whether `event`, arriving, is part of a sentence typed on the home: refused,
        with a notice, instead of run as a command (see `home_typing`)."""
        if isinstance(self.focused, Input):
            return False  # the filter takes the letters
        if not self._typing.refuses(event, is_command=event.key in self.active_bindings):
            return False
        if self._typing.should_tell():
            self.notify(NOTICE, severity="warning", timeout=4)
        return True

    def _load_calendar(self) -> None:
        today = self.app.now().date()
        business_deadline(today, date(today.year + 1, 12, 31))
        self._calendar_ready = True
        self._show_detail()

    @property
    def calendar_ready(self) -> bool:
        """Whether the work left until after the first frame is done: the Due line is
        shown and deadlines in the line under the table now count business days."""
        return self._calendar_ready and self._due_shown

    def on_screen_resume(self) -> None:
        # The first resume comes with the first mount, which has just read the folder.
        if self._resumed:
            self.reload()
        self._resumed = True

    def reload(self, *, due_after_frame: bool = False) -> None:
        """Read the offers folder again and refill the table (and the Due line, at
        once or, with `due_after_frame`, once the table is on screen)."""
        self.summaries, self.broken = self.app.store.scan()
        self.table.marked &= {s.id for s in self.summaries}
        self.summaries.sort(key=lambda s: (s.reply_deadline or date.max, s.company.lower()))
        if due_after_frame:
            self.call_after_refresh(self._show_due)
        else:
            self._show_due()
        self._fill()

    def _show_due(self) -> None:
        """The line at the top: what is due, as `offertui due` says it."""
        # Imported here, after the first frame (see on_mount), not before it.
        from offertui.domain.due import due_items
        from offertui.storage.due import store_timelines

        timelines, _unreadable = store_timelines(self.app.store, self.summaries)
        self.query_one(DueLine).show(due_items(timelines, self.app.now()))
        self._due_shown = True

    @property
    def table(self) -> OffersTable:
        return self.query_one("#offers-table", OffersTable)

    @property
    def marked(self) -> set[str]:
        """The offers marked with space for comparing."""
        return self.table.marked

    def _fill(self) -> None:
        needle = self.query_one("#offers-filter", Input).value.strip().casefold()
        rows: list[OfferRow] = [
            s
            for s in self.summaries
            if not needle
            or needle in f"{s.company} {s.position} {STAGE_LABELS.get(s.stage, s.stage)}".casefold()
        ]
        rows += [b for b in self.broken if not needle or needle in f"{b.id} broken".casefold()]
        # The table asks for a row's cells only when it draws the row, so a thousand
        # offers cost no more than a screenful here.
        self.table.show(rows, self.app.now(), keep=self.table.selected)
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

    @property
    def selected_offer(self) -> OfferSummary | None:
        """The offer under the cursor; None on a broken file or an empty table."""
        row = self.table.selected
        return row if isinstance(row, OfferSummary) else None

    @property
    def selected_id(self) -> str | None:
        """The id of the offer under the cursor (None on a broken file)."""
        row = self.selected_offer
        return None if row is None else row.id

    def _show_detail(self) -> None:
        self.query_one(OfferDetail).show(
            self.table.selected,
            today=self.app.now().date(),
            closure=self.app.profile.new_year_closure,
            business_days=self._calendar_ready,
            needle=self.query_one("#offers-filter", Input).value.strip(),
            table_empty=not self.table.row_count,
        )

    @on(LineTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    @on(LineTable.RowSelected)
    async def _selected(self) -> None:
        await self.action_open()

    @on(Input.Changed, "#offers-filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#offers-filter")
    def _filter_done(self) -> None:
        self._focus_table()

    def action_find(self) -> None:
        self.query_one("#offers-filter", Input).focus()

    def action_back(self) -> None:
        """Escape on the list: clear the filter."""
        field = self.query_one("#offers-filter", Input)
        field.value = ""
        self._focus_table()

    def action_goto(self, name: str) -> None:
        """Open the selected offer straight on its screen `name` (m: the Meeting)."""
        selected = self.selected_id
        if selected is not None:
            self.app.open_offer(selected, name)

    async def action_open(self) -> None:
        # As a priority binding this runs as the key arrives, which can be before the
        # home is mounted and its table filled (enter pressed as the app starts).
        give_up = asyncio.get_running_loop().time() + 2.0
        while not self.is_mounted and self.is_attached:
            if asyncio.get_running_loop().time() > give_up:
                return
            await asyncio.sleep(0.005)
        if isinstance(self.focused, Input):
            raise SkipAction  # enter in the filter ends the filter (see _filter_done)
        row = self.table.selected
        if isinstance(row, SyncConflict):
            self._settle(row)
        elif row is not None:
            # A broken file opens too: the dialog says what is wrong with it.
            self.app.open_offer(row.id)

    def _settle(self, conflict: SyncConflict) -> None:
        """Compare the two versions of an offer and keep one (never open the copy)."""
        from offertui.screens.versions import VersionsDialog  # off the start-up path

        def kept(dropped: Path | None) -> None:
            if dropped is not None:
                self.notify(
                    f"Kept one version of {conflict.offer_id}; the other is in "
                    f"trash/{dropped.name}.",
                    title="Conflict settled",
                    markup=False,
                )
                self.reload()

        try:
            dialog = VersionsDialog(self.app.store, conflict)
        except OSError as error:
            self.notify(f"Could not read {conflict.path.name}: {error}", severity="error")
            return
        self.app.push_screen(dialog, kept)

    def action_mark(self) -> None:
        selected = self.selected_id
        if selected is None:
            return
        self.table.marked ^= {selected}
        self._fill()

    def action_compare(self) -> None:
        from offertui.screens.compare import load_offers, show_compare  # off the start-up path

        ids = [s.id for s in self.summaries if s.id in self.marked]
        if len(ids) == 1:
            self.notify("Mark at least two offers with space, or none to compare them all.")
            return
        show_compare(self.app, load_offers(self.app, ids or [s.id for s in self.summaries]))

    def action_export_brief(self) -> None:
        # Off the start-up path: the brief and the comparison import most of the domain.
        from offertui.screens.compare import load_offers
        from offertui.screens.export import export_brief

        selected = self.selected_id
        offers = load_offers(self.app, [selected]) if selected else []
        if not offers:
            self.notify("Select an offer that can be read to export its brief.")
            return
        export_brief(self.app, offers[0])

    def action_new_offer(self) -> None:
        # The dialogs (~6 ms of imports) wait until one is first asked for.
        from offertui.screens.dialogs import NewOfferDialog

        def create(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            try:
                offer = self.app.store.create(*answer)
            except OSError as error:
                self.notify(f"Could not add the offer: {error}", severity="error")
                return
            self.reload()
            # Back on the home, the new offer is the one selected.
            self.table.select_offer(offer.id)
            self.app.open_offer(offer.id)

        self.app.push_screen(NewOfferDialog(), create)

    def action_delete(self) -> None:
        from offertui.screens.dialogs import ConfirmDialog  # see action_new

        row = self.table.selected
        if row is None:
            return
        offer_id = row.id
        name = f"{row.company} — {row.position}" if isinstance(row, OfferSummary) else row.path.name

        def delete(yes: bool | None) -> None:
            if not yes:
                return
            try:
                target = self.app.store.trash(offer_id)
            except (StoreError, OSError) as error:
                self.notify(f"Not deleted: {error}", severity="error")
                return
            self._deleted.append((offer_id, target, name))
            undo = self.app.how_to("undo_delete", "home")
            self.notify(
                f"Moved to the trash: {target.parent.name}/{target.name}. {undo} brings it back.",
                markup=False,
            )
            self.reload()

        self.app.push_screen(
            ConfirmDialog(
                "Delete this offer?",
                f"{name}\n\nThe file moves to the trash folder; "
                f"{self.app.how_to('undo_delete', 'home')} brings it back.",
                yes="Delete",
                markup=False,
                again="delete",
            ),
            delete,
        )

    def action_undo_delete(self) -> None:
        """Bring back the offer deleted last in this run, the file as it was."""
        if not self._deleted:
            self.notify(
                "Nothing was deleted since offertui started. Older deleted offers are in "
                "the trash folder; move one back into offers/ to restore it.",
                timeout=8,
            )
            return
        offer_id, trashed, name = self._deleted[-1]
        try:
            restored = self.app.store.restore(trashed, offer_id)
        except (StoreError, OSError) as error:
            self.notify(f"Not restored: {error}", severity="error", markup=False)
            return
        self._deleted.pop()
        self.reload()
        with contextlib.suppress(KeyError):
            self.table.select_offer(restored)
        # The name the user knows it by; a file name is one long word a toast cuts anywhere.
        renamed = (
            "" if restored == offer_id else f", in the file {restored} (the old name is taken)"
        )
        self.notify(f"Restored {name}{renamed}.", markup=False)
