"""`offertui email ID KIND`: an email draft, ready to pipe into a mail client."""

from __future__ import annotations

import argparse
from pathlib import Path

from offertui.cli.output import fail, note, warn, write_out


def run(args: argparse.Namespace, root: Path) -> int:
    from offertui.domain.email_context import draft_for
    from offertui.domain.emails import KINDS, LANGS, draft_as_text, find_placeholders
    from offertui.domain.offer import Profile
    from offertui.storage.store import BrokenFile, OfferStore

    kind: str = args.kind
    lang: str | None = args.lang
    if kind not in KINDS:
        return fail(f"unknown email kind {kind!r}; choose one of: {', '.join(KINDS)}", 2)
    if lang is not None and lang not in LANGS:
        return fail(f"unknown language {lang!r}; choose one of: {', '.join(LANGS)}", 2)
    store = OfferStore(root)
    offer = store.load(args.id)
    try:
        profile = store.load_profile()
    except BrokenFile as error:
        warn(f"{error}; signing without the profile")
        profile = Profile()
    draft = draft_for(offer, profile, kind, lang or profile.email_lang)
    write_out(draft_as_text(draft.subject, draft.body))
    left = find_placeholders(f"{draft.subject}\n{draft.body}")
    if left:
        note(f"note: still to fill: {', '.join(left)}")
    return 0
