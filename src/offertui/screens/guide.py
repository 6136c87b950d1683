"""Guide: how the offer stage goes in Japan, each part linked to the screen where you act."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from offertui.base_app import OfferAppBase
from offertui.commands import bindings
from offertui.domain.guide import GUIDE, GuideSection
from offertui.resources import stylesheet
from offertui.screens.offer_screen import OfferScreen
from offertui.widgets.fitting_footer import QuickFooter

# Where a section leads can be more precise than the screen: the right email, the right
# part of Prep. Screens ignore options they do not know.
_OPTIONS: dict[str, dict[str, str]] = {
    "what": {"kind": "request-meeting"},
    "negotiate": {"kind": "negotiate"},
    "questions": {"section": "questions"},
    "prepare": {"section": "facts"},
}
_LABELS = {
    "prep": "Prep",
    "meeting": "Meeting",
    "decision": "Decision",
    "emails": "Emails",
    "glossary": "Glossary",
}


class GuideScreen(Screen[None]):
    """The guide's sections on the left, the chosen one on the right; enter goes there."""

    CSS_PATH = stylesheet("guide")
    HELP_TITLE = "Guide"
    HELP = (
        "A short guide to the offer stage in Japan. Pick a part with up and down; enter "
        "takes you to the screen where you act on it, for the offer you have open."
    )
    BINDINGS: ClassVar[list[BindingType]] = [*bindings("guide")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("guide",)

    def __init__(self, origin: Screen[Any]) -> None:
        super().__init__()
        self._origin = origin

    app = getters.app(OfferAppBase)

    @property
    def _offer_screen(self) -> OfferScreen | None:
        """The offer screen the guide was opened from, if any: its offer is acted on."""
        return self._origin if isinstance(self._origin, OfferScreen) else None

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                ("Guide: the offer stage in Japan", "bold $text-accent"),
                ("  ·  ↑↓ pick a part, enter to act on it", "$foreground-muted"),
            ),
            id="guide-title",
        )
        with Horizontal(id="guide-body"):
            yield OptionList(
                *(
                    Option(
                        Content.assemble((f"{n}. ", "$foreground-muted"), section.title),
                        id=section.key,
                    )
                    for n, section in enumerate(GUIDE, 1)
                ),
                id="guide-sections",
            )
            with VerticalScroll(id="guide-page"):
                yield Static(id="guide-text")
                yield Static(id="guide-action")
        yield QuickFooter()

    def on_mount(self) -> None:
        sections = self.query_one("#guide-sections", OptionList)
        sections.highlighted = 0
        sections.focus()
        self._show(GUIDE[0])

    @property
    def current(self) -> GuideSection:
        index = self.query_one("#guide-sections", OptionList).highlighted or 0
        return GUIDE[index]

    @on(OptionList.OptionSelected, "#guide-sections")
    def _chosen(self) -> None:
        self.action_open()

    @on(OptionList.OptionHighlighted, "#guide-sections")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(GUIDE[event.option_index])

    def _show(self, section: GuideSection) -> None:
        body = Content("\n").join(Content(line) for line in section.lines)
        title = Content.styled(section.title, "bold $text-accent")
        self.query_one("#guide-text", Static).update(Content.assemble(title, "\n\n", body))
        action = self.query_one("#guide-action", Static)
        if not section.action_target:
            action.update("")
            return
        link = Content.assemble(("→ ", "bold $text-accent"), (section.action_label, "bold"))
        if section.action_target == "glossary" or self._offer_screen is not None:
            note = Content.styled("  (enter)", "dim")
        else:
            note = Content.styled(
                "\nOpen an offer first: esc, pick it and press enter. Then "
                f"{self.app.how_to('guide')} brings you back here.",
                "dim",
            )
        action.update(Content.assemble(link, note))

    def action_back(self) -> None:
        self.dismiss(None)

    def action_open(self) -> None:
        section = self.current
        target = section.action_target
        if not target:
            return
        if target == "glossary":
            self._open_glossary()
            return
        origin = self._offer_screen
        if origin is None:
            self.notify(
                f"Open an offer first: this part leads to {_LABELS.get(target, target)}, "
                "which belongs to one offer. Pick it on the Offers screen.",
                title="No offer open",
            )
            return
        options = _OPTIONS.get(section.key, {})
        if target != "prep":
            options = {k: v for k, v in options.items() if k != "section"}
        if target != "emails":
            options = {k: v for k, v in options.items() if k != "kind"}
        self.dismiss(None)
        self.app.show_offer_screen(origin.session, target, **options)

    def _open_glossary(self) -> None:
        self.dismiss(None)
        self.app.action_glossary()
