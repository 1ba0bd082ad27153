"""Clocks: a wall clock set back or simply wrong neither stalls uploads nor twins a walk-in."""

import time

from door_helpers import FakeClock, clocked_door, make_client
from kiosk.api import WebKasaClient
from kiosk.door import WalkIn
from kiosk.outbox import Pusher


def test_clock_set_back_three_hours_does_not_stall_uploads(sim, tmp_path):
    clock = FakeClock(time.time())
    door = clocked_door(sim, tmp_path, clock)
    try:
        assert door.pull().complete
        rid = next(a.id for a in door.attendees(status="CONFIRMED"))
        door.checkin(rid)
        offline = Pusher(WebKasaClient("http://127.0.0.1:9", sim.api_key, timeout=1.0,
                                       backoff_max_s=0.02), door.store, clock=clock)
        assert offline.push().error is not None  # the retry is stored a few seconds ahead
        clock.now -= 3 * 3600  # NTP corrects the clock by 3 h backwards
        result = Pusher(make_client(sim), door.store, clock=clock).push()
        assert not result.deferred and result.sent == 1
        assert sim.status_of(rid) == "ATTENDED"
    finally:
        door.close()


def test_walk_in_with_a_lost_answer_is_not_twinned_by_a_wrong_clock(sim, tmp_path):
    clock = FakeClock(time.time())
    door = clocked_door(sim, tmp_path, clock)
    try:
        assert door.pull().complete
        door.register(WalkIn("Ngozi Okafor", "ngozi@example.org", "", 0, ""), check_in=True)
        clock.now -= 3 * 3600  # the clock was 3 h fast when the walk-in was recorded
        sim.faults.apply_then_drop_rate = 1.0  # the create lands but its answer is lost
        assert door.push(ignore_backoff=True).error is not None
        sim.faults.apply_then_drop_rate = 0
        for _ in range(20):
            if door.push(ignore_backoff=True).remaining == 0:
                break
        rows = [r for r in sim.registrations_json(sim.main_event_id)
                if r["attendee_email"] == "ngozi@example.org"]
        assert len(rows) == 1, "a wrong clock must not create a twin"
    finally:
        door.close()
