"""The commands of offertui, each declared once, in the order F1 and the palette list them.

How the keys are chosen:
- F1 help, F2-F8 the offer's screens, F9 start or end the meeting, F12 the follow-up
  phrase. F10 and F11 are left alone: common terminals take them (a menu, full screen).
- ctrl keys that neither readline's editing (a e k u w d h f y) nor tmux (b) nor the
  terminal (c z, and s q, which Textual frees) need: n next, o add a question,
  r answered, l unclear, t time, g pressured, j join (copy the meeting link). They
  work while typing, which the meeting needs. ctrl+backslash switches the questions'
  language: no editing and no terminal takes it either. ctrl+s saves (nothing was
  waiting) and says so: a habit is harmless (with the file changed on disk, it says
  how to settle that instead).
- Printable keys act only where nothing is typed: the Offers list (n, d, u, m, c, g, p,
  s, /, space) and the 1 and 2 of the two-versions dialog. On an offer's screens typing
  is never a command, and a yes/no dialog takes no letter: a sentence typed on while it
  asks must not answer it. Its yes is Enter on its button, or the key that asked pressed
  again (ctrl+q, F2-F8, F9, delete), which keeps that key's one meaning.
- Everything else has no key, and is one ctrl+p away under a plain name.
"""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command

# Where things are done, for the scopes of the commands below.
_OFFER_LISTS = ("home", "question_list", "doubt_list", "decision", "rounds")
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


def _palette(id: str, name: str, description: str, group: str, *scopes: str) -> Command:
    """A command with no key: the palette runs it (a user may give it one)."""
    return Command(id, name, description, group, scopes or (group.lower(),))


