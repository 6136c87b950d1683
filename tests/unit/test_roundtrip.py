"""Any text a person can type or paste survives a save and a load unchanged."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offertui.domain.offer import Question, clean_text
from offertui.storage.store import OfferStore

# Everything but lone surrogates, which no UTF-8 file can hold (tested below).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(notes=any_text, answer=any_text, company=any_text.filter(lambda s: s.strip()))
def test_any_text_round_trips(store: OfferStore, notes: str, answer: str, company: str) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    edited = replace(
        offer,
        company=company,
        meeting=replace(offer.meeting, notes=notes),
        questions=(Question("q", "other", "What?", answer=answer),),
    )
    handle.save(edited)
    handle.close()
    loaded = store.load(offer.id)
    expected = clean_text  # only CRLF is normalised
    assert loaded.meeting.notes == expected(notes)
    assert loaded.questions[0].answer == expected(answer)
    assert loaded.company == expected(company)
    store.path_for(offer.id).unlink()


def test_awkward_strings_exactly() -> None:
    samples = [
        'quotes " and \'single\' and """triple"""',
        "back\\slash \\n not a newline \\",
        "tab\there\x00nul\x1besc\x7fdel",
        "日本語のメモ、絵文字 🎌👍🏽 and ZWJ 👩‍💻",
        'ends with quote"',
        "lone CR \r stays",
        "\n\nleading newlines",
    ]
    for text in samples:
        assert clean_text(text) == text


def test_crlf_is_normalised_and_lone_surrogates_replaced() -> None:
    assert clean_text("a\r\nb") == "a\nb"
    assert clean_text("bad \ud800 half") == "bad \ufffd half"
    assert clean_text("pair \ud83c\udf8c") == "pair 🎌"


def test_lone_surrogate_does_not_crash_a_save(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    handle = store.open(offer.id)
    edited = replace(offer, meeting=replace(offer.meeting, notes=clean_text("x\ud800y")))
    handle.save(edited)
    handle.close()
    assert store.load(offer.id).meeting.notes == "x\ufffdy"


tricky = st.text(st.sampled_from(['"', "\\", "\n", "\r", "\t", "\x00", "\x7f", "a", "日", "'"]))


@settings(max_examples=400, deadline=None)
@given(value=tricky)
def test_fast_multiline_escaping_is_valid_toml(value: str) -> None:
    import tomllib

    import tomlkit

    from offertui.storage.toml_write import multiline_string

    doc = tomlkit.document()
    doc["notes"] = multiline_string(value)
    assert tomllib.loads(doc.as_string())["notes"] == value
