from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from offertui.domain.offer import Attendee, EmailDraft, Fact, Question, Revision
from offertui.storage.files import atomic_write, remove_stale_temps
from offertui.storage.store import (
    BrokenFile,
    ConflictError,
    NotFoundError,
    OfferStore,
    ReadOnlyError,
    StoreError,
    SyncConflict,
)


def test_create_writes_a_private_plain_toml_file(store: OfferStore) -> None:
    offer = store.create("Acme K.K.", "Backend Engineer")
    path = store.path_for(offer.id)
    assert offer.id == "acme-k-k-backend-engineer"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (store.root, store.offers_dir, store.trash_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    data = tomllib.loads(path.read_text("utf-8"))
    assert data["schema_version"] == 1
    assert data["company"] == "Acme K.K."
    assert data["position"] == "Backend Engineer"
    assert data["stage"] == "prep"
    assert data["decision"]["choice"] == "undecided"
    assert len(data["questions"]) > 20
    assert all(q["status"] == "open" for q in data["questions"])


def test_same_company_twice_gets_two_files(store: OfferStore) -> None:
    a = store.create("Acme", "Dev")
    b = store.create("Acme", "Dev")
    assert a.id != b.id
    assert sorted(store.ids()) == sorted([a.id, b.id])


def test_create_requires_company(store: OfferStore) -> None:
    with pytest.raises(StoreError):
        store.create("  ", "Dev")


def test_everything_round_trips_through_the_file(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    edited = replace(
        offer,
        stage="deciding",
        reply_deadline=date(2026, 12, 4),
        annual_pay=9_000_000,
        facts=(Fact("compensation", "9M incl. 20h fixed OT", "letter", True),),
        questions=(
            Question(
                "q1",
                "compensation",
                "How is it paid?",
                "So to confirm?",
                True,
                "answered",
                "Monthly, 25th",
                text_ja="どのように支払われますか。",
                follow_up_ja="という理解でよろしいでしょうか。",
            ),
        ),
        doubts=("The role changed twice",),
        revisions=(
            Revision(date(2026, 12, 3), 9_500_000, "Start in February", "First round"),
            Revision(date(2026, 12, 7), None, "Remote two days a week"),
        ),
        emails=(EmailDraft("accept", "ja", "件名", "本文\n二行目", date(2026, 12, 1)),),
    )
    edited = replace(
        edited,
        meeting=replace(
            edited.meeting,
            scheduled=datetime(2026, 12, 1, 14, 0),
            notes="[14:05] salary 9M\n給与は年俸制",
            attendees=(Attendee("Tanaka", "HR"),),
            link="https://meet.example.com/abc",
            place="東京都千代田区丸の内1-1",
        ),
    )
    handle = store.open(offer.id)
    assert handle.save(edited) is True
    handle.close()
    assert store.load(offer.id) == edited


def test_save_without_change_does_not_write(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    before = store.path_for(offer.id).stat().st_mtime_ns
    assert handle.save(handle.offer) is False
    assert store.path_for(offer.id).stat().st_mtime_ns == before
    handle.close()


def test_hand_edits_comments_and_unknown_keys_survive_a_save(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    text = path.read_text("utf-8")
    text = text.replace(
        'stage = "prep"',
        'stage = "prep"  # my own note\nmy_tool_rating = 5',
    )
    text = text.replace('id = "deadline-reply-by"', 'id = "deadline-reply-by"\nasked_by = "me"')
    text += "\n[my_tool]\nscore = 0.5 # keep me\n"
    path.write_text(text, "utf-8")

    handle = store.open(offer.id)
    questions = list(handle.offer.questions)
    questions.reverse()  # a reorder moves unknown keys along with their question
    handle.save(replace(handle.offer, stage="meeting", questions=tuple(questions)))
    handle.close()

    saved = path.read_text("utf-8")
    assert "# my own note" in saved
    assert "# keep me" in saved
    data = tomllib.loads(saved)
    assert data["stage"] == "meeting"
    assert data["my_tool_rating"] == 5
    assert data["my_tool"] == {"score": 0.5}
    first = next(q for q in data["questions"] if q["id"] == "deadline-reply-by")
    assert first["asked_by"] == "me"
    assert data["questions"][-1]["id"] == "deadline-reply-by"


def test_a_file_changed_by_someone_else_is_not_overwritten(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    path = store.path_for(offer.id)
    theirs = path.read_text("utf-8").replace('position = "Dev"', 'position = "Theirs"')
    path.write_text(theirs, "utf-8")
    with pytest.raises(ConflictError):
        handle.save(replace(handle.offer, position="Mine"))
    assert path.read_text("utf-8") == theirs
    # Keep both: mine as a conflicting copy of the offer, theirs reloaded.
    copy = store.save_copy(replace(handle.offer, position="Mine"))
    assert store.load(copy.id).position == "Mine"
    summaries, [kept] = store.scan()
    assert [s.id for s in summaries] == store.ids() == [offer.id]
    assert isinstance(kept, SyncConflict) and (kept.id, kept.offer_id) == (copy.id, offer.id)
    assert "your version of" in kept.reason
    # Another one kept is a second copy, never written over the first.
    again = store.save_copy(replace(handle.offer, position="Mine again"))
    assert again.id != copy.id
    assert store.load(copy.id).position == "Mine"
    assert handle.reload().position == "Theirs"
    handle.save(replace(handle.offer, stage="meeting"))
    assert store.load(offer.id).position == "Theirs"
    handle.close()


def test_touching_a_file_without_changing_it_is_not_a_conflict(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    path = store.path_for(offer.id)
    os.utime(path, ns=(1, 1))
    assert handle.save(replace(handle.offer, stage="meeting")) is True
    handle.close()


def test_a_deleted_file_is_a_conflict(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    store.path_for(offer.id).unlink()
    with pytest.raises(ConflictError):
        handle.save(replace(handle.offer, stage="meeting"))
    handle.close()


def test_second_opener_gets_read_only(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    first = store.open(offer.id)
    second = OfferStore(store.root).open(offer.id)
    assert not first.read_only
    assert second.read_only
    with pytest.raises(ReadOnlyError):
        second.save(replace(second.offer, stage="meeting"))
    first.close()
    third = store.open(offer.id)
    assert not third.read_only
    third.close()
    second.close()


def test_lock_is_freed_when_the_holder_dies(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    pid = os.fork()
    if pid == 0:  # the child takes the lock and dies without releasing it
        store.open(offer.id)
        os._exit(0)
    os.waitpid(pid, 0)
    handle = store.open(offer.id)
    assert not handle.read_only
    handle.close()


BROKEN = {
    "syntax": ('schema_version = 1\ncompany = "A"\nstage = \n', 3),
    "newer": ('schema_version = 2\ncompany = "A"\n', 1),
    "bad-stage": ('schema_version = 1\ncompany = "A"\n\nstage = "maybe"\n', 4),
    "no-version": ('company = "A"\n', None),
    "bad-type": ('schema_version = 1\ncompany = "A"\nannual_pay = "lots"\n', 3),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_reported_and_never_touched(store: OfferStore, name: str) -> None:
    good = store.create("Good", "Dev")
    text, line = BROKEN[name]
    path = store.offers_dir / f"{name}.toml"
    path.write_text(text, "utf-8")
    summaries, broken = store.scan()
    assert [s.id for s in summaries] == [good.id]
    assert [b.id for b in broken] == [name]
    assert broken[0].reason
    assert broken[0].line == line
    with pytest.raises(BrokenFile):
        store.open(name)
    assert path.read_text("utf-8") == text


def test_not_utf8_is_broken(store: OfferStore) -> None:
    path = store.offers_dir / "latin.toml"
    path.write_bytes(b'schema_version = 1\ncompany = "caf\xe9"\n')
    _, broken = store.scan()
    assert broken[0].reason == "not UTF-8 text"
    assert broken[0].line == 2


def test_trash_moves_the_file_and_keeps_it(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    text = store.path_for(offer.id).read_text("utf-8")
    target = store.trash(offer.id)
    assert target.parent == store.trash_dir
    assert target.read_text("utf-8") == text
    assert offer.id not in store.ids()
    again = store.create("Acme", "Dev")
    assert store.trash(again.id) != target


def test_trash_refuses_an_offer_open_elsewhere(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = OfferStore(store.root).open(offer.id)
    with pytest.raises(ReadOnlyError):
        store.trash(offer.id)
    handle.close()


def test_unknown_and_unsafe_ids(store: OfferStore) -> None:
    with pytest.raises(NotFoundError):
        store.load("nope")
    with pytest.raises(NotFoundError):
        store.load("../../etc/passwd")


def test_prepare_rejects_a_file_as_data_dir(tmp_path: Path) -> None:
    file = tmp_path / "f"
    file.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        OfferStore(file).prepare()


def test_prepare_rejects_unwritable_dir(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    ro = tmp_path / "ro"
    ro.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="cannot use"):
        OfferStore(ro / "data").prepare()


def test_stale_temp_files_are_removed_at_start(store: OfferStore) -> None:
    stale = store.offers_dir / ".acme.toml.tmp-1-2"
    stale.write_text("half a file")
    os.utime(stale, (0, 0))
    # Named by a running process (this one): it may be a write in progress.
    fresh = store.offers_dir / f".acme.toml.tmp-{os.getpid()}-4"
    fresh.write_text("being written right now")
    store.prepare()
    assert not stale.exists()
    assert fresh.exists()
    assert remove_stale_temps(store.offers_dir, older_than=0) == [fresh]


def test_atomic_write_leaves_old_or_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / "x.toml"
    atomic_write(path, b"old")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["x.toml"]


def test_profile_round_trips_and_keeps_comments(store: OfferStore) -> None:
    from offertui.domain.offer import Profile

    assert store.load_profile() == Profile()
    profile = Profile(
        name_en="Alex Smith",
        name_ja="スミス・アレックス",
        signature="Alex\n080",
        email_lang="ja",
        theme="nord",
    )
    store.save_profile(profile)
    text = store.profile_path.read_text("utf-8") + "# mine\nextra = 1\n"
    store.profile_path.write_text(text, "utf-8")
    store.save_profile(replace(profile, theme="gruvbox"))
    saved = store.profile_path.read_text("utf-8")
    assert "# mine" in saved and "extra = 1" in saved
    assert store.load_profile() == replace(profile, theme="gruvbox")
    assert stat.S_IMODE(store.profile_path.stat().st_mode) == 0o600


def test_broken_profile_is_reported(store: OfferStore) -> None:
    store.profile_path.write_text("name_en = \n")
    with pytest.raises(BrokenFile) as caught:
        store.load_profile()
    assert caught.value.line == 1


def test_pay_model_and_letter_text_round_trip_and_clear(store: OfferStore) -> None:
    from offertui.domain.pay import PayModel

    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    pay = PayModel(monthly_base=400_000, fixed_overtime_hours=45.0, fixed_overtime_amount=100_000)
    letter = replace(offer.letter, text="労働条件通知書\n契約期間", missing=("scope_of_change",))
    handle.save(replace(offer, pay=pay, letter=letter))
    assert store.load(offer.id).pay == pay
    assert store.load(offer.id).letter == letter
    handle.save(replace(offer, pay=replace(pay, fixed_overtime_amount=None)))
    data = tomllib.loads(store.path_for(offer.id).read_text("utf-8"))
    assert "fixed_overtime_amount" not in data["pay"]
    assert data["pay"]["fixed_overtime_hours"] == 45.0
    handle.close()


def test_bad_pay_table_is_broken(store: OfferStore) -> None:
    path = store.offers_dir / "bad-pay.toml"
    path.write_text('schema_version = 1\ncompany = "A"\n[pay]\nmonthly_base = "lots"\n')
    _, broken = store.scan()
    assert broken[0].id == "bad-pay"
    assert "pay" in broken[0].reason
