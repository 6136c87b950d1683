"""The switching baseline: a bare Textual app whose screens are kept once shown.

Each screen has a header, a row of tabs, eight Inputs, a TextArea and a footer, about
the widget count of an offer screen. F2-F8 switch between seven such screens (each is
composed when first shown, then kept); the home (a DataTable of offers) opens the first
with Enter, as offertui's does. Every screen writes its own marker for the benchmark.
"""

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Tab, Tabs, TextArea

NAMES = ("overview", "prep", "meeting", "decision", "emails", "pay", "letter")


class Page(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(f"f{n}", f"app.show('{name}')", name.capitalize(), priority=True)
        for n, name in enumerate(NAMES, start=2)
    ] + [Binding("escape", "app.pop_screen", "Home")]

    def __init__(self, name: str) -> None:
        super().__init__(name=name)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Tabs(*(Tab(n.capitalize(), id=n) for n in NAMES), active=self.name)
        yield Label(f"bare-{self.name}-screen")
        for row in range(4):
            with Horizontal(classes="row"):
                yield Input(placeholder=f"field {2 * row}")
                yield Input(placeholder=f"field {2 * row + 1}")
        yield TextArea("A few lines of text\n" * 5, id="text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()


class Home(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("m", "app.show('meeting')", "Meeting")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Company", "Role", "Stage")
        for n in range(20):
            table.add_row(f"Company {n:04d} K.K.", f"Engineer {n}", "Preparing")
        table.focus()

    def on_data_table_row_selected(self) -> None:
        self.app.action_show("overview")


class Kept(App[None]):
    CSS = ".row { height: 3; } Input { width: 1fr; } #text { height: 1fr; }"

    def on_mount(self) -> None:
        for name in NAMES:
            self.install_screen(Page(name), name)
        self.push_screen(Home())

    def action_show(self, name: str) -> None:
        if isinstance(self.screen, Home):
            self.push_screen(name)
        else:
            self.switch_screen(name)


if __name__ == "__main__":
    Kept().run()
