"""Profile: the user's names and signature for emails, and their preferences."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Label, Select, Static, TextArea

from offertui.widgets.field import Field

if TYPE_CHECKING:
    from offertui.app import OfferTUI


def _text(text: str) -> str:
    return text.strip()


def _closure_text(text: str) -> str:
    """The New Year closure as typed, checked and written the one way (12-29..01-03)."""
    from offertui.domain.business_days import parse_closure

    return str(parse_closure(text))


class ProfileScreen(Screen[None]):
    """Edits `profile.toml`; every change is saved as it is made."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", tooltip="Back to where you were", id="profile.back"),
    ]

    @property
    def tui(self) -> OfferTUI:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        profile = self.tui.profile
        with VerticalScroll(id="profile"):
            yield Label("Profile", classes="screen-title")
            yield Static(
                "Used to sign your emails. Write your Japanese name as you would on a "
                "document (katakana or kanji); leave it empty to sign in Latin letters.",
                classes="hint",
            )
            yield Field(
                "Name (English)",
                profile.name_en,
                _text,
                placeholder="e.g. Alex Smith",
                id="name_en",
            )
            yield Field(
                "Name (Japanese)",
                profile.name_ja,
                _text,
                placeholder="e.g. スミス・アレックス",
                id="name_ja",
            )
            with Horizontal(classes="row"):
                yield Label("Email signature", classes="field--label")
                yield TextArea(profile.signature, id="signature", soft_wrap=True, compact=True)
            with Horizontal(classes="row"):
                yield Label("Email language", classes="field--label")
                yield Select(
                    [("English", "en"), ("日本語 (Japanese)", "ja")],
                    value=profile.email_lang,
                    allow_blank=False,
                    compact=True,
                    id="email_lang",
                )
            themes = sorted(self.app.available_themes)
            with Horizontal(classes="row"):
                yield Label("Theme", classes="field--label")
                yield Select(
                    [(name, name) for name in themes],
                    value=self.app.theme if self.app.theme in themes else Select.NULL,
                    allow_blank=False,
                    compact=True,
                    id="theme",
                )
            yield Field(
                "New Year closure",
                profile.new_year_closure,
                _closure_text,
                placeholder="12-29..01-03 (skipped when counting business days)",
                id="new_year_closure",
            )
            yield Checkbox(
                "Start each new line of meeting notes with the time",
                profile.timestamp_notes,
                id="timestamp_notes",
                compact=True,
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#name_en Input").focus()
        if self.tui.profile_error is not None:
            self.notify(
                f"profile.toml is broken ({self.tui.profile_error}); changes here "
                "are not saved until it is fixed.",
                severity="error",
            )

    @on(Field.Changed)
    def _field(self, event: Field.Changed) -> None:
        key = event.field.id or ""
        self.tui.update_profile(replace(self.tui.profile, **{key: event.value}))

    @on(TextArea.Changed, "#signature")
    def _signature(self, event: TextArea.Changed) -> None:
        self.tui.update_profile(replace(self.tui.profile, signature=event.text_area.text))

    @on(Select.Changed, "#email_lang")
    def _lang(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.tui.update_profile(replace(self.tui.profile, email_lang=event.value))

    @on(Select.Changed, "#theme")
    def _theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.app.theme:
            self.app.theme = event.value

    @on(Checkbox.Changed, "#timestamp_notes")
    def _timestamps(self, event: Checkbox.Changed) -> None:
        self.tui.update_profile(replace(self.tui.profile, timestamp_notes=event.value))

    def on_screen_suspend(self) -> None:
        self.tui.save_all()

    def action_close(self) -> None:
        self.tui.save_all()
        self.dismiss()
