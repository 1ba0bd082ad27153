"""How a pull writes its pages (issue 9, a faster sync): each batch one statement, rows
checked on the fetch thread, checkpoints on a helper thread. Outcome-based: what ends up in
the database and in the outbox, never how long it took."""

from __future__ import annotations

import json
import sqlite3
import struct
import threading
from pathlib import Path

from kiosk import outbox_table, registrations
from kiosk import store as store_module
from kiosk.api import WebKasaClient
from kiosk.door import Door
from kiosk.registrations import WRITE_BATCH, clean_registration, prepare_server_rows
from kiosk.settings import Settings
from kiosk.simulator.testing import running_simulator
from kiosk.store import CHECKPOINT_EVERY, WAL_AUTOCHECKPOINT, Store

EVENT = "evt_writes"


def rows(prefix: str, n: int, status: str = "CONFIRMED") -> list[dict]:
    return [{"id": f"reg_{prefix}{i:05d}", "event_id": EVENT, "attendee_name": f"Person {i}",
             "attendee_email": f"{prefix}{i}@example.org", "status": status}
            for i in range(n)]


def in_database_file(store: Store) -> int:
    """Registrations in the database file itself, the WAL ignored: what a checkpoint copied."""
    uri = f"{store.path.resolve().as_uri()}?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM registrations").fetchone()[0]
    finally:
        conn.close()


def test_a_page_written_in_batches_stores_every_row_and_counts_each_once(tmp_path):
    store = Store(tmp_path / "d")
    page = rows("p", WRITE_BATCH * 3 + 7)
    page.append({**page[3], "attendee_name": "Read Twice"})  # shifted rows: the later read wins
    stored, skipped, fresh = registrations.upsert_server_rows(store, EVENT, page, sync_gen=1, fetched_at=1.0)
    assert (stored, skipped, fresh) == (len(page), 0, len(page) - 1)
    assert registrations.attendee(store.db, page[3]["id"]).registration.attendee_name == "Read Twice"
    # the same rows again in the same generation are not new; another generation's are
    assert registrations.upsert_server_rows(store, EVENT, page[:10], sync_gen=1, fetched_at=2.0)[2] == 0
    assert registrations.upsert_server_rows(store, EVENT, page[:10], sync_gen=2, fetched_at=3.0)[2] == 10
    assert store.db.execute("SELECT COUNT(*) FROM registrations").fetchone()[0] == len(page) - 1
    store.close()


def test_rows_checked_ahead_are_stored_as_the_raw_rows_would_be(tmp_path):
    raw = rows("c", 5) + [{"id": None, "status": "CONFIRMED"}, "not a row"]
    raw[0].update(guest_count=2.9, notes="multi\nline", created_at="2026-11-24T22:12:06+01:00")
    ahead = Store(tmp_path / "a", clock=lambda: 5.0)
    direct = Store(tmp_path / "b", clock=lambda: 5.0)
    assert registrations.upsert_server_rows(ahead, EVENT, prepare_server_rows(raw, EVENT), sync_gen=1,
                                    fetched_at=1.0)[:2] == (5, 2)
    assert registrations.upsert_server_rows(direct, EVENT, raw, sync_gen=1, fetched_at=1.0)[:2] == (5, 2)
    query = "SELECT * FROM registrations ORDER BY id"
    assert [tuple(r) for r in ahead.db.execute(query)] == [tuple(r) for r in direct.db.execute(query)]
    for row in raw[:5]:  # every column as clean_registration has it
        cleaned = clean_registration(row, EVENT)
        stored_row = ahead.db.execute("SELECT * FROM registrations WHERE id = ?",
                                      (row["id"],)).fetchone()
        assert {key: stored_row[key] for key in cleaned} == cleaned
    stored = registrations.attendee(ahead.db, "reg_c00000").registration
    assert (stored.guest_count, stored.notes, stored.created_at) == (
        2, "multi\nline", "2026-11-24T21:12:06.000Z")
    ahead.close()
    direct.close()


