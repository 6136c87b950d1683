"""Prep's question rows at 80x24: a question's status is drawn where the row is not cut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from offertui.screens.prep import PrepScreen
from offertui.storage.store import OfferStore
from offertui.widgets.question_list import QuestionList
from tests.helpers import open_screen, wait_until

AppFactory = Callable[..., Any]


async def test_each_status_is_on_screen_in_a_cut_row(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Acme K.K.", "Backend Engineer")
    statuses = ("answered", "unclear", "skipped")
    questions = tuple(
        replace(q, status=statuses[i]) if i < 3 else q for i, q in enumerate(offer.questions)
    )
    handle = store.open(offer.id)
    handle.save(replace(offer, questions=questions))
    handle.close()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, "enter", "f3", expect=PrepScreen)
        await screen.action_show_section("questions")
        listed = screen.query_one(QuestionList)
        await wait_until(pilot, lambda: listed.option_count > 0, what="the questions listed")
        listed.select_question(questions[0].id)
        await pilot.pause()
        drawn = [listed.render_line(y).text for y in range(listed.size.height)]
        for question in questions[:3]:
            row = next(line for line in drawn if question.text[:12] in line)
            assert "…" in row  # cut at 80 columns
            assert f"({question.status})" in row
        header = str(screen.query_one("#prep-readiness").render())
        assert "must-ask unanswered" in header
