"""``kiosk demo`` as a newcomer runs it: a real subprocess, then its ticket sheet and its video
read back with the decoders and checked in against the demo data."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from kiosk.models import VerdictKind
from kiosk_cli import FAILING_KEYRING

EXPECTED = Counter([VerdictKind.ADMIT, VerdictKind.ADMIT, VerdictKind.ALREADY_CHECKED_IN,
                    VerdictKind.PENDING, VerdictKind.CANCELLED, VerdictKind.WRONG_EVENT])


def demo_env(tmp_path: Path) -> dict[str, str]:
    # A keyring that fails on use: the demo must never touch it. XDG paths in tmp_path, so
    # nothing lands in the real user's folders.
    return {**os.environ, **FAILING_KEYRING,
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
            "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
            "QT_QPA_PLATFORM": "offscreen"}


def run_demo(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in demo_env(tmp_path).items() if not k.startswith("KIOSK_")}
    return subprocess.run([sys.executable, "-m", "kiosk", "demo", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """One ``kiosk demo --no-gui`` shared by the tests below (it takes a few seconds)."""
    tmp_path = tmp_path_factory.mktemp("demo")
    data = tmp_path / "data"
    proc = run_demo(tmp_path, "--no-gui", "--data-dir", str(data))
    return tmp_path, data, proc


def test_demo_no_gui_runs_and_says_where_things_are(demo_run):
    _, data, proc = demo_run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "keyring" not in proc.stderr.lower()  # the fail backend was never asked
    pdf, png = data / "demo" / "demo-tickets.pdf", data / "demo" / "demo-tickets.png"
    assert pdf.read_bytes().startswith(b"%PDF") and png.stat().st_size > 10_000
    assert str(pdf) in proc.stdout and str(png) in proc.stdout and str(data) in proc.stdout
    assert "800 registrations" in proc.stdout
    # the sample check-ins, read from the ticket images, gave every verdict
    for word in ("ADMIT", "ALREADY_CHECKED_IN", "PENDING", "CANCELLED", "WRONG_EVENT"):
        assert re.search(rf"^\s+\d\. .*\b{word}\b", proc.stdout, re.M), word
    assert "6 of 6 tickets read" in proc.stdout
    assert len(list((data / "demo" / "tickets").glob("*.png"))) == 6


def test_sheet_codes_give_the_expected_verdicts(demo_run):
    import zxingcpp
    from PIL import Image

    from kiosk.codes import parse_code
    from kiosk.door import Door
    from kiosk.settings import load

    _, data, proc = demo_run
    assert proc.returncode == 0, proc.stderr
    sheet = np.array(Image.open(data / "demo" / "demo-tickets.png").convert("L"))
    codes = [b.text for b in zxingcpp.read_barcodes(sheet)]
    assert len(codes) == 6 and len(set(codes)) == 6

    settings = load(data)
    assert settings.event_id and settings.event_id.startswith("evt_")
    door = Door.open(data, settings, None)  # no key: the check-ins are local
    try:
        verdicts = {code: door.checkin(code) for code in codes}
    finally:
        door.close()
    assert Counter(v.kind for v in verdicts.values()) == EXPECTED
    admitted = sorted(v.party_size for v in verdicts.values() if v.kind is VerdictKind.ADMIT)
    assert admitted == [1, 4]  # one alone, one party of four
    other = [c for c, v in verdicts.items() if v.kind is VerdictKind.WRONG_EVENT][0]
    assert parse_code(other).event_id not in (None, settings.event_id)

    manifest = json.loads((data / "demo" / "tickets.json").read_text(encoding="utf-8"))
    by_payload = {m["payload"]: m for m in manifest}
    assert set(by_payload) == set(codes)
    for code, verdict in verdicts.items():
        assert by_payload[code]["expected"] == str(verdict.kind)


def test_demo_video_decodes_through_the_scan_pipeline_parts(demo_run):
    from kiosk.scan.decoders import make_decoder
    from kiosk.scan.frames import FrameSource

    _, data, proc = demo_run
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((data / "demo" / "tickets.json").read_text(encoding="utf-8"))
    (video,) = (data / "demo").glob("demo-video-*.avi")
    decoder = make_decoder("zxing", ("qr",))
    first_seen: dict[str, int] = {}
    frames = 0
    with FrameSource(str(video)) as source:
        for frame in source:
            frames += 1
            if frame.index % 3 == 0:  # a code is held still for 24 frames: every third will do
                for r in decoder.decode(frame.image, budget_s=0.03):
                    first_seen.setdefault(r.text, frame.index)
    assert frames > 200
    assert set(first_seen) == {m["payload"] for m in manifest}


def test_demo_verdicts_stay_up_long_enough_to_read(demo_run):
    """Each ticket's verdict stays on the door screen at least as long as the screen holds a
    verdict (a refusal: 7 s) before the next ticket in the looping video replaces it."""
    from kiosk.demo import VIDEO_FPS
    from kiosk.scan.decoders import make_decoder
    from kiosk.scan.frames import FrameSource
    from kiosk.ui.verdict_view import HOLD_SECONDS

    _, data, proc = demo_run
    assert proc.returncode == 0, proc.stderr
    (video,) = (data / "demo").glob("demo-video-*.avi")
    decoder = make_decoder("zxing", ("qr",))
    first_seen: dict[str, int] = {}
    with FrameSource(str(video)) as source:
        for frame in source:
            total = frame.index + 1
            if frame.index % 2 == 0:
                for r in decoder.decode(frame.image, budget_s=0.03):
                    first_seen.setdefault(r.text, frame.index)
    starts = sorted(first_seen.values())
    gaps = [b - a for a, b in zip(starts, starts[1:])] + [total - starts[-1] + starts[0]]  # loop
    assert len(starts) == 6
    assert min(gaps) / VIDEO_FPS >= max(HOLD_SECONDS.values()), gaps


def test_demo_folder_is_private_and_holds_no_key(demo_run):
    _, data, proc = demo_run
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for name in ("kiosk.db", "settings.json", "logs/kiosk.log", "demo/demo-tickets.pdf"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
    for path in data.rglob("*"):
        if path.is_file() and path.suffix != ".avi":
            assert not re.search(rb"wk_test_[A-Za-z0-9]{20}", path.read_bytes()), path


def test_second_run_reuses_the_video_and_prints_the_same_tickets(demo_run):
    tmp_path, data, first = demo_run
    assert first.returncode == 0, first.stderr
    (video,) = (data / "demo").glob("demo-video-*.avi")
    made = video.stat().st_mtime_ns
    before = (data / "demo" / "tickets.json").read_text(encoding="utf-8")
    again = run_demo(tmp_path, "--no-gui", "--data-dir", str(data))
    assert again.returncode == 0, again.stdout + again.stderr
    assert video.stat().st_mtime_ns == made
    assert (data / "demo" / "tickets.json").read_text(encoding="utf-8") == before


def test_a_second_run_keeps_the_language_and_speech_chosen_in_the_first(demo_run):
    """The demo sets its own settings (the simulator's address and event, new each run);
    what the user chose in Settings stays theirs."""
    from kiosk.settings import load, save

    tmp_path, data, first = demo_run
    assert first.returncode == 0, first.stderr
    before = load(data)
    save(before.with_(language="de", speak=True, sound=False), data)
    again = run_demo(tmp_path, "--no-gui", "--data-dir", str(data))
    assert again.returncode == 0, again.stdout + again.stderr
    after = load(data)
    assert (after.language, after.speak, after.sound) == ("de", True, False)
    assert after.event_id == before.event_id and after.api_url.startswith("http://127.0.0.1:")


def test_one_demo_folder_per_user_kept_and_reset(tmp_path):
    """No --data-dir: the same folder in the user's data folder each run (no temporary folder
    left behind), the video made once; --reset starts the folder over but keeps the video."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**demo_env(tmp_path), "TMPDIR": str(tmp)}
    env = {k: v for k, v in env.items() if not k.startswith("KIOSK_")}

    def demo(*args):
        proc = subprocess.run([sys.executable, "-m", "kiosk", "demo", "--no-gui", *args], env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc

    first = demo()
    folder = tmp_path / "xdg-data" / "webkasa-kiosk-demo"
    assert f"Data folder:   {folder}" in first.stdout and "--reset" in first.stdout
    (video,) = (folder / "demo").glob("demo-video-*.avi")
    made = video.stat().st_mtime_ns
    (folder / "logs" / "left-over.txt").write_text("from an earlier run")
    demo()
    assert video.stat().st_mtime_ns == made  # cached, not made again
    assert (folder / "logs" / "left-over.txt").exists()  # the same folder, kept
    assert not list(tmp.iterdir())  # no temporary folders
    demo("--reset")
    assert not (folder / "logs" / "left-over.txt").exists()  # started over
    assert video.stat().st_mtime_ns == made  # (a damaged one is made again: tests below)


def test_demo_will_not_take_over_a_real_kiosk_folder(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "settings.json").write_text('{"event_id": "evt_real"}', encoding="utf-8")
    proc = run_demo(tmp_path, "--no-gui", "--data-dir", str(real))
    assert proc.returncode == 2
    assert "not from a demo" in proc.stderr
    assert (real / "settings.json").read_text(encoding="utf-8") == '{"event_id": "evt_real"}'


def test_demo_module_is_qt_free():
    code = ("import sys, kiosk.demo, kiosk.commands.app; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_demo_window_shows_verdicts_from_the_demo_video(tmp_path):
    """The GUI demo, offscreen: the demo video plays as the camera and the door judges it.
    Waits on the app's own log lines; Ctrl+C (SIGINT) ends it cleanly."""
    pytest.importorskip("PySide6")
    verdicts, rest = _gui_demo_first_verdict(tmp_path, tmp_path / "data")
    assert verdicts == ["admit"], rest


def _gui_demo_first_verdict(tmp_path: Path, data: Path) -> tuple[list[str], str]:
    """``kiosk -v demo --camera demo`` until its first verdict is logged, then Ctrl+C;
    the verdicts seen, and the end of its log if something went wrong."""
    import signal

    env = demo_env(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "-v", "demo", "--camera", "demo", "--data-dir", str(data)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    verdicts, lines = [], []
    try:
        for line in proc.stderr:  # blocks until the app logs; the pytest timeout bounds it
            lines.append(line)
            m = re.search(r"kiosk\.door: check-in reg_\w+: (\w+)", line)
            if m:
                verdicts.append(m.group(1))
                break
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=30)[1]  # drains stderr, so the app never blocks on it
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    if proc.returncode != 0:
        return verdicts + [f"exit {proc.returncode}"], rest[-3000:]
    return verdicts, "".join(lines[-30:])


def _damage(video: Path, how: str) -> None:
    data = video.read_bytes()
    middle = len(data) // 2
    video.write_bytes({
        "truncated": data[:middle],
        "garbage": bytes(np.random.default_rng(7).integers(0, 256, len(data), dtype=np.uint8)),
        "empty": b"",
        # the header and the last frame still read: only the bytes say it is damaged
        "overwritten": data[:middle] + b"\xff" * 100_000 + data[middle + 100_000:],
    }[how])


def _damaged_copy(demo_run, tmp_path: Path, how: str) -> tuple[Path, Path, bytes]:
    """A copy of the demo's data folder with its cached video damaged ``how``."""
    import shutil

    _, first, proc = demo_run
    assert proc.returncode == 0, proc.stderr
    data = tmp_path / "data"
    shutil.copytree(first, data)
    (video,) = (data / "demo").glob("demo-video-*.avi")
    _damage(video, how)
    return data, video, video.read_bytes()


@pytest.mark.parametrize("how", ["truncated", "garbage", "empty", "overwritten"])
def test_a_damaged_cached_video_is_found_out(demo_run, tmp_path, how):
    """A cached demo video that was cut off, filled with garbage, emptied or overwritten in
    the middle (its header and last frame still read) is not taken as it is."""
    from kiosk.demo import FRAMES_PER_TICKET, video_ok

    _, video, _ = _damaged_copy(demo_run, tmp_path, how)
    assert not video_ok(video, 6 * FRAMES_PER_TICKET)


def test_damaged_cached_video_is_made_again_and_plays(demo_run, tmp_path):
    """The demo makes a damaged video again (whatever the damage, once found out, the same
    path); the camera decoder reads every ticket from the new one."""
    from kiosk.demo import FRAMES_PER_TICKET, video_ok

    data, video, damaged = _damaged_copy(demo_run, tmp_path, "overwritten")
    again = run_demo(tmp_path, "--no-gui", "--data-dir", str(data))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "is damaged; making it again" in again.stderr
    (remade,) = (data / "demo").glob("demo-video-*.avi")
    assert remade == video and remade.read_bytes() != damaged
    assert video_ok(remade, 6 * FRAMES_PER_TICKET)
    assert "6 of 6 tickets read from it by the camera decoder" in again.stdout  # it plays


def test_demo_window_plays_a_video_made_again_after_damage(demo_run, tmp_path):
    """The GUI demo with a damaged cached video: made again, played as the camera, judged."""
    data, _, _ = _damaged_copy(demo_run, tmp_path, "garbage")
    verdicts, rest = _gui_demo_first_verdict(tmp_path, data)
    assert verdicts == ["admit"], rest
