"""The summary cache is keyed by SUMMARY_VERSION and the release, not by the source
files: a change to what `summarize` makes must come with a bump of the version, or
the Offers home goes on showing summaries made by the old rules."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from offertui.domain.offer import Offer
from offertui.domain.summary import SUMMARY_VERSION, summarize
from offertui.storage.store import OfferStore
from tests.decision_offers import seed_three
from tests.timeline_offers import timeline_offers

# What `summarize` made of the offers below under this SUMMARY_VERSION.
DIGESTS = {
    3: "b36e9fde4a0db923f0b587539bf39d5731c9ce90741b9ddf0653ba057a0855eb",
}


def _offers(tmp_path: Path) -> list[Offer]:
    store = OfferStore(tmp_path)
    store.prepare()
    return [*timeline_offers(), *seed_three(store)]


def _digest(offers: list[Offer]) -> str:
    made = [summarize(offer).to_json() for offer in offers]
    text = json.dumps(made, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_summary_made_differently_comes_with_a_new_summary_version(tmp_path: Path) -> None:
    digest = _digest(_offers(tmp_path))
    assert DIGESTS.get(SUMMARY_VERSION) == digest, (
        "summarize() makes other summaries of the fixture offers than SUMMARY_VERSION "
        f"{SUMMARY_VERSION} did, so caches made by the old rules would still be shown. "
        "Bump SUMMARY_VERSION in domain/summary.py and add its digest to DIGESTS here: "
        f"{SUMMARY_VERSION + 1}: {digest!r}"
    )


def test_the_digest_sees_a_change_in_one_summary(tmp_path: Path) -> None:
    offers = _offers(tmp_path)
    first, *rest = offers
    changed = replace(first, company=first.company + " KK")
    assert _digest([changed, *rest]) != _digest(offers)
