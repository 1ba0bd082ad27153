"""The sync's fetch-ahead (issue 9) keeps more than one page on its way only while the read
budget lasts: once the pacer spreads reads (``pacer.delay("read") > 0``), one page at a time,
so a fleet sharing a key does not spend its budget faster. Checked at the simulator by how
many list requests are in flight at once."""

from __future__ import annotations

import threading

import pytest

from door_helpers import make_client
from kiosk.api import Pacer
from kiosk.simulator.server import Faults
from kiosk.simulator.testing import running_simulator
from kiosk.store import Store
from kiosk.sync import FETCH_AHEAD, pull

PAGE = 20


class InFlight:
    """Counts list requests being answered at the same time, at the simulator."""

    def __init__(self, sim) -> None:
        self.now = self.most = self.lists = 0
        self._lock = threading.Lock()
        handle = sim.handle

        def counted(request):
            listing = request.method == "GET" and "/registrations?" in request.target
            if not listing:
                return handle(request)
            with self._lock:
                self.now += 1
                self.lists += 1
                self.most = max(self.most, self.now)
            try:
                return handle(request)
            finally:
                with self._lock:
                    self.now -= 1

        sim.handle = counted


@pytest.fixture
def slow_sim():
    # each answer takes a moment, as on a real network: pages asked together overlap
    with running_simulator(seed=3, registrations=200, faults=Faults(latency_s=0.05)) as sim:
        yield sim


def _sync(sim, tmp_path, pacer: Pacer) -> InFlight:
    counter = InFlight(sim)
    client = make_client(sim, pacer=pacer)
    try:
        result = pull(client, Store(tmp_path / "data"), sim.main_event_id, page_size=PAGE)
    finally:
        client.close()
    assert result.complete and result.stored >= 200
    assert counter.lists >= 200 // PAGE
    return counter


def test_pages_are_fetched_ahead_while_the_read_budget_lasts(slow_sim, tmp_path):
    counter = _sync(slow_sim, tmp_path, Pacer())
    assert counter.most == FETCH_AHEAD > 1


def test_one_page_in_flight_once_the_pacer_spreads_reads(slow_sim, tmp_path):
    """``low_water=1``: every answer leaves less than the whole budget, so the pacer spreads
    reads from the first answer on (its waits are skipped here: the order is what counts)."""
    pacer = Pacer(low_water=1.0, sleep=lambda seconds: None)
    counter = _sync(slow_sim, tmp_path, pacer)
    assert pacer.delay("read") > 0  # it was spreading reads
    assert counter.most == 1
