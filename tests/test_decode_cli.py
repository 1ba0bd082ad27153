"""``kiosk decode``, ``kiosk scan`` and ``kiosk tickets`` as operators run them: subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

import scan_helpers as sh
from kiosk.codes import ticket_payload
from kiosk_cli import NULL_KEYRING, kiosk_env, run
from kiosk_cli import confirmed_rows as confirmed


def lines(proc):
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


@pytest.fixture
def offline_env(tmp_path):
    return {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), **NULL_KEYRING}


# ------------------------------------------------------------------------- decode


def test_decode_json_images_videos_and_missing_files(tmp_path, offline_env):
    work = tmp_path / "w"
    (work / "shots").mkdir(parents=True)
    ticket = ticket_payload("reg_cli1", "evt_cli")
    cv2.imwrite(str(work / "shots" / "glare.png"), sh.scene(ticket, **sh.DISTORTIONS["glare"]))
    cv2.imwrite(str(work / "empty.jpg"), sh.empty_frame((640, 480), seed=4))
    frames, starts = sh.video_segments([(None, 2), ("reg_vid9", 3), ("not a ticket", 2)], size=(320, 240))
    sh.write_video(work / "door.avi", frames, fps=10)
    args = ["decode", "--json", "shots/glare.png", "./empty.jpg", "door.avi", "missing.png"]
    proc = run(args, env=offline_env, cwd=work)
    assert proc.returncode == 1, proc.stderr  # one file missing
    out = lines(proc)
    assert out[0]["file"] == "shots/glare.png"  # exactly as given
    (res,) = out[0]["results"]
    assert res["text"] == ticket and res["registration_id"] == "reg_cli1"
    assert res["event_id"] == "evt_cli" and res["format"] == "qr"
    assert len(res["position"]) == 4 and all(len(p) == 2 for p in res["position"])
    assert out[1] == {"file": "./empty.jpg", "results": []}
    video = [o for o in out if o["file"] == "door.avi"]
    # one object per distinct code, with the frames it was seen in (not one per frame)
    assert [(o["first_frame"], o["last_frame"], o["frames"]) for o in video] == [(2, 4, 3), (5, 6, 2)]
    assert [o["results"][0]["registration_id"] for o in video] == ["reg_vid9", None]
    assert video[0]["first_time"] == pytest.approx(0.2) and video[0]["last_time"] == pytest.approx(0.4)
    assert video[-1]["results"][0]["text"] == "not a ticket" and "error" in video[-1]["results"][0]
    assert out[-1]["file"] == "missing.png" and out[-1]["results"] == [] and out[-1]["error"]


def test_decode_video_text_is_one_line_per_distinct_code(tmp_path, offline_env):
    frames, _ = sh.video_segments([(None, 2), ("reg_vid9", 4), (None, 2), ("reg_vid9", 2), ("reg_two", 3)],
                                  size=(320, 240))
    sh.write_video(tmp_path / "door.avi", frames, fps=10)
    proc = run(["decode", str(tmp_path / "door.avi")], env=offline_env, check=True)
    assert proc.stdout.splitlines() == [
        f"{tmp_path / 'door.avi'} frames 2-9 (0.2-0.9 s): reg_vid9 [qr] 'reg_vid9'",
        f"{tmp_path / 'door.avi'} frames 10-12 (1.0-1.2 s): reg_two [qr] 'reg_two'",
    ]


def test_decode_text_output_folders_and_symbologies(tmp_path, offline_env):
    img = sh.barcode_image("reg_bar128", "code128")
    cv2.imwrite(str(tmp_path / "a.png"), np.pad(img, 30, constant_values=255))
    cv2.imwrite(str(tmp_path / "b.png"), sh.qr_image("reg_qr1"))
    proc = run(["decode", str(tmp_path)], env=offline_env, check=True)
    assert proc.stdout.splitlines() == [f"{tmp_path / 'a.png'}: no code",
                                        f"{tmp_path / 'b.png'}: reg_qr1 [qr] 'reg_qr1'"]
    proc = run(["decode", "--json", "-s", "qr", "-s", "code128", str(tmp_path / "a.png")],
               env=offline_env, check=True)
    assert lines(proc)[0]["results"][0]["registration_id"] == "reg_bar128"
    proc = run(["decode", "-s", "hieroglyphs", str(tmp_path / "a.png")], env=offline_env)
    assert proc.returncode == 2 and "unknown symbology" in proc.stderr


def test_decode_a_real_photo(offline_env):
    samples = sh.require_real_samples()
    path, expected = samples[0]
    out = lines(run(["decode", "--json", str(path)], env=offline_env, check=True))
    assert [r["text"] for r in out[0]["results"]] == [expected]


def test_decode_with_pyzbar(tmp_path, offline_env):
    pytest.importorskip("pyzbar.pyzbar", reason="pyzbar not installed")
    cv2.imwrite(str(tmp_path / "q.png"), sh.scene("reg_zbar1", size=(640, 480)))
    out = lines(run(["decode", "--json", "--decoder", "pyzbar", str(tmp_path / "q.png")],
                    env=offline_env, check=True))
    assert out[0]["results"][0]["registration_id"] == "reg_zbar1"


# ------------------------------------------------------------------------- scan and tickets


@pytest.fixture
def env(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data")
    run(["sync"], env=env, check=True)
    return env


def ticket_frame(png: Path, size=(640, 480)) -> np.ndarray:
    ticket = cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
    h = size[1] - 20
    ticket = cv2.resize(ticket, (int(ticket.shape[1] * h / ticket.shape[0]), h), interpolation=cv2.INTER_AREA)
    frame = sh.background(size, seed=1)
    x = (size[0] - ticket.shape[1]) // 2
    frame[10 : 10 + h, x : x + ticket.shape[1]] = ticket[..., None]
    return frame


def test_tickets_then_the_headless_door(sim, env, tmp_path):
    regs = confirmed(sim, 2)
    out_dir = tmp_path / "tickets"
    proc = run(["tickets", "--output", str(out_dir), "--id", regs[0]["id"], "--id", regs[1]["id"]],
               env=env, check=True)
    assert "2 tickets written" in proc.stdout
    pngs = [out_dir / f"ticket-{r['id']}.png" for r in regs]
    assert all(p.exists() for p in pngs)

    # A door camera's view: ticket 1, ticket 2, a stray QR, another event's ticket, then
    # ticket 1 again four seconds later (past the cool-down: "already checked in").
    blank = sh.background((640, 480), seed=1)
    other = sh.scene(ticket_payload(regs[0]["id"], sim.other_event_id), size=(640, 480), code_px=300)
    junk = sh.scene("WIFI:S:door;;", size=(640, 480), code_px=300)
    frames = (
        [blank] * 3 + [ticket_frame(pngs[0])] * 8 + [ticket_frame(pngs[1])] * 8 + [junk] * 6
        + [other] * 6 + [blank] * 120 + [ticket_frame(pngs[0])] * 6
    )  # fmt: skip
    video = sh.write_video(tmp_path / "door.avi", frames, fps=30)
    proc = run(["scan", "--source", str(video), "--json"], env=env)
    verdicts = lines(proc)
    assert [v["verdict"] for v in verdicts] == [
        "admit", "admit", "invalid", "wrong_event", "already_checked_in"], proc.stderr
    assert [v["registration_id"] for v in verdicts[:2]] == [regs[0]["id"], regs[1]["id"]]
    assert verdicts[0]["attendee_name"] == regs[0]["attendee_name"]
    assert proc.returncode == 1  # not everything was admitted, as with 'kiosk checkin'

    # The same door in text mode, stopping after the first code.
    proc = run(["scan", "--source", str(video), "--max-codes", "1"], env=env)
    assert proc.stdout.startswith("ALREADY_CHECKED_IN") and len(proc.stdout.splitlines()) == 1


def test_tickets_pdf_for_the_whole_cache(sim, env, tmp_path):
    proc = run(["tickets", "--format", "pdf", "--output", str(tmp_path / "pdf")], env=env, check=True)
    (pdf,) = (tmp_path / "pdf").glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    active = [r for r in sim.registrations_json(sim.main_event_id) if r["status"] != "CANCELLED"]
    assert f"{len(active)} tickets written" in proc.stdout


def test_scan_with_a_missing_source_fails_cleanly(env, tmp_path):
    proc = run(["scan", "--source", str(tmp_path / "nope.avi")], env=env)
    assert proc.returncode == 1 and "nope.avi" in proc.stderr and "Traceback" not in proc.stderr


def _scan_until_logged(env, args, data, text):
    """``kiosk scan`` on a camera that is not there, stopped once its file log holds ``text``
    (the reconnect loop goes on for ever); returns its stderr."""
    import signal
    import time

    log = Path(data) / "logs" / "kiosk.log"
    log.unlink(missing_ok=True)  # an earlier run's lines
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while text not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.05)  # polling the condition, not a timing assumption
        proc.send_signal(signal.SIGINT)
        return proc.communicate(timeout=30)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def test_scan_without_a_camera_says_each_thing_once(env):
    stderr = _scan_until_logged(env, ["scan", "--source", "7"], env["KIOSK_DATA_DIR"],
                                "reconnecting: attempt 3 ")
    lines_ = stderr.splitlines()
    assert sum("source lost" in line for line in lines_) == 1, stderr
    assert sum("reconnecting" in line for line in lines_) == 1, stderr  # not every 5 s
    assert "WARNING" not in stderr and "Traceback" not in stderr, stderr

    stderr = _scan_until_logged(env, ["scan", "--source", "7", "-v"], env["KIOSK_DATA_DIR"],
                                "reconnecting: attempt 3 ")
    for n in (1, 2):  # with -v every attempt, each said once
        assert sum(f"attempt {n} " in line for line in stderr.splitlines()) == 1, stderr