def test_text_a_json_page_can_carry_but_sqlite_cannot_is_stored_readably(tmp_path):
    """JSON may carry lone surrogates ("\\ud800") and NaN or Infinity: before, a lone
    surrogate failed the whole page's write, and an infinite guest_count raised."""
    page = json.loads('[{"id": "reg_odd1", "status": "CONFIRMED", "attendee_name": "Zo\\ud800e",'
                      ' "notes": "\\udfff", "guest_count": Infinity},'
                      ' {"id": "reg_odd2", "status": "CONFIRMED", "guest_count": NaN},'
                      ' {"id": "reg_\\ud800", "status": "CONFIRMED"}]')
    store = Store(tmp_path / "d")
    assert registrations.upsert_server_rows(store, EVENT, page, sync_gen=1, fetched_at=1.0)[:2] == (2, 1)
    odd = registrations.attendee(store.db, "reg_odd1").registration
    assert (odd.attendee_name, odd.notes, odd.guest_count) == ("Zo?e", "?", 0)
    assert registrations.attendee(store.db, "reg_odd2").registration.guest_count == 0
    assert clean_registration(page[2], EVENT) is None  # an id no ticket could match
    assert [a.id for a in registrations.attendees(store.db, EVENT)] == ["reg_odd2", "reg_odd1"]
    store.close()


def test_a_cancellation_in_a_page_wins_over_waiting_changes_read_before_it(tmp_path):
    store = Store(tmp_path / "d")
    registrations.upsert_server_rows(store, EVENT, rows("w", 4), sync_gen=None, fetched_at=1.0)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    admitted, other = "reg_w00000", "reg_w00001"
    assert door.checkin(admitted).admitted and door.checkin(other).admitted
    with store.write() as db:  # an undo waiting for upload (the check-in had reached the server)
        undo = outbox_table.enqueue(db, "status", EVENT, "reg_w00002", {"status": "CONFIRMED"},
                                    created_ts=store.clock())
    seq = outbox_table.observed_seq(store.db)  # the page below was requested after these changes...
    with store.write() as db:  # ... and this one was made after the request went out
        outbox_table.enqueue(db, "status", EVENT, "reg_w00003", {"status": "ATTENDED"},
                             created_ts=store.clock())
    cancelled = [{**row, "status": "CANCELLED"} for row in rows("w", 4)]
    cancelled[1]["status"] = "CONFIRMED"  # not cancelled: its check-in stays waiting
    registrations.upsert_server_rows(store, EVENT, cancelled, sync_gen=1, fetched_at=2.0, fetched_seq=seq)
    states = dict(store.db.execute("SELECT registration_id, state FROM outbox"))
    assert states == {admitted: "conflict", other: "pending", "reg_w00002": "superseded",
                      "reg_w00003": "pending"}, states
    [conflict] = door.conflicts()
    assert conflict.registration_id == admitted and "Cancelled on the server" in conflict.message
    assert store.db.execute("SELECT last_error FROM outbox WHERE id = ?", (undo,)).fetchone()[0] \
        is None  # dropped, not a conflict for staff
    door.close()


def test_checkpoints_aside_copies_the_pages_into_the_database_file(tmp_path):
    """While a pull writes, its connection never checkpoints (a helper thread does, and a
    last time as the pull ends): the rows reach the database file itself, and the
    connection checkpoints as before afterwards."""
    store = Store(tmp_path / "d")
    db = store.db
    commits = CHECKPOINT_EVERY * 2 + 3
    with store.bulk(), store.checkpoints_aside():
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        for i in range(commits):
            registrations.upsert_server_rows(store, EVENT, rows(f"k{i}_", WRITE_BATCH), sync_gen=1,
                                     fetched_at=1.0)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT
    assert in_database_file(store) == commits * WRITE_BATCH
    assert not [t for t in threading.enumerate() if t.name == "kiosk-checkpoint"]
    store.close()


def wal_cycle(wal: Path) -> tuple[int, int]:
    """The WAL header's checkpoint sequence number and first salt: both change each time
    the WAL starts over from its beginning (SQLite's file format, "WAL File Format")."""
    with open(wal, "rb") as f:
        magic, _version, _page, sequence, salt = struct.unpack(">5I", f.read(20))
    assert magic in (0x377F0682, 0x377F0683), hex(magic)
    return sequence, salt


