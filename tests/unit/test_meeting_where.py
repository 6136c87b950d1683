"""The meeting's link and place: kept in the file, optional, and absent from old files."""

from __future__ import annotations

import re
from dataclasses import replace

from offertui.storage.store import OfferStore


def test_link_and_place_round_trip_and_clearing_removes_them(store: OfferStore) -> None:
    created = store.create("Acme K.K.", "Backend Engineer")
    link = 'https://meet.example.com/abc-defg-hij?pwd=1&x="y"'
    place = "東京都千代田区丸の内1-1-1 8階\n受付で「田中様」と"
    handle = store.open(created.id)
    handle.save(replace(created, meeting=replace(created.meeting, link=link, place=place)))
    loaded = store.load(created.id)
    assert (loaded.meeting.link, loaded.meeting.place) == (link, place)
    handle.save(replace(loaded, meeting=replace(loaded.meeting, link="", place="")))
    handle.close()
    text = store.path_for(created.id).read_text("utf-8")
    assert not re.search(r"^(link|place) *=", text, re.MULTILINE)
    assert store.load(created.id).meeting.link == ""
