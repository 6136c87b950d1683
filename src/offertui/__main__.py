"""`python -m offertui` and the `offertui` script: the command line in `offertui.cli`."""

from __future__ import annotations

import sys

from offertui.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
