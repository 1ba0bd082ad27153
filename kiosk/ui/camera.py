"""The camera and decoder, off the GUI thread, as Qt signals.

The Qt-free :class:`kiosk.scan.pipeline.ScanPipeline` runs capture and decoding in its own
threads and calls back from them. This adapter only re-emits: ``frame(QImage)`` for the
preview (at most one waiting at a time, so a slow screen drops frames instead of queueing
them) and ``code(text)`` for each new code. No widget is touched from the pipeline threads.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.codes import InvalidCode, ParsedCode
from kiosk.settings import Settings

log = logging.getLogger("kiosk.scan")


def frame_to_qimage(frame: np.ndarray) -> QImage:
    """A BGR (OpenCV) or grey numpy frame as a QImage that owns its pixels."""
    if frame.ndim == 2:
        h, w = frame.shape
        data = np.ascontiguousarray(frame)
        return QImage(data.data, w, h, data.strides[0], QImage.Format.Format_Grayscale8).copy()
    h, w, channels = frame.shape
    data = np.ascontiguousarray(frame[:, :, :3])
    image = QImage(data.data, w, h, data.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


class Camera(QObject):
    frame = Signal(QImage)
    code = Signal(str, object)  # text, its ParsedCode or InvalidCode (parsed once, here)
    state = Signal(str, str)  # starting, open, lost, reconnecting, ended, stopped; or why not:
    # failed, missing, unavailable (the detail is the source's own English message)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipeline: Any = None
        self._frame_waiting = threading.Event()
        self.running = False
        self.frames_seen = 0  # since the last start: Settings' door check reads it (issue 21)
        # the last start's arguments, so a settings preview can put back exactly what ran
        # (a demo's looping video, not the configured camera)
        self.started_with: tuple[Settings, str | None, bool, bool] | None = None

    def restart(self, started_with: tuple[Settings, str | None, bool, bool]) -> bool:
        settings, source, realtime, loop = started_with
        return self.start(settings, source, realtime=realtime, loop=loop)

    # GUI thread --------------------------------------------------------------------

    def start(self, settings: Settings, source: str | None = None, *, realtime: bool = True,
              loop: bool = False) -> bool:
        """Open ``source`` (default: the configured camera) and start decoding.

        Files play at their own frame rate (``realtime``) like a camera would deliver them;
        ``loop`` replays them (demos). Returns False, with a ``state("failed", why)``, when the
        decoder or source cannot be set up; the door keeps working with the USB scanner.
        """
        self.stop()
        self.frames_seen = 0
        self.started_with = (settings, source, realtime, loop)
        src = source if source is not None else settings.camera_source
        try:
            from kiosk.scan.pipeline import build_pipeline

            self._pipeline = build_pipeline(
                settings, src, on_code=self._on_code, on_frame=self._on_frame,
                on_status=self._on_status, realtime=realtime, loop=loop, name="kiosk-camera",
            )
            self.state.emit("starting", str(src))
            self._pipeline.start()
        except Exception as exc:  # no decoder library, bad source: the scanner still works
            log.warning("camera %s did not start: %s", src, exc)
            self._pipeline = None
            # the kind (kiosk.scan.frames.FrameSourceError) is the state: screens word it
            self.state.emit(getattr(exc, "kind", "failed"), str(exc))
            return False
        self.running = True
        return True

    def stop(self) -> None:
        pipeline, self._pipeline = self._pipeline, None
        if pipeline is not None:
            try:
                pipeline.stop()
            except Exception as exc:
                log.warning("camera did not stop cleanly: %s", exc)
            self.running = False
            self.state.emit("stopped", "")

    def frame_shown(self) -> None:
        """The preview painted the last frame: the next one may be sent."""
        self._frame_waiting.clear()

    # pipeline threads -----------------------------------------------------------------

    def _on_code(self, text: str, parsed: ParsedCode | InvalidCode, t: float | None = None) -> None:
        # The pipeline parsed it; the door takes the result as it is (one parse per scan).
        self.code.emit(text, parsed)

    def _on_frame(self, frame: Any, results: Any = None) -> None:
        image = getattr(frame, "image", frame)
        self.frames_seen += 1  # one writer (the pipeline thread); readers only compare to 0
        if self._frame_waiting.is_set() or image is None:
            return  # the preview has not shown the last one yet: drop this one
        self._frame_waiting.set()
        self.frame.emit(frame_to_qimage(image))

    def _on_status(self, state: str, detail: str) -> None:
        if state == "failed":  # say which kind of failure, when the source knows
            error = getattr(getattr(self._pipeline, "source", None), "error", None)
            state = getattr(error, "kind", None) or state
        self.state.emit(state, detail)
