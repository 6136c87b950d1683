"""A Textual stylesheet that parses each piece of CSS once per process.

Textual's own stylesheet keeps what it parsed only until the next full re-parse, and it
re-parses everything (its own widgets' CSS, every `.tcss` file) whenever the theme is
set, a screen brings CSS of its own, or the styles are preloaded: about forty parses
for one start of the app, a quarter of its start-up. What a parse makes depends on
nothing but the CSS text, where it came from and the theme's variables, and Textual
never changes the rules it made, so this one keeps them, for every stylesheet of the
process, keyed on all of that: a re-parse with the same theme, or a second app in the
same process (a test run), reads them back.
"""

from __future__ import annotations

from textual.cache import LRUCache
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.css.types import CSSLocation

__all__ = ["SharedStylesheet"]

#: (css, where from, default rules?, tie breaker, scope, the theme's variables) -> rules.
#: A few themes' worth of every source the app has (about forty a theme).
_PARSED: LRUCache[tuple[object, ...], list[RuleSet]] = LRUCache(1024)


class SharedStylesheet(Stylesheet):
    """Textual's stylesheet, with the parsed rules shared across re-parses and apps."""

    def __init__(self, *, variables: dict[str, str] | None = None) -> None:
        super().__init__(variables=variables)
        self._theme_key: tuple[tuple[str, str], ...] | None = None

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._theme_key = None

    def _parse_rules(
        self,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        if self._theme_key is None:
            self._theme_key = tuple(sorted(self._variables.items()))
        key = (css, read_from, is_default_rules, tie_breaker, scope, self._theme_key)
        rules = _PARSED.get(key)
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            # Rules with errors are not kept: the next parse reports them again.
            if not any(rule.errors for rule in rules):
                _PARSED[key] = rules
        return rules

    def copy(self) -> SharedStylesheet:
        stylesheet = SharedStylesheet(variables=self._variables.copy())
        stylesheet.source = self.source.copy()
        return stylesheet

    def reparse(self) -> None:
        # Textual's reparse parses into a fresh plain Stylesheet (so that an error leaves
        # this one as it was), which would bypass the shared rules: the same, as this kind.
        stylesheet = self.copy()
        try:
            stylesheet.parse()
        except Exception:
            self._invalid_css.update(stylesheet._invalid_css)
            raise
        self._rules = stylesheet.rules
        self._rules_map = None
        self.source = stylesheet.source
        self._require_parse = False
