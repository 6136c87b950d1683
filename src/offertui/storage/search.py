"""Searching every offer in the store: each file read in turn, broken ones counted."""

from __future__ import annotations

from dataclasses import dataclass, field

from offertui.domain.search import MAX_MATCHES, Match, search_offer
from offertui.storage.store import BrokenFile, NotFoundError, OfferStore

__all__ = ["SearchResult", "search_store"]


@dataclass(frozen=True)
class SearchResult:
    """The matches, and what could not be searched."""

    matches: list[Match] = field(default_factory=list)
    broken: list[BrokenFile] = field(default_factory=list)
    # True when there were more matches than the limit.
    truncated: bool = False


def search_store(store: OfferStore, query: str, limit: int = MAX_MATCHES) -> SearchResult:
    """The matches of `query` in every offer of `store`, offer by offer (by id)."""
    result = SearchResult()
    for offer_id in store.ids():
        try:
            offer = store.load(offer_id)
        except NotFoundError:
            continue  # deleted since it was listed
        except BrokenFile as error:
            result.broken.append(error)
            continue
        found = search_offer(offer, query, limit - len(result.matches) + 1)
        result.matches.extend(found)
        if len(result.matches) > limit:
            del result.matches[limit:]
            return SearchResult(result.matches, result.broken, truncated=True)
    return result
