"""Profile: the user's names and signature for emails, and their preferences."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from offertui.base_app import OfferAppBase
from offertui.commands import bindings
from offertui.storage.paths import folder_setting
from offertui.widgets.fitting_footer import QuickFooter
from offertui.widgets.form import AreaRow, ChoiceRow, FlagRow, Form, FormRow, TextRow, plain_text


def _closure_text(text: str) -> str:
    """The New Year closure as typed, checked and written the one way (12-29..01-03)."""
    from offertui.domain.business_days import parse_closure

    return str(parse_closure(text))


class ProfileScreen(Screen[None]):
    """Edits `profile.toml`; every change is saved as it is made."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("profile")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("profile",)

    app = getters.app(OfferAppBase)

    def compose(self) -> ComposeResult:
        themes = sorted(self.app.available_themes)
        rows: list[FormRow] = [
            TextRow("name_en", "Name (English)", plain_text, placeholder="e.g. Alex Smith"),
            TextRow(
                "name_ja", "Name (Japanese)", plain_text, placeholder="e.g. スミス・アレックス"
            ),
            AreaRow("signature", "Signature (English)", placeholder="Alex Smith\nalex@example.com"),
            AreaRow(
                "signature_ja",
                "Signature (日本語)",
                placeholder="スミス・アレックス\nalex@example.com",
            ),
            ChoiceRow(
                "email_lang", "Email language", [("English", "en"), ("日本語 (Japanese)", "ja")]
            ),
            ChoiceRow("theme", "Theme", [(name, name) for name in themes]),
            TextRow(
                "new_year_closure",
                "New Year closure",
                _closure_text,
                placeholder="12-29..01-03 (skipped when counting business days)",
            ),
            FlagRow("timestamp_notes", "Start each new line of meeting notes with the time"),
            TextRow(
                "export_folder",
                "Export folder",
                folder_setting,
                placeholder="empty: your documents folder (briefs, emails, calendar)",
            ),
        ]
        # The title and the save status stay in view; the rows scroll below them (at
        # 80x24 they all fit) and the focused one is scrolled into view.
        with Horizontal(id="profile-title-row"):
            yield Label("Profile", classes="screen-title")
            yield Label("", id="profile-status")
        with VerticalScroll(id="profile"):
            yield Static(
                "Used to sign your emails: the English ones with the English name and "
                "signature, the Japanese ones with the Japanese. Write your Japanese name as "
                "on a document (katakana or kanji); leave it empty to sign in Latin letters.",
                classes="hint",
            )
            # The theme shown is the one in use, which a broken profile may not name.
            shown = replace(self.app.profile, theme=self.app.theme)
            yield Form(rows, shown)
        yield QuickFooter()

    def on_mount(self) -> None:
        self.query_one("#name_en Input").focus()
        self._show_status()
        self.app.save_reported.subscribe(self, lambda _: self._show_status())
        if self.app.profile_error is not None:
            self.notify(
                f"profile.toml is broken ({self.app.profile_error}); changes here "
                "are not saved until it is fixed.",
                severity="error",
            )

    def _show_status(self) -> None:
        """Whether the profile as shown is on disk: saved at, or why it is not."""
        app = self.app
        if app.profile_error is not None:
            text, warning = "NOT SAVED: profile.toml is broken", True
        elif app.save_problem:
            text, warning = "NOT SAVED", True
        elif app.autosaver.pending:
            text, warning = "saving…", False
        else:
            saved = app.last_save
            text, warning = (f"saved {saved:%H:%M}" if saved else ""), False
        status = self.query_one("#profile-status", Label)
        status.update(text)
        status.set_class(warning, "-warning")

    @on(Form.Changed)
    def _changed(self, event: Form.Changed) -> None:
        if event.row.path == "theme":
            # The app remembers a theme however it was picked (the palette too).
            if event.value != self.app.theme:
                self.app.theme = event.value
            return
        self.app.update_profile(event.apply(self.app.profile))
        self._show_status()

    def on_screen_suspend(self) -> None:
        self.app.save_all()

    def action_back(self) -> None:
        self.app.save_all()
        self.dismiss()
