"""Prep: get ready for the offer meeting: the letter, the eight facts, the questions,
what feels off, and the negotiation plan, one part (a widget) each."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.widget import AwaitMount
from textual.widgets import Static, TabbedContent, TabPane

from offertui.commands import bindings
from offertui.domain.offer import Offer, Question
from offertui.domain.prep import SECTIONS, missing_defaults, next_step, readiness
from offertui.domain.question_bank import topic_label
from offertui.resources import stylesheet
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.prep_dialogs import QuestionDialog, RestoreDialog
from offertui.session import OfferSession
from offertui.widgets.doubt_list import DoubtList
from offertui.widgets.offer_part import OfferPart
from offertui.widgets.prep.doubts import DoubtsPart
from offertui.widgets.prep.facts import FactsTable
from offertui.widgets.prep.letter_status import LetterStatus
from offertui.widgets.prep.negotiation import NegotiationPlan
from offertui.widgets.prep.questions import QuestionsPart, topic_options
from offertui.widgets.question_list import DERIVED_MARK, OWN_MARK, QuestionList

SECTION_LABELS: dict[str, str] = {
    "letter": "Letter status",
    "facts": "Facts",
    "questions": "Questions",
    "doubts": "What feels off",
    "negotiation": "Negotiation",
}
PARTS: dict[str, type[OfferPart]] = {
    "letter": LetterStatus,
    "facts": FactsTable,
    "questions": QuestionsPart,
    "doubts": DoubtsPart,
    "negotiation": NegotiationPlan,
}


class PrepPane(TabPane):
    """A part's tab. Textual shows a part when the focus lands in it, on a message that
    comes a moment later: by then a command may have shown another part and moved the
    focus there (the palette's "Move question up" from the letter part), and the late
    message would show the first part again over it. It is dropped then."""

    def on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        focused = self.screen.focused
        if focused is None or self not in focused.ancestors:
            event.stop()


class PrepScreen(OfferScreen):
    """Everything to get ready for the offer meeting, in five parts."""

    NAME = "prep"
    CSS_PATH = stylesheet("prep")
    HELP_TITLE = "Prep"
    HELP = (
        "Get ready for the offer meeting: the written offer, the eight facts (what you know, "
        "where it came from, whether it is confirmed), your questions, what feels off, and "
        f"how you will negotiate. {OWN_MARK} is your own must-ask mark; {DERIVED_MARK} means "
        "must-ask because a fact on that topic is unknown or unconfirmed."
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("prep"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "prep")
    # The questions are a list (edited in dialogs), shown afresh in place; of the letter,
    # only what its part holds in fields (the Letter screen's check is shown in place).
    FIELDS = ("facts", "doubts", "negotiation", *LetterStatus.FIELDS)

    def __init__(self, session: OfferSession, section: str | None = None, **_options: Any) -> None:
        super().__init__(session)
        self._start = section if section in SECTIONS else next_step(session.offer)[0]
        # The parts made so far, by name, and those made but not yet composed.
        self._made: dict[str, OfferPart] = {}
        self._mounting: dict[str, AwaitMount] = {}

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        yield Static(id="prep-readiness")
        # Only the part shown first is made now; each other is made when first shown.
        with TabbedContent(initial=self._start, id="prep-sections"):
            for name in PARTS:
                with PrepPane(SECTION_LABELS[name], id=name):
                    if name == self._start:
                        yield self._make_part(name)

    def _make_part(self, name: str) -> OfferPart:
        widget = PARTS[name](self.offer, read_only=self.session.read_only, id=f"{name}-part")
        if isinstance(widget, QuestionsPart):
            widget.lang = self.session.shown_lang
        self._made[name] = widget
        return widget

    def on_mount(self) -> None:
        self._show_readiness()
        self.call_after_refresh(self._show_section, self._start)

    @property
    def questions(self) -> QuestionsPart:
        """The questions part (made once it has been shown)."""
        return self.query_one(QuestionsPart)

    @property
    def doubts(self) -> DoubtsPart:
        """The part of what feels off (made once it has been shown)."""
        return self.query_one(DoubtsPart)

    def reopen_options(self) -> dict[str, Any]:
        return {"section": self.section}

    def show_options(self, section: str | None = None, **_options: Any) -> None:
        if section in SECTIONS:
            self.call_next(self._show_section, section)

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        for part in self._made.values():
            part.show_offer(offer)
        self._show_readiness()
        self.refresh_bindings()

    # --- the offer -------------------------------------------------------------------

    @on(OfferPart.Edited)
    def _edited(self, event: OfferPart.Edited) -> None:
        event.stop()
        self.update(event.change(self.offer))
        for part in self._made.values():
            part.offer = self.offer
        self._show_readiness()
        # Asking for the letter is offered only while there is none.
        self.refresh_bindings()

    def _show_readiness(self) -> None:
        ready = readiness(self.offer)
        # One line at 80 columns: "must-ask unanswered" says how they are counted (a
        # skipped one too, as the meeting's summary does), so the label goes.
        parts: list[Content | str] = [
            Content.styled(f"{ready.facts_known}/{ready.facts_total} facts", "bold"),
            f" · {ready.facts_confirmed} confirmed · ",
            Content.styled(f"{ready.must_ask} must-ask", "bold"),
            " unanswered · ",
        ]
        if ready.letter_received:
            parts.append(Content.assemble("letter ", ("✓", "$text-success")))
        else:
            parts.append(Content.styled("no letter yet", "bold $text-warning"))
        waiting = ready.doubts_without_question
        if waiting:
            noun = "doubt" if waiting == 1 else "doubts"
            parts.extend([" · ", Content.styled(f"{waiting} {noun} to ask", "$text-warning")])
        self.query_one("#prep-readiness", Static).update(Content.assemble(*parts))

    # --- the parts -------------------------------------------------------------------

    @property
    def section(self) -> str:
        return self.query_one(TabbedContent).active or SECTIONS[0]

    async def _composed(self, name: str) -> OfferPart:
        """The part, made on its first showing, once it is composed."""
        if name not in self._made:
            pane = self.query_one(f"TabPane#{name}", TabPane)
            self._mounting[name] = pane.mount(self._make_part(name))
        waiting = self._mounting.get(name)
        if waiting is not None:
            await waiting
            self._mounting.pop(name, None)
        return self._made[name]

    async def _show_section(self, name: str) -> None:
        """Show part `name` and focus where typing starts in it."""
        self.query_one(TabbedContent).active = name
        part = await self._composed(name)
        if name == "negotiation":
            self._load_other_offers()
        target = part.first_focus()
        if target is not None and not self.session.read_only:
            # At once, not after the messages queued: a command run right after this
            # (the palette's) must find the focus where it is now (see PrepPane).
            self.set_focus(target)

    async def _to(self, name: str) -> None:
        if self.section != name:
            await self._show_section(name)
        else:
            await self._composed(name)

    def _load_other_offers(self) -> None:
        """Give the negotiation plan the other offers, read once from the folder."""
        plan = self._made.get("negotiation")
        if isinstance(plan, NegotiationPlan) and plan.others is None:
            summaries, _broken = self.app.store.scan()
            plan.show_others(summaries)

    @on(TabbedContent.TabActivated, "#prep-sections")
    async def _section_shown(self, event: TabbedContent.TabActivated) -> None:
        name = event.pane.id or ""
        if name not in PARTS:
            return
        shown_before = name in self._made and name not in self._mounting
        part = await self._composed(name)
        if shown_before:
            # Another part may have changed what this one shows (a doubt became a question).
            part.show_offer(self.offer)
        if name == "negotiation":
            self._load_other_offers()

    def section_choices(self) -> list[tuple[str, str]]:
        """The palette's "Prep: …" entries: each part and its name."""
        return [(name, SECTION_LABELS[name]) for name in SECTIONS]

    async def action_show_section(self, name: str) -> None:
        if name in SECTIONS:
            await self._show_section(name)

    async def _step_section(self, step: int) -> None:
        index = SECTIONS.index(self.section) if self.section in SECTIONS else 0
        await self._show_section(SECTIONS[(index + step) % len(SECTIONS)])

    async def action_next(self) -> None:
        await self._step_section(1)

    async def action_previous_part(self) -> None:
        await self._step_section(-1)

    # --- the letter --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The letter is asked for only while none has come.
        if action == "request_letter":
            return not self.offer.letter.received
        return super().check_action(action, parameters)

    def action_request_letter(self) -> None:
        self.app.show_offer_screen(self.session, "emails", kind="request-letter")

    @on(LetterStatus.RequestLetter)
    def _request_letter(self) -> None:
        self.action_request_letter()

    # --- questions ---------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.questions.editable()

    async def action_add_question(self) -> None:
        """A question of your own; on What feels off, the selected doubt becomes one."""
        if self.section == "doubts":
            await self._to("doubts")
            self.doubts.to_question()
            return
        await self._to("questions")
        if not self._editable():
            return
        selected = self.questions.selected
        topic = selected.topic if selected is not None else "other"

        def add(question: Question | None) -> None:
            if question is not None:
                self.questions.add(question, selected.id if selected is not None else None)
                self.notify(f"Added under {topic_label(question.topic)}.")

        self.app.push_screen(QuestionDialog(topic, topic_options(self.offer)), add)

    def show_lang(self, lang: str) -> None:
        questions = self._made.get("questions")
        if isinstance(questions, QuestionsPart):  # else it is made in that language
            questions.show_lang(lang)

    async def action_edit_question(self) -> None:
        await self._to("questions")
        self.questions.edit_selected()

    async def action_toggle_must_ask(self) -> None:
        await self._to("questions")
        self.questions.toggle_must_ask()

    async def action_move_question(self, step: int) -> None:
        await self._to("questions")
        self.questions.move(step)

    async def action_toggle_view(self) -> None:
        await self._to("questions")
        self.questions.toggle_view()

    async def action_restore_question(self) -> None:
        await self._to("questions")
        if not self._editable():
            return
        missing = missing_defaults(self.offer.questions)
        if not missing:
            self.notify("Every built-in question is already in your list.")
            return

        def restore(key: str | None) -> None:
            if key:
                self.questions.restore(key)
                self.notify("Restored.")

        self.app.push_screen(RestoreDialog(missing), restore)

    async def action_delete(self) -> None:
        """Delete the selected question or doubt, whichever part is shown (asks first)."""
        if self.section == "doubts":
            await self._to("doubts")
            self._delete_doubt()
        else:
            await self._to("questions")
            self._delete_question()

    @on(QuestionList.DeleteAsked)
    def _question_delete_asked(self, event: QuestionList.DeleteAsked) -> None:
        event.stop()
        self._delete_question()

    def _delete_question(self) -> None:
        question = self.questions.selected
        if question is None or not self._editable():
            return
        if question.default:
            note = (
                "It came with offertui: you can bring it back "
                f"({self.app.how_to('restore_question')})."
            )
        else:
            note = "It is one of your own, so it cannot be restored."

        def delete(yes: bool | None) -> None:
            if yes:
                self.questions.remove_question(question.id)

        self.app.push_screen(
            ConfirmDialog(
                "Delete this question?",
                f"{question.text}\n\n{note}",
                yes="Delete",
                markup=False,
                again="delete",
            ),
            delete,
        )

    # --- doubts ------------------------------------------------------------------------

    async def action_add_doubt(self) -> None:
        await self._to("doubts")
        self.doubts.start_new()

    async def action_edit_doubt(self) -> None:
        await self._to("doubts")
        self.doubts.start_edit()

    @on(DoubtList.DeleteAsked)
    def _doubt_delete_asked(self, event: DoubtList.DeleteAsked) -> None:
        event.stop()
        self._delete_doubt()

    def _delete_doubt(self) -> None:
        index = self.doubts.selected
        if index is None or not self.doubts.editable():
            return
        doubt = self.offer.doubts[index]

        def delete(yes: bool | None) -> None:
            if yes:
                self.doubts.remove_doubt(doubt)

        self.app.push_screen(
            ConfirmDialog(
                "Delete this doubt?",
                f"{doubt}\n\nA question you made from it stays in Questions.",
                yes="Delete",
                markup=False,
                again="delete",
            ),
            delete,
        )
