"""The timelines of the offers in the store, for what is due: from the summary cache
where it holds them, read from the file where it does not."""

from __future__ import annotations

from offertui.domain.due import Timeline, timeline_of
from offertui.domain.summary import OfferSummary
from offertui.storage.store import BrokenFile, NotFoundError, OfferStore

__all__ = ["store_timelines"]


def store_timelines(
    store: OfferStore, summaries: list[OfferSummary]
) -> tuple[list[Timeline], list[BrokenFile]]:
    """The timeline of each offer of `summaries` (as `OfferStore.scan` gave them), and
    the files that could not be read for one. Only an offer whose cached summary holds
    no timeline is read again."""
    timelines: list[Timeline] = []
    broken: list[BrokenFile] = []
    for summary in summaries:
        if summary.timeline is not None:
            timelines.append(summary.timeline)
            continue
        try:
            timelines.append(timeline_of(store.load(summary.id)))
        except NotFoundError:
            continue  # deleted since the scan
        except BrokenFile as error:
            broken.append(error)
    return timelines, broken
