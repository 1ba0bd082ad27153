#!/usr/bin/env python3
"""Smoke test of a built kiosk binary: does the frozen program really work on this machine?

    python packaging/smoke_test.py dist/kiosk/kiosk            (Linux)
    python packaging/smoke_test.py dist\\kiosk\\kiosk.exe        (Windows)
    python3 packaging/smoke_test.py "dist/WebKasa Check-in.app/Contents/MacOS/kiosk"

Standard library only, no import of the project: it drives the binary as an organiser would.
``--version``; the bundled simulator in the background; ``sync``, ``checkin`` (admit, then
already checked in), ``push`` and ``status`` against it; a ticket printed and decoded again
(OpenCV, zxing-cpp, Pillow, segno in the bundle); ``demo --no-gui``; and, unless
``--no-gui``, the check-in window offscreen, judging the demo video. Exit 0 when all passed.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TIMEOUT = 120


class SmokeFailure(Exception):
    pass


def step(name: str) -> None:
    print(f"- {name}", flush=True)


def run(binary: Path, *args: str, env: dict[str, str], ok: tuple[int, ...] = (0,)) -> str:
    proc = subprocess.run([str(binary), *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT)
    if proc.returncode not in ok:
        raise SmokeFailure(f"kiosk {' '.join(args)} exited {proc.returncode}\n"
                           f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-4000:]}")
    return proc.stdout


def lines_of(stream) -> queue.Queue[str | None]:
    """Lines of a child's pipe on a queue (None at the end), read by a thread, so the test
    can wait for one with a timeout instead of sleeping."""
    q: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in stream:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def wait_for(q: queue.Queue[str | None], pattern: str, seen: list[str]) -> re.Match:
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            line = q.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise SmokeFailure(
                f"timed out waiting for {pattern!r}:\n{''.join(seen[-30:])}") from None
        if line is None:
            raise SmokeFailure(f"ended before {pattern!r}:\n{''.join(seen[-30:])}")
        seen.append(line)
        match = re.search(pattern, line)
        if match:
            return match


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        if os.name == "nt":
            proc.terminate()
        else:
            proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def smoke(binary: Path, work: Path, gui: bool) -> None:
    base = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    for name in ("KIOSK_API_URL", "KIOSK_API_KEY", "KIOSK_EVENT", "KIOSK_DATA_DIR"):
        base.pop(name, None)

    step("--version")
    out = run(binary, "--version", env=base)
    if not re.search(r"kiosk, version \d+\.\d+", out):
        raise SmokeFailure(f"unexpected --version output: {out!r}")
    print(f"  {out.strip()}")

    step("simulator in the background")
    sim = subprocess.Popen([str(binary), "simulator", "--port", "0", "--registrations", "60",
                            "--no-rate-limit"], env=base, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, encoding="utf-8")
    try:
        q, seen = lines_of(sim.stdout), []
        url = wait_for(q, r"listening on (http://\S+)", seen).group(1)
        key = wait_for(q, r"api key: (\S+)", seen).group(1)
        event = wait_for(q, r"main event: (evt_\w+)", seen).group(1)
        env = {**base, "KIOSK_API_URL": url, "KIOSK_API_KEY": key, "KIOSK_EVENT": event,
               "KIOSK_DATA_DIR": str(work / "data")}
        print(f"  {url}, event {event}")

        step("sync")
        out = run(binary, "sync", env=env)
        if "60 registrations" not in out:
            raise SmokeFailure(f"sync did not pull 60 registrations: {out!r}")

        step("checkin")
        rows = [json.loads(line) for line in
                run(binary, "export", "--format", "jsonl", env=env).splitlines()]
        rid = next(r["id"] for r in rows if r["effective_status"] == "CONFIRMED")
        first = json.loads(run(binary, "checkin", "--json", rid, env=env))
        again = json.loads(run(binary, "checkin", "--json", rid, env=env, ok=(1,)))
        if (first["verdict"], again["verdict"]) != ("admit", "already_checked_in"):
            raise SmokeFailure(f"verdicts {first['verdict']}, {again['verdict']}")

        step("push and status")
        out = run(binary, "push", env=env)
        if "Uploaded 1" not in out:
            raise SmokeFailure(f"push: {out!r}")
        status = json.loads(run(binary, "status", "--json", env=env))
        if status["outbox"]["pending"] != 0 or status["counts"].get("ATTENDED", 0) < 1:
            raise SmokeFailure(f"status after push: {status}")

        step("ticket printed and decoded")
        run(binary, "tickets", "--id", rid, "--format", "png", "-o", str(work / "t"), env=env)
        (ticket,) = (work / "t").glob("*.png")
        decoded = json.loads(run(binary, "decode", "--json", str(ticket), env=env).splitlines()[0])
        if [r["registration_id"] for r in decoded["results"]] != [rid]:
            raise SmokeFailure(f"decoded {decoded}")
    finally:
        stop(sim)

    step("demo --no-gui")
    out = run(binary, "demo", "--no-gui", "--data-dir", str(work / "demo"), env=base)
    if "6 of 6 tickets read" not in out:
        raise SmokeFailure(f"demo output:\n{out}")

    if gui and os.name != "nt":
        step("check-in window (offscreen) judging the demo video")
        app = subprocess.Popen([str(binary), "-v", "demo", "--camera", "demo", "--data-dir",
                                str(work / "demo")], env=base, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
        try:
            q, seen = lines_of(app.stderr), []
            verdict = wait_for(q, r"kiosk\.door: check-in reg_\w+: (\w+)", seen).group(1)
            if verdict != "admit":
                raise SmokeFailure(f"first verdict from the demo video: {verdict}")
        finally:
            stop(app)
        if app.returncode != 0:
            raise SmokeFailure(f"the window exited {app.returncode}:\n{''.join(seen[-30:])}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a built kiosk binary.")
    parser.add_argument("binary", type=Path)
    parser.add_argument("--no-gui", action="store_true", help="skip the offscreen window check")
    args = parser.parse_args()
    binary = args.binary.resolve()
    if not binary.is_file():
        print(f"no such binary: {binary}", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as work:
        try:
            smoke(binary, Path(work), gui=not args.no_gui)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
