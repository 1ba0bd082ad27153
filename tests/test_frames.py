"""Frame sources: generated videos through the webcam's code path, folders, reconnection."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

import scan_helpers as sh
from kiosk.scan.frames import (
    CameraInfo,
    FrameSource,
    FrameSourceError,
    list_cameras,
    source_kind,
)


class Clock:
    """A clock tests move by hand; ``sleep`` advances it and records the wait."""

    def __init__(self, now: float = 1000.0):
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


@pytest.fixture
def video(tmp_path):
    frames, _ = sh.video_segments([("reg_v1", 4), (None, 3)], size=(320, 240))
    return sh.write_video(tmp_path / "clip.avi", frames, fps=25)


class UnpluggableCamera:
    """Stands in for ``cv2.VideoCapture`` on a camera index: each 'plug-in' opens a real
    capture over a generated video (the webcam's read path); the video ending is the cable
    being pulled. ``plan`` says, per open attempt, whether the camera is there."""

    def __init__(self, video_path, plan):
        self.video_path = str(video_path)
        self.plan = list(plan)
        self.opens: list = []

    def __call__(self, target, api, params):
        self.opens.append((target, api))
        present = self.plan.pop(0) if self.plan else False
        if not present:
            return cv2.VideoCapture()  # not opened
        return cv2.VideoCapture(self.video_path, cv2.CAP_ANY)


def test_source_kinds(tmp_path):
    assert source_kind(0) == "camera"
    assert source_kind("1") == "camera"
    assert source_kind("rtsp://10.0.0.5:8554/live") == "stream"
    assert source_kind("http://192.168.1.20:8080/video") == "stream"
    assert source_kind(str(tmp_path)) == "folder"
    assert source_kind("ticket.PNG") == "images"
    assert source_kind("door.mp4") == "file"


def test_video_file_frames_in_order_with_media_time(video):
    clock = Clock()
    statuses = []
    src = FrameSource(str(video), clock=clock, on_status=lambda s, d: statuses.append(s))
    frames = list(src)
    assert [f.index for f in frames] == list(range(7))
    assert all(f.image.shape == (240, 320, 3) and f.image.dtype == np.uint8 for f in frames)
    assert [round(f.media_time, 3) for f in frames] == [round(i / 25, 3) for i in range(7)]
    # Unpaced files run on their own timeline, anchored at the clock when opened.
    assert [round(f.time - 1000.0, 3) for f in frames] == [round(i / 25, 3) for i in range(7)]
    assert statuses == ["open", "ended"]
    assert src.read() is None and not clock.slept
    assert src.actual_fps == 25 and src.frame_interval == pytest.approx(0.04)


def test_codes_survive_the_video_round_trip(video):
    from kiosk.scan.decoders import make_decoder

    decoder = make_decoder()
    texts = [[r.text for r in decoder.decode(f.image)] for f in FrameSource(str(video))]
    assert texts == [["reg_v1"]] * 4 + [[]] * 3


def test_realtime_paces_files_like_a_camera(video):
    clock = Clock()
    frames = list(FrameSource(str(video), realtime=True, clock=clock, sleep=clock.sleep))
    assert len(frames) == 7
    assert clock.slept == [0.04] * 6
    assert [round(f.time - 1000.0, 3) for f in frames] == [round(i * 0.04, 3) for i in range(7)]


def test_loop_keeps_the_timeline_going(video):
    src = FrameSource(str(video), loop=True, clock=Clock())
    frames = [src.read() for _ in range(16)]
    media = [f.media_time for f in frames]
    assert all(b > a for a, b in zip(media, media[1:]))
    assert [f.index for f in frames] == list(range(16))


def test_folder_of_images_in_natural_order(tmp_path):
    for i in (10, 2, 1):
        cv2.imwrite(str(tmp_path / f"img{i}.png"), sh.scene(f"reg_f{i}", size=(320, 240), code_px=150))
    (tmp_path / "broken.jpg").write_bytes(b"not a jpeg")
    (tmp_path / "notes.txt").write_text("ignored")
    from kiosk.scan.decoders import make_decoder

    decoder = make_decoder()
    texts = [decoder.decode(f.image)[0].text for f in FrameSource(str(tmp_path))]
    assert texts == ["reg_f1", "reg_f2", "reg_f10"]


def test_single_image(tmp_path):
    path = tmp_path / "one.png"
    cv2.imwrite(str(path), np.zeros((30, 40), np.uint8))
    frames = list(FrameSource(str(path)))
    assert len(frames) == 1 and frames[0].image.shape == (30, 40, 3)


def test_missing_file_fails_with_a_message(tmp_path):
    statuses = []
    src = FrameSource(str(tmp_path / "nope.avi"), on_status=lambda s, d: statuses.append((s, d)))
    with pytest.raises(FrameSourceError, match="nope.avi"):
        src.read()
    assert statuses[0][0] == "failed"
    with pytest.raises(FrameSourceError):
        FrameSource(str(tmp_path / "empty"), kind="folder").open()


def test_camera_unplugged_and_plugged_back_in(video):
    """Frames, cable pulled (reads fail), two failed attempts, back: frames again."""
    clock = Clock()
    camera = UnpluggableCamera(video, plan=[True, False, False, True])
    statuses = []
    src = FrameSource(
        0, clock=clock, sleep=clock.sleep, capture_factory=camera,
        on_status=lambda s, d: statuses.append(s), max_read_failures=2,
    )  # fmt: skip
    frames = [src.read() for _ in range(10)]
    assert all(f is not None for f in frames)
    assert [f.index for f in frames] == list(range(10))
    assert statuses[:5] == ["open", "lost", "reconnecting", "reconnecting", "reconnecting"]
    assert statuses[5] == "open"
    assert clock.slept == [0.5, 1.0, 2.0]  # back-off between attempts
    assert src.reconnects == 1 and len(camera.opens) == 4
    assert all(target == 0 for target, _ in camera.opens)


def test_camera_that_never_comes_back_gives_up_after_max_retries(video):
    clock = Clock()
    camera = UnpluggableCamera(video, plan=[True])
    statuses = []
    src = FrameSource(
        0, clock=clock, sleep=clock.sleep, capture_factory=camera, max_retries=3,
        on_status=lambda s, d: statuses.append(s),
    )  # fmt: skip
    frames = list(src)
    assert len(frames) == 7
    assert statuses[-1] == "failed" and statuses.count("reconnecting") == 3


def test_absent_camera_at_start_is_waited_for(video):
    clock = Clock()
    camera = UnpluggableCamera(video, plan=[False, False, True])
    src = FrameSource(0, clock=clock, sleep=clock.sleep, capture_factory=camera)
    assert src.read() is not None
    assert clock.slept == [0.5, 1.0]


def test_interrupt_ends_a_reconnect_wait_at_once(video):
    camera = UnpluggableCamera(video, plan=[False])
    waiting = threading.Event()
    src = FrameSource(
        0, capture_factory=camera, retry_delays=(30.0,),
        on_status=lambda s, d: s == "reconnecting" and waiting.set(),
    )  # fmt: skip
    result = []
    reader = threading.Thread(target=lambda: result.append(src.read()))
    reader.start()
    assert waiting.wait(5)  # it is about to wait 30 s before the next attempt
    src.interrupt()
    reader.join(5)
    assert not reader.is_alive() and result == [None]


class FakeCapture:
    def __init__(self, frames=3):
        self.props: dict[int, float] = {}
        self.frames = frames

    def isOpened(self):
        return True

    def set(self, prop, value):
        self.props[prop] = value
        return True

    def get(self, prop):
        return {cv2.CAP_PROP_FRAME_WIDTH: 1280, cv2.CAP_PROP_FRAME_HEIGHT: 720,
                cv2.CAP_PROP_FPS: 30}.get(prop, 0)

    def read(self):
        if self.frames <= 0:
            return False, None
        self.frames -= 1
        return True, np.zeros((720, 1280, 3), np.uint8)

    def release(self):
        pass


def test_camera_settings_are_requested():
    cap = FakeCapture()
    src = FrameSource("2", width=1280, height=720, fps=30, capture_factory=lambda t, a, p: cap, max_retries=0)
    assert src.read() is not None
    assert cap.props[cv2.CAP_PROP_FOURCC] == cv2.VideoWriter_fourcc(*"MJPG")
    assert (cap.props[cv2.CAP_PROP_FRAME_WIDTH], cap.props[cv2.CAP_PROP_FRAME_HEIGHT]) == (1280, 720)
    assert cap.props[cv2.CAP_PROP_FPS] == 30 and cap.props[cv2.CAP_PROP_BUFFERSIZE] == 1
    assert src.describe() == "camera 2 1280x720 @30fps"


def test_stream_password_stays_out_of_messages():
    statuses = []
    src = FrameSource(
        "rtsp://door:s3cret@10.0.0.9/live", capture_factory=lambda t, a, p: cv2.VideoCapture(),
        max_retries=1, sleep=lambda s: None, on_status=lambda s, d: statuses.append(d),
    )  # fmt: skip
    assert src.read() is None
    assert statuses and not any("s3cret" in d for d in statuses)


def test_list_cameras_from_sysfs(tmp_path):
    sysfs = tmp_path / "video4linux"
    for i, name in ((0, "Integrated Camera"), (1, "Integrated Camera"), (2, "USB Webcam C920")):
        (sysfs / f"video{i}").mkdir(parents=True)
        (sysfs / f"video{i}" / "name").write_text(name + "\n")
    opened = {0: FakeCapture(), 2: FakeCapture()}  # video1 is the metadata node

    def factory(index, api, params):
        return opened.get(index) or cv2.VideoCapture()

    cams = list_cameras(sysfs=sysfs, capture_factory=factory)
    assert cams == [CameraInfo(0, "Integrated Camera", 1280, 720),
                    CameraInfo(2, "USB Webcam C920", 1280, 720)]
    assert cams[1].label() == "2: USB Webcam C920 (1280x720)"
    assert [c.index for c in list_cameras(sysfs=sysfs, probe=False)] == [0, 1, 2]


def test_list_cameras_without_any_camera(tmp_path):
    calls = []

    def factory(index, api, params):
        calls.append(index)
        return cv2.VideoCapture()

    assert list_cameras(sysfs=tmp_path / "absent", capture_factory=factory) == []
    assert calls == [0, 1, 2]  # blind probing stops after a run of misses


def test_a_camera_that_stays_away_is_warned_about_once(video, caplog):
    """Issue 11: the log said "reconnecting" at WARNING every 5 s, forever."""
    clock = Clock()
    camera = UnpluggableCamera(video, plan=[True])
    src = FrameSource(0, clock=clock, sleep=clock.sleep, capture_factory=camera, max_retries=6)
    caplog.set_level("DEBUG", logger="kiosk.scan")
    list(src)
    warned = [r for r in caplog.records
              if r.levelname == "WARNING" and "reconnecting" in r.getMessage()]
    quiet = [r for r in caplog.records
             if r.levelname == "INFO" and "frame source reconnecting" in r.getMessage()]
    assert len(warned) == 1 and len(quiet) == 5
