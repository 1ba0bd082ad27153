"""Clock warnings (issue 19): a computer whose clock is a minute or more off the WebKasa
server's (by its ``Date`` header) or the other doors' is said in ``kiosk status``, and the
offsets are in ``kiosk status --json``. Real simulator, real ``kiosk`` processes; the wrong
clocks are the simulator's and a door's injected clocks."""

from __future__ import annotations

import json
import re
import time

from door_helpers import make_door, wait_for
from kiosk.clock import DOORS_SKEW_META
from kiosk.peers.auth import derive_secret
from kiosk.peers.node import PeerNode
from kiosk.simulator.testing import running_simulator
from kiosk_cli import kiosk_env, run


def test_a_server_clock_five_minutes_ahead_is_warned_in_status(tmp_path):
    with running_simulator(seed=7, registrations=20, clock=lambda: time.time() + 300) as sim:
        env = kiosk_env(sim, tmp_path / "data")
        run(["sync", "--no-push"], env, check=True)
        text = run(["status"], env, check=True).stdout
        warning = [line for line in text.splitlines() if "clock" in line]
        assert len(warning) == 1 and warning[0].startswith("WARNING"), text
        assert re.search(r"\d+ s behind the WebKasa server's", warning[0]), text
        skew = json.loads(run(["status", "--json"], env, check=True).stdout)
        assert 240 < skew["server_clock_skew_s"] < 360


def test_a_server_clock_that_agrees_gives_no_warning(env):
    run(["sync", "--no-push"], env, check=True)
    assert "clock" not in run(["status"], env, check=True).stdout
    skew = json.loads(run(["status", "--json"], env, check=True).stdout)
    assert skew["server_clock_skew_s"] is not None and abs(skew["server_clock_skew_s"]) < 60


def test_the_other_doors_clocks_minutes_off_are_warned_in_status(sim, tmp_path):
    a, b = make_door(sim, tmp_path / "a"), make_door(sim, tmp_path / "b")
    secret = derive_secret(sim.api_key, sim.main_event_id)
    try:
        a.pull()
        a.peers = PeerNode(a, secret, host="127.0.0.1").start()
        b.peers = PeerNode(b, secret, host="127.0.0.1", clock=lambda: time.time() + 90,
                           static_peers=(f"127.0.0.1:{a.peers.port}",)).start()
        wait_for(lambda: a.store.get_meta(DOORS_SKEW_META) is not None, "door A to measure")
    finally:
        a.close()
        b.close()
    env = kiosk_env(sim, tmp_path / "a")
    text = run(["status"], env, check=True).stdout
    assert re.search(r"WARNING: +this computer's clock is \d+ s behind the other doors'", text), text
    assert json.loads(run(["status", "--json"], env, check=True).stdout)["clock_skew_s"] > 60
