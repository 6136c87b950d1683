"""What a command is: its id, names, key, and where it is bound and offered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from textual.binding import Binding

#: Scopes whose widgets hold no text to type into: single printable keys may act there.
LIST_SCOPES: Final = frozenset({"home"})

#: The scopes of screens, as the palette and F1 see them (the others are widgets').
SCREEN_SCOPES: Final = frozenset(
    {
        "app",
        "offer",
        "home",
        "overview",
        "prep",
        "meeting",
        "decision",
        "emails",
        "pay",
        "letter",
        "glossary",
        "guide",
        "compare",
        "profile",
        "help",
        "dialog",
        "confirm",
    }
)


@dataclass(frozen=True, slots=True)
class Command:
    """One thing a user can do: how it is named, where, and with which key.

    `scopes` are where it is bound: "app" on the App, "offer" on every screen of an
    offer, a screen's name on that screen, a widget's scope on that widget (the
    question list). `screens` are where the palette and F1 offer it (by default its
    screen scopes). A command without a `key` is run from the palette; `letter` is a
    single-letter key it also has on the Offers list. `each` names a method of the
    screen that lists the command's variants ("Email: Accept", "Email: Decline").
    `short` is its footer label, `footer` where the footer shows it (True: wherever
    it is bound); `labels` and `tooltips` word it differently in some scopes.
    """

    id: str
    name: str
    description: str
    group: str
    scopes: tuple[str, ...]
    key: str = ""
    letter: str = ""
    action: str = ""
    short: str = ""
    footer: bool | tuple[str, ...] = False
    labels: Mapping[str, str] = field(default_factory=dict)
    tooltips: Mapping[str, str] = field(default_factory=dict)
    while_typing: bool = False
    palette: bool = True
    each: str = ""
    key_display: str = ""
    on_app: bool = False
    screens: tuple[str, ...] = ()

    @property
    def action_name(self) -> str:
        return self.action or self.id

    @property
    def app_wide(self) -> bool:
        """Whether the App runs it (its action is the App's), wherever it is bound."""
        return self.on_app or "app" in self.scopes

    @property
    def footer_scopes(self) -> tuple[str, ...]:
        if self.footer is True:
            return self.scopes
        return self.footer or ()

    @property
    def palette_screens(self) -> tuple[str, ...]:
        return self.screens or tuple(s for s in self.scopes if s in SCREEN_SCOPES)

    def scope_on(self, scopes: tuple[str, ...]) -> str:
        """The scope this command has on a screen of `scopes`, the most specific first
        (Back on the Meeting is the offer's Back): its wording and keys there."""
        for scope in reversed(scopes):
            if scope in self.scopes or scope in self.palette_screens:
                return scope
        return "app"

    def label(self, scope: str) -> str:
        """The short name the footer shows in `scope`."""
        return self.labels.get(scope, self.short or self.name)

    def tooltip(self, scope: str) -> str:
        return self.tooltips.get(scope, self.description)

    def keys_in(self, scope: str) -> str:
        """The default keys in `scope`: the key, and on a list screen its letter."""
        keys = [k for k in (self.letter if scope in LIST_SCOPES else "", self.key) if k]
        return ",".join(keys)

    def binding(self, scope: str) -> Binding:
        """The Textual binding of this command in `scope`; its id is the command's."""
        action = self.action_name
        if self.app_wide and scope != "app":
            action = f"app.{action}"
        return Binding(
            self.keys_in(scope),
            action,
            self.label(scope),
            show=scope in self.footer_scopes,
            key_display=self.key_display or None,
            priority=self.while_typing,
            tooltip=self.tooltip(scope),
            id=self.id,
        )


def keyless(id: str, name: str, description: str, group: str, *scopes: str) -> Command:
    """A command with no key: the palette runs it (a user may give it one). It works
    where `scopes` say, by default on the screen named like its group."""
    return Command(id, name, description, group, scopes or (group.lower(),))