# Laid out by hand, a command a few lines, so the table reads as a table.
# fmt: off
COMMANDS: Final[tuple[Command, ...]] = (
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
    _palette(
        "conflict_compare", "Compare with the file on disk",
        "How the file changed on disk differs from your unsaved edits; keep both or reload",
        "Offer", "offer",
    ),
    _palette(
        "conflict_keep", "Keep both",
        "Keep your edits beside the file as its conflicting copy, then read the file again",
        "Offer", "offer",
    ),
    _palette(
        "conflict_reload", "Reload from disk",
        "Read the changed file again; your edits since it changed are dropped", "Offer", "offer",
    ),
    _palette(
        "record_revision", "Record revised offer",
        "The company's answer to your negotiation: its date, annual pay, changed terms, a note",
        "Decision", "decision", "pay",
    ),
    _palette(
        "revision_rounds", "Revised offer rounds",
        "Each round recorded, to correct or remove one typed wrong", "Decision", "decision", "pay",
    ),
    # --- the Offers list ---
    Command(
        "new_offer", "New offer", "Add an offer", "Offers", ("home",),
        key="n", short="New", footer=True,
    ),
    Command(
        "open", "Open", "Open the selected offer", "Offers", ("home", "guide"),
        key="enter", palette=False, footer=("guide",), labels={"guide": "Go there"},
        tooltips={"guide": "Open the screen this part of the guide points to"},
    ),
    Command(
        "delete", "Delete", "Delete the selected item (asks first)", "Offer",
        (*_OFFER_LISTS, "confirm"), key="delete", letter="d", footer=_OFFER_LISTS,
        labels={"decision": "Remove"},
        tooltips={
            "home": "Move the selected offer to the trash (asks first)",
            "question_list": "Delete the selected question (asks first)",
            "doubt_list": "Delete the selected doubt (asks first)",
            "decision": "Remove the highlighted pro, con, step or red flag of yours",
            "rounds": "Remove the highlighted round (asks first)",
            "confirm": "Yes, delete: the key that asked, pressed again",
        },
        screens=("home", "prep", "decision", "confirm"),
    ),
    Command(
        "undo_delete", "Restore deleted offer",
        "Bring back the offer deleted last, from the trash, as it was", "Offers", ("home",),
        key="u", short="Undo",
    ),
    Command(
        "find", "Find", "Type to filter the list", "Offers", ("home", "glossary"),
        key="slash", palette=False, footer=True,
        labels={"home": "Filter", "glossary": "Search"},
        tooltips={"glossary": "Type to find a term"},
    ),
    Command(
        "mark", "Mark for comparing", "Mark or unmark the selected offer for comparing",
        "Offers", ("home",), key="space", short="Mark", footer=True,
    ),
    Command(
        "compare", "Compare offers",
        "Offers side by side: this one and the others, or the ones marked on the list",
        "Offer", ("home", "offer"), letter="c", short="Compare", footer=("home",),
        tooltips={
            "home": "The marked offers side by side (all of them when none is marked)",
            "offer": "This offer side by side with your other open offers",
        },
    ),
    Command(
        "export_brief", "Export brief",
        "A Markdown brief of the offer, for a partner, mentor or lawyer",
        "Offer", ("home", "offer"),
        tooltips={"home": "A Markdown brief of the selected offer, to share with care"},
    ),
    # --- Prep ---
    _palette("previous_part", "Previous part", "The part of Prep before this one", "Prep"),
    Command(
        "show_section", "Prep: {}", "Show this part of Prep", "Prep", ("prep",),
        each="section_choices",
    ),
    _palette(
        "request_letter", "Ask for the offer letter",
        "Draft the email that asks the company for the written offer", "Prep",
    ),
    _palette(
        "edit_question", "Edit question",
        "Change the selected question's wording (enter in the list does the same)", "Prep",
    ),
    _palette(
        "toggle_must_ask", "Mark must-ask",
        "Mark the selected question as must-ask, or remove your mark", "Prep",
    ),
    Command(
        "move_question_up", "Move question up", "Ask the selected question earlier", "Prep",
        ("question_list",), key="shift+up", action="move_question(-1)", short="Up",
        footer=True, key_display="⇧↑", screens=("prep",),
    ),
    Command(
        "move_question_down", "Move question down", "Ask the selected question later", "Prep",
        ("question_list",), key="shift+down", action="move_question(1)", short="Down",
        footer=True, key_display="⇧↓", screens=("prep",),
    ),
    _palette(
        "restore_question", "Restore a default question",
        "Bring back a built-in question you deleted", "Prep",
    ),
    _palette(
        "toggle_view", "Switch question view",
        "All questions by topic, or only the must-ask ones in asking order", "Prep",
    ),
    Command(
        "question_lang", "Switch question language",
        "The questions in the other language until the offer is closed (Overview keeps "
        "the meeting's)",
        "Prep", ("prep", "meeting"), key="ctrl+backslash", key_display="^\\", while_typing=True,
        tooltips={
            "prep": "Show and edit the questions in the other language",
            "meeting": "Show the questions in the other language",
        },
    ),
    _palette("add_doubt", "Add doubt", "Write down something that feels off", "Prep"),
    _palette("edit_doubt", "Edit doubt", "Change the selected doubt", "Prep"),
    # --- Meeting ---
    Command(
        "start_or_end", "Start or end meeting",
        "Start the clock, or end the meeting and see what is still open", "Meeting",
        ("meeting", "confirm"), key="f9", short="Start/End", footer=("meeting",),
        while_typing=True,
        tooltips={"confirm": "Yes, end the meeting: the key that asked, pressed again"},
    ),
    Command(
        "answered", "Mark answered",
        "The selected question was answered: mark it and go to the next open one", "Meeting",
        ("meeting",), key="ctrl+r", action="mark('answered')", short="Answered",
        footer=True, while_typing=True,
    ),
    Command(
        "unclear", "Mark unclear", "The answer was unclear: worth asking again", "Meeting",
        ("meeting",), key="ctrl+l", action="mark('unclear')", short="Unclear",
        footer=True, while_typing=True,
    ),
    # Next and Add question serve Prep, Emails, Pay and Letter too; declared here, they
    # come after the meeting's first keys in its footer.
    Command(
        "next", "Next", "Go to the next thing to fill in", "Offer",
        ("prep", "meeting", "emails", "pay", "letter"),
        key="ctrl+n", while_typing=True, footer=("prep", "meeting", "emails", "pay"),
        labels={
            "prep": "Next part", "pay": "Next part", "letter": "Next part",
            "emails": "Next blank",
        },
        tooltips={
            "prep": "The next part of Prep",
            "meeting": "The next open question",
            "emails": "Select the next [[placeholder]], to type over it",
            "pay": "Between the pay form and what to ask",
            "letter": "Between the letter's text and the check",
        },
    ),
    Command(
        "add_question", "Add question", "A question of your own", "Offer", ("prep", "meeting"),
        key="ctrl+o", short="Add Q", footer=("prep",), while_typing=True,
        tooltips={
            "prep": "A question of your own; on What feels off, the selected doubt becomes one",
            "meeting": "Add a question on the fly",
        },
    ),
    Command(
        "skip", "Skip question", "Leave the selected question out, and go to the next open one",
        "Meeting", ("meeting",), action="mark('skipped')",
    ),
    Command(
        "time", "Insert time", "Put the time ([14:05]) into the notes", "Meeting",
        ("meeting",), key="ctrl+t", action="timestamp", short="Time", footer=True,
        while_typing=True,
    ),
    Command(
        "pressured", "Pressured to decide", "Record being pressed to decide now (a red flag)",
        "Meeting", ("meeting",), key="ctrl+g", action="pressure", short="Pressured",
        footer=True, while_typing=True,
    ),
    Command(
        "follow_up", "Show follow-up",
        "Show or hide the 'so to confirm…' phrase of the selected question", "Meeting",
        ("meeting",), key="f12", short="Confirm", while_typing=True,
    ),
    _palette("add_attendee", "Add attendee", "Add someone attending", "Meeting"),
    _palette("summary", "Meeting summary", "What was answered and what is still open", "Meeting"),
    # --- Decision ---
    Command(
        "choose", "Choose: {}", "Make this the offer's choice", "Decision", ("decision",),
        each="choice_choices",
    ),
    _palette("add_flag", "Add red flag", "A red flag of your own", "Decision"),
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
    _palette(
        "open_editor", "Open email in editor", "Edit the draft in $VISUAL or $EDITOR", "Emails"
    ),
    _palette(
        "regenerate", "Regenerate email",
        "Fill the draft again from the offer and your profile (asks before dropping edits)",
        "Emails",
    ),
    _palette(
        "toggle_sent", "Mark email as sent", "Mark the draft as sent today, or as not sent",
        "Emails",
    ),
    _palette(
        "toggle_lang", "Switch email language", "The draft in English or in Japanese", "Emails"
    ),
    Command(
        "show_draft", "Email: {}", "Show this draft", "Emails", ("emails",), each="draft_choices"
    ),
    # --- Pay and Letter ---
    _palette(
        "add_finding", "Add pay finding as question",
        "Put the selected pay check in your questions for the meeting (enter does the same)",
        "Pay",
    ),
    _palette(
        "add_item", "Add missing item as question",
        "Put the selected missing letter item in your questions (enter does the same)",
        "Letter",
    ),
    _palette(
        "add_all", "Add all missing items as questions",
        "One question for each item the letter should state but does not", "Letter",
    ),
    Command(
        "load_letter", "Load letter from file",
        "Read the letter from a PDF, a .docx or a text file", "Letter", ("letter",),
        action="load",
    ),
    _palette(
        "to_pay", "Copy letter's pay into Pay",
        "Salary, fixed overtime, allowances, hours and prefecture, into Pay's empty fields",
        "Letter",
    ),
    # --- the Glossary and Search: the arrows move through the results while typing ---
    Command(
        "next_term", "Next term", "The next term in the results", "Glossary",
        ("glossary", "search"), key="down", action="move(1)", palette=False,
        labels={"search": "Next match"},
    ),
    Command(
        "previous_term", "Previous term", "The previous term in the results", "Glossary",
        ("glossary", "search"), key="up", action="move(-1)", palette=False,
        labels={"search": "Previous match"},
    ),
    # --- dialogs ---
    Command(
        "version_keep_first", "Keep 1", "Keep the first version; the other goes to trash/",
        "Dialogs", ("versions",), key="1", action="keep(0)", palette=False,
    ),
    Command(
        "version_keep_second", "Keep 2", "Keep the second version; the other goes to trash/",
        "Dialogs", ("versions",), key="2", action="keep(1)", palette=False,
    ),
)
# fmt: on
