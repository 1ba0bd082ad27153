"""Codes as scanners and files really bring them (issue 8): ticket links with any parameter
name, AIM symbology prefixes and ECI escapes from keyboard-wedge scanners, and files
``kiosk decode`` cannot read. The command line runs as real processes."""

from __future__ import annotations

import json
import os
import struct
import zlib

import cv2
import numpy as np
import pytest

import scan_helpers as sh
from kiosk.codes import InvalidCode, parse_code, ticket_payload
from kiosk.scan.wedge import KeyEvent, WedgeAssembler, WedgeScan
from kiosk_cli import run


@pytest.mark.parametrize("url", [
    "https://tickets.example.org/t?registration=reg_abc123",
    "https://tickets.example.org/?t=reg_abc123&utm_source=mail",
    "https://tickets.example.org/?a=reg_abc123&b=reg_abc123",
    "https://tickets.example.org/x#code=reg_abc123",
])
def test_a_link_may_carry_the_id_under_any_name(url):
    assert parse_code(url).registration_id == "reg_abc123"


def test_a_link_with_two_different_ids_is_refused():
    with pytest.raises(InvalidCode, match="more than one"):
        parse_code("https://tickets.example.org/?registration_id=reg_aaa&ref=reg_bbb")


@pytest.mark.parametrize("scanned", [
    "]Q1reg_abc123", "]C1reg_abc123", "]d2reg_abc123", "]Q2\\000026reg_abc123",
    "\\000026reg_abc123",
])
def test_aim_prefixes_and_eci_escapes_are_stripped(scanned):
    assert parse_code(scanned).registration_id == "reg_abc123"


def test_aim_prefix_before_a_json_ticket():
    parsed = parse_code("]Q1" + ticket_payload("reg_abc123", "evt_x1"))
    assert (parsed.registration_id, parsed.event_id) == ("reg_abc123", "evt_x1")


def test_the_wedge_hands_on_the_code_without_the_prefix():
    asm = WedgeAssembler()
    out = []
    for i, ch in enumerate("]Q1reg_abc123"):
        out += asm.feed(KeyEvent(ch, i * 0.004))
    out += asm.feed(KeyEvent("", 0.06, key="Enter"))
    scans = [o for o in out if isinstance(o, WedgeScan)]
    assert [s.text for s in scans] == ["reg_abc123"]


def test_checkin_accepts_what_scanners_and_ticket_links_send(env, sim):
    assert run(["sync", "--no-push"], env).returncode == 0
    a, b, c = [r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED")][:3]
    out = run(["checkin", "--json", f"]Q1{a}", f"https://tickets.example.org/s?t={b}",
               f"]Q2\\000026{c}"], env)
    verdicts = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(v["verdict"], v["registration_id"]) for v in verdicts] == [
        ("admit", a), ("admit", b), ("admit", c)]


# -- kiosk decode ---------------------------------------------------------------------------


def _png_header_only(path, width, height):
    """A PNG whose header claims width x height (its pixel data is missing)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def test_decode_answers_every_file_and_opencv_stays_quiet(tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    cv2.imwrite(str(work / "ticket.png"), sh.scene(ticket_payload("reg_ok1", "evt_x"),
                                                  **sh.DISTORTIONS["glare"]))
    (work / "notes.png").write_text("not an image\n")
    (work / "junk.mp4").write_bytes(np.random.default_rng(1).bytes(5000))
    _png_header_only(work / "huge.png", 30000, 30000)
    _png_header_only(work / "big.png", 8000, 6000)  # 48 MP: under Pillow's own bomb limit
    frames, _ = sh.video_segments([(None, 3)], size=(160, 120))
    sh.write_video(work / "nothing.avi", frames, fps=10)
    files = ["ticket.png", "notes.png", "junk.mp4", "huge.png", "big.png", "nothing.avi",
             "missing.png"]
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}
    for var in ("OPENCV_LOG_LEVEL", "OPENCV_FFMPEG_LOGLEVEL", "OPENCV_IO_MAX_IMAGE_PIXELS"):
        env.pop(var, None)
    proc = run(["decode", "--json", *files], env, cwd=work)
    assert proc.returncode == 1
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    by_file = {r["file"]: r for r in records}
    assert set(by_file) == set(files)  # every file answered
    assert by_file["ticket.png"]["results"][0]["registration_id"] == "reg_ok1"
    assert "megapixels" in by_file["huge.png"]["error"]
    assert "8000x6000" in by_file["big.png"]["error"]
    for name in ("notes.png", "junk.mp4", "missing.png"):
        assert by_file[name]["error"]
    assert by_file["nothing.avi"]["results"] == [] and "error" not in by_file["nothing.avi"]
    # nothing from OpenCV, libpng or FFmpeg on the terminal
    for noise in ("[ WARN", "[ERROR", "libpng", " @ 0x", "Traceback"):
        assert noise not in proc.stderr, proc.stderr
