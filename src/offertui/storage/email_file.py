"""An email draft as a file: plain text or a mail message (.eml), written where the user
chose, and the plain form read back after an editor changed it."""

from __future__ import annotations

from email.utils import formataddr
from pathlib import Path

from offertui.domain.emails import build_eml, draft_as_text
from offertui.domain.profile import clean_text
from offertui.storage.user_file import write_user_file


def is_mail_message(path: Path | str) -> bool:
    return str(path).lower().endswith(".eml")


def describe(name: str) -> str:
    """What a file of this name will hold, said before it is written."""
    if is_mail_message(name):
        return "A mail message (.eml): mail clients open it as a new draft."
    return "Plain text: the Subject line, a blank line, then the body. End in .eml for mail."


def file_bytes(path: Path, subject: str, body: str, to_name: str = "", to_email: str = "") -> bytes:
    """The draft as `path` holds it: a mail message to the contact for .eml, else text."""
    if not is_mail_message(path):
        return draft_as_text(subject, body).encode("utf-8")
    to = formataddr((to_name, to_email)) if to_email else ""
    try:
        return build_eml(subject, body, to=to)
    except (ValueError, TypeError):
        # An address the email package will not take still leaves a usable draft.
        return build_eml(subject, body)


def write_file(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `data` to `path`, 0600 like the offer files (a draft can name a salary).

    Every email file is written here, through `storage.user_file`: without `overwrite`,
    an existing file raises FileExistsError; a folder, device, FIFO or symbolic link
    raises UserFileError with the reason, and is left as it was."""
    write_user_file(path, data, replace=overwrite)


def read_back(text: str, subject: str) -> tuple[str, str]:
    """Subject and body from the plain form an editor saved: a `Subject:` line, a blank
    line, the body. Without a Subject line, all of it is the body and `subject` stays."""
    text = clean_text(text)
    first, newline, rest = text.partition("\n")
    if first.startswith("Subject:"):
        subject = first.removeprefix("Subject:").strip()
        text = rest.removeprefix("\n") if newline else ""
    return subject, text.rstrip("\n")
