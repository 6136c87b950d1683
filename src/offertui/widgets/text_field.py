"""A labelled, wrapping one-paragraph field: long sentences stay readable at 80 columns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import Label, TextArea

from offertui.widgets.field import ParsedField
from offertui.widgets.visible import SafeTextArea

T = TypeVar("T")


class _ParagraphArea(SafeTextArea):
    """A soft-wrapped TextArea that holds one paragraph: enter ends editing instead of
    starting a new line, and pasted line breaks become spaces."""

    @dataclass
    class Submitted(Message):
        area: _ParagraphArea

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))
            return
        await super()._on_key(event)


class TextField(ParsedField[T]):
    """Like `Field`, but the text wraps over a few lines instead of scrolling sideways.

    The parser turns the text into a value or raises `ValueError` with a message for the
    user. A valid value is posted as `TextField.Changed`; an invalid one shows the message
    below and posts nothing, so the last valid value stays saved.
    """

    DEFAULT_CSS = """
    TextField {
        layout: grid;
        grid-size: 2;
        grid-columns: 14 1fr;
        height: auto;
    }
    TextField > .field--label { color: $text-muted; padding-right: 1; }
    TextField > TextArea { height: 2; background: $boost; }
    TextField > .field--error { column-span: 2; color: $text-error; display: none; }
    TextField.-invalid > .field--error { display: block; }
    TextField.-invalid > TextArea { border-left: outer $error; }
    """

    @dataclass
    class Changed(Message):
        field: TextField[Any]
        value: Any

        @property
        def control(self) -> TextField[Any]:
            return self.field

    @dataclass
    class Submitted(Message):
        """Enter was pressed: the user is done with this field."""

        field: TextField[Any]

        @property
        def control(self) -> TextField[Any]:
            return self.field

    def _changed(self, value: T) -> Message:
        return self.Changed(self, value)

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field--label")
        yield _ParagraphArea(
            self._initial,
            soft_wrap=True,
            compact=True,
            show_line_numbers=False,
            placeholder=self._placeholder,
        )

    @property
    def area(self) -> TextArea:
        return self.query_one(_ParagraphArea)

    @property
    def value_text(self) -> str:
        return self.area.text

    def show(self, text: str) -> None:
        """Show `text` (another item was selected): no Changed message, no error."""
        area = self.area
        with area.prevent(TextArea.Changed):
            area.load_text(text)
        area.move_cursor(area.document.end)
        self._set_error("")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        if "\n" in area.text:
            # A paste brought line breaks; this field holds one paragraph.
            area.load_text(area.text.replace("\r", "").replace("\n", " "))
            area.move_cursor(area.document.end)
            return
        self._check(area.text)

    @on(_ParagraphArea.Submitted)
    def _submitted(self, event: _ParagraphArea.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self))
