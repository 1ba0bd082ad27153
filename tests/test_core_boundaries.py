"""The core runs without Qt (style note 1) and never leaks the API key."""

import subprocess
import sys

CORE = ["kiosk.api", "kiosk.codes", "kiosk.door", "kiosk.store", "kiosk.sync", "kiosk.outbox",
        "kiosk.settings", "kiosk.cli", "kiosk.commands.core", "kiosk.simulator"]


def test_core_imports_no_qt():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
