"""Small modal dialogs that return a typed answer with `dismiss`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import getters
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from offertui.base_app import OfferAppBase
from offertui.commands import BY_ID, bindings
from offertui.domain.terminal_text import visible
from offertui.screens.form_dialog import FormDialog
from offertui.screens.form_footer import ADD_HINT, WRITE_HINT, form_footer
from offertui.storage.paths import shown_folder, typed_path
from offertui.widgets.bulleted import hanging
from offertui.widgets.enter_moves_on import NextOnEnter


class ConfirmDialog(ModalScreen[bool]):
    """Asks a yes/no question. No letter answers it: a sentence typed on while it asks
    must not say yes (see `dialog_typing`). Enter presses the focused button, which
    starts on the safe answer, so an Enter meant for the screen below never deletes or
    overwrites anything; escape declines. `again` is the command that asked (quit, a
    screen, end the meeting, delete): its key pressed again says yes, the one meaning
    it has everywhere."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog"), *bindings("confirm")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog", "confirm")
    HELP_TITLE = "Yes or no"
    HELP = (
        "Enter presses the highlighted button; Tab and shift+Tab move between the buttons. "
        "It starts on the answer that changes nothing. Letters do not answer: what you "
        "type while this asks goes into the field you were typing in, or a notice says "
        "it was not typed."
    )

    app = getters.app(OfferAppBase)

    def __init__(
        self,
        title: str,
        message: str,
        yes: str = "Yes",
        no: str = "Cancel",
        *,
        harmless: bool = False,
        markup: bool = True,
        again: str = "",
    ) -> None:
        """With `harmless`, saying yes changes nothing that cannot be undone: the yes
        button has focus and is not coloured as a warning."""
        super().__init__()
        self._title = title
        self._message = message
        self._yes = yes
        self._no = no
        self._harmless = harmless
        self._markup = markup
        self._again = again

    def compose(self) -> ComposeResult:
        key = self.app.key_text(BY_ID[self._again], "confirm") if self._again else ""
        with Vertical(classes="dialog"):
            yield Label(visible(self._title, keep=""), classes="dialog--title", markup=False)
            yield Static(visible(self._message), classes="dialog--body", markup=self._markup)
            yield Label(
                "Tab moves between the buttons · Enter presses the highlighted one",
                classes="dialog--hint",
            )
            with Horizontal(classes="dialog--buttons"):
                yield Button(
                    f"{self._yes} ({key})" if key else self._yes,
                    variant="primary" if self._harmless else "error",
                    id="yes",
                )
                yield Button(f"{self._no} (esc)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes" if self._harmless else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The keys of the commands that may ask say yes only to their own question.
        if action == "goto":
            return bool(parameters) and parameters[0] == self._again
        if action in ("start_or_end", "delete"):
            return action == self._again
        return True

    def action_goto(self, _name: str) -> None:
        self.dismiss(True)

    def action_start_or_end(self) -> None:
        self.dismiss(True)

    def action_delete(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)


class MessageDialog(ModalScreen[None]):
    """Tells the user something that needs reading; enter (on OK) or escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("dialog")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("dialog",)

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self._title = title
        self._message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(visible(self._title, keep=""), classes="dialog--title", markup=False)
            # The body scrolls when it is longer than the terminal (a meeting's summary
            # at 80x24); it takes the focus, so the arrows and page keys move it.
            with VerticalScroll(classes="dialog--scroll"):
                body = hanging(visible(self._message))
                yield Static(body, classes="dialog--body", markup=False)
            yield Label("↑ ↓ PgUp PgDn scroll · esc or OK closes", classes="dialog--hint")
            with Horizontal(classes="dialog--buttons"):
                yield Button("OK", variant="primary", id="ok")

    def on_mount(self) -> None:
        self.query_one(".dialog--scroll").focus()
        # A notice from before it opened (the pressure noted, a time inserted) would lie
        # over the first lines to be read for its whole timeout; what it said is on the
        # screen behind already. Notices that come while it is open still show.
        self.app.clear_notifications()

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_back(self) -> None:
        self.dismiss(None)


class NewOfferDialog(FormDialog[tuple[str, str]]):
    """Company and position for a new offer; the company is required."""

    OK_ID = "add"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New offer", classes="dialog--title")
            yield Label("Company")
            yield NextOnEnter(
                placeholder="e.g. 株式会社サンプル or Sample K.K.",
                id="company",
                select_on_focus=False,
                next_id="position",
            )
            yield Label("", id="company-error", classes="dialog--error")
            yield Label("Position")
            yield Input(placeholder="e.g. Backend Engineer", id="position", select_on_focus=False)
            yield Label("", id="position-error", classes="dialog--error")
            yield from form_footer(ADD_HINT, "Add", "add")

    def on_input_submitted(self) -> None:
        # Only the position's Enter (the company's moves on at once, see NextOnEnter).
        # The Input's own message arrives after every key typed before enter has
        # reached the field; a priority binding would read the field too early and
        # cut off the end of what was typed in a burst.
        self.submit()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one(f"#{event.input.id}-error", Label).update("")

    def submit(self) -> None:
        company = self.query_one("#company", Input).value.strip()
        position = self.query_one("#position", Input).value.strip()
        if not company:
            self.query_one("#company-error", Label).update("Company is required.")
            self.set_focus(self.query_one("#company", Input))
            return
        if not position:
            self.query_one("#position-error", Label).update(
                "Position is required (the job title on the offer)."
            )
            self.set_focus(self.query_one("#position", Input))
            return
        self.dismiss((company, position))


class WriteFileDialog(FormDialog[Path]):
    """Asks where to write a file: a name relative to `folder`, or a full path.

    It returns the path to write, or None. The caller writes the file, and reopens the
    dialog with `error` set if that fails, so the problem is explained where it is fixed.
    `describe` says what a given name will be written as (a mail message, plain text).
    """

    OK_ID = "write"

    def __init__(
        self,
        title: str,
        name: str,
        folder: Path,
        *,
        describe: Callable[[str], str] | None = None,
        error: str = "",
    ) -> None:
        super().__init__()
        self._title = title
        self._initial_name = name
        self._folder = folder
        self._describe = describe
        self._error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(visible(self._title, keep=""), classes="dialog--title", markup=False)
            yield Static(f"File name, in {shown_folder(self._folder)}", markup=False)
            # Compact, as in ExportDialog.
            yield Input(self._initial_name, id="path", select_on_focus=False, compact=True)
            yield Label("", id="path-format", classes="hint", markup=False)
            # A Static: a long reason (a path and what is there) wraps instead of being cut.
            yield Static(self._error, id="path-error", classes="dialog--error", markup=False)
            yield from form_footer(WRITE_HINT, "Write", "write")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()
        self._show_format(self._initial_name)

    def _show_format(self, name: str) -> None:
        if self._describe is not None:
            self.query_one("#path-format", Label).update(self._describe(name.strip()))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value != self._initial_name:
            self.query_one("#path-error", Static).update("")
        self._show_format(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        path = typed_path(self.query_one("#path", Input).value, self._folder)
        if path is None:
            self.query_one("#path-error", Static).update("Type a file name.")
            return
        self.dismiss(path)


class EmailProposalDialog(ConfirmDialog):
    """After a choice: offer to open the matching email draft."""

    def __init__(self, choice: str, kind: str, kind_name: str, lang_name: str) -> None:
        """`choice` and `kind_name`, `lang_name` as the user reads them; `kind` is the
        draft's kind."""
        super().__init__(
            f"You chose: {choice}",
            f"The email for it is ready to fill in: “{kind_name}”, in {lang_name}. Write it "
            "now? It opens in Emails, where you can also switch the language.",
            yes="Write it",
            no="Later",
            harmless=True,
            markup=False,
        )
        self._kind = kind
