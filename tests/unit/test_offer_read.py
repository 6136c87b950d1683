"""Reading one offer file: only a regular file is opened, and whatever it holds, a bad
file is one `BrokenFile` naming the reason and, where there is one, the line."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from offertui.storage import codec, offer_read
from offertui.storage.errors import BrokenFile, SyncConflict
from offertui.storage.offer_read import (
    UnreadableFile,
    decode,
    kind_of,
    merge_marker_line,
    parse,
    read_bytes,
    read_offer,
    read_regular,
)

GOOD = b'schema_version = 1\ncompany = "Acme"\n'


@pytest.mark.parametrize(
    ("mode", "kind"),
    [
        (stat.S_IFDIR, "a folder"),
        (stat.S_IFIFO, "a named pipe (FIFO)"),
        (stat.S_IFSOCK, "a socket"),
        (stat.S_IFCHR, "a device"),
        (stat.S_IFBLK, "a device"),
        (0, "not a regular file"),
    ],
)
def test_each_kind_of_file_is_named(mode: int, kind: str) -> None:
    assert kind_of(mode) == kind


def test_a_regular_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    data = os.urandom(2_000_000)  # more than one read's chunk
    path.write_bytes(data)
    assert read_regular(path) == data
    assert read_regular(path, limit=len(data)) == data
    with pytest.raises(UnreadableFile) as refused:
        read_regular(path, limit=len(data) - 1)
    assert str(refused.value) == "too large to be an offer (2 MB)"


def test_what_is_not_a_regular_file_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableFile) as pipe:
        read_regular(fifo)
    assert str(pipe.value) == "a named pipe (FIFO), not a file offertui can read"
    with pytest.raises(UnreadableFile, match=r"^a folder, not a file offertui can read$"):
        read_regular(tmp_path)
    with pytest.raises(UnreadableFile, match=r"^a device, not a file offertui can read$"):
        read_regular(Path("/dev/null"))
    sock_path = tmp_path / "s.toml"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(UnreadableFile, match=r"^a socket, not a file offertui can read$"):
            read_regular(sock_path)


def test_a_file_that_grows_while_it_is_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b"x" * 10)
    real_read = os.read
    reads: list[int] = []

    def growing(fd: int, size: int) -> bytes:
        reads.append(size)
        return b"y" * 8 if len(reads) < 4 else real_read(fd, size)

    monkeypatch.setattr(offer_read.os, "read", growing)
    with pytest.raises(UnreadableFile) as refused:
        read_regular(path, limit=20)
    assert str(refused.value) == "too large to be an offer"
    assert reads == [1 << 20] * 3


def test_text_is_utf8_with_or_without_a_mark_and_a_bad_byte_is_found_by_line() -> None:
    path = Path("offers/acme.toml")
    assert decode("acme", path, "é".encode()) == "é"
    assert decode("acme", path, b"\xef\xbb\xbfa") == "a"
    with pytest.raises(BrokenFile) as broken:
        decode("acme", path, b"one\ntwo\nthr\xffee\n")
    assert broken.value == BrokenFile("acme", path, "not UTF-8 text", 3)
    with pytest.raises(BrokenFile) as second:
        decode("acme", path, b"\nx\xff")
    assert second.value.line == 2


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> theirs\n", 2),
        ("<<<<<<<\n=======\n>>>>>>>\n", 1),
        ("\n<<<<<<<\n=======\n>>>>>>>\n", 2),
        ("x\n=======\ny\n<<<<<<< ours\n>>>>>>> theirs\n", 2),
        ("<<<<<<< HEAD\n=======\n", None),  # not all three
        ("a <<<<<<< HEAD\n=======\n>>>>>>> b\n", None),  # not at a line start
        ("<<<<<<<< HEAD\n=======\n>>>>>>> b\n", None),  # eight
        ("<<<<<<< HEAD\n======= x\n>>>>>>> b\n", None),
    ],
)
def test_merge_markers_count_only_all_three_at_the_start_of_a_line(
    text: str, line: int | None
) -> None:
    assert merge_marker_line(text) == line


def test_a_file_that_is_not_utf8_is_broken_under_its_own_id_and_path() -> None:
    path = Path("offers/acme.toml")
    with pytest.raises(BrokenFile) as parsed:
        parse("acme", path, b"\xff")
    assert parsed.value == BrokenFile("acme", path, "not UTF-8 text", 1)


def test_a_good_file_gives_the_offer_and_its_data() -> None:
    offer, data = parse("acme", Path("acme.toml"), GOOD)
    assert offer.company == "Acme"
    assert offer.id == "acme"
    assert data == {"schema_version": 1, "company": "Acme"}


def test_a_toml_error_is_given_without_its_position_and_with_its_line() -> None:
    path = Path("acme.toml")
    with pytest.raises(BrokenFile) as broken:
        parse("acme", path, b"a = 1\nb = 2\nc = =\n")
    assert broken.value == BrokenFile("acme", path, "Invalid value", 3)
    assert type(broken.value) is BrokenFile


def test_a_broken_file_with_merge_markers_is_a_conflict_to_resolve() -> None:
    path = Path("acme.toml")
    text = b'schema_version = 1\n<<<<<<< HEAD\ncompany = "A"\n=======\ncompany = "B"\n>>>>>>> x\n'
    with pytest.raises(SyncConflict) as conflict:
        parse("acme", path, text)
    found = conflict.value
    assert (found.id, found.path, found.line) == ("acme", path, 2)
    assert found.reason == "holds an unresolved merge (conflict markers): keep one side"
    assert (found.offer_id, found.source) == ("acme", "git")
    assert found.in_place


def test_markers_inside_a_valid_file_are_someones_notes() -> None:
    text = GOOD + b'[meeting]\nnotes = """\n<<<<<<< HEAD\n=======\n>>>>>>> x\n"""\n'
    offer, _data = parse("acme", Path("acme.toml"), text)
    assert offer.meeting.notes.startswith("<<<<<<< HEAD")


def test_a_bad_value_is_named_with_the_line_of_its_key() -> None:
    path = Path("acme.toml")
    with pytest.raises(BrokenFile) as broken:
        parse("acme", path, GOOD + b"\nstage = 5\n")
    assert broken.value == BrokenFile("acme", path, "stage should be text", 4)


def test_a_file_nested_too_deeply_is_one_broken_file() -> None:
    path = Path("acme.toml")
    with pytest.raises(BrokenFile) as broken:
        parse("acme", path, b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n")
    assert broken.value == BrokenFile("acme", path, "nested too deeply to read")


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (MemoryError(), "too large to read into memory"),
        (KeyError("x"), "cannot be read (KeyError)"),
        (RecursionError(), "nested too deeply to read"),
    ],
)
def test_any_surprise_while_reading_stays_in_that_file(
    monkeypatch: pytest.MonkeyPatch, error: BaseException, reason: str
) -> None:
    def surprising(_id: str, _data: object) -> None:
        raise error

    monkeypatch.setattr(codec, "offer_from_data", surprising)
    path = Path("acme.toml")
    with pytest.raises(BrokenFile) as broken:
        parse("acme", path, GOOD)
    assert broken.value == BrokenFile("acme", path, reason)


def test_reading_an_offer_gives_it_and_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "acme.toml"
    path.write_bytes(GOOD)
    offer, data = read_offer("acme", path)
    assert (offer.id, offer.company, data) == ("acme", "Acme", GOOD)
    path.write_bytes(b"a = =\n")
    with pytest.raises(BrokenFile) as broken:
        read_offer("acme", path)
    assert broken.value == BrokenFile("acme", path, "Invalid value", 1)
    with pytest.raises(BrokenFile) as folder:
        read_offer("acme", tmp_path)
    assert (folder.value.id, folder.value.path) == ("acme", tmp_path)


def test_what_cannot_be_read_is_one_broken_file_and_a_missing_one_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(BrokenFile) as folder:
        read_bytes("acme", tmp_path)
    assert folder.value == BrokenFile("acme", tmp_path, "a folder, not a file offertui can read")
    dangling = tmp_path / "link.toml"
    dangling.symlink_to(tmp_path / "gone.toml")
    with pytest.raises(BrokenFile) as link:
        read_bytes("link", dangling)
    assert link.value == BrokenFile("link", dangling, "a link to a file that does not exist")
    with pytest.raises(FileNotFoundError):
        read_bytes("gone", tmp_path / "gone.toml")
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    with pytest.raises(BrokenFile) as looped:
        read_bytes("loop", loop)
    assert looped.value == BrokenFile("loop", loop, os.strerror(40))


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(5, "Input/output error"), "Input/output error"),
        (OSError("no reason given"), "no reason given"),
        (MemoryError(), "too large to read into memory"),
    ],
)
def test_an_error_of_the_system_is_given_as_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, reason: str
) -> None:
    def failing(_path: Path) -> bytes:
        raise error

    monkeypatch.setattr(offer_read, "read_regular", failing)
    path = tmp_path / "acme.toml"
    with pytest.raises(BrokenFile) as broken:
        read_bytes("acme", path)
    assert broken.value == BrokenFile("acme", path, reason)


def test_a_broken_file_is_shown_by_its_name_and_line() -> None:
    path = Path("offers") / "acme.toml"
    assert str(BrokenFile("acme", path, "not UTF-8 text", 3)) == "acme.toml, line 3: not UTF-8 text"
    assert str(BrokenFile("acme", path, "a folder")) == "acme.toml: a folder"
    copy = SyncConflict("acme.sync-conflict", path, "a second version", offer_id="acme")
    assert not copy.in_place
    assert SyncConflict("acme", path, "markers", offer_id="acme").in_place
