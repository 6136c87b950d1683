"""Keeps the machine running the tests out of them: every test gets its own data dir,
a fixed clock, and no real home, editor or clipboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

JST = timezone(timedelta(hours=9))
# A Wednesday afternoon in Tokyo; every test sees the same "now".
NOW = datetime(2026, 11, 25, 14, 5, 0, tzinfo=JST)


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


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = NOW) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


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
