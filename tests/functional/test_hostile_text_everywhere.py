"""No text from an offer file reaches the terminal raw from any place the app draws it:
an offer whose every free-text field holds control and bidi characters is shown on the
home, every screen of the offer, every part of Prep and every dialog that quotes it, and
every line each visible widget renders is printable, with no bidi override."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from textual.command import CommandList
from textual.widgets import Input, OptionList

from offertui.domain.offer import (
    Attendee,
    Contact,
    Decision,
    EmailDraft,
    Fact,
    Letter,
    Meeting,
    Negotiation,
    Offer,
    Question,
    Revision,
)
from offertui.domain.pay import PayModel
from offertui.screens.compare import CompareScreen
from offertui.screens.dialogs import ConfirmDialog
from offertui.screens.export import ExportDialog
from offertui.screens.meeting import MeetingScreen
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.offers import OffersScreen
from offertui.screens.prep import PrepScreen
from offertui.screens.rounds import RoundsDialog
from offertui.screens.search import SearchDialog
from offertui.screens.versions import VersionsDialog
from offertui.storage.errors import SyncConflict
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import NOW, press, settle_home, wait_until

AppFactory = Callable[..., Any]
# A word to search for, a screen clear, an 8-bit CSI and a right-to-left override.
HOSTILE = "Zqx\x1b[2J\x9b31m\u202e"
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Fields that hold a choice from a fixed list, an id or a key, not text a person wrote.
NOT_TEXT = frozenset(
    {"id", "topic", "key", "source", "stage", "status", "choice", "kind", "lang"}
    | {"language", "format", "timing", "email", "missing", "other_offers", "pay"}
)


def _hostile(value: Any, name: str = "") -> Any:
    """`value` with every free-text string in it (fields, list items) starting with
    HOSTILE, however deep."""
    if name in NOT_TEXT:
        return value
    if isinstance(value, str):
        return HOSTILE + value
    if isinstance(value, tuple):
        return tuple(_hostile(item, name) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _hostile(getattr(value, f.name), f.name) for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value


def _rich(offer: Offer) -> Offer:
    """`offer` with every part that holds text filled in."""
    ended = NOW - timedelta(hours=26)
    return dataclasses.replace(
        offer,
        stage="negotiating",
        contact=Contact("Tanaka", "HR", "hr@example.jp", "Hana Tanaka"),
        letter=Letter(True, date(2026, 11, 20), "both", "Annual pay 8,500,000 yen"),
        reply_deadline=date(2026, 11, 27),
        annual_pay=8_500_000,
        pay=PayModel(monthly_base=450_000, bonus_months=2),
        facts=(Fact("contract", "正社員", "letter", True), Fact("remote", "2 days", "interview")),
        questions=(
            Question(
                "q1",
                "compensation",
                "How is pay set?",
                "So to confirm, pay",
                True,
                "unclear",
                "It depends",
            ),
            Question("q2", "role", "Which team?", status="answered", answer="Payments"),
        ),
        doubts=("Is the bonus guaranteed?", "Overtime"),
        meeting=Meeting(
            scheduled=datetime(2026, 11, 30, 10, 0, tzinfo=NOW.tzinfo),
            format="in-person",
            started_at=ended - timedelta(hours=1),
            ended_at=ended,
            notes="They asked me to decide today.",
            attendees=(Attendee("Sato", "CTO"),),
            pressure=(ended - timedelta(minutes=5),),
            link="https://meet.example.jp/abc",
            place="Shibuya 2-1",
        ),
        negotiation=Negotiation(9_000_000, 8_000_000, "after", "Market rate", (), "市場水準"),
        revisions=(Revision(date(2026, 11, 24), 9_000_000, "Start in April", "Said it is firm"),),
        decision=Decision(
            "negotiate",
            None,
            ("Full remote",),
            ("English only",),
            ("Vague bonus",),
            (("Ask for the letter", False),),
            "Better fit",
            "合う",
            "signed form",
            "署名済みの書類",
        ),
        emails=(EmailDraft("thanks", "en", "Thank you", "Dear Tanaka-san"),),
    )


def _unsafe_lines(screen: Any, place: str) -> list[str]:
    found = []
    for widget in screen.query("*"):
        if not widget.display or widget.size.height == 0:
            continue
        for y in range(min(widget.size.height, 80)):
            text = widget.render_line(y).text
            if any(not ch.isprintable() or ch in BIDI for ch in text):
                found.append(f"{place}: {type(widget).__name__}#{widget.id}: {text.strip()!r}")
    return found


async def test_no_offer_text_reaches_the_terminal_raw_anywhere(
    make_app: AppFactory, store: OfferStore
) -> None:
    plain = _rich(store.create("株式会社サクラテック", "Backend Engineer"))
    offer = _hostile(plain)
    assert offer.company.startswith(HOSTILE) and offer.revisions[0].note.startswith(HOSTILE)
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    other = store.create(HOSTILE + "Globex", HOSTILE + "SRE")
    app = make_app()
    bad: list[str] = []

    async def scan(place: str) -> None:
        await wait_until(pilot, lambda: app.screen.is_mounted, what=place)
        await pilot.pause()
        bad.extend(_unsafe_lines(app.screen, place))

    async with app.run_test(size=(120, 50)) as pilot:
        await settle_home(pilot)
        await scan("home")
        await press(pilot, "ctrl+p")
        await pilot.press(*"Zqx")
        palette = app.screen
        await wait_until(
            pilot,
            lambda: palette.query_one(CommandList).option_count > 0,
            what="the palette's matches",
        )
        await scan("palette")
        await press(pilot, "escape")
        await press(pilot, "s")
        assert isinstance(app.screen, SearchDialog)
        search = app.screen
        search.query_one("#search-query", Input).value = "zqx"
        await wait_until(
            pilot,
            lambda: search.query_one("#search-results", OptionList).option_count > 0,
            what="the search results",
        )
        await scan("search results")
        await press(pilot, "escape")
        await press(pilot, "c")
        assert isinstance(app.screen, CompareScreen)
        await scan("compare")
        await press(pilot, "escape")
        app.open_offer(offer.id)
        await wait_until(pilot, lambda: isinstance(app.screen, OfferScreen), what="the offer")
        for key in ("f2", "f3", "f4", "f5", "f6", "f7", "f8"):
            await press(pilot, key)
            await scan(f"{key} {type(app.screen).__name__}")
            if isinstance(app.screen, MeetingScreen):
                await press(pilot, "f12")
                await scan("Meeting, the follow-up shown")
            if isinstance(app.screen, PrepScreen):
                for part in range(6):
                    await press(pilot, "ctrl+n")
                    await scan(f"Prep part {part + 2}")
        await press(pilot, "f5")
        await run_command(pilot, "Revised offer rounds")
        assert isinstance(app.screen, RoundsDialog)
        await scan("rounds")
        await press(pilot, "enter")
        await scan("a round")
        await press(pilot, "escape", "escape")
        await run_command(pilot, "Export brief")
        assert isinstance(app.screen, ExportDialog)
        await scan("export")
        await press(pilot, "escape", "escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, OfferScreen), what="home")
        await settle_home(pilot)
        await press(pilot, "d")
        assert isinstance(app.screen, ConfirmDialog)
        await scan("delete confirm")
        await press(pilot, "delete")
        await scan("deleted")
        await press(pilot, "u")
        await wait_until(pilot, lambda: len(store.ids()) == 2, what="the offer back")
        await scan("restored")
        # A sync tool's copy of the offer, one line changed: its row, then both versions.
        original = store.path_for(offer.id).read_text("utf-8")
        copy = store.offers_dir / f"{offer.id}.sync-conflict-20261201-120000-ABCDEF7.toml"
        copy.write_text(original.replace("Sato", "Suzuki"), "utf-8")
        home = app.screen
        assert isinstance(home, OffersScreen)
        home.reload()
        for _ in range(3):  # the copy is listed after the offers
            if not isinstance(home.table.selected, SyncConflict):
                await press(pilot, "down")
        assert isinstance(home.table.selected, SyncConflict)
        await scan("home with a conflict")
        await press(pilot, "enter")
        assert isinstance(app.screen, VersionsDialog)
        await scan("versions")
        await press(pilot, "escape")
    assert not bad, "\n".join(bad)
    # The file keeps every character: what the screens drew was only how they drew it.
    saved = store.load(offer.id)
    assert (saved.company, saved.meeting.notes, saved.meeting.attendees) == (
        offer.company,
        offer.meeting.notes,
        offer.meeting.attendees,
    )
    assert (saved.doubts, saved.decision, saved.revisions, saved.emails) == (
        offer.doubts,
        offer.decision,
        offer.revisions,
        offer.emails,
    )
    assert saved.letter.text == offer.letter.text
    assert {q.text for q in saved.questions} == {q.text for q in offer.questions}
    assert store.load(other.id).company == HOSTILE + "Globex"
