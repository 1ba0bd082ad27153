"""Several events at one door (issue 20, part 2): a conference and its workshop share a door.
Real ``kiosk`` processes on the simulator; two linked doors for the shared check-ins."""

from __future__ import annotations

import csv
import io
import json

from door_helpers import wait_for
from kiosk.settings import Settings, from_env, load, save
from kiosk_cli import kiosk_env, run
from peer_helpers import attended_at


def _both(sim) -> str:
    return f"{sim.main_event_id},{sim.other_event_id}"


def _third(sim) -> dict:
    """An event of the account the door does not serve, and one of its registrations."""
    third = next(e for e in sim.events() if e["id"] not in (sim.main_event_id,
                                                             sim.other_event_id))
    return {"event": third, "reg": sim.registrations(third["id"])[0]}


def _confirmed(sim, event_id: str) -> str:
    return sim.registrations(event_id, "CONFIRMED")[0]["id"]


def _checkin(env, code: str) -> dict:
    proc = run(["checkin", "--json", code], env)
    return json.loads(proc.stdout)


def test_a_door_of_two_events_judges_each_ticket_against_its_own(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    run(["sync"], env, check=True)
    main, other = _confirmed(sim, sim.main_event_id), _confirmed(sim, sim.other_event_id)
    for rid, event_id in ((main, sim.main_event_id), (other, sim.other_event_id)):
        verdict = _checkin(env, rid)
        assert verdict["verdict"] == "admit", verdict
        assert verdict["event_title"] == sim.event(event_id)["title"]  # staff see which event
    assert _checkin(env, other)["verdict"] == "already_checked_in"
    run(["push"], env, check=True)
    assert sim.status_of(main) == sim.status_of(other) == "ATTENDED"
    # one event's cancellation stays that event's
    cancelled = sim.registrations(sim.other_event_id, "CONFIRMED")[1]["id"]
    sim.cancel(cancelled)
    run(["sync"], env, check=True)
    assert _checkin(env, cancelled)["verdict"] == "cancelled"


def test_a_ticket_of_an_event_the_door_does_not_serve_says_which_event(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    run(["sync"], env, check=True)
    third = _third(sim)
    ticket = json.dumps({"id": third["reg"]["id"], "event_id": third["event"]["id"]})
    verdict = _checkin(env, ticket)
    assert verdict["verdict"] == "wrong_event"
    assert verdict["message"] == f"This ticket is for {third['event']['title']}"
    # a door of the main event alone refuses the other event's ticket the same way
    alone = kiosk_env(sim, tmp_path / "alone", KIOSK_EVENT=sim.main_event_id)
    run(["sync"], alone, check=True)
    other = json.dumps({"id": _confirmed(sim, sim.other_event_id),
                        "event_id": sim.other_event_id})
    verdict = _checkin(alone, other)
    assert verdict["verdict"] == "wrong_event"
    assert verdict["message"] == f"This ticket is for {sim.event(sim.other_event_id)['title']}"


def test_counts_and_exports_are_per_event_with_a_total(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    run(["sync"], env, check=True)
    _checkin(env, _confirmed(sim, sim.other_event_id))
    status = json.loads(run(["status", "--json"], env, check=True).stdout)
    each = {e["event_id"]: e for e in status["events"]}
    assert list(each) == [sim.main_event_id, sim.other_event_id]
    assert each[sim.other_event_id]["title"] == sim.event(sim.other_event_id)["title"]
    for event_id in each:
        assert sum(each[event_id]["counts"].values()) == len(sim.registrations(event_id))
        assert each[event_id]["slots"] == sim.event(event_id)["slots"]
    total = status["total"]
    assert total["people_in"] == sum(e["people_in"] for e in each.values())
    assert total["slots"] == sum(e["slots"] for e in each.values()) == status["slots"]
    assert total["counts"]["ATTENDED"] == sum(e["counts"]["ATTENDED"] for e in each.values())
    assert each[sim.other_event_id]["people_in"] >= 1
    text = run(["status"], env, check=True).stdout
    assert sim.event(sim.other_event_id)["title"] in text and "Total:" in text

    exported = run(["export"], env, check=True).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert {r["event_id"] for r in rows} == {sim.main_event_id, sim.other_event_id}
    assert len(rows) == sum(len(sim.registrations(e)) for e in each)


def test_event_settings_old_files_and_overrides(tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    (old / "settings.json").write_text(json.dumps({"version": 1, "event_id": "evt_a"}))
    assert load(old).served_events == ("evt_a",)  # a file from before: one event
    save(Settings(event_id="evt_a,evt_b"), tmp_path / "new")
    saved = load(tmp_path / "new")
    assert saved.event_id == "evt_a" and saved.served_events == ("evt_a", "evt_b")
    # an event named for one process is every event of it: the saved extras do not join in
    assert from_env(saved, {"KIOSK_EVENT_ID": "evt_c"}).served_events == ("evt_c",)
    assert (from_env(saved, {"KIOSK_EVENT_ID": "evt_c, evt_a"}).served_events
            == ("evt_c", "evt_a"))
    assert saved.for_events("evt_d").served_events == ("evt_d",)  # --event, KIOSK_EVENT


def test_a_wrong_event_list_is_a_usage_error(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=f"{sim.main_event_id},evt a")
    proc = run(["status"], env)
    assert proc.returncode == 2 and "KIOSK_EVENT" in proc.stderr and "Traceback" not in proc.stderr
    proc = run(["--event", f"{sim.main_event_id},bad/id", "status"],
               kiosk_env(sim, tmp_path / "data"))
    assert proc.returncode == 2 and "bad/id" in proc.stderr


def test_two_linked_doors_of_two_events_share_the_second_events_check_ins(event_sim, doors):
    both = {"KIOSK_EVENT": _both(event_sim)}
    a, b = doors(["Door A", "Door B"], extra_env={"Door A": both, "Door B": both})
    for door in (a, b):
        assert door.run("sync", api_url=event_sim.url).returncode == 0
    event_sim.stop()
    a.start()
    b.start()
    rid = _confirmed(event_sim, event_sim.other_event_id)
    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the workshop check-in")
    verdict = b.scan(rid)
    assert verdict["verdict"] == "already_checked_in" and verdict["checked_in_device"] == "Door A"


def test_a_second_events_booking_made_after_the_sync_is_fetched_on_request(sim, tmp_path):
    from door_helpers import make_door

    door = make_door(sim, tmp_path / "data", event_ids=(sim.other_event_id,))
    try:
        assert door.pull().complete
        new = sim.add_registration(sim.other_event_id, attendee_name="Late Workshopper",
                                   attendee_email="late@example.org")
        assert door.checkin(new["id"]).kind == "unknown"
        found = door.fetch_registration(new["id"])
        assert found is not None and found.registration.event_id == sim.other_event_id
        assert door.checkin(new["id"]).admitted
    finally:
        door.close()


def test_a_walk_in_is_registered_for_the_event_chosen_and_fits_its_places(sim, tmp_path):
    other = sim.other_event_id
    sim.set_slots(other, sim.places_taken(other) + 5)  # the workshop: 5 places left
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    run(["sync"], env, check=True)
    status = json.loads(run(["status", "--json"], env, check=True).stdout)
    left = {e["event_id"]: e["places_left"] for e in status["events"]}
    assert left[other] == 5 and left[sim.main_event_id] > 6
    big = ["register", "--json", "--name", "Big Party", "--email", "big@example.org",
           "--guests", "5"]  # 6 people: room at the first event, not at the workshop

    refused = run([*big, "--event", other], env)
    assert refused.returncode == 1, refused.stderr
    answer = json.loads(refused.stdout)
    assert answer["registered"] is False and answer["reason"] == "capacity"
    assert answer["error"] == "Only 5 places left; this party needs 6"

    assert json.loads(run(big, env, check=True).stdout)["party_size"] == 6  # the first event
    small = json.loads(run(["register", "--json", "--checkin", "--event", other, "--name",
                            "Small Party", "--email", "small@example.org", "--guests", "1"],
                           env, check=True).stdout)
    assert small["verdict"]["verdict"] == "admit"
    status = json.loads(run(["status", "--json"], env, check=True).stdout)
    now_left = {e["event_id"]: e["places_left"] for e in status["events"]}
    assert now_left == {other: 3, sim.main_event_id: left[sim.main_event_id] - 6}

    unknown = run(["register", "--event", "evt_nowhere", "--name", "X", "--email",
                   "x@example.org"], env)
    assert unknown.returncode == 1 and "does not serve the event 'evt_nowhere'" in unknown.stderr

    run(["push"], env, check=True)
    workshop = {r["attendee_name"]: r["status"] for r in sim.registrations(other)}
    assert workshop.get("Small Party") == "ATTENDED" and "Big Party" not in workshop
    assert "Big Party" in {r["attendee_name"] for r in sim.registrations(sim.main_event_id)}


def test_the_first_sync_is_complete_only_once_every_event_was_pulled_whole(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    assert len(sim.registrations(sim.other_event_id)) < 100 < len(sim.registrations())
    sim.faults.update(list_fail_from_offset=100)  # the workshop pulls whole, the first not
    assert run(["sync"], env).returncode == 6
    status = run(["status"], env)
    assert status.returncode == 3 and "First sync incomplete" in status.stderr, status.stderr

    sim.faults.clear()
    assert run(["sync", "--no-push"], env).returncode == 0
    report = json.loads(run(["status", "--json"], env, check=True).stdout)
    assert report["first_sync_complete"] is True


def test_a_sync_warning_says_which_event_it_is_about(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data", KIOSK_EVENT=_both(sim))
    run(["sync"], env, check=True)
    other = sim.other_event_id
    title = sim.event(other)["title"]
    workshop = sim.registrations(other)
    for row in workshop[:5]:  # purged on the server: too many to drop unasked
        sim.delete_registration(row["id"])
    run(["sync", "--no-push"], env)
    report = json.loads(run(["status", "--json"], env).stdout)
    assert f"left out 5 of {len(workshop)}" in report["sync_warning"]  # not hidden by the
    assert report["sync_warning_event"] == title  # first event's clean pull after it
    shown = run(["status"], env).stdout
    assert f"WARNING:    {title}: the server's list left out 5" in shown

    one = json.loads(run(["status", "--json"], kiosk_env(sim, tmp_path / "data")).stdout)
    assert one["sync_warning_event"] is None  # a door of one event: as before
