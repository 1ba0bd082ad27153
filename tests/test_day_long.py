"""Work that does not grow with the day (issue 9): counters kept as rows change, finished
uploads archived, and a check-in whose work is the same after 100,000 uploads as after 100.

Outcomes only: counts compared with a full recount, and the SQLite virtual-machine steps a
check-in takes (a count of work, not a duration) compared between a small and a large store.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk import outbox_table, registrations, wipe
from kiosk.contract import MAX_GUESTS, STATUSES, STATUSES_HOLDING_PLACES
from kiosk.door import Door, WalkIn
from kiosk.registrations import EFFECTIVE
from kiosk.settings import Settings
from kiosk.store import Store

EVENT = "evt_day"


def recount(store: Store, event_id: str) -> tuple[dict[str, int], int, int]:
    """The counts as the door computed them before issue 9: a scan of every row."""
    rows = store.db.execute(
        f"""SELECT {EFFECTIVE} AS s, COUNT(*), SUM(1 + MIN(r.guest_count, ?))
            FROM registrations r LEFT JOIN checkins c ON c.registration_id = r.id
            WHERE r.event_id = ? AND r.vanished = 0 GROUP BY s""", (MAX_GUESTS, event_id),
    ).fetchall()
    counts = {s: 0 for s in STATUSES}
    people_in = held = 0
    for status, n, people in rows:
        counts[status] = n
        people_in += people if status == "ATTENDED" else 0
        held += people if status in STATUSES_HOLDING_PLACES else 0
    return counts, people_in, held


def assert_tallies_true(store: Store, event_id: str) -> None:
    counts, people_in, held = registrations.counts(store.db, event_id)
    assert (counts, people_in, held) == recount(store, event_id)
    kept = {s: n for s, n in store.db.execute("SELECT state, n FROM outbox_tally") if n}
    real = dict(store.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    assert kept == real
    summary = outbox_table.summary(store.db)
    assert summary.pending == real.get("pending", 0)
    assert summary.conflicts == real.get("conflict", 0)


def test_counts_kept_right_through_a_day(synced_door, sim, tmp_path):
    door = synced_door
    store = door.store
    assert_tallies_true(store, door.event_id)
    confirmed = [a for a in door.attendees(status="CONFIRMED")][:6]
    for attendee in confirmed:
        assert door.checkin(attendee.id).admitted
    assert_tallies_true(store, door.event_id)
    door.undo(confirmed[0].id)  # never left: forgotten
    assert_tallies_true(store, door.event_id)
    door.register(WalkIn("Walk In", "walk.in@example.org", guest_count=2), check_in=True)
    assert_tallies_true(store, door.event_id)
    door.push(ignore_backoff=True)  # uploads, links the walk-in, archives what finished
    assert_tallies_true(store, door.event_id)
    assert store.db.execute("SELECT COUNT(*) FROM outbox WHERE state IN"
                            " ('done', 'superseded', 'dismissed')").fetchone()[0] == 0
    door.undo(confirmed[1].id)  # reached the server: reversed
    sim.cancel(confirmed[2].id)  # cancelled on the server after it was admitted here
    door.pull()
    assert_tallies_true(store, door.event_id)
    door.push(ignore_backoff=True)
    door.pull()
    assert_tallies_true(store, door.event_id)
    # another process writes to the same file: the triggers keep its changes counted too
    script = (
        "import sys; from pathlib import Path; from kiosk.store import Store\n"
        "from kiosk import outbox_table\n"
        "s = Store(Path(sys.argv[1]))\n"
        "with s.write() as db:\n"
        "    db.execute(\"UPDATE registrations SET status='CANCELLED', guest_count=3"
        " WHERE id=?\", (sys.argv[2],))\n"
        "    db.execute(\"DELETE FROM registrations WHERE id=?\", (sys.argv[3],))\n"
        "    outbox_table.enqueue(db, 'status', sys.argv[4], sys.argv[2],"
        " {'status': 'ATTENDED'}, created_ts=s.clock())\n"
        "s.close()\n"
    )
    others = [a.id for a in door.attendees(status="CONFIRMED")]
    subprocess.run([sys.executable, "-c", script, str(store.data_dir), others[0], others[1],
                    door.event_id], check=True, cwd=Path(__file__).parent.parent)
    assert_tallies_true(store, door.event_id)


def test_undo_reads_the_archive(synced_door, sim):
    """A check-in whose upload finished (and was archived) is reversed on the server by an
    undo, not silently forgotten as if it had never left this kiosk."""
    door = synced_door
    attendee = next(iter(door.attendees(status="CONFIRMED")))
    door.checkin(attendee.id)
    assert door.push(ignore_backoff=True).sent == 1
    assert door.store.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
    assert door.store.db.execute(
        "SELECT state FROM outbox_archive WHERE registration_id=?", (attendee.id,)
    ).fetchone()[0] == "done"
    door.undo(attendee.id)
    assert door.push(ignore_backoff=True).sent == 1
    assert sim.status_of(attendee.id) == "CONFIRMED"


def test_observed_seq_never_goes_back(synced_door):
    """Archiving removes the newest finished entries from ``outbox``; the order mark that
    decides whether a server row was read after a local change must not drop with them."""
    door = synced_door
    attendee = next(iter(door.attendees(status="CONFIRMED")))
    door.checkin(attendee.id)
    before = outbox_table.observed_seq(door.store.db)
    door.push(ignore_backoff=True)
    assert door.store.db.execute("SELECT MAX(id) FROM outbox").fetchone()[0] is None
    assert outbox_table.observed_seq(door.store.db) >= before  # finished uploads take numbers too


# -- a check-in's work does not grow with the day -------------------------------------------


def fill(store: Store, finished: int, waiting: int, fresh: int = 50) -> None:
    """``finished`` uploaded check-ins, ``waiting`` check-ins not uploaded, and ``fresh``
    confirmed registrations to check in, written by SQL (a day's worth in a second)."""
    ranges = (("f", finished, "ATTENDED"), ("w", waiting, "CONFIRMED"), ("n", fresh, "CONFIRMED"))
    with store.write() as db:
        for tag, n, status in ranges:
            db.execute(
                """WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < ?)
                   INSERT INTO registrations(id, event_id, attendee_name, attendee_email,
                       status, guest_count, origin, fetched_at, fetched_seq, first_seen_gen)
                   SELECT printf('reg_%s%07d', ?, x), ?, 'Person ' || x,
                       'p' || x || '@example.org', ?, x % 3, 'server', 1.0, 0, 1 FROM i""",
                (n, tag, EVENT, status),
            )
        for tag, state in (("f", "done"), ("w", "pending")):
            db.execute(
                """INSERT INTO outbox(op, event_id, registration_id, payload, state, created_at,
                       created_ts, sent_at, done_at)
                   SELECT 'status', event_id, id, '{"status": "ATTENDED"}', ?,
                       '2026-01-01T00:00:00.000Z', 1.0, 2.0,
                       CASE WHEN ? = 'done' THEN '2026-01-01T00:00:01.000Z' END
                   FROM registrations WHERE id BETWEEN ? AND ?""",
                (state, state, f"reg_{tag}", f"reg_{tag}~"),
            )
        db.execute(
            """INSERT INTO checkins(registration_id, event_id, status, previous_status,
                   checked_in_at, device, changed_at, uploaded_at, seq)
               SELECT o.registration_id, o.event_id, 'ATTENDED', 'CONFIRMED',
                   '2026-01-01T00:00:00.000Z', 'Door 1', '2026-01-01T00:00:00.000Z',
                   CASE WHEN o.state = 'done' THEN 3.0 END, o.id FROM outbox o""",
        )


def steps(store: Store, work) -> int:
    """SQLite virtual-machine steps (in tens) ``work`` runs on this thread's connection."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    store.db.set_progress_handler(tick, 10)
    try:
        work()
    finally:
        store.db.set_progress_handler(None, 10)
    return count[0]


def journal(store: Store, n: int) -> None:
    """``n`` admissions journalled by another door (one per check-in of :func:`fill`), and
    one double entry among them (this door admitted the first one too)."""
    with store.write() as db:
        db.execute(
            """INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at)
               SELECT 'door_other', ROW_NUMBER() OVER (ORDER BY registration_id),
                   registration_id, 'admit', 'ATTENDED', seq << 16, checked_in_at
               FROM checkins ORDER BY registration_id LIMIT ?""", (n,),
        )
        db.execute(
            """INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at)
               SELECT 'door_mine', 1, registration_id, 'admit', 'ATTENDED', hlc + 1, at
               FROM peer_journal WHERE door_id = 'door_other' AND seq = 1""",
        )


def checkin_work(tmp_path: Path, name: str, finished: int, waiting: int) -> dict[str, int]:
    store = Store(tmp_path / name)
    fill(store, finished, waiting)
    journal(store, finished + waiting)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    try:
        door.checkin("reg_n0000001")  # warm: connection, statements, first pages
        door.status()
        work = {
            "checkin": steps(store, lambda: door.checkin("reg_n0000002")),
            "again": steps(store, lambda: door.checkin("reg_n0000002")),
            "undo": steps(store, lambda: door.undo("reg_n0000002")),
            "summary": steps(store, lambda: outbox_table.summary(store.db)),
            "counts": steps(store, lambda: registrations.counts(store.db, EVENT)),
            "status": steps(store, door.status),
        }
        assert_tallies_true(store, EVENT)
        report = door.status()
        assert report.outbox.pending == max(waiting, 1) + 1  # fill() makes 1 of 0; reg_n0000001
        assert report.double_entries == 1
        return work
    finally:
        door.close()


def test_checkin_work_does_not_grow_with_finished_uploads(tmp_path):
    """100,000 finished uploads (not yet archived: the worst case) cost a check-in, its
    summary, an undo and the door's counts no more work than 100 do."""
    small = checkin_work(tmp_path, "small", finished=100, waiting=0)
    large = checkin_work(tmp_path, "large", finished=100_000, waiting=0)
    for what, n in small.items():
        assert large[what] <= n * 1.5 + 5, (what, small, large)


