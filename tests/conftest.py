"""Keeps the machine running the tests out of them: every test gets its own data dir,
a fixed clock, and no real home, editor or clipboard."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.helpers import FakeClock

# Keep the compiled test modules (their asserts rewritten) and the package's bytecode
# between runs even where PYTHONDONTWRITEBYTECODE is set: without them every worker
# rewrites and compiles all of them again on every run, about 9 s of each worker's
# collection on a 2-core machine (13 s against 4 s). Only the caches under the ignored
# __pycache__ folders differ; what the tests run and prove does not.
sys.dont_write_bytecode = False

# The property tests' example counts: "quick" on every run of the suite, "deep" for a
# thorough run (HYPOTHESIS_PROFILE=deep pytest, or pytest --hypothesis-profile=deep).
# Registered before the test modules are imported, so that their @settings inherit it.
settings.register_profile("quick", max_examples=50)
settings.register_profile("deep", max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how to replay this run's order: the header that pytest-randomly prints its
    seed in is hidden by -q."""
    seed = getattr(terminalreporter.config.option, "randomly_seed", None)
    if isinstance(seed, int):
        terminalreporter.write_line(f"random order: replay it with --randomly-seed={seed}")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("OFFERTUI_DATA_DIR", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path):  # type: ignore[no-untyped-def]
    from offertui.storage.store import OfferStore

    s = OfferStore(data_dir)
    s.prepare()
    return s


@pytest.fixture
def make_app(data_dir: Path, clock: FakeClock) -> Callable[..., object]:
    from offertui.app import make_app as factory

    def build(**kwargs: object) -> object:
        return factory(data_dir=data_dir, now=clock, **kwargs)  # type: ignore[arg-type]

    return build
