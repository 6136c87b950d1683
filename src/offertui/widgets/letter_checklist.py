"""The result of the offer-letter check as a list: what the letter has, lacks, and its terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import getters
from textual.content import Content
from textual.widgets.option_list import Option, OptionDoesNotExist

from offertui.base_app import OfferAppBase
from offertui.domain.glossary import GLOSSARY, Term, terms_in_text
from offertui.domain.letter_check import ItemResult, ItemStatus, LetterCheck, Topic
from offertui.domain.money import format_hours as _hours
from offertui.domain.money import format_number
from offertui.widgets.accordion import AccordionList

# The letter items' topics, in the order a letter usually runs.
TOPIC_LABELS: dict[Topic, str] = {
    "contract": "Contract",
    "place": "Place and duties",
    "hours": "Hours, days off and leave",
    "pay": "Pay",
    "leaving": "Leaving",
    "benefits": "Benefits",
}

STATUS_LOOK: dict[ItemStatus, tuple[str, str, str]] = {
    # mark, its style, and the word for it
    "found": ("✓", "bold $text-success", "Found"),
    "missing": ("✗", "bold $text-error", "Missing"),
    "unconfirmed": ("?", "bold $text-warning", "Mentioned, not confirmed"),
    "optional": ("○", "$text-warning", "Not found"),
    "not_applicable": ("–", "$text-muted", "Not applicable"),
}

REQUIRED_WORDS = {
    "law": "required in writing by law",
    "law-fixed-term": "required in writing for a fixed-term contract",
    "law-conversion": "required at the renewal where the right to convert arises",
    "law-fixed-or-part-time": "required in writing for fixed-term and part-time workers",
    "guide": "not required in writing, but worth having",
}

ITEM = "item:"
TERM = "term:"
OVERTIME = "spot:overtime"
FIXED_TERM = "spot:fixed-term"
FIXED_OVERTIME_TERM = "固定残業代"

_TERMS = {term.term: term for term in GLOSSARY}
#: Says how to run a command: its key, or the palette and its name (`how_to` of the app).
HowTo = Callable[[str], str]


@dataclass(frozen=True)
class OvertimeNote:
    """Fixed overtime the letter mentions, and what the pay model says about it."""

    letter_hours: float | None
    pay_hours: float | None

    @property
    def can_copy(self) -> bool:
        return self.letter_hours is not None and not self.pay_hours


def overtime_prompt(note: OvertimeNote) -> Content:
    if note.letter_hours is None:
        return Content.assemble(("⚠ ", "bold $text-warning"), "Fixed overtime, hours not stated")
    text = f"Fixed overtime: {_hours(note.letter_hours)} a month"
    if note.can_copy:
        return Content.assemble(("⚠ ", "bold $text-warning"), text, ("  not in Pay", "$text-muted"))
    if note.pay_hours == note.letter_hours:
        return Content.assemble(("⚠ ", "bold $text-warning"), text, ("  in Pay", "$text-success"))
    return Content.assemble(
        ("⚠ ", "bold $text-warning"),
        text,
        (f"  Pay says {_hours(note.pay_hours or 0)}", "$text-warning"),
    )


def item_prompt(result: ItemResult, asked: bool) -> Content:
    mark, style, _word = STATUS_LOOK[result.status]
    parts: list[Content | tuple[str, str] | str] = [
        (f"{mark} ", style),
        result.item.label_en,
        (f"  {result.item.label_ja}", "$text-muted"),
    ]
    if asked:
        parts.append(("  · in questions", "$text-accent"))
    return Content.assemble(*parts)


def item_term(result: ItemResult) -> Term | None:
    """The glossary entry that explains a letter item, if there is one."""
    item = result.item
    found = terms_in_text(item.label_ja)
    if found:
        # A Japanese name ends in its head noun (就業場所の「変更の範囲」): explain that one.
        return max(found, key=lambda term: item.label_ja.rfind(term.term))
    found = terms_in_text(" ".join(item.keywords))
    return found[0] if found else None


def item_detail(result: ItemResult, asked: bool, how_to: HowTo) -> list[Content]:
    """Why an item matters, and what the letter says or what to ask; `how_to` names the
    key of a command."""
    item = result.item
    _mark, style, word = STATUS_LOOK[result.status]
    lines = [
        Content.assemble((word, style), (f" · {REQUIRED_WORDS[item.required_by]}", "$text-muted")),
        Content(item.why),
    ]
    if item.law:
        lines.append(Content.styled(item.law, "$text-muted"))
    if result.found and result.excerpt:
        lines.append(Content.assemble(("In the letter: ", "bold"), result.excerpt))
    elif result.status != "not_applicable":
        if result.mention:
            lines.append(
                Content.assemble(
                    ("The letter speaks of it here, in words the check cannot read: ", "bold"),
                    result.mention,
                )
            )
            lines.append(Content("Read it there; if it does not state the item, ask."))
        lines.append(Content.assemble(("Ask: ", "bold"), item.question))
        hint = "Already in your questions." if asked else "enter: add it to your questions"
        lines.append(Content.styled(hint, "$text-muted"))
    term = item_term(result)
    if term is not None:
        lines.append(Content.styled(f"{how_to('glossary')}: {term.term} explained", "$text-muted"))
    return lines


def overtime_detail(note: OvertimeNote, how_to: HowTo) -> list[Content]:
    """The lines under the fixed-overtime note; `how_to` names the key of a command."""
    glossary = Content.styled(
        f"{how_to('glossary')}: {FIXED_OVERTIME_TERM} explained", "$text-muted"
    )
    if note.letter_hours is None:
        return [
            Content(
                "The letter mentions fixed overtime (固定残業代 / みなし残業) but not how many"
                " hours it covers: ask for the hours and the amount."
            ),
            glossary,
        ]
    hours = f"{format_number(note.letter_hours)}"
    lines = [
        Content(
            f"The pay includes {hours} hours of overtime a month, paid in advance: the base"
            " pay is lower than it looks, and hours beyond these must still be paid."
        )
    ]
    if note.can_copy:
        lines.append(
            Content.styled("enter: copy the letter's pay terms into Pay so its checks run", "bold")
        )
    elif note.pay_hours != note.letter_hours:
        lines.append(
            Content(
                f"Pay says {format_number(note.pay_hours or 0)} h; check which is right "
                f"({how_to('pay')})."
            )
        )
    else:
        lines.append(Content(f"Pay has these hours: {how_to('pay')} shows what to ask about them."))
    lines.append(glossary)
    return lines


def term_detail_lines(term: Term) -> list[Content]:
    return [
        Content.styled(f"{term.romaji} · {term.english}", "$text-muted"),
        Content(term.meaning),
        Content.styled("enter: the full entry in the glossary", "$text-muted"),
    ]


def _header(text: str) -> Option:
    return Option(Content.styled(text, "bold $text-accent"), disabled=True)


class LetterChecklist(AccordionList):
    """Items found (✓), missing (✗), mentioned but not confirmed (?), not found but
    optional (○), not applicable (–).

    The selected line opens to say why the item matters and what to ask; a term opens
    to its meaning.
    """

    app = getters.app(OfferAppBase)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.check: LetterCheck | None = None
        self.asked: set[str] = set()
        self.overtime: OvertimeNote | None = None

    def show(self, check: LetterCheck, asked: set[str], overtime: OvertimeNote | None) -> None:
        """List the check's findings; keys in `asked` are marked as already questions."""
        previous = self.selected_id
        first = self.check is None
        self.check = check
        self.asked = set(asked)
        self.overtime = overtime
        options: list[Option] = []
        spotted: list[Option] = []
        if overtime is not None:
            spotted.append(Option(overtime_prompt(overtime), id=OVERTIME))
        if check.fixed_term:
            spotted.append(Option(self._fixed_term_prompt(), id=FIXED_TERM))
        if spotted:
            options += [_header("Spotted in the letter"), *spotted]
        for topic, label in TOPIC_LABELS.items():
            results = [r for r in check.items if r.item.topic == topic]
            if not results:
                continue
            options.append(_header(label))
            options += [
                Option(item_prompt(r, r.item.key in asked), id=ITEM + r.item.key) for r in results
            ]
        if check.glossary_terms:
            options.append(_header("Terms in the letter (enter: glossary)"))
            options += [
                Option(self._term_prompt(name), id=TERM + name) for name in check.glossary_terms
            ]
        self.reset_accordion()
        self.clear_options()
        self.add_options(options)
        target = previous
        if first or target is None:
            # Open on what needs doing: what was spotted, the first missing item, or the top.
            missing = check.missing
            if spotted:
                target = spotted[0].id
            elif missing:
                target = ITEM + missing[0].item.key
            else:
                target = None
        self.select_id(target)

    def _fixed_term_prompt(self) -> Content:
        evidence = self.check.fixed_term_evidence if self.check else None
        return Content.assemble(
            ("⚠ ", "bold $text-warning"),
            "Fixed-term contract",
            (f"  {evidence or ''}", "$text-muted"),
        )

    def _term_prompt(self, name: str) -> Content:
        term = _TERMS.get(name)
        english = term.english_names[0] if term and term.english_names else ""
        return Content.assemble("  ", (name, "bold"), (f"  {english}", "$text-muted"))

    def prompt_at(self, index: int, expanded: bool) -> Content:
        option_id = self.get_option_at_index(index).id or ""
        check = self.check
        head: Content
        more: list[Content] = []
        if option_id.startswith(ITEM) and check is not None:
            result = check.result(option_id.removeprefix(ITEM))
            asked = result.item.key in self.asked
            head = item_prompt(result, asked)
            more = item_detail(result, asked, self.app.how_to)
        elif option_id.startswith(TERM):
            name = option_id.removeprefix(TERM)
            head = self._term_prompt(name)
            term = _TERMS.get(name)
            more = term_detail_lines(term) if term else []
        elif option_id == OVERTIME and self.overtime is not None:
            head = overtime_prompt(self.overtime)
            more = overtime_detail(self.overtime, self.app.how_to)
        elif option_id == FIXED_TERM and check is not None:
            head = self._fixed_term_prompt()
            more = [
                Content(
                    "So the letter must also say whether and how the contract is renewed,"
                    " any cap on renewals, and when you can ask for an open-ended contract."
                )
            ]
        else:
            prompt = self.get_option_at_index(index).prompt
            return prompt if isinstance(prompt, Content) else Content(str(prompt))
        return Content("\n").join([head, *more]) if expanded else head

    def select_id(self, option_id: str | None) -> None:
        """Highlight the option with this id, or the first selectable one."""
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return
            except OptionDoesNotExist:
                pass
        for index, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = index
                return

    @property
    def selected_id(self) -> str | None:
        index = self.highlighted
        if index is None or not 0 <= index < self.option_count:
            return None
        return self.get_option_at_index(index).id

    @property
    def selected_item(self) -> ItemResult | None:
        option_id = self.selected_id
        if self.check is None or option_id is None or not option_id.startswith(ITEM):
            return None
        return self.check.result(option_id.removeprefix(ITEM))

    @property
    def selected_term(self) -> Term | None:
        option_id = self.selected_id
        if option_id is None or not option_id.startswith(TERM):
            return None
        return _TERMS.get(option_id.removeprefix(TERM))
