"""Entry point of the windowed executables (Windows ``WebKasa Check-in.exe``, the macOS app):
opens the check-in window. ``launch_gui demo`` starts the demo instead; other arguments go to
``kiosk app`` (``--kiosk``, ``--camera``). The console executable ``kiosk`` is the full CLI.
"""

import os
import sys

# A windowed executable has no console: give print() and logging somewhere harmless to write.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

from kiosk.cli import main  # noqa: E402

args = sys.argv[1:]
if sys.platform == "darwin":  # Finder may pass a process serial number
    args = [a for a in args if not a.startswith("-psn_")]
if not args or args[0] not in ("app", "demo"):
    args = ["app", *args]
main(args=args, prog_name="kiosk")
