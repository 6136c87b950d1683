"""Switching: key to the last change of the screen, between an offer's screens.

The real `offertui` and a bare Textual app with kept screens of a similar widget count
(`bare_screens.py`) run in turns in a pseudo-terminal at 100x30, so a load on the
machine falls on both alike. Each launch opens the first offer from the home (Enter),
visits every screen once with its F-key (first visits), walks the screens again
`--repeats` times (repeat switches), goes home (Escape) and opens the offer on its
Meeting screen (`m`). The offer has 100 KB of meeting notes. A switch ends at the last
output before a pause of `--quiet` seconds once the new screen's own text is shown.

    python benchmarks/switching.py           # 5 launches of each, 3 walks each
    python benchmarks/switching.py --quick   # a small run for CI
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import PtyProcess, bare_argv, make_offers, median, ms, notes_of_size, table
from _harness import offertui_argv as offertui

KEYS = {
    "overview": b"\x1bOQ",
    "prep": b"\x1bOR",
    "meeting": b"\x1bOS",
    "decision": b"\x1b[15~",
    "emails": b"\x1b[17~",
    "pay": b"\x1b[18~",
    "letter": b"\x1b[19~",
}
# Text each offertui screen shows and no other does.
MARKERS = {
    "overview": b"The offer",
    "prep": b" unanswered \xc2\xb7 ",  # its header: "… · N must-ask unanswered · …"
    "meeting": b"to start",
    "decision": b"Red flags",
    "emails": b"Request letter",
    "pay": b"Salary as written",
    "letter": b"Paste the offer letter",
}
NAMES = tuple(KEYS)

Times = dict[str, list[float]]


def switch(term: PtyProcess, key: bytes, marker: bytes, quiet: float) -> float:
    mark = term.mark()
    sent = term.send(key)
    end, _size = term.change(mark, marker, quiet=quiet)
    return end - sent


def one_launch(argv: list[str], markers: dict[str, bytes], repeats: int, quiet: float) -> Times:
    times: Times = {}

    def record(what: str, key: bytes, name: str) -> None:
        times.setdefault(what, []).append(switch(term, key, markers[name], quiet))

    term = PtyProcess(argv)
    try:
        term.wait_for(b"Company 0000")
        time.sleep(0.5)  # start-up settles: this measures switching, not starting
        record("home -> overview", b"\r", "overview")
        for name in NAMES[1:]:
            record(f"first {name}", KEYS[name], name)
        for _ in range(repeats):
            for name in NAMES:
                record(f"repeat {name}", KEYS[name], name)
        time.sleep(0.3)
        mark = term.mark()
        term.send(b"\x1b")
        term.change(mark, b"Company 0000", quiet=quiet)
        record("home -> meeting", b"m", "meeting")
        return times
    finally:
        term.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quiet", type=float, default=0.3)
    parser.add_argument("--quick", action="store_true", help="one launch of each, one walk")
    args = parser.parse_args()
    if args.quick:
        args.launches, args.repeats = 1, 1
    bare_markers = {name: f"bare-{name}-screen".encode() for name in NAMES}
    bare: Times = {}
    app: Times = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        make_offers(data, 1, notes=notes_of_size(100_000))
        for n in range(args.launches):
            for into, argv, markers in (
                (bare, bare_argv("bare_screens.py"), bare_markers),
                (app, offertui(data), MARKERS),
            ):
                for what, values in one_launch(argv, markers, args.repeats, args.quiet).items():
                    into.setdefault(what, []).extend(values)
            print(f"  launch {n + 1} of {args.launches} done", flush=True)
    print(report(bare, app, args.launches, args.repeats))


def report(bare: Times, app: Times, launches: int, repeats: int) -> str:
    bare_first = median([v for k, vs in bare.items() if k.startswith("first") for v in vs])
    bare_repeat = median([v for k, vs in bare.items() if k.startswith("repeat") for v in vs])
    rows = []
    for what in app:
        anchor = median(bare[what]) if what.startswith("repeat") else bare_first
        mine = median(app[what])
        rows.append(
            [what, ms(anchor), ms(mine), f"{mine / anchor:.2f}x", f"{mine / bare_repeat:.2f}x"]
        )
    all_repeat = median([v for k, vs in app.items() if k.startswith("repeat") for v in vs])
    rows.append(
        [
            "repeat, all screens",
            ms(bare_repeat),
            ms(all_repeat),
            f"{all_repeat / bare_repeat:.2f}x",
            f"{all_repeat / bare_repeat:.2f}x",
        ]
    )
    heading = (
        f"\nKey to the last change of the screen, medians over {launches} launches "
        f"({repeats} walks each); bare first visit {ms(bare_first).strip()}, "
        f"bare repeat switch {ms(bare_repeat).strip()}:\n"
    )
    return heading + table(
        rows,
        ["switch", "bare (same kind)", "offertui", "ratio", "vs bare repeat"],
    )


if __name__ == "__main__":
    main()
