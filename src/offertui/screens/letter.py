"""Letter: the offer letter or 労働条件通知書 pasted in, and what it states or leaves out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea

from offertui.commands import bindings
from offertui.domain.letter_check import ItemResult, LetterCheck, check_letter
from offertui.domain.letter_pay import LetterPay, pay_from_letter
from offertui.domain.money import format_number
from offertui.domain.offer import Offer, Question, clean_text
from offertui.domain.pay import PayModel
from offertui.domain.pay_rules import DISCLAIMER
from offertui.domain.questions import (
    letter_keys_asked,
    letter_question_id,
    question_for_letter_item,
)
from offertui.resources import stylesheet
from offertui.screens.letter_words import EMPTY, carried_names
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.open_file import LoadedText, OpenTextFileDialog
from offertui.widgets.letter_checklist import (
    FIXED_OVERTIME_TERM,
    OVERTIME,
    LetterChecklist,
    OvertimeNote,
    item_term,
)
from offertui.widgets.visible import SafeTextArea

if TYPE_CHECKING:
    from offertui.session import OfferSession

#: Seconds of quiet after the last keystroke before the letter is checked again.
CHECK_DELAY = 0.3


def _read_letter(path: Path) -> str:
    # Imported when a file is read (on the dialog's thread): pypdf is not light.
    from offertui.storage.letter_file import read_letter

    return read_letter(path).text


def question_for(result: ItemResult) -> Question:
    """The question a missing letter item becomes in the question bank."""
    return question_for_letter_item(result.item)


# The items a question can be made of: the required ones not found, unconfirmed or not,
# and the ones worth having.
_ASKABLE = ("missing", "unconfirmed", "optional")

# Text this long is a letter pasted in, not a note typed while it is on its way.
LETTER_SIZE = 200


class LetterScreen(OfferScreen):
    """The letter's text beside the check of what it states; missing items become questions."""

    NAME = "letter"
    CSS_PATH = stylesheet("letter")
    # Textual types this as a plain (not ClassVar) list, so it is assigned as Textual does.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    HELP = (
        "Paste the offer letter or 労働条件通知書 (or load a PDF, a .docx or a text file in "
        "any Japanese encoding: {key:load_letter}); “Copy letter's pay into "
        "Pay”, in the palette, copies its pay terms into Pay. "
        "The list marks each item the law requires in writing: ✓ found, ✗ missing, "
        "? mentioned but not confirmed (read the letter where it says), – not applicable, "
        "○ not found but worth having. Select a missing item and press "
        "enter to add it to your questions; select a term and press enter to read it in the "
        "glossary. The check looks for words, so it tells you where to look and what to "
        f"ask, not whether the letter is lawful. {DISCLAIMER}"
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("letter"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "letter")
    # The text is the one field; what else the check shows (the questions already asked,
    # the fixed overtime in Pay) is shown afresh in place.
    FIELDS = ("letter.text",)

    def __init__(self, session: OfferSession, **options: Any) -> None:
        super().__init__(session)
        self.check: LetterCheck | None = None
        self._terms: LetterPay | None = None
        self._timer: Timer | None = None

    def compose_body(self) -> ComposeResult:
        with Container(id="letter-main"):
            yield SafeTextArea(
                self.offer.letter.text,
                soft_wrap=True,
                placeholder="Paste the offer letter or 労働条件通知書 here",
                id="letter-text",
            )
            with Vertical(id="letter-side"):
                yield Static(id="letter-summary")
                yield LetterChecklist(id="letter-checklist")
        yield Static(DISCLAIMER, classes="disclaimer")

    def on_mount(self) -> None:
        self.run_check()
        # At once, not with focus(): see OverviewScreen.on_mount.
        if self.offer.letter.text.strip():
            self.set_focus(self.checklist)
        else:
            self.set_focus(self.query_one("#letter-text", TextArea))

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        self._show()

    @property
    def checklist(self) -> LetterChecklist:
        return self.query_one(LetterChecklist)

    # --- the check ------------------------------------------------------------------

    @on(TextArea.Changed, "#letter-text")
    def _text_changed(self, event: TextArea.Changed) -> None:
        text = clean_text(event.text_area.text)
        letter = self.offer.letter
        if text != letter.text:
            # A letter pasted in whole has arrived, as one loaded from its file has: the
            # "no written offer" flag goes, and Overview's box says so (and can undo it).
            arrived = not letter.received and len(text.strip()) >= LETTER_SIZE
            self.update(
                replace(
                    self.offer,
                    letter=replace(letter, text=text, received=letter.received or arrived),
                )
            )
            if arrived:
                self.notify("Letter marked as received (Overview can change that).", timeout=4)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY, self.run_check)

    @property
    def check_pending(self) -> bool:
        """Whether the text changed and its check is still waiting for typing to pause."""
        return self._timer is not None

    def run_check(self) -> None:
        """Check the letter as it is now and show the result (the debounce calls this)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        text = self.offer.letter.text
        self.check = check_letter(text) if text.strip() else None
        self._terms = None if self.check is None else pay_from_letter(text, self.check)
        missing = tuple(r.item.key for r in self.check.missing) if self.check else ()
        if missing != self.offer.letter.missing:
            self.update(replace(self.offer, letter=replace(self.offer.letter, missing=missing)))
        self._show()

    def on_screen_suspend(self) -> None:
        # A check still waiting for its timer runs now, so the file holds its result.
        if self._timer is not None:
            self.run_check()

    def _asked(self) -> set[str]:
        return letter_keys_asked(self.offer.questions)

    def _pay_terms(self) -> tuple[PayModel, list[str]] | None:
        """Pay with the letter's terms filled in, and what they filled; None if nothing."""
        terms = self._terms
        if terms is None:
            return None
        model, filled = terms.into(self.offer.pay)
        return (model, filled) if filled else None

    def _overtime(self) -> OvertimeNote | None:
        check = self.check
        if check is None or not check.fixed_overtime_mentioned:
            return None
        return OvertimeNote(check.fixed_overtime_hours, self.offer.pay.fixed_overtime_hours)

    def _show(self) -> None:
        checklist = self.checklist
        check = self.check
        summary = self.query_one("#letter-summary", Static)
        checklist.display = check is not None
        if check is None:
            summary.update(self.app.with_keys(EMPTY))
            self.refresh_bindings()
            return
        summary.update(self._summary(check))
        checklist.show(check, self._asked(), self._overtime())
        self.refresh_bindings()

    def _summary(self, check: LetterCheck) -> Content:
        required = [r for r in check.items if r.required]
        found = sum(1 for r in required if r.found)
        kind = "Fixed-term contract" if check.fixed_term else "Open-ended contract"
        unconfirmed = len(check.unconfirmed)
        missing = len(check.missing) - unconfirmed
        parts: list[Content | tuple[str, str] | str] = [
            (kind, "bold"),
            f" · {found} of {len(required)} required items found",
        ]
        if missing:
            parts.append((f" · {missing} missing", "bold $text-error"))
        if unconfirmed:
            parts.append((f" · {unconfirmed} to confirm", "bold $text-warning"))
        if check.fixed_overtime_hours is not None:
            parts.append(
                (
                    f" · {format_number(check.fixed_overtime_hours)} h fixed overtime",
                    "$text-warning",
                )
            )
        elif check.fixed_overtime_mentioned:
            parts.append((" · fixed overtime", "$text-warning"))
        return Content.assemble(*parts)

    @on(OptionList.OptionSelected, "#letter-checklist")
    def _selected(self) -> None:
        checklist = self.checklist
        if checklist.selected_term is not None:
            self.action_glossary()
        elif checklist.selected_id == OVERTIME:
            self.action_to_pay()
        elif checklist.selected_item is not None:
            self.action_add_item(only_selected=True)

    # --- actions --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_pay":
            return self._pay_terms() is not None
        return super().check_action(action, parameters)

    def _editable(self) -> bool:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return False
        return True

    def _add_questions(self, results: Iterable[ItemResult]) -> list[Question]:
        have = {q.id for q in self.offer.questions}
        new = [question_for(r) for r in results if letter_question_id(r.item.key) not in have]
        if new:
            self.update(replace(self.offer, questions=(*self.offer.questions, *new)))
            self._show()
        return new

    def _addable(self) -> list[ItemResult]:
        if self.check is None:
            return []
        return [r for r in self.check.items if r.status in _ASKABLE]

    def action_add_item(self, only_selected: bool = False) -> None:
        """Make the selected missing item a question; from the palette, with no missing
        item selected, the first missing one not asked yet."""
        if self.check is None:
            self.notify("Paste the letter first: there is nothing to check yet.")
            return
        if not self._editable():
            return
        result = self.checklist.selected_item
        if result is None or result.status not in _ASKABLE:
            if only_selected:
                self.notify("Select a missing (✗, ?) or not found (○) item to ask about it.")
                return
            asked = self._asked()
            result = next(
                (r for r in self.check.missing if r.item.key not in asked),
                None,
            )
            if result is None:
                self.notify("Every missing item is already in your questions.")
                return
        if not self._add_questions([result]):
            self.notify("That one is already in your questions.")
            return
        self.notify(f"Added to your questions: {result.item.question}", title="Question added")

    def action_add_all(self) -> None:
        """Make every missing item (not the optional ones) a question."""
        if self.check is None:
            self.notify("Paste the letter first: there is nothing to check yet.")
            return
        if not self._editable():
            return
        new = self._add_questions(self.check.missing)
        if new:
            self.notify(f"Added {len(new)} question(s) for the missing items.")
        else:
            self.notify("Every missing item is already in your questions.")

    def action_to_pay(self) -> None:
        """Copy the letter's pay terms into Pay, filling only the fields Pay lacks."""
        if self._terms is None or not self._terms.found:
            self.notify("The letter states no pay terms to copy.")
            return
        carried = self._pay_terms()
        if carried is None:
            self.notify(
                "Pay already has what the letter states; change it in Pay "
                f"({self.app.how_to('pay')})."
            )
            return
        if not self._editable():
            return
        model, filled = carried
        self.update(replace(self.offer, pay=model))
        self._show()
        self.refresh_bindings()
        names = carried_names(filled)
        self.notify(
            f"Pay now has the letter's {names}. Pay ({self.app.how_to('pay')}) lists what to ask "
            "about them.",
            title="Copied into Pay",
        )

    def action_next(self) -> None:
        checklist = self.checklist
        # At once: `focus()` waits behind the keys already queued, which would go to the
        # widget being left.
        if checklist.has_focus or not checklist.display:
            self.set_focus(self.query_one("#letter-text", TextArea))
        else:
            self.set_focus(checklist)

    def action_glossary(self) -> None:
        checklist = self.checklist
        term: str | None = None
        if self.check is not None:
            selected_term = checklist.selected_term
            result = checklist.selected_item
            if selected_term is not None:
                term = selected_term.term
            elif result is not None:
                found = item_term(result)
                term = found.term if found else None
            elif checklist.selected_id == OVERTIME:
                term = FIXED_OVERTIME_TERM
        self.app.action_glossary(term)

    def action_load(self) -> None:
        if not self._editable():
            return

        def loaded(result: LoadedText | None) -> None:
            if result is None:
                return
            area = self.query_one("#letter-text", TextArea)
            # An edit rather than a fresh document, so ctrl+z brings the old text back.
            area.replace(result.text, area.document.start, area.document.end)
            area.move_cursor(area.document.start)
            # A letter loaded from its file has arrived: the "no written offer" flag goes.
            letter = replace(self.offer.letter, text=result.text, received=True)
            self.update(replace(self.offer, letter=letter))
            self.run_check()
            self.checklist.focus()
            self.notify(f"Loaded {result.name}. ctrl+z in the text undoes it.")

        self.app.push_screen(
            OpenTextFileDialog(
                "Load the offer letter",
                "The path of the letter: a PDF, a Word .docx, or text in any Japanese "
                "encoding (UTF-8, Shift_JIS, EUC-JP, ISO-2022-JP). offertui never needs "
                "the network.",
                read=_read_letter,
            ),
            loaded,
        )
