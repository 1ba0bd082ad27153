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


# -- one status vocabulary (issue 9) ------------------------------------------------------

import ast  # noqa: E402
from pathlib import Path  # noqa: E402

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"


def _python_files():
    return sorted(p for p in KIOSK.rglob("*.py") if "__pycache__" not in p.parts)


def test_statuses_come_from_the_enum_only():
    """A bare 'ATTENDED' outside models.Status is a second definition waiting to drift;
    SQL text (a longer string) may still spell the words."""
    from kiosk.models import Status

    words = {s.value for s in Status}
    found = []
    for path in _python_files():
        if path == KIOSK / "models.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in words:
                found.append(f"{path.relative_to(KIOSK.parent)}:{node.lineno} {node.value!r}")
    assert found == []


def test_the_contract_lists_the_enum():
    from kiosk import contract
    from kiosk.models import Status

    assert contract.STATUSES == tuple(Status)
    assert contract.CHECKED_IN_STATUS is Status.ATTENDED
    assert contract.WALK_IN_STATUS is Status.CONFIRMED
    assert contract.STATUSES_HOLDING_PLACES <= set(Status)
    assert "ATTENDED" == Status.ATTENDED and f"{Status.PENDING}" == "PENDING"  # StrEnum
