"""Where the data and the user's files go, read from the arguments, the environment and
the profile, each in its order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from offertui.storage import paths
from offertui.storage.export import brief_file_name, write_export


def test_the_data_folder_is_the_argument_then_the_variable_then_the_platforms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Path.home()
    monkeypatch.setenv(paths.ENV_VAR, "~/from-env")
    assert paths.data_dir("~/given") == home / "given"
    assert paths.data_dir(tmp_path) == tmp_path
    assert paths.data_dir() == home / "from-env"
    assert paths.data_dir("") == home / "from-env"  # an empty --data-dir is none
    monkeypatch.setenv(paths.ENV_VAR, "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "offertui"


def test_the_export_folder_is_the_profiles_while_it_is_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Path.home()
    (home / "out").mkdir()
    (home / "a-file").write_text("")
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "no-such-folder"))
    assert paths.export_folder("~/out") == home / "out"
    assert paths.export_folder("out") == home / "out"  # relative to the home folder
    # Not a folder, or nothing set: the documents folder, here missing, so the home.
    for setting in ("", "a-file", "missing"):
        assert paths.export_folder(setting) == home, setting
    documents = tmp_path / "docs"
    documents.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    assert paths.export_folder("") == documents
    assert paths.documents_dir() == documents


def test_a_folder_setting_is_checked_and_said_in_full(tmp_path: Path) -> None:
    home = Path.home()
    (home / "out").mkdir()
    (home / "a-file").write_text("")
    assert paths.folder_setting("  ") == ""
    assert paths.folder_setting("~/out") == str(home / "out")
    assert paths.folder_setting("'out'") == str(home / "out")
    with pytest.raises(ValueError, match=rf"^There is no folder {home / 'missing'}\.$"):
        paths.folder_setting("missing")
    with pytest.raises(ValueError, match=rf"^{home / 'a-file'} is a file, not a folder\.$"):
        paths.folder_setting("a-file")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_a_folder_offertui_may_not_write_in_is_refused(tmp_path: Path) -> None:
    locked = Path.home() / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(ValueError, match=r"^offertui may not write in .*locked\.$"):
        paths.folder_setting("locked")


def test_a_brief_is_named_after_its_offer() -> None:
    assert brief_file_name("acme-dev") == "acme-dev-brief.md"


def test_an_export_is_written_as_utf8_where_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    written = write_export(Path("brief.md"), "年収 900万円\n")
    assert written == tmp_path / "brief.md"
    assert written.read_bytes() == "年収 900万円\n".encode()
    written = write_export(written, "replaced\n")  # a regular file is replaced
    assert written.read_text("utf-8") == "replaced\n"
