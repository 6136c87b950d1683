"""The words the emails take from the Decision screen, declared as form rows."""

from __future__ import annotations

from offertui.domain.phrases import attached, in_japanese
from offertui.widgets.form import TextRow, plain_text

# The words the emails take from the decision: the reason in either language with its
# Japanese version under it, and what an acceptance has attached, the same way.
WORDS: tuple[TextRow, ...] = (
    TextRow(
        "decision.reason", "Why", plain_text, placeholder="in a line, for the email", id="reason"
    ),
    TextRow(
        "decision.reason_ja",
        "  日本語",
        in_japanese,
        placeholder="for the Japanese email",
        id="reason-ja",
    ),
    TextRow(
        "decision.attachment",
        "Attached",
        attached,
        placeholder="e.g. the signed acceptance form",
        id="attachment",
    ),
    TextRow(
        "decision.attachment_ja",
        "  日本語",
        attached,
        placeholder="例：内定承諾書",
        id="attachment-ja",
    ),
)
