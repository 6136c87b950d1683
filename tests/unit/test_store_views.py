"""The store seen whole, as the calendar, the Due line and search read it: every offer
that can be read in id order, each broken file reported, and an offer deleted since the
folder was listed passed over without stopping the others."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from offertui.domain.due import timeline_of
from offertui.domain.offer import Meeting, Offer
from offertui.storage.calendar import calendar_file, load_all
from offertui.storage.due import store_timelines
from offertui.storage.search import search_store
from offertui.storage.store import OfferStore
from tests.timeline_offers import write_offers


class DeletedFirst(OfferStore):
    """A store whose folder listing still names an offer that is gone."""

    def ids(self) -> list[str]:
        return ["a-gone", *super().ids()]


def remote(offer_id: str) -> Offer:
    # Four fields that say "remote".
    meeting = Meeting(notes="remote\nremote", place="remote", link="remote")
    return Offer(offer_id, offer_id.title(), "Dev", meeting=meeting)


@pytest.fixture
def views(data_dir: Path) -> OfferStore:
    store = DeletedFirst(data_dir)
    store.prepare()
    write_offers(store, [remote("beta"), remote("delta")])
    (store.offers_dir / "aa-broken.toml").write_text("company = \n", "utf-8")
    return store


def test_every_readable_offer_is_loaded_in_id_order(views: OfferStore) -> None:
    offers, broken = load_all(views)
    assert [o.id for o in offers] == ["beta", "delta"]
    assert [b.id for b in broken] == ["aa-broken"]


def test_search_goes_past_a_deleted_offer_and_stops_only_beyond_the_limit(
    views: OfferStore,
) -> None:
    every = search_store(views, "remote")
    assert [m.offer_id for m in every.matches] == ["beta"] * 4 + ["delta"] * 4
    assert [b.id for b in every.broken] == ["aa-broken"]
    exact = search_store(views, "remote", limit=8)
    assert len(exact.matches) == 8
    assert not exact.truncated
    cut = search_store(views, "remote", limit=5)
    assert [m.offer_id for m in cut.matches] == ["beta"] * 4 + ["delta"]
    assert cut.truncated
    assert [b.id for b in cut.broken] == ["aa-broken"]


def test_timelines_come_from_the_cache_or_else_from_the_file(views: OfferStore) -> None:
    summaries, _ = views.scan()
    assert all(s.timeline is not None for s in summaries)
    beta, delta = sorted(summaries, key=lambda s: s.id)
    uncached = [delta, replace(beta, timeline_data=None)]
    timelines, broken = store_timelines(views, uncached)
    assert timelines == [delta.timeline, timeline_of(views.load("beta"))]
    assert broken == []
    # Gone since the scan, or broken since: left out, the broken one reported.
    (views.offers_dir / "beta.toml").unlink()
    (views.offers_dir / "delta.toml").write_text("company = \n", "utf-8")
    gone = [replace(beta, timeline_data=None), replace(delta, timeline_data=None)]
    timelines, broken = store_timelines(views, gone)
    assert timelines == []
    assert [b.id for b in broken] == ["delta"]


def test_the_calendar_file_counts_the_users_closure_and_stamps_the_time_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    meeting = Meeting(scheduled=datetime(2026, 12, 25, 14))
    offer = Offer("x", "X", "Dev", reply_deadline=date(2027, 1, 4), meeting=meeting)
    now = datetime(2026, 12, 1, 3, tzinfo=UTC)

    def reminder(closure: str) -> datetime:
        events, data = calendar_file([offer], closure, now)
        calendar = icalendar.Calendar.from_ical(data)
        meeting, _, event = calendar.walk("VEVENT")
        # The meeting at 14:00 in the zone TZ names.
        assert meeting["dtstart"].params["TZID"] == "Asia/Tokyo"
        assert meeting.decoded("dtstart").hour == 14
        assert event.decoded("dtstamp") == now
        (alarm,) = event.walk("VALARM")
        assert events[-1].reminder == alarm.decoded("trigger")
        return datetime(2027, 1, 4) + alarm.decoded("trigger")

    assert reminder("") == datetime(2026, 12, 28, 9)  # closed from 29 December
    assert reminder("12-31..01-03") == datetime(2026, 12, 30, 9)
    before = datetime.now(UTC).replace(microsecond=0)
    _, data = calendar_file([offer])
    stamp = icalendar.Calendar.from_ical(data).walk("VEVENT")[0].decoded("dtstamp")
    assert before <= stamp <= datetime.now(UTC)
