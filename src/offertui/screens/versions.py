"""Two versions of one offer (a sync tool's copy, or a merge left in the file): compare
them, and keep one. What `offertui conflict` does, where the conflict is listed."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from offertui.commands import bindings
from offertui.domain.terminal_text import visible
from offertui.storage import conflicts
from offertui.storage.errors import StoreError, SyncConflict
from offertui.storage.store import OfferStore

_STYLES = {"+": "green", "-": "red", "@": "cyan"}


def diff_text(diff: str) -> Text:
    """The unified diff coloured by line, every control character shown as an escape."""
    text = Text()
    for line in diff.splitlines(keepends=True):
        style = "bold" if line.startswith(("+++", "---")) else _STYLES.get(line[:1], "")
        text.append(visible(line), style=style)
    return text


class VersionsDialog(ModalScreen[Path | None]):
    """Both versions, numbered, and how the second differs; a button keeps one.

    Dismissed with where the version not kept went (in `trash/`), or None. A version
    that cannot be kept, or an offer open elsewhere, is explained in the dialog."""

    # No key keeps a version: only its button, reached with Tab. A digit typed on while
    # the dialog opens ("at 2pm") must not replace the offer's file.
    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, store: OfferStore, conflict: SyncConflict) -> None:
        super().__init__()
        self._store = store
        self._conflict = conflict
        self.versions = conflicts.versions(store, conflict)

    def compose(self) -> ComposeResult:
        offer = self._conflict.offer_id
        first, second = self.versions
        with Vertical(classes="dialog versions"):
            yield Label(f"{visible(offer)} has two versions", classes="dialog--title", markup=False)
            for number, version in enumerate(self.versions, 1):
                problem = f" (cannot be kept: {version.problem})" if version.problem else ""
                yield Static(f"{number}  {visible(version.label)}{problem}", markup=False)
            diff = conflicts.compare(self._store, self._conflict)
            with VerticalScroll(id="versions-diff"):
                unread = any(v.problem and not v.text for v in self.versions)
                same = "One version could not be read." if unread else "The two are the same."
                yield Static(diff_text(diff) if diff else same)
            yield Static(
                "The version not kept goes to trash/, never deleted.", classes="dialog--body"
            )
            yield Static("", id="versions-error", classes="dialog--error", markup=False)
            yield Label("Tab to Keep 1 or Keep 2, then Enter · esc cancels", classes="dialog--hint")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Keep 1", id="keep-1", disabled=bool(first.problem))
                yield Button("Keep 2", id="keep-2", disabled=bool(second.problem))
                yield Button("Cancel (esc)", variant="primary", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.action_keep(1 if event.button.id == "keep-2" else 0)

    def action_keep(self, which: int) -> None:
        try:
            dropped = conflicts.keep(self._store, self._conflict, which)
        except (StoreError, OSError) as error:
            self.query_one("#versions-error", Static).update(str(error))
            return
        self.dismiss(dropped)

    def action_back(self) -> None:
        self.dismiss(None)
