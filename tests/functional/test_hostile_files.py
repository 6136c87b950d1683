"""Hostile files in the offers folder: each one beside a good offer, read by `list` and
by the app. The bad file is reported (or ignored, for an editor's own files), its bytes
are never changed, and the good offer always loads."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from offertui.__main__ import main
from offertui.screens.offer_screen import OfferScreen
from offertui.screens.offers import OffersScreen
from offertui.storage.offer_read import MAX_FILE_BYTES
from offertui.storage.store import OfferStore, SyncConflict
from tests.devices import null_device
from tests.helpers import open_screen

AppFactory = Callable[..., Any]
GOOD = "Good Company"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types")

VALID = 'schema_version = 1\ncompany = "{company}"\nposition = "Dev"\n'


def _nested(offers: Path) -> Path:
    path = offers / "nested.toml"
    path.write_text("schema_version = 1\nx = " + "[" * 5000 + "\n")
    return path


def _latin1(offers: Path) -> Path:
    path = offers / "latin.toml"
    path.write_bytes(b'schema_version = 1\ncompany = "caf\xe9"\n')
    return path


def _fifo(offers: Path) -> Path:
    path = offers / "pipe.toml"
    os.mkfifo(path)
    return path


def _folder(offers: Path) -> Path:
    path = offers / "folder.toml"
    path.mkdir()
    return path


def _device_link(offers: Path) -> Path:
    path = offers / "device.toml"
    path.symlink_to(null_device(offers.parent))
    return path


def _dangling_link(offers: Path) -> Path:
    path = offers / "dangling.toml"
    path.symlink_to(offers / "nowhere" / "gone.toml")
    return path


def _huge(offers: Path) -> Path:
    path = offers / "huge.toml"
    with path.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_FILE_BYTES + 1)
    return path


def _negative_version(offers: Path) -> Path:
    path = offers / "negative.toml"
    path.write_text('schema_version = -1\ncompany = "Negative"\n')
    return path


def _merge_markers(offers: Path) -> Path:
    path = offers / "merged.toml"
    path.write_text(
        'schema_version = 1\n<<<<<<< HEAD\ncompany = "Ours"\n=======\n'
        'company = "Theirs"\n>>>>>>> origin/main\nposition = "Dev"\n'
    )
    return path


# name -> (make the file, what `list` must say about it: "broken", "conflict", "offer")
CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "5,000 nested brackets": (_nested, "broken", "nested too deeply"),
    "not UTF-8": (_latin1, "broken", "not UTF-8"),
    "a FIFO": (_fifo, "broken", "named pipe"),
    "a folder": (_folder, "broken", "a folder"),
    "a link to a device": (_device_link, "broken", "a device"),
    "a dangling link": (_dangling_link, "broken", "does not exist"),
    "a huge file": (_huge, "broken", "too large"),
    "schema_version = -1": (_negative_version, "broken", "schema_version is -1"),
    "git conflict markers": (_merge_markers, "conflict", "unresolved merge"),
}


def _list_json(data_dir: Path) -> list[dict[str, Any]]:
    """`offertui list --json` as a real process: a read that blocks fails the test."""
    result = subprocess.run(
        [sys.executable, "-m", "offertui", "--data-dir", str(data_dir), "list", "--json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def _snapshot(path: Path) -> object:
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("folder", sorted(os.listdir(path)))
    if path.is_fifo():
        return "fifo"
    st = path.stat()
    return st.st_size, st.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_list_reports_the_bad_file_and_lists_the_good_one(store: OfferStore, case: str) -> None:
    make, kind, reason = CASES[case]
    good = store.create(GOOD, "Dev")
    bad = make(store.offers_dir)
    before = _snapshot(bad)
    rows = _list_json(store.root)
    assert [r["id"] for r in rows if "company" in r] == [good.id]
    [row] = [r for r in rows if "company" not in r]
    assert row["file"] == bad.name
    assert row.get(kind) is True
    assert reason in row["reason"]
    assert _snapshot(bad) == before
    # And again, now that the good offer comes from the summary cache.
    assert _list_json(store.root) == rows


@pytest.mark.parametrize("case", sorted(CASES))
async def test_the_app_starts_shows_the_good_offer_and_reports_the_bad_file(
    make_app: AppFactory, store: OfferStore, case: str
) -> None:
    make, _kind, reason = CASES[case]
    good = store.create(GOOD, "Dev")
    bad = make(store.offers_dir)
    before = _snapshot(bad)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, OffersScreen)
        assert [s.id for s in screen.summaries] == [good.id]
        assert [b.path.name for b in screen.broken] == [bad.name]
        assert reason in screen.broken[0].reason
        # Opening the bad file's row explains it; the app keeps running.
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.is_running
    assert _snapshot(bad) == before


def test_a_fifo_never_blocks_the_app(store: OfferStore) -> None:
    """The real app, in a terminal: it starts and draws the good offer."""
    from tests.terminal import offertui_in_terminal

    store.create(GOOD, "Dev")
    _fifo(store.offers_dir)
    terminal = offertui_in_terminal(store.root)
    try:
        terminal.wait_for(GOOD, timeout=30)
        terminal.wait_for("pipe.toml")
    finally:
        terminal.close()


@pytest.mark.parametrize(
    "name",
    [
        ".good-company-dev.toml.swp",
        "good-company-dev.toml~",
        "#good-company-dev.toml#",
        ".#good-company-dev.toml",
        "good-company-dev.toml.bak",
    ],
)
def test_editor_swap_and_backup_files_are_ignored(store: OfferStore, name: str) -> None:
    good = store.create(GOOD, "Dev")
    junk = store.offers_dir / name
    junk.write_text("not toml at all [[[")
    assert _list_json(store.root) == [
        {"id": good.id, "company": GOOD, "position": "Dev", "stage": "prep", "deadline": None}
    ]
    assert junk.read_text() == "not toml at all [[["


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        ("good-company-dev.sync-conflict-20261201-120000-ABCDEF7", "Syncthing"),
        ("good-company-dev (conflicted copy 2026-12-01)", "Dropbox or Nextcloud"),
        ("good-company-dev (Jane's conflicted copy 2026-12-01)", "Dropbox or Nextcloud"),
        ("good-company-dev (conflicted copy 2026-12-01 120000)", "Dropbox or Nextcloud"),
    ],
)
def test_a_sync_tools_conflicting_copy_is_a_conflict_of_its_offer(
    store: OfferStore, name: str, tool: str
) -> None:
    good = store.create(GOOD, "Dev")
    original = store.path_for(good.id).read_bytes()
    copy = store.offers_dir / f"{name}.toml"
    copy.write_bytes(original.replace(b'stage = "prep"', b'stage = "meeting"'))
    rows = _list_json(store.root)
    assert [r["id"] for r in rows if "company" in r] == [good.id]
    [conflict] = [r for r in rows if r.get("conflict")]
    assert conflict["id"] == good.id
    assert conflict["file"] == copy.name
    assert conflict["source"] == tool
    _, broken = store.scan()
    assert isinstance(broken[0], SyncConflict)
    assert broken[0].offer_id == good.id
    assert store.path_for(good.id).read_bytes() == original


def test_list_in_text_says_conflict_and_broken(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    good = store.create(GOOD, "Dev")
    (store.offers_dir / f"{good.id}.sync-conflict-20261201-120000-ABCDEF7.toml").write_bytes(
        store.path_for(good.id).read_bytes()
    )
    _latin1(store.offers_dir)
    assert main(["--data-dir", str(store.root), "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{good.id}\t{GOOD}\t")
    assert lines[1].startswith("latin\tBROKEN\tlatin.toml, line 2: not UTF-8 text")
    assert lines[2].startswith(f"{good.id}\tCONFLICT\t{good.id}.sync-conflict-")
    assert "made by Syncthing" in lines[2]


def test_a_byte_order_mark_is_accepted(store: OfferStore) -> None:
    path = store.offers_dir / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.format(company="With BOM").encode())
    rows = _list_json(store.root)
    assert [r["company"] for r in rows] == ["With BOM"]
    handle = store.open("bom")
    from dataclasses import replace

    assert handle.save(replace(handle.offer, stage="meeting"))
    handle.close()
    assert store.load("bom").stage == "meeting"


def test_any_error_while_reading_one_file_is_that_files_problem(
    store: OfferStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    good = store.create(GOOD, "Dev")
    (store.offers_dir / "greedy.toml").write_text(VALID.format(company="Greedy"))
    real = tomllib.loads

    def loads(text: str) -> dict[str, Any]:
        if "Greedy" in text:
            raise MemoryError
        return real(text)

    monkeypatch.setattr(tomllib, "loads", loads)
    summaries, broken = OfferStore(store.root).scan()
    assert [s.id for s in summaries] == [good.id]
    assert [(b.id, b.reason) for b in broken] == [("greedy", "too large to read into memory")]


async def test_the_app_lists_opens_and_saves_an_offer_whose_file_name_is_not_utf8(
    make_app: AppFactory, store: OfferStore
) -> None:
    good = store.create(GOOD, "Dev")
    good_bytes = store.path_for(good.id).read_bytes()
    # A Latin-1 name (an old system's, a copy from a zip): no locale decodes it.
    raw = os.fsencode(store.offers_dir) + b"/caf\xe9.toml"
    with open(raw, "wb") as handle:
        handle.write(VALID.format(company="Cafe").encode())
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, OffersScreen)
        assert sorted(s.company for s in screen.summaries) == ["Cafe", GOOD]
        assert screen.broken == []
        row = [s.company for s in screen.summaries].index("Cafe")
        offer_screen = await open_screen(pilot, *["down"] * row, "enter", expect=OfferScreen)
        session = offer_screen.session
        assert session.offer.company == "Cafe"
        session.update(replace(session.offer, position="Barista"))
        app.save_all()
        assert app.save_problem == ""
    with open(raw, "rb") as handle:
        assert b'position = "Barista"' in handle.read()
    assert store.path_for(good.id).read_bytes() == good_bytes
