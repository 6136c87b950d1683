"""A labelled input that checks what is typed and says what is wrong right below it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label

from offertui.widgets.visible import SHOWN_SAFE

T = TypeVar("T")


class ParsedField(Vertical, Generic[T]):
    """What every validated field shares: a label, a parser, and an error line (the
    last child, made when first needed).

    The parser turns the text into a value or raises `ValueError` with a message for
    the user. A valid value is posted (see `_changed`); an invalid one leaves the last
    valid value in place and shows the message, and the text stays as typed.
    """

    def __init__(
        self,
        label: str,
        value: str,
        parse: Callable[[str], T],
        *,
        placeholder: str = "",
        id: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(id=id, disabled=disabled)
        self.label = label
        self._initial = value
        self._parse = parse
        self._placeholder = placeholder
        self._error = ""

    @property
    def error(self) -> str:
        return self._error

    def _set_error(self, message: str) -> None:
        # The error line is made the first time there is an error, not with the field:
        # a form of twenty fields would otherwise carry twenty empty widgets into every
        # layout. Once made it stays, hidden while the text is valid.
        if message != self._error:
            lines = self.query(".field--error").results(Label)
            line = next(lines, None)
            if line is not None:
                line.update(message)
            elif message:
                self.mount(Label(message, classes="field--error"))
            self._error = message
            if message and self.has_focus_within:
                # The focus brought the field's input into view, not the line under it:
                # at the foot of a form that scrolls, the message would be cut.
                self.call_after_refresh(self.scroll_visible, animate=False)
        self.set_class(bool(message), "-invalid")

    def _changed(self, value: T) -> Message:
        """The message that carries a valid value; each field kind has its own."""
        raise NotImplementedError

    def _check(self, text: str) -> None:
        """Parse `text`: post the value, or show what is wrong with it."""
        try:
            value = self._parse(text)
        except ValueError as problem:
            self._set_error(str(problem))
            return
        self._set_error("")
        self.post_message(self._changed(value))


class Field(ParsedField[T]):
    """An `Input` with a label, a parser, and an error line.

    The parser turns the text into a value or raises `ValueError` with a message for
    the user. A valid value is posted as `Field.Changed`; an invalid one leaves the last
    valid value in place and shows the message, and the text stays as typed.
    """

    DEFAULT_CSS = """
    Field {
        layout: grid;
        grid-size: 2;
        grid-columns: 22 1fr;
        height: auto;
        margin-bottom: 1;
    }
    Field > .field--label { color: $text-muted; padding-right: 1; }
    Field > .field--error { column-span: 2; color: $text-error; display: none; }
    Field.-invalid > .field--error { display: block; }
    Field.-invalid > Input { border-left: outer $error; }
    """

    @dataclass
    class Changed(Message):
        field: Field[Any]
        value: Any

        @property
        def control(self) -> Field[Any]:
            return self.field

    def _changed(self, value: T) -> Message:
        return self.Changed(self, value)

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="field--label")
        # Typing into a field that was just focused must add to it, not replace it.
        yield Input(
            self._initial,
            placeholder=self._placeholder,
            compact=True,
            select_on_focus=False,
            highlighter=SHOWN_SAFE,
        )

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._check(event.value)
