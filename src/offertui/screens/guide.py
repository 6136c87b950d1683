"""Guide: how the offer stage goes in Japan, each part linked to the screen where you act."""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from offertui.app import styles_dir
from offertui.domain.guide import GUIDE, GuideSection

if TYPE_CHECKING:
    from offertui.app import OfferTUI

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

    CSS_PATH = str(styles_dir() / "guide.tcss")
    HELP_TITLE = "Guide"
    HELP = (
        "A short guide to the offer stage in Japan. Pick a part with up and down; enter "
        "takes you to the screen where you act on it, for the offer you have open."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", tooltip="Back to where you were", id="guide.back"),
        Binding(
            "enter",
            "go",
            "Go there",
            tooltip="Open the screen this part of the guide points to",
            id="guide.go",
            priority=True,
        ),
    ]

    def __init__(self, origin: Screen[Any]) -> None:
        super().__init__()
        self._origin = origin

    @property
    def tui(self) -> OfferTUI:
        return self.app  # type: ignore[return-value]

    @property
    def _workspace(self) -> Any:
        from offertui.screens.workspace import WorkspaceScreen

        return self._origin if isinstance(self._origin, WorkspaceScreen) else None

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
        yield Footer()

    def on_mount(self) -> None:
        sections = self.query_one("#guide-sections", OptionList)
        sections.highlighted = 0
        sections.focus()
        self._show(GUIDE[0])

    @property
    def current(self) -> GuideSection:
        index = self.query_one("#guide-sections", OptionList).highlighted or 0
        return GUIDE[index]

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
        if section.action_target == "glossary" or self._workspace is not None:
            note = Content.styled("  (enter)", "dim")
        else:
            note = Content.styled(
                "\nOpen an offer first: esc, pick it and press enter. Then ctrl+p → Guide "
                "brings you back here.",
                "dim",
            )
        action.update(Content.assemble(link, note))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_go(self) -> None:
        section = self.current
        target = section.action_target
        if not target:
            return
        if target == "glossary":
            self._open_glossary()
            return
        workspace = self._workspace
        if workspace is None:
            self.notify(
                f"Open an offer first: this part leads to {_LABELS.get(target, target)}, "
                "which belongs to one offer. Pick it on the Offers screen.",
                title="No offer open",
            )
            return
        from offertui.screens.workspace import SCREENS

        if not any(name == target for name, *_rest in SCREENS):
            self.notify(
                f"The {_LABELS.get(target, target)} screen is not in this version of offertui yet.",
            )
            return
        session = workspace.session
        options = _OPTIONS.get(section.key, {})
        if target != "prep":
            options = {k: v for k, v in options.items() if k != "section"}
        if target != "emails":
            options = {k: v for k, v in options.items() if k != "kind"}
        self.dismiss(None)
        self.tui.show_workspace(session, target, **options)

    def _open_glossary(self) -> None:
        if importlib.util.find_spec("offertui.screens.glossary") is None:
            self.notify(
                "The glossary of offer-letter terms is coming in a later version.",
                title="Glossary",
            )
            return
        self.dismiss(None)
        open_glossary = getattr(self.app, "action_glossary", None)
        if open_glossary is not None:
            open_glossary()
        else:
            module = importlib.import_module("offertui.screens.glossary")
            self.app.push_screen(module.GlossaryScreen())
