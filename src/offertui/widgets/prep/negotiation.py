"""Prep's last part: the negotiation plan: what to ask for, the least to accept, when
to raise it, why, and which other offers give leverage."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, SelectionList, Static

from offertui.domain.money import format_man, format_yen
from offertui.domain.phrases import in_japanese
from offertui.domain.prep import floor_above_target
from offertui.domain.summary import OfferSummary
from offertui.domain.terminal_text import visible
from offertui.widgets.form import AreaRow, ChoiceRow, Form, Note, TextRow, optional_yen, yen_text
from offertui.widgets.offer_part import OfferPart

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

TIMING_ADVICE = (
    "During the meeting: good if you are at ease talking on the spot and they clearly want "
    "you. By email afterwards: time to think, and to hear back on other offers. First time? "
    "Ask your questions in the meeting, then negotiate by email."
)


def other_label(summary: OfferSummary) -> str:
    pay = f" ({format_man(summary.annual_pay)})" if summary.annual_pay else ""
    return visible(f"{summary.company} — {summary.position}{pay}", keep="")


class NegotiationPlan(OfferPart):
    """The plan's fields; the other offers are listed once the screen gives them."""

    def __init__(self, offer: Offer, *, read_only: bool = False, id: str | None = None) -> None:
        super().__init__(offer, read_only=read_only, id=id)
        # The user's other offers, once the screen has read them (`show_others`).
        self.others: list[OfferSummary] | None = None

    def compose(self) -> ComposeResult:
        rows = (
            TextRow(
                "negotiation.target",
                "Target (yen/year)",
                self._parse_target,
                yen_text,
                placeholder="what you will ask for, e.g. 9,500,000 or 950万",
                id="negotiation-target",
            ),
            TextRow(
                "negotiation.floor",
                "Floor (yen/year)",
                self._parse_floor,
                yen_text,
                placeholder="the least you would accept",
                id="negotiation-floor",
            ),
            ChoiceRow(
                "negotiation.timing",
                "When to raise it",
                [("During the meeting", "during"), ("By email after the meeting", "after")],
                prompt="Not decided yet",
                id="negotiation-timing",
            ),
            Note(TIMING_ADVICE),
            AreaRow(
                "negotiation.reasons",
                "Your reasons",
                placeholder="Skills, market rate, what the role asks of you…",
                id="negotiation-reasons",
            ),
            AreaRow(
                "negotiation.reasons_ja",
                "  日本語",
                placeholder="for the Japanese email, e.g. これまでの経験と市場水準",
                id="negotiation-reasons-ja",
                parse=in_japanese,
            ),
        )
        # No Tab stop of its own: its fields are, and the focus scrolls them into view;
        # the focus on the scroll itself would be on nothing to see.
        with VerticalScroll(id="negotiation-pane", can_focus=False):
            yield Static(id="negotiation-summary")
            yield Form(rows, self.offer)
            with Horizontal(classes="row"):
                yield Label("Other offers", classes="field--label")
                with Vertical(id="negotiation-others-box"):
                    yield Static(
                        "Tick the offers you could mention as leverage (space).",
                        classes="hint",
                        id="negotiation-others-hint",
                    )
                    yield SelectionList[str](compact=True, id="negotiation-others")

    def on_mount(self) -> None:
        self.show_offer(self.offer)

    def first_focus(self) -> Widget:
        return self.query_one("#negotiation-target Input")

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        pay = offer.annual_pay
        plan = offer.negotiation
        parts = []
        if pay is not None:
            parts.append(f"Offered: {format_yen(pay)} ({format_man(pay)})")
        else:
            parts.append(f"Offered: not written down yet (Overview, {self.app.how_to('overview')})")
        if plan.target is not None and pay:
            parts.append(f"your target is {(plan.target - pay) / pay * 100:+.1f}%")
        self.query_one("#negotiation-summary", Static).update(" · ".join(parts))

    def show_others(self, others: list[OfferSummary]) -> None:
        """List the user's other offers, the ones in the plan ticked."""
        self.others = sorted(
            (s for s in others if s.id != self.offer.id), key=lambda s: s.company.lower()
        )
        chosen = self.offer.negotiation.other_offers
        options = self.query_one("#negotiation-others", SelectionList)
        options.add_options([(other_label(s), s.id, s.id in chosen) for s in self.others])
        options.display = bool(self.others)
        if not self.others:
            self.query_one("#negotiation-others-hint", Static).update(
                "No other offers in offertui yet. Add them on the Offers screen to use them "
                "as leverage here."
            )

    def _parse_target(self, text: str) -> int | None:
        target = optional_yen(text)
        floor = self.offer.negotiation.floor
        if floor_above_target(target, floor):
            assert floor is not None
            raise ValueError(
                f"That is below your floor ({format_yen(floor)}). Lower the floor first, "
                "or aim higher."
            )
        return target

    def _parse_floor(self, text: str) -> int | None:
        floor = optional_yen(text)
        target = self.offer.negotiation.target
        if floor_above_target(target, floor):
            assert target is not None
            raise ValueError(
                "The floor is the least you would accept, so it can't be above your "
                f"target ({format_yen(target)})."
            )
        return floor

    @on(Form.Changed)
    def _changed(self, event: Form.Changed) -> None:
        event.stop()
        self.edit(event.apply)
        self.show_offer(self.offer)

    @on(SelectionList.SelectedChanged, "#negotiation-others")
    def _others_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        if self.others is None:
            return
        chosen = set(event.selection_list.selected)
        shown = {s.id for s in self.others}

        def change(offer: Offer) -> Offer:
            # Offers chosen but since deleted stay in the plan, as typed.
            kept = [i for i in offer.negotiation.other_offers if i not in shown]
            others = tuple(kept + [s.id for s in self.others or () if s.id in chosen])
            return replace(offer, negotiation=replace(offer.negotiation, other_offers=others))

        self.edit(change)
