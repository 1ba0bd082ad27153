"""The organiser's word wins: a cancellation on the server is never revived by this kiosk."""

import json
import time

import pytest

from door_helpers import FakeClock, clocked_door
from kiosk import outbox_table, registrations
from kiosk.door import NothingToUndo
from kiosk.models import VerdictKind
from kiosk.store import Store
from kiosk_cli import confirmed_ids, run


def test_refused_checkin_undone_and_rescanned_never_revives_a_cancellation(env, sim):
    run(["sync"], env, check=True)
    rid = confirmed_ids(sim, 1)[0]
    sim.cancel(rid)  # after the last sync: the cache still says CONFIRMED

    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "admit"
    run(["push"], env)  # 409 "cancelled": a conflict for staff, and the door now knows
    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "cancelled"
    assert run(["undo", rid], env).returncode != 0  # nothing admitted to undo
    run(["sync"], env)
    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "cancelled"
    run(["push"], env)
    assert sim.status_of(rid) == "CANCELLED"
    # the earlier local admission is shown to staff
    conflicts = run(["conflicts"], env).stdout
    assert rid in conflicts


def test_checkin_stamped_a_day_ahead_still_loses_to_a_later_cancellation(sim, tmp_path):
    clock = FakeClock(time.time() + 86400)  # a day ahead while the check-in is made
    door = clocked_door(sim, tmp_path, clock)
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


def test_server_change_read_after_the_upload_wins_though_the_clock_went_back(sim, tmp_path):
    """"Read after the upload finished" is the order this kiosk saw, not wall clocks: with the
    clock a day fast during the upload and then corrected, the organiser setting the
    registration back to CONFIRMED must still show at the next pull."""
    clock = FakeClock(time.time() + 86400)
    door = clocked_door(sim, tmp_path, clock)
    try:
        assert door.pull().complete
        rid = next(a.id for a in door.attendees(status="CONFIRMED"))
        assert door.checkin(rid).kind is VerdictKind.ADMIT
        assert door.push().complete and sim.status_of(rid) == "ATTENDED"
        clock.now -= 86400  # NTP corrects the clock; then the organiser re-opens the ticket
        sim.set_status(rid, "CONFIRMED")
        assert door.pull().complete
        assert door.attendee(rid).effective_status == "CONFIRMED"
        assert door.checkin(rid).kind is VerdictKind.ADMIT  # not "already in"
    finally:
        door.close()


def test_a_page_read_before_the_upload_finished_never_undoes_it(sim, tmp_path):
    """The other half of the rule: a row the server sent before the PATCH landed is older
    than the check-in, even when the clock jumped forward in between."""
    clock = FakeClock(time.time())
    door = clocked_door(sim, tmp_path, clock)
    store = door.store
    try:
        assert door.pull().complete
        rid = next(a.id for a in door.attendees(status="CONFIRMED"))
        stale = sim.registrations_json(sim.main_event_id)
        mark = outbox_table.observed_seq(store.db)  # a request sent now, before the check-in
        assert door.checkin(rid).kind is VerdictKind.ADMIT
        assert door.push().complete and sim.status_of(rid) == "ATTENDED"
        clock.now += 86400  # the clock jumps a day ahead before the stale page is stored
        registrations.upsert_server_rows(store, sim.main_event_id, [r for r in stale if r["id"] == rid],
                                 sync_gen=None, fetched_at=clock(), fetched_seq=mark)
        assert door.attendee(rid).effective_status == "ATTENDED"
    finally:
        door.close()


def test_uploads_finished_before_the_upgrade_keep_the_decision_they_had(tmp_path):
    """The migration to upload numbers keeps what each row showed under the wall-clock rule:
    a server row read after the upload still wins; one read before it still loses, until
    the next read."""
    import sqlite3

    from kiosk.migrations import MIGRATIONS
    from kiosk.store import DB_NAME

    before = next(i for i, step in enumerate(MIGRATIONS) if "uploaded_seq INTEGER" in step)
    (tmp_path / "data").mkdir()
    old = sqlite3.connect(tmp_path / "data" / DB_NAME, isolation_level=None)
    for step in MIGRATIONS[:before]:
        old.executescript(step)
    old.execute(f"PRAGMA user_version={before}")
    old.execute("INSERT INTO events(id, title, slots, data, fetched_at) VALUES"
                " ('ev', 'Event', 10, '{}', '2026-11-25T08:00:00Z')")
    for rid, fetched_at in (("read_after", 200.0), ("read_before", 50.0)):
        old.execute("INSERT INTO registrations(id, event_id, attendee_name, attendee_email,"
                    " status, fetched_at, fetched_seq) VALUES (?, 'ev', 'A', 'a@x', 'CONFIRMED',"
                    " ?, 0)", (rid, fetched_at))
        old.execute("INSERT INTO outbox(op, event_id, registration_id, payload, state,"
                    " created_at, created_ts) VALUES ('status', 'ev', ?, '{}', 'done', 'x', 0)",
                    (rid,))
        old.execute("INSERT INTO checkins(registration_id, event_id, status, changed_at,"
                    " uploaded_at, seq) VALUES (?, 'ev', 'ATTENDED', 'x', 100.0, 0)", (rid,))
    old.close()

    store = Store(tmp_path / "data")
    try:
        assert registrations.attendee(store.db, "read_after").effective_status == "CONFIRMED"
        assert registrations.attendee(store.db, "read_before").effective_status == "ATTENDED"
        row = [r for r in registrations.attendees(store.db, "ev") if r.id == "read_before"][0]
        fresh = {"id": "read_before", "event_id": "ev", "attendee_name": "A",
                 "attendee_email": "a@x", "status": "CONFIRMED", "guest_count": 0}
        registrations.upsert_server_rows(store, "ev", [fresh], sync_gen=None, fetched_at=0.0,
                                 fetched_seq=outbox_table.observed_seq(store.db))
        assert row.effective_status == "ATTENDED"
        assert registrations.attendee(store.db, "read_before").effective_status == "CONFIRMED"
    finally:
        store.close()
