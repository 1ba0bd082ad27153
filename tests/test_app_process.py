"""End to end through the real program: ``kiosk app`` as a subprocess (offscreen), a video
file as its camera, the simulator as its server; the test waits on the app's log lines."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading

import cv2

from kiosk import registrations
from kiosk.codes import ticket_payload
from kiosk.store import Store
from kiosk_cli import kiosk_env
from scan_helpers import video_segments, write_video


def lines_of(stream) -> queue.Queue:
    q: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in iter(stream.readline, ""):
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def wait_for(q: queue.Queue, needle: str, seen: list[str], timeout: float = 60) -> str:
    while True:
        line = q.get(timeout=timeout)
        if line is None:
            raise AssertionError(f"app exited before {needle!r}:\n{''.join(seen[-30:])}")
        seen.append(line)
        if needle in line:
            return line


def test_app_scans_a_ticket_from_a_video_camera(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "kiosk", "sync"], env=env, check=True,
                   capture_output=True, timeout=120)
    rid = next(r["id"] for r in sim.registrations_json(sim.main_event_id)
               if r["status"] == "CONFIRMED")
    frames, _ = video_segments([(None, 10), (ticket_payload(rid, sim.main_event_id), 40),
                                (None, 10)])
    video = write_video(tmp_path / "camera.avi",
                        [cv2.cvtColor(f, cv2.COLOR_GRAY2BGR) if f.ndim == 2 else f
                         for f in frames])

    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "-v", "app", "--camera", str(video)],
                            env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    seen: list[str] = []
    try:
        q = lines_of(proc.stderr)
        wait_for(q, "kiosk window shown", seen)
        line = wait_for(q, f"check-in {rid}", seen)
        assert line.rstrip().endswith("admit")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode == 0  # SIGTERM ends the app cleanly
    assert sim.api_key not in "".join(seen)
    store = Store(tmp_path / "data")
    assert registrations.attendee(store.db, rid).effective_status == "ATTENDED"
    store.close()
