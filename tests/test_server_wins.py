"""The organiser's word wins: a cancellation on the server is never revived by this kiosk."""

import json
import time

import pytest
from tests.conftest import FakeClock, make_client

from kiosk.door import Door, NothingToUndo
from kiosk.models import VerdictKind
from kiosk.settings import Settings
from kiosk.store import Store

from tests.test_cli import confirmed_ids, env, run  # noqa: F401  (env is a fixture)


def test_refused_checkin_undone_and_rescanned_never_revives_a_cancellation(env, sim):
    run(["sync"], env, check=True)
    rid = confirmed_ids(sim, 1)[0]
    sim.cancel(rid)  # after the last sync: the cache still says CONFIRMED

    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "admit"
    run(["push"], env)  # 409: a conflict for staff
    run(["undo", rid], env, check=True)
    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "admit"
    run(["sync"], env)
    # the sync brought CANCELLED: the next scan says so, whatever happened here before
    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "cancelled"
    run(["undo", rid], env)
    run(["push"], env)
    assert sim.status_of(rid) == "CANCELLED"
    # the earlier local admission is shown to staff
    conflicts = run(["conflicts"], env).stdout
    assert rid in conflicts


def test_checkin_stamped_a_day_ahead_still_loses_to_a_later_cancellation(sim, tmp_path):
    clock = FakeClock(time.time() + 86400)  # a day ahead while the check-in is made
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                        request_timeout_s=5)
    door = Door(Store(tmp_path / "data", clock=clock), settings, make_client(sim), clock=clock)
    try:
        assert door.pull().complete
        rid = next(a.id for a in door.attendees(status="CONFIRMED"))
        assert door.checkin(rid).kind is VerdictKind.ADMIT
        assert door.push().complete and sim.status_of(rid) == "ATTENDED"
        clock.now -= 86400  # the clock is corrected; then the organiser cancels
        sim.cancel(rid)
        assert door.pull().complete
        assert door.checkin(rid).kind is VerdictKind.CANCELLED
        with pytest.raises(NothingToUndo):
            door.undo(rid)  # nothing to undo: the server's cancellation stands
        door.push()
        assert sim.status_of(rid) == "CANCELLED"
    finally:
        door.close()
