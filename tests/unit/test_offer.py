"""The offer's own small edits: a draft or a fact replaces only its namesake."""

from __future__ import annotations

from offertui.domain.offer import EmailDraft, Fact
from offertui.domain.questions import new_offer


def test_a_saved_draft_replaces_only_the_draft_of_its_kind_and_language() -> None:
    offer = new_offer("acme-dev", "Acme", "Dev")
    accept_en = EmailDraft("accept", "en", "Accepting", "Thank you")
    accept_ja = EmailDraft("accept", "ja", "内定承諾", "ありがとうございます")
    decline_en = EmailDraft("decline", "en", "Declining", "Sadly")
    offer = offer.with_draft(accept_en).with_draft(accept_ja).with_draft(decline_en)
    edited = EmailDraft("accept", "en", "Accepting, gladly", "Thank you again")
    offer = offer.with_draft(edited)
    assert set(offer.emails) == {accept_ja, decline_en, edited}
    assert offer.draft("accept", "en") == edited
    assert offer.draft("accept", "ja") == accept_ja
    assert offer.draft("negotiate", "en") is None


def test_a_fact_replaces_only_the_fact_with_its_key() -> None:
    offer = new_offer("acme-dev", "Acme", "Dev")
    offer = offer.with_fact(Fact("position", "Backend", "letter"))
    offer = offer.with_fact(Fact("contract", "正社員", "letter"))
    offer = offer.with_fact(Fact("position", "Platform team", "meeting", True))
    by_key = {fact.key: fact for fact in offer.facts}
    assert len(offer.facts) == 2
    assert by_key["position"] == Fact("position", "Platform team", "meeting", True)
    assert by_key["contract"] == Fact("contract", "正社員", "letter")
