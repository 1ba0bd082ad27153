"""The scan pipeline: generated videos in (through the webcam's read path), new codes out."""

from __future__ import annotations

import queue
import threading

import cv2
import numpy as np
import pytest

import scan_helpers as sh
from kiosk import registrations
from kiosk.codes import InvalidCode, ParsedCode
from kiosk.scan.decoders import make_decoder
from kiosk.scan.frames import Frame, FrameSource
from kiosk.scan.pipeline import CodeDeduper, ScanPipeline

A = '{"registration_id":"reg_A1","event_id":"evt_1"}'
B = "https://tickets.example/r/reg_B2"
JUNK = "hello, world"


@pytest.fixture(scope="module")
def decoder():
    return make_decoder()


def run_video(tmp_path, decoder, segments, *, fps=30, **kw):
    frames, starts = sh.video_segments(segments, size=(320, 240))
    path = sh.write_video(tmp_path / "door.avi", frames, fps=fps)
    codes, seen_frames = [], []
    pipeline = ScanPipeline(
        FrameSource(str(path), clock=lambda: 0.0), decoder,  # frame times = video time
        on_code=lambda text, parsed, t: codes.append((text, parsed, round(t, 3))),
        on_frame=lambda frame, results: seen_frames.append((frame.index, [r.text for r in results])),
        **kw,
    )  # fmt: skip
    pipeline.start()
    assert pipeline.wait(60), "pipeline did not finish the file"
    assert pipeline.stop(5)
    return codes, seen_frames, starts


# ------------------------------------------------------------------------- de-duplication


def test_deduper_rules():
    d = CodeDeduper(cooldown_s=3.0)
    assert d.seen("A", 0.0)
    assert not d.seen("A", 0.1)  # next frame
    assert d.seen("B", 0.2)  # a different code at once
    assert not d.seen("A", 0.3)  # A is still fresh
    for t in np.arange(0.4, 10.0, 0.5):  # held in view for 10 s: still one scan
        assert not d.seen("A", float(t))
    assert d.seen("A", 13.5)  # gone for 3.5 s: a new scan
    assert d.seen("A", 5.0)  # the clock went backwards: start afresh
    d.forget("A")
    assert d.seen("A", 5.1)
    d.forget()
    assert d.seen("B", 5.2)


def test_deduper_memory_is_bounded():
    d = CodeDeduper(cooldown_s=1.0)
    for i in range(1000):
        d.seen(f"code{i}", float(i))
    assert len(d._last_seen) < 100


# ------------------------------------------------------------------------- through video


def test_consecutive_frames_are_one_scan_and_different_codes_are_taken_at_once(tmp_path, decoder):
    codes, frames, starts = run_video(
        tmp_path, decoder, [(None, 3), (A, 12), (B, 10), (JUNK, 6), (A, 8)], cooldown_s=3.0
    )
    assert [c[0] for c in codes] == [A, B, JUNK]  # A again after 0.5 s: still the same scan
    assert isinstance(codes[0][1], ParsedCode) and codes[0][1].registration_id == "reg_A1"
    assert codes[1][1].registration_id == "reg_B2"
    assert isinstance(codes[2][1], InvalidCode)
    assert len(frames) == 39 and [i for i, _ in frames] == list(range(39))
    # Each code is reported from the first frame it is read in (times are video time).
    assert codes[0][2] == pytest.approx(starts[1] / 30, abs=0.034)
    assert codes[1][2] == pytest.approx(starts[2] / 30, abs=0.034)


def test_the_same_code_after_the_cooldown_is_a_new_scan(tmp_path, decoder):
    codes, _, _ = run_video(tmp_path, decoder, [(A, 5), (None, 20), (A, 5)], cooldown_s=0.5)
    assert [c[0] for c in codes] == [A, A]
    codes, _, _ = run_video(tmp_path, decoder, [(A, 5), (None, 20), (A, 5)], cooldown_s=3.0)
    assert [c[0] for c in codes] == [A]


def test_an_invalid_code_never_blocks_the_next(tmp_path, decoder):
    codes, _, _ = run_video(tmp_path, decoder, [(JUNK, 3), (A, 3), (JUNK, 3), (B, 3)], cooldown_s=10)
    assert [c[0] for c in codes] == [JUNK, A, B]


