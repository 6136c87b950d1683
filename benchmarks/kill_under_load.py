"""kill -9 under heavy load: how often text typed over a second before the kill is lost.

The statistical side of tests/functional/test_kill_under_load.py (which does four
kills to stay short): the same round, many times. Busy processes, six per core by
default, run for the whole run; in each round the real app opens an offer's Meeting
screen, notes are typed at about 16 characters a second for 2-4 s, the app is killed
with SIGKILL, and its file is read. A loss is a round whose file lacks something typed
more than `--bound` seconds before the kill; "oldest unsaved" is how long before the
kill the first key missing from the file was typed (under the bound is the promise).

    python benchmarks/kill_under_load.py              # 60 kills, 6 hogs a core
    python benchmarks/kill_under_load.py --kills 10   # a short run
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' terminal

from _harness import median
from tests.terminal import cpu_hogs, type_then_kill

from offertui.storage.store import OfferStore

KEY_GAP_SECONDS = 0.06


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--hogs-per-core", type=int, default=6)
    parser.add_argument("--bound", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    hogs = args.hogs_per_core * (os.cpu_count() or 1)
    print(f"{args.kills} kills beside {hogs} busy processes on {os.cpu_count()} cores")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    ages: list[float] = []
    losses = 0
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, cpu_hogs(hogs, seconds=args.kills * 60):
        for kill in range(args.kills):
            store = OfferStore(Path(tmp) / f"data-{kill}")
            store.prepare()
            store.create("Acme", "Dev")
            result = type_then_kill(store.root, rng.uniform(2.0, 4.0), KEY_GAP_SECONDS)
            required = result.typed_before(result.killed_at - args.bound)
            lost = not result.saved.startswith(required)
            stray = not result.everything.startswith(result.saved)
            losses += lost or stray
            age = result.oldest_unsaved_age()
            ages.append(age)
            loads.append(os.getloadavg()[0])
            print(
                f"kill {kill + 1:2}: typed {len(result.everything):3}, on disk "
                f"{len(result.saved):3}, oldest unsaved {age:.2f} s, load {loads[-1]:.1f}"
                + ("  LOST" if lost else "")
                + ("  NEVER TYPED" if stray else "")
            )
    print(
        f"kills {args.kills}, losses {losses}; oldest unsaved: median {median(ages):.2f} s, "
        f"max {max(ages):.2f} s; 1-minute load average during the run: "
        f"{min(loads):.1f}-{max(loads):.1f} (median {median(loads):.1f})"
    )
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
