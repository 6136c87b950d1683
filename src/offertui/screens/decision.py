"""Decision: the red flags, the choice and the reply deadline, pros and cons, next steps."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.widgets import (
    Input,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from offertui.commands import bindings
from offertui.domain import decision as d
from offertui.domain.business_days import profile_closure
from offertui.domain.emails import KIND_LABELS, LANG_LABELS
from offertui.domain.offer import CHOICE_LABELS, CHOICES, Offer
from offertui.domain.red_flags import RedFlag, red_flags
from offertui.domain.revisions import terms_summary
from offertui.domain.terminal_text import visible
from offertui.resources import stylesheet
from offertui.screens.decision_words import WORDS
from offertui.screens.dialogs import ConfirmDialog, EmailProposalDialog
from offertui.screens.offer_screen import OfferScreen
from offertui.widgets.entry_list import error_line, refill, show_error
from offertui.widgets.flag_line import SEVERITY_MARKS, shorten
from offertui.widgets.flag_pane import FlagPane
from offertui.widgets.form import Form

if TYPE_CHECKING:
    from offertui.session import OfferSession

#: How many open flags the "accept anyway?" question lists.
CONFIRM_LISTED = 5


def _reasons(title: str, kind: str) -> ComposeResult:
    """A titled list of pros or cons, with the field that adds one and its error line."""
    yield Label(title, classes="decision--title")
    yield OptionList(id=f"{kind}s", compact=True)
    yield Input(
        placeholder=f"Add a {kind}, enter", id=f"new-{kind}", compact=True, select_on_focus=False
    )
    yield error_line(f"new-{kind}", "decision--error")


class DecisionScreen(OfferScreen):
    """Red flags on the left; the choice, the deadline, pros and cons on the right."""

    NAME = "decision"
    CSS_PATH = stylesheet("decision")
    HELP = (
        "Red flags come from what the offer file holds (● high, ▲ medium, ○ low); add your "
        "own in the field below them, remove one of yours with delete. Choose with the radio "
        "buttons (or the "
        "palette: “Choose: accept” …); the stage follows and the matching email is offered. "
        "Pros, cons and next steps: type and press enter to add, delete removes the "
        "highlighted one, space ticks a step. Companies read a quick reply as interest: "
        "aim to answer within about a day of the meeting."
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("decision"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "decision")
    # All else it shows again each time it is shown (`on_screen_resume`).
    FIELDS = ("decision",)

    def __init__(self, session: OfferSession, **options: Any) -> None:
        # No options yet: the screen always opens on the offer as it stands.
        super().__init__(session)
        # The choice waiting for the user's answer in a dialog, if any.
        self._asking: str | None = None

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        offer = self.offer
        with Horizontal(id="decision"):
            yield FlagPane(id="decision-flags")
            side = VerticalScroll(id="decision-side")
            # Tab goes straight from the flags to the choice; focus scrolls this column.
            side.can_focus = False
            with side:
                yield Static("", id="countdown", markup=False)
                yield Static("", id="nudge", markup=False)
                yield Static("", id="terms", markup=False)
                with RadioSet(id="choice", compact=True):
                    for choice in CHOICES:
                        yield RadioButton(
                            CHOICE_LABELS[choice],
                            value=choice == offer.decision.choice,
                            id=f"choice-{choice}",
                        )
                yield Form(WORDS, offer, id="words")
                with Vertical(id="next-steps-box"):
                    yield Label("Next steps", classes="decision--title")
                    yield SelectionList[int](id="next-steps", compact=True)
                    yield Input(
                        placeholder="Add a step, enter",
                        id="new-step",
                        compact=True,
                        select_on_focus=False,
                    )
                    yield error_line("new-step", "decision--error")
                yield from _reasons("Pros", "pro")
                yield from _reasons("Cons", "con")

    def on_mount(self) -> None:
        self._show(self.offer)
        flags = self.query_one(FlagPane).options
        # With no red flag the list is no Tab stop; its field is. See also
        # OverviewScreen.on_mount.
        self.set_focus(flags if flags.focusable else self.query_one("#new-flag"))

    def on_screen_resume(self) -> None:
        # The clock moved on, or another screen changed the offer.
        self._show(self.offer)

    # --- showing the offer -----------------------------------------------------------

    @property
    def flags(self) -> list[RedFlag]:
        now = self.app.now()
        return red_flags(self.offer, now.date(), now)

    def _show(self, offer: Offer) -> None:
        now = self.app.now()
        self.query_one(FlagPane).show(red_flags(offer, now.date(), now))

        timer = d.countdown(offer, now.date(), profile_closure(self.app.profile.new_year_closure))
        countdown = self.query_one("#countdown", Static)
        countdown.update(timer.text)
        for level in ("none", "ok", "soon", "overdue", "done"):
            countdown.set_class(level == timer.level, f"-{level}")
        self.query_one("#nudge", Static).update(d.nudge(offer, now))
        self.show_terms(offer)

        decision = offer.decision
        # Content(...) keeps the user's brackets as text, not markup.
        for name, items in (("pros", decision.pros), ("cons", decision.cons)):
            lines = [Content(visible(t, keep="")) for t in items]
            refill(self.query_one(f"#{name}", OptionList), lines)
        steps = self.query_one("#next-steps", SelectionList)
        highlighted = steps.highlighted
        steps.clear_options()
        steps.add_options(
            [
                Selection(Content(visible(text, keep="")), index, done)
                for index, (text, done) in enumerate(decision.next_steps)
            ]
        )
        steps.can_focus = bool(steps.option_count)  # as refill does for the other lists
        if steps.option_count:
            steps.highlighted = min(highlighted or 0, steps.option_count - 1)
        accepting = decision.choice == "accept"
        self.query_one("#next-steps-box").display = accepting or bool(decision.next_steps)
        # Only the acceptance says what is attached.
        for field in self.query("#attachment, #attachment-ja"):
            field.display = accepting or bool(decision.attachment or decision.attachment_ja)

    def show_terms(self, offer: Offer) -> None:
        terms = self.query_one("#terms", Static)
        summary = terms_summary(offer)
        if not summary and offer.decision.choice == "negotiate":
            summary = f"When the company answers: {self.app.how_to('record_revision')}."
        terms.update(summary)
        terms.display = bool(summary)

    def _change(self, offer: Offer) -> None:
        self.update(offer)
        self._show(offer)

    # --- the choice ------------------------------------------------------------------

    @on(RadioSet.Changed, "#choice")
    def _choice_changed(self, event: RadioSet.Changed) -> None:
        choice = (event.pressed.id or "").removeprefix("choice-")
        # Showing a choice made elsewhere (the palette, a revert) sends this too.
        if choice in CHOICES and choice not in (self.offer.decision.choice, self._asking):
            self.choose(choice)

    def _show_choice(self, choice: str) -> None:
        button = self.query_one(f"#choice-{choice}", RadioButton)
        if not button.value:
            button.value = True

    def choose(self, choice: str) -> None:
        """Make `choice`; accepting with red flags open asks once more first."""
        if self.session.read_only:
            self.notify("Read-only: this offer is open in another offertui.", severity="warning")
            return
        self._show_choice(choice)
        flags = self.flags
        if choice != "accept" or not flags:
            self._apply_choice(choice)
            return

        def settle(yes: bool | None) -> None:
            self._asking = None
            if yes:
                self._apply_choice(choice)
            else:
                self._show_choice(self.offer.decision.choice)

        # A short list, so the dialog's buttons stay on screen at 80x24.
        # ConfirmDialog reads markup; the titles may hold the user's own brackets.
        listed = "\n".join(
            f"{SEVERITY_MARKS[f.severity][0]} {escape(shorten(f.title, 60))}"
            for f in flags[:CONFIRM_LISTED]
        )
        if len(flags) > CONFIRM_LISTED:
            listed += f"\n… and {len(flags) - CONFIRM_LISTED} more on the Decision screen"
        self._asking = choice
        self.app.push_screen(
            ConfirmDialog(
                f"Accept with {len(flags)} red flag{'s' if len(flags) != 1 else ''} open?",
                f"{listed}\n\nEach has a next step on this screen. Accepting is still your "
                "call; you can also ask for more time first.",
                yes="Accept anyway",
                no="Not yet",
            ),
            settle,
        )

    def _apply_choice(self, choice: str) -> None:
        self._change(d.choose(self.offer, choice, self.app.now()))
        kind = d.EMAIL_FOR_CHOICE.get(choice)
        if kind is None:
            return
        lang = self.app.profile.email_lang

        def open_email(yes: bool | None) -> None:
            if yes:
                self.app.show_offer_screen(self.session, "emails", kind=kind, lang=lang)

        self.app.push_screen(
            EmailProposalDialog(
                CHOICE_LABELS[choice],
                kind,
                KIND_LABELS.get(kind, kind),
                LANG_LABELS.get(lang, lang),
            ),
            open_email,
        )

    # --- the lists -------------------------------------------------------------------

    @on(Input.Submitted, "#new-flag, #new-pro, #new-con, #new-step")
    def _add(self, event: Input.Submitted) -> None:
        event.stop()
        field = event.input
        decision = self.offer.decision
        try:
            match field.id:
                case "new-flag":
                    decision = replace(
                        decision, own_flags=d.add_item(decision.own_flags, field.value)
                    )
                case "new-pro":
                    decision = replace(decision, pros=d.add_item(decision.pros, field.value))
                case "new-con":
                    decision = replace(decision, cons=d.add_item(decision.cons, field.value))
                case "new-step":
                    texts = d.add_item(tuple(t for t, _ in decision.next_steps), field.value)
                    decision = replace(
                        decision, next_steps=(*decision.next_steps, (texts[-1], False))
                    )
        except ValueError as problem:
            self._field_error(field, str(problem))
            return
        self._field_error(field, "")
        field.value = ""
        self._change(replace(self.offer, decision=decision))
        if field.id == "new-flag":
            self.query_one(FlagPane).highlight_last()

    @on(Input.Changed, "#new-flag, #new-pro, #new-con, #new-step")
    def _typing(self, event: Input.Changed) -> None:
        self._field_error(event.input, "")

    def _field_error(self, field: Input, message: str) -> None:
        """Show `message` on the line under `field` (hide the line when empty)."""
        show_error(self.query_one(f"#{field.id}-error", Static), field, message)

    @on(Form.Changed, "#words")
    def _words_changed(self, event: Form.Changed) -> None:
        offer = event.apply(self.offer)
        if offer != self.offer:
            self.update(offer)

    @on(SelectionList.SelectionToggled, "#next-steps")
    def _step_toggled(self, event: SelectionList.SelectionToggled[int]) -> None:
        index = event.selection_index
        steps = list(self.offer.decision.next_steps)
        if 0 <= index < len(steps):
            text, done = steps[index]
            steps[index] = (text, not done)
            self.update(
                replace(self.offer, decision=replace(self.offer.decision, next_steps=tuple(steps)))
            )

    def action_delete(self) -> None:
        focused = self.focused
        decision = self.offer.decision
        if isinstance(focused, SelectionList) and focused.id == "next-steps":
            index = focused.highlighted
            if index is None:
                return
            decision = replace(decision, next_steps=d.remove_item(decision.next_steps, index))
        elif isinstance(focused, OptionList) and focused.id in ("pros", "cons", "flags"):
            index = focused.highlighted
            if index is None:
                return
            if focused.id == "pros":
                decision = replace(decision, pros=d.remove_item(decision.pros, index))
            elif focused.id == "cons":
                decision = replace(decision, cons=d.remove_item(decision.cons, index))
            else:
                flags = self.flags
                if index >= len(flags):
                    return
                flag = flags[index]
                if not flag.own:
                    self.notify(
                        "This flag follows from the offer's data; it goes away when the data "
                        "changes (for example, mark the letter received on Overview).",
                        timeout=6,
                    )
                    return
                own_index = int(flag.key.removeprefix("own_"))
                decision = replace(decision, own_flags=d.remove_item(decision.own_flags, own_index))
        else:
            self.notify("Highlight a pro, con, step or one of your red flags first.", timeout=4)
            return
        self._change(replace(self.offer, decision=decision))
        if not focused.focusable:
            # The last line is gone, and the empty list with it: on to its field.
            field = {"flags": "new-flag", "pros": "new-pro", "cons": "new-con"}
            self.query_one(f"#{field.get(focused.id or '', 'new-step')}", Input).focus()

    def action_add_flag(self) -> None:
        self.query_one("#new-flag", Input).focus()

    def action_choose(self, choice: str) -> None:
        self.choose(choice)

    def choice_choices(self) -> list[tuple[str, str]]:
        """The palette's "Choose: …" entries: each choice and how it reads."""
        return [(choice, CHOICE_LABELS[choice].lower()) for choice in CHOICES]
