"""The scan pipeline: frames in, new codes out, in a thread of its own. No Qt in here.

One thread reads a :class:`~kiosk.scan.frames.FrameSource`, decodes each frame within a time
budget (half the frame interval by default, so the preview keeps the camera's rate), and
reports through plain callbacks, called from that thread:

- ``on_frame(frame, results)`` for every frame (the preview; ``results`` may be empty);
- ``on_code(text, parsed, frame_time)`` for every *new* code, where ``parsed`` is a
  :class:`~kiosk.codes.ParsedCode` or the :class:`~kiosk.codes.InvalidCode` raised for it;
- ``on_status(state, detail)`` for the source's state (``open``, ``lost``, ``reconnecting``,
  ``ended``, ``failed``).

The GUI wraps these in Qt signals; the command line puts codes on a queue and checks them in
from its main thread (the door's database belongs to that thread). Both build theirs with
:func:`build_pipeline`, and both hand the parsed code to the door, which does not parse again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.codes import InvalidCode, ParsedCode, parse_code

if TYPE_CHECKING:  # pragma: no cover
    from kiosk.scan.decoders import Decoder, DecodeResult
    from kiosk.scan.frames import Frame, FrameSource
    from kiosk.settings import Settings

log = logging.getLogger("kiosk.scan")

OnCode = Callable[[str, "ParsedCode | InvalidCode", float], None]
OnFrame = Callable[["Frame", "list[DecodeResult]"], None]
OnStatus = Callable[[str, str], None]


class CodeDeduper:
    """Which sightings are new scans.

    A code held in front of the camera shows up in dozens of frames: it is one scan for as
    long as it keeps being seen, and until it has been out of sight for ``cooldown_s``.
    Each code has its own memory, so a different code is taken at once and an unreadable or
    invalid code never blocks the next one.
    """

    def __init__(self, cooldown_s: float = 3.0):
        self.cooldown_s = max(0.0, float(cooldown_s))
        self._last_seen: dict[str, float] = {}

    def seen(self, text: str, now: float) -> bool:
        """Record a sighting at ``now``; True if it is a new scan."""
        last = self._last_seen.get(text)
        self._last_seen[text] = now
        if len(self._last_seen) > 64:
            self._prune(now)
        if last is None:
            return True
        age = now - last
        return age < 0 or age >= self.cooldown_s  # a clock going backwards: a fresh start

    def forget(self, text: str | None = None) -> None:
        """Forget one code (staff pressed "scan again") or all of them."""
        if text is None:
            self._last_seen.clear()
        else:
            self._last_seen.pop(text, None)

    def _prune(self, now: float) -> None:
        for key, t in list(self._last_seen.items()):
            if now - t >= self.cooldown_s:
                del self._last_seen[key]


@dataclass
class PipelineStats:
    frames: int = 0
    frames_with_code: int = 0
    codes: int = 0
    decode_ms: deque = field(default_factory=lambda: deque(maxlen=600))
    """Decode time of the most recent frames (for a diagnostics screen)."""


class ScanPipeline:
    """Reads frames, decodes them, reports new codes. ``start()`` runs it in a daemon thread.

    ``budget_s`` is the time allowed per frame for extra decoding passes; None means half the
    source's frame interval. ``cooldown_s`` is the scan de-duplication window (settings:
    ``scan_cooldown_s``), measured in frame time: the clock injected into the source stamps
    live frames, and a file's own timeline stamps unpaced files, so de-duplication is the
    same however fast a recording is processed.
    """

    def __init__(
        self,
        source: FrameSource,
        decoder: Decoder,
        *,
        on_code: OnCode,
        on_frame: OnFrame | None = None,
        on_status: OnStatus | None = None,
        cooldown_s: float = 3.0,
        budget_s: float | None = None,
        parse: Callable[[str], ParsedCode] = parse_code,
        name: str = "kiosk-scan",
    ):
        self.source = source
        self.decoder = decoder
        self.on_code = on_code
        self.on_frame = on_frame
        self.on_status = on_status
        self.dedupe = CodeDeduper(cooldown_s)
        self.budget_s = budget_s
        self.parse = parse
        self.name = name
        self.stats = PipelineStats()
        self.error: Exception | None = None
        self._stop = threading.Event()
        self._done = threading.Event()
        self._paused = threading.Event()
        self._thread: threading.Thread | None = None
        if on_status is not None and source.on_status is None:
            source.on_status = on_status  # the source reports open/lost/reconnecting itself

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("pipeline already started")
        self._thread = threading.Thread(target=self.run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 2.0) -> bool:
        """Ask the thread to finish and wait for it; True if it has."""
        self._stop.set()
        self.source.interrupt()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the source ends (files) or the pipeline is stopped; True if it has."""
        return self._done.wait(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def pause(self) -> None:
        """Keep the preview, stop decoding (while a verdict is on screen, say)."""
        self._paused.set()

    def resume(self) -> None:
        self._paused.clear()

    # ------------------------------------------------------------------ the loop

    def run(self) -> None:
        """The loop itself, in the calling thread (``start`` runs it in a new one)."""
        try:
            while not self._stop.is_set():
                try:
                    frame = self.source.read()
                except Exception as exc:  # FrameSourceError for a file that is not there
                    self.error = exc
                    log.error("scan source failed: %s", exc)
                    if self.source.on_status is not self.on_status:  # else already told
                        self._status("failed", str(exc))
                    break
                if frame is None:
                    break
                self.process(frame)
        finally:
            try:
                self.source.close()
            finally:
                self._done.set()

    def process(self, frame: Frame) -> list[DecodeResult]:
        """Decode one frame and report it; public so tests and tools can drive it directly."""
        results: list = []
        if not self._paused.is_set():
            budget = self.budget_s
            if budget is None:
                budget = 0.5 * self.source.frame_interval
            t0 = time.perf_counter()
            results = self.decoder.decode(frame.image, budget_s=budget)
            self.stats.decode_ms.append((time.perf_counter() - t0) * 1000.0)
        self.stats.frames += 1
        if results:
            self.stats.frames_with_code += 1
        if self.on_frame is not None:
            try:
                self.on_frame(frame, results)
            except Exception:
                log.exception("on_frame callback failed")
        for result in results:
            if not self.dedupe.seen(result.text, frame.time):
                continue
            try:
                parsed: ParsedCode | InvalidCode = self.parse(result.text)
            except InvalidCode as exc:
                parsed = exc
            except Exception as exc:  # parse_code is total; a replacement might not be
                log.exception("parsing a code failed")
                parsed = InvalidCode(str(exc) or "Unreadable code")
            self.stats.codes += 1
            log.info(
                "scanned %s (%s)",
                parsed.registration_id if isinstance(parsed, ParsedCode) else "invalid code",
                result.format,
            )
            try:
                self.on_code(result.text, parsed, frame.time)
            except Exception:
                log.exception("on_code callback failed")
        return results

    def _status(self, state: str, detail: str) -> None:
        if self.on_status is not None:
            try:
                self.on_status(state, detail)
            except Exception:
                log.exception("on_status callback failed")


def build_pipeline(
    settings: Settings,
    source: str | None = None,
    *,
    on_code: OnCode,
    on_frame: OnFrame | None = None,
    on_status: OnStatus | None = None,
    realtime: bool = True,
    loop: bool = False,
    decoder_name: str | None = None,
    cooldown_s: float | None = None,
    name: str = "kiosk-scan",
) -> ScanPipeline:
    """The scan path, put together in one place for the GUI's camera and ``kiosk scan``.

    Decoder, frame source and de-duplication come from ``settings`` (``source``,
    ``decoder_name`` and ``cooldown_s`` override one each), so both doors read codes the same
    way. ``on_code`` receives the code already parsed: pass the :class:`ParsedCode` (or the
    :class:`InvalidCode`) on to :meth:`kiosk.door.Door.checkin` rather than parsing again.
    Raises ValueError / :class:`~kiosk.scan.decoders.DecoderUnavailable` for a decoder that
    cannot be made; a source that cannot be opened is reported when the pipeline runs.
    """
    from kiosk.scan.decoders import make_decoder
    from kiosk.scan.frames import FrameSource

    decoder = make_decoder(decoder_name or settings.decoder, settings.symbologies)
    frames = FrameSource(source if source is not None else settings.camera_source,
                         width=settings.camera_width, height=settings.camera_height,
                         fps=settings.camera_fps, realtime=realtime, loop=loop)
    return ScanPipeline(
        frames, decoder, on_code=on_code, on_frame=on_frame, on_status=on_status,
        cooldown_s=settings.scan_cooldown_s if cooldown_s is None else cooldown_s, name=name,
    )
