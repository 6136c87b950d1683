"""Fields that show an offer's text without letting it drive the terminal.

Textual's `Input` writes its value as it is: a company name holding `ESC [ 2 J`
cleared the screen when its field was drawn, and a TextArea its lines as they are.
`SHOWN_SAFE` is a highlighter (the
public hook `Input` passes its text through before drawing) that shows each control
and bidi character as one visible character; the value itself is not changed, so a
field nobody edits saves back exactly what the file held.
"""

from __future__ import annotations

from rich.highlighter import Highlighter
from rich.text import Text
from textual.widgets import TextArea

from offertui.domain.terminal_text import PICTURES


class ControlPictures(Highlighter):
    """Draws control and bidi characters as visible ones, one for one."""

    def highlight(self, text: Text) -> None:
        plain = text.plain
        shown = plain.translate(PICTURES)
        if shown != plain:
            text.plain = shown  # the same length: styles and the cursor stay in place


SHOWN_SAFE = ControlPictures()


class SafeTextArea(TextArea):
    """A TextArea that draws control and bidi characters as visible ones (its lines
    pass through `get_line`, the hook TextArea gives for styling them); the text
    itself, and so the file, keep them."""

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        SHOWN_SAFE.highlight(line)
        return line
