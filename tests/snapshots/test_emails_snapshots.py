"""Snapshots of the Emails screen at 80x24 and 120x40."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from offertui.domain.offer import Contact, Decision, Meeting, Profile
from offertui.storage.store import OfferStore
from tests.helpers import no_blink

SIZES = [(80, 24), (120, 40)]


def _open(offer_id: str, kind: str, lang: str) -> Any:
    async def run_before(pilot: Any) -> None:
        pilot.app.open_offer(offer_id, "emails", kind=kind, lang=lang)
        await pilot.pause()
        await no_blink(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_emails_accept_in_japanese(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    store.save_profile(Profile(name_en="Alex Morgan", name_ja="モーガン・アレックス"))
    offer = replace(
        store.create("Sakura Tech K.K.", "Backend Engineer"),
        contact=Contact(name="田中", role="人事部", email="tanaka@example.com"),
        reply_deadline=date(2026, 12, 1),
        meeting=Meeting(scheduled=datetime(2026, 11, 24, 14, 0)),
        decision=Decision(choice="accept", reason="チームの姿勢に強く惹かれたため"),
    )
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    app = make_app()
    assert snap_compare(app, terminal_size=size, run_before=_open(offer.id, "accept", "ja"))


@pytest.mark.parametrize("size", SIZES)
def test_emails_with_placeholders(
    snap_compare: Any, make_app: Any, store: OfferStore, size: tuple[int, int]
) -> None:
    offer = store.create("Globex Japan K.K.", "Site Reliability Engineer")
    app = make_app()
    assert snap_compare(app, terminal_size=size, run_before=_open(offer.id, "need-time", "en"))
