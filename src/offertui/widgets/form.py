"""A form declared as data: a list of rows, each naming the field of the model it edits.

A screen lists its rows once (a text field with its parser, a choice, a tick box, a
longer text, a heading) and gets back one message, `Form.Changed`, whose `apply` puts
the new value into the model where the row's path points: `"contact.name"` is the
contact's name. The screen decides what to do with the new model (save it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from textual import getters, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Checkbox, Label, Select, Static, TextArea

from offertui.base_app import OfferAppBase
from offertui.domain.money import format_optional_yen, parse_optional_yen
from offertui.domain.profile import clean_text
from offertui.widgets.choice import Choice
from offertui.widgets.field import Field
from offertui.widgets.visible import SafeTextArea


def get_path(model: Any, path: str) -> Any:
    """The value at `path` ("letter.date") in a tree of dataclasses."""
    for name in path.split("."):
        model = getattr(model, name)
    return model


def set_path(model: Any, path: str, value: Any) -> Any:
    """A copy of `model` with the value at `path` replaced (dataclasses all the way)."""
    head, _, rest = path.partition(".")
    inner = set_path(getattr(model, head), rest, value) if rest else value
    return replace(model, **{head: inner})


# --- parsers and formatters the forms share -------------------------------------------


def plain_text(text: str) -> str:
    """Text as typed, without the blanks around it."""
    return clean_text(text.strip())


def required(what: str) -> Callable[[str], str]:
    """A parser that refuses an empty field, saying that `what` is required."""

    def parse(text: str) -> str:
        if not text.strip():
            raise ValueError(f"{what} is required.")
        return plain_text(text)

    return parse


# Yen as domain.money reads and writes them; an empty field means "not known".
optional_yen = parse_optional_yen
yen_text = format_optional_yen


# --- the rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A title above the rows that follow."""

    text: str


@dataclass(frozen=True)
class Note:
    """A line of advice between the rows."""

    text: str


@dataclass(frozen=True)
class TextRow:
    """A one-line field: `parse` reads the text (ValueError: a message at the field),
    `show` writes the model's value as text."""

    path: str
    label: str
    parse: Callable[[str], Any]
    show: Callable[[Any], str] = str
    placeholder: str = ""
    id: str = ""


@dataclass(frozen=True)
class ChoiceRow:
    """A choice among `options` (label, value); with a `prompt`, it may be left unset,
    which gives `blank`."""

    path: str
    label: str
    options: Sequence[tuple[str, Any]]
    prompt: str = ""
    blank: Any = ""
    id: str = ""
    # For a choice that stands for more than one field: how to read it from the model
    # (the form's owner then applies the change itself, rather than `Changed.apply`).
    read: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class FlagRow:
    """A tick box; its label says what ticking it means."""

    path: str
    label: str
    id: str = ""


@dataclass(frozen=True)
class AreaRow:
    """A few lines of free text; with `parse`, checked as a text row is (ValueError: a
    message under the field, and the model keeps its last valid text)."""

    path: str
    label: str
    placeholder: str = ""
    id: str = ""
    parse: Callable[[str], str] | None = None


FormRow = Heading | Note | TextRow | ChoiceRow | FlagRow | AreaRow
Row = TextRow | ChoiceRow | FlagRow | AreaRow


def row_id(row: Row) -> str:
    return row.id or row.path.replace(".", "_")


def form_paths(rows: Sequence[FormRow]) -> tuple[str, ...]:
    """The parts of the model (dotted paths) that `rows` hold in fields."""
    return tuple(row.path for row in rows if not isinstance(row, Heading | Note))


