"""Start-up: the garbage collector waits for the first frame, and the home imports
only what its first frame needs."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

from offertui.app import _resume_gc
from offertui.storage.store import OfferStore


def test_start_up_turns_the_collector_back_on_with_its_objects_frozen() -> None:
    gc.disable()
    try:
        _resume_gc()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_collector_is_left_alone_when_start_up_did_not_stop_it() -> None:
    assert gc.isenabled()
    _resume_gc()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


# What opening the home must not import: the offer screens and dialogs, the offer model,
# the TOML libraries, the file hash and the holiday calendar (each is loaded when first
# used, or while the home sits idle after its first frame).
_NOT_AT_START = (
    "offertui.screens.offer_screen",
    "offertui.screens.prep",
    "offertui.screens.meeting",
    "offertui.screens.dialogs",
    "offertui.domain.offer",
    "tomlkit",
    "tomllib",
    "hashlib",
    "holidays",
)

_HOME = """
import asyncio, sys
from pathlib import Path
from typing import Any
from offertui.app import OfferTUI
from offertui.storage.store import OfferStore

async def main() -> None:
    store = OfferStore(Path(sys.argv[1]))
    store.prepare()
    app = OfferTUI(store)
    async with app.run_test(size=(80, 24)):
        print(" ".join(sorted(sys.modules)))

asyncio.run(main())
"""


def _modules_at_start(data: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _HOME, str(data)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return set(done.stdout.split())


def test_the_home_opens_without_the_offer_screens_or_the_toml_libraries(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    store = OfferStore(data)
    store.prepare()
    store.create("Acme", "Backend Engineer")
    _modules_at_start(data)  # the first start summarises the new file and caches it
    loaded = _modules_at_start(data)
    assert "offertui.screens.offers" in loaded  # the probe did reach the home
    assert sorted(loaded.intersection(_NOT_AT_START)) == []


def test_the_later_screens_are_imported_one_per_step() -> None:
    from offertui.screens import preload

    done: list[str] = []
    steps = [lambda name=name: done.append(name) for name in ("a", "b", "c")]
    timers: list[tuple[float, Any]] = []

    class _App:
        def set_timer(self, delay: float, callback: Any) -> None:
            timers.append((delay, callback))

    app: Any = _App()
    preload.preload_other_screens(app, steps)
    assert done == ["a"] and [delay for delay, _ in timers] == [0.25]
    timers.pop()[1]()
    assert done == ["a", "b"] and len(timers) == 1
    timers.pop()[1]()
    assert done == ["a", "b", "c"] and not timers  # the last step schedules nothing


_COMMAND_LINE = """
import sys
from offertui.cli import _parser
_parser().parse_args(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""


def test_the_command_line_reads_its_arguments_without_the_subcommands_code() -> None:
    from offertui.cli import SUBCOMMANDS

    done = subprocess.run(
        [sys.executable, "-c", _COMMAND_LINE, "--data-dir", "somewhere"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loaded = set(done.stdout.split())
    assert "argparse" in loaded  # the probe did build the parser
    modules = {f"offertui.cli.{module}" for module in SUBCOMMANDS.values()}
    assert sorted(loaded & (modules | {"offertui.storage.export"})) == []
