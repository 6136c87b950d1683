"""Offer text that looks like Rich markup ("[infra]", "[b]") is drawn as typed: the
Offers list, the title line, the Meeting's bar, question and follow-up, the question
lists and the dialog that asks before deleting a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.widget import Widget
from textual.widgets import Label, OptionList, Static

from offertui.domain.offer import Attendee, Question
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.line_table import LineTable
from offertui.widgets.question_list import QuestionList
from tests.helpers import open_screen, press, shown_text, wait_until

AppFactory = Callable[..., Any]

QUESTION = Question(
    id="mine",
    topic="role",
    text="Who is on call for [infra]?",
    follow_up="So to confirm, [b]on-call[/b] is paid?",
    must_ask=True,
)


def _drawn(widget: Widget) -> str:
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))


async def test_markup_like_offer_text_is_drawn_as_text(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme [b]K.K.[/b]", "SRE [infra]")
    meeting = replace(offer.meeting, attendees=(Attendee("Sato [HR]", "[red]lead"),))
    handle = store.open(offer.id)
    handle.save(replace(offer, questions=(QUESTION, *offer.questions), meeting=meeting))
    handle.close()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.screen.is_mounted, what="the home")
        assert "SRE [infra]" in _drawn(app.screen.query_one(LineTable))
        overview = await open_screen(pilot, "enter", expect=OverviewScreen)
        title = str(overview.query_one("#offer-title", Label).render())
        assert title.startswith("Acme [b]K.K.[/b] — SRE [infra]"), title

        screen = await open_screen(pilot, "f4", expect=MeetingScreen)
        assert str(screen.query_one("#offer-title", Label).render()).startswith("Acme [b]K.K.")
        assert "Sato [HR] ([red]lead)" in str(screen.query_one("#attendees", Label).render())
        listed = screen.query_one("#questions", OptionList)
        await wait_until(pilot, lambda: screen.selected is not None, what="a question selected")
        assert screen.selected is not None and screen.selected.id == "mine"
        assert "Who is on call for [infra]?" in _drawn(listed)
        assert "Who is on call for [infra]?" in str(screen.query_one("#q-text", Static).render())
        await press(pilot, "f12")
        follow = str(screen.query_one("#q-follow", Static).render())
        assert follow == "So to confirm, [b]on-call[/b] is paid?"

        prep = await open_screen(pilot, "f3", expect=PrepScreen)
        await prep.action_show_section("questions")
        questions = prep.query_one(QuestionList)
        questions.select_question("mine")
        await pilot.pause()
        assert "Who is on call for [infra]?" in _drawn(questions)
        await press(pilot, "delete")
        assert isinstance(app.screen, ConfirmDialog)
        assert "Who is on call for [infra]?" in shown_text(app.screen)
