"""Scanning: camera frames and scanner keystrokes in, ticket codes out. No Qt in here.

The names below are re-exported lazily, so ``from kiosk.scan import WedgeAssembler`` does not
pay for OpenCV.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

MAX_IMAGE_PIXELS = 40_000_000
"""Largest image decoded (40 megapixels): a 30000x30000 PNG would take 2.7 GB as pixels."""

# OpenCV and the FFmpeg inside it write their own log lines straight to the terminal, where a
# command's output (``kiosk decode --json``) belongs to us; and OpenCV's own image size limit
# is a gigapixel. Both are read when cv2 is first imported, which happens after this.
os.environ.setdefault("OPENCV_LOG_LEVEL", "SILENT")
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")  # AV_LOG_QUIET
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_IMAGE_PIXELS))

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
