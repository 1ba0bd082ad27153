"""One push keeps draining through a flaky network, and nothing is applied twice."""

import json

from kiosk.simulator.testing import running_simulator
from kiosk_cli import confirmed_ids, kiosk_env, run


def test_one_push_drains_120_checkins_through_failures_and_lost_answers(tmp_path):

    with running_simulator(seed=7, registrations=300, slots=1000, rate_limits=False) as sim:
        env = kiosk_env(sim, tmp_path / "data")
        run(["sync"], env, check=True)
        ids = confirmed_ids(sim, 120)
        assert len(ids) == 120
        out = run(["checkin", "--json", *ids], env)
        assert all(json.loads(line)["verdict"] == "admit" for line in out.stdout.splitlines())
        sim.faults.error_rate = 0.2  # fails without touching the server
        sim.faults.apply_then_drop_rate = 0.2  # applied, but the answer is lost
        pushed = run(["push", "--deadline", "600"], env)
        sim.faults.error_rate = sim.faults.apply_then_drop_rate = 0
        assert pushed.returncode == 0, pushed.stdout + pushed.stderr
        assert all(sim.status_of(rid) == "ATTENDED" for rid in ids)
        status = json.loads(run(["status", "--json"], env, check=True).stdout)
        assert status["outbox"]["pending"] == 0 and status["outbox"]["conflicts"] == 0
