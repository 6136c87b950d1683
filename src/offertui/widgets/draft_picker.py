"""The side of the Emails screen: which draft (its kind and language) is shown, which
drafts are saved or sent, and what the shown one is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from offertui.domain.emails import KINDS, LANG_LABELS, LANGS
from offertui.widgets.enter_moves_on import ChooseOnEnter

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

# Short names for the narrow list of kinds; domain.emails.KIND_LABELS has the long ones.
KIND_SHORT: Final = {
    "request-letter": "Request letter",
    "request-meeting": "Request meeting",
    "need-time": "Need time",
    "negotiate": "Negotiate",
    "accept": "Accept",
    "decline": "Decline",
}


class DraftPicker(Vertical):
    """A list of kinds and one of languages; posts `Picked` when either moves, and calls
    `choose` when one is chosen, at once on Enter (the draft is then the place to type,
    and keys typed right behind Enter belong there)."""

    @dataclass
    class Picked(Message):
        kind: str
        lang: str

    def __init__(
        self, kind: str, lang: str, *, choose: Callable[[], object], id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._choose = choose
        self.kind = kind
        self.lang = lang
        self._marks: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        kinds = ChooseOnEnter(
            *(Option(KIND_SHORT[k], id=k) for k in KINDS), id="email-kinds", choose=self._choose
        )
        kinds.border_title = "Email"
        yield kinds
        langs = ChooseOnEnter(
            *(Option(LANG_LABELS[g], id=g) for g in LANGS), id="email-lang", choose=self._choose
        )
        langs.border_title = "Language"
        yield langs
        yield Static("", id="email-state", markup=False)

    def on_mount(self) -> None:
        self.pick(self.kind, self.lang)

    def pick(self, kind: str | None = None, lang: str | None = None) -> None:
        """Move to `kind` and `lang` (either may stay as it is)."""
        if lang in LANGS:
            self.query_one("#email-lang", OptionList).highlighted = LANGS.index(lang)
        if kind in KINDS:
            self.query_one("#email-kinds", OptionList).highlighted = KINDS.index(kind)

    def toggle_lang(self) -> None:
        self.pick(lang=LANGS[(LANGS.index(self.lang) + 1) % len(LANGS)])

    def show_state(self, offer: Offer) -> None:
        """Say what the shown draft is, and mark the kinds with a saved draft (•) or a
        sent one (✓) in this language."""
        draft = offer.draft(self.kind, self.lang)
        if draft is None:
            state = "Filled from the offer and your profile. Edits are saved."
        elif draft.sent is not None:
            state = f"Sent {draft.sent.isoformat()}."
        else:
            state = "Your edited draft, saved in the offer."
        self.query_one("#email-state", Static).update(state)
        kinds = self.query_one("#email-kinds", OptionList)
        for kind in KINDS:
            saved = offer.draft(kind, self.lang)
            mark = "" if saved is None else " ✓" if saved.sent else " •"
            if self._marks.get(kind, "") != mark:
                self._marks[kind] = mark
                kinds.replace_option_prompt(kind, KIND_SHORT[kind] + mark)

    @on(OptionList.OptionHighlighted, "#email-kinds")
    def _kind_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        kind = event.option.id
        if kind in KINDS and kind != self.kind:
            self.kind = kind
            self.post_message(self.Picked(self.kind, self.lang))

    @on(OptionList.OptionHighlighted, "#email-lang")
    def _lang_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        lang = event.option.id
        if lang in LANGS and lang != self.lang:
            self.lang = lang
            self.post_message(self.Picked(self.kind, self.lang))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click: Enter has chosen already
        self._choose()
