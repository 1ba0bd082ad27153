"""Exit codes and the one-line error every command raises (documented in the README and in
:mod:`kiosk.commands.core`). A module of its own so that command modules can share them
without importing each other."""

from __future__ import annotations

import click

from kiosk.text import terminal_safe

EXIT_PARTIAL, EXIT_CONFIG, EXIT_AUTH, EXIT_UNKNOWN_EVENT, EXIT_NETWORK = 1, 3, 4, 5, 6
EXIT_STORAGE = 7  # disk full or read-only, database damaged, newer or locked (see kiosk.cli)
EXIT_BUSY = 8  # another kiosk process on this data folder is syncing or uploading


class Fail(click.ClickException):
    """A one-line error with its own exit code (server text in it cannot drive the terminal)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(terminal_safe(message))
        self.exit_code = code
