"""The calendar of the offers in the store, as the command line and the app write it."""

from __future__ import annotations

from datetime import datetime

from offertui.domain.business_days import profile_closure
from offertui.domain.calendar import CalendarEvent, calendar_events, to_ics
from offertui.domain.offer import Offer
from offertui.storage.local_zone import local_zone
from offertui.storage.store import BrokenFile, NotFoundError, OfferStore

__all__ = ["calendar_file", "load_all"]


def load_all(store: OfferStore) -> tuple[list[Offer], list[BrokenFile]]:
    """Every offer in `store` that can be read, by id, and the files that cannot."""
    offers: list[Offer] = []
    broken: list[BrokenFile] = []
    for offer_id in store.ids():
        try:
            offers.append(store.load(offer_id))
        except NotFoundError:
            continue  # deleted since it was listed
        except BrokenFile as error:
            broken.append(error)
    return offers, broken


def calendar_file(
    offers: list[Offer], new_year_closure: str = "", now: datetime | None = None
) -> tuple[list[CalendarEvent], bytes]:
    """The events of `offers` and the .ics file holding them, in the user's time zone;
    deadline reminders skip the profile's New Year closure (`new_year_closure`)."""
    zone = local_zone()
    events = calendar_events(offers, zone, profile_closure(new_year_closure))
    return events, to_ics(events, zone, now or datetime.now(zone))
