"""Exit codes and the one-line error every command raises. A module of its own so that the
command modules and :mod:`kiosk.cli` share one definition. Documented in the README, and
stable for scripts:

0 success; 1 done but not everything succeeded (a code not admitted, uploads still waiting);
2 usage error; 3 not configured (no event, no key, event not cached yet, first sync
incomplete); 4 API key refused; 5 unknown event; 6 server unreachable or failing;
7 storage fault (disk full, read-only, damaged, newer or locked database); 8 busy;
130 interrupted (Ctrl+C), as a shell reports a program ended by SIGINT.
"""

from __future__ import annotations

import click

from kiosk.text import terminal_safe

EXIT_PARTIAL, EXIT_CONFIG, EXIT_AUTH, EXIT_UNKNOWN_EVENT, EXIT_NETWORK = 1, 3, 4, 5, 6
EXIT_USAGE = 2  # as click's own usage errors: a flag, variable or setting of the wrong form
EXIT_STORAGE = 7  # disk full or read-only, database damaged, newer or locked (kiosk.cli too)
EXIT_BUSY = 8  # another kiosk process on this data folder is syncing or uploading
EXIT_INTERRUPTED = 130  # Ctrl+C (kiosk.cli); 128 + SIGINT, what shells report


class Fail(click.ClickException):
    """A one-line error with its own exit code (server text in it cannot drive the terminal)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(terminal_safe(message))
        self.exit_code = code  # type: ignore[misc]  # click declares it on the class
