"""Whom an email is addressed to, by the rules of each language (offertui.domain.addressee)."""

from __future__ import annotations

import pytest

from offertui.domain.addressee import PersonName, addressee_ja, greeting_en, parse_name, role_ja

UNKNOWN = "[[recruiter's name in Latin letters]]"


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ("田中 花子", PersonName("田中 花子")),
        ("田中様", PersonName("田中")),
        ("田中 様", PersonName("田中")),
        ("田中　花子　様", PersonName("田中 花子")),
        ("田中さん", PersonName("田中")),
        ("田中殿", PersonName("田中")),
        ("田中氏", PersonName("田中")),
        ("Tanaka-san", PersonName("Tanaka")),
        ("Tanaka san", PersonName("Tanaka")),
        ("tanaka-SAMA", PersonName("tanaka")),
        ("Ms. Tanaka", PersonName("Tanaka", "Ms.")),
        ("ms tanaka", PersonName("tanaka", "Ms.")),
        ("Mr. Sato-san", PersonName("Sato", "Mr.")),
        ("Mrs. Suzuki", PersonName("Suzuki", "Mrs.")),
        ("Dr. Ito", PersonName("Ito", "Dr.")),
        ("  Tanaka,  ", PersonName("Tanaka")),
        # A name that merely contains the letters of an honorific keeps them.
        ("Sanada", PersonName("Sanada")),
        ("Msaki", PersonName("Msaki")),
        ("様", PersonName("様")),
        ("", PersonName("")),
    ],
)
def test_typed_honorifics_are_taken_off(typed: str, parsed: PersonName) -> None:
    assert parse_name(typed) == parsed


@pytest.mark.parametrize(
    ("name", "name_en", "greeting"),
    [
        ("Tanaka", "", "Dear Tanaka-san,"),
        ("Tanaka-san", "", "Dear Tanaka-san,"),
        ("Tanaka-sama", "", "Dear Tanaka-san,"),
        ("Ms. Tanaka", "", "Dear Ms. Tanaka,"),
        ("Ms. Tanaka-san", "", "Dear Ms. Tanaka,"),
        ("Hana Tanaka", "", "Dear Hana Tanaka,"),
        ("田中 花子", "Hana Tanaka", "Dear Hana Tanaka,"),
        ("田中様", "Tanaka", "Dear Tanaka-san,"),
        ("田中様", "Ms. Tanaka", "Dear Ms. Tanaka,"),
        ("田中", "", f"Dear {UNKNOWN},"),
        ("", "", "Dear Hiring Team,"),
    ],
)
def test_english_greeting(name: str, name_en: str, greeting: str) -> None:
    assert greeting_en(name, name_en, UNKNOWN) == greeting


@pytest.mark.parametrize(
    ("role", "name", "block"),
    [
        ("人事部", "田中", "会社\n人事部\n田中様"),
        ("", "田中さん", "会社\n田中様"),
        ("", "Ms. Tanaka", "会社\nTanaka様"),
        ("", "", "会社\n採用ご担当者様"),
        ("人事部", "", "会社\n人事部 採用ご担当者様"),
        ("採用担当", "", "会社\n採用ご担当者様"),
        ("人事部 採用担当", "", "会社\n人事部 採用ご担当者様"),
        ("人事部採用担当者", "", "会社\n人事部採用ご担当者様"),
        ("人事担当", "", "会社\n人事ご担当者様"),
        ("採用チーム", "", "会社\n採用チーム ご担当者様"),
        ("人事部長", "", "会社\n人事部長様"),
    ],
)
def test_japanese_addressee_block(role: str, name: str, block: str) -> None:
    assert addressee_ja("会社", role, name) == block
    assert "様様" not in block and "採用担当 採用" not in block


def test_the_romanised_name_addresses_a_japanese_draft_only_when_no_other_is_known() -> None:
    assert addressee_ja("", "", "", "Hana Tanaka") == "Hana Tanaka様"
    assert addressee_ja("", "", "田中 花子", "Hana Tanaka") == "田中 花子様"
    assert addressee_ja("", "", "") == "採用ご担当者様"


@pytest.mark.parametrize(
    ("role", "ja"),
    [
        ("人事部", "人事部"),
        ("HR", "人事部"),
        (" human  Resources ", "人事部"),
        ("Recruiter", "採用担当"),
        ("Talent Acquisition", "採用担当"),
        ("Engineering Manager", ""),
        ("", ""),
    ],
)
def test_english_roles_are_translated_or_left_out(role: str, ja: str) -> None:
    assert role_ja(role) == ja
