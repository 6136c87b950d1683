"""One offer open for editing: what a save writes and refuses, the diff shown before a
conflict is settled, reading the file again, and the lock that keeps two apart."""

from __future__ import annotations

import stat
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from offertui.storage.errors import ConflictError, ReadOnlyError
from offertui.storage.offer_file import OfferLock
from offertui.storage.store import OfferStore


def _opened(store: OfferStore):  # type: ignore[no-untyped-def]
    offer = store.create("Acme", "Dev")
    return store.open(offer.id), store.path_for(offer.id)


def test_a_second_identical_save_writes_nothing(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        assert handle.save(replace(handle.offer, annual_pay=8_000_000)) is True
        written = path.read_bytes()
        assert handle.save(handle.offer) is False
        assert handle.save(replace(handle.offer)) is False
        assert path.read_bytes() == written
    finally:
        handle.close()


def test_a_value_cleared_after_opening_leaves_the_file(store: OfferStore) -> None:
    handle, path = _opened(store)
    handle.save(replace(handle.offer, reply_deadline=date(2026, 12, 4)))
    handle.close()
    again = store.open(handle.id)
    try:
        assert again.save(replace(again.offer, reply_deadline=None)) is True
        assert "reply_deadline" not in tomllib.loads(path.read_text("utf-8"))
    finally:
        again.close()


def test_a_save_refused_says_why_with_the_files_name(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        path.write_bytes(path.read_bytes() + b"# a note\n")
        with pytest.raises(ConflictError) as changed:
            handle.save(replace(handle.offer, annual_pay=1))
        assert str(changed.value) == f"{path.name} was changed by another program"
        path.unlink()
        path.mkdir()
        with pytest.raises(ConflictError) as folder:
            handle.save(replace(handle.offer, annual_pay=1))
        assert str(folder.value) == f"{path.name} is now a folder, not a file offertui can read"
        path.rmdir()
        with pytest.raises(ConflictError) as gone:
            handle.save(replace(handle.offer, annual_pay=1))
        assert str(gone.value) == f"{path.name} was moved or deleted"
    finally:
        handle.close()


def test_a_second_opener_may_not_save_and_is_told_why(store: OfferStore) -> None:
    first, _path = _opened(store)
    second = store.open(first.id)
    try:
        assert second.read_only
        with pytest.raises(ReadOnlyError) as refused:
            second.save(replace(second.offer, annual_pay=1))
        assert str(refused.value) == f"{first.id} is open in another offertui; not saved"
    finally:
        second.close()
        first.close()
    assert first.read_only


def test_the_diff_shows_the_disk_first_and_yours_after(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        path.write_bytes(path.read_bytes().replace(b'company = "Acme"', b'company = "Acme KK"'))
        diff = handle.compare(replace(handle.offer, company="Acme Japan"))
        lines = diff.splitlines()
        assert lines[:2] == [f"--- {path.name} on disk", "+++ yours, not saved"]
        assert '-company = "Acme KK"' in lines
        assert '+company = "Acme Japan"' in lines
        assert diff.endswith("\n")
        assert all(line.endswith("\n") for line in diff.splitlines(keepends=True))
    finally:
        handle.close()


def test_the_diff_after_a_save_starts_from_what_was_saved(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        handle.save(replace(handle.offer, annual_pay=8_000_000))
        assert handle.compare(handle.offer) == ""
        path.write_bytes(path.read_bytes().rstrip(b"\n"))  # someone dropped the last line end
        diff = handle.compare(handle.offer)
        lines = diff.splitlines()
        removed = [line[1:] for line in lines[2:] if line.startswith("-")]
        added = [line[1:] for line in lines[2:] if line.startswith("+")]
        assert removed == added  # only the line end differs, and each line ends in one
        assert len(removed) == 1
        assert f"-{removed[0]}\n+{added[0]}\n" in diff
    finally:
        handle.close()


def test_the_diff_of_a_file_gone_is_all_yours(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        path.unlink()
        diff = handle.compare(handle.offer)
        body = diff.splitlines()[3:]
        assert body
        assert all(line.startswith("+") for line in body)
    finally:
        handle.close()


def test_reading_again_drops_what_was_not_saved(store: OfferStore) -> None:
    handle, path = _opened(store)
    try:
        path.write_bytes(path.read_bytes().replace(b'company = "Acme"', b'company = "Beta"'))
        offer = handle.reload()
        assert (offer.id, offer.company) == (handle.id, "Beta")
        assert handle.offer == offer
        assert handle.save(replace(offer, annual_pay=1)) is True
    finally:
        handle.close()


def test_a_lock_file_is_private_and_a_released_lock_is_not_held(tmp_path: Path) -> None:
    lock = OfferLock(tmp_path / ".acme.lock")
    assert not lock.held
    assert lock.acquire()
    assert lock.held
    assert stat.S_IMODE((tmp_path / ".acme.lock").stat().st_mode) == 0o600
    other = OfferLock(tmp_path / ".acme.lock")
    assert not other.acquire()
    assert not other.held
    lock.release()
    assert not lock.held
    assert other.acquire()
    other.release()
