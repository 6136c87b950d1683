"""`offertui due`: one line per thing due, a JSON contract, and exit statuses for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offertui.__main__ import main
from offertui.storage.store import OfferStore
from tests.helpers import NOW
from tests.timeline_offers import EXPECTED_DUE, timeline_offers, write_offers

AT = NOW.isoformat()


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "due", *args])


def test_every_item_one_line_each_and_exit_one(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_offers(store, timeline_offers())
    assert run(data_dir, "--at", AT) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "! Delta KK: reply deadline passed 2 days ago",
        "! Eta Labs: answer the revised offer (1 day)",
        "! Gamma Co.: no answer a day after the meeting",
        "Zeta Systems: send the acceptance email",
        "Acme K.K.: offer meeting today 16:00",
        "Beta GK: thank them tonight",
        "Epsilon: reply due tomorrow",
        "株式会社サクラテック: offer meeting Fri 10:00",
    ]
    assert err == ""


def test_json_is_the_documented_contract(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_offers(store, timeline_offers())
    assert run(data_dir, "--json", "--at", AT, "--days", "7") == 1
    document = json.loads(capsys.readouterr().out)
    assert document["now"] == "2026-11-25T14:05:00+09:00"
    assert document["days"] == 7
    items = document["items"]
    assert all(
        set(item) == {"kind", "offer", "company", "when", "overdue", "text"} for item in items
    )
    # A week ahead also reaches the meeting next Monday.
    assert [(i["kind"], i["offer"]) for i in items] == [
        *EXPECTED_DUE,
        ("meeting", "meeting-next-week"),
    ]
    by_offer = {item["offer"]: item for item in items}
    assert by_offer["deadline-passed"]["when"] == "2026-11-23"
    assert by_offer["deadline-passed"]["overdue"] is True
    assert by_offer["meeting-today"]["when"] == "2026-11-25T16:00+09:00"
    assert by_offer["meeting-today"]["overdue"] is False
    assert by_offer["thank-you"]["when"] == "2026-11-25T18:00+09:00"
    assert by_offer["meeting-friday"]["company"] == "株式会社サクラテック"


def test_nothing_due_prints_nothing_and_exits_zero(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = [o for o in timeline_offers() if o.id in ("quiet", "settled")]
    write_offers(store, quiet)
    assert run(data_dir, "--at", AT) == 0
    assert capsys.readouterr().out == ""
    assert run(data_dir, "--json", "--at", AT) == 0
    assert json.loads(capsys.readouterr().out)["items"] == []


def test_a_broken_file_is_due_too(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_offers(store, [o for o in timeline_offers() if o.id == "quiet"])
    broken = store.offers_dir / "mangled.toml"
    broken.write_bytes(b"company = \n")
    assert run(data_dir, "--at", AT) == 1
    out = capsys.readouterr().out
    assert out.startswith("! cannot read mangled.toml, line 1: ")
    assert broken.read_bytes() == b"company = \n"
    assert run(data_dir, "--json", "--at", AT) == 1
    (item,) = json.loads(capsys.readouterr().out)["items"]
    assert (item["kind"], item["offer"], item["overdue"]) == ("broken", "mangled", True)


@pytest.mark.parametrize(
    "args",
    [("--at", "next tuesday"), ("--days", "-1")],
)
def test_bad_arguments_exit_two_with_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    assert run(data_dir, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("offertui: error: ")
    assert err.count("\n") == 1


def test_an_unusable_data_dir_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert run(not_a_folder) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    # The other subcommands keep their exit status for errors.
    assert main(["--data-dir", str(not_a_folder), "list"]) == 1


def test_the_summary_cache_answers_and_follows_a_changed_file(
    store: OfferStore, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    write_offers(store, timeline_offers())
    assert run(data_dir, "--at", AT) == 1
    first = capsys.readouterr().out
    assert (data_dir / ".offers-index.json").exists()
    assert run(data_dir, "--at", AT) == 1
    assert capsys.readouterr().out == first
    # Delta is declined: its passed deadline no longer presses.
    handle = store.open("deadline-passed")
    handle.save(replace(handle.offer, stage="declined"))
    handle.close()
    assert run(data_dir, "--at", AT) == 1
    assert "Delta KK" not in capsys.readouterr().out