def test_failing_callbacks_do_not_stop_the_scan(tmp_path, decoder, caplog):
    frames, _ = sh.video_segments([(A, 3), (B, 3)], size=(320, 240))
    path = sh.write_video(tmp_path / "v.avi", frames)
    got = []

    def on_code(text, parsed, t):
        got.append(text)
        raise RuntimeError("GUI bug")

    def on_frame(frame, results):
        raise ValueError("preview bug")

    pipeline = ScanPipeline(FrameSource(str(path)), decoder, on_code=on_code, on_frame=on_frame)
    pipeline.run()  # in this thread
    assert got == [A, B] and pipeline.stats.frames == 6 and pipeline.stats.codes == 2
    assert "on_code callback failed" in caplog.text


def test_missing_file_reports_failure(tmp_path, decoder):
    statuses = []
    pipeline = ScanPipeline(
        FrameSource(str(tmp_path / "nope.avi")), decoder, on_code=lambda *a: None,
        on_status=lambda s, d: statuses.append(s),
    )  # fmt: skip
    pipeline.start()
    assert pipeline.wait(10)
    assert statuses == ["failed"] and pipeline.error is not None


# ------------------------------------------------------------------------- live sources


class EndlessCamera:
    """A camera that never stops: frames from a list, round and round."""

    def __init__(self, frames):
        self.frames = frames
        self.i = 0
        self.released = threading.Event()

    def isOpened(self):
        return True

    def set(self, *a):
        return True

    def get(self, prop):
        return 30.0 if prop == cv2.CAP_PROP_FPS else 0

    def read(self):
        frame = self.frames[self.i % len(self.frames)]
        self.i += 1
        return True, frame

    def release(self):
        self.released.set()


def test_live_pipeline_stops_on_request(decoder):
    frames, _ = sh.video_segments([(None, 2), (A, 2)], size=(320, 240))
    camera = EndlessCamera(frames)
    codes: queue.Queue = queue.Queue()
    pipeline = ScanPipeline(
        FrameSource(0, capture_factory=lambda *a: camera), decoder,
        on_code=lambda text, parsed, t: codes.put(text),
    )  # fmt: skip
    pipeline.start()
    assert codes.get(timeout=10) == A
    assert pipeline.running
    assert pipeline.stop(5)
    assert not pipeline.running and camera.released.is_set()
    assert codes.empty()  # the camera loops A every 4 frames: still one scan


def test_pause_keeps_the_preview_but_stops_decoding(decoder):
    frame = Frame(sh.scene(A, size=(320, 240), code_px=150), 0, 0.0)
    pipeline = ScanPipeline(FrameSource(0), decoder, on_code=lambda *a: None)
    pipeline.pause()
    assert pipeline.process(frame) == []
    pipeline.resume()
    assert [r.text for r in pipeline.process(frame)] == [A]


def test_camera_lost_and_back_mid_scan(tmp_path, decoder):
    frames, _ = sh.video_segments([(A, 3), (None, 2)], size=(320, 240))
    first = sh.write_video(tmp_path / "before.avi", frames)
    frames, _ = sh.video_segments([(B, 3)], size=(320, 240))
    second = sh.write_video(tmp_path / "after.avi", frames)
    plan = [str(first), None, str(second)]

    def factory(target, api, params):  # real captures over files stand in for the camera
        path = plan.pop(0) if plan else None
        return cv2.VideoCapture(path, cv2.CAP_ANY) if path else cv2.VideoCapture()

    statuses, codes = [], queue.Queue()
    source = FrameSource(0, capture_factory=factory, retry_delays=(0.0,), max_retries=3, max_read_failures=1)
    pipeline = ScanPipeline(
        source, decoder, on_code=lambda text, parsed, t: codes.put(text),
        on_status=lambda s, d: statuses.append(s),
    )  # fmt: skip
    pipeline.start()
    assert pipeline.wait(30)
    assert [codes.get_nowait() for _ in range(codes.qsize())] == [A, B]
    assert statuses[:2] == ["open", "lost"] and "reconnecting" in statuses
    assert statuses.count("open") == 2 and statuses[-1] == "failed"


