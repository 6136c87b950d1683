"""Saving: how long one autosave takes, and the longest it blocks the UI's event loop.

An offer holding 2 KB, 100 KB and 1 MB of meeting notes is saved through offertui's
own store and autosaver, exactly as the app does after a keystroke. While the
background save runs, a coroutine on the event loop ticks every millisecond; the
longest gap between its ticks is how long the screen could not have been redrawn.

    python benchmarks/saving.py           # 2 KB, 100 KB, 1 MB; 15 saves each
    python benchmarks/saving.py --quick   # a small run for CI
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

from _harness import make_offers, median, ms, notes_of_size, p95, table

from offertui.autosave import Autosaver, SaveResult
from offertui.storage.store import OfferStore


async def one_save(saver: Autosaver, job_key: str, job: object) -> tuple[float, float]:
    """(time the save took, longest event-loop gap while it ran)."""
    done = threading.Event()
    took: list[float] = []

    def timed() -> bool:
        started = time.perf_counter()
        result = job()  # type: ignore[operator]
        took.append(time.perf_counter() - started)
        done.set()
        return bool(result)

    saver.schedule(job_key, timed)
    longest = 0.0
    last = time.perf_counter()
    while not done.is_set():
        await asyncio.sleep(0.001)
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    return took[0], longest


async def bench(size: int, saves: int, root: Path) -> list[str]:
    notes = notes_of_size(size)
    (offer_id,) = make_offers(root, 1, notes=notes)
    store = OfferStore(root)
    handle = store.open(offer_id)
    offer = handle.offer
    results: list[SaveResult] = []
    saver = Autosaver(results.append, delay=0.0)
    # Opening an offer readies its first save on the saving thread, as the app does.
    readied = threading.Event()
    began = time.perf_counter()
    saver.prepare(lambda: (handle.prepare(), readied.set()))
    readied.wait()
    ready = time.perf_counter() - began
    durations, gaps = [], []
    for n in range(saves + 1):
        offer = replace(offer, meeting=replace(offer.meeting, notes=offer.meeting.notes + "x"))
        snapshot = offer
        took, gap = await one_save(saver, offer_id, lambda s=snapshot: handle.save(s))
        if n:  # the first save merges every field; reported apart
            durations.append(took)
            gaps.append(gap)
        else:
            first = took
    saver.stop()
    handle.close()
    assert all(r.error is None for r in results), results
    return [
        f"{size // 1000:,} KB",
        ms(ready),
        ms(first),
        ms(median(durations)),
        ms(p95(durations)),
        ms(max(gaps)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--sizes", type=int, nargs="*", default=[2_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.saves, args.sizes = 3, [2_000, 100_000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            rows.append(asyncio.run(bench(size, args.saves, Path(tmp) / str(size))))
    print(f"\nOne autosave (median and p95 of {args.saves}), and the longest UI stall:\n")
    print(
        table(
            rows,
            [
                "notes",
                "readied at open",
                "first save",
                "save median",
                "save p95",
                "longest UI stall",
            ],
        )
    )


if __name__ == "__main__":
    main()
