"""The typing baseline: a bare Textual app holding one TextArea with a file's text."""

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import TextArea


class Editor(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield TextArea(self.text, soft_wrap=True)

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)


if __name__ == "__main__":
    Editor(Path(sys.argv[1]).read_text("utf-8")).run()
