"""The line at the top of an offer's screens while its file changed on disk, unsettled."""

from __future__ import annotations

from textual.widgets import Static


class ConflictBanner(Static):
    """What happened to the file and how to settle it; hidden when nothing did.

    A banner, not a dialog: it takes no keys, so what is being typed goes on reaching
    its field, and the choices are commands typing cannot hit (the palette)."""

    DEFAULT_CSS = """
    ConflictBanner {
        height: auto;
        padding: 0 1;
        background: $warning 25%;
        color: $foreground;
        text-style: bold;
        display: none;
    }
    """

    def __init__(self) -> None:
        super().__init__("", id="conflict-banner", markup=False)

    def show(self, reason: str, hint: str) -> None:
        """Show `reason` and `hint`, or hide the banner when `reason` is empty."""
        self.display = bool(reason)
        if reason:
            self.update(f"⚠ {reason}. Your edits are kept here, not saved. {hint}")
