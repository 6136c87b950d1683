"""Typed reading of parsed TOML: each kind of value, and an error that names its key."""

from __future__ import annotations

import tomllib
from datetime import date, datetime

import pytest

from offertui.domain.profile import Profile
from offertui.storage.reader import (
    FormatError,
    Reader,
    error_line,
    line_of_key,
    profile_from_data,
    profile_to_data,
)


def _error(read: object) -> FormatError:
    """The FormatError that calling `read` raises."""
    assert callable(read)
    with pytest.raises(FormatError) as raised:
        read()
    return raised.value


def test_text_is_cleaned_and_a_missing_key_gives_the_default() -> None:
    top = Reader({"notes": "a\r\nb", "empty": ""})
    assert top.text("notes") == "a\nb"
    assert top.text("empty", "x") == ""  # present and empty is not missing
    assert top.text("absent") == "" and top.text("absent", "fallback") == "fallback"


def test_a_value_of_the_wrong_kind_names_its_path_and_key() -> None:
    inner = Reader({"meeting": {"notes": 3}}).table("meeting")
    error = _error(lambda: inner.text("notes"))
    assert (str(error), error.reason, error.key) == (
        "meeting.notes should be text",
        "meeting.notes should be text",
        "notes",
    )


def test_a_format_error_without_a_key_has_an_empty_one() -> None:
    error = FormatError("not an offer")
    assert (str(error), error.reason, error.key) == ("not an offer", "not an offer", "")


def test_true_or_false_is_never_a_count_but_is_a_flag() -> None:
    top = Reader({"count": True, "done": True, "off": False, "word": "yes"})
    assert str(_error(lambda: top.integer("count"))) == (
        "count should be a whole number, not true/false"
    )
    assert top.flag("done") is True and top.flag("off") is False
    assert top.flag("absent") is False and top.flag("absent", True) is True
    assert str(_error(lambda: top.flag("word"))) == "word should be true or false"


def test_a_whole_number_is_not_negative() -> None:
    top = Reader({"target": 9_000_000, "zero": 0, "below": -1, "half": 1.5})
    assert top.integer("target") == 9_000_000 and top.integer("zero") == 0
    assert top.integer("absent") is None
    error = _error(lambda: top.integer("below"))
    assert (str(error), error.key) == ("below should not be negative", "below")
    assert str(_error(lambda: top.integer("half"))) == "half should be a whole number"


def test_a_choice_is_one_of_those_allowed() -> None:
    top = Reader({"lang": "ja", "bad": "fr"})
    assert top.choice("lang", ("en", "ja"), "en") == "ja"
    assert top.choice("absent", ("en", "ja"), "en") == "en"
    error = _error(lambda: top.choice("bad", ("", "en", "ja"), ""))
    assert str(error) == "bad is 'fr'; expected one of 'en', 'ja'"
    assert error.key == "bad"


def test_a_day_and_a_moment_take_either_form() -> None:
    top = Reader({"day": date(2026, 12, 1), "at": datetime(2026, 12, 1, 14, 30), "n": 3})
    assert top.day("day") == date(2026, 12, 1)
    assert top.day("at") == date(2026, 12, 1) and type(top.day("at")) is date
    assert top.moment("at") == datetime(2026, 12, 1, 14, 30)
    assert top.moment("day") == datetime(2026, 12, 1, 0, 0)
    assert top.day("absent") is None and top.moment("absent") is None
    assert str(_error(lambda: top.day("n"))) == "n should be a date like 2026-12-01"
    assert str(_error(lambda: top.moment("n"))) == (
        "n should be a date and time like 2026-12-01T14:00:00"
    )


def test_a_list_of_texts_holds_only_text() -> None:
    top = Reader({"doubts": ["a\rb", "c"], "mixed": ["a", 1], "one": "a"})
    assert top.texts("doubts") == ("a\nb", "c")
    assert top.texts("absent") == ()
    mixed = _error(lambda: top.texts("mixed"))
    assert (str(mixed), mixed.key) == ("mixed should hold only text", "mixed")
    assert str(_error(lambda: top.texts("one"))) == "one should be a list of text"


