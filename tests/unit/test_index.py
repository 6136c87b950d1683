"""The summary cache: used while files are unchanged, never trusted beyond that."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from offertui.storage import store as store_module
from offertui.storage.index import INDEX_NAME
from offertui.storage.store import OfferStore

JST = timezone(timedelta(hours=9))


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the files the store actually parses."""
    seen: list[str] = []
    original = store_module._parse

    def counting(offer_id, path, data):  # type: ignore[no-untyped-def]
        seen.append(offer_id)
        return original(offer_id, path, data)

    monkeypatch.setattr(store_module, "_parse", counting)
    return seen


def test_second_scan_reads_the_cache_not_the_files(store: OfferStore, parses: list[str]) -> None:
    a = store.create("Acme", "Dev")
    b = store.create("Globex", "SRE")
    first, _ = store.scan()
    assert sorted(parses) == sorted([a.id, b.id])
    parses.clear()
    second, _ = store.scan()
    assert parses == []
    assert second == first
    index = store.root / INDEX_NAME
    assert stat.S_IMODE(index.stat().st_mode) == 0o600


def test_summaries_made_by_other_rules_are_made_again(
    store: OfferStore, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A change to how must-ask questions are counted, with the offer's file unchanged:
    # with SUMMARY_VERSION bumped, the cached summary is not shown with the old count.
    store.create("Acme", "Dev")
    store.scan()
    parses.clear()
    store.scan()
    assert parses == []
    monkeypatch.setattr(store_module, "SUMMARY_VERSION", store_module.SUMMARY_VERSION + 1)
    store.scan()
    assert parses == ["acme-dev"]


def test_a_changed_file_is_read_again(store: OfferStore, parses: list[str]) -> None:
    offer = store.create("Acme", "Dev")
    store.scan()
    handle = store.open(offer.id)
    handle.save(replace(offer, position="Staff Engineer"))
    handle.close()
    parses.clear()
    summaries, _ = store.scan()
    assert parses == [offer.id]
    assert summaries[0].position == "Staff Engineer"


def test_hand_edit_with_the_same_size_is_noticed(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    store.scan()
    path = store.path_for(offer.id)
    path.write_text(path.read_text("utf-8").replace('"Dev"', '"Ops"'), "utf-8")
    summaries, _ = store.scan()
    assert summaries[0].position == "Ops"


def test_deleted_offers_leave_the_cache_and_broken_files_are_never_cached(
    store: OfferStore, parses: list[str]
) -> None:
    offer = store.create("Acme", "Dev")
    (store.offers_dir / "bad.toml").write_text("schema_version = ")
    store.scan()
    store.trash(offer.id)
    parses.clear()
    summaries, broken = store.scan()
    assert summaries == []
    assert [b.id for b in broken] == ["bad"]
    assert parses == ["bad"]
    assert offer.id not in (store.root / INDEX_NAME).read_text("utf-8")


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"{not json",
        b'{"version": "0:old", "entries": {}}',
        b'{"version": 1, "entries": {"x": 5}}',
    ],
)
def test_a_bad_cache_is_rebuilt(store: OfferStore, junk: bytes) -> None:
    store.create("Acme", "Dev")
    (store.root / INDEX_NAME).write_bytes(junk)
    summaries, broken = store.scan()
    assert [s.company for s in summaries] == ["Acme"]
    assert broken == []


def test_date_rules_apply_to_cached_summaries(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    ended = datetime(2026, 11, 20, 15, 0, tzinfo=JST)
    handle.save(
        replace(
            offer,
            reply_deadline=date(2026, 12, 1),
            meeting=replace(offer.meeting, started_at=ended, ended_at=ended),
        )
    )
    handle.close()
    store.scan()
    (summary,), _ = store.scan()  # from the cache
    base = summary.undated_flags
    early = datetime(2026, 11, 20, 16, 0, tzinfo=JST)
    assert summary.red_flags(early.date(), early) == base
    # Two days before the deadline, and over a day after the meeting with no choice.
    late = datetime(2026, 11, 29, 9, 0, tzinfo=JST)
    assert summary.red_flags(late.date(), late) == base + 2


def test_summary_json_round_trips(store: OfferStore) -> None:
    from offertui.domain.summary import OfferSummary, summarize

    offer = store.create("株式会社テスト", "エンジニア")
    offer = replace(
        offer,
        reply_deadline=date(2026, 12, 1),
        meeting=replace(offer.meeting, ended_at=datetime(2026, 11, 30, 15, 0, tzinfo=JST)),
    )
    summary = summarize(offer)
    assert OfferSummary.from_json(summary.to_json()) == summary


def test_a_summary_read_back_behaves_as_one_made_from_the_file(store: OfferStore) -> None:
    from dataclasses import FrozenInstanceError

    from offertui.domain.summary import OfferSummary, summarize

    offer = replace(store.create("Acme", "Developer"), reply_deadline=date(2026, 12, 1))
    made = summarize(offer)
    read = OfferSummary.from_json(made.to_json())
    assert type(read) is OfferSummary
    assert hash(read) == hash(made)
    assert read.timeline == made.timeline
    assert read.timeline is not None
    with pytest.raises(FrozenInstanceError):
        read.company = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad_summary",
    [
        [],
        ["acme-dev", "Acme"],  # too short
        {"id": "acme-dev"},  # the old, named form
        ["acme-dev", "Acme", "Dev", "prep", "1st of May", *[0] * 9],  # not a date
        [
            "acme-dev",
            "Acme",
            "Dev",
            "prep",
            None,
            0,
            0,
            0,
            0,
            False,
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            0,
            None,
            "undecided",
        ],
    ],
)
def test_a_cached_entry_of_the_wrong_shape_is_read_from_the_file(
    store: OfferStore, parses: list[str], bad_summary: object
) -> None:
    import json

    offer = store.create("Acme", "Dev")
    store.scan()
    path = store.root / INDEX_NAME
    data = json.loads(path.read_bytes())
    data["entries"][offer.id][1] = bad_summary
    path.write_text(json.dumps(data))
    parses.clear()
    summaries, broken = store.scan()
    assert [s.company for s in summaries] == ["Acme"]
    assert parses == [offer.id]
    assert broken == []
