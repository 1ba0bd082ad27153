"""Guard against the PySide6 release that corrupts None/True/False on CPython 3.11.

PySide6-Essentials 6.12.0 (abi3) returns ``None`` and ``True`` from void calls and
``Signal.emit`` without a reference, so their counts fall until the interpreter aborts part-way
through a busy event; pyproject.toml excludes it. This test fails if such a build comes back.
"""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
class O(QObject):
    s = Signal(object)
o = O()
o.s.connect(lambda v: None)
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(2000):
    o.setObjectName("probe")
    o.s.emit(None)
after = sys.getrefcount(None), sys.getrefcount(True)
print(before[0] - after[0], before[1] - after[1])
"""


def test_qt_binding_keeps_singleton_refcounts():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-500:]
    lost_none, lost_true = map(int, out.stdout.split())
    assert lost_none < 100 and lost_true < 100, "this PySide6 build leaks references"
