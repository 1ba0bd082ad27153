"""Door-to-door propagation of check-ins, as a multiple of one HTTP round trip on loopback.

    python bench/bench_peers.py [--count 200]

Door A is a real ``kiosk checkin --stdin --json`` process; door B runs in this process
(a Door with its PeerNode), linked to A by a static peer on loopback, discovery off,
WebKasa unreachable. For each of ``--count`` check-ins the clock starts when A has answered
(the check-in is on disk) and stops when B has committed the entry, so the figure is what a
second door waits before it refuses the same ticket. The baseline is one bare HTTP POST
round trip on loopback with the same client library to a stdlib server, measured in the
same run. The issue's target is "within 2 s"; the figures are printed next to it too.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import httpx

from kiosk.api import WebKasaClient
from kiosk.door import Door
from kiosk.peers.auth import derive_secret
from kiosk.peers.node import PeerNode
from kiosk.settings import Settings
from kiosk.simulator.testing import running_simulator
from kiosk.store import Store
from kiosk_cli import NULL_KEYRING


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:  # as the peer server does (no Nagle delay)
        super().setup()
        import socket

        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def http_round_trip(samples: int = 300) -> float:
    """Median of one POST round trip on loopback (httpx client, stdlib threading server)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    times = []
    with httpx.Client(trust_env=False) as client:
        body = b'{"door": {}, "have": {}, "entries": []}'
        for _ in range(20):
            client.post(url, content=body)
        for _ in range(samples):
            t = time.perf_counter()
            client.post(url, content=body)
            times.append(time.perf_counter() - t)
    server.shutdown()
    server.server_close()
    return statistics.median(times)


def sync(sim, folder: Path, name: str) -> None:
    door = Door(Store(folder), Settings(api_url=sim.url, event_id=sim.main_event_id,
                                        device_name=name),
                WebKasaClient(sim.url, sim.api_key, timeout=10))
    assert door.pull().complete
    door.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_peers_"))
    with running_simulator(seed=3, registrations=args.count * 3, slots=100_000) as sim:
        sync(sim, tmp / "a", "Door A")
        sync(sim, tmp / "b", "Door B")
        ids = [r["id"] for r in sim.registrations_json(sim.main_event_id)
               if r["status"] == "CONFIRMED"][:args.count]
        api_key, event_id = sim.api_key, sim.main_event_id
    rtt = http_round_trip()

    port_a = free_port()
    b = Door(Store(tmp / "b"), Settings(event_id=event_id, device_name="Door B"), None)
    arrived: dict[str, float] = {}
    ready = threading.Condition()

    def on_event(name: str, payload: dict) -> None:
        if name != "data":
            return
        now = time.perf_counter()
        rows = b.store.db.execute(
            "SELECT registration_id FROM peer_journal WHERE door_id != ?", (b.journal.door_id,))
        with ready:
            for (rid,) in rows:
                arrived.setdefault(rid, now)
            ready.notify_all()

    b.events.subscribe(on_event)
    b.peers = PeerNode(b, derive_secret(api_key, event_id), host="127.0.0.1",
                       static_peers=(f"127.0.0.1:{port_a}",)).start()
    env = {**os.environ, "KIOSK_API_URL": f"http://127.0.0.1:{free_port()}",
           "KIOSK_API_KEY": api_key, "KIOSK_EVENT": event_id, "KIOSK_DATA_DIR": str(tmp / "a"),
           "KIOSK_DEVICE_NAME": "Door A", "KIOSK_PEER_PORT": str(port_a),
           "KIOSK_PEERS": f"127.0.0.1:{b.peers.port}", "KIOSK_PEER_DISCOVERY": "0",
           **NULL_KEYRING}
    a = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", "--stdin", "--json"],
                         env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while b.peers.linked() == 0:  # wait for the link, not a fixed time
            if time.monotonic() > deadline:
                raise SystemExit("the doors did not link")
            time.sleep(0.01)
        delays = []
        for rid in ids:
            a.stdin.write(rid + "\n")
            a.stdin.flush()
            verdict = json.loads(a.stdout.readline())
            answered = time.perf_counter()
            assert verdict["verdict"] == "admit", verdict
            with ready:
                if not ready.wait_for(lambda rid=rid: rid in arrived, timeout=30):
                    raise SystemExit(f"{rid} never reached door B")
            delays.append(max(0.0, arrived[rid] - answered))
    finally:
        a.stdin.close()
        a.wait(timeout=30)
        b.close()
    p50, p99 = pct(delays, 0.5), pct(delays, 0.99)
    print(f"one HTTP round trip on loopback (median): {rtt * 1000:.2f} ms")
    print(f"door-to-door propagation over {len(delays)} check-ins: "
          f"p50 {p50 * 1000:.1f} ms = {p50 / rtt:.1f} x round trip, "
          f"p99 {p99 * 1000:.1f} ms = {p99 / rtt:.1f} x round trip "
          f"(target 2 s = {2 / rtt:.0f} x round trip)")


if __name__ == "__main__":
    main()
