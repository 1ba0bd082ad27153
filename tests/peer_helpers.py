"""Real ``kiosk checkin --stdin --json`` door processes on loopback, for the peer tests and
the bench. Each door has its own data folder; the WebKasa simulator is only used to sync
the folders first (and, in the upload test, for ``kiosk push`` afterwards)."""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from door_helpers import wait_for
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store
from kiosk_cli import NULL_KEYRING

PORT_BLOCK = 2000
_picks = itertools.count(random.randrange(PORT_BLOCK))


def free_port() -> int:
    """A port nothing listens on now, for a door to listen on later. Not one the kernel
    chose (``bind(0)``): those come from the ephemeral range, which the kernel also hands
    to every outgoing connection, and under ``-n 4`` one was taken between the pick and the
    door's bind ("Address already in use": the door stayed alone). So the pick is below that
    range, from a block of its own for each xdist worker, never the same twice in a run."""
    low = _ephemeral_low()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    start = 10_000 + (int(worker) if worker.isdigit() else 0) * PORT_BLOCK
    for _ in range(PORT_BLOCK):
        port = start + next(_picks) % PORT_BLOCK
        if port >= low:
            break
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as s:  # no block (many workers): the kernel's choice, as before
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768


def dead_url() -> str:
    """An API URL where nothing listens: the doors are offline from WebKasa."""
    return f"http://127.0.0.1:{free_port()}"


def sync_folder(sim, data_dir: Path, name: str) -> None:
    from kiosk.api import WebKasaClient

    client = WebKasaClient(sim.url, sim.api_key, timeout=5.0)
    door = Door(Store(data_dir), Settings(api_url=sim.url, event_id=sim.main_event_id,
                                          device_name=name), client)
    try:
        assert door.pull().complete
    finally:
        door.close()


def query(data_dir: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "kiosk.db", timeout=30)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def shown_status(data_dir: Path, rid: str) -> tuple | None:
    """(status, device) the door shows for a registration from the journal/check-ins."""
    rows = query(data_dir, "SELECT status, device FROM checkins WHERE registration_id=?", rid)
    return rows[0] if rows else None


class DoorProcess:
    def __init__(self, sim, data_dir: Path, name: str, *, port: int, peers: list[int],
                 api_url: str, extra_env: dict[str, str] | None = None,
                 args: tuple[str, ...] = ("--no-sync",)) -> None:
        """``args``: the options of ``kiosk checkin --stdin --json`` beyond those; by default
        ``--no-sync``: the peer tests' doors are offline from WebKasa, and an upload of
        theirs retrying in the background would hold the network lock that the tests'
        own ``kiosk push`` needs."""
        self.data_dir, self.name, self.port, self.args = data_dir, name, port, args
        self.env = {
            **os.environ,
            "KIOSK_API_URL": api_url, "KIOSK_API_KEY": sim.api_key,
            "KIOSK_EVENT": sim.main_event_id, "KIOSK_DATA_DIR": str(data_dir),
            "KIOSK_DEVICE_NAME": name, "KIOSK_PEER_PORT": str(port),
            "KIOSK_PEERS": ",".join(f"127.0.0.1:{p}" for p in peers),
            "KIOSK_PEER_DISCOVERY": "0",
            **NULL_KEYRING,
            **(extra_env or {}),
        }
        if "KIOSK_PEER_SECRET" not in (extra_env or {}):
            self.env.pop("KIOSK_PEER_SECRET", None)
        self.proc: subprocess.Popen | None = None
        self.stderr_path = data_dir.parent / f"{name.replace(' ', '_')}.stderr"

    def start(self) -> DoorProcess:
        before = self.stderr().count("listening for other doors")  # a restart appends
        self._stderr = open(self.stderr_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "-v", "checkin", "--stdin", "--json", *self.args],
            env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
            text=True,
        )
        # a generous bound: on a loaded 2-core machine a door's start (Python, SQLite,
        # the key, mDNS off) has taken over 30 s; an outcome, not a timing, is asserted
        wait_for(lambda: self.stderr().count("listening for other doors") > before,
                 f"{self.name} to listen", timeout=90)
        return self

    def stderr(self) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def scan(self, code: str) -> dict:
        assert self.proc and self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(code + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, f"{self.name} ended: {self.stderr()[-2000:]}"
        return json.loads(line)

    def run(self, *args: str, api_url: str | None = None) -> subprocess.CompletedProcess:
        """Another kiosk command on this door's folder (undo, status, doors, push)."""
        env = dict(self.env)
        if api_url:
            env["KIOSK_API_URL"] = api_url
        return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, text=True,
                              capture_output=True, timeout=120)

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self.proc.stdout.close()
        self._stderr.close()
        self.proc = None

    def kill(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.proc.stdin.close()
        self.proc.stdout.close()
        self._stderr.close()
        self.proc = None


def attended_at(door: DoorProcess, rid: str) -> bool:
    shown = shown_status(door.data_dir, rid)
    return bool(shown and shown[0] == "ATTENDED")
