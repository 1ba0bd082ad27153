"""Finding the top-level ``resources/`` folder (styles, icons, sounds, translations).

In a source checkout or editable install it sits next to the ``kiosk`` package; in a
PyInstaller build it is unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """``resource_path("sounds", "admit.wav")`` -> absolute path (it may not exist)."""
    return resources_root().joinpath(*parts)
