"""The rounds of a negotiation on an offer's screen: recording the company's answer,
seeing every round recorded, and correcting or removing one typed wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from offertui.commands import bindings
from offertui.domain.offer import Offer, Revision
from offertui.domain.revisions import (
    revision_line,
    with_revision,
    with_revision_corrected,
    without_revision,
)
from offertui.domain.terminal_text import visible
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.revision import RevisionDialog, rounds_text

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from offertui.base_app import OfferAppBase
    from offertui.domain.search import Match
    from offertui.session import OfferSession


class OfferScreen(Protocol):
    """The offer's screen the rounds are changed from (OfferScreen, named so here
    without importing it: it imports this module)."""

    @property
    def app(self) -> OfferAppBase: ...

    @property
    def session(self) -> OfferSession: ...

    @property
    def offer(self) -> Offer: ...

    def update(self, offer: Offer) -> None: ...

    def show_terms(self, offer: Offer) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...


ROUNDS_HINT = (
    "enter corrects the highlighted round, delete removes it (asks first), esc closes. "
    "“Record revised offer” adds a round."
)


def _writable(screen: OfferScreen) -> bool:
    if screen.session.read_only:
        screen.notify("Read-only: this offer is open in another offertui.", severity="warning")
        return False
    return True


def _changed(screen: OfferScreen, offer: Offer, title: str, message: str) -> None:
    screen.update(offer)
    screen.show_terms(offer)
    screen.notify(
        f"{message} The emails, Compare and the brief now use these terms.",
        title=title,
        markup=False,
        timeout=8,
    )


def record_revision(screen: OfferScreen) -> None:
    """Record the company's answer to the negotiation: a new round of terms."""
    if not _writable(screen):
        return

    def record(revision: Revision | None) -> None:
        if revision is not None:
            offer = with_revision(screen.offer, revision)
            said = (
                f"Round {len(offer.revisions)}: {revision_line(revision)}. Typed wrong? "
                f"{screen.app.how_to('revision_rounds')} corrects it."
            )
            _changed(screen, offer, "Revised offer recorded", said)

    screen.app.push_screen(RevisionDialog(screen.offer, screen.app.now().date()), record)


def correct_revision(
    screen: OfferScreen, index: int, select: tuple[str, int, int] | None = None
) -> None:
    """Show round `index` (from 0) in the form, to set a mistyped figure right; with
    `select`, a field and the span of its text selected there (a search match)."""
    if not _writable(screen):
        return

    def save(revision: Revision | None) -> None:
        if revision is not None and revision != screen.offer.revisions[index]:
            offer = with_revision_corrected(screen.offer, index, revision)
            said = f"Round {offer.revisions.index(revision) + 1}: {revision_line(revision)}."
            _changed(screen, offer, "Round corrected", said)

    dialog = RevisionDialog(screen.offer, screen.app.now().date(), index, select)
    screen.app.push_screen(dialog, save)


# A round's terms and note, as search names them, and the field of the form that shows it.
_FOUND_FIELDS = {"revision_terms": "terms", "revision_note": "note"}


def open_found_round(screen: OfferScreen, match: Match) -> bool:
    """When `match` is in a round's terms or note, open that round in its form with the
    match selected, and say True; False for any other match, or when the offer no longer
    has the round as it was found."""
    field = _FOUND_FIELDS.get(match.place.field)
    rounds = screen.offer.revisions
    index = int(match.place.key) if field else len(rounds)
    if field is None or index >= len(rounds) or getattr(rounds[index], field) != match.text:
        return False
    correct_revision(screen, index, (field, match.start, match.end))
    return True


def remove_revision(screen: OfferScreen, index: int) -> None:
    """Remove round `index` (from 0), a round recorded by mistake, once confirmed."""
    if not _writable(screen):
        return
    revision = screen.offer.revisions[index]

    def remove(yes: bool | None) -> None:
        if yes and revision in screen.offer.revisions:
            offer = without_revision(screen.offer, screen.offer.revisions.index(revision))
            _changed(screen, offer, "Round removed", f"Removed: {revision_line(revision)}.")

    question = ConfirmDialog(
        f"Remove round {index + 1}?",
        f"{revision_line(revision)}\n\nThe rounds after it move up one.",
        yes="Remove",
        markup=False,
        again="delete",
    )
    screen.app.push_screen(question, remove)


def _prompt(number: int, revision: Revision) -> Content:
    line = Content(f"Round {number}: {revision_line(revision)}")
    note = visible(" ".join(revision.note.split()), keep="")
    return Content.assemble(line, ("\n  " + note, "$text-muted")) if note else line


class RoundsDialog(ModalScreen[None]):
    """The first offer and each round the company answered; from here a round typed
    wrong is corrected or removed."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog"), *bindings("rounds")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog", "rounds")

    def __init__(self, screen: OfferScreen) -> None:
        super().__init__()
        self._screen = screen

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="rounds-dialog"):
            yield Label(
                f"Revised offer rounds: {visible(self._screen.offer.title, keep='')}",
                classes="dialog--title",
                markup=False,
            )
            yield Static("", id="rounds-first", markup=False)
            yield OptionList(id="rounds", compact=True)
            yield Static(ROUNDS_HINT, classes="dialog--hint", markup=False)

    def on_mount(self) -> None:
        self._show()
        self.query_one("#rounds", OptionList).focus()

    def on_screen_resume(self) -> None:
        self._show()  # back from correcting or removing a round

    def _show(self) -> None:
        offer = self._screen.offer
        first = rounds_text(offer).splitlines()[0]
        if not offer.revisions:
            first += "\nNo round recorded yet."
        self.query_one("#rounds-first", Static).update(first)
        rounds = self.query_one("#rounds", OptionList)
        highlighted = rounds.highlighted
        rounds.clear_options()
        rounds.add_options(
            Option(_prompt(n, r), id=f"round-{n}") for n, r in enumerate(offer.revisions, 1)
        )
        if rounds.option_count:
            rounds.highlighted = min(highlighted or 0, rounds.option_count - 1)

    @on(OptionList.OptionSelected, "#rounds")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        correct_revision(self._screen, event.option_index)

    def action_delete(self) -> None:
        index = self.query_one("#rounds", OptionList).highlighted
        if index is not None and index < len(self._screen.offer.revisions):
            remove_revision(self._screen, index)

    def action_back(self) -> None:
        self.dismiss(None)
