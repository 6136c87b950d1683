"""`offertui email ID KIND [--lang en|ja]`: the draft on stdout, problems in one line on stderr."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from offertui.__main__ import main
from offertui.domain.offer import Contact, Decision, EmailDraft, Offer, Profile
from offertui.storage.store import OfferStore


def _offer(store: OfferStore, company: str, position: str, **changes: object) -> Offer:
    offer = store.create(company, position)
    offer = replace(offer, **changes)  # type: ignore[arg-type]
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()
    return offer


@pytest.fixture
def globex(store: OfferStore) -> Offer:
    store.save_profile(Profile(name_en="Alex Morgan", name_ja="モーガン・アレックス"))
    return _offer(
        store,
        "Globex Japan K.K.",
        "Site Reliability Engineer",
        contact=Contact(name="Suzuki"),
        decision=Decision(choice="decline", reason="I have accepted another offer"),
    )


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_prints_a_fresh_draft_in_english(
    globex: Offer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "email", globex.id, "decline", "--lang", "en") == 0
    out, err = capsys.readouterr()
    subject, blank, *body = out.split("\n")
    assert subject == (
        "Subject: Regarding the offer for the Site Reliability Engineer position (Alex Morgan)"
    )
    assert blank == ""
    assert body[0] == "Dear Suzuki-san,"
    assert "I have accepted another offer." in out
    assert out.endswith("Kind regards,\nAlex Morgan\n")
    assert "[[" not in out
    assert err == ""


def test_the_profile_chooses_the_default_language(
    globex: Offer, store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_profile(replace(store.load_profile(), email_lang="ja"))
    assert run(data_dir, "email", globex.id, "decline") == 0
    out, _ = capsys.readouterr()
    assert out.startswith(
        "Subject: 内定辞退のご連絡（モーガン・アレックス）\n\nGlobex Japan K.K.\n"
    )


def test_prints_the_saved_draft(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = EmailDraft(
        "accept", "ja", "内定承諾のご連絡", "田中様\n\n本文です。", date(2026, 11, 25)
    )
    offer = _offer(store, "Acme", "Dev", emails=(draft,))
    assert run(data_dir, "email", offer.id, "accept", "--lang", "ja") == 0
    assert capsys.readouterr().out == "Subject: 内定承諾のご連絡\n\n田中様\n\n本文です。\n"


def test_placeholders_left_are_noted_on_stderr_only(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = _offer(store, "Acme", "Dev")
    assert run(data_dir, "email", offer.id, "need-time", "--lang", "en") == 0
    out, err = capsys.readouterr()
    assert "[[reply date]]" in out
    assert err.startswith("offertui: note: still to fill: ")
    assert "[[reply date]]" in err and "[[your name]]" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["email", "no-such-offer", "accept"], "no offer with id 'no-such-offer'"),
        (["email", "../../etc/passwd", "accept"], "is not an offer id"),
        (["email", "{id}", "thanks"], "unknown email kind 'thanks'; choose one of: request-letter"),
        (["email", "{id}", "accept", "--lang", "fr"], "unknown language 'fr'; choose one of: en"),
        (["email", "{id}"], "the following arguments are required: KIND"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    globex: Offer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [a.replace("{id}", globex.id) for a in args]
    try:
        code = run(data_dir, *args)
    except SystemExit as exit:  # argparse's own errors
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert message in err
    assert err.startswith("offertui")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_broken_offer_file_is_an_error_not_a_traceback(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (store.offers_dir / "mangled.toml").write_text('schema_version = 1\ncompany = "x\n')
    assert run(data_dir, "email", "mangled", "accept") == 1
    err = capsys.readouterr().err
    assert err.startswith("offertui: error: ")
    assert "line 2" in err


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell pipeline")
def test_in_a_shell_pipeline(globex: Offer, data_dir: Path) -> None:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    command = (
        f"{shlex.quote(sys.executable)} -m offertui --data-dir {shlex.quote(str(data_dir))} "
        f"email {globex.id} decline "
        "--lang ja | head -n 1"
    )
    result = subprocess.run(
        command, shell=True, env=env, capture_output=True, check=False, timeout=60
    )
    assert result.stdout.decode("utf-8") == "Subject: 内定辞退のご連絡（モーガン・アレックス）\n"
    assert b"Traceback" not in result.stderr
