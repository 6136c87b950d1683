"""The Meeting screen with a meeting under way, at 80x24 and 120x40."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from offertui.domain import meeting as m
from offertui.domain.offer import Attendee
from offertui.storage.store import OfferStore
from tests.helpers import NOW, FakeClock, no_blink, press


def _meeting_under_way(store: OfferStore) -> None:
    offer = store.create("株式会社サクラテック", "Backend Engineer")
    offer = m.start(offer, NOW - timedelta(minutes=23, seconds=12))
    offer = replace(
        offer,
        meeting=replace(
            offer.meeting,
            attendees=(Attendee("Tanaka", "HR"), Attendee("Sato", "Hiring manager")),
            notes="[13:42] Tanaka: welcome, overview of the team\n"
            "[13:45] Salary 900万, 年俸制 paid in 12\n"
            "[13:51] Remote: 2 days office, core hours 11-16\n"
            "[13:58] Bonus: performance based, no figure given",
        ),
    )
    questions = list(offer.questions)
    questions[0] = replace(questions[0], status="answered", answer="By 4 December")
    questions[2] = replace(questions[2], status="unclear", answer="Team of 6? not sure")
    questions[3] = replace(questions[3], must_ask=True)
    offer = replace(offer, questions=tuple(questions))
    offer = m.flag_pressure(offer, NOW - timedelta(minutes=3))
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_meeting_under_way(
    snap_compare: Any, make_app: Any, store: OfferStore, clock: FakeClock, size: tuple[int, int]
) -> None:
    _meeting_under_way(store)

    async def open_meeting(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f4")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=open_meeting)


@pytest.mark.parametrize("size", [(80, 24)])
def test_meeting_summary(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    _meeting_under_way(store)

    async def end_meeting(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f4")
        await press(pilot, "f9", "f9")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=end_meeting)


def test_meeting_summary_scrolled_to_its_end(
    snap_compare: Any, make_app: Any, store: OfferStore
) -> None:
    _meeting_under_way(store)

    async def end_and_read(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f4")
        await press(pilot, "f9", "f9", "end")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=end_and_read)


def test_add_attendee_at_80x24(snap_compare: Any, make_app: Any, store: OfferStore) -> None:
    """Its buttons and key hint once went under the bottom of the screen."""
    _meeting_under_way(store)

    async def add_attendee(pilot: Any) -> None:
        await press(pilot, "enter")
        await press(pilot, "f4")
        await press(pilot, "ctrl+p")
        await pilot.press(*"Add attendee")
        await press(pilot, "enter")
        await no_blink(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=add_attendee)
