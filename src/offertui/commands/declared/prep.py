"""The commands of Prep: its parts, the question bank and the doubts."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command, keyless

# fmt: off
PREP: Final[tuple[Command, ...]] = (
    keyless("previous_part", "Previous part", "The part of Prep before this one", "Prep"),
    Command(
        "show_section", "Prep: {}", "Show this part of Prep", "Prep", ("prep",),
        each="section_choices",
    ),
    keyless(
        "request_letter", "Ask for the offer letter",
        "Draft the email that asks the company for the written offer", "Prep",
    ),
    keyless(
        "edit_question", "Edit question",
        "Change the selected question's wording (enter in the list does the same)", "Prep",
    ),
    keyless(
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
    keyless(
        "restore_question", "Restore a default question",
        "Bring back a built-in question you deleted", "Prep",
    ),
    keyless(
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
    keyless("add_doubt", "Add doubt", "Write down something that feels off", "Prep"),
    keyless("edit_doubt", "Edit doubt", "Change the selected doubt", "Prep"),
)
# fmt: on
