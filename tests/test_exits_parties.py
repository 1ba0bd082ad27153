"""Exits, re-entry, who is inside, the occupancy limit and parties that arrive in parts
(issue 20). The door's journal carries them between doors; WebKasa sees one ATTENDED per
registration, at the first arrival. In-process doors on the simulator first, then real door
processes linked over loopback."""

from __future__ import annotations

import json

import pytest

from door_helpers import make_door, wait_for
from kiosk.models import Status
from kiosk.peers import journal as journal_module
from kiosk.peers.identity import generate
from kiosk.peers.journal import sign_entry
from kiosk.rules import fold_presence
from kiosk_cli import confirmed_ids, confirmed_rows
from peer_helpers import attended_at, query


def _party(sim, size: int) -> str:
    """A CONFIRMED registration of ``size`` people (1 + guests)."""
    return next(r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED")
                if 1 + r["guest_count"] == size)


def _uploads(door, rid: str) -> int:
    return int(door.store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE registration_id=?", (rid,)).fetchone()[0])


def test_exit_door_says_goodbye_uploads_nothing_and_the_party_comes_back_in(synced_door):
    door = synced_door
    rid = _first_confirmed(door)
    inside_before = door.status().inside
    assert door.checkin(rid).kind == "admit"
    party = door.attendee(rid).party_size
    assert door.status().inside == inside_before + party
    uploads = _uploads(door, rid)

    out = door.checkin(rid, mode="exit")
    assert (out.kind, out.message, out.people, out.party_in) == ("exit", "Goodbye", party, 0)
    assert _uploads(door, rid) == uploads  # nothing for WebKasa: it knows statuses only
    assert door.attendee(rid).effective_status == Status.ATTENDED
    assert door.status().inside == inside_before
    assert door.status().people_in == inside_before + party  # they came in, and left
    assert door.checkin(rid, mode="exit").kind == "already_left"

    back = door.checkin(rid)  # the entry door
    assert (back.kind, back.people) == ("reentry", party)
    assert back.message.startswith("Welcome back")
    assert _uploads(door, rid) == uploads
    assert door.status().inside == inside_before + party
    assert door.checkin(rid).kind == "already_checked_in"


def _first_confirmed(door) -> str:
    return next(a.id for a in door.attendees(Status.CONFIRMED))


def test_a_ticket_never_admitted_is_told_so_at_the_exit(synced_door):
    rid = _first_confirmed(synced_door)
    verdict = synced_door.checkin(rid, mode="exit")
    assert verdict.kind == "not_admitted"
    assert "never checked in" in verdict.message
    assert synced_door.attendee(rid).effective_status == Status.CONFIRMED
    assert _uploads(synced_door, rid) == 0


def test_one_entry_only_refuses_a_party_that_left(sim, tmp_path):
    door = make_door(sim, tmp_path / "data", allow_reentry=False)
    try:
        assert door.pull().complete
        rid = _first_confirmed(door)
        door.checkin(rid)
        door.checkin(rid, mode="exit")
        verdict = door.checkin(rid)
        assert verdict.kind == "no_reentry"
        assert door.status().inside == door.status().people_in - door.attendee(rid).party_size
    finally:
        door.close()


def test_a_party_of_four_arrives_in_two_parts_and_is_uploaded_once(sim, tmp_path):
    door = make_door(sim, tmp_path / "data")
    try:
        assert door.pull().complete
        rid = _party(sim, 4)
        before = door.status()
        first = door.checkin(rid, people=2)
        assert (first.kind, first.message, first.people) == ("admit", "Admit 2 of 4", 2)
        assert door.attendee(rid).effective_status == Status.ATTENDED  # at the first arrival
        assert door.status().inside == before.inside + 2  # people actually in
        assert door.status().people_in == before.people_in + 2
        assert _uploads(door, rid) == 1

        rest = door.checkin(rid)
        assert (rest.kind, rest.message, rest.people) == (
            "admit_rest", "2 of 4 in: admit the other 2", 2)
        assert door.status().inside == before.inside + 4
        assert door.checkin(rid).kind == "already_checked_in"
        assert _uploads(door, rid) == 1
        assert door.journal.double_entry_count() == 0  # the rest is no double entry
        assert door.push().sent == 1  # one ATTENDED for WebKasa
        assert sim.registration(rid)["status"] == "ATTENDED"
    finally:
        door.close()


def test_full_until_someone_leaves(sim, tmp_path):
    door = make_door(sim, tmp_path / "data")
    try:
        assert door.pull().complete
        inside = door.status().inside
        one, two = [a.id for a in door.attendees(Status.CONFIRMED) if a.party_size == 1][:2]
        door.settings = door.settings.with_(max_inside=inside + 1)
        assert door.checkin(one).kind == "admit"
        assert door.status().occupancy == "full"
        refused = door.checkin(two)
        assert (refused.kind, refused.message) == ("full", "Full: wait for someone to leave")
        assert door.attendee(two).effective_status == Status.CONFIRMED  # nothing recorded
        assert door.checkin(one, mode="exit").kind == "exit"
        assert door.checkin(two).kind == "admit"
    finally:
        door.close()


def test_who_is_inside_never_goes_below_nothing_or_above_the_party():
    # two doors that could not see each other: both let the party out, both let it in
    assert fold_presence([("admit", None), ("exit", None), ("exit", None)], 3).inside == 0
    assert fold_presence([("admit", 2), ("enter", 2), ("enter", 2)], 4).inside == 4
    assert fold_presence([("admit", None), ("admit", 1)], 3).inside == 3
    assert fold_presence([("admit", None), ("exit", 3), ("undo", None)], 3) is None
    left = fold_presence([("admit", None), ("exit", None)], 2)
    assert left is not None and left.left


def test_an_old_style_entry_still_validates_and_a_changed_count_does_not(synced_door):
    door = synced_door
    rid = _first_confirmed(door)
    key = generate()
    base = {"seq": 1, "reg": rid, "action": "admit", "status": "ATTENDED",
            "hlc": 1 << 20, "at": "2026-12-07T19:00:00Z"}
    assert door.journal.apply([sign_entry(key, door.event_id, base)], {}) == 1  # v1
    out = sign_entry(key, door.event_id, {**base, "seq": 2, "action": "exit", "people": 1,
                                          "hlc": (1 << 20) + 1})
    forged = {**out, "people": 2}  # someone changes the count on the way
    assert door.journal.apply([forged], {}) == 0
    assert door.journal.apply([out], {}) == 1
    party = door.attendee(rid).party_size
    shown = journal_module.presence(door.store.db, rid, party)
    assert shown is not None and shown.inside == party - 1


# -- doors as real processes ----------------------------------------------------------------

def _inside(door) -> int:
    done = door.run("status", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["inside"]


def test_exit_at_door_b_then_reentry_at_door_a_with_inside_right_on_both(event_sim, doors):
    a, b = doors(["Door A", "Door B"], extra_env={"Door B": {"KIOSK_DOOR_MODE": "exit"}})
    event_sim.stop()
    a.start()
    b.start()
    rid = confirmed_ids(event_sim, 1)[0]
    party = 1 + confirmed_rows(event_sim, 1)[0]["guest_count"]
    start = _inside(a)
    assert _inside(b) == start

    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the check-in")
    assert _inside(a) == _inside(b) == start + party

    goodbye = b.scan(rid)
    assert (goodbye["verdict"], goodbye["message"], goodbye["people"]) == (
        "exit", "Goodbye", party)
    wait_for(lambda: _inside(a) == start, "Door A to learn of the exit")
    assert _inside(b) == start

    back = a.scan(rid)
    assert back["verdict"] == "reentry"
    wait_for(lambda: _inside(b) == start + party, "Door B to learn of the re-entry")
    assert _inside(a) == start + party
    # the journal says how many moved, never who
    actions = query(b.data_dir, "SELECT action, people FROM peer_journal"
                                " WHERE registration_id=? ORDER BY hlc", rid)
    assert [row[0] for row in actions] == ["admit", "exit", "enter"]


def test_the_rest_of_a_party_is_admitted_at_the_other_door(event_sim, doors):
    a, b = doors(["Door A", "Door B"])
    event_sim.stop()
    a.start()
    b.start()
    rid = next(r["id"] for r in event_sim.registrations(event_sim.main_event_id, "CONFIRMED")
               if r["guest_count"] >= 1)
    party = 1 + next(r["guest_count"] for r in event_sim.registrations(
        event_sim.main_event_id, "CONFIRMED") if r["id"] == rid)
    start = _inside(b)

    first = a.run("checkin", rid, "--people", "1", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["message"] == f"Admit 1 of {party}"
    wait_for(lambda: _inside(b) == start + 1, "Door B to learn of the first arrival")

    rest = b.scan(rid)
    assert rest["verdict"] == "admit_rest"
    assert rest["message"] == f"1 of {party} in: admit the other {party - 1}"
    wait_for(lambda: _inside(a) == start + party, "Door A to learn of the rest")
    assert a.scan(rid)["verdict"] == "already_checked_in"


@pytest.mark.parametrize("people", ["0", "99", "x"])
def test_a_people_count_out_of_range_is_a_usage_error(env, people):
    from kiosk_cli import run

    done = run(["checkin", "reg_x", "--people", people], env)
    assert done.returncode == 2
    assert "--people" in done.stderr


def test_a_door_for_both_ways_lets_a_party_inside_out_and_one_outside_in(synced_door):
    door = synced_door
    rid = _first_confirmed(door)
    assert door.checkin(rid, mode="both").kind == "admit"
    assert door.checkin(rid, mode="both").kind == "exit"
    assert door.checkin(rid, mode="both").kind == "reentry"
    assert door.checkin(rid, mode="both").kind == "exit"


def test_a_hostile_people_count_is_refused_and_changes_nothing(synced_door):
    door = synced_door
    rid = _first_confirmed(door)
    key = generate()
    for seq, people in enumerate((0, -1, 10**9, True, "2"), start=1):
        entry = sign_entry(key, door.event_id, {
            "seq": 1, "reg": rid, "action": "exit", "status": "ATTENDED",
            "hlc": (1 << 20) + seq, "at": "2026-12-07T19:00:00Z", "people": people})
        assert door.journal.apply([entry], {}) == 0
    assert query(door.store.data_dir, "SELECT COUNT(*) FROM peer_presence")[0][0] == 0


@pytest.mark.parametrize("name, value", [("KIOSK_DOOR_MODE", "sideways"),
                                         ("KIOSK_MAX_INSIDE", "-1")])
def test_a_setting_out_of_range_is_named_and_nothing_runs(env, name, value):
    from kiosk_cli import run

    done = run(["status"], {**env, name: value})
    assert done.returncode == 2
    assert name in done.stderr


def test_kiosk_status_says_who_is_inside_against_the_limit(env):
    from kiosk_cli import run

    run(["sync"], env, check=True)
    done = run(["status"], {**env, "KIOSK_MAX_INSIDE": "100000"}, check=True)
    assert "Inside now: " in done.stdout and " of 100000 allowed" in done.stdout
    data = json.loads(run(["status", "--json"], env, check=True).stdout)
    assert data["inside"] == data["people_in"]
    assert data["max_inside"] is None


def test_a_walk_in_that_left_stays_out_once_its_registration_reaches_webkasa(synced_door):
    from kiosk.rules import WalkIn

    door = synced_door
    before = door.status()
    attendee, verdict = door.register(WalkIn("Lise Meitner", "lise@example.org", guest_count=1),
                                      check_in=True)
    assert verdict is not None and verdict.kind == "admit"
    assert door.checkin_id(attendee.id, mode="exit").kind == "exit"  # no ticket: by id
    assert door.status().inside == before.inside
    assert door.push().remaining == 0  # the walk-in gets its server id
    server_id = query(door.store.data_dir, "SELECT id FROM registrations WHERE"
                      " attendee_email='lise@example.org'")[0][0]
    assert not server_id.startswith("local_")
    assert door.status().inside == before.inside
    assert door.status().people_in == before.people_in + 2
    assert door.checkin(server_id).kind == "reentry"


def test_a_journal_from_before_keeps_its_entries_and_its_double_entry_count(sim, tmp_path):
    """The journal's table is rebuilt for the new actions: its entries, its indexes and the
    triggers that keep the double-entry count all survive."""
    import sqlite3

    from kiosk.migrations import MIGRATIONS
    from kiosk.peers.schema import MOVES_MIGRATION
    from kiosk.store import DB_NAME

    before = MIGRATIONS.index(MOVES_MIGRATION)
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_NAME, isolation_level=None)
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        conn.executescript(f"BEGIN; {step}; PRAGMA user_version={number}; COMMIT;")
    old, new = confirmed_ids(sim, 2)
    for n, door_id in enumerate(("door_a", "door_b"), start=1):  # a double entry
        conn.execute("INSERT INTO peer_journal(door_id, seq, registration_id, action, status,"
                     " hlc, at) VALUES (?, 1, ?, 'admit', 'ATTENDED', ?,"
                     " '2030-01-01T10:00:00Z')", (door_id, old, n << 16))
    conn.close()
    door = make_door(sim, data)
    try:
        assert door.pull().complete
        assert door.journal.double_entry_count() == 1
        assert door.checkin(new).kind == "admit"
        other = generate()  # another door admitted the same party meanwhile
        assert door.journal.apply([sign_entry(other, door.event_id, {
            "seq": 1, "reg": new, "action": "admit", "status": "ATTENDED",
            "hlc": door.journal.clock.now() + 1, "at": "2030-01-01T10:01:00Z"})], {}) == 1
        assert door.journal.double_entry_count() == 2  # the trigger is back
        assert door.checkin(new, mode="exit").kind == "exit"
        assert query(data, "SELECT COUNT(*) FROM peer_journal")[0][0] == 5
        indexes = {r[0] for r in query(data, "SELECT name FROM sqlite_master WHERE"
                                             " tbl_name='peer_journal' AND type='index'")}
        assert {"peer_journal_registration", "peer_journal_hlc"} <= indexes
    finally:
        door.close()


def test_an_exit_at_one_door_makes_room_at_the_other(event_sim, doors):
    a, b = doors(["Door A", "Door B"], extra_env={"Door B": {"KIOSK_DOOR_MODE": "exit"}})
    start = _inside(a)
    a.env["KIOSK_MAX_INSIDE"] = str(start + 1)  # room for one more
    event_sim.stop()
    a.start()
    b.start()
    first, second = [r["id"] for r in event_sim.registrations(event_sim.main_event_id,
                                                              "CONFIRMED")
                     if r["guest_count"] == 0][:2]
    assert a.scan(first)["verdict"] == "admit"
    full = a.scan(second)
    assert (full["verdict"], full["message"]) == ("full", "Full: wait for someone to leave")
    wait_for(lambda: attended_at(b, first), "Door B to learn of the check-in")
    assert b.scan(first)["verdict"] == "exit"
    wait_for(lambda: _inside(a) == start, "Door A to learn of the exit")
    assert a.scan(second)["verdict"] == "admit"
