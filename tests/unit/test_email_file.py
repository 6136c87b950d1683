"""An email draft as a file: text or a mail message by its name, written privately, and
the text form read back after an editor changed it."""

from __future__ import annotations

import email
import email.policy
import stat
from pathlib import Path

import pytest

from offertui.storage.email_file import (
    describe,
    file_bytes,
    is_mail_message,
    read_back,
    write_file,
)


@pytest.mark.parametrize(
    ("name", "mail"),
    [("reply.eml", True), ("REPLY.EML", True), ("reply.eml.txt", False), ("eml", False)],
)
def test_a_mail_message_is_told_by_its_name(name: str, mail: bool) -> None:
    assert is_mail_message(name) is mail
    assert is_mail_message(Path("drafts") / name) is mail


def test_the_file_is_described_before_it_is_written() -> None:
    assert describe("thanks.EML") == "A mail message (.eml): mail clients open it as a new draft."
    assert describe("thanks.txt") == (
        "Plain text: the Subject line, a blank line, then the body. End in .eml for mail."
    )


def test_a_text_draft_is_the_subject_a_blank_line_and_the_body() -> None:
    data = file_bytes(Path("a.txt"), "お礼", "本日はありがとうございました。\n\n", "Sato", "s@x.jp")
    assert data == "Subject: お礼\n\n本日はありがとうございました。\n".encode()


def _message(data: bytes) -> email.message.EmailMessage:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


def test_a_mail_message_is_addressed_to_the_contact() -> None:
    message = _message(file_bytes(Path("a.eml"), "お礼", "本文です。", "佐藤 花子", "hanako@x.jp"))
    assert message["Subject"] == "お礼"
    assert message["To"] == "佐藤 花子 <hanako@x.jp>"
    assert message.get_content().strip() == "本文です。"


def test_a_mail_message_without_an_address_has_no_recipient() -> None:
    message = _message(file_bytes(Path("a.eml"), "Thanks", "Body.", "Hanako Sato", ""))
    assert message["To"] is None
    assert message["Subject"] == "Thanks"


def test_a_mail_message_to_an_address_without_a_name_or_to_no_one() -> None:
    to_address = _message(file_bytes(Path("a.eml"), "Thanks", "Body.", to_email="s@x.jp"))
    assert to_address["To"] == "s@x.jp"
    assert _message(file_bytes(Path("a.eml"), "Thanks", "Body."))["To"] is None


def test_an_address_the_mail_package_refuses_still_gives_a_draft() -> None:
    message = _message(file_bytes(Path("a.eml"), "Thanks", "Body.", "Sato", "a@b\nBcc: c@d"))
    assert message["To"] is None
    assert message["Bcc"] is None
    assert message["Subject"] == "Thanks"
    assert message.get_content().strip() == "Body."


def test_a_draft_is_written_private_and_only_over_a_file_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    write_file(path, b"one", overwrite=False)
    assert path.read_bytes() == b"one"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        write_file(path, b"two", overwrite=False)
    assert path.read_bytes() == b"one"
    write_file(path, b"two", overwrite=True)
    assert path.read_bytes() == b"two"


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        ("Subject: New\n\nBody\nmore\n\n", "New", "Body\nmore"),
        ("Subject:   Spaced  \r\n\r\nBody", "Spaced", "Body"),
        ("Subject: Only a subject", "Only a subject", ""),
        ("Subject: Kept\n\nBody ends with spaces  \n\n", "Kept", "Body ends with spaces  "),
        ("Subject: Ends\n\nSee the letter, item X\n", "Ends", "See the letter, item X"),
        ("Subject: No blank line\nBody", "No blank line", "Body"),
        ("Subject: Two blank lines\n\n\nBody", "Two blank lines", "\nBody"),
        ("No subject line\n\nat all\n", "Old", "No subject line\n\nat all"),
        ("subject: lower case\n\nBody", "Old", "subject: lower case\n\nBody"),
        ("  Subject: indented\n\nBody", "Old", "  Subject: indented\n\nBody"),
    ],
)
def test_an_edited_text_draft_is_read_back(text: str, subject: str, body: str) -> None:
    assert read_back(text, "Old") == (subject, body)
