"""The baseline: a bare Textual "hello world", as small as a Textual app can be."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Hello(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Hello, bare Textual")


if __name__ == "__main__":
    Hello().run()
