"""Which keys on the Offers home are a sentence being typed, not commands."""

from __future__ import annotations

from textual import events

from offertui.screens.home_typing import NOTICE_GAP_SECONDS, RUN_GAP_SECONDS, HomeTyping


def _key(character: str) -> events.Key:
    key = {" ": "space", ",": "comma"}.get(character, character)
    return events.Key(key, character)


COMMANDS = set("ndumcgps/ ")


def _refused(text: str, gap: float = 0.05, start: float = 100.0) -> str:
    typing = HomeTyping()
    refused = []
    for n, character in enumerate(text):
        if typing.refuses(_key(character), character in COMMANDS, now=start + n * gap):
            refused.append(character)
    return "".join(refused)


def test_a_sentence_typed_on_is_refused_after_its_first_letter() -> None:
    # t is no command and starts the run; every key after it is refused, p and the spaces too.
    assert _refused("they pay, sorry") == "hey pay, sorry"


def test_command_letters_pressed_alone_act() -> None:
    assert _refused("n", gap=1.0) == ""
    assert _refused("pmc", gap=1.0) == ""
    # A command does not start a run: space then c, quickly, marks and compares.
    assert _refused(" c", gap=0.05) == ""


def test_a_pause_ends_the_run() -> None:
    slow = RUN_GAP_SECONDS + 0.1
    assert _refused("tp", gap=slow) == ""


def test_a_key_that_is_not_typed_ends_the_run() -> None:
    typing = HomeTyping()
    assert not typing.refuses(_key("t"), False, now=1.0)
    assert not typing.refuses(events.Key("down", None), False, now=1.1)
    assert not typing.refuses(_key("p"), True, now=1.2)


def test_the_notice_is_given_once_a_run() -> None:
    typing = HomeTyping()
    assert typing.should_tell(now=10.0)
    assert not typing.should_tell(now=10.5)
    assert typing.should_tell(now=10.0 + NOTICE_GAP_SECONDS + 0.1)
