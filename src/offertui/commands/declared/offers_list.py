"""The commands of the Offers list (the home), and Delete, which lists share."""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command

# The lists whose highlighted item Delete removes.
_OFFER_LISTS = ("home", "question_list", "doubt_list", "decision", "rounds")

# fmt: off
OFFERS_LIST: Final[tuple[Command, ...]] = (
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
)
# fmt: on
