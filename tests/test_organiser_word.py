"""The server is the organiser's word (issue 19): an undo never overwrites a later
cancellation, a refusal saying "cancelled" makes the door say so, a refused walk-in gives its
places back, a captive portal is "offline" and never a conflict, and a sync never empties the
door by itself. Real simulator on loopback; the command line in real processes."""

from __future__ import annotations

import json

import pytest

from door_helpers import make_client
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


def _verdict(env, rid) -> str:
    return json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"]


def test_an_undo_never_overwrites_a_cancellation_made_after_the_upload(env, sim):
    run(["sync"], env, check=True)
    rid = confirmed_ids(sim, 1)[0]
    run(["checkin", rid], env, check=True)
    run(["push"], env, check=True)
    assert sim.status_of(rid) == "ATTENDED"
    sim.cancel(rid)  # the organiser cancels; staff undo before the next sync

    run(["undo", rid], env, check=True)
    out = run(["push"], env)
    assert out.returncode == 1 and "1 new conflicts" in out.stdout
    assert sim.status_of(rid) == "CANCELLED"  # the undo's PATCH made it CONFIRMED
    [conflict] = _conflicts(env)
    assert conflict["kind"] == "undo_overtaken" and conflict["registration_id"] == rid
    assert "This undo was not sent" in conflict["message"] and "CANCELLED" in conflict["message"]
    assert _verdict(env, rid) == "cancelled"


def test_a_refusal_saying_cancelled_makes_the_door_say_cancelled(env, sim):
    run(["sync"], env, check=True)
    rid = confirmed_ids(sim, 1)[0]
    sim.cancel(rid)  # after the last sync: the cache still says CONFIRMED
    assert _verdict(env, rid) == "admit"
    run(["push"], env)  # 409: "A cancelled registration cannot be checked in"
    assert len(_conflicts(env)) == 1

    assert _verdict(env, rid) == "cancelled"  # not "already checked in"
    assert run(["undo", rid], env).returncode != 0  # nothing admitted to undo
    assert _verdict(env, rid) == "cancelled"  # never admitted again
    run(["push"], env)
    assert len(_conflicts(env)) == 1 and sim.status_of(rid) == "CANCELLED"


def test_a_dismissed_refused_walk_in_gives_its_places_back(env, sim):
    run(["sync"], env, check=True)
    before, people_before = _status(env)["places_taken"], _status(env)["people_in"]
    run(["register", "--name", "Big Party", "--email", "big@example.com", "--guests", "20",
         "--checkin"], env, check=True)
    assert _status(env)["places_taken"] == before + 21
    sim.set_slots(sim.main_event_id, sim.places_taken())  # full on the server meanwhile

    run(["push"], env)  # 409 "Event is full"
    [conflict] = [c for c in _conflicts(env) if c["action"] == "walk_in"]
    assert conflict["kind"] == "walk_in_full"
    run(["conflicts", "--dismiss", str(conflict["outbox_id"])], env, check=True)

    report = _status(env)
    assert report["places_taken"] == before  # the refused party holds no places
    assert report["people_in"] == people_before and report["outbox"]["pending"] == 0
    rows = [json.loads(line) for line in
            run(["export", "--format", "jsonl"], env, check=True).stdout.splitlines()]
    [party] = [r for r in rows if r["attendee_name"] == "Big Party"]
    assert party["status"] == party["effective_status"] == "REFUSED"


def test_a_refused_field_is_named_in_the_servers_words(sim):
    from kiosk.contract import MAX_GUESTS

    body = {"attendee_name": "A", "attendee_email": "a@example.com"}
    with make_client(sim) as client:
        # the door's limit is the server's: a party the form accepts is never refused for it
        assert client.create_registration(sim.main_event_id,
                                          {**body, "guest_count": MAX_GUESTS})["id"]
        with pytest.raises(api.Rejected) as refused:
            client.create_registration(sim.main_event_id, {**body, "guest_count": MAX_GUESTS + 1})
    assert f"guest_count: must be between 0 and {MAX_GUESTS}" in str(refused.value)


def test_an_overtaken_undo_leaves_the_door_showing_the_servers_status(synced_door, sim):
    rid = confirmed_ids(sim, 1)[0]
    synced_door.checkin(rid)
    assert synced_door.push().complete and sim.status_of(rid) == "ATTENDED"
    sim.set_status(rid, "PENDING")  # the organiser's change after the upload
    synced_door.undo(rid)
    result = synced_door.push()
    assert result.conflicts == 1 and sim.status_of(rid) == "PENDING"
    assert synced_door.attendee(rid).effective_status == "PENDING"
    [conflict] = synced_door.conflicts()
    synced_door.dismiss_conflict(conflict.outbox_id)
    assert synced_door.attendee(rid).effective_status == "PENDING"
    assert synced_door.push().complete and sim.status_of(rid) == "PENDING"
