"""Snapshots of a meeting held in Japanese: Prep's questions and the Meeting show the
Japanese forms, and a question of the user's own that has no Japanese says so."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from offertui.domain.offer import Question
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import FakeClock, no_blink, press


def _seed(store: OfferStore) -> None:
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    own = (
        Question(id="my-gym", topic="deadline", text="Is there a gym for staff?"),
        Question(
            id="my-oncall",
            topic="deadline",
            text="How is on-call arranged?",
            text_ja="オンコール対応はどのような体制でしょうか。",
        ),
    )
    offer = replace(
        offer,
        meeting=replace(offer.meeting, language="ja"),
        questions=(*offer.questions[:2], *own, *offer.questions[2:]),
    )
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


def test_prep_questions_in_japanese(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    _seed(store)

    async def run(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f3")
        await run_command(pilot, "Prep: Questions")
        await press(pilot, "down", "down")  # the gym: English only, under its Japanese label
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run)


def test_meeting_in_japanese(
    snap_compare: Any, make_app: Any, store: OfferStore, clock: FakeClock
) -> None:
    _seed(store)

    async def run(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f4")
        await press(pilot, "f12")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run)