def test_the_wal_keeps_starting_over_while_the_helper_checkpoints(tmp_path, monkeypatch):
    """A checkpoint beside a writer never leaves the WAL fully copied as the writer begins,
    so without the writer copying the rest the WAL never starts over (185 MB in a
    30,000-row pull before the fix). The writer's own copy comes when the helper reports
    its copy done, however long that took: from then on the WAL must start over at the
    writer's next batch. Counted in batches and checkpoints, never in time or bytes."""
    store = Store(tmp_path / "d")
    wal = tmp_path / "d" / "kiosk.db-wal"
    writer = threading.current_thread()
    batch = 0
    pulling = True
    writer_copies: list[int] = []  # the batches after which the writer copied the rest
    real_checkpoint = store_module.checkpoint

    def watched(db):
        if pulling and threading.current_thread() is writer:
            writer_copies.append(batch)
        real_checkpoint(db)

    monkeypatch.setattr(store_module, "checkpoint", watched)
    cycles: list[tuple[int, int]] = []  # the WAL's cycle after each batch
    with store.bulk(), store.checkpoints_aside():
        # A helper that takes longer takes more batches; one that never reports fails here.
        while batch < 100 * CHECKPOINT_EVERY:
            batch += 1
            registrations.upsert_server_rows(store, EVENT, rows(f"w{batch}_", WRITE_BATCH),
                                             sync_gen=1, fetched_at=1.0, count_fresh=False)
            cycles.append(wal_cycle(wal))
            if len(writer_copies) >= 3 and batch > writer_copies[2]:
                break  # the batch after the third copy is in
        pulling = False  # the last copy, as the pull ends, is not one of them
    store.close()
    assert len(writer_copies) >= 3, f"the WAL was copied {len(writer_copies)} times in " \
                                    f"{batch} batches: the pull's checkpoints stopped"
    assert writer_copies[0] >= CHECKPOINT_EVERY  # the helper's turn comes first
    for after in writer_copies[:3]:  # cycles[n - 1]: after batch n
        assert cycles[after] != cycles[after - 1], (
            f"the WAL went on in batch {after + 1} instead of starting over "
            f"(checkpoint sequence, salt: {cycles[after - 1]} then {cycles[after]})")


def test_checkpoints_aside_ends_cleanly_when_the_pull_fails(tmp_path):
    store = Store(tmp_path / "d")
    try:
        with store.checkpoints_aside():
            registrations.upsert_server_rows(store, EVENT, rows("f", 3), sync_gen=1, fetched_at=1.0)
            raise RuntimeError("the network went away")
    except RuntimeError:
        pass
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT
    assert not [t for t in threading.enumerate() if t.name == "kiosk-checkpoint"]
    assert in_database_file(store) == 3
    store.close()


def test_a_pull_leaves_its_rows_checkpointed_and_no_helper_running(door, sim):
    result = door.pull()
    assert result.complete
    assert in_database_file(door.store) == result.stored
    assert door.store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_AUTOCHECKPOINT
    assert not [t for t in threading.enumerate() if t.name == "kiosk-checkpoint"]


def test_progress_rises_to_the_total_and_never_past_it_while_rows_shift(tmp_path):
    """A pull counts the rows it saw once a pass, not with a query a page: progress is the
    rows read (a shifted row read twice never takes it past the total, nor backwards), and
    whether a pass saw everything is still an exact count."""
    with running_simulator(seed=3, registrations=450, page_cap=50) as sim:
        sim.faults.update(shift_during_paging=3, shift_budget=450 // 50)
        door = Door(Store(tmp_path / "d"), Settings(api_url=sim.url, event_id=sim.main_event_id,
                                                    device_name="Door 1"),
                    WebKasaClient(sim.url, sim.api_key))
        shown: list[tuple[int, int | None]] = []
        result = door.pull(progress=lambda done, total: shown.append((done, total)))
        door.close()
    assert result.complete and result.passes >= 2  # rows moved: the first pass fell short
    done = [d for d, _ in shown]
    assert done == sorted(done) and all(d <= t for d, t in shown)
    assert shown[-1][0] == shown[-1][1]
