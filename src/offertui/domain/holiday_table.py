"""Japan's public holidays as a table shipped with the package, for the years around now.

Importing the ``holidays`` package loads every country it knows, about 200 ms of work
that landed on the home just after start-up, while the user may already be opening an
offer. The years offers are about are written out once from that package into
``domain/data/jp_holidays.json``; a year outside them is still asked of the package. A
test compares the table with the package, so an update of the package that changes a
holiday shows, and this module writes the table again:

    python -m offertui.domain.holiday_table
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2015, 2045
TABLE = Path(__file__).parent / "data" / "jp_holidays.json"


def from_package(year: int) -> dict[date, str]:
    """The year's public holidays as the ``holidays`` package counts them."""
    import holidays

    return dict(holidays.country_holidays("JP", years=year).items())


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    years: dict[str, dict[str, str]] = json.loads(TABLE.read_text(encoding="utf-8"))["years"]
    return years


def public_holidays(year: int) -> dict[date, str]:
    """The year's public holidays (substitute and citizens' holidays included)."""
    written = _table().get(str(year))
    if written is None:
        return from_package(year)
    return {date.fromisoformat(day): name for day, name in written.items()}


def write_table() -> None:
    """Write the table again from the ``holidays`` package."""
    years = {
        str(year): {day.isoformat(): name for day, name in sorted(from_package(year).items())}
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    }
    from importlib.metadata import version

    source = f"holidays {version('holidays')}, country JP"
    TABLE.write_text(
        json.dumps({"source": source, "years": years}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    write_table()