def test_checkin_and_status_work_do_not_grow_with_waiting_uploads(tmp_path):
    """20,000 check-ins waiting for upload, each journalled: a check-in, the outbox summary,
    the door's counts and the whole status refresh (the GUI's status strip, up to four
    times a second) do the same work as with 100. The waiting check-ins each show another
    status than the server's; those moves are counted as they change (status_moves), and
    double entries too (peer_doubles), instead of being read on every refresh."""
    small = checkin_work(tmp_path, "small", finished=0, waiting=100)
    large = checkin_work(tmp_path, "large", finished=0, waiting=20_000)
    for what, n in small.items():
        assert large[what] <= n * 1.5 + 5, (what, small, large)


def test_archive_keeps_counts_and_makes_room(tmp_path):
    store = Store(tmp_path / "d")
    fill(store, 3000, 10)
    assert outbox_table.archive_finished(store) == 3000
    assert store.db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 10
    assert store.db.execute("SELECT COUNT(*) FROM outbox_archive").fetchone()[0] == 3000
    assert_tallies_true(store, EVENT)
    store.close()


def test_wiping_an_event_removes_its_archived_uploads(tmp_path):
    store = Store(tmp_path / "d")
    fill(store, 30, 5)
    outbox_table.archive_finished(store)
    path = store.path
    assert wipe.inspect(path, EVENT)["rows"] == 85 + 35 + 35  # registrations, check-ins, uploads
    wipe.delete_event(store, EVENT)
    for table in ("registrations", "checkins", "outbox", "outbox_archive"):
        assert store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    assert_tallies_true(store, EVENT)
    assert registrations.counts(store.db, EVENT)[0]["CONFIRMED"] == 0
    store.close()


