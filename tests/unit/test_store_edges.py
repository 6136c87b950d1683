"""The store's answers at its edges, read from the store itself: second versions of an
offer among the files, what is not an offer file, the trash's names, a restore to a
taken name, and the words of each refusal (the screens and the command line show them)."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from offertui.domain.offer import Offer
from offertui.domain.profile import Profile
from offertui.domain.summary import OfferSummary
from offertui.storage import store as store_module
from offertui.storage.offer_read import MAX_FILE_BYTES
from offertui.storage.store import (
    OFFER_HEADER,
    BrokenFile,
    NotFoundError,
    OfferStore,
    ReadOnlyError,
    StoreError,
    SyncConflict,
)

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files")


def test_each_second_version_of_an_offer_is_reported_with_who_made_it(
    store: OfferStore,
) -> None:
    offer = store.create("Acme", "Dev")
    data = store.path_for(offer.id).read_bytes()
    syncthing = f"{offer.id}.sync-conflict-20261201-120000-ABCDEF7"
    dropbox = f"{offer.id} (conflicted copy 2026-12-01)"
    for name in (syncthing, dropbox):
        (store.offers_dir / f"{name}.toml").write_bytes(data)
    own = store.save_copy(offer).id
    assert store.ids() == [offer.id]
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == [offer.id]
    assert broken == sorted(broken, key=lambda b: b.id)
    found = {b.id: b for b in broken}
    assert set(found) == {syncthing, dropbox, own}
    assert all(isinstance(b, SyncConflict) and b.offer_id == offer.id for b in broken)
    assert (found[syncthing].source, found[syncthing].reason) == (
        "Syncthing",
        f"a conflicting copy of {offer.id}.toml made by Syncthing: keep one",
    )
    assert found[dropbox].source == "Dropbox or Nextcloud"  # type: ignore[attr-defined]
    assert (found[own].source, found[own].reason) == (  # type: ignore[attr-defined]
        "offertui",
        f"your version of {offer.id}.toml, kept when the file changed on disk: keep one",
    )
    assert found[own].path == store.path_for(own)


def test_editor_leftovers_and_hidden_files_are_not_offers(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    data = store.path_for(offer.id).read_bytes()
    for name in (".acme.toml", "acme.toml~", ".acme.toml.swp", "#acme.toml#", "acme.txt"):
        (store.offers_dir / name).write_bytes(data)
    assert store.ids() == [offer.id]
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == [offer.id] and broken == []


def test_a_store_whose_offers_folder_is_gone_lists_nothing(tmp_path: Path) -> None:
    store = OfferStore(tmp_path / "never-made")
    assert store.ids() == []
    assert store.scan() == ([], [])


@posix
def test_what_is_not_a_readable_offer_file_is_reported_on_its_own(store: OfferStore) -> None:
    good = store.create("Acme", "Dev")
    (store.offers_dir / "a-folder.toml").mkdir()
    (store.offers_dir / "a-link.toml").symlink_to(store.root / "nowhere.toml")
    loop = store.offers_dir / "a-loop.toml"
    loop.symlink_to(loop)
    nested = "schema_version = 1\ncompany = 'A'\nx = " + "[" * 5000 + "]" * 5000 + "\n"
    (store.offers_dir / "nested.toml").write_text(nested)
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == [good.id]
    assert [(b.id, b.path.name, b.reason) for b in broken] == [
        ("a-folder", "a-folder.toml", "a folder, not a file offertui can read"),
        ("a-link", "a-link.toml", "a link to a file that does not exist"),
        ("a-loop", "a-loop.toml", "Too many levels of symbolic links"),
        ("nested", "nested.toml", "nested too deeply to read"),
    ]
    assert all(b.path.parent == store.offers_dir for b in broken)


def test_a_summary_is_cached_only_for_a_readable_file_and_read_from_the_cache(
    store: OfferStore,
) -> None:
    offer = store.create("Acme", "Dev")
    first, _ = store.scan()
    again, _ = store.scan()
    assert again == first and [s.id for s in again] == [offer.id]
    # A cached entry whose file is gone leaves the list with it.
    store.path_for(offer.id).unlink()
    assert store.scan() == ([], [])


def test_trashing_the_same_id_again_gets_the_next_free_name(store: OfferStore) -> None:
    names = []
    for position in ("Dev", "Dev", "Dev"):
        offer = store.create("Acme", position)
        assert offer.id == "acme-dev"
        names.append(store.trash(offer.id).name)
    assert names == ["acme-dev.toml", "acme-dev-2.toml", "acme-dev-3.toml"]
    assert not (store.offers_dir / ".acme-dev.lock").exists()
    kept = store.trash_bytes("acme-dev", b"an older version")
    assert kept == store.trash_dir / "acme-dev-4.toml"
    assert kept.read_bytes() == b"an older version"


def test_trash_bytes_makes_the_trash_folder_it_needs(tmp_path: Path) -> None:
    store = OfferStore(tmp_path / "data")
    (tmp_path / "data").mkdir()
    kept = store.trash_bytes("x", b"old")
    assert kept == tmp_path / "data" / "trash" / "x.toml" and kept.read_bytes() == b"old"


def test_restoring_to_a_name_taken_since_takes_the_next_one(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    data = store.path_for(offer.id).read_bytes()
    trashed = store.trash(offer.id)
    newer = store.create("Acme", "Dev")
    assert newer.id == offer.id
    assert store.restore(trashed, offer.id) == f"{offer.id}-2"
    assert store.path_for(f"{offer.id}-2").read_bytes() == data
    assert not trashed.exists()
    assert sorted(store.ids()) == [offer.id, f"{offer.id}-2"]


def test_a_missing_offer_is_named_in_each_refusal(store: OfferStore) -> None:
    for call in (store.load, store.open, store.trash):
        with pytest.raises(NotFoundError) as caught:
            call("ghost")
        assert str(caught.value) == "no offer with id 'ghost'"
    with pytest.raises(NotFoundError) as caught:
        store.path_for("../ghost")
    assert str(caught.value) == "'../ghost' is not an offer id"


def test_a_failed_open_does_not_keep_the_offer_locked(store: OfferStore) -> None:
    with pytest.raises(NotFoundError):
        store.open("acme-dev")
    offer = store.create("Acme", "Dev")
    handle = OfferStore(store.root).open(offer.id)
    assert not handle.read_only
    handle.close()


def test_a_new_offer_file_opens_with_the_note_to_hand_editors(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    text = store.path_for(offer.id).read_text("utf-8")
    header = "".join(f"# {line}\n" for line in OFFER_HEADER.splitlines())
    assert text.startswith(header)
    with pytest.raises(StoreError) as caught:
        store.create(" \t", "Dev")
    assert str(caught.value) == "company is required"


def test_a_data_dir_that_is_a_file_is_refused_by_name(tmp_path: Path) -> None:
    where = tmp_path / "data"
    where.write_text("")
    with pytest.raises(StoreError) as caught:
        OfferStore(where).prepare()
    assert str(caught.value) == f"data dir {where} is a file, not a folder"


def test_prepare_leaves_no_probe_behind(tmp_path: Path) -> None:
    store = OfferStore(tmp_path / "data")
    store.prepare()
    assert sorted(p.name for p in store.root.iterdir()) == ["offers", "trash"]


def test_a_new_profile_file_says_what_it_is(store: OfferStore) -> None:
    store.save_profile(Profile(name_en="Alex"))
    text = store.profile_path.read_text("utf-8")
    assert text.startswith("# offertui profile: your name for emails, and preferences.\n")
    assert store.load_profile() == Profile(name_en="Alex")


def test_a_broken_profile_is_reported_with_its_reason_and_line(store: OfferStore) -> None:
    store.profile_path.write_text('name_en = "A"\nemail_lang = "fr"\n')
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.id == "profile" and caught.value.path == store.profile_path
    assert caught.value.reason == "email_lang is 'fr'; expected one of 'en', 'ja'"
    store.profile_path.write_text('name_en = "A"\nname_ja = \n')
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.line == 2 and " (at " not in caught.value.reason
    store.profile_path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert (caught.value.id, caught.value.path) == ("profile", store.profile_path)
    assert caught.value.reason == "nested too deeply to read"


@posix
def test_a_profile_that_is_not_a_file_is_reported(store: OfferStore) -> None:
    store.profile_path.mkdir()
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.id == "profile" and caught.value.path == store.profile_path
    assert caught.value.reason == "a folder, not a file offertui can read"


@posix
def test_a_profile_the_system_cannot_open_is_reported_with_its_reason(store: OfferStore) -> None:
    store.profile_path.symlink_to(store.profile_path)  # a link to itself: ELOOP
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.path == store.profile_path
    assert caught.value.reason == "Too many levels of symbolic links"


def test_saving_over_a_profile_that_is_not_utf8_refuses_and_keeps_it(store: OfferStore) -> None:
    store.profile_path.write_bytes(b'name_en = "A"\ntheme = "\xff"\n')
    for call in (store.load_profile, lambda: store.save_profile(Profile(name_en="B"))):
        with pytest.raises(BrokenFile) as caught:
            call()
        assert (caught.value.id, caught.value.path) == ("profile", store.profile_path)
        assert (caught.value.reason, caught.value.line) == ("not UTF-8 text", 2)
    assert store.profile_path.read_bytes() == b'name_en = "A"\ntheme = "\xff"\n'


@posix
def test_a_linked_profile_is_saved_through_its_link(store: OfferStore, tmp_path: Path) -> None:
    kept = tmp_path / "dotfiles" / "offertui.toml"
    kept.parent.mkdir()
    kept.write_text('name_en = "A"\n', "utf-8")
    store.profile_path.symlink_to(kept)
    store.save_profile(Profile(name_en="B"))
    assert store.profile_path.is_symlink()
    assert 'name_en = "B"' in kept.read_text("utf-8")
    assert store.load_profile().name_en == "B"


@posix
@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_profile_is_reported_with_the_system_reason(store: OfferStore) -> None:
    store.profile_path.write_text('name_en = "A"\n')
    store.profile_path.chmod(0)
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.reason == "Permission denied"


# --- names taken between the listing and the write ------------------------------------
# Another offertui may write a name in the moment after this one listed the folder;
# these tests hide the files from the listing to stand for that moment.


def _hide_the_listing(store: OfferStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_taken", set)


def test_a_new_offer_never_replaces_a_file_written_a_moment_ago(
    store: OfferStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.create("Acme", "Dev")
    data = store.path_for(first.id).read_bytes()
    _hide_the_listing(store, monkeypatch)
    second = store.create("Acme", "Dev")
    assert second.id == f"{first.id}-2"
    assert store.path_for(first.id).read_bytes() == data
    # Two copies made within one second get one name from the clock.
    name = f"{first.id}.offertui-conflict-20261201-120000"
    monkeypatch.setattr(store_module, "own_copy_name", lambda offer_id: name)
    copy = store.save_copy(replace(first, position="Mine"))
    again = store.save_copy(replace(first, position="Mine again"))
    assert (copy.id, again.id) == (name, f"{name}-2")
    assert store.load(copy.id).position == "Mine"
    assert store.load(again.id).position == "Mine again"


def test_a_restore_never_replaces_a_file_written_a_moment_ago(
    store: OfferStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    offer = store.create("Acme", "Dev")
    trashed = store.trash(offer.id)
    newer = store.create("Acme", "Dev")
    data = store.path_for(newer.id).read_bytes()
    _hide_the_listing(store, monkeypatch)
    assert store.restore(trashed, offer.id) == f"{offer.id}-2"
    assert store.path_for(offer.id).read_bytes() == data


def test_kept_bytes_never_replace_a_version_trashed_a_moment_ago(
    store: OfferStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.trash_bytes("acme", b"first")
    names = iter([first, store.trash_dir / "acme-2.toml"])
    monkeypatch.setattr(store, "_trash_name", lambda offer_id: next(names))
    assert store.trash_bytes("acme", b"second") == store.trash_dir / "acme-2.toml"
    assert first.read_bytes() == b"first"


def test_a_file_that_cannot_be_an_offer_is_reported_under_its_own_id_and_path(
    store: OfferStore,
) -> None:
    store.create("Acme", "Dev")
    big = store.offers_dir / "huge.toml"
    with big.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space taken
    bad = store.offers_dir / "bad.toml"
    bad.write_text("schema_version = \n")
    _, broken = store.scan()
    assert [(b.id, b.path) for b in broken] == [("bad", bad), ("huge", big)]
    assert broken[0].line == 1
    assert broken[1].reason == "too large to be an offer (33 MB)"


def test_the_summaries_cached_by_this_version_are_read_and_an_older_ones_are_not(
    store: OfferStore,
) -> None:
    from offertui import __version__
    from offertui.domain.summary import SUMMARY_VERSION, OfferSummary
    from offertui.storage.index import INDEX_NAME, SummaryIndex, stat_key

    offer = store.create("Acme", "Dev")
    (summary,), _ = store.scan()
    key = stat_key(store.path_for(offer.id).stat())
    marked = replace(summary, company="From the cache")
    for version, company in (
        (f"{SUMMARY_VERSION}:{__version__}", "From the cache"),
        (f"{SUMMARY_VERSION}:0.0.1", "Acme"),
        (f"{SUMMARY_VERSION - 1}:{__version__}", "Acme"),
        # A cache of the releases that also stamped the rules' source files.
        (f"{SUMMARY_VERSION}:{__version__}:1f2e3d4c", "Acme"),
    ):
        index = SummaryIndex(store.root / INDEX_NAME, version)
        index.put(offer.id, key, marked.to_json())
        index.save_if_changed()
        (read,), _ = store.scan()
        assert isinstance(read, OfferSummary) and read.company == company, version


def test_an_offer_open_elsewhere_is_not_trashed(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = OfferStore(store.root).open(offer.id)
    with pytest.raises(ReadOnlyError) as caught:
        store.trash(offer.id)
    assert str(caught.value) == f"{offer.id} is open in another offertui"
    assert store.path_for(offer.id).exists()
    handle.close()


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (RecursionError, "nested too deeply to read"),
        (KeyError, "cannot be read (KeyError)"),
    ],
)
def test_a_surprise_in_one_offer_is_reported_and_the_others_still_listed(
    store: OfferStore, monkeypatch: pytest.MonkeyPatch, error: type[Exception], reason: str
) -> None:
    # The reader turns what it knows into BrokenFile itself; this is the net under the
    # summary made from a file that read well.
    summarize = store_module.summarize

    def summary_that_fails_for_one(offer: Offer) -> OfferSummary:
        if offer.company == "Boom":
            raise error
        return summarize(offer)

    monkeypatch.setattr(store_module, "summarize", summary_that_fails_for_one)
    boom = store.create("Boom", "Dev")
    after = store.create("Zeta", "Dev")
    before = store.create("Acme", "Dev")
    summaries, broken = store.scan()
    assert sorted(s.id for s in summaries) == [before.id, after.id]
    assert [(b.id, b.path, b.reason) for b in broken] == [
        (boom.id, store.path_for(boom.id), reason)
    ]


def test_a_crashed_write_of_the_profile_leaves_no_temp_file_after_a_start(
    store: OfferStore,
) -> None:
    stale = store.root / ".profile.toml.tmp-1-2"
    stale.write_text("half a profile")
    os.utime(stale, (0, 0))
    store.prepare()
    assert not stale.exists()
