"""The command line against hostile text, hostile terminals and hostile paths.

Offer text may hold terminal commands (an OSC 52 clipboard write, a screen clear, a
right-to-left override): no subcommand lets them reach the terminal raw. Standard
output may be closed, full or a pipe nobody reads: every subcommand says so on one
line of stderr and exits non-zero. The locale may not be UTF-8. A path may be a
device or a pipe: nothing is written there.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from offertui.__main__ import main
from offertui.cli import SUBCOMMANDS
from offertui.domain.offer import EmailDraft, Offer
from offertui.storage.store import OfferStore
from tests.devices import null_device

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX streams")

# A clipboard write, a screen clear, a bell, an 8-bit CSI and a right-to-left override.
HOSTILE = "Evil\x1b]52;c;aGVsbG8=\x07 K.K.\x1b[2J\x9b31m \u202eabc\u2066"
RAW = [b"\x1b", b"\x07", "\x9b".encode(), "\u202e".encode(), "\u2066".encode()]

LETTER = "労働条件通知書\n契約期間: 期間の定めなし\n就業の場所: 東京都\n賃金: 月給40万円\n"


def _offer(store: OfferStore, company: str = HOSTILE) -> Offer:
    created = store.create("Acme", "Dev")
    handle = store.open(created.id)
    offer = replace(
        created,
        company=company,
        reply_deadline=date.today() + timedelta(days=1),
        meeting=replace(created.meeting, notes=f"line one\n{HOSTILE}\n"),
        emails=(EmailDraft("accept", "en", f"Re: {HOSTILE}", f"Dear {HOSTILE},\n"),),
    )
    handle.save(offer)
    handle.close()
    return offer


def _args(store: OfferStore, offer: Offer, tmp_path: Path) -> dict[str, list[str]]:
    """Arguments that make each subcommand print something."""
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, "utf-8")
    # A sync tool's copy, edited by hand with the hostile text raw in a comment.
    original = store.path_for(offer.id).read_text("utf-8")
    copy = store.offers_dir / f"{offer.id}.sync-conflict-20261201-120000-ABCDEF7.toml"
    copy.write_text(f"# {HOSTILE}\n{original}", "utf-8")
    return {
        "list": ["list"],
        "export": ["export", offer.id],
        "email": ["email", offer.id, "accept"],
        "calendar": ["calendar"],
        "due": ["due"],
        "letter": ["letter", str(letter)],
        "conflict": ["conflict", offer.id],
    }


def _run(
    store: OfferStore, args: list[str], **options: object
) -> subprocess.CompletedProcess[bytes]:
    """The real `offertui` with `args`; stdout and stderr captured unless given."""
    command = [sys.executable, "-m", "offertui", "--data-dir", str(store.root), *args]
    options.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        command, stderr=subprocess.PIPE, timeout=60, check=False, **options
    )


def test_every_subcommand_has_sample_arguments_here(store: OfferStore, tmp_path: Path) -> None:
    offer = _offer(store)
    assert set(_args(store, offer, tmp_path)) == set(SUBCOMMANDS), (
        "a new subcommand: give it arguments in _args, so the tests below cover it"
    )


# --- nothing reaches the terminal raw --------------------------------------------------


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_no_subcommand_prints_a_control_or_bidi_character(
    store: OfferStore, tmp_path: Path, name: str
) -> None:
    offer = _offer(store)
    for extra in ([], ["--json"]) if name in ("list", "due") else ([],):
        result = _run(store, _args(store, offer, tmp_path)[name] + extra)
        assert b"Traceback" not in result.stderr
        for raw in RAW:
            assert raw not in result.stdout, (name, extra, raw)
            assert raw not in result.stderr, (name, extra, raw)


def test_the_escapes_are_visible_and_json_stays_exact(store: OfferStore) -> None:
    offer = _offer(store)
    text = _run(store, ["list"]).stdout.decode()
    assert "Evil\\x1b]52;c;aGVsbG8=\\x07 K.K.\\x1b[2J\\u009b31m \\u202eabc\\u2066" in text
    rows = json.loads(_run(store, ["list", "--json"]).stdout)
    assert rows[0]["company"] == HOSTILE
    email = _run(store, ["email", offer.id, "accept"]).stdout.decode()
    assert email.startswith("Subject: Re: Evil\\x1b]52;")


def test_the_brief_file_shows_the_escapes_and_stays_readable(
    store: OfferStore, tmp_path: Path
) -> None:
    offer = _offer(store)
    target = tmp_path / "brief.md"
    assert _run(store, ["export", offer.id, "-o", str(target)]).returncode == 0
    brief = target.read_bytes()
    for raw in RAW:
        assert raw not in brief
    text = brief.decode()
    assert "line one\n" in text  # lines stay lines
    assert "\\u202eabc" in text


def test_a_hostile_file_name_in_an_error_is_escaped(
    store: OfferStore, capsys: pytest.CaptureFixture[str]
) -> None:
    (store.offers_dir / "bad\x1b[2J.toml").write_text("schema_version = \n")
    assert main(["--data-dir", str(store.root), "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "bad\\x1b[2J.toml" in out


# --- standard output that cannot be written -------------------------------------------


def _closed_stdout(store: OfferStore, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return _run(store, args, stdout=None, preexec_fn=lambda: os.close(1))


def _full_stdout(store: OfferStore, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    with open("/dev/full", "wb") as full:
        return _run(store, args, stdout=full)


def _broken_pipe(store: OfferStore, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    read, write = os.pipe()
    os.close(read)  # nobody will ever read: every write fails with EPIPE
    try:
        return _run(store, args, stdout=write)
    finally:
        os.close(write)


FAILURES = {
    "closed": (_closed_stdout, "standard output is closed"),
    "full": (_full_stdout, "cannot write to standard output: No space left on device"),
    "broken pipe": (_broken_pipe, "standard output was closed by the program reading it"),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_standard_output_that_fails_is_one_line_and_a_non_zero_exit(
    store: OfferStore, tmp_path: Path, name: str, failure: str
) -> None:
    if failure == "full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    run, message = FAILURES[failure]
    offer = _offer(store, company="Acme")
    result = run(store, _args(store, offer, tmp_path)[name])
    assert result.returncode not in (0, None)
    assert result.stderr.decode().splitlines() == [f"offertui: error: {message}"]


def test_the_app_with_a_closed_standard_output_says_so(store: OfferStore) -> None:
    result = _closed_stdout(store, [])
    assert result.returncode == 1
    assert b"standard output is closed" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_closed_stdout_never_lands_in_an_offer_file(store: OfferStore, tmp_path: Path) -> None:
    offer = _offer(store, company="Acme")
    before = store.path_for(offer.id).read_bytes()
    _closed_stdout(store, ["export", offer.id])
    assert store.path_for(offer.id).read_bytes() == before
    assert not [
        p for p in store.root.rglob("*") if p.is_file() and b"# Offer brief" in p.read_bytes()
    ]


# --- any locale ------------------------------------------------------------------------


def test_list_works_in_the_c_locale_with_names_it_cannot_decode(store: OfferStore) -> None:
    offer = _offer(store, company="株式会社テスト")
    japanese = store.offers_dir / "株式会社テスト.toml"
    os.replace(store.path_for(offer.id), japanese)
    # A Latin-1 name: not UTF-8, so no locale decodes it.
    raw = os.fsencode(store.offers_dir) + b"/caf\xe9.toml"
    with open(raw, "wb") as handle:
        handle.write(japanese.read_bytes().replace("株式会社テスト".encode(), b"Cafe"))
    env = dict(os.environ, LC_ALL="C", PYTHONUTF8="0")
    env.pop("PYTHONIOENCODING", None)
    for _ in range(2):  # the second time from the summary cache
        text = _run(store, ["list"], env=env)
        assert text.returncode == 0, text.stderr
        assert b"Traceback" not in text.stderr
        out = text.stdout.decode("utf-8")
        assert "株式会社テスト\t株式会社テスト\t" in out
        assert "caf\\xe9\tCafe\t" in out
        listed = _run(store, ["list", "--json"], env=env)
        assert listed.returncode == 0, listed.stderr
        ids = {row["id"] for row in json.loads(listed.stdout)}
        assert ids == {"株式会社テスト", "caf\\xe9"}
        index = store.root / ".offers-index.json"
        json.loads(index.read_bytes().decode("utf-8"))
    # The id as typed in that locale opens the offer.
    brief = _run(store, ["export", "株式会社テスト"], env=env)
    assert brief.returncode == 0, brief.stderr
    assert "# Offer brief: 株式会社テスト" in brief.stdout.decode()


# --- paths -----------------------------------------------------------------------------


def test_an_empty_data_dir_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", "", "list"]) == 2
    assert "--data-dir is empty" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: os.mkfifo(p), "not a regular file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.symlink_to(p.parent / "elsewhere.md"), "is a symbolic link"),
    ],
)
def test_export_writes_only_where_it_should(
    store: OfferStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    message: str,
) -> None:
    offer = _offer(store, company="Acme")
    target = tmp_path / "target.md"
    make(target)  # type: ignore[operator]
    mode = os.lstat(target).st_mode
    assert main(["--data-dir", str(store.root), "export", offer.id, "-o", str(target)]) == 1
    assert message in capsys.readouterr().err
    assert os.lstat(target).st_mode == mode
    assert not (tmp_path / "elsewhere.md").exists()


def test_export_never_writes_to_a_device(
    store: OfferStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = _offer(store, company="Acme")
    device = null_device(tmp_path)
    assert main(["--data-dir", str(store.root), "export", offer.id, "-o", str(device)]) == 1
    assert "is a device, not a regular file" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat(device).st_mode)
