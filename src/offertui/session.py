"""An offer open for editing: the latest state in memory and the file it saves to."""

from __future__ import annotations

from collections.abc import Callable

from offertui.autosave import Autosaver
from offertui.domain.offer import Offer
from offertui.storage.store import OfferFile


class OfferSession:
    """Shared by the workspace screens of one offer; every edit goes through `update`."""

    def __init__(self, file: OfferFile, autosaver: Autosaver) -> None:
        self.file = file
        self.offer = file.offer
        self._autosaver = autosaver
        self.listeners: list[Callable[[Offer], None]] = []
        # Set while the user decides how to settle a conflict; saving waits for them.
        self.conflicted = False

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def update(self, offer: Offer) -> None:
        """Make `offer` the current state and schedule it to be saved."""
        if offer == self.offer:
            return
        self.offer = offer
        if not self.read_only and not self.conflicted:
            self._autosaver.schedule(self.file.id, self._save)
        for listener in list(self.listeners):
            listener(offer)

    def _save(self) -> bool:
        return self.file.save(self.offer)

    def replace_from_disk(self) -> Offer:
        """Drop unsaved changes and take what the file now holds."""
        self.offer = self.file.reload()
        return self.offer

    def close(self) -> None:
        self.file.close()
