"""Scanning: camera frames and scanner keystrokes in, ticket codes out. No Qt in here.

The names below are re-exported lazily, so ``from kiosk.scan import WedgeAssembler`` does not
pay for OpenCV.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "DecodeResult": "kiosk.scan.decoders",
    "Decoder": "kiosk.scan.decoders",
    "DecoderUnavailable": "kiosk.scan.decoders",
    "ZxingDecoder": "kiosk.scan.decoders",
    "PyzbarDecoder": "kiosk.scan.decoders",
    "make_decoder": "kiosk.scan.decoders",
    "Frame": "kiosk.scan.frames",
    "FrameSource": "kiosk.scan.frames",
    "FrameSourceError": "kiosk.scan.frames",
    "list_cameras": "kiosk.scan.frames",
    "ScanPipeline": "kiosk.scan.pipeline",
    "CodeDeduper": "kiosk.scan.pipeline",
    "WedgeAssembler": "kiosk.scan.wedge",
    "KeyEvent": "kiosk.scan.wedge",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.scan' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
