"""Emails: the offer's drafts, filled from it, edited, copied, written out and marked sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal

from offertui.commands import bindings
from offertui.domain.email_context import draft_for, fresh_draft
from offertui.domain.emails import (
    KIND_LABELS,
    KINDS,
    LANG_LABELS,
    LANGS,
    draft_as_text,
    find_placeholders,
)
from offertui.domain.offer import EmailDraft, Offer
from offertui.external_editor import edit_in_editor
from offertui.resources import stylesheet
from offertui.screens.dialogs import ConfirmDialog, WriteFileDialog
from offertui.screens.offer_screen import OfferScreen, clipboard_hint
from offertui.storage import email_file
from offertui.storage.user_file import UserFileError
from offertui.widgets.draft_picker import DraftPicker
from offertui.widgets.email_editor import EmailBody, EmailEditor, SubjectInput

if TYPE_CHECKING:
    from offertui.session import OfferSession

# The draft a decision calls for, shown first when the screen opens without a kind.
CHOICE_KIND: Final = {
    "need-time": "need-time",
    "negotiate": "negotiate",
    "accept": "accept",
    "decline": "decline",
}


class EmailsScreen(OfferScreen):
    """Pick a kind and language, edit the filled draft, then copy, write or mark it sent."""

    NAME = "emails"
    # Typing goes into the body, also when Textual places the screen's first focus.
    AUTO_FOCUS = "#email-body"
    CSS_PATH = stylesheet("emails")
    HELP = (
        "Polite drafts for each step of the offer, in English and Japanese, filled from the "
        "offer and your profile. What is still unknown stays a placeholder in double square "
        "brackets, highlighted: {key:next} selects the next one so you can type over it. "
        "A draft you have not edited is filled afresh each time; once you edit it, it is "
        "saved in the offer file. Copy sends the body to your terminal's clipboard (OSC 52), "
        "which works over SSH; inside tmux, `set -g set-clipboard on` is needed."
    )
    BINDINGS: ClassVar[list[BindingType]] = list(bindings("emails"))
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("offer", "emails")
    FIELDS = ("emails",)

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
            lang = self.app.profile.email_lang
        self.kind: str = kind
        self.lang: str = lang if lang in LANGS else "en"
        # What the subject and body were last filled with or saved as.
        self._shown = EmailDraft(self.kind, self.lang)

    # --- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="emails"):
            yield DraftPicker(self.kind, self.lang, id="emails-side", choose=self._chosen)
            yield EmailEditor(id="emails-main")

    @property
    def editor(self) -> EmailEditor:
        return self.query_one(EmailEditor)

    @property
    def subject_input(self) -> SubjectInput:
        return self.editor.subject_input

    @property
    def body_area(self) -> EmailBody:
        return self.editor.body_area

    def on_mount(self) -> None:
        self._load()
        self.set_focus(self.body_area)  # at once: see OverviewScreen.on_mount

    def on_screen_resume(self) -> None:
        # The profile may have changed meanwhile; a draft not yet edited follows it.
        if self.is_mounted and self.offer.draft(self.kind, self.lang) is None:
            fresh = fresh_draft(self.offer, self.app.profile, self.kind, self.lang)
            if (fresh.subject, fresh.body) != (self._shown.subject, self._shown.body):
                self._load()

    def show_options(self, kind: str | None = None, lang: str | None = None, **_: Any) -> None:
        if kind in KINDS:
            self.show_draft(kind, lang)

    def show_offer(self, offer: Offer) -> None:
        super().show_offer(offer)
        self._refresh_state()

    def reopen_options(self) -> dict[str, Any]:
        return {"kind": self.kind, "lang": self.lang}

    # --- showing and saving the draft ------------------------------------------------

    def _load(self, *, keep_edits: bool = True) -> None:
        """Fill the subject and body with the draft of the current kind and language."""
        if keep_edits and self.is_mounted:
            # Typing just before a switch may not have been saved yet: save it first,
            # as the draft it was typed into.
            self._keep_edits()
        draft = draft_for(self.offer, self.app.profile, self.kind, self.lang)
        self._shown = draft
        self.editor.show(draft.subject, draft.body)
        self._refresh_state()

    def _texts(self) -> tuple[str, str]:
        return self.editor.texts

    @on(EmailEditor.Edited)
    def _edited(self, event: EmailEditor.Edited) -> None:
        event.stop()
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
        self.editor.show_placeholders()
        self.query_one(DraftPicker).show_state(self.offer)

    # --- picking a draft -------------------------------------------------------------

    @on(DraftPicker.Picked)
    def _picked(self, event: DraftPicker.Picked) -> None:
        event.stop()
        if (event.kind, event.lang) != (self.kind, self.lang):
            self.kind, self.lang = event.kind, event.lang
            self._load()

    def _chosen(self) -> None:
        # At once: the keys typed behind Enter are the draft's.
        self.set_focus(self.body_area)

    def show_draft(self, kind: str, lang: str | None = None) -> None:
        """Switch to the draft of `kind` (and `lang`, if given)."""
        self.query_one(DraftPicker).pick(kind, lang)

    def action_toggle_lang(self) -> None:
        self.query_one(DraftPicker).toggle_lang()

    # --- placeholders ----------------------------------------------------------------

    def action_next(self) -> None:
        """Select the next placeholder after the cursor, to type over it."""
        if not self.editor.next_placeholder():
            self.notify("No placeholders left in this draft.")

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

    def action_copy(self, part: str = "body") -> None:
        """Copy the body (the part pasted into a mail client's message), the subject, or
        both."""
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
            hint = clipboard_hint()
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
        contact = self.offer.contact
        return email_file.file_bytes(path, subject, body, contact.name, contact.email)

    def _ask_path(self, name: str = "", error: str = "") -> None:
        folder = self.app.export_folder
        if not name:
            name = f"{self.offer.id}-{self.kind}-{self.lang}.eml"
        self.app.push_screen(
            WriteFileDialog(
                "Write the email to a file", name, folder, describe=email_file.describe, error=error
            ),
            partial(self._write, folder=folder),
        )

    def _write(self, path: Path | None, *, folder: Path, overwrite: bool = False) -> None:
        if path is None:
            return
        again = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
        try:
            email_file.write_file(path, self._file_data(path), overwrite=overwrite)
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
        except UserFileError as error:
            self._ask_path(again, str(error))
            return
        self.app.remember_export_folder(path)
        kind = "mail message" if email_file.is_mail_message(path) else "text file"
        self.notify(f"Wrote the {kind} {path}", title="Written", markup=False)

    # --- the editor ------------------------------------------------------------------

    def action_open_editor(self) -> None:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        subject, body = self._texts()
        edited = edit_in_editor(
            self.app,
            draft_as_text(subject, body),
            f"{self.offer.id}-{self.kind}-{self.lang}.txt",
            fallback="Edit the draft here, or write it to a file "
            f"({self.app.how_to('write_email')}) and edit that.",
        )
        if edited.text is None:
            self.notify(
                edited.problem,
                title=edited.title,
                severity=edited.severity,
                markup=False,
                timeout=10,
            )
            return
        new_subject, new_body = email_file.read_back(edited.text, subject)
        if (new_subject, new_body) == (subject, body):
            self.notify("No changes from the editor.")
            return
        self._shown = replace(self._shown, subject=new_subject, body=new_body)
        self.editor.show(new_subject, new_body, from_start=False)
        self._save(self._shown)
        self.notify("Draft updated from the editor.")

    # --- regenerate and sent ---------------------------------------------------------

    def action_regenerate(self) -> None:
        if self.session.read_only:
            self.notify("This offer is read-only here.", severity="warning")
            return
        self._keep_edits()
        saved = self.offer.draft(self.kind, self.lang)
        fresh = fresh_draft(self.offer, self.app.profile, self.kind, self.lang)
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
                fresh = fresh_draft(offer, self.app.profile, self.kind, self.lang)
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
        sent = None if saved is not None and saved.sent else self.app.now().date()
        self._save(replace(self._shown, subject=subject, body=body, sent=sent))
        label = f"{KIND_LABELS[self.kind]} ({LANG_LABELS[self.lang]})"
        if sent is None:
            self.notify(f"“{label}” is marked as not sent.", markup=False)
        else:
            self.notify(f"“{label}” is marked as sent on {sent.isoformat()}.", markup=False)

    # --- the palette -----------------------------------------------------------------

    def draft_choices(self) -> list[tuple[str, str]]:
        """The palette's "Email: …" entries: each kind of draft and its name."""
        return [(kind, KIND_LABELS[kind]) for kind in KINDS]

    def action_show_draft(self, kind: str) -> None:
        self.show_draft(kind)


def _without_draft(offer: Offer, kind: str, lang: str) -> Offer:
    return replace(offer, emails=tuple(e for e in offer.emails if (e.kind, e.lang) != (kind, lang)))
