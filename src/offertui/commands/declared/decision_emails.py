"""The commands of the Decision and of the Emails."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command, keyless

# fmt: off
DECISION_EMAILS: Final[tuple[Command, ...]] = (
    # --- Decision ---
    Command(
        "choose", "Choose: {}", "Make this the offer's choice", "Decision", ("decision",),
        each="choice_choices",
    ),
    keyless("add_flag", "Add red flag", "A red flag of your own", "Decision"),
    # --- Emails ---
    Command(
        "copy_email", "Copy email",
        "Copy the body of the draft to the clipboard (OSC 52, works over SSH)", "Emails",
        ("emails",), action="copy('body')",
    ),
    Command(
        "copy_subject", "Copy email subject", "Copy the subject line to the clipboard",
        "Emails", ("emails",), action="copy('subject')",
    ),
    Command(
        "copy_all", "Copy email with subject", "Copy the Subject line, a blank line and the body",
        "Emails", ("emails",), action="copy('all')",
    ),
    Command(
        "write_email", "Write email to file", "An .eml message for a mail client, or plain text",
        "Emails", ("emails",), action="write_file",
    ),
    keyless(
        "open_editor", "Open email in editor", "Edit the draft in $VISUAL or $EDITOR", "Emails"
    ),
    keyless(
        "regenerate", "Regenerate email",
        "Fill the draft again from the offer and your profile (asks before dropping edits)",
        "Emails",
    ),
    keyless(
        "toggle_sent", "Mark email as sent", "Mark the draft as sent today, or as not sent",
        "Emails",
    ),
    keyless(
        "toggle_lang", "Switch email language", "The draft in English or in Japanese", "Emails"
    ),
    Command(
        "show_draft", "Email: {}", "Show this draft", "Emails", ("emails",), each="draft_choices"
    ),
)
# fmt: on
