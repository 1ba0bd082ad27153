"""Full sync against the simulator: exact server set, shifting rows, local changes kept."""

import pytest

from door_helpers import make_door
from kiosk.store import Store


def server_set(sim):
    return {r["id"]: r["status"] for r in sim.registrations_json(sim.main_event_id)}


def cache_set(door):
    rows = door.store.db.execute(
        "SELECT id, status FROM registrations WHERE event_id=? AND vanished=0", (door.event_id,)
    )
    return dict(rows.fetchall())


def test_full_sync_is_exactly_the_server_set(door, sim):
    result = door.pull()
    assert result.complete and result.passes == 1
    assert cache_set(door) == server_set(sim)
    assert result.requests == -(-300 // sim.config.page_cap)


@pytest.mark.parametrize("order", ["newest_first", "status_then_id", "oldest_first"])
def test_rows_shifting_while_paging(tmp_path, order):
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=3, registrations=450, page_cap=50, order=order) as sim:
        # rows added, cancelled and changed before every page request of the first pass
        sim.faults.update(shift_during_paging=3, shift_budget=450 // 50)
        door = make_door(sim, tmp_path / order)
        result = door.pull()
        sim.faults.shift_during_paging = 0
        cached = cache_set(door)
        server = server_set(sim)
        # every registration that existed throughout is there, none twice, none invented
        assert set(cached) <= set(server)
        missing = set(server) - set(cached)
        added_late = {rid for rid in missing if sim.added_during_paging(rid)}
        assert missing == added_late
        door.close()
        assert result.complete
        if order != "oldest_first":  # the orders that move rows: the first pass fell short
            assert result.passes >= 2
        # a second sync after the dust settles is exact, statuses included
        door = make_door(sim, tmp_path / order)
        door.pull()
        assert cache_set(door) == server
        door.close()


def test_vanished_rows_are_marked(door, sim):
    door.pull()
    gone = next(iter(server_set(sim)))
    sim.delete_registration(gone)
    assert door.pull().vanished == 1
    assert door.attendee(gone).vanished
    assert door.checkin(gone).kind == "unknown"


def test_sync_never_overwrites_a_local_checkin(door, sim):
    door.pull()
    rid = next(a.id for a in door.attendees(status="CONFIRMED"))
    assert door.checkin(rid).admitted
    door.pull()  # the server still says CONFIRMED: the upload has not happened
    assert door.attendee(rid).effective_status == "ATTENDED"
    assert door.push(ignore_backoff=True).sent == 1
    door.pull()
    assert door.attendee(rid).effective_status == "ATTENDED"
    # a change made on the server after our upload wins
    sim.set_status(rid, "CANCELLED")
    door.pull()
    assert door.attendee(rid).effective_status == "CANCELLED"


def test_new_status_from_the_server_arrives(door, sim):
    door.pull()
    rid = next(a.id for a in door.attendees(status="CONFIRMED"))
    sim.set_status(rid, "CANCELLED")
    door.pull()
    assert door.checkin(rid).kind == "cancelled"


def test_malformed_rows_are_skipped_not_fatal(door, sim):
    sim.inject_raw_row(sim.main_event_id, {"id": None, "status": "WHATEVER"})
    result = door.pull()
    assert result.skipped == 1
    assert result.vanished == 0  # an incomplete picture never marks rows as gone


def test_cancel_between_pages(door, sim):
    from kiosk.sync import SyncCancelled

    pages = []
    with pytest.raises(SyncCancelled):
        door.pull(progress=lambda done, total: pages.append(done), cancelled=lambda: len(pages) >= 1)
    assert door.store.get_meta("last_sync_at") is None


def test_cache_survives_reopen(door, sim, tmp_path):
    door.pull()
    count = len(cache_set(door))
    store = Store(door.store.data_dir)
    assert store.db.execute("SELECT COUNT(*) FROM registrations").fetchone()[0] == count
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_database_is_private(door):
    door.pull()
    mode = door.store.path.stat().st_mode & 0o777
    assert mode == 0o600
    assert door.store.data_dir.stat().st_mode & 0o077 == 0


def test_hostile_rows_are_stored_safely(door, sim):
    sim.inject_raw_row(sim.main_event_id, {
        "id": "reg_hostile1", "event_id": sim.main_event_id, "status": "CONFIRMED",
        "attendee_name": "Robert'); DROP TABLE registrations;--" + "x" * 50_000,
        "attendee_email": {"not": "a string"}, "guest_count": "lots", "notes": "\x00\u202e",
        "created_at": "yesterday-ish",
    })
    sim.inject_raw_row(sim.main_event_id, {"id": "reg_otherevt", "event_id": "evt_elsewhere",
                                           "status": "CONFIRMED"})
    result = door.pull()
    assert result.skipped == 1  # the row claiming another event
    hostile = door.attendee("reg_hostile1")
    assert hostile.registration.attendee_name.startswith("Robert'); DROP TABLE")
    assert len(hostile.registration.attendee_name) <= 1000
    assert hostile.registration.guest_count == 0 and hostile.registration.created_at is None
    assert "\x00" not in (hostile.registration.notes or "")
    assert door.attendee("reg_otherevt") is None
    assert door.checkin("reg_hostile1").admitted
    assert len(cache_set(door)) == len(server_set(sim)) + 1


def test_a_day_of_syncs_does_not_pile_up_connections(door, sim):
    """The sync's fetch threads read the outbox mark on connections of their own; those
    threads end with each pull, and their connections must not outlive them (the GUI syncs
    every few minutes all day: two more open SQLite connections a pull ran out of files)."""
    import os
    import threading

    def open_now() -> tuple[int, int]:
        """Open connections, and open files of the database (sockets come and go)."""
        fds = 0
        if os.path.isdir("/proc/self/fd"):
            for fd in os.listdir("/proc/self/fd"):
                try:
                    target = os.readlink(f"/proc/self/fd/{fd}")
                except OSError:  # closed since listed
                    continue
                fds += target.startswith(str(door.store.path))
        return len(door.store._connections), fds

    from kiosk.sync import FETCH_AHEAD

    door.pull()
    door.pull()
    connections, fds = open_now()
    for _ in range(8):
        assert door.pull().complete
    # a pull starts one or two fetch threads, as pages come: the last pull's may still be
    # open (a connection and its three files each), never those of the pulls before
    now_connections, now_fds = open_now()
    assert now_connections <= connections + FETCH_AHEAD
    assert now_fds <= fds + 3 * FETCH_AHEAD
    assert threading.current_thread() in door.store._connections.values()
