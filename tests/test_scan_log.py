"""The scan log (issue 20): every verdict on record with its door and reason, hostile codes
kept harmless, bounded on disk, wiped with its event, and rows from other doors checked field
by field. Real doors over the simulator and real SQLite files."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from door_helpers import make_door
from kiosk import exports, scans, stats, wipe
from kiosk.codes import ticket_payload
from kiosk.models import VerdictKind
from kiosk.peers import identity
from kiosk.store import Store


def first(door, status):
    return next(iter(door.attendees(status=status)))


def logged(door, **kwargs):
    return list(door.scan_log.entries(newest_first=False, **kwargs))


def test_every_verdict_is_logged_with_its_door_and_reason(synced_door):
    door = synced_door
    confirmed = first(door, "CONFIRMED")
    cancelled = first(door, "CANCELLED")
    door.checkin(confirmed.id)
    door.checkin(confirmed.id)
    door.checkin(cancelled.id)
    door.checkin("reg_nobody_here")
    door.checkin("this is not a ticket \x00")
    door.checkin(ticket_payload("reg_someone", "evt_elsewhere"))
    door.undo(confirmed.id)
    rows = logged(door)
    assert [r.verdict for r in rows] == [
        VerdictKind.ADMIT, VerdictKind.ALREADY_CHECKED_IN, VerdictKind.CANCELLED,
        VerdictKind.UNKNOWN, VerdictKind.INVALID, VerdictKind.WRONG_EVENT, "undo"]
    assert {r.door_name for r in rows} == {"Door 1"}
    assert rows[1].reason.startswith("Already checked in")
    assert rows[2].reason == "Registration cancelled"
    assert rows[3].registration_id == "reg_nobody_here"
    assert "\x00" not in rows[4].code and rows[4].code.startswith("this is not a ticket")
    # a filter by verdict, and by door
    assert [r.code for r in logged(door, verdicts=["cancelled"])] == [cancelled.id]
    assert logged(door, door_ids=["d1_" + "x" * 43]) == []
    assert len(logged(door, door_ids=[door.journal.door_id])) == 7


def test_scan_row_is_on_disk_when_the_verdict_returns(synced_door):
    door = synced_door
    door.checkin("reg_nobody_here")
    other = Store(door.store.data_dir)  # another connection, as another process reads it
    try:
        rows = other.db.execute("SELECT code, verdict, event_id FROM scans").fetchall()
    finally:
        other.close()
    assert [tuple(r) for r in rows] == [("reg_nobody_here", "unknown", door.event_id)]


def test_a_verdict_the_rules_do_not_know_yet_is_kept_as_its_word(synced_door):
    """Verdicts are data: a kind added to the check-in path later lands unchanged."""
    door = synced_door
    with door.store.write() as db:
        door.scan_log.record(db, "reg_x", "exit", "Left the venue", "reg_x")
        door.scan_log.record(db, "reg_y", "DROP TABLE", "x", None)  # not a verdict word
    assert [(r.verdict, r.reason) for r in logged(door)] == [
        ("exit", "Left the venue"), ("other", "x")]


def test_hostile_codes_are_bounded_and_defused_in_the_csv(synced_door):
    door = synced_door
    door.checkin("=HYPERLINK(\"http://evil\",\"x\")")
    door.checkin("\x1b]0;owned\x07" + "A" * 5000)
    buffer = io.StringIO()
    assert exports.export_scans(door.scan_log.entries(newest_first=False), buffer) == 2
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert rows[0]["code"].startswith("'=")
    assert "\x1b" not in buffer.getvalue() and "\x07" not in buffer.getvalue()
    assert len(rows[1]["code"]) <= scans.MAX_CODE
    assert rows[0]["door"] == "Door 1" and rows[0]["verdict"] == "invalid"


def test_the_log_keeps_at_most_its_cap_an_event(sim, tmp_path):
    door = make_door(sim, tmp_path / "data", scan_log_max_rows=1000)
    try:
        with door.store.write() as db:
            for i in range(1600):
                door.scan_log.record(db, f"code{i}", "admit", "", None, 2)
        kept = logged(door)
        assert 1000 <= len(kept) < 1000 + scans.PRUNE_EVERY
        # the per-minute counts the chart reads follow the rows dropped
        assert sum(n for _, _, n, _ in door.scan_log.arrivals_by_bucket(600)) == 2 * len(kept)
        assert kept[-1].code == "code1599"  # the newest stay, the oldest went
        assert kept[0].code != "code0"
    finally:
        door.close()


def test_an_ended_events_log_goes_when_a_door_opens_and_wipe_takes_the_current(sim, tmp_path):
    door = make_door(sim, tmp_path / "data", scan_log_keep_days=7)
    try:
        old = scans.ScanLog(door.store, door.journal.key, "evt_last_year")
        with door.store.write() as db:
            old.record(db, "reg_old", "admit", "", None)
        door.checkin("reg_nobody_here")
        # not yet old: nothing dropped
        assert door.scan_log.drop_ended() == 0
        later = datetime.now(timezone.utc) + timedelta(days=8)
        assert door.scan_log.drop_ended(later) == 1
        assert scans.count_event(door.store.db, "evt_last_year") == 0
        assert scans.count_event(door.store.db, door.event_id) == 1  # this event's stays
        assert door.scan_log.verdicts() == ["unknown"]
        wipe.delete_event(door.store, door.event_id)
        assert scans.count_event(door.store.db, door.event_id) == 0
        assert door.scan_log.verdicts() == [] and door.scan_log.doors() == []
    finally:
        door.close()


# -- rows from other doors -------------------------------------------------------------------

def signed(key, event_id, seq, **fields):
    row = {"door": key.door_id, "seq": seq, "at": "2030-05-01T18:00:00.000Z",
           "code": "reg_abc", "verdict": "unknown", "reason": "No such registration",
           "reg": "reg_abc", **fields}
    row["sig"] = key.sign(scans.message(event_id, row["door"], row["seq"], row["at"],
                                        row["code"], row["verdict"], row["reason"], row["reg"]))
    return row


def test_a_peers_rows_are_taken_once_and_named(synced_door):
    door = synced_door
    other = identity.generate()
    rows = [signed(other, door.event_id, i) for i in (1, 2, 3)]
    assert door.scan_log.apply(rows, {other.door_id: "Door 2\x1b[31m"}) == 3
    assert door.scan_log.apply(rows, {}) == 0  # idempotent
    names = {r.door_name for r in logged(door)}
    assert names == {"Door 2\ufffd[31m"}
    assert door.scan_log.high_water() == {other.door_id: 3}


@pytest.mark.parametrize("change, why", [
    ({"seq": 0}, "sequence"), ({"seq": True}, "sequence"), ({"at": "yesterday"}, "time"),
    ({"code": "x" * (scans.MAX_CODE + 1)}, "code"), ({"code": "ab\x1bc"}, "code"),
    ({"verdict": "Admit!"}, "verdict"), ({"reason": 5}, "reason"), ({"reg": "a b"}, "registration"),
    ({"door": "door_1234"}, "door id"),
])
def test_a_peers_bad_field_is_refused_and_changes_nothing(synced_door, change, why, caplog):
    door = synced_door
    other = identity.generate()
    bad = {**signed(other, door.event_id, 1), **change}
    assert door.scan_log.apply([bad]) == 0
    assert logged(door) == []
    assert why in caplog.text


def test_rows_signed_for_another_event_or_by_another_door_are_refused(synced_door):
    door = synced_door
    other, liar = identity.generate(), identity.generate()
    elsewhere = signed(other, "evt_elsewhere", 1)
    forged = {**signed(liar, door.event_id, 1), "door": other.door_id}
    tampered = {**signed(other, door.event_id, 2), "verdict": "admit"}
    assert door.scan_log.apply([elsewhere, forged, tampered, "junk", None]) == 0
    assert logged(door) == []


def test_a_peers_people_count_is_signed_and_checked(synced_door):
    door = synced_door
    other = identity.generate()
    party = signed(other, door.event_id, 1, verdict="admit", people=3)
    party["sig"] = other.sign(scans.message(door.event_id, other.door_id, 1, party["at"],
                                            party["code"], "admit", party["reason"],
                                            party["reg"], 3))
    inflated = {**party, "seq": 2, "people": 300}  # its signature says 3
    huge = {**party, "seq": 3, "people": scans.MAX_PEOPLE + 1}
    assert door.scan_log.apply([party, inflated, huge, {**party, "seq": 4, "people": "3"}]) == 1
    assert [r.people for r in logged(door)] == [3]
    assert door.scan_log.entries_after({})[0]["people"] == 3  # sent on as it came


def test_one_exchange_stores_at_most_a_batch(synced_door):
    door = synced_door
    other = identity.generate()
    rows = [signed(other, door.event_id, i) for i in range(1, scans.BATCH + 50)]
    assert door.scan_log.apply(rows) == scans.BATCH


# -- arrivals ------------------------------------------------------------------------------

def test_arrivals_count_admissions_per_ten_minutes_by_door(synced_door):
    door = synced_door
    other = identity.generate()
    base = datetime(2030, 5, 1, 18, 0, tzinfo=timezone.utc)
    peer_rows = [signed(other, door.event_id, i + 1, verdict="admit",
                        at=(base + timedelta(minutes=i)).isoformat().replace("+00:00", "Z"))
                 for i in range(15)]  # 18:00 to 18:14 at door 2: 10 then 5
    peer_rows.append(signed(other, door.event_id, 16, verdict="unknown"))  # not an arrival
    assert door.scan_log.apply(peer_rows, {other.door_id: "Door 2"}) == 16
    now = (base + timedelta(minutes=15)).timestamp()
    arr = stats.arrivals(door, now)
    assert arr.doors == ("Door 2",)
    assert arr.counts["Door 2"] == (10, 5)
    assert [datetime.fromtimestamp(s, timezone.utc).minute for s in arr.starts] == [0, 10]
    assert arr.rate_per_min == pytest.approx(5 / 5)  # 18:10-18:14 in the last five minutes
    assert arr.all_in_at is None  # five arrivals are too few to extrapolate
    # people, not registrations: every guest of a confirmed party is expected too
    confirmed = list(door.attendees(status="CONFIRMED"))
    assert arr.expected_left == sum(a.party_size for a in confirmed) > len(confirmed)


def test_arrivals_are_people_and_an_undone_admission_takes_them_back(synced_door):
    door = synced_door
    party = next(a for a in door.attendees(status="CONFIRMED") if a.registration.guest_count >= 2)
    single = next(a for a in door.attendees(status="CONFIRMED")
                  if a.registration.guest_count == 0)
    expected = stats.arrivals(door, datetime.now(timezone.utc).timestamp()).expected_left
    assert door.checkin(party.id).people == party.party_size
    door.checkin(single.id)
    now = datetime.now(timezone.utc).timestamp()
    arr = stats.arrivals(door, now)
    assert arr.total == party.party_size + 1  # a party of three is three arrivals
    assert arr.rate_per_min == pytest.approx((party.party_size + 1) / 5)
    assert arr.expected_left == expected - party.party_size - 1
    assert [r.people for r in logged(door, verdicts=["admit"])] == [party.party_size, 1]
    door.undo(party.id)
    arr = stats.arrivals(door, now)
    assert arr.total == 1  # the undone admission no longer counts, nor in the rate
    assert arr.rate_per_min == pytest.approx(1 / 5)
    assert arr.expected_left == expected - 1
    assert logged(door, verdicts=["undo"])[0].people == party.party_size


def test_a_party_in_parts_arrives_as_it_comes(synced_door):
    door = synced_door
    party = next(a for a in door.attendees(status="CONFIRMED") if a.registration.guest_count >= 2)
    door.checkin_id(party.id, people=1)
    door.checkin_id(party.id, people=party.party_size - 1)
    arr = stats.arrivals(door, datetime.now(timezone.utc).timestamp())
    assert [r.verdict for r in logged(door)] == ["admit", "admit_rest"]
    assert arr.total == party.party_size


def test_an_undo_later_than_its_admission_comes_off_the_ten_minutes_before():
    now = 1_900_000_000.0
    arr = stats.build([("a", 0, 4, 0), ("b", 0, 2, 0), ("b", 1200, 0, 3)],
                      {"a": "A", "b": "B"}, 0, 0, now)
    assert arr.counts == {"A": (3, 0, 0)}  # B's two first, then one of A's: never below zero


def test_the_estimate_comes_once_enough_arrived():
    now = 1_900_000_000.0
    few = stats.build([("d", 0, 5)], {"d": "Door 1"}, recent=5, expected_left=100, now=now)
    assert few.all_in_at is None
    enough = stats.build([("d", 0, 20)], {"d": "Door 1"}, recent=20, expected_left=100, now=now)
    assert enough.rate_per_min == 4.0
    assert enough.all_in_at == pytest.approx(now + 25 * 60)
    assert any("All expected arrivals in by about" in line for line in stats.summary(enough, now))
    stacked = stats.build([("a", 0, 1), ("b", 1200, 3)], {"a": "A", "b": "B"}, 0, 0, now)
    assert stacked.counts == {"B": (0, 0, 3), "A": (1, 0, 0)}  # every bucket, gaps as 0


def test_this_doors_rows_leave_signed_though_stored_unsigned(synced_door):
    """The signature is made when a row is sent (off the check-in path), and it verifies."""
    door = synced_door
    door.checkin("reg_nobody_here")
    door.checkin(first(door, "CONFIRMED").id)
    sent = door.scan_log.entries_after({})
    assert len(sent) == 2 and all(isinstance(scans._valid(r, door.event_id), tuple)
                                  for r in sent)
    assert door.scan_log.entries_after({door.journal.door_id: 2}) == []
    assert isinstance(scans._valid(sent[0], "evt_other"), str)  # bound to its event


def test_scans_from_before_the_shared_log_are_kept_and_never_sent(tmp_path):
    """A door upgraded mid-event keeps its scan history (door 'earlier', unsigned)."""
    import sqlite3

    from kiosk.door import Door
    from kiosk.migrations import MIGRATIONS, SCANS_MIGRATION
    from kiosk.settings import Settings

    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "kiosk.db")
    before = MIGRATIONS.index(SCANS_MIGRATION)  # the schema just before the shared log
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        conn.executescript(f"BEGIN; {step}; PRAGMA user_version={number}; COMMIT;")
    conn.execute("INSERT INTO registrations(id, event_id, attendee_name, attendee_email, status)"
                 " VALUES ('reg_a', 'evt_x', 'A', 'a@example.org', 'CONFIRMED')")
    conn.execute("INSERT INTO scans(at, code, verdict, registration_id, device)"
                 " VALUES ('2030-05-01T18:00:00.000Z', 'reg_a', 'admit', 'reg_a', 'Door 1')")
    conn.commit()
    conn.close()
    door = Door(Store(data), Settings(event_id="evt_x", device_name="Door 1"), None)
    try:
        (row,) = logged(door)
        assert (row.door_id, row.code, row.verdict) == (scans.EARLIER, "reg_a", "admit")
        assert door.scan_log.entries_after({}) == []  # unsigned: not sent on
    finally:
        door.close()
