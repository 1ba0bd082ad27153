"""Check-ins first (issue 9): a check-in never waits for a whole sync page to be stored.

Order-based: the sync's page write is held part-way by a hook on its own connection, and
the test shows the check-in committed before the rest of the page was written. No sleeps,
no durations (the deadlines below only keep a broken build from hanging).
"""

from __future__ import annotations

import threading

from kiosk import registrations
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store

EVENT = "evt_first"
DEADLINE_S = 30.0  # a hang guard, never a measurement
PAGE = 100  # rows in a server page (the WebKasa page cap)


def mark_checkins(store: Store, order: list[str]) -> None:
    """Note "check-in written" inside the check-in's own transaction (this thread's
    connection): writers are serialised, so what is noted after it began after it committed."""
    store.db.create_function("checkin_hook", 0, lambda: order.append("check-in written") or 0)
    store.db.execute("CREATE TEMP TRIGGER checkin_hook AFTER INSERT ON main.checkins"
                     " BEGIN SELECT checkin_hook(); END")


def rows(prefix: str, n: int) -> list[dict]:
    return [{"id": f"reg_{prefix}{i:05d}", "event_id": EVENT, "attendee_name": f"Person {i}",
             "attendee_email": f"p{i}@example.org", "status": "CONFIRMED"} for i in range(n)]


def test_checkin_goes_ahead_of_a_sync_page(tmp_path):
    store = Store(tmp_path / "data")
    registrations.upsert_server_rows(store, EVENT, rows("door", 5), sync_gen=None, fetched_at=1.0)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    page = rows("page", PAGE)  # one server page of the sync
    order: list[str] = []
    page_started = threading.Event()

    def hook(row_id: str) -> int:
        """Runs inside the sync's write of each row, on the sync's thread."""
        if row_id == page[0]["id"]:
            order.append("page started")
            page_started.set()
            # hold the page write here until the check-in has asked for the lock
            for _ in range(int(DEADLINE_S * 1000)):
                if store.writers_waiting():
                    break
                threading.Event().wait(0.001)
        if row_id == page[-1]["id"]:
            order.append("page last row")
        return 0

    def sync_page() -> None:
        db = store.db  # the sync thread's own connection
        db.create_function("page_hook", 1, hook)
        db.execute("CREATE TEMP TRIGGER page_hook AFTER INSERT ON main.registrations"
                   " BEGIN SELECT page_hook(new.id); END")
        registrations.upsert_server_rows(store, EVENT, page, sync_gen=1, fetched_at=2.0)
        order.append("page stored")

    syncing = threading.Thread(target=sync_page)
    syncing.start()
    assert page_started.wait(DEADLINE_S)
    mark_checkins(store, order)
    verdict = door.checkin("reg_door00001")
    syncing.join(DEADLINE_S)
    assert verdict.admitted
    assert order.index("check-in written") < order.index("page last row"), order
    assert order[-1] == "page stored"
    assert registrations.attendee(door.store.db, page[-1]["id"]) is not None
    door.close()


def test_background_writers_wait_for_a_waiting_checkin(tmp_path):
    """The sync's next batch does not take the lock while a check-in waits for it."""
    store = Store(tmp_path / "data")
    registrations.upsert_server_rows(store, EVENT, rows("door", 5), sync_gen=None, fetched_at=1.0)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    order: list[str] = []
    holding = threading.Event()
    release = threading.Event()

    def hold_a_batch() -> None:
        with store.write(background=True):
            holding.set()
            assert release.wait(DEADLINE_S)
        order.append("batch 1 done")
        with store.write(background=True):
            order.append("batch 2")

    worker = threading.Thread(target=hold_a_batch)
    worker.start()
    assert holding.wait(DEADLINE_S)

    def check_in() -> None:
        mark_checkins(store, order)
        door.checkin("reg_door00002")

    checkin = threading.Thread(target=check_in)
    checkin.start()
    for _ in range(int(DEADLINE_S * 1000)):  # until the check-in waits for the lock
        if store.writers_waiting():
            break
        threading.Event().wait(0.001)
    release.set()
    checkin.join(DEADLINE_S)
    worker.join(DEADLINE_S)
    assert order.index("check-in written") < order.index("batch 2"), order
    door.close()
