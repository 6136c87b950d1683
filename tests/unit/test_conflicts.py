"""Two versions of one offer: recognised, compared, and settled by keeping one."""

from __future__ import annotations

import pytest

from offertui.storage import conflicts
from offertui.storage.store import OfferStore, ReadOnlyError, StoreError, SyncConflict


@pytest.mark.parametrize(
    ("name", "offer_id", "tool"),
    [
        ("acme-dev.sync-conflict-20261201-120000-ABCDEF7", "acme-dev", "Syncthing"),
        ("acme.dev.sync-conflict-20261201-120000", "acme.dev", "Syncthing"),
        ("acme-dev (conflicted copy 2026-12-01)", "acme-dev", "Dropbox or Nextcloud"),
        (
            "acme-dev (Jane Doe's conflicted copy 2026-12-01 (1))",
            "acme-dev",
            "Dropbox or Nextcloud",
        ),
        ("acme-dev (conflicted copy 2026-12-01 120000)", "acme-dev", "Dropbox or Nextcloud"),
    ],
)
def test_conflicting_copies_are_named_after_their_offer(
    name: str, offer_id: str, tool: str
) -> None:
    assert conflicts.conflict_copy_of(name) == (offer_id, tool)


@pytest.mark.parametrize(
    "name", ["acme-dev", "acme-dev-2", "sync-conflict", "acme (copy)", "conflicted copy"]
)
def test_ordinary_names_are_not_conflicts(name: str) -> None:
    assert conflicts.conflict_copy_of(name) is None


def test_merge_sides_split_both_versions_and_keep_the_shared_lines() -> None:
    text = (
        "a = 1\n<<<<<<< HEAD\nb = 2\n||||||| base\nb = 0\n=======\nb = 3\n>>>>>>> theirs\nc = 4\n"
    )
    assert conflicts.merge_sides(text) == ("a = 1\nb = 2\nc = 4\n", "a = 1\nb = 3\nc = 4\n")


def _copy_conflict(store: OfferStore) -> tuple[str, SyncConflict]:
    offer = store.create("Acme", "Dev")
    original = store.path_for(offer.id).read_bytes()
    copy = store.offers_dir / f"{offer.id}.sync-conflict-20261201-120000-ABCDEF7.toml"
    copy.write_bytes(original.replace(b'stage = "prep"', b'stage = "meeting"'))
    _, broken = store.scan()
    [conflict] = broken
    assert isinstance(conflict, SyncConflict)
    return offer.id, conflict


def test_compare_shows_what_the_copy_changed(store: OfferStore) -> None:
    _, conflict = _copy_conflict(store)
    diff = conflicts.compare(store, conflict).splitlines()
    assert '-stage = "prep"' in diff
    assert '+stage = "meeting"' in diff
    assert diff[1].startswith("+++ acme-dev.sync-conflict-")


def test_keeping_the_offers_file_moves_the_copy_to_the_trash(store: OfferStore) -> None:
    offer_id, conflict = _copy_conflict(store)
    before = store.path_for(offer_id).read_bytes()
    dropped = conflicts.keep(store, conflict, 0)
    assert dropped.parent == store.trash_dir
    assert b'stage = "meeting"' in dropped.read_bytes()
    assert store.path_for(offer_id).read_bytes() == before
    assert store.scan()[1] == []


def test_keeping_the_copy_makes_it_the_offer_and_keeps_the_old_file(store: OfferStore) -> None:
    offer_id, conflict = _copy_conflict(store)
    before = store.path_for(offer_id).read_bytes()
    dropped = conflicts.keep(store, conflict, 1)
    assert dropped.read_bytes() == before
    assert store.load(offer_id).stage == "meeting"
    assert not conflict.path.exists()
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == [offer_id] and broken == []


def test_a_conflict_is_not_settled_while_the_offer_is_open(store: OfferStore) -> None:
    offer_id, conflict = _copy_conflict(store)
    handle = OfferStore(store.root).open(offer_id)
    with pytest.raises(ReadOnlyError):
        conflicts.keep(store, conflict, 1)
    handle.close()
    assert conflict.path.exists()


def test_a_merge_in_the_file_keeps_ours_or_theirs(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    text = path.read_text("utf-8")
    merged = text.replace(
        'stage = "prep"',
        '<<<<<<< HEAD\nstage = "meeting"\n=======\nstage = "deciding"\n>>>>>>> laptop',
    )
    path.write_text(merged, "utf-8")
    _, [conflict] = store.scan()
    assert isinstance(conflict, SyncConflict) and conflict.in_place
    ours, theirs = conflicts.versions(store, conflict)
    assert (ours.label, theirs.label) == ("ours (HEAD)", "theirs (laptop)")
    dropped = conflicts.keep(store, conflict, 1)
    assert dropped.read_text("utf-8") == merged
    assert store.load(offer.id).stage == "deciding"


def test_a_version_that_is_not_an_offer_cannot_be_kept(store: OfferStore) -> None:
    offer_id, conflict = _copy_conflict(store)
    conflict.path.write_text("not [ toml")
    before = store.path_for(offer_id).read_bytes()
    assert conflicts.versions(store, conflict)[1].problem
    with pytest.raises(StoreError, match="cannot be kept"):
        conflicts.keep(store, conflict, 1)
    assert store.path_for(offer_id).read_bytes() == before


def test_offertuis_own_copy_is_named_after_its_offer_and_found_again() -> None:
    from datetime import datetime

    from offertui.storage.conflict_names import OWN, own_copy_name

    name = own_copy_name("acme-dev", datetime(2026, 12, 2, 17, 5, 0))
    assert name == "acme-dev.offertui-conflict-20261202-170500"
    assert conflicts.conflict_copy_of(name) == ("acme-dev", OWN)
    assert conflicts.conflict_copy_of(f"{name}-2") == ("acme-dev", OWN)
    assert conflicts.conflict_copy_of("acme-dev.offertui-conflict-2026") is None
    assert conflicts.conflict_copy_of("acme-dev-copy") is None  # an offer of its own
