"""`offertui calendar`: the offers' meetings, deadlines and reminders as an .ics file."""

from __future__ import annotations

import argparse
from pathlib import Path

from offertui.cli.output import warn, write_out_or_export


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.offer import Profile
    from offertui.storage.calendar import calendar_file, load_all
    from offertui.storage.store import BrokenFile, OfferStore

    store = OfferStore(root)
    ids: list[str] = args.ids
    if ids:
        offers = [store.load(offer_id) for offer_id in dict.fromkeys(ids)]
    else:
        offers, broken = load_all(store)
        for error in broken:
            warn(f"left out {error}")
    try:
        profile = store.load_profile()
    except BrokenFile as error:
        warn(f"{error}; the default New Year closure is used")
        profile = Profile()
    events, data = calendar_file(offers, profile.new_year_closure)
    text = data.decode("utf-8")
    count = f"{len(events)} event" + ("" if len(events) == 1 else "s")
    return write_out_or_export(text, args.output, lambda path: f"{count} written to {path}")
