"""Any text a person can type or paste survives a save and a load unchanged."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offertui.domain.offer import Question, clean_text
from offertui.storage.store import OfferStore

# Everything but lone surrogates, which no UTF-8 file can hold (tested below).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=any_text, answer=any_text, company=any_text.filter(lambda s: s.strip()))
def test_any_text_round_trips(store: OfferStore, notes: str, answer: str, company: str) -> None:
    # One offer for every example, each saved over the text the last one left: creating
    # it (the whole default question bank) each time made this the suite's slowest test.
    offer = store.load(store.ids()[0]) if store.ids() else store.create("Acme", "Dev")
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
    expected = clean_text  # only line ends are normalised
    assert loaded.meeting.notes == expected(notes)
    assert loaded.questions[0].answer == expected(answer)
    assert loaded.company == expected(company)
    assert store.ids() == [offer.id]


def test_awkward_strings_exactly() -> None:
    samples = [
        'quotes " and \'single\' and """triple"""',
        "back\\slash \\n not a newline \\",
        "tab\there\x00nul\x1besc\x7fdel",
        "日本語のメモ、絵文字 🎌👍🏽 and ZWJ 👩‍💻",
        'ends with quote"',
        "\n\nleading newlines",
    ]
    for text in samples:
        assert clean_text(text) == text


def test_line_ends_are_normalised_and_lone_surrogates_replaced() -> None:
    assert clean_text("a\r\nb") == "a\nb"
    assert clean_text("old mac\rline") == "old mac\nline"
    # Two line ends, as universal newlines read them; and once is enough.
    assert clean_text("a\r\r\nb") == "a\n\nb"
    assert clean_text(clean_text("a\r\r\nb")) == "a\n\nb"
    assert clean_text("bad \ud800 half") == "bad \ufffd half"
    assert clean_text("pair \ud83c\udf8c") == "pair 🎌"


def test_lone_surrogates_become_replacement_characters_at_the_store(store: OfferStore) -> None:
    # Whatever the caller: here nobody cleaned the text before handing it over.
    offer = store.create("Acme \udc80", "Dev")
    handle = store.open(offer.id)
    edited = replace(
        offer,
        company="Acme \ud800",
        meeting=replace(offer.meeting, notes="x\ud800y\r\r\nz"),
        doubts=("half \udfff",),
    )
    handle.save(edited)
    handle.close()
    loaded = store.load(offer.id)
    assert loaded.company == "Acme \ufffd"
    assert loaded.meeting.notes == "x\ufffdy\n\nz"
    assert loaded.doubts == ("half \ufffd",)
    copy = store.save_copy(replace(loaded, position="\udc80"))
    assert store.load(copy.id).position == "\ufffd"


def test_a_line_end_read_from_a_file_is_normalised_once_and_for_all(store: OfferStore) -> None:
    offer = store.create("Acme", "Dev")
    path = store.path_for(offer.id)
    text = path.read_text("utf-8").replace('position = "Dev"', 'position = "a\\r\\r\\nb\\rc"')
    path.write_text(text, "utf-8")
    assert store.load(offer.id).position == "a\n\nb\nc"


tricky = st.text(st.sampled_from(['"', "\\", "\n", "\r", "\t", "\x00", "\x7f", "a", "日", "'"]))


@settings(deadline=None)
@given(value=tricky)
def test_fast_multiline_escaping_is_valid_toml(value: str) -> None:
    import tomllib

    import tomlkit

    from offertui.storage.toml_write import multiline_string

    doc = tomlkit.document()
    doc["notes"] = multiline_string(value)
    assert tomllib.loads(doc.as_string())["notes"] == value


# Pieces of a basic string's body as a person or another program might write them.
_SHORT_ESCAPES = ("a", "日", "u0041", "n", '\\"', "\\\\", "\\n", "\\t", "\\b", "\\f", "\\r")
_UNICODE_ESCAPES = ("\\u0041", "\\u005c", "\\u005C", "\\u0000", "\\u0062", "\\U0001F600")
escaped_pieces = st.sampled_from([*_SHORT_ESCAPES, *_UNICODE_ESCAPES, "\\\\u0041", "\\\\\\\\"])


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(escaped_pieces, max_size=16), multiline=st.booleans())
def test_a_long_string_read_for_saving_holds_what_tomllib_reads(
    pieces: list[str], multiline: bool
) -> None:
    """The parser used before a save swaps escapes in bulk in a long string: it must
    give the value tomllib gives, escapes that stand for a backslash or NUL included."""
    import tomllib

    from offertui.storage.toml_parse import LONG, parse

    body = "".join(pieces) + "x" * LONG
    if multiline:
        body = body.replace('\\"', "q") + "\\\n   tail"  # and a line-ending backslash
    quotes = '"""' if multiline else '"'
    text = f"notes = {quotes}{body}{quotes}\n"
    document = parse(text)
    assert document.as_string() == text
    assert document["notes"] == tomllib.loads(text)["notes"]
