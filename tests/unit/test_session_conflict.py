"""A save that finds the offer's file changed on disk stops the offer's saving at
once, on the saver's thread: a hang-up that comes before the app has heard of it
still knows to keep the unsaved edits as a conflicting copy."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from offertui.autosave import Autosaver, SaveResult
from offertui.session import OfferSession
from offertui.storage.errors import ConflictError
from offertui.storage.store import OfferStore


def test_a_save_refused_by_a_changed_file_marks_the_session_conflicted(
    store: OfferStore,
) -> None:
    offer = store.create("Acme", "Dev")
    reports: list[SaveResult] = []
    saver = Autosaver(reports.append, delay=60.0)  # only flush saves here
    session = OfferSession(store.open(offer.id), saver, DOMNode())
    try:
        session.update(replace(session.offer, company="Acme Japan"))
        assert [r.error for r in saver.flush()] == [None]
        path = store.path_for(offer.id)
        outside = path.read_bytes().replace(b'"Acme Japan"', b'"Acme Outside"')
        path.write_bytes(outside)
        session.update(replace(session.offer, company="Acme Japan More"))
        [result] = saver.flush()
        assert isinstance(result.error, ConflictError)
        assert session.conflicted
        assert session.conflict == ""  # the reason is the app's to show
        session.update(replace(session.offer, company="Acme Japan More Still"))
        assert not saver.pending  # nothing more is tried over the changed file
        assert path.read_bytes() == outside
    finally:
        saver.stop()
        session.close()
