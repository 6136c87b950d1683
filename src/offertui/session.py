"""An offer open for editing: the latest state in memory and the file it saves to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.signal import Signal

from offertui.autosave import Autosaver
from offertui.storage.errors import ConflictError
from offertui.storage.store import OfferFile

if TYPE_CHECKING:
    # The offer model is not needed to open the home; sessions only pass offers on.
    from offertui.domain.offer import Offer


@dataclass(frozen=True)
class OfferChange:
    """What `OfferSession.changed` tells its subscribers.

    `from_disk` is set when the offer was read again from its file (after a conflict):
    a screen then shows it afresh instead of keeping what its fields hold. `by` is the
    screen that made an edit, so it can leave itself out of the repaint.
    """

    offer: Offer
    from_disk: bool = False
    by: object | None = None


class OfferSession:
    """Shared by the screens of one offer; every edit goes through `update`.

    Screens that show the offer subscribe to `changed` (a Textual signal owned by the
    app) to hear about edits made elsewhere and about the file being read again.
    """

    def __init__(self, file: OfferFile, autosaver: Autosaver, owner: DOMNode) -> None:
        self.file = file
        self.offer = file.offer
        self._autosaver = autosaver
        self.changed: Signal[OfferChange] = Signal(owner, f"offer-changed:{file.id}")
        # Set while the user decides how to settle a conflict; saving waits for them.
        # `conflict` says what happened to the file ("… was changed by another program").
        self.conflicted = False
        self.conflict = ""
        if not file.read_only:
            autosaver.prepare(file.prepare)
        # The language the questions are shown in while the offer is open, when the user
        # switched away from the meeting's own (Overview sets that); None: the meeting's.
        # A look, not a setting: it goes when the offer is closed.
        self.question_lang: str | None = None

    @property
    def meeting_lang(self) -> str:
        """The language the meeting is held in, as Overview stores it: "en" or "ja"."""
        return "ja" if self.offer.meeting.language == "ja" else "en"

    @property
    def shown_lang(self) -> str:
        """The language Prep and the Meeting show the questions in: "en" or "ja"."""
        return self.question_lang or self.meeting_lang

    def switch_question_lang(self) -> str:
        """Show the questions in the other language until the offer is closed (or back
        in the meeting's own); the language now shown."""
        lang = "en" if self.shown_lang == "ja" else "ja"
        self.question_lang = None if lang == self.meeting_lang else lang
        return lang

    @property
    def id(self) -> str:
        return self.file.id

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def update(self, offer: Offer, by: object | None = None) -> None:
        """Make `offer` the current state and schedule it to be saved."""
        if offer == self.offer:
            return
        self.offer = offer
        if not self.read_only and not self.conflicted:
            self._autosaver.schedule(self.file.id, self._save)
        self.changed.publish(OfferChange(offer, by=by))

    def _save(self) -> bool:
        try:
            return self.file.save(self.offer)
        except ConflictError:
            # Saving stops at once, on the saver's thread: a signal that comes before
            # the app hears of it keeps these edits as a conflicting copy (see save_before_exit).
            self.conflicted = True
            raise

    def replace_from_disk(self, carry: Callable[[Offer], Offer] | None = None) -> Offer:
        """Drop unsaved changes and take what the file now holds; with `carry`, take
        what it makes of that (edits carried onto it), saved as any edit is."""
        theirs = self.file.reload()
        self.offer = carry(theirs) if carry is not None else theirs
        if not self.read_only:  # its next save as quick as any, as at opening
            self._autosaver.prepare(self.file.prepare)
            if self.offer != theirs:
                self._autosaver.schedule(self.file.id, self._save)
        self.changed.publish(OfferChange(self.offer, from_disk=True))
        return self.offer

    def close(self) -> None:
        self.file.close()
