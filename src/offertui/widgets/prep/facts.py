"""Prep's second part: the eight facts, each with what is known, where it came from,
and whether the company has confirmed it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static

from offertui.domain.offer import Fact, clean_text
from offertui.domain.question_bank import FACTS, SOURCES, fact_spec, topic_label
from offertui.widgets.choice import Choice
from offertui.widgets.offer_part import OfferPart
from offertui.widgets.visible import SHOWN_SAFE

# The source picker is narrow; the one long label gets a short form there.
_SHORT_SOURCE = {"email": "Email"}
SOURCE_OPTIONS = [(_SHORT_SOURCE.get(key, label), key) for key, label in SOURCES]


def fact_key(widget_id: str | None) -> str | None:
    """The fact a widget of this table edits (its id is "fact-<key>-<what>")."""
    if not widget_id or not widget_id.startswith("fact-"):
        return None
    key = widget_id.removeprefix("fact-").rsplit("-", 1)[0]
    return key if any(spec.key == key for spec in FACTS) else None


class FactsTable(OfferPart):
    """A row per fact; the line below explains the fact that has focus."""

    def compose(self) -> ComposeResult:
        sources = {key for _label, key in SOURCE_OPTIONS}
        # No Tab stop of its own: its fields are, and the focus scrolls them into view;
        # the focus on the scroll itself would be on nothing to see.
        with VerticalScroll(id="facts-pane", can_focus=False):
            with Horizontal(classes="fact-row fact-head"):
                yield Label("Fact", classes="fact-label")
                yield Label("What you know", classes="fact-value")
                yield Label("Source", classes="fact-source")
                yield Label("Confirmed", classes="fact-confirmed")
            for spec in FACTS:
                fact = self.offer.fact(spec.key)
                with Horizontal(classes="fact-row"):
                    # A form row's label: the focus mark of the value, the source
                    # and the check box alike.
                    yield Label(spec.label, classes="fact-label field--label")
                    yield Input(
                        fact.value,
                        placeholder="not known yet",
                        highlighter=SHOWN_SAFE,
                        compact=True,
                        select_on_focus=False,
                        id=f"fact-{spec.key}-value",
                        classes="fact-value",
                    )
                    yield Choice(
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

    def first_focus(self) -> Widget:
        """The first fact not known yet, else the first fact."""
        spec = next((s for s in FACTS if not self.offer.fact(s.key).known), FACTS[0])
        return self.query_one(f"#fact-{spec.key}-value")

    def show_hint(self, key: str) -> None:
        """Explain the fact `key`, and what its state means for its questions."""
        spec = fact_spec(key)
        fact = self.offer.fact(key)
        questions = sum(1 for q in self.offer.questions if q.topic == spec.topic)
        plural = "s" if questions != 1 else ""
        if not fact.known:
            state = Content.styled(
                f"Not known yet: its {questions} question{plural} "
                f"({topic_label(spec.topic)}) are must-ask.",
                "$text-warning",
            )
        elif not fact.confirmed:
            state = Content.styled(
                f"Not confirmed: its {questions} question{plural} "
                f"({topic_label(spec.topic)}) stay must-ask until you tick Confirmed.",
                "$text-warning",
            )
        else:
            state = Content.styled("Known and confirmed.", "$text-success")
        self.query_one("#fact-hint", Static).update(
            Content.assemble((spec.label, "bold"), ": ", spec.hint, "\n", state)
        )

    def _set(self, key: str, change: Callable[[Fact], Fact]) -> None:
        self.edit(lambda offer: offer.with_fact(change(offer.fact(key))))
        self.show_hint(key)

    @on(Input.Changed, ".fact-value")
    def _value(self, event: Input.Changed) -> None:
        event.stop()
        key = fact_key(event.input.id)
        if key is not None:
            value = clean_text(event.value)
            self._set(key, lambda f: replace(f, value=value))

    @on(Input.Submitted, ".fact-value")
    def _value_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()

    @on(Select.Changed, ".fact-source")
    def _source(self, event: Select.Changed) -> None:
        event.stop()
        key = fact_key(event.select.id)
        value = event.value if isinstance(event.value, str) else ""
        if key is not None:
            self._set(key, lambda f: replace(f, source=value))

    @on(Checkbox.Changed, ".fact-confirmed")
    def _confirmed(self, event: Checkbox.Changed) -> None:
        event.stop()
        key = fact_key(event.checkbox.id)
        confirmed = event.value
        if key is not None:
            self._set(key, lambda f: replace(f, confirmed=confirmed))

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # A long fact shows from its start again once the user has moved on.
        widget = event.widget
        if isinstance(widget, Input) and widget.has_class("fact-value"):
            widget.cursor_position = 0

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        key = fact_key(event.widget.id)
        if key is not None:
            self.show_hint(key)
