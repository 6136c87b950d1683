"""Prep: get ready for the offer meeting: the letter, the eight facts, the questions,
what feels off, and the negotiation plan."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from offertui.app import styles_dir
from offertui.domain.money import (
    format_man,
    format_optional_yen,
    format_yen,
    parse_optional_yen,
)
from offertui.domain.offer import Fact, Offer, Question, clean_text
from offertui.domain.parse import format_date, parse_date
from offertui.domain.prep import (
    SECTIONS,
    doubt_has_question,
    effective_must_ask,
    floor_above_target,
    insert_question,
    missing_defaults,
    move_question,
    must_ask_reason,
    next_step,
    question_from_doubt,
    readiness,
    remove_question,
    replace_question,
    restore_default,
    valid_question_text,
)
from offertui.domain.question_bank import (
    FACTS,
    SOURCES,
    TOPICS,
    DefaultQuestion,
    fact_spec,
    topic_label,
)
from offertui.domain.questions import new_question_id
from offertui.screens.workspace import SCREENS, WorkspaceScreen
from offertui.widgets.doubt_list import DoubtList
from offertui.widgets.field import Field
from offertui.widgets.question_list import DERIVED_MARK, OWN_MARK, QuestionList
from offertui.widgets.text_field import TextField

if TYPE_CHECKING:
    from offertui.domain.summary import OfferSummary
    from offertui.session import OfferSession

SECTION_LABELS: dict[str, str] = {
    "letter": "Letter status",
    "facts": "Facts",
    "questions": "Questions",
    "doubts": "What feels off",
    "negotiation": "Negotiation",
}

LETTER_LANGUAGE_OPTIONS = [
    ("Japanese only", "ja"),
    ("English only", "en"),
    ("Japanese and English", "both"),
]
TIMING_OPTIONS = [
    ("During the meeting", "during"),
    ("By email after the meeting", "after"),
]
# The source picker is narrow; the one long label gets a short form there.
_SHORT_SOURCE = {"email": "Email"}
SOURCE_OPTIONS = [(_SHORT_SOURCE.get(key, label), key) for key, label in SOURCES]

NO_LETTER_ADVICE = (
    "[b]Start here: ask for the written offer.[/b] Reading the letter (or 労働条件通知書) "
    "before the meeting gives you time to check every fact and look up unfamiliar terms. "
    "Asking for it is normal and polite. Meanwhile, fill in the facts from the job "
    "description, your interview notes and the company's emails."
)
LETTER_ADVICE = (
    "[b]Read it line by line against the eight facts[/b] (next section, ctrl+n). Anything "
    "it leaves out or words vaguely becomes a question for the meeting."
)
JAPANESE_LETTER_ADVICE = (
    " It is only in Japanese: mark every word you are unsure of and ask about it (the "
    "Glossary, in ctrl+p, explains the usual terms)."
)
DOUBTS_HINT = (
    'Push past "something feels off" to the cause, one line each: not "the role feels '
    'vague" but "nobody said who I would report to". q on a line turns it into a must-ask '
    "question (✓); ? marks the ones still without one."
)
TIMING_ADVICE = (
    "During the meeting: good if you are at ease talking on the spot and they clearly want "
    "you. By email afterwards: time to think, and to hear back on other offers. First time? "
    "Ask your questions in the meeting, then negotiate by email."
)


def _text(text: str) -> str:
    return clean_text(text.strip())


# The one yen parser and formatter (offertui.domain.money), under the names used here.
_optional_yen = parse_optional_yen
_yen_text = format_optional_yen


class QuestionDialog(ModalScreen[Question | None]):
    """A new question of the user's own: topic, wording and the closed follow-up."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Do not add a question", id="qdialog.cancel"),
    ]

    def __init__(self, topic: str, topics: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        self._topic = topic
        self._topics = list(topics)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("New question", classes="dialog--title")
            yield Label("Question (open-ended: how, what, could you tell me…)")
            yield Input(placeholder="e.g. How is on-call work arranged in the team?", id="text")
            yield Label("", id="text-error", classes="dialog--error")
            yield Label("Follow-up, if the answer stays vague (optional)")
            yield Input(placeholder="So to confirm, …?", id="follow-up")
            yield Label("Topic")
            yield Select(self._topics, value=self._topic, allow_blank=False, id="topic")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Add (enter)", variant="primary", id="add")
                yield Button("Cancel (esc)", id="cancel")

    @on(Input.Changed, "#text")
    def _clear_error(self) -> None:
        self.query_one("#text-error", Label).update("")

    @on(Input.Submitted, "#text")
    def _text_done(self) -> None:
        if self._check_text() is not None:
            self.query_one("#follow-up", Input).focus()

    @on(Input.Submitted, "#follow-up")
    def _follow_up_done(self) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def _check_text(self) -> str | None:
        """The question as typed, or None after saying at the field why it can't be used."""
        try:
            return valid_question_text(self.query_one("#text", Input).value)
        except ValueError as problem:
            self.query_one("#text-error", Label).update(str(problem))
            self.query_one("#text", Input).focus()
            return None

    def _submit(self) -> None:
        text = self._check_text()
        if text is None:
            return
        topic = self.query_one("#topic", Select).value
        self.dismiss(
            Question(
                id=new_question_id(),
                topic=topic if isinstance(topic, str) else "other",
                text=clean_text(text),
                follow_up=_text(self.query_one("#follow-up", Input).value),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class RestoreDialog(ModalScreen[str | None]):
    """Pick one of the built-in questions the user deleted, to put it back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Restore nothing", id="restore.cancel"),
    ]

    def __init__(self, missing: Iterable[DefaultQuestion]) -> None:
        super().__init__()
        self._missing = list(missing)

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        topic = ""
        for default in self._missing:
            if default.topic != topic:
                topic = default.topic
                options.append(
                    Option(Content.styled(topic_label(topic), "bold"), id=f"topic:{topic}")
                )
                options[-1].disabled = True
            options.append(Option(default.text, id=default.key))
        with Vertical(classes="dialog restore-dialog"):
            yield Label("Restore a built-in question", classes="dialog--title")
            yield Static(
                "These came with offertui and were deleted from this offer. Enter puts the "
                "selected one back at the end of its topic.",
                classes="dialog--body",
            )
            yield OptionList(*options, id="restore-list")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#restore-list", OptionList)
        options.focus()
        options.highlighted = next(
            (i for i, o in enumerate(options.options) if not o.disabled), None
        )

    @on(OptionList.OptionSelected, "#restore-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PrepScreen(WorkspaceScreen):
    """Everything to get ready for the offer meeting, in five sections."""

    NAME = "prep"
    CSS_PATH = str(styles_dir() / "prep.tcss")
    HELP_TITLE = "Prep"
    HELP = (
        "Get ready for the offer meeting: the written offer, the eight facts (what you know, "
        "where it came from, whether it is confirmed), your questions, what feels off, and "
        f"how you will negotiate. {OWN_MARK} is your own must-ask mark; {DERIVED_MARK} means "
        "must-ask because a fact on that topic is unknown or unconfirmed."
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+n",
            "next_section",
            "Next part",
            tooltip="Show the next part of Prep (works while typing)",
            id="prep.next_section",
            priority=True,
        ),
        Binding(
            "ctrl+b",
            "previous_section",
            "Previous part",
            show=False,
            tooltip="Show the previous part of Prep (works while typing)",
            id="prep.previous_section",
            priority=True,
        ),
        Binding(
            "ctrl+r",
            "request_letter",
            "Ask for letter",
            tooltip="Draft the email that asks the company for the written offer",
            id="prep.request_letter",
            priority=True,
        ),
        Binding(
            "ctrl+g",
            "app.guide",
            "Guide",
            show=False,
            tooltip="A short guide to the offer stage",
            id="prep.guide",
            priority=True,
        ),
    ]

    def __init__(self, session: OfferSession, section: str | None = None, **_options: Any) -> None:
        super().__init__(session)
        self._start = section if section in SECTIONS else next_step(session.offer)[0]
        self._editing_doubt: int | None = None
        # The user's other offers, read when the Negotiation part is first shown.
        self._others: list[OfferSummary] | None = None

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        offer = self.offer
        yield Static(id="prep-readiness")
        with TabbedContent(initial=self._start, id="prep-sections"):
            with TabPane(SECTION_LABELS["letter"], id="letter"):
                yield from self._compose_letter(offer)
            with TabPane(SECTION_LABELS["facts"], id="facts"):
                yield from self._compose_facts(offer)
            with TabPane(SECTION_LABELS["questions"], id="questions"):
                yield from self._compose_questions()
            with TabPane(SECTION_LABELS["doubts"], id="doubts"):
                yield from self._compose_doubts()
            with TabPane(SECTION_LABELS["negotiation"], id="negotiation"):
                yield from self._compose_negotiation(offer)

    def _compose_letter(self, offer: Offer) -> ComposeResult:
        letter = offer.letter
        with VerticalScroll(id="letter-pane"):
            with Vertical(id="letter-next"):
                yield Static(id="letter-advice")
                yield Button(
                    "Draft the request email (ctrl+r)",
                    id="request-letter",
                    variant="primary",
                    compact=True,
                )
            yield Checkbox(
                "I have the written offer (offer letter or 労働条件通知書)",
                letter.received,
                id="letter-received",
                compact=True,
            )
            yield Field(
                "Received on",
                format_date(letter.date),
                parse_date,
                placeholder="YYYY-MM-DD",
                id="letter-date",
            )
            with Horizontal(classes="row"):
                yield Label("Written in", classes="field--label")
                yield Select(
                    LETTER_LANGUAGE_OPTIONS,
                    value=letter.language or Select.NULL,
                    prompt="Not set",
                    compact=True,
                    id="letter-language",
                )
            yield Field(
                "Reply deadline",
                format_date(offer.reply_deadline),
                parse_date,
                placeholder="YYYY-MM-DD, when they need your answer",
                id="reply-deadline",
            )

    def _compose_facts(self, offer: Offer) -> ComposeResult:
        sources = {key for _label, key in SOURCE_OPTIONS}
        with VerticalScroll(id="facts-pane"):
            with Horizontal(classes="fact-row fact-head"):
                yield Label("Fact", classes="fact-label")
                yield Label("What you know", classes="fact-value")
                yield Label("Source", classes="fact-source")
                yield Label("Confirmed", classes="fact-confirmed")
            for spec in FACTS:
                fact = offer.fact(spec.key)
                with Horizontal(classes="fact-row"):
                    yield Label(spec.label, classes="fact-label")
                    yield Input(
                        fact.value,
                        placeholder="not known yet",
                        compact=True,
                        select_on_focus=False,
                        id=f"fact-{spec.key}-value",
                        classes="fact-value",
                    )
                    yield Select(
                        SOURCE_OPTIONS,
                        value=fact.source if fact.source in sources else Select.NULL,
                        prompt="Source?",
                        compact=True,
                        id=f"fact-{spec.key}-source",
                        classes="fact-source",
                    )
                    yield Checkbox(
                        "",
                        fact.confirmed,
                        compact=True,
                        id=f"fact-{spec.key}-confirmed",
                        classes="fact-confirmed",
                        tooltip="Confirmed in writing or by the company",
                    )
            yield Static(id="fact-hint")

    def _compose_questions(self) -> ComposeResult:
        with Vertical(id="questions-pane"):
            yield QuestionList(id="question-list")
            yield Static(id="question-why")
            with Vertical(id="question-editor"):
                with Horizontal(id="question-meta"):
                    yield Label("Topic", classes="field--label")
                    yield Select(
                        self._topic_options(),
                        allow_blank=False,
                        compact=True,
                        id="question-topic",
                    )
                    yield Checkbox("Must-ask (your mark)", compact=True, id="question-must")
                yield TextField("Question", "", valid_question_text, id="question-text")
                yield TextField(
                    "So to confirm",
                    "",
                    _text,
                    placeholder="A closed follow-up for a vague answer: So to confirm, …?",
                    id="question-follow-up",
                )

    def _compose_doubts(self) -> ComposeResult:
        with Vertical(id="doubts-pane"):
            yield Static(DOUBTS_HINT, classes="hint", id="doubts-hint")
            yield DoubtList(id="doubt-list")
            with Horizontal(id="doubt-entry"):
                yield Label("New doubt", id="doubt-entry-label", classes="field--label")
                yield Input(
                    placeholder="What feels off, and why? Enter adds it.",
                    compact=True,
                    select_on_focus=False,
                    id="doubt-input",
                )
            yield Label("", id="doubt-error", classes="dialog--error")

    def _compose_negotiation(self, offer: Offer) -> ComposeResult:
        plan = offer.negotiation
        with VerticalScroll(id="negotiation-pane"):
            yield Static(id="negotiation-summary")
            yield Field(
                "Target (yen/year)",
                _yen_text(plan.target),
                self._parse_target,
                placeholder="what you will ask for, e.g. 9,500,000 or 950万",
                id="negotiation-target",
            )
            yield Field(
                "Floor (yen/year)",
                _yen_text(plan.floor),
                self._parse_floor,
                placeholder="the least you would accept",
                id="negotiation-floor",
            )
            with Horizontal(classes="row"):
                yield Label("When to raise it", classes="field--label")
                yield Select(
                    TIMING_OPTIONS,
                    value=plan.timing or Select.NULL,
                    prompt="Not decided yet",
                    compact=True,
                    id="negotiation-timing",
                )
            yield Static(TIMING_ADVICE, classes="hint")
            with Horizontal(classes="row"):
                yield Label("Your reasons", classes="field--label")
                yield TextArea(
                    plan.reasons,
                    soft_wrap=True,
                    compact=True,
                    placeholder="Skills, market rate, what the role asks of you…",
                    id="negotiation-reasons",
                )
            with Horizontal(classes="row"):
                yield Label("Other offers", classes="field--label")
                with Vertical(id="negotiation-others-box"):
                    yield Static(
                        "Tick the offers you could mention as leverage (space).",
                        classes="hint",
                        id="negotiation-others-hint",
                    )
                    yield SelectionList[str](compact=True, id="negotiation-others")

    def _load_other_offers(self) -> None:
        """Fill the leverage list once, from the offers folder."""
        if self._others is not None:
            return
        summaries, _broken = self.tui.store.scan()
        self._others = sorted(
            (s for s in summaries if s.id != self.offer.id), key=lambda s: s.company.lower()
        )
        chosen = self.offer.negotiation.other_offers
        others = self.query_one("#negotiation-others", SelectionList)
        others.add_options([(self._other_label(s), s.id, s.id in chosen) for s in self._others])
        others.display = bool(self._others)
        if not self._others:
            self.query_one("#negotiation-others-hint", Static).update(
                "No other offers in offertui yet. Add them on the Offers screen to use them "
                "as leverage here."
            )

    @staticmethod
    def _other_label(summary: OfferSummary) -> str:
        pay = f" ({format_man(summary.annual_pay)})" if summary.annual_pay else ""
        return f"{summary.company} — {summary.position}{pay}"

    def _topic_options(self) -> list[tuple[str, str]]:
        options = [(t.label, t.key) for t in TOPICS]
        known = {key for _label, key in options}
        for q in self.offer.questions:
            if q.topic not in known:
                known.add(q.topic)
                options.append((q.topic, q.topic))
        return options

    def on_mount(self) -> None:
        self._show_readiness()
        self._show_letter_state()
        self._show_negotiation_summary()
        self.query_one(QuestionList).show_offer(self.offer)
        self.query_one(DoubtList).show_offer(self.offer)
        self._load_question_editor()
        self.call_after_refresh(self._focus_section, self._start)

    # --- showing state ----------------------------------------------------------------

    def update(self, offer: Offer) -> None:
        super().update(offer)
        self._show_readiness()

    def reload_offer(self) -> None:
        self.tui.show_workspace(self.session, self.NAME, section=self.section)

    @property
    def section(self) -> str:
        return self.query_one(TabbedContent).active or SECTIONS[0]

    def _show_readiness(self) -> None:
        ready = readiness(self.offer)
        parts: list[Content | str] = [
            Content.styled("Ready: ", "bold"),
            f"{ready.facts_known}/{ready.facts_total} facts · {ready.facts_confirmed} confirmed"
            f" · {ready.must_ask} must-ask · ",
        ]
        if ready.letter_received:
            parts.append(Content.assemble("letter ", ("✓", "$text-success")))
        else:
            parts.append(Content.styled("no letter yet", "bold $text-warning"))
        if ready.doubts_without_question:
            parts.append(" · ")
            parts.append(
                Content.styled(f"{ready.doubts_without_question} doubt to ask", "$text-warning")
                if ready.doubts_without_question == 1
                else Content.styled(
                    f"{ready.doubts_without_question} doubts to ask", "$text-warning"
                )
            )
        self.query_one("#prep-readiness", Static).update(Content.assemble(*parts))

    def _show_letter_state(self) -> None:
        letter = self.offer.letter
        advice = self.query_one("#letter-advice", Static)
        box = self.query_one("#letter-next")
        if letter.received:
            text = LETTER_ADVICE
            letter_screen = next((s for s in SCREENS if s[0] == "letter"), None)
            if letter_screen is not None:
                text += (
                    f" Paste it into the {letter_screen[1]} screen ({letter_screen[4].upper()}) "
                    "to see what it states and what it leaves out."
                )
            if letter.language == "ja":
                text += JAPANESE_LETTER_ADVICE
            advice.update(text)
        else:
            advice.update(NO_LETTER_ADVICE)
        box.set_class(not letter.received, "-missing")
        self.query_one("#request-letter").display = not letter.received
        self.query_one("#letter-date").disabled = not letter.received
        self.query_one("#letter-language").disabled = not letter.received
        self.refresh_bindings()

    def _show_negotiation_summary(self) -> None:
        offer = self.offer
        plan = offer.negotiation
        parts = []
        if offer.annual_pay is not None:
            parts.append(
                f"Offered: {format_yen(offer.annual_pay)} ({format_man(offer.annual_pay)})"
            )
        else:
            parts.append("Offered: not written down yet (Overview, F2)")
        if plan.target is not None and offer.annual_pay:
            change = (plan.target - offer.annual_pay) / offer.annual_pay * 100
            parts.append(f"your target is {change:+.1f}%")
        self.query_one("#negotiation-summary", Static).update(" · ".join(parts))

    def _show_fact_hint(self, key: str) -> None:
        spec = fact_spec(key)
        fact = self.offer.fact(key)
        questions = sum(1 for q in self.offer.questions if q.topic == spec.topic)
        if not fact.known:
            state = Content.styled(
                f"Not known yet: its {questions} question{'s' if questions != 1 else ''} "
                f"({topic_label(spec.topic)}) are must-ask.",
                "$text-warning",
            )
        elif not fact.confirmed:
            state = Content.styled(
                f"Not confirmed: its {questions} question{'s' if questions != 1 else ''} "
                f"({topic_label(spec.topic)}) stay must-ask until you tick Confirmed.",
                "$text-warning",
            )
        else:
            state = Content.styled("Known and confirmed.", "$text-success")
        self.query_one("#fact-hint", Static).update(
            Content.assemble((spec.label, "bold"), ": ", spec.hint, "\n", state)
        )

    # --- sections ---------------------------------------------------------------------

    def _focus_section(self, name: str) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = name
        target: Widget | None = None
        match name:
            case "letter":
                target = self.query_one(
                    "#request-letter" if not self.offer.letter.received else "#letter-received"
                )
            case "facts":
                target = self.query_one(f"#fact-{FACTS[0].key}-value")
                first_unknown = next((s for s in FACTS if not self.offer.fact(s.key).known), None)
                if first_unknown is not None:
                    target = self.query_one(f"#fact-{first_unknown.key}-value")
            case "questions":
                target = self.query_one(QuestionList)
            case "doubts":
                target = (
                    self.query_one(DoubtList)
                    if self.offer.doubts
                    else self.query_one("#doubt-input")
                )
            case "negotiation":
                self._load_other_offers()
                target = self.query_one("#negotiation-target Input")
        if target is not None and not self.session.read_only:
            target.focus()

    def action_show_section(self, name: str) -> None:
        if name in SECTIONS:
            self._focus_section(name)

    def _step_section(self, step: int) -> None:
        index = SECTIONS.index(self.section) if self.section in SECTIONS else 0
        self._focus_section(SECTIONS[(index + step) % len(SECTIONS)])

    def action_next_section(self) -> None:
        self._step_section(1)

    def action_previous_section(self) -> None:
        self._step_section(-1)

    @on(TabbedContent.TabActivated, "#prep-sections")
    def _section_shown(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "questions":
            self.query_one(QuestionList).show_offer(self.offer)
            self._load_question_editor()
        elif event.pane.id == "doubts":
            self.query_one(DoubtList).show_offer(self.offer)
        elif event.pane.id == "negotiation":
            self._load_other_offers()

    # --- the letter -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The key is only offered while there is no letter to ask for.
        return not (action == "request_letter" and self.offer.letter.received)

    def action_request_letter(self) -> None:
        if any(name == "emails" for name, *_rest in SCREENS):
            self.tui.show_workspace(self.session, "emails", kind="request-letter")
        else:
            self.notify(
                "Your first step is to ask the company for the written offer: a short, polite "
                "email asking for a copy before the meeting so you can prepare. Email drafts "
                "are not in this version of offertui yet.",
                title="Ask for the offer letter",
                timeout=12,
            )

    @on(Button.Pressed, "#request-letter")
    def _request_pressed(self) -> None:
        self.action_request_letter()

    @on(Checkbox.Changed, "#letter-received")
    def _letter_received(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.update(replace(self.offer, letter=replace(self.offer.letter, received=event.value)))
        self._show_letter_state()

    @on(Select.Changed, "#letter-language")
    def _letter_language(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value if isinstance(event.value, str) else ""
        self.update(replace(self.offer, letter=replace(self.offer.letter, language=value)))
        self._show_letter_state()

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        event.stop()
        offer = self.offer
        value = event.value
        match event.field.id:
            case "letter-date":
                offer = replace(offer, letter=replace(offer.letter, date=value))
            case "reply-deadline":
                offer = replace(offer, reply_deadline=value)
            case "negotiation-target":
                offer = replace(offer, negotiation=replace(offer.negotiation, target=value))
            case "negotiation-floor":
                offer = replace(offer, negotiation=replace(offer.negotiation, floor=value))
        self.update(offer)
        self._show_negotiation_summary()

    # --- facts ------------------------------------------------------------------------

    @staticmethod
    def _fact_key(widget_id: str | None) -> str | None:
        if not widget_id or not widget_id.startswith("fact-"):
            return None
        key = widget_id.removeprefix("fact-").rsplit("-", 1)[0]
        return key if any(spec.key == key for spec in FACTS) else None

    def _set_fact(self, key: str, change: Callable[[Fact], Fact]) -> None:
        fact = change(self.offer.fact(key))
        self.update(self.offer.with_fact(fact))
        self._show_fact_hint(key)

    @on(Input.Changed, ".fact-value")
    def _fact_value(self, event: Input.Changed) -> None:
        event.stop()
        key = self._fact_key(event.input.id)
        if key is not None:
            self._set_fact(key, lambda f: replace(f, value=clean_text(event.value)))

    @on(Input.Submitted, ".fact-value")
    def _fact_value_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Select.Changed, ".fact-source")
    def _fact_source(self, event: Select.Changed) -> None:
        event.stop()
        key = self._fact_key(event.select.id)
        value = event.value if isinstance(event.value, str) else ""
        if key is not None:
            self._set_fact(key, lambda f: replace(f, source=value))

    @on(Checkbox.Changed, ".fact-confirmed")
    def _fact_confirmed(self, event: Checkbox.Changed) -> None:
        event.stop()
        key = self._fact_key(event.checkbox.id)
        if key is not None:
            self._set_fact(key, lambda f: replace(f, confirmed=event.value))

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # A long fact shows from its start again once the user has moved on.
        widget = event.widget
        if isinstance(widget, Input) and widget.has_class("fact-value"):
            widget.cursor_position = 0

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        key = self._fact_key(event.widget.id)
        if key is not None:
            self._show_fact_hint(key)

    # --- questions --------------------------------------------------------------------

    @property
    def _question_list(self) -> QuestionList:
        return self.query_one(QuestionList)

    def _selected_question(self) -> Question | None:
        qid = self._question_list.selected_id
        return next((q for q in self.offer.questions if q.id == qid), None)

    def _editable(self) -> bool:
        if self.session.read_only:
            self.notify("This offer is read-only here: it is open in another offertui.")
            return False
        return True

    def _set_questions(self, questions: tuple[Question, ...], select: str | None = None) -> None:
        self.update(replace(self.offer, questions=questions))
        self._question_list.show_offer(self.offer, select)
        self._load_question_editor()

    def _load_question_editor(self) -> None:
        question = self._selected_question()
        editor = self.query_one("#question-editor")
        editor.disabled = question is None or self.session.read_only
        text_field = self.query_one("#question-text", TextField)
        follow_field = self.query_one("#question-follow-up", TextField)
        self._show_why(question)
        if question is None:
            text_field.show("")
            follow_field.show("")
            return
        text_field.show(question.text)
        follow_field.show(question.follow_up)
        topic = self.query_one("#question-topic", Select)
        with topic.prevent(Select.Changed):
            topic.value = question.topic
        must = self.query_one("#question-must", Checkbox)
        with must.prevent(Checkbox.Changed):
            must.value = question.must_ask

    def _show_why(self, question: Question | None) -> None:
        """Why the selected question is must-ask, and what the marks and the view mean."""
        legend = Content.assemble(
            (f"{OWN_MARK} your must-ask  ", "$text-warning"),
            (f"{DERIVED_MARK} until its fact is confirmed  ", "$text-accent"),
            (
                "· must-ask only (v: all)"
                if self._question_list.must_ask_only
                else "· v: must-ask only",
                "$foreground-muted",
            ),
        )
        if question is None:
            line = Content.styled(
                "No question selected. Press a to add one, or r to restore a built-in one.",
                "$foreground-muted",
            )
        elif effective_must_ask(self.offer, question):
            reason = must_ask_reason(self.offer, question)
            line = Content.assemble(("Must-ask: ", "bold"), reason)
        else:
            line = Content.styled("Not must-ask. Press m to mark it.", "$foreground-muted")
        self.query_one("#question-why", Static).update(Content.assemble(line, "\n", legend))

    @on(OptionList.OptionHighlighted, "#question-list")
    def _question_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._load_question_editor()

    @on(OptionList.OptionSelected, "#question-list")
    def _question_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit_question()

    @on(TextField.Changed, "#question-text")
    def _question_text(self, event: TextField.Changed) -> None:
        event.stop()
        question = self._selected_question()
        if question is not None and event.value != question.text:
            question = replace(question, text=clean_text(event.value))
            self.update(
                replace(self.offer, questions=replace_question(self.offer.questions, question))
            )
            self._question_list.refresh_question(self.offer, question)

    @on(TextField.Changed, "#question-follow-up")
    def _question_follow_up(self, event: TextField.Changed) -> None:
        event.stop()
        question = self._selected_question()
        if question is not None and event.value != question.follow_up:
            question = replace(question, follow_up=event.value)
            self.update(
                replace(self.offer, questions=replace_question(self.offer.questions, question))
            )

    @on(TextField.Submitted)
    def _question_field_done(self, event: TextField.Submitted) -> None:
        event.stop()
        self._question_list.focus()

    @on(Select.Changed, "#question-topic")
    def _question_topic(self, event: Select.Changed) -> None:
        event.stop()
        question = self._selected_question()
        if question is None or not isinstance(event.value, str) or event.value == question.topic:
            return
        moved = replace(question, topic=event.value)
        # A new topic puts the question at the end of that topic's group.
        questions = insert_question(remove_question(self.offer.questions, question.id), moved)
        self._set_questions(questions, moved.id)

    @on(Checkbox.Changed, "#question-must")
    def _question_must(self, event: Checkbox.Changed) -> None:
        event.stop()
        question = self._selected_question()
        if question is not None and question.must_ask != event.value:
            self._set_must_ask(question, event.value)

    def _set_must_ask(self, question: Question, value: bool) -> None:
        question = replace(question, must_ask=value)
        self.update(replace(self.offer, questions=replace_question(self.offer.questions, question)))
        if self._question_list.must_ask_only:
            self._question_list.show_offer(self.offer)
            self._load_question_editor()
        else:
            self._question_list.refresh_question(self.offer, question)
            must = self.query_one("#question-must", Checkbox)
            with must.prevent(Checkbox.Changed):
                must.value = value
            self._show_why(question)

    def _to_questions(self) -> None:
        if self.section != "questions":
            self._focus_section("questions")

    def action_add_question(self) -> None:
        self._to_questions()
        if not self._editable():
            return
        selected = self._selected_question()
        topic = selected.topic if selected is not None else "other"

        def add(question: Question | None) -> None:
            if question is None:
                return
            after = selected.id if selected is not None else None
            self._set_questions(insert_question(self.offer.questions, question, after), question.id)
            self._question_list.focus()
            self.notify(f"Added under {topic_label(question.topic)}.")

        self.app.push_screen(QuestionDialog(topic, self._topic_options()), add)

    def action_edit_question(self) -> None:
        self._to_questions()
        if self._selected_question() is None:
            self.notify("Select a question first (up and down keys).")
            return
        area = self.query_one("#question-text", TextField).area
        area.focus()
        area.move_cursor(area.document.end)

    def action_toggle_must_ask(self) -> None:
        self._to_questions()
        question = self._selected_question()
        if question is None or not self._editable():
            return
        self._set_must_ask(question, not question.must_ask)

    def action_move_question(self, step: int) -> None:
        self._to_questions()
        question = self._selected_question()
        if question is None or not self._editable():
            return
        offer = self.offer
        if self._question_list.must_ask_only:
            moved = move_question(
                offer.questions, question.id, step, lambda q: effective_must_ask(offer, q)
            )
            where = "must-ask list"
        else:
            moved = move_question(
                offer.questions, question.id, step, lambda q: q.topic == question.topic
            )
            where = f"{topic_label(question.topic)} questions"
        if moved is offer.questions:
            edge = "first" if step < 0 else "last"
            hint = (
                ""
                if self._question_list.must_ask_only
                else " Press v to order the must-ask ones across topics."
            )
            self.notify(f"Already {edge} of the {where}.{hint}")
            return
        self._set_questions(moved, question.id)

    def action_delete_question(self) -> None:
        from offertui.screens.dialogs import ConfirmDialog

        self._to_questions()
        question = self._selected_question()
        if question is None or not self._editable():
            return
        if question.default:
            note = "It came with offertui: you can bring it back with r (Restore)."
        else:
            note = "It is one of your own, so it cannot be restored."

        def delete(yes: bool | None) -> None:
            if yes:
                self._set_questions(remove_question(self.offer.questions, question.id))
                self._question_list.focus()

        self.app.push_screen(
            ConfirmDialog("Delete this question?", f"{question.text}\n\n{note}", yes="Delete"),
            delete,
        )

    def action_restore_question(self) -> None:
        self._to_questions()
        if not self._editable():
            return
        missing = missing_defaults(self.offer.questions)
        if not missing:
            self.notify("Every built-in question is already in your list.")
            return

        def restore(key: str | None) -> None:
            if key:
                self._set_questions(restore_default(self.offer.questions, key), key)
                self._question_list.focus()
                self.notify("Restored.")

        self.app.push_screen(RestoreDialog(missing), restore)

    def action_toggle_view(self) -> None:
        self._to_questions()
        questions = self._question_list
        questions.must_ask_only = not questions.must_ask_only
        questions.show_offer(self.offer)
        self._load_question_editor()
        questions.focus()

    # --- doubts -----------------------------------------------------------------------

    def _selected_doubt(self) -> int | None:
        index = self.query_one(DoubtList).highlighted
        return index if index is not None and index < len(self.offer.doubts) else None

    def _to_doubts(self) -> None:
        if self.section != "doubts":
            self._focus_section("doubts")

    def _set_doubt_mode(self, editing: int | None) -> None:
        self._editing_doubt = editing
        label = "Edit doubt" if editing is not None else "New doubt"
        self.query_one("#doubt-entry-label", Label).update(label)
        self.query_one("#doubt-error", Label).update("")

    def action_add_doubt(self) -> None:
        self._to_doubts()
        self._set_doubt_mode(None)
        entry = self.query_one("#doubt-input", Input)
        entry.value = ""
        entry.focus()

    def action_edit_doubt(self) -> None:
        self._to_doubts()
        index = self._selected_doubt()
        if index is None:
            self.notify("No doubt selected. Write one in the field below.")
            return
        self._set_doubt_mode(index)
        entry = self.query_one("#doubt-input", Input)
        entry.value = self.offer.doubts[index]
        entry.focus()

    @on(OptionList.OptionSelected, "#doubt-list")
    def _doubt_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit_doubt()

    @on(Input.Submitted, "#doubt-input")
    def _doubt_entered(self, event: Input.Submitted) -> None:
        event.stop()
        if not self._editable():
            return
        text = _text(event.value)
        if not text:
            self.query_one("#doubt-error", Label).update(
                "Write what feels off first, in a few words."
            )
            return
        doubts = list(self.offer.doubts)
        if self._editing_doubt is not None and self._editing_doubt < len(doubts):
            doubts[self._editing_doubt] = text
            index = self._editing_doubt
        else:
            doubts.append(text)
            index = len(doubts) - 1
        self.update(replace(self.offer, doubts=tuple(doubts)))
        self.query_one(DoubtList).show_offer(self.offer, index)
        self._set_doubt_mode(None)
        event.input.value = ""

    @on(Input.Changed, "#doubt-input")
    def _doubt_typing(self, event: Input.Changed) -> None:
        event.stop()
        self.query_one("#doubt-error", Label).update("")

    def action_delete_doubt(self) -> None:
        from offertui.screens.dialogs import ConfirmDialog

        self._to_doubts()
        index = self._selected_doubt()
        if index is None or not self._editable():
            return
        doubt = self.offer.doubts[index]

        def delete(yes: bool | None) -> None:
            if yes and doubt in self.offer.doubts:
                doubts = list(self.offer.doubts)
                doubts.remove(doubt)
                self.update(replace(self.offer, doubts=tuple(doubts)))
                self.query_one(DoubtList).show_offer(self.offer)
                self._set_doubt_mode(None)
                self.query_one(DoubtList).focus()

        self.app.push_screen(
            ConfirmDialog(
                "Delete this doubt?",
                f"{doubt}\n\nA question you made from it stays in Questions.",
                yes="Delete",
            ),
            delete,
        )

    def action_doubt_to_question(self) -> None:
        self._to_doubts()
        index = self._selected_doubt()
        if index is None:
            self.notify("No doubt selected. Write one first, then press q on it.")
            return
        if not self._editable():
            return
        doubt = self.offer.doubts[index]
        if doubt_has_question(self.offer, doubt):
            self.notify("This doubt already has its question in Questions.")
            return
        question = question_from_doubt(doubt)
        self.update(replace(self.offer, questions=insert_question(self.offer.questions, question)))
        self.query_one(DoubtList).show_offer(self.offer, index)
        self._question_list.show_offer(self.offer)
        self.notify(
            f"Added to Questions under {topic_label(question.topic)}, marked must-ask. "
            "Reword it there if you like."
        )

    # --- negotiation ------------------------------------------------------------------

    def _parse_target(self, text: str) -> int | None:
        target = _optional_yen(text)
        floor = self.offer.negotiation.floor
        if floor_above_target(target, floor):
            assert floor is not None
            raise ValueError(
                f"That is below your floor ({format_yen(floor)}). Lower the floor first, "
                "or aim higher."
            )
        return target

    def _parse_floor(self, text: str) -> int | None:
        floor = _optional_yen(text)
        target = self.offer.negotiation.target
        if floor_above_target(target, floor):
            assert target is not None
            raise ValueError(
                "The floor is the least you would accept, so it can't be above your "
                f"target ({format_yen(target)})."
            )
        return floor

    @on(Select.Changed, "#negotiation-timing")
    def _timing(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value if isinstance(event.value, str) else ""
        self.update(replace(self.offer, negotiation=replace(self.offer.negotiation, timing=value)))

    @on(TextArea.Changed, "#negotiation-reasons")
    def _reasons(self, event: TextArea.Changed) -> None:
        event.stop()
        reasons = clean_text(event.text_area.text)
        self.update(
            replace(self.offer, negotiation=replace(self.offer.negotiation, reasons=reasons))
        )

    @on(SelectionList.SelectedChanged, "#negotiation-others")
    def _others_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        if self._others is None:
            return
        chosen = set(event.selection_list.selected)
        shown = {s.id for s in self._others}
        # Offers that were chosen but are gone (deleted) stay in the plan, as typed.
        kept = [i for i in self.offer.negotiation.other_offers if i not in shown]
        others = tuple(kept + [s.id for s in self._others if s.id in chosen])
        self.update(
            replace(self.offer, negotiation=replace(self.offer.negotiation, other_offers=others))
        )

    # --- palette ----------------------------------------------------------------------

    def workspace_commands(self) -> Iterable[SystemCommand]:
        yield from super().workspace_commands()
        for name in SECTIONS:
            label = SECTION_LABELS[name]
            yield SystemCommand(
                f"Prep: {label}",
                f"Show the {label} part of Prep",
                partial(self._focus_section, name),
            )
        if not self.offer.letter.received:
            yield SystemCommand(
                "Ask for the offer letter",
                "Draft the email that asks for the written offer",
                self.action_request_letter,
            )
        yield SystemCommand("Add question", "A question of your own", self.action_add_question)
        yield SystemCommand(
            "Edit question", "Change the selected question's wording", self.action_edit_question
        )
        yield SystemCommand(
            "Mark must-ask",
            "Mark the selected question as must-ask, or remove your mark",
            self.action_toggle_must_ask,
        )
        yield SystemCommand(
            "Move question up",
            "Ask the selected question earlier",
            partial(self.action_move_question, -1),
        )
        yield SystemCommand(
            "Move question down",
            "Ask the selected question later",
            partial(self.action_move_question, 1),
        )
        yield SystemCommand(
            "Delete question", "Delete the selected question", self.action_delete_question
        )
        yield SystemCommand(
            "Restore a default question",
            "Bring back a built-in question you deleted",
            self.action_restore_question,
        )
        yield SystemCommand(
            "Show only must-ask questions"
            if not self._question_list.must_ask_only
            else "Show all questions",
            "Switch the question list between all topics and the must-ask ones",
            self.action_toggle_view,
        )
        yield SystemCommand(
            "Add doubt", "Write down something that feels off", self.action_add_doubt
        )
        yield SystemCommand(
            "Turn doubt into question",
            "Make the selected doubt a must-ask question",
            self.action_doubt_to_question,
        )
