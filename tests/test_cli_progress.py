"""Long steps say what they are doing on a terminal and nothing in a pipe (issue 18): ``kiosk
push`` against a failing server. Real subprocesses, the simulator, a pseudo-terminal."""

from __future__ import annotations

import re
import sys

import pytest

from kiosk.simulator.testing import running_simulator
from kiosk_cli import confirmed_ids, kiosk_env, on_a_terminal, run


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_push_to_a_failing_server_shows_progress_on_a_terminal_and_is_quiet_piped(tmp_path):
    with running_simulator(seed=5, registrations=20) as sim:
        env = kiosk_env(sim, tmp_path / "data")
        run(["sync"], env, check=True)
        run(["checkin", *confirmed_ids(sim, 3)], env, check=True)
        sim.faults.update(error_rate=1.0)  # every request fails with a 5xx: uploads wait

        # long enough for a retry however slow the first answer is on a loaded machine
        terminal, proc = on_a_terminal(["push", "--deadline", "5"], env)
        assert proc.returncode == 1
        assert "Uploading 1 of 3" in terminal, terminal
        assert re.search(r"Upload 1 of 3: retrying in \d+(\.\d)? s… \(Server error 5", terminal), terminal
        assert "Uploaded 0, 3 waiting" in proc.stdout.read()
        assert terminal.endswith("\r\x1b[K")  # the progress line is cleared at the end

        piped = run(["push", "--deadline", "1"], env)
        assert piped.returncode == 1 and "Uploaded 0, 3 waiting" in piped.stdout
        assert "Upload" not in piped.stderr and "retrying" not in piped.stderr, piped.stderr

        sim.faults.update(error_rate=0.0)
        terminal, proc = on_a_terminal(["push"], env)
        assert proc.returncode == 0
        assert all(f"Uploading {n} of 3" in terminal for n in (1, 2, 3)), terminal
