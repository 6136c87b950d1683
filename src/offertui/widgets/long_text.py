"""A TextArea that stays fast with a megabyte of soft-wrapped text.

Textual's `WrappedDocument.height` sums the wrapped height of every line, and the
TextArea asks for it once per rendered line, so each frame of a 1 MB document
walked every line of it some twenty times. The wrapped document already keeps one
entry per visual line (`_offset_to_line_info`, maintained by `wrap` and
`wrap_range`), so its length *is* the height. `tests/unit/test_long_text.py` checks
that invariant against the original sum through random edits, so a change in
Textual that broke it would fail the tests rather than the user.
"""

from __future__ import annotations

from textual.document._wrapped_document import WrappedDocument
from textual.widgets import TextArea


class CountedHeightWrappedDocument(WrappedDocument):
    """A WrappedDocument whose height is O(1): the number of visual lines it keeps."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)


class LongTextArea(TextArea):
    """A TextArea for long, soft-wrapped text such as an hour of meeting notes."""

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._long_wrapped_document

    @wrapped_document.setter
    def wrapped_document(self, document: WrappedDocument) -> None:
        # TextArea builds a plain WrappedDocument in several places; give each the
        # counted height. The subclass adds no state, so changing the class is exact.
        if type(document) is WrappedDocument:
            document.__class__ = CountedHeightWrappedDocument
        self._long_wrapped_document = document
