"""Emails: the offer's drafts, filled from it, edited, copied, written out and marked sent."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import replace
from email.utils import formataddr
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final

from rich.highlighter import Highlighter
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult, SuspendNotSupported, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from offertui.app import styles_dir
from offertui.domain.email_context import draft_for, fresh_draft
from offertui.domain.emails import (
    KIND_LABELS,
    KINDS,
    LANG_LABELS,
    LANGS,
    build_eml,
    draft_as_text,
    find_placeholders,
    placeholder_spans,
)
from offertui.domain.offer import EmailDraft, Offer, clean_text
from offertui.screens.dialogs import ConfirmDialog, WriteFileDialog
from offertui.screens.workspace import WorkspaceScreen

if TYPE_CHECKING:
    from offertui.session import OfferSession

# Short names for the narrow list of kinds; KIND_LABELS has the long ones.
KIND_SHORT: Final = {
    "request-letter": "Request letter",
    "request-meeting": "Request meeting",
    "need-time": "Need time",
    "negotiate": "Negotiate",
    "accept": "Accept",
    "decline": "Decline",
}
# The draft a decision calls for, shown first when the screen opens without a kind.
CHOICE_KIND: Final = {
    "need-time": "need-time",
    "negotiate": "negotiate",
    "accept": "accept",
    "decline": "decline",
}
TMUX_HINT: Final = "In tmux this needs `set -g set-clipboard on`."


class PlaceholderHighlighter(Highlighter):
    """Marks every [[placeholder]] in a line of text with a style asked for when drawing."""

    def __init__(self, style: Callable[[], Style]) -> None:
        super().__init__()
        self._style = style

    def highlight(self, text: Text) -> None:
        spans = placeholder_spans(text.plain)
        if spans:
            style = self._style()
            for start, end in spans:
                text.stylize(style, start, end)


class SubjectInput(Input):
    """The subject line, with its placeholders highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"subject-input--placeholder"}

    def __init__(self, value: str = "", *, id: str | None = None) -> None:
        super().__init__(
            value,
            id=id,
            compact=True,
            select_on_focus=False,
            highlighter=PlaceholderHighlighter(self._placeholder_style),
        )

    def _placeholder_style(self) -> Style:
        return self.get_component_rich_style("subject-input--placeholder", partial=True)


class EmailBody(TextArea):
    """The body of a draft, with its placeholders highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"email-body--placeholder"}

    def get_line(self, line_index: int) -> Text:
        # TextArea's documented hook for styling its lines; a placeholder never spans lines.
        line = super().get_line(line_index)
        spans = placeholder_spans(line.plain)
        if spans:
            style = self.get_component_rich_style("email-body--placeholder", partial=True)
            for start, end in spans:
                line.stylize(style, start, end)
        return line


def _describe_file(name: str) -> str:
    if name.lower().endswith(".eml"):
        return "A mail message (.eml): mail clients open it as a new draft."
    return "Plain text: the Subject line, a blank line, then the body. End in .eml for mail."


def _write_file(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `data` to `path`; without `overwrite`, an existing file raises FileExistsError."""
    # 0600 like the offer files: a draft can name a salary.
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)


def _parse_edited(text: str, subject: str) -> tuple[str, str]:
    """Subject and body from the file the editor saved: a `Subject:` line, a blank line,
    the body. Without a Subject line, all of it is the body and `subject` is kept."""
    text = clean_text(text)
    first, newline, rest = text.partition("\n")
    if first.startswith("Subject:"):
        subject = first.removeprefix("Subject:").strip()
        text = rest.removeprefix("\n") if newline else ""
    return subject, text.rstrip("\n")


def _index(text: str, location: tuple[int, int]) -> int:
    """The offset in `text` of a (row, column) location."""
    row, column = location
    return sum(len(line) + 1 for line in text.split("\n")[:row]) + column


