"""An offer file that is a symbolic link (the real file in a synced folder elsewhere):
the app and the command line read it through the link, and every save replaces the
target atomically in the target's own folder. The link stays a link; nothing is left
beside either."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from offertui.__main__ import main
from offertui.screens.offer_screen import OfferScreen
from offertui.storage.store import OfferStore
from tests.helpers import press

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")

AppFactory = Callable[..., Any]


def _linked(store: OfferStore, tmp_path: Path) -> tuple[str, Path, Path]:
    """The offer acme-dev, its file moved to a synced folder and linked from offers/."""
    offer = store.create("Acme", "Dev")
    link = store.path_for(offer.id)
    synced = tmp_path / "Sync" / "offers"
    synced.mkdir(parents=True)
    target = synced / link.name
    os.replace(link, target)
    link.symlink_to(target)
    return offer.id, link, target


def _company(path: Path) -> str:
    return str(tomllib.loads(path.read_text("utf-8"))["company"])


def _nothing_beside(link: Path, target: Path) -> None:
    assert link.is_symlink() and link.resolve() == target
    assert stat.S_ISREG(os.lstat(target).st_mode)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert not [p for p in link.parent.iterdir() if ".tmp-" in p.name]


async def test_the_app_saves_a_linked_offer_through_the_link(
    make_app: AppFactory, store: OfferStore, tmp_path: Path
) -> None:
    offer_id, link, target = _linked(store, tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")  # open it: the company field has the focus
        assert isinstance(app.screen, OfferScreen)
        await press(pilot, "end", "space", *"Japan")
        app.save_all()
        assert _company(target) == "Acme Japan"
        await press(pilot, "space", *"KK")
        app.save_all()
        await pilot.pause()
        assert app.save_problem == ""
    assert _company(target) == "Acme Japan KK"
    _nothing_beside(link, target)
    assert store.load(offer_id).company == "Acme Japan KK"


def test_the_command_line_reads_a_linked_offer_and_keeps_a_version_through_the_link(
    store: OfferStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offer_id, link, target = _linked(store, tmp_path)
    root = str(store.root)
    assert main(["--data-dir", root, "list"]) == 0
    assert capsys.readouterr().out.startswith(f"{offer_id}\tAcme\tDev")
    # A sync tool's copy beside the link, in which the company changed: keep it.
    copy = store.offers_dir / f"{offer_id}.sync-conflict-20261201-120000-ABCDEF7.toml"
    copy.write_bytes(target.read_bytes().replace(b'"Acme"', b'"Acme KK"'))
    assert main(["--data-dir", root, "conflict", offer_id, "--keep", "2"]) == 0
    capsys.readouterr()
    assert _company(target) == "Acme KK"
    _nothing_beside(link, target)
    assert main(["--data-dir", root, "list"]) == 0
    assert capsys.readouterr().out.startswith(f"{offer_id}\tAcme KK\tDev")
