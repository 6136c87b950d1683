"""The commands of every screen, and those that move between an offer's screens."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command, keyless

# Where Back is done: it closes a dialog, clears the home's filter, leaves an offer.
_DIALOGS = ("offer", "home", "glossary", "guide", "compare", "profile", "help", "dialog")


def _screen(name: str, label: str, key: str, letter: str = "") -> Command:
    """Go to one of the offer's screens; on the Offers list, open the selected offer there."""
    return Command(
        name,
        label,
        f"The offer's {label} screen",
        "Screens",
        ("offer", "home", "confirm"),
        key=key,
        letter=letter,
        action=f"goto('{name}')",
        while_typing=True,
        tooltips={
            "offer": f"Go to {label}",
            "home": f"Open the selected offer on its {label} screen",
            "confirm": f"Yes, go to {label}: the key that asked, pressed again",
        },
    )


# fmt: off
APP_WIDE: Final[tuple[Command, ...]] = (
    # --- everywhere ---
    Command(
        "help", "Help", "Every key and command of this screen", "App", ("app",),
        key="f1", footer=True, while_typing=True,
    ),
    Command(
        "palette", "Command palette", "Find any command by name", "App", ("app",),
        key="ctrl+p", palette=False,
    ),
    Command(
        "quit", "Quit", "Save everything and quit", "App", ("app",),
        key="ctrl+q", footer=True, while_typing=True,
    ),
    Command(
        "save", "Save", "Save now; offertui saves everything as you type, so this only says so",
        "App", ("app",), key="ctrl+s", while_typing=True,
    ),
    Command(
        "back", "Back",
        "Back to where you were: the Offers list from an offer, the screen below a dialog",
        "App", _DIALOGS, key="escape", palette=False,
        footer=("offer", "glossary", "guide", "compare", "profile"),
        labels={"offer": "Offers", "glossary": "Close", "help": "Close", "dialog": "Cancel"},
        tooltips={
            "offer": "Back to the list of offers",
            "home": "Clear the filter",
            "dialog": "Close without doing anything",
        },
    ),
    Command("offers", "Offers", "Back to the list of offers", "App", ("app",), on_app=True),
    Command(
        "guide", "Guide", "How the offer stage goes, step by step", "App", ("app",), on_app=True
    ),
    Command(
        "glossary", "Glossary",
        "Japanese offer and contract terms explained (on the selected term, if any)",
        "App", ("app", "home"), letter="g", on_app=True, screens=("app",),
    ),
    Command(
        "profile", "Profile", "Your name, signature and theme", "App", ("app", "home"),
        letter="p", on_app=True, screens=("app",),
    ),
    Command(
        "theme", "Theme", "Pick a colour theme", "App", ("app",),
        action="change_theme", on_app=True,
    ),
    Command(
        "search", "Search offers",
        "Find text in every offer's notes, answers, questions, doubts, letter and drafts",
        "App", ("app", "home"), letter="s", short="Search", on_app=True, screens=("app",),
    ),
    Command(
        "calendar", "Export calendar",
        "The meetings, reply deadlines and reminders of every offer as an .ics file",
        "App", ("app",), on_app=True,
    ),
    # --- the offer's screens ---
    _screen("overview", "Overview", "f2"),
    _screen("prep", "Prep", "f3"),
    _screen("meeting", "Meeting", "f4", letter="m"),
    _screen("decision", "Decision", "f5"),
    _screen("emails", "Emails", "f6"),
    _screen("pay", "Pay", "f7"),
    _screen("letter", "Letter", "f8"),
    Command(
        "copy_link", "Copy meeting link",
        "Copy the meeting's video link to the clipboard (OSC 52, works over SSH)", "Offer",
        ("offer",), key="ctrl+j", short="Copy link", while_typing=True,
    ),
    # A file changed on disk: commands typing cannot reach, shown while it is unsettled.
    keyless(
        "conflict_compare", "Compare with the file on disk",
        "How the file changed on disk differs from your unsaved edits; keep both or reload",
        "Offer", "offer",
    ),
    keyless(
        "conflict_keep", "Keep both",
        "Keep your edits beside the file as its conflicting copy, then read the file again",
        "Offer", "offer",
    ),
    keyless(
        "conflict_reload", "Reload from disk",
        "Read the changed file again; your edits since it changed are dropped", "Offer", "offer",
    ),
    keyless(
        "record_revision", "Record revised offer",
        "The company's answer to your negotiation: its date, annual pay, changed terms, a note",
        "Decision", "decision", "pay",
    ),
    keyless(
        "revision_rounds", "Revised offer rounds",
        "Each round recorded, to correct or remove one typed wrong", "Decision", "decision", "pay",
    ),
)
# fmt: on
