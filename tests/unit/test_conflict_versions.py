"""The two versions of a conflicted offer, read, labelled and settled at the edges:
markers that only look like markers, versions that cannot be read, copies whose offer
file is gone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from offertui.storage import conflicts
from offertui.storage.store import OfferStore, ReadOnlyError, StoreError, SyncConflict


def _copy(store: OfferStore, name: str = ".sync-conflict-20261201-120000-ABCDEF7") -> SyncConflict:
    offer = store.create("Acme", "Dev")
    original = store.path_for(offer.id).read_bytes()
    (store.offers_dir / f"{offer.id}{name}.toml").write_bytes(
        original.replace(b'stage = "prep"', b'stage = "meeting"')
    )
    _, [conflict] = store.scan()
    assert isinstance(conflict, SyncConflict)
    return conflict


def _merge(store: OfferStore, ours: str = " HEAD", theirs: str = " laptop") -> SyncConflict:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    path.write_text(
        path.read_text("utf-8").replace(
            'stage = "prep"',
            f'<<<<<<<{ours}\nstage = "meeting"\n=======\nstage = "deciding"\n>>>>>>>{theirs}',
        ),
        "utf-8",
    )
    _, [conflict] = store.scan()
    assert isinstance(conflict, SyncConflict) and conflict.in_place
    return conflict


def test_merge_sides_keep_windows_line_ends_and_markers_without_a_label() -> None:
    text = "a\r\n<<<<<<<\r\nb\r\n=======\r\nc\r\n>>>>>>>\r\nd\r\n"
    assert conflicts.merge_sides(text) == ("a\r\nb\r\nd\r\n", "a\r\nc\r\nd\r\n")


def test_lines_that_only_look_like_markers_belong_to_both_sides() -> None:
    # A marker is seven signs then the end or a space; a longer run is text.
    text = "<<<<<<<<x\n=======\n>>>>>>>>y\n"
    assert conflicts.merge_sides(text) == (text, text)


def test_the_end_marker_needs_a_space_before_its_label() -> None:
    text = "<<<<<<< a\nb\n=======\nc\n>>>>>>>x\n>>>>>>> d\ne\n"
    assert conflicts.merge_sides(text) == ("b\ne\n", "c\n>>>>>>>x\ne\n")


def test_a_separator_outside_a_conflict_is_text() -> None:
    text = "a\n=======\n|||||||\nb\n"
    assert conflicts.merge_sides(text) == (text, text)


def test_a_merge_without_labels_names_its_sides_plainly(store: OfferStore) -> None:
    conflict = _merge(store, ours="", theirs="")
    ours, theirs = conflicts.versions(store, conflict)
    assert (ours.label, theirs.label) == ("ours", "theirs")
    assert 'stage = "meeting"' in ours.text and 'stage = "deciding"' not in ours.text
    assert 'stage = "deciding"' in theirs.text and not ours.problem and not theirs.problem


def test_keeping_ours_of_a_merge_keeps_the_merged_file_in_the_trash(store: OfferStore) -> None:
    conflict = _merge(store)
    merged = store.path_for(conflict.offer_id).read_bytes()
    dropped = conflicts.keep(store, conflict, 0)
    assert dropped.parent == store.trash_dir and dropped.read_bytes() == merged
    assert store.load(conflict.offer_id).stage == "meeting"
    assert store.scan()[1] == []


def test_a_merged_file_that_cannot_be_read_is_a_problem_on_both_sides(
    store: OfferStore,
) -> None:
    conflict = _merge(store)
    path = store.path_for(conflict.offer_id)
    path.unlink()
    os.mkfifo(path)
    versions = conflicts.versions(store, conflict)
    assert [(v.text, v.problem) for v in versions] == [
        ("", "it is a named pipe (FIFO), not a file offertui can read")
    ] * 2
    assert conflicts.compare(store, conflict) == ""


def test_a_copy_gone_since_is_a_version_with_a_problem(store: OfferStore) -> None:
    conflict = _copy(store)
    conflict.path.unlink()
    first, second = conflicts.versions(store, conflict)
    assert first.problem == "" and 'stage = "prep"' in first.text
    assert (second.text, second.problem) == ("", "the file is gone")
    assert first.label == "acme-dev.toml"
    assert second.label == f"{conflict.path.name} (Syncthing's copy)"
    assert conflicts.compare(store, conflict) == ""
    with pytest.raises(StoreError, match=r"\(Syncthing's copy\) cannot be kept: the file is gone"):
        conflicts.keep(store, conflict, 1)


def test_offertuis_own_copy_is_labelled_as_yours(store: OfferStore) -> None:
    conflict = _copy(store, ".offertui-conflict-20261202-170500")
    _, second = conflicts.versions(store, conflict)
    assert second.label == f"{conflict.path.name} (your version, kept by offertui)"


def test_a_copy_whose_offer_file_is_gone_becomes_the_offer(store: OfferStore) -> None:
    conflict = _copy(store)
    copy_text = conflict.path.read_bytes()
    store.path_for(conflict.offer_id).unlink()
    dropped = conflicts.keep(store, conflict, 1)
    # Nothing of the offer's file to keep: what is returned is the copy, in the trash.
    assert dropped.parent == store.trash_dir and dropped.read_bytes() == copy_text
    assert store.path_for(conflict.offer_id).read_bytes() == copy_text
    assert not conflict.path.exists()


def test_an_offer_file_made_unreadable_is_left_as_it_is(store: OfferStore) -> None:
    conflict = _copy(store)
    path = store.path_for(conflict.offer_id)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(
        StoreError,
        match=r"^acme-dev\.toml is a named pipe \(FIFO\), not a file offertui can read; it is left",
    ):
        conflicts.keep(store, conflict, 1)
    assert conflict.path.exists()
    assert not store.trash_dir.exists() or not any(store.trash_dir.iterdir())


def test_compare_ends_every_line_of_the_diff(store: OfferStore) -> None:
    conflict = _copy(store)
    conflict.path.write_bytes(conflict.path.read_bytes().rstrip(b"\n"))
    diff = conflicts.compare(store, conflict)
    assert diff.endswith("\n") and "\n\n" not in diff
    assert diff.startswith("--- acme-dev.toml\n+++ ")


def test_find_names_a_copy_by_its_file_name_or_the_offer_by_its_id(store: OfferStore) -> None:
    conflict = _copy(store)
    name = conflict.path.name
    assert conflicts.find(store, name) == [conflict]
    assert conflicts.find(store, name.removesuffix(".toml")) == [conflict]
    assert conflicts.find(store, conflict.offer_id) == [conflict]
    assert conflicts.find(store, "globex-sre") == []


def test_find_names_a_merge_by_its_offer_id(store: OfferStore) -> None:
    conflict = _merge(store)
    assert conflicts.find(store, conflict.offer_id) == [conflict]
    assert conflicts.find(store, f"{conflict.offer_id}.toml") == [conflict]


def test_a_separator_with_more_on_its_line_is_text() -> None:
    text = "<<<<<<< a\n=======  \n=======X\n=======\nc\n>>>>>>> b\n"
    assert conflicts.merge_sides(text) == ("=======  \n=======X\n", "c\n")


def test_an_unreadable_merge_still_names_its_sides(store: OfferStore) -> None:
    conflict = _merge(store)
    path = store.path_for(conflict.offer_id)
    path.unlink()
    os.mkfifo(path)
    ours, theirs = conflicts.versions(store, conflict)
    assert (ours.label, theirs.label) == ("ours", "theirs")


def test_a_merge_with_bytes_that_are_not_utf8_is_read_not_raised(store: OfferStore) -> None:
    conflict = _merge(store)
    path = store.path_for(conflict.offer_id)
    path.write_bytes(path.read_bytes().replace(b'"meeting"', b'"meet\xffing"'))
    ours, theirs = conflicts.versions(store, conflict)
    assert ours.label == "ours (HEAD)"
    assert ours.problem.startswith("stage is 'meet\ufffding'")
    assert 'stage = "meet\ufffding"' in ours.text
    assert theirs.problem == "" and 'stage = "deciding"' in theirs.text


def test_a_copy_that_is_not_utf8_is_shown_with_a_problem(store: OfferStore) -> None:
    conflict = _copy(store)
    conflict.path.write_bytes(conflict.path.read_bytes().replace(b'"meeting"', b'"meet\xffing"'))
    _, second = conflicts.versions(store, conflict)
    assert second.label.startswith(conflict.path.name)
    assert second.problem == "not UTF-8 text"
    assert 'stage = "meet\ufffding"' in second.text


def test_a_copy_that_is_not_an_offer_is_shown_and_compared(store: OfferStore) -> None:
    conflict = _copy(store)
    conflict.path.write_text("not [ toml\n")
    _, second = conflicts.versions(store, conflict)
    assert second.label.startswith(conflict.path.name) and second.text == "not [ toml\n"
    assert second.problem
    assert "+not [ toml" in conflicts.compare(store, conflict).splitlines()


def test_a_conflict_names_the_offer_open_elsewhere(store: OfferStore) -> None:
    conflict = _copy(store)
    handle = OfferStore(store.root).open(conflict.offer_id)
    try:
        with pytest.raises(ReadOnlyError, match=r"^acme-dev is open in an offertui; close it"):
            conflicts.keep(store, conflict, 1)
    finally:
        handle.close()


def test_keeping_the_copy_writes_through_a_linked_offer_file(
    store: OfferStore, tmp_path: Path
) -> None:
    conflict = _copy(store)
    path = store.path_for(conflict.offer_id)
    real = tmp_path / "elsewhere.toml"
    real.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(real)
    dropped = conflicts.keep(store, conflict, 1)
    assert dropped.name == "acme-dev.toml"
    assert path.is_symlink() and path.resolve() == real
    assert store.load(conflict.offer_id).stage == "meeting"
