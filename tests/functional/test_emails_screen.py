"""The Emails screen, driven by keys as a user would."""

from __future__ import annotations

import contextlib
import email
import email.policy
import os
import shlex
import stat
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList, Static

from offertui.domain.emails import draft_as_text
from offertui.domain.offer import Contact, Decision, Meeting, Offer, Profile
from offertui.screens.dialogs import ConfirmDialog, WriteFileDialog
from offertui.screens.emails import EmailBody, EmailsScreen, SubjectInput
from offertui.storage.store import OfferStore
from tests.commands import run_command
from tests.helpers import open_screen, wait_until

AppFactory = Callable[..., Any]
PROFILE = Profile(name_en="Alex Morgan", name_ja="モーガン・アレックス", email_lang="ja")


def _save(store: OfferStore, offer: Offer) -> None:
    handle = store.open(offer.id)
    handle.save(offer)
    handle.close()


@pytest.fixture
def sakura(store: OfferStore) -> Offer:
    """An offer the candidate has decided to accept, with everything the drafts need."""
    store.save_profile(PROFILE)
    offer = replace(
        store.create("株式会社サクラテック", "Backend Engineer"),
        contact=Contact(name="田中", role="人事部", email="tanaka@example.com"),
        reply_deadline=date(2026, 12, 1),
        annual_pay=8_500_000,
        meeting=Meeting(scheduled=datetime(2026, 11, 24, 14, 0)),
        decision=Decision(choice="accept", reason="チームの信頼性への姿勢に惹かれたため"),
    )
    _save(store, offer)
    return offer


@pytest.fixture
def bare(store: OfferStore) -> Offer:
    """An offer with only a company and position, and no profile: placeholders everywhere."""
    return store.create("Globex", "SRE")


@contextlib.asynccontextmanager
async def emails(app: Any, offer: Offer, size: tuple[int, int] = (80, 24), **options: str) -> Any:
    async with app.run_test(size=size) as pilot:
        app.open_offer(offer.id, "emails", **options)
        await pilot.pause()
        assert isinstance(app.screen, EmailsScreen)
        yield pilot
        if app.is_running and app.screen_stack:
            await _settle(pilot)


async def _settle(pilot: Any) -> None:
    """Save everything now and let the reports reach the screen before the test goes on."""
    pilot.app.save_all()
    await pilot.pause()


async def _quit(pilot: Any) -> None:
    await _settle(pilot)
    await pilot.press("ctrl+q")


def _screen(pilot: Any) -> EmailsScreen:
    screen = pilot.app.screen
    assert isinstance(screen, EmailsScreen)
    return screen


def _texts(pilot: Any) -> tuple[str, str]:
    screen = _screen(pilot)
    return screen.query_one(SubjectInput).value, screen.query_one(EmailBody).text


def _notes(app: Any) -> list[str]:
    """Collect what the app tells the user in notifications."""
    said: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        said.append(message)
        original(message, **kwargs)

    app.notify = notify
    return said


