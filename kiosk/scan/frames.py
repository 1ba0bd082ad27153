"""Frames from a camera, a video file, a folder of images or a stream URL, over OpenCV.

A camera and a video file go through the same code (``cv2.VideoCapture.read``), so the tests
that feed generated videos exercise the path a webcam takes. A camera or stream that stops
delivering (a USB cable pulled, Wi-Fi gone) is released and reopened with back-off until it
comes back or the source is interrupted; a file simply ends.

Time is injected: ``clock`` stamps live frames, ``sleep`` paces files and waits between
reconnection attempts, ``capture_factory`` opens captures (tests pass fakes that fail on cue).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("kiosk.scan")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".pgm", ".ppm")
VIDEO_SUFFIXES = (".avi", ".mp4", ".mkv", ".mov", ".webm", ".mjpg", ".mjpeg", ".m4v", ".wmv", ".gif")
RETRY_DELAYS = (0.5, 1.0, 2.0, 3.0, 5.0)
"""Seconds between reconnection attempts (the last one repeats)."""
MAX_READ_FAILURES = 5
"""Consecutive failed reads after which a live source counts as lost."""
STREAM_TIMEOUT_MS = 5000
"""Open and read timeouts of network streams, so a dead phone does not hang the thread."""


class FrameSourceError(RuntimeError):
    """The source cannot be opened (no such file, camera busy or absent); message for staff.

    ``kind`` says which, so a screen can word it in its own language: ``missing`` (no such
    file, folder or images), ``unavailable`` (the camera or stream would not open)."""

    def __init__(self, message: str, kind: str = "unavailable") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Frame:
    """One picture from the source.

    ``time`` is when it was taken, in the source clock's seconds: the clock at grab time for
    live sources and paced files, the file's own timeline for unpaced files (so de-duplication
    behaves the same however fast a file is processed). ``media_time`` is the position in the
    file, when there is one.
    """

    image: np.ndarray
    index: int
    time: float
    media_time: float | None = None


@dataclass(frozen=True, slots=True)
class CameraInfo:
    index: int
    name: str
    width: int | None = None
    height: int | None = None

    def label(self) -> str:
        size = f" ({self.width}x{self.height})" if self.width and self.height else ""
        return f"{self.index}: {self.name}{size}"


def source_kind(source: str | int) -> str:
    """``camera``, ``stream``, ``folder``, ``images`` (one still) or ``file`` (a video)."""
    if isinstance(source, int):
        return "camera"
    text = str(source).strip()
    if re.fullmatch(r"\d{1,3}", text):
        return "camera"
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        return "stream"
    path = Path(text)
    if path.is_dir():
        return "folder"
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return "images"
    return "file"


def default_backend() -> int:
    """The capture API that opens USB cameras fastest and honours resolution requests."""
    import cv2

    if sys.platform.startswith("win"):
        # Media Foundation (OpenCV's default) can take seconds to open; DirectShow is quick.
        return cv2.CAP_DSHOW
    if sys.platform == "darwin":
        return cv2.CAP_AVFOUNDATION
    if sys.platform.startswith("linux"):
        return cv2.CAP_V4L2
    return cv2.CAP_ANY


def _quiet_opencv() -> None:
    """OpenCV warns on stderr for every camera index it cannot open; keep the console clean
    (what goes wrong is reported through FrameSourceError and our own log)."""
    try:
        import cv2

        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
    except Exception:  # pragma: no cover - older builds
        os.environ.setdefault("OPENCV_LOG_LEVEL", "SILENT")


def _open_capture(target: Any, api: int, params: Sequence[int] = ()):
    import cv2

    if params:
        return cv2.VideoCapture(target, api, list(params))
    return cv2.VideoCapture(target, api)


CaptureFactory = Callable[[Any, int, Sequence[int]], Any]


def list_cameras(
    max_index: int = 8,
    *,
    probe: bool = True,
    backend: int | None = None,
    capture_factory: CaptureFactory | None = None,
    sysfs: Path = Path("/sys/class/video4linux"),
) -> list[CameraInfo]:
    """Cameras that can be opened, with their names where the system gives them.

    On Linux the names come from sysfs and only capture nodes are probed (a USB camera also
    creates a metadata node that cannot deliver frames). Elsewhere indices 0..max_index are
    tried. ``probe=False`` lists without opening (Linux only; empty elsewhere).
    """
    import cv2

    _quiet_opencv()
    factory = capture_factory or _open_capture
    api = default_backend() if backend is None else backend
    names: dict[int, str] = {}
    if sysfs.is_dir():
        for node in sorted(sysfs.glob("video*")):
            m = re.fullmatch(r"video(\d+)", node.name)
            if not m:
                continue
            try:
                names[int(m.group(1))] = (node / "name").read_text(encoding="utf-8").strip()
            except OSError:
                names[int(m.group(1))] = f"Camera {m.group(1)}"
        candidates = sorted(i for i in names if i <= max_index)
    else:
        candidates = list(range(max_index + 1))
    if not probe:
        return [CameraInfo(i, names.get(i, f"Camera {i}")) for i in candidates]
    found: list[CameraInfo] = []
    misses = 0
    for index in candidates:
        cap = None
        try:
            cap = factory(index, api, ())
            ok = bool(cap is not None and cap.isOpened())
            if ok:
                ok, _ = cap.read()
            if ok:
                w = int(cap.get(cv2.CAP_PROP_FRAME_WIDTH) or 0) or None
                h = int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0) or None
                found.append(CameraInfo(index, names.get(index, f"Camera {index}"), w, h))
                misses = 0
            else:
                misses += 1
        except Exception as exc:  # a broken driver must not break the listing
            log.debug("probing camera %s failed: %s", index, exc)
            misses += 1
        finally:
            if cap is not None:
                try:
                    cap.release()
                except Exception:
                    pass
        if not names and misses >= 3:  # blind probing: stop after a run of empty indices
            break
    return found


class FrameSource:
    """Frames from ``source``: a camera index, video file, image folder or stream URL.

    ``read()`` returns the next :class:`Frame`, or None when a file or folder has ended or the
    source was interrupted. Live sources (cameras, streams) never end on their own: when they
    stop delivering they are reopened, waiting ``retry_delays`` between attempts, reporting
    each step through ``on_status(state, detail)`` with state one of ``open``, ``lost``,
    ``reconnecting``, ``ended``, ``failed``.

    Not thread-safe: one thread reads. :meth:`interrupt` may be called from any thread.
    """

    def __init__(
        self,
        source: str | int,
        *,
        width: int | None = None,
        height: int | None = None,
        fps: float | None = None,
        realtime: bool = False,
        loop: bool = False,
        backend: int | None = None,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        max_retries: int | None = None,
        max_read_failures: int = MAX_READ_FAILURES,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
        capture_factory: CaptureFactory | None = None,
        on_status: Callable[[str, str], None] | None = None,
        kind: str | None = None,
    ):
        self.source = source
        self.kind = kind or source_kind(source)
        self.width, self.height, self.fps = width, height, fps
        self.realtime = realtime
        self.loop = loop
        self.backend = backend
        self.retry_delays = tuple(retry_delays) or (1.0,)
        self.max_retries = max_retries
        self.max_read_failures = max(1, max_read_failures)
        self._clock = clock
        self._sleep = sleep
        self._factory = capture_factory or _open_capture
        self.on_status = on_status
        self._interrupted = threading.Event()
        self._cap: Any = None
        self._files: list[Path] = []
        self._file_pos = 0
        self._index = 0
        self._pass_index = 0  # frames delivered since the last rewind
        self._started_at: float | None = None
        self._next_due: float | None = None
        self._media_offset = 0.0
        self.actual_width: int | None = None
        self.actual_height: int | None = None
        self.actual_fps: float | None = None
        self.reconnects = 0
        self._last_state = ""
        self.error: FrameSourceError | None = None
        """Why it failed, once it has (its ``kind`` lets a screen word it)."""

    # ------------------------------------------------------------------ public

    @property
    def live(self) -> bool:
        """Cameras and streams: reconnect when lost, never end on their own."""
        return self.kind in ("camera", "stream")

    @property
    def frame_interval(self) -> float:
        """Seconds between frames at the source's rate (1/30 when it does not say)."""
        fps = self.actual_fps or self.fps or 30.0
        return 1.0 / fps if fps > 0 else 1.0 / 30

    def describe(self) -> str:
        what = {"camera": "camera", "stream": "stream", "folder": "folder", "images": "image"}.get(
            self.kind, "video"
        )
        size = f" {self.actual_width}x{self.actual_height}" if self.actual_width else ""
        fps = f" @{self.actual_fps:.0f}fps" if self.actual_fps else ""
        return f"{what} {self._display_source()}{size}{fps}"

    def open(self) -> None:
        """Open now (``read`` opens lazily); raises :class:`FrameSourceError` on failure."""
        if self._is_open():
            return
        _quiet_opencv()
        if self.kind in ("folder", "images"):
            self._open_files()
        else:
            self._open_capture()
        if self._started_at is None:
            self._started_at = self._clock()
        self._status("open", self.describe())

    def read(self) -> Frame | None:
        while not self._interrupted.is_set():
            if not self._is_open():
                try:
                    self.open()
                except FrameSourceError as exc:
                    if not self.live:
                        self.error = exc
                        self._status("failed", str(exc))
                        raise
                    self._status("lost", str(exc))
                    if not self._reconnect():
                        return None
                    continue
            frame = self._read_files() if self.kind in ("folder", "images") else self._read_capture()
            if frame is not None:
                return frame
            if self.live:
                self._status("lost", f"{self._display_source()} stopped delivering frames")
                self._release()
                if not self._reconnect():
                    return None
                continue
            if self.loop and self._index > 0:
                self._rewind()
                continue
            self._status("ended", self._display_source())
            return None
        return None

    def __iter__(self) -> Iterator[Frame]:
        while True:
            frame = self.read()
            if frame is None:
                return
            yield frame

    def interrupt(self) -> None:
        """Make a blocked or retrying ``read`` return None soon (any thread)."""
        self._interrupted.set()

    @property
    def interrupted(self) -> bool:
        return self._interrupted.is_set()

    def close(self) -> None:
        self._release()
        self._files = []

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ internals

    def _display_source(self) -> str:
        if self.kind == "stream":  # stream URLs may carry a password: user:pass@host
            return re.sub(r"//[^/@]*@", "//…@", str(self.source))
        return str(self.source)

    def _status(self, state: str, detail: str) -> None:
        level = logging.INFO if state in ("open", "ended") else logging.WARNING
        if state == self._last_state == "reconnecting":
            # a camera that stays away is warned about once, not every 5 s; the file log (INFO)
            # still records each attempt for whoever looks into it later
            level = logging.INFO
        self._last_state = state
        log.log(level, "frame source %s: %s", state, detail)
        if self.on_status is not None:
            try:
                self.on_status(state, detail)
            except Exception:
                log.exception("on_status callback failed")

    def _is_open(self) -> bool:
        if self.kind in ("folder", "images"):
            return bool(self._files)
        return self._cap is not None

    def _release(self) -> None:
        cap, self._cap = self._cap, None
        if cap is not None:
            try:
                cap.release()
            except Exception:
                log.debug("release failed", exc_info=True)

    def _wait(self, seconds: float) -> bool:
        """Wait, returning True if interrupted meanwhile."""
        if self._sleep is not None:
            if seconds > 0:
                self._sleep(seconds)
            return self._interrupted.is_set()
        return self._interrupted.wait(max(0.0, seconds))

    def _reconnect(self) -> bool:
        attempt = 0
        while not self._interrupted.is_set():
            if self.max_retries is not None and attempt >= self.max_retries:
                self._status("failed", f"{self._display_source()} did not come back")
                return False
            delay = self.retry_delays[min(attempt, len(self.retry_delays) - 1)]
            self._status("reconnecting", f"attempt {attempt + 1} in {delay:g}s")
            if self._wait(delay):
                return False
            attempt += 1
            try:
                self._open_capture()
            except FrameSourceError as exc:
                log.debug("reconnect attempt %d failed: %s", attempt, exc)
                continue
            self.reconnects += 1
            self._status("open", self.describe())
            return True
        return False

    def _open_capture(self) -> None:
        import cv2

        self._release()
        if self.kind == "camera":
            index = int(self.source)
            api = default_backend() if self.backend is None else self.backend
            target: Any = index
            params: list[int] = []
        elif self.kind == "stream":
            api = cv2.CAP_FFMPEG if self.backend is None else self.backend
            target = str(self.source)
            params = [
                cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, STREAM_TIMEOUT_MS,
                cv2.CAP_PROP_READ_TIMEOUT_MSEC, STREAM_TIMEOUT_MS,
            ]  # fmt: skip
        else:
            path = Path(str(self.source))
            if not path.is_file():
                raise FrameSourceError(f"No such video file: {path}", "missing")
            api = cv2.CAP_ANY if self.backend is None else self.backend
            target, params = str(path), []
        try:
            cap = self._factory(target, api, params)
        except Exception as exc:
            raise FrameSourceError(f"Cannot open {self._display_source()}: {exc}") from exc
        if cap is None or not cap.isOpened():
            if cap is not None:
                try:
                    cap.release()
                except Exception:
                    pass
            hint = " (in use by another program, or unplugged?)" if self.kind == "camera" else ""
            raise FrameSourceError(f"Cannot open {self._display_source()}{hint}")
        if self.kind == "camera":
            self._configure_camera(cap)
        self._cap = cap
        get = getattr(cap, "get", None)
        if get is not None:
            w, h, fps = get(cv2.CAP_PROP_FRAME_WIDTH), get(cv2.CAP_PROP_FRAME_HEIGHT), get(cv2.CAP_PROP_FPS)
            self.actual_width = int(w) if w and w > 0 else None
            self.actual_height = int(h) if h and h > 0 else None
            self.actual_fps = float(fps) if fps and 0 < fps < 1000 else None
            from kiosk.scan import MAX_IMAGE_PIXELS

            if (self.actual_width or 0) * (self.actual_height or 0) > MAX_IMAGE_PIXELS:
                self._release()
                raise ImageTooLarge(f"{self._display_source()}: frames of {self.actual_width}x"
                                    f"{self.actual_height} pixels are too large to decode")

    def _configure_camera(self, cap: Any) -> None:
        """Ask for MJPEG (USB 2 webcams give 720p30 only compressed), size, rate, one buffer."""
        import cv2

        def setp(prop: int, value: float) -> None:
            try:
                cap.set(prop, value)
            except Exception:
                pass

        setp(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))  # type: ignore[attr-defined]
        if self.width:
            setp(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        if self.height:
            setp(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        if self.fps:
            setp(cv2.CAP_PROP_FPS, self.fps)
        setp(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not one from 4 frames ago

    def _read_capture(self) -> Frame | None:
        import cv2

        failures = 0
        while not self._interrupted.is_set():
            try:
                ok, image = self._cap.read()
            except Exception as exc:
                log.debug("read failed: %s", exc)
                ok, image = False, None
            if ok and isinstance(image, np.ndarray) and image.size:
                break
            if not self.live:
                return None
            failures += 1
            if failures >= self.max_read_failures:
                return None
        else:
            return None
        media = None
        if not self.live:
            try:
                media = float(self._cap.get(cv2.CAP_PROP_POS_MSEC)) / 1000.0
            except Exception:
                media = None
            if media is None or (media <= 0 and self._pass_index > 0):
                media = self._pass_index * self.frame_interval
            media += self._media_offset
        return self._stamp(_as_bgr(image), media)

    def _stamp(self, image: np.ndarray, media: float | None) -> Frame:
        if self.live or self.realtime or media is None:
            if self.realtime and not self.live:
                self._pace()
            t = self._clock()
        else:
            t = (self._started_at or 0.0) + media
        frame = Frame(image, self._index, t, media)
        self._index += 1
        self._pass_index += 1
        return frame

    def _pace(self) -> None:
        now = self._clock()
        if self._next_due is None:
            self._next_due = now
        elif self._next_due > now:
            self._wait(self._next_due - now)
        self._next_due = max(self._next_due, now - self.frame_interval) + self.frame_interval

    def _rewind(self) -> None:
        self._media_offset = self._index * self.frame_interval
        self._pass_index = 0
        if self.kind in ("folder", "images"):
            self._file_pos = 0
        else:
            self._release()

    def _open_files(self) -> None:
        path = Path(str(self.source))
        if self.kind == "images":
            if not path.is_file():
                raise FrameSourceError(f"No such image: {path}", "missing")
            files = [path]
        else:
            try:
                entries = list(path.iterdir())
            except OSError as exc:
                raise FrameSourceError(f"Cannot read folder {path}: {exc.strerror}", "missing") from exc
            files = sorted((p for p in entries if p.suffix.lower() in IMAGE_SUFFIXES), key=_natural_key)
            if not files:
                raise FrameSourceError(f"No images in {path}", "missing")
        self._files = files
        self._file_pos = 0

    def _read_files(self) -> Frame | None:
        while self._file_pos < len(self._files):
            path = self._files[self._file_pos]
            self._file_pos += 1
            try:
                image = read_image(path)
            except ImageTooLarge as exc:
                log.warning("%s; skipped", exc)
                continue
            if image is None:
                log.warning("cannot read image %s; skipped", path)
                continue
            media = self._media_offset + self._pass_index * self.frame_interval
            return self._stamp(image, media)
        return None


class ImageTooLarge(FrameSourceError):
    """The image has more pixels than :data:`kiosk.scan.MAX_IMAGE_PIXELS`; not decoded."""


def check_image_size(path: Path | str, max_pixels: int | None = None) -> None:
    """Refuse an image whose header claims too many pixels, before anything is decoded.

    Pillow's ``Image.open`` reads the header only; files it cannot read are left to OpenCV
    (whose own limit, set in :mod:`kiosk.scan`, is the same).
    """
    from PIL import Image

    from kiosk.scan import MAX_IMAGE_PIXELS

    limit = MAX_IMAGE_PIXELS if max_pixels is None else max_pixels
    try:
        with Image.open(path) as img:
            width, height = img.size
    except Image.DecompressionBombError:
        raise ImageTooLarge(f"the image has far more than {limit / 1e6:.0f} megapixels; "
                            "not decoded") from None
    except Exception:
        return
    if width * height > limit:
        raise ImageTooLarge(
            f"the image is {width}x{height} pixels; at most {limit / 1e6:.0f} megapixels are decoded"
        )


def read_image(path: Path | str) -> np.ndarray | None:
    """A BGR image from any path (including non-ASCII ones on Windows), or None.

    Raises :class:`ImageTooLarge` for an image with too many pixels (checked from its header).
    """
    import cv2

    check_image_size(path)
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    return image


def _as_bgr(image: np.ndarray) -> np.ndarray:
    import cv2

    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return image


def _natural_key(path: Path) -> list:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", path.name)]
