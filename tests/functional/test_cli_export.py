"""`offertui export ID [-o FILE]`: the brief on stdout or in a file, errors in one line."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from offertui.__main__ import main
from offertui.domain.offer import Decision, EmailDraft, Offer, Question
from offertui.storage.store import OfferStore


@pytest.fixture
def offer(store: OfferStore) -> Offer:
    created = store.create("株式会社サクラテック", "Backend Engineer")
    changed = replace(
        created,
        reply_deadline=date(2030, 1, 31),
        annual_pay=8_500_000,
        questions=(
            Question(
                "q1",
                "compensation",
                "Could you tell me how the annual pay breaks down?",
                status="answered",
                answer="Base plus two bonuses",
            ),
        ),
        decision=Decision(choice="negotiate", pros=("Kind team",), cons=("Long commute",)),
        emails=(EmailDraft("negotiate", "en", "About the offer", "Dear Tanaka-san,\n..."),),
    )
    handle = store.open(created.id)
    handle.save(changed)
    handle.close()
    return changed


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_prints_the_brief(offer: Offer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "export", offer.id) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Offer brief: 株式会社サクラテック — Backend Engineer\n")
    for expected in (
        "Annual pay as offered: ¥8,500,000",
        "Could you tell me how the annual pay breaks down?",
        "Base plus two bonuses",
        "Choice: **Negotiate**",
        "- Kind team",
        "- Long commute",
        "No written offer letter",
        "Dear Tanaka-san,",
    ):
        assert expected in out
    assert err == ""


def test_writes_the_brief_to_a_private_file(
    offer: Offer, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    assert run(data_dir, "export", offer.id, "-o", str(target)) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert str(target) in err
    text = target.read_text("utf-8")
    assert text.startswith("# Offer brief: 株式会社サクラテック")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # Writing again replaces the file.
    assert run(data_dir, "export", offer.id, "--output", str(target)) == 0
    assert target.read_text("utf-8") == text


def test_unknown_id_is_one_line_on_stderr(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "export", "no-such-offer") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "offertui: error: no offer with id 'no-such-offer'\n"


def test_an_id_that_is_a_path_is_refused(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "export", "../profile") == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("where", ["missing-folder", "folder"])
def test_unwritable_target_is_one_line_on_stderr(
    offer: Offer,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
) -> None:
    target = tmp_path / "nowhere" / "brief.md" if where == "missing-folder" else tmp_path
    assert run(data_dir, "export", offer.id, "-o", str(target)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("offertui: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_one_line_on_stderr(
    offer: Offer, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert run(data_dir, "export", offer.id, "-o", str(locked / "brief.md")) == 1
    finally:
        locked.chmod(0o700)
    err = capsys.readouterr().err
    assert err.startswith("offertui: error: cannot write ")
    assert "ermission denied" in err
    assert err.count("\n") == 1


def test_a_broken_offer_file_is_reported_not_raised(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (store.offers_dir / "mangled.toml").write_text('schema_version = 1\ncompany = "x\n')
    assert run(data_dir, "export", "mangled") == 1
    err = capsys.readouterr().err
    assert err.startswith("offertui: error: mangled.toml, line 2")
    assert err.count("\n") == 1


def test_the_real_command_never_shows_a_traceback(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "offertui", "--data-dir", str(data_dir), "export", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "offertui: error: no offer with id 'nope'\n"
