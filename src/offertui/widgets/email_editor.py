"""A draft's subject and body, edited in place, with every [[placeholder]] marked and
a line that says how many are still to fill."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.highlighter import Highlighter
from rich.style import Style
from rich.text import Text
from textual import getters, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Static, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.text_area import Selection

from offertui.base_app import OfferAppBase
from offertui.domain.emails import find_placeholders, placeholder_spans
from offertui.domain.profile import clean_text
from offertui.widgets.long_text import QuietTextArea
from offertui.widgets.visible import SHOWN_SAFE


class PlaceholderHighlighter(Highlighter):
    """Marks every [[placeholder]] in a line of text with a style asked for when drawing."""

    def __init__(self, style: Callable[[], Style]) -> None:
        super().__init__()
        self._style = style

    def highlight(self, text: Text) -> None:
        SHOWN_SAFE.highlight(text)  # a control character in a draft never drives the terminal
        spans = placeholder_spans(text.plain)
        if spans:
            style = self._style()
            for start, end in spans:
                text.stylize(style, start, end)


class SubjectInput(Input):
    """The subject line, with its placeholders highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"subject-input--placeholder"}

    def __init__(self, value: str = "", *, id: str | None = None) -> None:
        super().__init__(
            value,
            id=id,
            compact=True,
            select_on_focus=False,
            highlighter=PlaceholderHighlighter(self._placeholder_style),
        )

    def _placeholder_style(self) -> Style:
        return self.get_component_rich_style("subject-input--placeholder", partial=True)


class EmailBody(QuietTextArea):
    """The body of a draft, with its placeholders highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"email-body--placeholder"}

    def get_line(self, line_index: int) -> Text:
        # TextArea's documented hook for styling its lines; a placeholder never spans lines.
        line = super().get_line(line_index)
        spans = placeholder_spans(line.plain)
        if spans:
            style = self.get_component_rich_style("email-body--placeholder", partial=True)
            for start, end in spans:
                line.stylize(style, start, end)
        return line


def _index(text: str, location: tuple[int, int]) -> int:
    """The offset in `text` of a (row, column) location."""
    row, column = location
    return sum(len(line) + 1 for line in text.split("\n")[:row]) + column


def _location(text: str, index: int) -> tuple[int, int]:
    """The (row, column) location of an offset in `text`."""
    before = text[:index]
    return before.count("\n"), index - (before.rfind("\n") + 1)


class EmailEditor(Vertical):
    """Subject and body; posts `EmailEditor.Edited` whenever the user changes either."""

    app = getters.app(OfferAppBase)

    @dataclass
    class Edited(Message):
        editor: EmailEditor

        @property
        def control(self) -> EmailEditor:
            return self.editor

    def compose(self) -> ComposeResult:
        with Horizontal(id="email-subject-row"):
            yield Label("Subject", id="email-subject-label")
            yield SubjectInput(id="email-subject")
        yield EmailBody(id="email-body", soft_wrap=True, show_line_numbers=False)
        yield Static("", id="email-placeholders")

    @property
    def subject_input(self) -> SubjectInput:
        return self.query_one("#email-subject", SubjectInput)

    @property
    def body_area(self) -> EmailBody:
        return self.query_one("#email-body", EmailBody)

    @property
    def texts(self) -> tuple[str, str]:
        """The subject and body as they stand, cleaned for saving."""
        return clean_text(self.subject_input.value), clean_text(self.body_area.text)

    def show(self, subject: str, body: str, *, from_start: bool = True) -> None:
        """Show a draft; with `from_start`, the cursors go to its start."""
        self.subject_input.value = subject
        area = self.body_area
        area.load_text(body)
        if from_start:
            self.subject_input.cursor_position = 0
            area.move_cursor((0, 0))
            area.scroll_home(animate=False)
        self.show_placeholders()

    def show_placeholders(self) -> None:
        subject, body = self.texts
        left = find_placeholders(f"{subject}\n{body}")
        status = self.query_one("#email-placeholders", Static)
        if left:
            noun = "placeholder" if len(left) == 1 else "placeholders"
            key = self.app.how_to("next")
            status.update(
                Content.assemble(
                    (f"{len(left)} {noun} to fill: ", "bold"),
                    ", ".join(left),
                    (f"  ({key}: next)", "dim"),
                )
            )
        else:
            status.update(Content("No placeholders left: ready to copy or write to a file."))
        status.set_class(bool(left), "-todo")

    def next_placeholder(self) -> bool:
        """Select the next placeholder after the cursor (the subject's, then the body's),
        to type over it; False when none is left."""
        subject, body = self.subject_input, self.body_area
        spots = [("subject", s, e) for s, e in placeholder_spans(subject.value)]
        spots += [("body", s, e) for s, e in placeholder_spans(body.text)]
        if not spots:
            return False
        focused = self.screen.focused
        if focused is subject:
            here = ("subject", subject.selection.end)
        elif focused is body:
            here = ("body", _index(body.text, body.selection.end))
        else:
            here = ("", -1)
        order = {"": 0, "subject": 1, "body": 2}
        after = [spot for spot in spots if (order[spot[0]], spot[1]) >= (order[here[0]], here[1])]
        where, start, end = after[0] if after else spots[0]
        if where == "subject":
            subject.focus()
            subject.selection = InputSelection(start, end)
        else:
            body.focus()
            text = body.text
            body.selection = Selection(_location(text, start), _location(text, end))
        return True

    @on(Input.Changed, "#email-subject")
    @on(TextArea.Changed, "#email-body")
    def _changed(self, event: Input.Changed | TextArea.Changed) -> None:
        event.stop()
        self.show_placeholders()
        self.post_message(self.Edited(self))