def test_default_budget_follows_the_frame_rate(decoder):
    budgets = []

    class Spy:
        def decode(self, image, budget_s=None):
            budgets.append(budget_s)
            return []

    src = FrameSource(0)
    src.actual_fps = 25.0
    ScanPipeline(src, Spy(), on_code=lambda *a: None).process(Frame(np.zeros((10, 10, 3), np.uint8), 0, 0.0))
    ScanPipeline(src, Spy(), on_code=lambda *a: None, budget_s=0.005).process(
        Frame(np.zeros((10, 10, 3), np.uint8), 0, 0.0)
    )
    assert budgets == [pytest.approx(0.02), 0.005]


def test_scanning_is_qt_free_and_the_wedge_needs_no_opencv():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import kiosk.scan, kiosk.scan.wedge\n"
        "from kiosk.scan import WedgeAssembler\n"
        "light = 'cv2' in sys.modules\n"
        "import kiosk.scan.decoders, kiosk.scan.frames, kiosk.scan.pipeline, kiosk.scan.tickets\n"
        "import kiosk.commands.scan\n"
        "kiosk.scan.decoders.make_decoder().decode(__import__('numpy').zeros((64, 64), 'uint8'))\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(light, ','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


# -- one scan path (issue 9) ---------------------------------------------------------------


def test_build_pipeline_takes_everything_from_settings(tmp_path):
    from kiosk.scan.pipeline import build_pipeline
    from kiosk.settings import Settings

    settings = Settings(camera_source=str(tmp_path / "v.avi"), camera_width=320,
                        camera_height=240, camera_fps=12, scan_cooldown_s=7.5, decoder="zxing")
    pipeline = build_pipeline(settings, on_code=lambda *a: None, realtime=False, loop=True)
    assert pipeline.source.source == settings.camera_source
    assert (pipeline.source.width, pipeline.source.height, pipeline.source.fps) == (320, 240, 12)
    assert pipeline.source.loop and not pipeline.source.realtime
    assert pipeline.dedupe.cooldown_s == 7.5
    other = build_pipeline(settings, "0", on_code=lambda *a: None, cooldown_s=1.0)
    assert other.source.source == "0" and other.dedupe.cooldown_s == 1.0
    with pytest.raises(ValueError):
        build_pipeline(settings, on_code=lambda *a: None, decoder_name="no-such-decoder")


def test_kiosk_scan_uses_the_factory_and_the_door_does_not_parse_again(tmp_path, monkeypatch,
                                                                       memory_keyring):
    """The headless door builds its pipeline with build_pipeline and hands the ParsedCode on:
    with the door's own parser broken, the verdicts still come."""
    import json
    import time

    from click.testing import CliRunner

    import kiosk.door
    import kiosk.scan.pipeline as pipeline_module
    from kiosk.cli import main
    from kiosk.models import Event
    from kiosk.store import Store

    store = Store(tmp_path / "data")
    registrations.save_event(store, Event(id="evt_1", title="Gala"))
    registrations.upsert_server_rows(store, "evt_1", [{
        "id": "reg_A1", "event_id": "evt_1", "attendee_name": "Ada", "status": "CONFIRMED",
        "attendee_email": "ada@example.org", "guest_count": 0}], sync_gen=None,
        fetched_at=time.time())
    store.close()
    frames, _ = sh.video_segments([(None, 2), (A, 4), (None, 2), (JUNK, 4)], size=(320, 240))
    video = sh.write_video(tmp_path / "door.avi", frames, fps=10)

    built = []
    real_build = pipeline_module.build_pipeline
    monkeypatch.setattr(pipeline_module, "build_pipeline",
                        lambda *a, **kw: built.append(a) or real_build(*a, **kw))

    def no_second_parse(code):
        raise AssertionError(f"{code!r} parsed twice")

    monkeypatch.setattr(kiosk.door, "parse_code", no_second_parse)
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path / "data"), "--event", "evt_1",
                                       "scan", "--source", str(video), "--json"])
    verdicts = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [v["verdict"] for v in verdicts] == ["admit", "invalid"], result.output
    assert verdicts[0]["registration_id"] == "reg_A1"
    assert len(built) == 1