def _location(text: str, index: int) -> tuple[int, int]:
    """The (row, column) location of an offset in `text`."""
    before = text[:index]
    return before.count("\n"), index - (before.rfind("\n") + 1)


def _editor_command() -> str:
    return (os.environ.get("VISUAL") or "").strip() or (os.environ.get("EDITOR") or "").strip()


class EmailsScreen(WorkspaceScreen):
    """Pick a kind and language, edit the filled draft, then copy, write or mark it sent."""

    NAME = "emails"
    CSS_PATH = str(styles_dir() / "emails.tcss")
    HELP = (
        "Polite drafts for each step of the offer, in English and Japanese, filled from the "
        "offer and your profile. What is still unknown stays a placeholder in double square "
        "brackets, highlighted: ctrl+n selects the next one so you can type over it. "
        "A draft you have not edited is filled afresh each time; once you edit it, it is "
        "saved in the offer file. Copy sends the body to your terminal's clipboard (OSC 52), "
        "which works over SSH; inside tmux, `set -g set-clipboard on` is needed."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+t",
            "copy",
            "Copy",
            tooltip="Copy the body to the clipboard (OSC 52, works over SSH)",
            id="emails.copy",
            priority=True,
        ),
        Binding(
            "ctrl+s",
            "write_file",
            "Write",
            tooltip="Write the draft to a file: .eml for a mail client, or plain text",
            id="emails.write",
            priority=True,
        ),
        Binding(
            "ctrl+o",
            "open_editor",
            "Editor",
            tooltip="Edit the draft in $VISUAL or $EDITOR",
            id="emails.editor",
            priority=True,
        ),
        Binding(
            "ctrl+n",
            "next_placeholder",
            "Next blank",
            tooltip="Select the next placeholder, to type over it",
            id="emails.next_placeholder",
            priority=True,
        ),
        Binding(
            "ctrl+l",
            "toggle_lang",
            "EN/JA",
            tooltip="Switch the draft between English and Japanese",
            id="emails.lang",
            priority=True,
        ),
        Binding(
            "ctrl+g",
            "toggle_sent",
            "Sent",
            tooltip="Mark the draft as sent today, or as not sent",
            id="emails.sent",
            priority=True,
        ),
        Binding(
            "ctrl+r",
            "regenerate",
            "Regenerate",
            tooltip="Fill the draft again from the offer and profile (asks before dropping edits)",
            id="emails.regenerate",
            priority=True,
        ),
    ]

    def __init__(
        self, session: OfferSession, kind: str | None = None, lang: str | None = None
    ) -> None:
        super().__init__(session)
        if kind is None or kind not in KINDS:
            # Where the user left off: the draft edited last and not yet sent; else the
            # draft the decision calls for; else the first one a candidate writes.
            unsent = [e for e in self.offer.emails if e.sent is None and e.kind in KINDS]
            if unsent:
                kind = unsent[-1].kind
                lang = lang if lang in LANGS else unsent[-1].lang
            else:
                kind = CHOICE_KIND.get(self.offer.decision.choice, "request-letter")
        if lang is None or lang not in LANGS:
            lang = self.tui.profile.email_lang
        self.kind: str = kind
        self.lang: str = lang if lang in LANGS else "en"
        # What the subject and body were last filled with or saved as.
        self._shown = EmailDraft(self.kind, self.lang)
        self._marks: dict[str, str] = {}

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="emails"):
            with Vertical(id="emails-side"):
                kinds = OptionList(
                    *(Option(KIND_SHORT[kind], id=kind) for kind in KINDS), id="email-kinds"
                )
                kinds.border_title = "Email"
                yield kinds
                langs = OptionList(
                    *(Option(LANG_LABELS[lang], id=lang) for lang in LANGS), id="email-lang"
                )
                langs.border_title = "Language"
                yield langs
                yield Static("", id="email-state", markup=False)
            with Vertical(id="emails-main"):
                with Horizontal(id="email-subject-row"):
                    yield Label("Subject", id="email-subject-label")
                    yield SubjectInput(id="email-subject")
                yield EmailBody(id="email-body", soft_wrap=True, show_line_numbers=False)
                yield Static("", id="email-placeholders")

    @property
    def subject_input(self) -> SubjectInput:
        return self.query_one("#email-subject", SubjectInput)

    @property
    def body_area(self) -> EmailBody:
        return self.query_one("#email-body", EmailBody)

    def on_mount(self) -> None:
        self.query_one("#email-kinds", OptionList).highlighted = KINDS.index(self.kind)
        self.query_one("#email-lang", OptionList).highlighted = LANGS.index(self.lang)
        self._load()
        self.set_focus(self.body_area)  # at once: see OverviewScreen.on_mount

    def on_screen_resume(self) -> None:
        # The profile may have changed meanwhile; a draft not yet edited follows it.
        if self.is_mounted and self.offer.draft(self.kind, self.lang) is None:
            fresh = fresh_draft(self.offer, self.tui.profile, self.kind, self.lang)
            if (fresh.subject, fresh.body) != (self._shown.subject, self._shown.body):
                self._load()

    def reload_offer(self) -> None:
        self.tui.show_workspace(self.session, self.NAME, kind=self.kind, lang=self.lang)

    # --- showing and saving the draft ------------------------------------------------

    def _load(self, *, keep_edits: bool = True) -> None:
        """Fill the subject and body with the draft of the current kind and language."""
        if keep_edits and self.is_mounted:
            # Typing just before a switch may not have been saved yet: save it first,
            # as the draft it was typed into.
            self._keep_edits()
        draft = draft_for(self.offer, self.tui.profile, self.kind, self.lang)
        self._shown = draft
        self.subject_input.value = draft.subject
        self.subject_input.cursor_position = 0
        body = self.body_area
        body.load_text(draft.body)
        body.move_cursor((0, 0))
        body.scroll_home(animate=False)
        self._refresh_state()

    def _texts(self) -> tuple[str, str]:
        return clean_text(self.subject_input.value), clean_text(self.body_area.text)

    @on(Input.Changed, "#email-subject")
    @on(TextArea.Changed, "#email-body")
    def _edited(self) -> None:
        if not self._keep_edits():
            self._refresh_state()

    def _keep_edits(self) -> bool:
        """Save what the subject and body hold, if it differs from the draft shown."""
        subject, body = self._texts()
        shown = self._shown
        if (subject, body) == (shown.subject, shown.body):
            return False
        self._save(replace(shown, subject=subject, body=body))
        return True

    def _save(self, draft: EmailDraft) -> None:
        self._shown = draft
        if not self.session.read_only:
            self.update(self.offer.with_draft(draft))
        self._refresh_state()

    def _refresh_state(self) -> None:
        subject, body = self._texts()
        left = find_placeholders(f"{subject}\n{body}")
        status = self.query_one("#email-placeholders", Static)
        if left:
            noun = "placeholder" if len(left) == 1 else "placeholders"
            status.update(
                Content.assemble(
                    (f"{len(left)} {noun} to fill: ", "bold"),
                    ", ".join(left),
                    ("  (ctrl+n: next)", "dim"),
                )
            )
        else:
            status.update(Content("No placeholders left: ready to copy or write to a file."))
        status.set_class(bool(left), "-todo")

        draft = self.offer.draft(self.kind, self.lang)
        if draft is None:
            state = "Filled from the offer and your profile. Edits are saved."
        elif draft.sent is not None:
            state = f"Sent {draft.sent.isoformat()}."
        else:
            state = "Your edited draft, saved in the offer."
        self.query_one("#email-state", Static).update(state)
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        """Mark the kinds with a saved draft (•) or a sent one (✓) in this language."""
        kinds = self.query_one("#email-kinds", OptionList)
        for kind in KINDS:
            draft = self.offer.draft(kind, self.lang)
            mark = "" if draft is None else " ✓" if draft.sent else " •"
            if self._marks.get(kind, "") != mark:
                self._marks[kind] = mark
                kinds.replace_option_prompt(kind, KIND_SHORT[kind] + mark)

    # --- picking a draft -------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#email-kinds")
    def _kind_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        kind = event.option.id
        if kind in KINDS and kind != self.kind:
            self.kind = kind
            self._load()

    @on(OptionList.OptionHighlighted, "#email-lang")
    def _lang_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        lang = event.option.id
        if lang in LANGS and lang != self.lang:
            self.lang = lang
            self._load()

    @on(OptionList.OptionSelected)
    def _option_selected(self) -> None:
        self.body_area.focus()

    def show_draft(self, kind: str, lang: str | None = None) -> None:
        """Switch to the draft of `kind` (and `lang`, if given)."""
        if lang in LANGS:
            self.query_one("#email-lang", OptionList).highlighted = LANGS.index(lang)
        if kind in KINDS:
            self.query_one("#email-kinds", OptionList).highlighted = KINDS.index(kind)

    def action_toggle_lang(self) -> None:
        other = LANGS[(LANGS.index(self.lang) + 1) % len(LANGS)]
        self.query_one("#email-lang", OptionList).highlighted = LANGS.index(other)

    # --- placeholders ----------------------------------------------------------------

    def action_next_placeholder(self) -> None:
        """Select the next placeholder after the cursor: the subject's, then the body's."""
        subject, body = self.subject_input, self.body_area
        spots = [("subject", s, e) for s, e in placeholder_spans(subject.value)]
        spots += [("body", s, e) for s, e in placeholder_spans(body.text)]
        if not spots:
            self.notify("No placeholders left in this draft.")
            return
        if self.focused is subject:
            here = ("subject", subject.selection.end)
        elif self.focused is body:
            here = ("body", _index(body.text, body.selection.end))
        else:
            here = ("", -1)
        order = {"": 0, "subject": 1, "body": 2}
        after = [spot for spot in spots if (order[spot[0]], spot[1]) >= (order[here[0]], here[1])]
        where, start, end = after[0] if after else spots[0]
        if where == "subject":
            subject.focus()
            subject.selection = InputSelection(start, end)
        else:
            body.focus()
            text = body.text
            body.selection = Selection(_location(text, start), _location(text, end))

    def _confirm_placeholders(self, text: str, doing: str, then: Callable[[], None]) -> None:
        """Run `then`, after asking first if `text` still holds placeholders."""
        left = find_placeholders(text)
        if not left:
            then()
            return
        noun = "placeholder" if len(left) == 1 else "placeholders"
        self.app.push_screen(
            ConfirmDialog(
                f"{len(left)} {noun} still to fill",
                f"{', '.join(left)}\n\nThe recipient would see these as they are. {doing} anyway?",
                yes=f"{doing} anyway",
                no="Go back",
            ),
            lambda yes: then() if yes else None,
        )

    # --- copy ------------------------------------------------------------------------

    def action_copy(self) -> None:
        """Copy the body, the part pasted into a mail client's message."""
        self._copy("body")

    def _copy(self, part: str) -> None:
        subject, body = self._texts()
        text = {"body": body, "subject": subject, "all": draft_as_text(subject, body)}[part]
        what = {
            "body": f"the body ({len(body.splitlines())} lines)",
            "subject": "the subject",
            "all": "the subject line and body",
        }[part]

        def copy() -> None:
            self.app.copy_to_clipboard(text)
            label = f"{KIND_LABELS[self.kind]} ({LANG_LABELS[self.lang]})"
            hint = TMUX_HINT if os.environ.get("TMUX") else "Sent with OSC 52. " + TMUX_HINT
            self.notify(
                f"Copied {what} of “{label}” to the clipboard. {hint}",
                title="Copied",
                markup=False,
                timeout=8,
            )

        self._confirm_placeholders(text, "Copy", copy)

    # --- write to a file -------------------------------------------------------------

    def action_write_file(self) -> None:
        subject, body = self._texts()
        self._confirm_placeholders(f"{subject}\n{body}", "Write", self._ask_path)

    def _file_data(self, path: Path) -> bytes:
        subject, body = self._texts()
        if path.suffix.lower() != ".eml":
            return draft_as_text(subject, body).encode("utf-8")
        contact = self.offer.contact
        to = formataddr((contact.name, contact.email)) if contact.email else ""
        try:
            return build_eml(subject, body, to=to)
        except (ValueError, TypeError):
            # An address the email package will not take still leaves a usable draft.
            return build_eml(subject, body)

    def _ask_path(self, name: str = "", error: str = "") -> None:
        try:
            folder = Path.cwd()
        except OSError:
            folder = Path.home()
        if not name:
            name = f"{self.offer.id}-{self.kind}-{self.lang}.eml"
        self.app.push_screen(
            WriteFileDialog(
                "Write the email to a file", name, folder, describe=_describe_file, error=error
            ),
            partial(self._write, folder=folder),
        )

    def _write(self, path: Path | None, *, folder: Path, overwrite: bool = False) -> None:
        if path is None:
            return
        again = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
        if path.is_dir():
            self._ask_path(again, f"{path} is a folder: add a file name.")
            return
        try:
            _write_file(path, self._file_data(path), overwrite=overwrite)
        except FileExistsError:

            def replace_it(yes: bool | None) -> None:
                if yes:
                    self._write(path, folder=folder, overwrite=True)
                else:
                    self._ask_path(again)

            self.app.push_screen(
                ConfirmDialog(
                    "The file exists",
                    f"{path}\n\nReplace it with this draft?",
                    yes="Replace",
                    no="Choose another name",
                ),
                replace_it,
            )
            return
        except OSError as error:
            self._ask_path(again, f"Could not write it: {error.strerror or error}")
            return
        kind = "mail message" if path.suffix.lower() == ".eml" else "text file"
        self.notify(f"Wrote the {kind} {path}", title="Written", markup=False)

    # --- the editor ------------------------------------------------------------------

    def action_open_editor(self) -> None:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        command = _editor_command()
        if not command:
            self.notify(
                "No editor is set. Set $VISUAL or $EDITOR (for example "
                "`export EDITOR=nano`) and start offertui again.",
                title="No editor",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        try:
            argv = shlex.split(command)
        except ValueError as error:
            self.notify(f"Cannot read the editor command {command!r}: {error}", markup=False)
            return
        subject, body = self._texts()
        folder = Path(tempfile.mkdtemp(prefix="offertui-"))
        path = folder / f"{self.offer.id}-{self.kind}-{self.lang}.txt"
        try:
            path.write_text(draft_as_text(subject, body), encoding="utf-8")
            try:
                with self.app.suspend():
                    result = subprocess.run([*argv, str(path)], check=False)
            except SuspendNotSupported:
                self.notify(
                    "This terminal cannot hand the screen to an editor. Edit the draft "
                    "here, or write it to a file (ctrl+s) and edit that.",
                    title="No editor here",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
                return
            except OSError as error:
                self.notify(
                    f"Could not start {argv[0]}: {error.strerror or error}",
                    title="Editor",
                    severity="error",
                    markup=False,
                )
                return
            if result.returncode != 0:
                self.notify(
                    f"{argv[0]} exited with status {result.returncode}; the draft is unchanged.",
                    severity="warning",
                    markup=False,
                )
                return
            edited = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            self.notify(f"Could not use a temporary file: {error}", severity="error")
            return
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        new_subject, new_body = _parse_edited(edited, subject)
        if (new_subject, new_body) == (subject, body):
            self.notify("No changes from the editor.")
            return
        self.subject_input.value = new_subject
        self.body_area.load_text(new_body)
        self._save(replace(self._shown, subject=new_subject, body=new_body))
        self.notify("Draft updated from the editor.")

    # --- regenerate and sent ---------------------------------------------------------

    def action_regenerate(self) -> None:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        self._keep_edits()
        saved = self.offer.draft(self.kind, self.lang)
        fresh = fresh_draft(self.offer, self.tui.profile, self.kind, self.lang)
        if saved is None or (saved.subject, saved.body) == (fresh.subject, fresh.body):
            self._regenerate()
            return
        sent = f" It was marked as sent on {saved.sent.isoformat()}." if saved.sent else ""
        self.app.push_screen(
            ConfirmDialog(
                "Drop your edits?",
                "The draft is written again from the template, with what the offer and your "
                f"profile say now. Your edits to this draft are lost.{sent}",
                yes="Regenerate",
                no="Keep my edits",
            ),
            lambda yes: self._regenerate() if yes else None,
        )

    def _regenerate(self) -> None:
        offer = self.offer
        saved = offer.draft(self.kind, self.lang)
        if saved is not None:
            if saved.sent is not None:
                fresh = fresh_draft(offer, self.tui.profile, self.kind, self.lang)
                offer = offer.with_draft(replace(saved, subject=fresh.subject, body=fresh.body))
            else:
                # Back to an unsaved draft, which follows the offer as it changes.
                offer = _without_draft(offer, self.kind, self.lang)
            self.update(offer)
        self._load(keep_edits=False)
        self.notify("Filled again from the offer and your profile.")

    def action_toggle_sent(self) -> None:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        subject, body = self._texts()
        saved = self.offer.draft(self.kind, self.lang)
        sent = None if saved is not None and saved.sent else self.tui.now().date()
        self._save(replace(self._shown, subject=subject, body=body, sent=sent))
        label = f"{KIND_LABELS[self.kind]} ({LANG_LABELS[self.lang]})"
        if sent is None:
            self.notify(f"“{label}” is marked as not sent.", markup=False)
        else:
            self.notify(f"“{label}” is marked as sent on {sent.isoformat()}.", markup=False)

    # --- the palette -----------------------------------------------------------------

    def workspace_commands(self) -> Iterable[SystemCommand]:
        yield from super().workspace_commands()
        yield SystemCommand(
            "Copy email", "Copy the body of this draft to the clipboard (ctrl+t)", self.action_copy
        )
        yield SystemCommand(
            "Copy email subject",
            "Copy the subject line to the clipboard",
            partial(self._copy, "subject"),
        )
        yield SystemCommand(
            "Copy email with subject",
            "Copy the Subject line, a blank line and the body",
            partial(self._copy, "all"),
        )
        yield SystemCommand(
            "Write email to file",
            "An .eml message for a mail client, or plain text (ctrl+s)",
            self.action_write_file,
        )
        yield SystemCommand(
            "Open email in editor", "Edit in $VISUAL or $EDITOR (ctrl+o)", self.action_open_editor
        )
        yield SystemCommand(
            "Regenerate email",
            "Fill the draft again from the offer and your profile (ctrl+r)",
            self.action_regenerate,
        )
        yield SystemCommand(
            "Mark email as sent",
            "Mark this draft sent today, or not sent (ctrl+g)",
            self.action_toggle_sent,
        )
        yield SystemCommand(
            "Next placeholder",
            "Select the next blank to fill in (ctrl+n)",
            self.action_next_placeholder,
        )
        yield SystemCommand(
            "Switch email language", "English or Japanese (ctrl+l)", self.action_toggle_lang
        )
        for kind in KINDS:
            yield SystemCommand(
                f"Email: {KIND_LABELS[kind]}",
                f"Show this draft: {KIND_LABELS[kind]}",
                partial(self.show_draft, kind),
            )


def _without_draft(offer: Offer, kind: str, lang: str) -> Offer:
    return replace(offer, emails=tuple(e for e in offer.emails if (e.kind, e.lang) != (kind, lang)))
