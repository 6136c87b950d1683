"""`offertui conflict`: the two versions of a conflicted offer, compared, and one kept.

A sync tool's conflicting copy, or a merge left in the file, is one offer with two
versions; nothing is settled until the user says which to keep, and the other is
moved to the trash, never deleted."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from offertui.__main__ import main
from offertui.storage.search import search_store
from offertui.storage.store import OfferStore

COPY = "acme-dev.sync-conflict-20261201-120000-ABCDEF7.toml"


def _run(store: OfferStore, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(store.root), "conflict", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _with_copy(store: OfferStore, name: str = COPY) -> tuple[bytes, Path]:
    """The offer acme-dev and a copy of it a sync tool made, in which the stage moved."""
    offer = store.create("Acme", "Dev")
    assert offer.id == "acme-dev"
    original = store.path_for(offer.id).read_bytes()
    copy = store.offers_dir / name
    copy.write_bytes(original.replace(b'stage = "prep"', b'stage = "meeting"'))
    return original, copy


def _trash(store: OfferStore) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store.trash_dir.iterdir()}


def test_it_shows_both_versions_and_how_they_differ_and_changes_nothing(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _with_copy(store)
    copied = copy.read_bytes()
    status, out, err = _run(store, capsys, "acme-dev")
    assert status == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "acme-dev has two versions:",
        "  1  acme-dev.toml",
        f"  2  {COPY} (Syncthing's copy)",
    ]
    assert '-stage = "prep"' in lines
    assert '+stage = "meeting"' in lines
    assert "--keep 1 (or 2)" in err
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.read_bytes() == copied
    assert _trash(store) == {}


def test_keeping_the_copy_makes_it_the_offer_and_trashes_the_old_file(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _with_copy(store)
    status, out, _ = _run(store, capsys, "acme-dev", "--keep", "2")
    assert status == 0
    assert out.startswith(f"kept {COPY} (Syncthing's copy) as acme-dev.toml; the other version")
    assert store.load("acme-dev").stage == "meeting"
    assert not copy.exists()
    assert original in _trash(store).values()
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == ["acme-dev"] and broken == []


def test_keeping_the_offers_file_trashes_the_copy(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _with_copy(store)
    copied = copy.read_bytes()
    status, out, _ = _run(store, capsys, COPY, "--keep", "1")
    assert status == 0
    assert "the other version is in trash/" in out
    assert store.path_for("acme-dev").read_bytes() == original
    assert list(_trash(store).values()) == [copied]
    assert store.scan()[1] == []


def test_a_merge_left_in_the_file_keeps_ours_or_theirs(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    merged = path.read_text("utf-8").replace(
        'stage = "prep"',
        '<<<<<<< HEAD\nstage = "meeting"\n=======\nstage = "deciding"\n>>>>>>> laptop',
    )
    path.write_text(merged, "utf-8")
    status, out, _ = _run(store, capsys, offer.id)
    assert status == 0
    assert out.splitlines()[1:3] == ["  1  ours (HEAD)", "  2  theirs (laptop)"]
    assert _run(store, capsys, offer.id, "--keep", "1")[0] == 0
    assert store.load(offer.id).stage == "meeting"
    assert list(_trash(store).values()) == [merged.encode()]


def test_several_copies_of_one_offer_are_named_by_file(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_copy(store)
    second = store.offers_dir / "acme-dev (conflicted copy 2026-12-02).toml"
    second.write_bytes((store.offers_dir / COPY).read_bytes())
    status, _, err = _run(store, capsys, "acme-dev")
    assert status == 1
    assert err.startswith("offertui: error: acme-dev has 2 conflicting copies (")
    assert COPY in err and second.name in err
    status, out, _ = _run(store, capsys, second.name)
    assert status == 0
    assert "(Dropbox or Nextcloud's copy)" in out.splitlines()[2]


def test_a_name_without_conflicts_is_an_error(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.create("Acme", "Dev")
    status, out, err = _run(store, capsys, "acme-dev")
    assert (status, out) == (1, "")
    assert err == "offertui: error: 'acme-dev' has no conflicting versions (see `offertui list`)\n"


def test_a_version_that_is_not_an_offer_is_shown_but_never_kept(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _with_copy(store)
    copy.write_text("not [ toml", "utf-8")
    status, out, _ = _run(store, capsys, "acme-dev")
    assert status == 0
    assert out.splitlines()[2].startswith(f"  2  {COPY} (Syncthing's copy) (cannot be kept: ")
    status, _, err = _run(store, capsys, "acme-dev", "--keep", "2")
    assert status == 1
    assert "cannot be kept" in err
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.read_text("utf-8") == "not [ toml"


def test_nothing_is_settled_while_the_offer_is_open(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _with_copy(store)
    handle = OfferStore(store.root).open("acme-dev")
    try:
        status, _, err = _run(store, capsys, "acme-dev", "--keep", "2")
    finally:
        handle.close()
    assert status == 1
    assert "open in an offertui" in err
    assert store.path_for("acme-dev").read_bytes() == original
    assert copy.exists()


def test_a_conflicting_copy_is_never_one_more_offer(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    handle.save(replace(offer, reply_deadline=date(2026, 12, 24)))
    handle.close()
    copy = store.offers_dir / COPY
    copy.write_bytes(store.path_for(offer.id).read_bytes())
    assert store.ids() == ["acme-dev"]
    assert [m.offer_id for m in search_store(store, "Acme").matches] == ["acme-dev"]
    assert main(["--data-dir", str(store.root), "calendar"]) == 0
    out, err = capsys.readouterr()
    assert out.count("BEGIN:VEVENT") == 1
    assert "sync-conflict" not in out + err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")
def test_a_copy_that_is_a_fifo_is_named_and_never_read(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store.create("Acme", "Dev")
    original = store.path_for("acme-dev").read_bytes()
    copy = store.offers_dir / COPY
    os.mkfifo(copy)
    status, out, _ = _run(store, capsys, "acme-dev")
    assert status == 0
    assert "(cannot be kept: it is a named pipe (FIFO)" in out
    status, _, err = _run(store, capsys, "acme-dev", "--keep", "2")
    assert status == 1
    assert "cannot be kept" in err
    assert copy.is_fifo()
    assert store.path_for("acme-dev").read_bytes() == original
