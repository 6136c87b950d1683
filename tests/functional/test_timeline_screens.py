"""The offer's timeline on the screens: the meeting's link and place, revised offers,
and the calendar written from the app."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import pytest
from textual.widgets import Input, Label, Static

from offertui.domain.calendar import event_uid
from offertui.domain.offer import Offer
from offertui.screens.decision import DecisionScreen
from offertui.screens.emails import EmailBody, EmailsScreen
from offertui.screens.export import ExportDialog
from offertui.screens.meeting import MeetingScreen
from offertui.screens.overview import OverviewScreen
from offertui.screens.pay import PayScreen
from offertui.screens.revision import RevisionDialog
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import Notifications, press, wait_until
from tests.timeline_offers import MEETING_LINK, negotiating

AppFactory = Callable[..., Any]
LINK = MEETING_LINK


@pytest.fixture(name="negotiating")
def negotiating_offer(store: OfferStore) -> Offer:
    return negotiating(store)


async def _open(pilot: Any, offer: Offer, name: str, cls: type[Any]) -> Any:
    """Open `offer` on its screen `name`, and wait until that screen is mounted."""
    app = pilot.app
    app.open_offer(offer.id, name)

    def shown() -> bool:
        return isinstance(app.screen, cls) and app.screen.is_mounted

    await wait_until(pilot, shown, what=name)
    await pilot.pause()
    return app.screen


def _file(store: OfferStore, offer: Offer) -> dict[str, Any]:
    return tomllib.loads(store.path_for(offer.id).read_text("utf-8"))


# --------------------------------------------------------------------- link and place


async def test_the_link_typed_on_overview_is_saved_and_ctrl_j_copies_it(
    make_app: AppFactory, store: OfferStore
) -> None:
    offer = store.create("Globex", "SRE")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, offer, "overview", OverviewScreen)
        said = Notifications(app)
        await press(pilot, "ctrl+j")
        assert app.clipboard == ""
        assert said.any_contains("No meeting link yet")
        app.screen.query_one("#meeting_link Input", Input).value = f"  {LINK} "
        await pilot.pause()
        await press(pilot, "ctrl+j")
        assert app.clipboard == LINK
        assert said.any_contains("Copied the meeting link")
        app.save_all()
    assert _file(store, offer)["meeting"]["link"] == LINK


async def test_the_meeting_shows_where_until_it_starts(
    make_app: AppFactory, negotiating: Offer
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, negotiating, "meeting", MeetingScreen)
        where = app.screen.query_one("#meeting-where", Label)
        assert where.display
        shown = str(where.render())
        assert LINK in shown and "ctrl+j copies it" in shown
        await press(pilot, "ctrl+j")
        assert app.clipboard == LINK  # while typing in the notes, too
        await press(pilot, "f9")
        assert not where.display


# ----------------------------------------------------------------------- revised offer


async def _record(pilot: Any, pay: str, terms: str, note: str = "") -> None:
    await run_command(pilot, "Record revised offer")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, RevisionDialog), what="dialog")
    screen = pilot.app.screen
    screen.query_one("#revision-pay", Input).value = pay
    screen.query_one("#revision-terms", Input).value = terms
    screen.query_one("#revision-note", Input).value = note
    await pilot.pause()
    await press(pilot, "enter")  # from the pay field: on to the next
    await press(pilot, "enter")
    await press(pilot, "enter")


async def test_a_revised_offer_recorded_on_decision_reaches_the_file_and_the_emails(
    make_app: AppFactory, store: OfferStore, negotiating: Offer
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, negotiating, "decision", DecisionScreen)
        terms = app.screen.query_one("#terms", Static)
        assert "Record revised offer" in str(terms.render())
        await _record(pilot, "950万", "Start in April", "Said it is their best")
        await wait_until(pilot, lambda: isinstance(app.screen, DecisionScreen), what="back")
        shown = str(terms.render())
        assert shown == (
            "Revised offer, round 1 (2026-11-25): ¥9,500,000 (first ¥9,000,000); Start in April"
        )
        app.save_all()
        rounds = _file(store, negotiating)["revisions"]
        assert rounds == [
            {
                "date": date(2026, 11, 25),
                "annual_pay": 9_500_000,
                "terms": "Start in April",
                "note": "Said it is their best",
            }
        ]
        # A second round asks again; its negotiation email knows it is the second.
        session = app.sessions[negotiating.id]
        for kind in ("negotiate", "accept"):
            app.show_offer_screen(session, "emails", kind=kind, lang="en")

            def drafted(kind: str = kind) -> bool:
                screen = app.screen
                return (
                    isinstance(screen, EmailsScreen) and screen.is_mounted and screen.kind == kind
                )

            await wait_until(pilot, drafted, what=f"the {kind} draft")
            await pilot.pause()
            if kind == "negotiate":
                body = app.screen.query_one(EmailBody).text
                assert "The revised offer sets the annual salary at ¥9,500,000" in body
        body = app.screen.query_one(EmailBody).text
        assert "9,500,000" in body and "9,000,000" not in body


async def test_a_wrong_pay_is_said_in_the_dialog_and_nothing_typed_is_lost(
    make_app: AppFactory, store: OfferStore, negotiating: Offer
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot, negotiating, "pay", PayScreen)
        assert not app.screen.query_one("#pay-terms").display
        await _record(pilot, "a lot", "Remote on Fridays")
        dialog = app.screen
        assert isinstance(dialog, RevisionDialog)
        assert str(dialog.query_one("#revision-error", Static).render()) != ""
        assert dialog.focused is dialog.query_one("#revision-pay", Input)
        assert dialog.query_one("#revision-terms", Input).value == "Remote on Fridays"
        dialog.query_one("#revision-pay", Input).value = "9,200,000"
        await pilot.pause()
        await press(pilot, "tab", "tab", "tab", "enter")  # to Record, and press it
        await wait_until(pilot, lambda: isinstance(app.screen, PayScreen), what="back on Pay")
        line = app.screen.query_one("#pay-terms", Static)
        assert line.display
        assert "¥9,200,000 (first ¥9,000,000); Remote on Fridays" in str(line.render())


# ----------------------------------------------------------------------------- calendar


async def test_the_calendar_command_writes_the_events_with_their_uids(
    make_app: AppFactory, store: OfferStore, negotiating: Offer, tmp_path: Path
) -> None:
    target = tmp_path / "mine.ics"
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        said = Notifications(app)
        await run_command(pilot, "Export calendar")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportDialog), what="dialog")
        field = app.screen.query_one("#export-path", Input)
        assert field.value == "offertui.ics"
        field.value = str(tmp_path)  # a folder: refused at the field
        await press(pilot, "enter")
        assert isinstance(app.screen, ExportDialog)
        assert "is a folder" in str(app.screen.query_one("#export-error", Static).render())
        field.value = str(target)
        await press(pilot, "enter")
        assert not isinstance(app.screen, ExportDialog)
        assert said.any_contains(f"3 events written to {target}")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(event["uid"]) for event in calendar.walk("VEVENT")}
    assert uids == {
        event_uid(kind, negotiating.id) for kind in ("meeting", "thank-you", "deadline")
    }
    meeting = next(e for e in calendar.walk("VEVENT") if "meeting" in str(e["uid"]))
    assert str(meeting["url"]) == LINK
