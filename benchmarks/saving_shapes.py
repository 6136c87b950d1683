"""Saving long strings of every shape: how long one save takes, and how it grows.

A doubt (a string in a list), a pro (a list in a table), a one-line field and the
meeting notes (multi-line) are saved holding 400 KB and 1 MB of plain text, and of
text where every few characters need escaping (quotes, backslashes, control
characters). "readied at open" is what opening the offer does on the saving thread
before anything is typed, as the app does (tomlkit parses the file); "first save" the
first save after that (every field merged, and the write), "later save" one more
(what changed merged, and the write), as after a keystroke. Medians of a few runs.

    python benchmarks/saving_shapes.py           # 400 KB and 1 MB, 3 runs each
    python benchmarks/saving_shapes.py --quick   # 100 KB, 1 run
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from _harness import median, ms, table

from offertui.domain.offer import Offer
from offertui.storage.store import OfferStore

ESCAPES = 'a doubt with "quotes", a \\ backslash and a \x01 control, 日本語 '
PLAIN = "a plain doubt in plain words, 日本語も少し "

SHAPES: dict[str, Callable[[Offer, str], Offer]] = {
    "doubt": lambda o, t: replace(o, doubts=(t,)),
    "pro": lambda o, t: replace(o, decision=replace(o.decision, pros=(t,))),
    "one-line field": lambda o, t: replace(o, company=t),
    "notes": lambda o, t: replace(o, meeting=replace(o.meeting, notes=t.replace("、", "\n"))),
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def one(root: Path, shape: Callable[[Offer, str], Offer], text: str) -> tuple[float, float, float]:
    store = OfferStore(root)
    store.prepare()
    created = store.create("Acme", "Dev")
    handle = store.open(created.id)
    handle.save(shape(handle.offer, text))
    handle.close()
    handle = store.open(created.id)
    started = time.perf_counter()
    handle.prepare()
    readied = time.perf_counter() - started
    started = time.perf_counter()
    handle.save(replace(handle.offer, stage="meeting"))
    first = time.perf_counter() - started
    started = time.perf_counter()
    handle.save(shape(handle.offer, text + "!"))
    later = time.perf_counter() - started
    handle.close()
    return readied, first, later


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [100_000] if args.quick else [400_000, 1_000_000]
    runs = 1 if args.quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        n = 0
        for name, shape in SHAPES.items():
            for kind, unit in (("plain", PLAIN), ("escapes", ESCAPES)):
                for size in sizes:
                    times: list[list[float]] = [[], [], []]
                    for _ in range(runs):
                        n += 1
                        run = one(Path(folder) / str(n), shape, _text(unit, size))
                        for column, took in zip(times, run, strict=True):
                            column.append(took)
                    rows.append(
                        [name, kind, f"{size // 1000:,} KB", *(ms(median(t)) for t in times)]
                    )
    print(table(rows, ["field", "text", "size", "readied at open", "first save", "later save"]))


if __name__ == "__main__":
    main()
