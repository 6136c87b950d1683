"""Crash-safe writes and private folders, each on its own: what is written, with which
mode, through or over a link, and which leftovers of a crashed write are cleared."""

from __future__ import annotations

import fcntl
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from offertui.storage.files import (
    TEMP_MARK,
    atomic_write,
    ensure_private_dir,
    link_target,
    remove_stale_temps,
    temp_name,
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A folder of its own (the test's home is made beside it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_missing_folders_are_made_private_and_existing_ones_keep_their_mode(
    data: Path, open_umask: None
) -> None:
    shared = data / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    target = shared / "a" / "b"
    ensure_private_dir(target)
    assert (_mode(shared), _mode(shared / "a"), _mode(target)) == (0o755, 0o700, 0o700)
    shared.chmod(0o750)
    ensure_private_dir(shared)
    assert _mode(shared) == 0o700
    ensure_private_dir(target)  # already right: left as it is
    assert _mode(target) == 0o700


def test_a_temp_name_is_hidden_beside_the_file_and_names_its_writer(data: Path) -> None:
    name = temp_name(data / "acme.toml")
    assert name.parent == data
    assert name.name.startswith(f".acme.toml{TEMP_MARK}{os.getpid()}-")
    assert name.name.rpartition("-")[2].isdigit()
    assert temp_name(data / "acme.toml") != name


def test_a_link_is_followed_to_its_final_target(data: Path) -> None:
    real = data / "real.toml"
    real.write_text("x")
    first = data / "first.toml"
    first.symlink_to(real)
    second = data / "second.toml"
    second.symlink_to(first)
    assert link_target(second) == real
    assert link_target(real) == real


def test_a_write_replaces_the_file_privately_and_leaves_no_temp(
    data: Path, open_umask: None
) -> None:
    path = data / "acme.toml"
    atomic_write(path, b"one")
    atomic_write(path, b"two")
    assert path.read_bytes() == b"two"
    assert _mode(path) == 0o600
    assert os.listdir(data) == ["acme.toml"]


def test_an_exclusive_write_never_replaces_a_file(data: Path) -> None:
    path = data / "acme.toml"
    atomic_write(path, b"new", exclusive=True)
    assert path.read_bytes() == b"new"
    with pytest.raises(FileExistsError):
        atomic_write(path, b"other", exclusive=True)
    assert path.read_bytes() == b"new"
    assert os.listdir(data) == ["acme.toml"]


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data / "acme.toml"
    path.write_bytes(b"old")

    def no_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_disk)
    with pytest.raises(OSError, match="No space"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert os.listdir(data) == ["acme.toml"]


def test_a_link_is_written_through_only_when_asked(data: Path) -> None:
    synced = data / "synced"
    synced.mkdir()
    real = synced / "acme.toml"
    real.write_bytes(b"old")
    link = data / "acme.toml"
    link.symlink_to(real)
    atomic_write(link, b"through", through_link=True)
    assert link.is_symlink()
    assert real.read_bytes() == b"through"
    assert os.listdir(synced) == ["acme.toml"]
    atomic_write(link, b"over")
    assert not link.is_symlink()
    assert (link.read_bytes(), real.read_bytes()) == (b"over", b"through")


def _temp(folder: Path, pid: int | str, age: float = 0.0) -> Path:
    path = folder / f".acme.toml{TEMP_MARK}{pid}-{int(age)}"
    path.write_bytes(b"half")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid += 1


def test_a_crashed_writers_temp_is_removed_whatever_its_age(data: Path) -> None:
    dead = _temp(data, _dead_pid())
    unnamed = data / f".b.toml{TEMP_MARK}x-1"
    unnamed.write_bytes(b"")
    assert sorted(remove_stale_temps(data)) == sorted([dead, unnamed])
    assert os.listdir(data) == []


def test_a_young_temp_of_a_running_writer_is_kept_and_an_old_one_removed(
    data: Path,
) -> None:
    mine = _temp(data, os.getpid())
    init = data / f".init.toml{TEMP_MARK}1-5"  # pid 1 runs, as someone else maybe
    init.write_bytes(b"")
    assert remove_stale_temps(data) == []
    assert remove_stale_temps(data, older_than=60.0) == []
    old = _temp(data, os.getpid(), age=120.0)
    assert remove_stale_temps(data) == [old]
    assert sorted(os.listdir(data)) == sorted([mine.name, init.name])


def test_a_temp_whose_writer_holds_its_lock_is_never_removed(data: Path) -> None:
    held = _temp(data, _dead_pid(), age=3600.0)
    with held.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        assert remove_stale_temps(data) == []
    assert remove_stale_temps(data) == [held]


def test_only_hidden_temp_files_are_touched(data: Path) -> None:
    dead = _dead_pid()
    visible = data / f"acme.toml{TEMP_MARK}{dead}-1"
    visible.write_bytes(b"")
    hidden = data / ".acme.toml"
    hidden.write_bytes(b"")
    folder = data / f".dir{TEMP_MARK}{dead}-1"
    folder.mkdir()
    link = data / f".link{TEMP_MARK}{dead}-1"
    link.symlink_to(hidden)
    assert remove_stale_temps(data) == []
    assert len(os.listdir(data)) == 4


def test_a_datathat_cannot_be_listed_has_nothing_to_clear(data: Path) -> None:
    assert remove_stale_temps(data / "missing") == []


def test_a_file_in_a_linked_folder_is_itself(data: Path) -> None:
    real = data / "real"
    real.mkdir()
    (real / "acme.toml").write_text("x")
    linked = data / "linked"
    linked.symlink_to(real)
    assert link_target(linked / "acme.toml") == linked / "acme.toml"


def test_a_temp_being_written_is_locked_against_a_cleaner(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another session's start-up cleaning, run while the write is under way, with every
    temp counted old: only the writer's lock keeps it off the file."""
    seen: list[list[Path]] = []
    real_fsync = os.fsync

    def cleaning_meanwhile(fd: int) -> None:
        if not seen:
            seen.append(remove_stale_temps(data, older_than=-1.0))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", cleaning_meanwhile)
    atomic_write(data / "acme.toml", b"whole")
    assert seen == [[]]
    assert (data / "acme.toml").read_bytes() == b"whole"


def test_checking_a_writer_never_signals_it(data: Path) -> None:
    # Hang-ups default to ending the process, even under nohup.
    child = (
        "import signal, time; signal.signal(signal.SIGHUP, signal.SIG_DFL); "
        "print(flush=True); time.sleep(30)"
    )
    writer = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE)
    try:
        assert writer.stdout is not None
        writer.stdout.readline()
        _temp(data, writer.pid)
        assert remove_stale_temps(data) == []
        with pytest.raises(subprocess.TimeoutExpired):  # a signal would end it at once
            writer.wait(timeout=0.2)
    finally:
        writer.kill()
        writer.wait()


def test_the_writer_is_read_from_the_last_mark_of_the_name(data: Path) -> None:
    mine = data / f".notes{TEMP_MARK}draft.toml{TEMP_MARK}{os.getpid()}-1"
    mine.write_bytes(b"")
    assert remove_stale_temps(data) == []
    assert mine.exists()


def test_what_is_kept_does_not_stop_the_others_being_cleared(data: Path) -> None:
    dead = _dead_pid()
    handles = []
    try:
        for n in range(12):
            (data / f"offer-{n}.toml").write_bytes(b"")
            (data / f".dir{TEMP_MARK}{dead}-{n}").mkdir()
            locked = data / f".locked{TEMP_MARK}{dead}-{n}"
            locked.write_bytes(b"")
            handle = locked.open("rb")
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            handles.append(handle)
        crashed = _temp(data, dead)
        assert remove_stale_temps(data) == [crashed]
    finally:
        for handle in handles:
            handle.close()