def test_counts_of_a_database_migrated_with_waiting_uploads(tmp_path):
    """A database of the previous release, with uploads waiting, finished and refused, is
    counted right as soon as it is opened: the migration counts the moves already there."""
    import sqlite3

    from kiosk import migrations as store_module
    from kiosk.store import DB_NAME

    before = store_module.MIGRATIONS.index(store_module._MOVES_MIGRATION)
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    for number, step in enumerate(store_module.MIGRATIONS[:before], start=1):
        conn.executescript(f"BEGIN; {step}; PRAGMA user_version={number}; COMMIT;")
    conn.close()

    class Old(Store):
        def _migrate(self) -> None:  # stays at the old schema while it is filled
            pass

    old = Old(data_dir)
    fill(old, finished=300, waiting=200)
    with old.write() as db:  # a cancellation read after a check-in, and a vanished row
        db.execute("UPDATE registrations SET status='CANCELLED', fetched_seq=1000000"
                   " WHERE id='reg_w0000003'")
        db.execute("UPDATE registrations SET vanished=1 WHERE id='reg_w0000004'")
    old.close()
    store = Store(data_dir)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(
            store_module.MIGRATIONS)
        assert store.db.execute("SELECT COUNT(*) FROM checkin_moves").fetchone()[0] == 198
        assert_tallies_true(store, EVENT)
        counts, _, _ = registrations.counts(store.db, EVENT)
        assert counts["ATTENDED"] == 300 + 198 and counts["CANCELLED"] == 1
    finally:
        store.close()
