"""Open an offer: from the Offers home to the Meeting screen, ready to type.

The real `offertui` runs in a pseudo-terminal with one offer holding 100 KB of meeting
notes. Two ways are timed: `m` on the home opens the offer straight on its Meeting
screen; Enter opens the Overview and F4 then shows the Meeting screen. The clock
stops when the end of the notes is on screen, which is when the candidate can type.

    python benchmarks/open_offer.py           # 11 rounds after a warm-up
    python benchmarks/open_offer.py --quick   # a small run for CI
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import PtyProcess, make_offers, median, ms, notes_of_size, offertui_argv, table

F4 = b"\x1bOS"


def one_round(data: Path, tail: bytes) -> tuple[float, float, float]:
    term = PtyProcess(offertui_argv(data))
    try:
        term.wait_for(b"Company 0000")
        time.sleep(0.5)  # let start-up settle: this measures opening, not starting
        mark = term.mark()
        sent = term.send(b"m")
        direct = term.wait_for(tail, since=mark) - sent
        time.sleep(0.3)
        mark = term.mark()
        term.send(b"\x1b")  # back to the home
        term.wait_for(b"Company 0000", since=mark)
        time.sleep(0.3)
        mark = term.mark()
        sent = term.send(b"\r")
        overview = term.wait_for(b"Overview", since=mark) - sent
        time.sleep(0.3)
        mark = term.mark()
        sent = term.send(F4)
        meeting = term.wait_for(tail, since=mark) - sent
        return direct, overview, meeting
    finally:
        term.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    args = parser.parse_args()
    if args.quick:
        args.rounds = 3
    with tempfile.TemporaryDirectory() as tmp:
        notes = notes_of_size(args.size)
        tail = notes.rsplit("\n", 1)[-1][-24:].encode()
        data = Path(tmp) / "data"
        make_offers(data, 1, notes=notes)
        one_round(data, tail)  # warm-up
        rounds = [one_round(data, tail) for _ in range(args.rounds)]
    direct = median([r[0] for r in rounds])
    overview = median([r[1] for r in rounds])
    meeting = median([r[2] for r in rounds])
    print(f"\nOpening an offer with {args.size // 1000} KB of notes, median of {args.rounds}:\n")
    print(
        table(
            [[ms(direct), ms(overview), ms(meeting)]],
            ["home -> Meeting (m)", "home -> Overview (enter)", "Overview -> Meeting (F4)"],
        )
    )


if __name__ == "__main__":
    main()
