"""The keys that give names, reasons and signatures in each language, in the offer and
profile files: they round-trip, and files written before them still load."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from offertui.domain.offer import Contact, Decision, Meeting, Negotiation, Profile
from offertui.storage.store import OfferStore


def test_the_bilingual_offer_keys_round_trip(store: OfferStore) -> None:
    offer = store.create("株式会社サクラ", "Backend Engineer")
    edited = replace(
        offer,
        contact=Contact(name="田中 花子", role="人事部", name_en="Hana Tanaka"),
        meeting=Meeting(language="ja"),
        negotiation=Negotiation(reasons="Eight years", reasons_ja="8年間の経験"),
        decision=Decision(
            choice="accept",
            reason="The team",
            reason_ja="チームの技術力",
            attachment="the signed acceptance form",
            attachment_ja="署名済みの内定承諾書",
        ),
        visa_support=True,
    )
    handle = store.open(offer.id)
    handle.save(edited)
    handle.close()
    assert store.load(offer.id) == edited
    data = tomllib.loads(store.path_for(offer.id).read_text("utf-8"))
    assert data["contact"]["name_en"] == "Hana Tanaka"
    assert data["meeting"]["language"] == "ja"
    assert data["negotiation"]["reasons_ja"] == "8年間の経験"
    assert data["decision"]["attachment_ja"] == "署名済みの内定承諾書"
    assert data["visa_support"] is True
    # Cleared, they leave the file again.
    handle = store.open(offer.id)
    handle.save(replace(edited, visa_support=None, contact=Contact(name="田中 花子")))
    handle.close()
    data = tomllib.loads(store.path_for(offer.id).read_text("utf-8"))
    assert "visa_support" not in data and "name_en" not in data["contact"]


def test_an_offer_file_written_before_these_keys_loads(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    loaded = store.load(offer.id)
    assert loaded.contact.name_en == ""
    assert loaded.meeting.language == ""
    assert loaded.visa_support is None
    assert (loaded.decision.reason_ja, loaded.decision.attachment) == ("", "")


def test_the_japanese_signature_round_trips_and_an_old_profile_loads(store: OfferStore) -> None:
    store.profile_path.write_text('name_en = "Alex"\nsignature = "Alex\\n080"\n', "utf-8")
    old = store.load_profile()
    assert old == Profile(name_en="Alex", signature="Alex\n080")
    profile = replace(old, name_ja="アレックス", signature_ja="アレックス\n080")
    store.save_profile(profile)
    assert store.load_profile() == profile
    assert 'signature_ja = "' in store.profile_path.read_text("utf-8")