def _file_data(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- opening


async def test_f6_opens_the_draft_the_decision_calls_for_in_the_profile_language(
    make_app: AppFactory, sakura: Offer
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        screen = _screen(pilot)
        assert (screen.kind, screen.lang) == ("accept", "ja")
        subject, body = _texts(pilot)
        assert subject == "内定承諾のご連絡（モーガン・アレックス）"
        assert body.splitlines()[:3] == ["株式会社サクラテック", "人事部", "田中様"]
        assert "チームの信頼性への姿勢に惹かれたため、貴社への入社を決意いたしました。" in body
        assert body.endswith("モーガン・アレックス")
        kinds = screen.query_one("#email-kinds", OptionList)
        assert kinds.highlighted == 4
        assert screen.query_one("#email-lang", OptionList).highlighted == 1
        assert "No placeholders left" in str(screen.query_one("#email-placeholders").render())
        assert screen.focused is screen.query_one(EmailBody)


async def test_another_screen_can_open_a_chosen_draft(make_app: AppFactory, sakura: Offer) -> None:
    async with emails(make_app(), sakura, kind="request-letter", lang="en") as pilot:
        subject, body = _texts(pilot)
        assert subject == "Request for the written offer before our meeting (Alex Morgan)"
        # The recruiter's name is known only in kanji: the English draft asks for it.
        assert body.startswith("Dear [[recruiter's name in Latin letters]],")


async def test_arrow_keys_pick_the_kind_and_the_palette_the_language(
    make_app: AppFactory, sakura: Offer
) -> None:
    async with emails(make_app(), sakura) as pilot:
        screen = _screen(pilot)
        screen.query_one("#email-kinds", OptionList).focus()
        await pilot.press("down")
        await pilot.pause()
        assert screen.kind == "decline"
        assert _texts(pilot)[0] == "内定辞退のご連絡（モーガン・アレックス）"
        await run_command(pilot, "Switch email language")
        await pilot.pause()
        assert screen.lang == "en"
        assert _texts(pilot)[0].startswith("Regarding the offer for the Backend Engineer")
        await pilot.press("enter")  # choosing a kind moves on to its body
        await pilot.pause()
        assert screen.focused is screen.query_one(EmailBody)


# --------------------------------------------------------------------------- editing


async def test_edits_are_saved_as_emails_in_the_offer_file(
    make_app: AppFactory, sakura: Offer, store: OfferStore
) -> None:
    async with emails(make_app(), sakura) as pilot:
        screen = _screen(pilot)
        body = screen.query_one(EmailBody)
        edited = body.text.replace(
            "今後の流れについて、以下の点をご教示いただけますと幸いです。",
            "署名済みの内定承諾書は、明日郵送いたします。",
        )
        assert edited != body.text
        body.text = edited
        screen.query_one(SubjectInput).value = "内定承諾のご連絡"
        await pilot.pause()
        assert "Your edited draft" in str(screen.query_one("#email-state", Static).render())
        expected = [{"kind": "accept", "lang": "ja", "subject": "内定承諾のご連絡", "body": edited}]
        path = store.path_for(sakura.id)
        await wait_until(  # autosaved, without leaving the screen
            pilot,
            lambda: _file_data(path).get("emails") == expected,
            what="the edited draft autosaved",
        )
        await _quit(pilot)

    async with emails(make_app(), sakura) as pilot:
        assert _texts(pilot) == ("内定承諾のご連絡", edited)
        option = _screen(pilot).query_one("#email-kinds", OptionList).get_option("accept")
        assert str(option.prompt).endswith("•")


async def test_the_screen_reopens_on_the_draft_edited_last(
    make_app: AppFactory, sakura: Offer
) -> None:
    app = make_app()
    async with emails(app, sakura, kind="decline", lang="en") as pilot:
        _screen(pilot).query_one(EmailBody).text = "Thank you, but no."
        await pilot.pause()
        await pilot.press("escape")  # back to Offers, then the Emails screen again
        await pilot.pause()
        app.open_offer(sakura.id, "emails")
        await pilot.pause()
        screen = _screen(pilot)
        assert (screen.kind, screen.lang) == ("decline", "en")
        assert _texts(pilot)[1] == "Thank you, but no."


async def test_switching_right_after_typing_keeps_the_typing(
    make_app: AppFactory, sakura: Offer
) -> None:
    async with emails(make_app(), sakura) as pilot:
        screen = _screen(pilot)
        body = screen.query_one(EmailBody)
        body.insert("追記。", (0, 0))
        screen.action_toggle_lang()  # before the edit's message is handled
        screen.show_draft("decline")
        await pilot.pause()
        draft = screen.offer.draft("accept", "ja")
        assert draft is not None and draft.body.startswith("追記。")
        assert (screen.kind, screen.lang) == ("decline", "en")


async def test_an_unedited_draft_is_not_saved(
    make_app: AppFactory, sakura: Offer, store: OfferStore
) -> None:
    async with emails(make_app(), sakura) as pilot:
        await run_command(pilot, "Switch email language")
        await run_command(pilot, "Switch email language")
        await pilot.pause()
        await _quit(pilot)
    assert "emails" not in _file_data(store.path_for(sakura.id))


async def test_placeholders_are_listed_highlighted_and_selected_in_turn(
    make_app: AppFactory, bare: Offer, store: OfferStore
) -> None:
    # The recruiter's name is known only in kanji, so the English draft asks for it.
    _save(store, replace(bare, contact=Contact(name="田中")))
    async with emails(make_app(), bare, kind="need-time", lang="en") as pilot:
        screen = _screen(pilot)
        status = str(screen.query_one("#email-placeholders").render())
        assert status.startswith("3 placeholders to fill: ")
        mark = "[[recruiter's name in Latin letters]]"
        for each in ("[[your name]]", mark, "[[reply date]]"):
            assert each in status

        body = screen.query_one(EmailBody)
        line = body.get_line(0)
        assert line.plain == f"Dear {mark},"
        style = body.get_component_rich_style("email-body--placeholder", partial=True)
        assert [(s.start, s.end) for s in line.spans if s.style == style] == [(5, 5 + len(mark))]

        await pilot.press("ctrl+n")
        assert body.selected_text == mark
        await pilot.press("T", "a", "n", "a", "k", "a")
        assert body.text.startswith("Dear Tanaka,")
        await pilot.press("ctrl+n")
        assert body.selected_text == "[[reply date]]"
        await pilot.press("ctrl+n")
        assert body.selected_text == "[[your name]]"
        await pilot.press("ctrl+n")  # wraps round to the subject
        subject = screen.query_one(SubjectInput)
        assert screen.focused is subject
        assert subject.selected_text == "[[your name]]"
        await pilot.pause()
        status = str(screen.query_one("#email-placeholders").render())
        assert status.startswith("2 placeholders to fill: ")


async def test_next_placeholder_when_none_is_left(make_app: AppFactory, sakura: Offer) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        said = _notes(app)
        await pilot.press("ctrl+n")
        assert said == ["No placeholders left in this draft."]


# --------------------------------------------------------------------------- clipboard


async def test_copy_sends_the_body_and_says_so(make_app: AppFactory, sakura: Offer) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        said = _notes(app)
        await run_command(pilot, "Copy email")
        await pilot.pause()
        assert app.clipboard == _texts(pilot)[1]
        assert len(said) == 1
        assert "Copied the body" in said[0]
        assert "内定承諾のご連絡" not in app.clipboard  # the subject is copied on its own
        assert "set -g set-clipboard on" in said[0]


async def test_copy_asks_first_while_placeholders_remain(make_app: AppFactory, bare: Offer) -> None:
    app = make_app()
    async with emails(app, bare, kind="decline", lang="en") as pilot:
        await run_command(pilot, "Copy email")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "[[your name]]" in str(dialog.query_one(".dialog--body", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == ""
        await run_command(pilot, "Copy email")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert app.clipboard == _texts(pilot)[1]


async def test_palette_copies_the_subject_or_the_whole_draft(
    make_app: AppFactory, sakura: Offer
) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        for name in (
            "Copy email",
            "Write email to file",
            "Open email in editor",
            "Regenerate email",
            "Mark email as sent",
        ):
            assert name in commands
        commands["Copy email subject"].callback()
        await pilot.pause()
        subject, body = _texts(pilot)
        assert app.clipboard == subject
        commands["Copy email with subject"].callback()
        await pilot.pause()
        assert app.clipboard == draft_as_text(subject, body)
        commands["Email: Decline"].callback()
        await pilot.pause()
        assert _screen(pilot).kind == "decline"


# --------------------------------------------------------------------------- files


@pytest.fixture
def cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The user's documents folder, where written emails go: not the current folder,
    which is elsewhere (and stays empty)."""
    folder = Path.home() / "Documents"
    folder.mkdir()
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    yield folder
    assert list(elsewhere.iterdir()) == []


async def _write_as(pilot: Any, name: str | None = None) -> WriteFileDialog:
    await run_command(pilot, "Write email to file")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, WriteFileDialog)
    if name is not None:
        dialog.query_one("#path", Input).value = name
    await pilot.press("enter")
    await pilot.pause()
    return dialog


async def test_write_an_eml_that_a_mail_client_reads(
    make_app: AppFactory, sakura: Offer, cwd: Path
) -> None:
    async with emails(make_app(), sakura) as pilot:
        await run_command(pilot, "Write email to file")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, WriteFileDialog)
        assert dialog.query_one("#path", Input).value == f"{sakura.id}-accept-ja.eml"
        assert "mail message" in str(dialog.query_one("#path-format").render())
        await open_screen(pilot, "enter", expect=EmailsScreen)
        subject, body = _texts(pilot)
    path = cwd / f"{sakura.id}-accept-ja.eml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == subject
    assert message["To"].addresses[0].addr_spec == "tanaka@example.com"
    assert message["To"].addresses[0].display_name == "田中"
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body


async def test_write_plain_text_and_never_overwrite_without_asking(
    make_app: AppFactory, sakura: Offer, cwd: Path
) -> None:
    async with emails(make_app(), sakura) as pilot:
        await _write_as(pilot, "draft.txt")
        subject, body = _texts(pilot)
        target = cwd / "draft.txt"
        assert target.read_text(encoding="utf-8") == draft_as_text(subject, body)

        target.write_text("keep me")
        await _write_as(pilot, "draft.txt")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        dialog = await open_screen(
            pilot, "escape", expect=WriteFileDialog
        )  # no: back to the name, nothing written
        assert dialog.query_one("#path", Input).value == "draft.txt"
        await pilot.press("escape")
        await pilot.pause()
        assert target.read_text() == "keep me"

        await _write_as(pilot, "draft.txt")
        await pilot.click("#yes")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == draft_as_text(subject, body)

        await _write_as(pilot, "'pasted with quotes.txt'")
        assert (cwd / "pasted with quotes.txt").read_text(encoding="utf-8") == target.read_text(
            encoding="utf-8"
        )


async def test_write_errors_are_shown_in_the_dialog(
    make_app: AppFactory, sakura: Offer, cwd: Path
) -> None:
    async with emails(make_app(), sakura) as pilot:
        await _write_as(pilot, "no/such/folder/draft.eml")
        dialog = pilot.app.screen
        assert isinstance(dialog, WriteFileDialog)
        assert "does not exist" in str(dialog.query_one("#path-error").render())
        assert dialog.query_one("#path", Input).value == "no/such/folder/draft.eml"

        dialog.query_one("#path", Input).value = "."
        await pilot.press("enter")
        await pilot.pause()
        assert "is a folder" in str(pilot.app.screen.query_one("#path-error").render())


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
async def test_an_unwritable_folder_is_reported(
    make_app: AppFactory, sakura: Offer, cwd: Path
) -> None:
    locked = cwd / "locked"
    locked.mkdir(mode=0o500)
    try:
        async with emails(make_app(), sakura) as pilot:
            await _write_as(pilot, "locked/draft.eml")
            error = str(pilot.app.screen.query_one("#path-error").render())
            assert "Permission denied" in error
    finally:
        locked.chmod(0o700)


# --------------------------------------------------------------------------- the editor

FAKE_EDITOR = """\
import sys
from pathlib import Path

path = Path(sys.argv[-1])
Path(sys.argv[-2]).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
text = path.read_text(encoding="utf-8").replace("内定承諾のご連絡", "内定承諾のご連絡（再送）")
path.write_text(text.replace("ご査収ください。", "ご確認ください。"), encoding="utf-8")
"""


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR: a script that edits a line and the subject, and keeps what it was given."""
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    seen = tmp_path / "editor-saw.txt"
    command = [sys.executable, str(script), str(seen)]
    monkeypatch.setenv("EDITOR", shlex.join(command))
    return seen


@contextlib.contextmanager
def _no_suspend() -> Iterator[None]:
    # The test driver cannot hand the terminal over; a real one does exactly this around it.
    yield


async def test_edit_in_the_editor(
    make_app: AppFactory, sakura: Offer, store: OfferStore, fake_editor: Path
) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        app.suspend = _no_suspend
        before_subject, before_body = _texts(pilot)
        await run_command(pilot, "Open email in editor")
        await pilot.pause()
        assert fake_editor.read_text(encoding="utf-8") == draft_as_text(before_subject, before_body)
        subject, body = _texts(pilot)
        assert subject == "内定承諾のご連絡（再送）（モーガン・アレックス）"
        assert body == before_body.replace("ご査収ください。", "ご確認ください。")
        await _quit(pilot)
    saved = _file_data(store.path_for(sakura.id))["emails"][0]
    assert (saved["subject"], saved["body"]) == (subject, body)


async def test_editor_visual_wins_and_a_failing_editor_changes_nothing(
    make_app: AppFactory, sakura: Offer, monkeypatch: pytest.MonkeyPatch, fake_editor: Path
) -> None:
    monkeypatch.setenv("VISUAL", shlex.join([sys.executable, "-c", "raise SystemExit(3)"]))
    app = make_app()
    async with emails(app, sakura) as pilot:
        app.suspend = _no_suspend
        said = _notes(app)
        before = _texts(pilot)
        await run_command(pilot, "Open email in editor")
        await pilot.pause()
        assert _texts(pilot) == before
        assert not fake_editor.exists()
        assert "exited with status 3" in said[-1]


async def test_no_editor_set_is_explained(make_app: AppFactory, sakura: Offer) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        said = _notes(app)
        await run_command(pilot, "Open email in editor")
        await pilot.pause()
        assert "Set $VISUAL or $EDITOR" in said[-1]


async def test_a_terminal_that_cannot_suspend_is_explained(
    make_app: AppFactory, sakura: Offer, fake_editor: Path
) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:  # the test driver cannot suspend
        said = _notes(app)
        before = _texts(pilot)
        await run_command(pilot, "Open email in editor")
        await pilot.pause()
        assert "cannot hand the screen to an editor" in said[-1]
        assert not fake_editor.exists()
        assert _texts(pilot) == before


# --------------------------------------------------------------------------- regenerate, sent


async def test_regenerate_asks_before_dropping_edits(
    make_app: AppFactory, sakura: Offer, store: OfferStore
) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        screen = _screen(pilot)
        fresh = _texts(pilot)
        screen.query_one(EmailBody).text = "My own words"
        await pilot.pause()
        await run_command(pilot, "Regenerate email")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert _texts(pilot)[1] == "My own words"
        await run_command(pilot, "Regenerate email")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert _texts(pilot) == fresh
        assert screen.offer.emails == ()
        await _quit(pilot)
    assert "emails" not in _file_data(store.path_for(sakura.id))


async def test_regenerate_follows_what_the_offer_says_now(
    make_app: AppFactory, bare: Offer
) -> None:
    app = make_app()
    async with emails(app, bare, kind="decline", lang="en") as pilot:
        screen = _screen(pilot)
        screen.update(replace(screen.offer, contact=Contact(name="Suzuki")))
        await run_command(pilot, "Regenerate email")  # nothing edited: no question asked
        await pilot.pause()
        assert _texts(pilot)[1].startswith("Dear Suzuki-san,")


async def test_mark_sent_on_the_apps_clock_and_unmark(
    make_app: AppFactory, sakura: Offer, store: OfferStore
) -> None:
    app = make_app()
    async with emails(app, sakura) as pilot:
        screen = _screen(pilot)
        await run_command(pilot, "Mark email as sent")
        await pilot.pause()
        draft = screen.offer.draft("accept", "ja")
        assert draft is not None
        assert draft.sent == date(2026, 11, 25)  # the test clock's day
        assert (draft.subject, draft.body) == _texts(pilot)
        assert "Sent 2026-11-25" in str(screen.query_one("#email-state", Static).render())
        prompt = screen.query_one("#email-kinds", OptionList).get_option("accept").prompt
        assert str(prompt).endswith("✓")
        await _quit(pilot)
    saved = _file_data(store.path_for(sakura.id))["emails"][0]
    assert saved["sent"] == date(2026, 11, 25)

    async with emails(make_app(), sakura) as pilot:
        await run_command(pilot, "Mark email as sent")
        await pilot.pause()
        draft = _screen(pilot).offer.draft("accept", "ja")
        assert draft is not None and draft.sent is None


async def test_read_only_offer_is_not_changed(
    make_app: AppFactory, sakura: Offer, store: OfferStore
) -> None:
    holder = OfferStore(store.root).open(sakura.id)
    app = make_app()
    try:
        async with emails(app, sakura) as pilot:
            said = _notes(app)
            await run_command(pilot, "Mark email as sent")
            await pilot.pause()
            assert _screen(pilot).offer.emails == ()
            assert "read-only" in said[-1]
            await run_command(pilot, "Copy email")  # copying changes nothing: allowed
            await pilot.pause()
            assert app.clipboard == _texts(pilot)[1]
    finally:
        holder.close()
