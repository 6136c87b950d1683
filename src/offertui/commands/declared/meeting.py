"""The commands of the Meeting, which work while typing, and Next and Add question,
which other screens share."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command, keyless

# fmt: off
MEETING: Final[tuple[Command, ...]] = (
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
    # come after the meeting's first keys in its footer. Next is in the footer wherever
    # it is bound: a list of its own beside `scopes` once left Letter out.
    Command(
        "next", "Next", "Go to the next thing to fill in", "Offer",
        ("prep", "meeting", "emails", "pay", "letter"),
        key="ctrl+n", while_typing=True, footer=True,
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
    keyless("add_attendee", "Add attendee", "Add someone attending", "Meeting"),
    keyless("summary", "Meeting summary", "What was answered and what is still open", "Meeting"),
)
# fmt: on
