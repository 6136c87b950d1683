"""The commands of offertui, each declared once, in the order F1 and the palette list them.

How the keys are chosen:
- F1 help, F2-F8 the offer's screens, F9 start or end the meeting, F12 the follow-up
  phrase. F10 and F11 are left alone: common terminals take them (a menu, full screen).
- ctrl keys that neither readline's editing (a e k u w d h f y) nor tmux (b) nor the
  terminal (c z, and s q, which Textual frees) need: n next, o add a question,
  r answered, l unclear, t time, g pressured, j join (copy the meeting link). They
  work while typing, which the meeting needs. ctrl+backslash switches the questions'
  language: no editing and no terminal takes it either. ctrl+s saves (nothing was
  waiting) and says so: a habit is harmless (with the file changed on disk, it says
  how to settle that instead).
- Printable keys act only where nothing is typed: the Offers list (n, d, u, m, c, g, p,
  s, /, space). On an offer's screens typing is never a command, and no dialog takes a
  letter or a digit: a sentence typed on while it opens must not answer it (the
  two-versions dialog keeps a version only from its buttons, as a "2" in "at 2pm" once
  kept the older file). Its yes is Enter on its button, or the key that asked pressed
  again (ctrl+q, F2-F8, F9, delete), which keeps that key's one meaning.
- Everything else has no key, and is one ctrl+p away under a plain name.
"""

from __future__ import annotations

from typing import Final

from offertui.commands.command import Command
from offertui.commands.declared.app_wide import APP_WIDE
from offertui.commands.declared.decision_emails import DECISION_EMAILS
from offertui.commands.declared.lookup_dialogs import LOOKUP_DIALOGS
from offertui.commands.declared.meeting import MEETING
from offertui.commands.declared.offers_list import OFFERS_LIST
from offertui.commands.declared.pay_letter import PAY_LETTER
from offertui.commands.declared.prep import PREP

__all__ = ["COMMANDS"]

#: Every command, in the order F1 and the palette list them: one module for each part
#: of the app, each a table laid out by hand, a command a few lines.
COMMANDS: Final[tuple[Command, ...]] = (
    *APP_WIDE,
    *OFFERS_LIST,
    *PREP,
    *MEETING,
    *DECISION_EMAILS,
    *PAY_LETTER,
    *LOOKUP_DIALOGS,
)
