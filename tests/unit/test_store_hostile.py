"""The store against tricky folders: outside edits that hide, links, leftovers, modes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from offertui.storage.files import ensure_private_dir, remove_stale_temps
from offertui.storage.store import ConflictError, OfferStore
from offertui.storage.user_file import UserFileError, write_user_file
from tests.devices import null_device

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files")


def test_an_outside_edit_that_keeps_size_and_mtime_is_still_a_conflict(
    store: OfferStore,
) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    path = store.path_for(offer.id)
    before = path.stat()
    theirs = path.read_bytes().replace(b'position = "Dev"', b'position = "Ops"')
    path.write_bytes(theirs)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    with pytest.raises(ConflictError):
        handle.save(replace(handle.offer, stage="meeting"))
    assert path.read_bytes() == theirs
    handle.close()


def test_a_symlinked_offer_is_saved_through_the_link(store: OfferStore, tmp_path: Path) -> None:
    synced = tmp_path / "Sync"
    synced.mkdir()
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    target = synced / "acme.toml"
    os.replace(path, target)
    path.symlink_to(target)
    handle = store.open(offer.id)
    assert handle.save(replace(handle.offer, stage="meeting"))
    assert handle.save(replace(handle.offer, stage="deciding"))  # and again
    handle.close()
    assert path.is_symlink() and path.resolve() == target
    assert store.load(offer.id).stage == "deciding"
    assert b'stage = "deciding"' in target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The temp file went into the target's own folder and is gone.
    assert sorted(p.name for p in synced.iterdir()) == ["acme.toml"]


def test_deleting_a_symlinked_offer_trashes_the_link_and_undo_brings_the_link_back(
    store: OfferStore, tmp_path: Path
) -> None:
    synced = tmp_path / "Sync"
    synced.mkdir()
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    target = synced / "acme.toml"
    os.replace(path, target)
    path.symlink_to(target)
    kept = target.read_bytes()
    trashed = store.trash(offer.id)
    assert trashed.is_symlink() and trashed.resolve() == target
    assert not os.path.lexists(path)
    assert target.read_bytes() == kept
    assert store.restore(trashed, offer.id) == offer.id
    assert not os.path.lexists(trashed)
    assert path.is_symlink() and path.resolve() == target
    # Saved after the undo, the synced file is still the one updated.
    handle = store.open(offer.id)
    assert handle.save(replace(handle.offer, stage="meeting"))
    handle.close()
    assert path.is_symlink()
    assert b'stage = "meeting"' in target.read_bytes()


def test_a_retargeted_link_is_a_conflict(store: OfferStore, tmp_path: Path) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    first = tmp_path / "first.toml"
    os.replace(path, first)
    path.symlink_to(first)
    handle = store.open(offer.id)
    second = tmp_path / "second.toml"
    second.write_bytes(first.read_bytes().replace(b'"Dev"', b'"Other"'))
    path.unlink()
    path.symlink_to(second)
    with pytest.raises(ConflictError):
        handle.save(replace(handle.offer, stage="meeting"))
    handle.close()


@pytest.fixture
def live_pid() -> object:
    """The pid of a process that runs for the whole test (a second session)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_temp_files_of_crashed_writes_are_removed_at_start_whatever_their_age(
    store: OfferStore, live_pid: int
) -> None:
    crashed_young = store.offers_dir / f".acme.toml.tmp-{_dead_pid()}-1"
    crashed_young.write_text("half a file from a process that died a moment ago")
    old = store.offers_dir / f".acme.toml.tmp-{live_pid}-2"
    old.write_text("half a file; the pid is in use again, but the file is an hour old")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    in_progress = store.offers_dir / f".acme.toml.tmp-{live_pid}-3"
    in_progress.write_text("being written by a second session right now")
    store.prepare()
    assert not crashed_young.exists()
    assert not old.exists()
    assert in_progress.exists()


def test_a_temp_file_being_written_is_never_removed(store: OfferStore) -> None:
    import fcntl

    held = store.offers_dir / f".acme.toml.tmp-{_dead_pid()}-4"
    with held.open("wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        assert remove_stale_temps(store.offers_dir, older_than=0) == []
        assert held.exists()
    assert remove_stale_temps(store.offers_dir, older_than=0) == [held]


def test_folders_made_above_the_data_dir_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        OfferStore(tmp_path / "a" / "b" / "data").prepare()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "data"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    # A folder that was there already keeps its mode.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    ensure_private_dir(shared / "data")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


# --- files the user names -------------------------------------------------------------


def test_a_user_file_is_written_new_or_over_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    assert write_user_file(path, b"one") == path
    assert write_user_file(path, b"two") == path
    assert path.read_bytes() == b"two"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_user_file(path, b"three", replace=False)
    assert path.read_bytes() == b"two"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: os.mkfifo(p), "a named pipe .FIFO., not a regular file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.symlink_to(null_device(p.parent)), "symbolic link"),
    ],
)
def test_a_user_file_never_replaces_what_is_not_a_regular_file(
    tmp_path: Path, make: object, message: str
) -> None:
    path = tmp_path / "target"
    make(path)  # type: ignore[operator]
    kind = os.lstat(path).st_mode
    with pytest.raises(UserFileError, match=message):
        write_user_file(path, b"data")
    assert os.lstat(path).st_mode == kind


def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFileError, match="a device"):
        write_user_file(null_device(tmp_path), b"data")


def test_a_link_is_written_through_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    with pytest.raises(UserFileError, match="give the file's own path"):
        write_user_file(link, b"new")
    assert write_user_file(link, b"new", through_link=True) == target
    assert link.is_symlink() and target.read_bytes() == b"new"
    with pytest.raises(UserFileError, match="a device"):
        dev = tmp_path / "dev.md"
        dev.symlink_to(null_device(tmp_path))
        write_user_file(dev, b"x", through_link=True)