def test_tables_name_their_place_in_errors() -> None:
    top = Reader({"meeting": {"attendees": [{"name": "Sato"}, {"name": 2}]}, "flat": [1]})
    meeting = top.table("meeting")
    assert meeting.path == "meeting."
    attendees = meeting.tables("attendees")
    assert [a.path for a in attendees] == ["meeting.attendees[1].", "meeting.attendees[2]."]
    assert attendees[0].text("name") == "Sato"
    assert str(_error(lambda: attendees[1].text("name"))) == (
        "meeting.attendees[2].name should be text"
    )
    assert top.table("absent").data == {} and top.table("absent").path == "absent."
    assert top.tables("absent") == []
    assert str(_error(lambda: top.tables("flat"))) == "flat should be [[flat]] tables"
    assert str(_error(lambda: top.table("flat"))) == "flat should be a table"


def test_an_empty_profile_file_is_the_default_profile() -> None:
    assert profile_from_data({}) == Profile()


def test_a_profile_reads_every_field_and_its_keys() -> None:
    data = tomllib.loads(
        """
        name_en = "Alex Kim"
        name_ja = "キム・アレックス"
        signature = "Alex"
        signature_ja = "キム"
        email_lang = "ja"
        theme = "nord"
        timestamp_notes = true
        new_year_closure = "12-30..01-04"
        [keys]
        save = "ctrl+s"
        quit = ["ctrl+q", "f10"]
        odd = 3
        """
    )
    profile = profile_from_data(data)
    assert profile == Profile(
        name_en="Alex Kim",
        name_ja="キム・アレックス",
        signature="Alex",
        email_lang="ja",
        theme="nord",
        timestamp_notes=True,
        new_year_closure="12-30..01-04",
        signature_ja="キム",
        keys=(("save", "ctrl+s"), ("quit", "ctrl+q,f10"), ("odd", "3")),
    )


def test_blank_theme_and_closure_fall_back_to_the_defaults() -> None:
    profile = profile_from_data({"theme": "", "new_year_closure": ""})
    assert (profile.theme, profile.new_year_closure) == ("textual-dark", "12-29..01-03")
    assert str(_error(lambda: profile_from_data({"email_lang": "de"}))).startswith(
        "email_lang is 'de'"
    )


def test_a_profile_written_reads_back_the_same_without_an_empty_japanese_signature() -> None:
    profile = Profile(name_en="A", signature="S", email_lang="ja", timestamp_notes=True)
    data = profile_to_data(profile)
    assert data["signature_ja"] is None  # left out of the file, not written empty
    assert profile_from_data({k: v for k, v in data.items() if v is not None}) == profile
    full = profile_to_data(Profile(signature_ja="キム"))
    assert full == {
        "name_en": "",
        "name_ja": "",
        "signature": "",
        "signature_ja": "キム",
        "email_lang": "en",
        "theme": "textual-dark",
        "timestamp_notes": False,
        "new_year_closure": "12-29..01-03",
        "export_folder": None,  # the documents folder: left out of the file
    }


def test_the_line_of_a_parse_error_is_read_from_tomllibs_message() -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as raised:
        tomllib.loads('a = 1\nb = "x\nc = 2\n')
    assert error_line(str(raised.value)) == 2
    assert error_line("Invalid value (at line 12, column 3)") == 12
    assert error_line("no position here") is None


def test_the_line_of_a_key_points_at_its_assignment_or_its_table() -> None:
    text = 'company = "A"\n\n[meeting]\n  notes = "x"\n[[meeting.attendees]]\nname = 1\n'
    assert line_of_key(text, "company") == 1
    assert line_of_key(text, "notes") == 4
    assert line_of_key(text, "name") == 6
    assert line_of_key(text, "attendees") == 5  # no assignment: the table's header
    assert line_of_key(text, "meeting") == 3
    assert line_of_key(text, "absent") is None
    assert line_of_key(text, "") is None
    assert line_of_key("a.b = 1\n", "a.b") == 1  # the key is matched as written, not a regex
    assert line_of_key("axb = 1\n", "a.b") is None
    assert line_of_key("\nkey = 1\n", "key") == 2  # a blank first line is a line too