class Form(Vertical):
    """The rows of one model, laid out top to bottom; posts `Form.Changed` for every
    valid edit (what a text field cannot read is explained under it, and not posted)."""

    DEFAULT_CSS = """
    Form { height: auto; }
    /* A few lines, not TextArea's 1fr: in a form that scrolls, 1fr is measured against
       the view, and a row that tall leaves the fields under it out of the scroll range,
       so the focus could not be scrolled to them. */
    Form .form--area { height: 3; }
    Form .area--checked { width: 1fr; height: auto; }
    Form .area--checked > .field--error { color: $text-error; display: none; }
    Form TextArea.-invalid { border-left: outer $error; }
    """

    @dataclass
    class Changed(Message):
        form: Form
        row: Row
        value: Any

        def apply(self, model: Any) -> Any:
            """`model` with this edit made."""
            return set_path(model, self.row.path, self.value)

        @property
        def control(self) -> Form:
            return self.form

    app = getters.app(OfferAppBase)

    def __init__(self, rows: Sequence[FormRow], model: Any, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows = tuple(rows)
        self._model = model
        self._by_id = {row_id(r): r for r in self._rows if not isinstance(r, Heading | Note)}

    def compose(self) -> ComposeResult:
        for row in self._rows:
            yield from self._compose_row(row)

    def _compose_row(self, row: FormRow) -> ComposeResult:
        if isinstance(row, Heading):
            yield Label(row.text, classes="section-title")
            return
        if isinstance(row, Note):
            yield Static(row.text, classes="hint")
            return
        if isinstance(row, ChoiceRow) and row.read is not None:
            value = row.read(self._model)
        else:
            value = get_path(self._model, row.path)
        match row:
            case TextRow():
                yield Field(
                    row.label,
                    row.show(value),
                    row.parse,
                    placeholder=self.app.with_keys(row.placeholder),
                    id=row_id(row),
                )
            case ChoiceRow():
                with Horizontal(classes="row", id=f"{row_id(row)}-row"):
                    yield Label(row.label, classes="field--label")
                    yield _choice(row, value)
            case FlagRow():
                yield Checkbox(row.label, bool(value), id=row_id(row), compact=True)
            case AreaRow():
                area = SafeTextArea(
                    value,
                    soft_wrap=True,
                    compact=True,
                    placeholder=self.app.with_keys(row.placeholder),
                    id=row_id(row),
                    classes="form--area",
                )
                with Horizontal(classes="row"):
                    yield Label(row.label, classes="field--label")
                    if row.parse is None:
                        yield area
                    else:
                        with Vertical(classes="area--checked"):
                            yield area
                            yield Label("", classes="field--error", id=f"{row_id(row)}-error")

    def widget_for(self, path: str) -> Widget:
        """The widget that edits `path` (the Field itself for a text row)."""
        row = next(r for r in self._by_id.values() if r.path == path)
        return self.query_one(f"#{row_id(row)}")

    def _post(self, widget: Widget | None, value: Any) -> None:
        row = self._by_id.get(widget.id or "") if widget is not None else None
        if row is not None:
            self.post_message(self.Changed(self, row, value))

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        event.stop()
        self._post(event.field, event.value)

    @on(Select.Changed)
    def _choice_changed(self, event: Select.Changed) -> None:
        event.stop()
        row = self._by_id.get(event.select.id or "")
        if isinstance(row, ChoiceRow):
            self._post(event.select, row.blank if event.value is Select.NULL else event.value)

    @on(Checkbox.Changed)
    def _flag_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._post(event.checkbox, event.value)

    @on(TextArea.Changed)
    def _area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        text = clean_text(area.text)
        row = self._by_id.get(area.id or "")
        if isinstance(row, AreaRow) and row.parse is not None:
            error = self.query_one(f"#{row_id(row)}-error", Label)
            try:
                text = row.parse(text)
            except ValueError as problem:
                error.update(str(problem))
                error.display = True
                area.add_class("-invalid")
                return
            error.update("")
            error.display = False
            area.remove_class("-invalid")
        self._post(area, text)


def _choice(row: ChoiceRow, value: Any) -> Select[Any]:
    known = {v for _label, v in row.options}
    if row.prompt:
        return Choice(
            row.options,
            value=value if value in known else Select.NULL,
            prompt=row.prompt,
            compact=True,
            id=row_id(row),
        )
    return Choice(row.options, value=value, allow_blank=False, compact=True, id=row_id(row))
