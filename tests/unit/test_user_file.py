"""Writing a file the user names (`storage.user_file`): the one line each refusal
says, and where the file goes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from offertui.storage.user_file import UserFileError, write_user_file
from tests.devices import null_device

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files")


def _refusal(path: Path, **kwargs: bool) -> str:
    with pytest.raises(UserFileError) as caught:
        write_user_file(path, b"data", **kwargs)
    return str(caught.value)


def test_a_relative_path_is_written_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    written = write_user_file(Path("brief.md"), b"text")
    assert written == tmp_path / "brief.md" and written.is_absolute()
    assert written.read_bytes() == b"text"


def test_a_new_file_is_written_without_replace_when_the_name_is_free(tmp_path: Path) -> None:
    path = tmp_path / "new.md"
    assert write_user_file(path, b"one", replace=False) == path
    assert path.read_bytes() == b"one"


def test_each_refusal_names_the_path_and_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert _refusal(folder) == f"{folder} is a folder; add the file's name to it"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _refusal(fifo) == (
        f"{fifo} is a named pipe (FIFO), not a regular file; nothing was written"
    )
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "real.md")
    assert _refusal(link) == (
        f"{link} is a symbolic link (to {tmp_path / 'real.md'}); give the file's own path "
        "to write there"
    )
    missing = tmp_path / "no-such-folder" / "brief.md"
    assert _refusal(missing) == (
        f"cannot write {missing}: the folder {missing.parent} does not exist"
    )


def test_a_path_under_a_file_says_what_the_system_said(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    path = tmp_path / "a-file" / "brief.md"
    assert _refusal(path) == f"cannot write {path}: Not a directory"


def test_a_link_written_through_is_checked_as_its_target(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "to-folder"
    link.symlink_to(folder)
    assert _refusal(link, through_link=True) == f"{folder} is a folder; add the file's name to it"
    new = tmp_path / "to-new.md"
    new.symlink_to(tmp_path / "made.md")
    assert write_user_file(new, b"data", through_link=True) == tmp_path / "made.md"
    assert new.is_symlink() and (tmp_path / "made.md").read_bytes() == b"data"
    device = tmp_path / "to-device"
    device.symlink_to(null_device(tmp_path))
    assert _refusal(device, through_link=True).endswith(", not a regular file; nothing was written")


def test_an_existing_file_is_kept_without_replace(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        write_user_file(path, b"new", replace=False)
    assert path.read_bytes() == b"mine"
