"""Regional minimum wages (地域別最低賃金), read from the package's `minimum_wage.toml`.

The file gives, for each prefecture, the hourly minimum of the latest revision, the date
it takes effect and the figure in force before it, with its source (厚生労働省). The
prefecture of a job is the one of its place of work: a regional minimum wage binds the
establishments (事業場) in its prefecture (最低賃金法9条・10条; for a dispatched worker,
the client's establishment, 13条), which :func:`prefecture_in` finds in the letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

__all__ = ["MinimumWage", "Prefecture", "minimum_wage", "prefecture_in", "prefectures", "source"]


@dataclass(frozen=True)
class Prefecture:
    name: str  # 東京都
    name_en: str  # Tokyo
    aliases: tuple[str, ...]
    previous: int
    amount: int
    effective: date

    @property
    def short(self) -> str:
        """The name without 都, 道, 府 or 県 (北海道 stays whole)."""
        return self.name if self.name == "北海道" else self.name[:-1]


@dataclass(frozen=True)
class MinimumWage:
    """The minimum hourly wage in force in a prefecture on a day, and where it is from."""

    prefecture: Prefecture
    amount: int
    effective: date | None  # None: the previous year's figure, still in force
    source: str


@cache
def _data() -> tuple[str, tuple[Prefecture, ...]]:
    import tomllib

    text = resources.files("offertui.domain").joinpath("minimum_wage.toml").read_text("utf-8")
    data = tomllib.loads(text)
    items = tuple(
        Prefecture(
            name=entry["name"],
            name_en=entry["name_en"],
            aliases=tuple(entry["aliases"]),
            previous=int(entry["previous"]),
            amount=int(entry["amount"]),
            effective=entry["effective"],
        )
        for entry in data["prefecture"]
    )
    return str(data["source"]), items


def source() -> str:
    """Where the figures come from, to show next to them."""
    return _data()[0]


def prefectures() -> tuple[Prefecture, ...]:
    return _data()[1]


def find_prefecture(name: str) -> Prefecture | None:
    """The prefecture a user typed or stored: 東京都, 東京 or Tokyo alike."""
    cleaned = name.strip().lower()
    for entry in prefectures():
        if cleaned in (entry.name, entry.short, entry.name_en.lower()):
            return entry
    return None


def prefecture_in(text: str) -> Prefecture | None:
    """The prefecture named first in `text` (an address, "Tokyo head office", 横浜市)."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).lower()
    best: tuple[int, Prefecture] | None = None
    for entry in prefectures():
        # 京都 inside 東京都 is found one place after Tokyo's own name, so Tokyo wins.
        for word in (entry.name, entry.short, entry.name_en, *entry.aliases):
            at = folded.find(word.lower())
            if at != -1 and (best is None or at < best[0]):
                best = (at, entry)
    return None if best is None else best[1]


def minimum_wage(prefecture: Prefecture, on: date | None = None) -> MinimumWage:
    """The minimum wage in force in `prefecture` on `on` (the latest figure if `on` is
    not given)."""
    if on is not None and on < prefecture.effective:
        return MinimumWage(prefecture, prefecture.previous, None, source())
    return MinimumWage(prefecture, prefecture.amount, prefecture.effective, source())
