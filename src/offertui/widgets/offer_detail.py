"""The line under the Offers table: the selected offer's deadline in business days,
its pay and how far its preparation has come, or what is wrong with a broken file."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.widgets import Label

from offertui.storage.store import BrokenFile, SyncConflict
from offertui.widgets.offers_table import OfferRow, yen_cell

__all__ = ["OfferDetail", "business_deadline"]


def business_deadline(today: date, deadline: date, closure: str = "") -> str:
    """The deadline in business days, skipping the profile's New Year `closure` (the
    usual one when it is empty or cannot be read)."""
    # Off the start-up path: the holiday calendar costs ~100 ms (see OffersScreen.on_mount).
    from offertui.domain.business_days import describe_deadline, profile_closure

    return describe_deadline(today, deadline, profile_closure(closure))


class OfferDetail(Label):
    """What the table's selected row holds that its columns have no room for."""

    def show(
        self,
        row: OfferRow | None,
        *,
        today: date,
        closure: str,
        business_days: bool,
        needle: str,
        table_empty: bool,
    ) -> None:
        """Describe `row`; with no row, say when the filter `needle` matched nothing.
        The deadline is given only once `business_days` can be counted (the holiday
        calendar is loaded after the first frame)."""
        if isinstance(row, SyncConflict):
            self.update(Text(f"Enter compares the two versions. {row}", style="yellow"))
            return
        if isinstance(row, BrokenFile):
            self.update(Text(f"{row} — left untouched; fix it in an editor.", style="red"))
            return
        if row is None:
            shown = not table_empty or not needle
            self.update("" if shown else f"No offer matches “{needle}”; escape clears.")
            return
        parts = []
        if row.reply_deadline is not None and business_days:
            parts.append(f"Reply {business_deadline(today, row.reply_deadline, closure)}")
        if row.first_annual_pay is not None:
            parts.append(f"Pay {yen_cell(row.annual_pay)} (first {yen_cell(row.first_annual_pay)})")
        parts.append(f"Prep: {' · '.join(row.readiness.parts())}")
        self.update("  |  ".join(parts))
