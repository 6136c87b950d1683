"""A registry of screens by name, their classes imported on first use.

The offer's screens are listed here by name and module, in tab order, so that the
header can show a tab for each and opening the home imports none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

from textual.screen import Screen

from offertui.commands import BY_ID

S = TypeVar("S", bound=Screen[None])


class ScreenEntry(NamedTuple):
    """One screen: its name (the id of the command that shows it) and where its
    class is."""

    name: str
    module: str
    class_name: str

    @property
    def label(self) -> str:
        return BY_ID[self.name].name


class ScreenRegistry(Generic[S]):
    """Screens in tab order, each a subclass of `base`; classes are imported on first
    use."""

    def __init__(self, base: type[S], entries: Iterable[ScreenEntry]) -> None:
        self.base = base
        self.entries = tuple(entries)
        self._classes: dict[str, type[S]] = {}

    def __iter__(self) -> Iterator[ScreenEntry]:
        return iter(self.entries)

    def entry(self, name: str) -> ScreenEntry:
        """The screen called `name` (KeyError when there is none)."""
        for entry in self.entries:
            if entry.name == name:
                return entry
        raise KeyError(name)

    def screen_class(self, name: str) -> type[S]:
        found = self._classes.get(name)
        if found is None:
            entry = self.entry(name)
            loaded = getattr(importlib.import_module(entry.module), entry.class_name)
            if not (isinstance(loaded, type) and issubclass(loaded, self.base)):
                raise TypeError(f"{entry.module}.{entry.class_name} is not a {self.base}")
            found = self._classes[name] = loaded
        return found
