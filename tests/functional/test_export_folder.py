"""The export folder: the documents folder by default, never the current folder; the
profile's setting when it is a folder; checked as typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from offertui.domain.profile import Profile
from offertui.storage.paths import documents_dir, export_folder, folder_setting, shown_folder
from offertui.storage.store import OfferStore
from offertui.widgets.field import Field


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder, which none of this may pick."""
    folder = tmp_path / "started-here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_documents_when_it_exists_else_home(elsewhere: Path) -> None:
    home = Path.home()
    assert documents_dir() == home
    (home / "Documents").mkdir()
    assert documents_dir() == home / "Documents"
    assert export_folder("") == home / "Documents"


def test_the_xdg_documents_folder_is_used(elsewhere: Path) -> None:
    home = Path.home()
    (home / "Dokumente").mkdir()
    config = home / ".config"
    config.mkdir(mode=0o700)
    dirs = config / "user-dirs.dirs"
    dirs.write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n')
    dirs.chmod(0o600)
    assert documents_dir() == home / "Dokumente"


def test_the_setting_while_it_is_a_folder(elsewhere: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    assert export_folder(str(shared)) == shared
    assert export_folder("~") == Path.home()
    shared.rmdir()  # gone since: back to the default, not the current folder
    assert export_folder(str(shared)) == Path.home()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "There is no folder"),
        (lambda p: _file(p / "a.txt"), "is a file, not a folder"),
    ],
)
def test_a_bad_folder_is_refused_with_its_reason(
    tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ValueError, match=message):
        folder_setting(str(path))


def test_a_folder_setting_is_kept_expanded_and_empty_means_the_default(tmp_path: Path) -> None:
    (Path.home() / "exports").mkdir()
    assert folder_setting(" '~/exports' ") == str(Path.home() / "exports")
    assert folder_setting("exports") == str(Path.home() / "exports")  # from the home
    assert folder_setting("  ") == ""


def test_the_profile_keeps_it_beside_a_keys_table(store: OfferStore) -> None:
    store.profile_path.write_text('name_en = "Alex"\n\n[keys]\nanswered = "f10"\n')
    store.save_profile(Profile(name_en="Alex", export_folder="/srv/shared"))
    loaded = store.load_profile()
    assert loaded.export_folder == "/srv/shared"
    assert dict(loaded.keys) == {"answered": "f10"}


def _file(path: Path) -> Path:
    path.write_text("x")
    return path


async def test_the_profile_screen_sets_it_and_refuses_a_bad_path_at_the_field(
    make_app: Callable[..., Any], store: OfferStore, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        field = app.screen.query_one("#export_folder", Field)
        assert field.query_one(Input).value == ""  # the documents folder
        field.query_one(Input).value = str(tmp_path / "nowhere")
        await pilot.pause()
        assert "There is no folder" in field.error
        assert str(tmp_path / "nowhere") in field.error
        assert store.load_profile().export_folder == ""
        field.query_one(Input).value = str(shared)
        await pilot.pause()
        assert field.error == ""
        await pilot.press("escape")
        await pilot.pause()
        assert app.export_folder == shared
    assert store.load_profile().export_folder == str(shared)


def test_a_folder_under_the_home_is_named_from_it(tmp_path: Path) -> None:
    # A dialog at 80 columns names the folder in a line: ~/Documents, not the full path.
    home = Path.home()
    assert shown_folder(home) == "~"
    assert shown_folder(home / "Documents" / "offers") == "~/Documents/offers"
    outside = tmp_path / "shared"
    assert not outside.is_relative_to(home)
    assert shown_folder(outside) == str(outside)
    # What is shown is what the profile's setting takes back.
    (home / "Documents" / "offers").mkdir(parents=True)
    assert folder_setting(shown_folder(home / "Documents" / "offers")) == str(
        home / "Documents" / "offers"
    )
