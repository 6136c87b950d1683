"""A deleted offer comes back from the home, its file byte for byte as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from offertui.storage.store import OfferStore
from tests.helpers import Notifications, wait_until

AppFactory = Callable[..., Any]


async def test_u_brings_back_the_last_deleted_offers_byte_identical(
    make_app: AppFactory, store: OfferStore
) -> None:
    first = store.create("Acme", "Dev")
    second = store.create("Beta", "Ops")
    path = store.path_for(first.id)
    # Hand-edited bytes: a comment and an odd layout that a rewrite would lose.
    path.write_bytes(path.read_bytes() + b"\n# kept by hand\nextra_key   =  'x'\n")
    before = {o: store.path_for(o).read_bytes() for o in (first.id, second.id)}
    app = make_app()
    notes = Notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("delete")  # the key that asked, again
            await pilot.pause()
        assert store.ids() == []
        assert notes.any_contains("u brings it back")
        await pilot.press("u")
        await wait_until(pilot, lambda: len(store.ids()) == 1, what="one offer restored")
        # Named as the user knows it, not by its file (which a toast cut mid-word).
        assert "Restored Beta — Ops." in notes.messages
        await pilot.press("u")
        await wait_until(pilot, lambda: len(store.ids()) == 2, what="both restored")
        assert app.screen.table.row_count == 2
        await pilot.press("u")  # nothing left to bring back: said, nothing changes
        await pilot.pause()
        assert notes.any_contains("Nothing was deleted since offertui started")
    assert {o: store.path_for(o).read_bytes() for o in store.ids()} == before
    assert list(store.trash_dir.iterdir()) == []


def test_restore_never_replaces_an_offer_that_took_the_name(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    data = store.path_for(offer.id).read_bytes()
    trashed = store.trash(offer.id)
    newer = store.create("Acme", "Dev")  # takes the freed name
    assert newer.id == offer.id
    newer_data = store.path_for(newer.id).read_bytes()
    restored = store.restore(trashed, offer.id)
    assert restored == f"{offer.id}-2"
    assert store.path_for(restored).read_bytes() == data
    assert store.path_for(newer.id).read_bytes() == newer_data
    assert not trashed.exists()
