"""The pay terms of one offer as the letter states them, checked and stored.

:class:`PayModel` holds the pieces **exactly as the letter writes them** (a 月給 of
350,000 "including fixed overtime" is 350,000 with ``includes_fixed_overtime=True``);
:mod:`offertui.domain.pay` adds them up. Reading a stored model checks every field's
kind, so a hand-edited file with a wrong value is reported, never silently used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal

from offertui.domain.pay_rules import DEFAULT_SCHEDULED_HOURS

__all__ = ["Basis", "PayModel"]

Basis = Literal["monthly", "annual"]

_ANNUAL_PARTS = (12, 14, 16)
_DAYS_PER_YEAR = 365


@dataclass(frozen=True)
class PayModel:
    """The pay terms of one offer, as the letter states them (unknowns are ``None``).

    Yen amounts are whole yen. Edit with :func:`dataclasses.replace`; invalid values
    raise :class:`ValueError` on construction.

    - ``basis``: ``"monthly"`` for 月給制, ``"annual"`` for 年俸制.
    - ``monthly_base`` / ``annual_salary``: the 月給 or 年俸 as the letter writes it.
    - ``includes_fixed_overtime``: that figure includes the fixed overtime; the base
      pay is then the figure less the fixed overtime (× 12 for a 年俸).
    - ``annual_parts``: how many payments the 年俸 is split into (12, 14 or 16).
    - ``bonus_months``: bonus a year in months of the monthly base (for 年俸, of its
      twelfth), only a bonus on top of the 年俸; ``bonus_guaranteed`` /
      ``bonus_performance_only``: what the letter promises of it.
    - ``fixed_overtime_hours`` / ``fixed_overtime_amount``: hours a month the fixed
      overtime covers, and its yen a month.
    - ``commute_allowance``, ``housing_allowance``, ``family_allowance`` (家族手当,
      子女教育手当, 別居手当) and ``other_allowance`` (職務手当, 資格手当 and other
      monthly allowances): yen a month.
    - ``housing_allowance_flat``: the 住宅手当 is paid the same to everyone (or by family
      status, not by the cost of the housing). Only a housing allowance that varies with
      the rent or loan is a 除外賃金 (施行規則21条; 平成11年3月31日基発170号), so a flat one
      counts in the overtime base. Off by default: the base then leaves it out, the
      reading that never claims more overtime pay than the law surely gives.
    - ``scheduled_hours_per_month``: 所定労働時間 a month if the letter states it;
      otherwise it comes from ``daily_hours`` and ``annual_days_off`` (年間休日).
    - ``prefecture``: where the place of work is, for the minimum wage.

    The annual total the letter states (想定年収) is the offer's ``annual_pay``, kept
    in one place; older files that held it here as ``stated_annual_total`` load it there.
    """

    basis: Basis = "monthly"
    monthly_base: int | None = None
    annual_salary: int | None = None
    annual_parts: int = 12
    includes_fixed_overtime: bool = False
    bonus_months: float | None = None
    bonus_guaranteed: bool = False
    bonus_performance_only: bool = False
    fixed_overtime_hours: float | None = None
    fixed_overtime_amount: int | None = None
    commute_allowance: int | None = None
    housing_allowance: int | None = None
    housing_allowance_flat: bool = False
    family_allowance: int | None = None
    other_allowance: int | None = None
    scheduled_hours_per_month: float | None = None
    daily_hours: float | None = None
    annual_days_off: int | None = None
    prefecture: str = ""

    def __post_init__(self) -> None:
        if self.basis not in ("monthly", "annual"):
            raise ValueError(f"Pay basis must be 'monthly' or 'annual', not {self.basis!r}.")
        if self.annual_parts not in _ANNUAL_PARTS:
            raise ValueError("An annual salary is paid in 12, 14 or 16 parts.")
        for name in (*_INT_FIELDS, "bonus_months", "fixed_overtime_hours"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{_LABELS[name]} can't be negative.")
        for name in ("scheduled_hours_per_month", "daily_hours"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{_LABELS[name]} must be more than zero.")
        if self.daily_hours is not None and self.daily_hours > 24:
            raise ValueError("A day has at most 24 hours.")
        if self.annual_days_off is not None and not 0 <= self.annual_days_off < _DAYS_PER_YEAR:
            raise ValueError("Days off a year must be between 0 and 364.")

    @property
    def has_fixed_overtime(self) -> bool:
        """Whether the offer includes fixed overtime (hours or amount given and not zero)."""
        return bool(self.fixed_overtime_hours) or bool(self.fixed_overtime_amount)

    @property
    def written(self) -> int | None:
        """The 月給 or 年俸 as the letter writes it, for the chosen basis."""
        return self.annual_salary if self.basis == "annual" else self.monthly_base

    @property
    def base_is_known(self) -> bool:
        """Whether the base pay without fixed overtime can be told from what was entered."""
        if self.written is None:
            return False
        return not self.includes_fixed_overtime or self.fixed_overtime_amount is not None

    def to_dict(self) -> dict[str, str | int | float | bool]:
        """A plain dict for TOML storage; ``None`` and the defaults of new keys are left out."""
        out: dict[str, str | int | float | bool] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or (f.name in _OMIT_WHEN_DEFAULT and value == f.default):
                continue
            # Floats stay floats (45 hours is written 45.0) so the TOML type is stable.
            out[f.name] = float(value) if _FIELD_KINDS[f.name] == "float" else value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PayModel:
        """Rebuild a model from :meth:`to_dict` output (e.g. read back from TOML).

        Missing keys take their defaults and unknown keys are ignored, so files
        written by older or newer versions still load. A value of the wrong type
        raises :class:`ValueError` naming the key.
        """
        kwargs: dict[str, Any] = {}
        for name, kind in _FIELD_KINDS.items():
            if name not in data or data[name] is None:
                continue
            kwargs[name] = _coerce(name, kind, data[name])
        # Files from before daily hours were kept always held 160.0, entered or not:
        # read as "not entered", which gives the same 160 unless daily hours are set.
        if kwargs.get("scheduled_hours_per_month") == DEFAULT_SCHEDULED_HOURS:
            del kwargs["scheduled_hours_per_month"]
        return cls(**kwargs)


_INT_FIELDS = (
    "monthly_base",
    "annual_salary",
    "fixed_overtime_amount",
    "commute_allowance",
    "housing_allowance",
    "family_allowance",
    "other_allowance",
)

# New keys stay out of a file while they hold their default, so old files are unchanged.
_OMIT_WHEN_DEFAULT = ("includes_fixed_overtime", "prefecture", "housing_allowance_flat")

# How each stored field is checked when loading; drives from_dict.
_FIELD_KINDS: dict[str, Literal["basis", "int", "float", "bool", "str"]] = {
    "basis": "basis",
    "monthly_base": "int",
    "annual_salary": "int",
    "annual_parts": "int",
    "includes_fixed_overtime": "bool",
    "bonus_months": "float",
    "bonus_guaranteed": "bool",
    "bonus_performance_only": "bool",
    "fixed_overtime_hours": "float",
    "fixed_overtime_amount": "int",
    "commute_allowance": "int",
    "housing_allowance": "int",
    "housing_allowance_flat": "bool",
    "family_allowance": "int",
    "other_allowance": "int",
    "scheduled_hours_per_month": "float",
    "daily_hours": "float",
    "annual_days_off": "int",
    "prefecture": "str",
}

_LABELS = {
    "monthly_base": "Monthly pay",
    "annual_salary": "Annual salary",
    "fixed_overtime_amount": "Fixed overtime pay",
    "commute_allowance": "Commute allowance",
    "housing_allowance": "Housing allowance",
    "family_allowance": "Family allowance",
    "other_allowance": "Other allowances",
    "bonus_months": "Bonus months",
    "fixed_overtime_hours": "Fixed overtime hours",
    "scheduled_hours_per_month": "Scheduled hours per month",
    "daily_hours": "Hours a day",
}


def _coerce(name: str, kind: str, value: object) -> object:
    # bool is a subclass of int, so it is rejected explicitly for numbers.
    if kind in ("basis", "str"):
        if isinstance(value, str):
            return value  # a basis is validated by PayModel
        raise ValueError(f"pay.{name} must be text, got {value!r}.")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValueError(f"pay.{name} must be true or false, got {value!r}.")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
        raise ValueError(f"pay.{name} must be a whole number, got {value!r}.")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError(f"pay.{name} must be a number, got {value!r}.")
