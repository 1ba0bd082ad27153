"""The server is the organiser's word (issue 19): an undo never overwrites a later
cancellation, a refusal saying "cancelled" makes the door say so, a refused walk-in gives its
places back, a captive portal is "offline" and never a conflict, and a sync never empties the
door by itself. Real simulator on loopback; the command line in real processes."""

from __future__ import annotations

import json

import pytest

from kiosk import api
from kiosk_cli import confirmed_ids, run


def _status(env) -> dict:
    return json.loads(run(["status", "--json"], env, check=True).stdout)


def test_two_empty_answers_in_a_row_remove_nothing_until_staff_confirm(env, sim):
    run(["sync"], env, check=True)
    sim.faults.update(list_empty=True)
    for _ in range(2):  # the second bad answer used to remove every registration, exit 0
        out = run(["sync"], env)
        assert out.returncode == 1, out.stdout
        assert "gone from the server" not in out.stdout
        assert "--accept-removals" in out.stdout
        report = _status(env)
        assert report["counts"]["CONFIRMED"] > 0 and report["removals_waiting"] == 300

    confirmed = run(["sync", "--accept-removals"], env)
    assert "300 gone from the server" in confirmed.stdout
    report = _status(env)
    assert report["removals_waiting"] == 0 and sum(report["counts"].values()) == 0
    assert report["sync_warning"] is None


def test_a_sync_that_would_remove_more_than_a_tenth_holds_them(env, sim):
    run(["sync"], env, check=True)
    for row in sim.registrations(sim.main_event_id)[:31]:  # 31 of 300: over a tenth
        sim.delete_registration(row["id"])
    out = run(["sync"], env)
    assert out.returncode == 1 and "left out 31 of 300" in out.stdout
    assert _status(env)["removals_waiting"] == 31


def _conflicts(env) -> list[dict]:
    return json.loads(run(["conflicts", "--json"], env, check=True).stdout)


def test_a_captive_portal_is_offline_and_uploads_resume_once_it_is_gone(env, sim):
    run(["sync"], env, check=True)
    rids = confirmed_ids(sim, 3)
    run(["checkin", *rids], env, check=True)
    sim.faults.update(captive_portal=True)  # every request: 302 to the venue's login page

    out = run(["push", "--deadline", "0"], env)
    assert out.returncode != 0
    assert "The network wants a login (captive portal)" in out.stdout
    assert _conflicts(env) == []  # never a refusal to show staff
    assert _status(env)["outbox"]["pending"] == 3

    sim.faults.clear()  # the guest logged in
    run(["push"], env, check=True)
    assert [sim.status_of(rid) for rid in rids] == ["ATTENDED"] * 3
    assert _conflicts(env) == []


def test_a_captive_portal_is_the_doors_offline_reason(synced_door, sim):
    seen = []
    synced_door.events.subscribe(lambda kind, payload: seen.append((kind, payload)))
    rid = confirmed_ids(sim, 1)[0]
    synced_door.checkin(rid)
    sim.faults.update(captive_portal=True)
    result = synced_door.push(ignore_backoff=True)
    assert isinstance(result.error, api.CaptivePortal) and result.conflicts == 0
    assert synced_door.online is False
    assert synced_door.offline_reason == "The network wants a login (captive portal)"
    assert ("online", {"online": False, "reason": synced_door.offline_reason}) in seen
    # an HTML page in place of a list answer is the same login wall, never "server trouble"
    with pytest.raises(api.CaptivePortal):
        synced_door.pull()
