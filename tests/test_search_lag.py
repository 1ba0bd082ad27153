"""The search index during and after a pull (issue 9): a pull indexes its new rows in
batches while it waits for the next page, instead of row by row in each page's write.
Search stays right meanwhile, and a pull that died half-way is caught up on the next open."""

from __future__ import annotations

from kiosk import registrations
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store

EVENT = "evt_lag"


def rows(prefix: str, n: int) -> list[dict]:
    return [{"id": f"reg_{prefix}{i:05d}", "event_id": EVENT, "attendee_name": f"{prefix} Näme{i}",
             "attendee_email": f"{prefix}{i}@example.org", "status": "CONFIRMED"}
            for i in range(n)]


def fts_consistent(store: Store) -> None:
    store.db.execute("INSERT INTO registrations_fts(registrations_fts) VALUES ('integrity-check')")


def test_rows_of_a_running_pull_are_found_before_they_are_indexed(tmp_path):
    store = Store(tmp_path / "d")
    registrations.upsert_server_rows(store, EVENT, rows("old", 50), sync_gen=None, fetched_at=1.0)
    registrations.defer_search_index(store)  # a pull begins
    registrations.upsert_server_rows(store, EVENT, rows("new", 300), sync_gen=1, fetched_at=2.0)
    registrations.upsert_server_rows(store, EVENT, [{**rows("old", 1)[0], "attendee_name": "Renamed Person"}],
                             sync_gen=1, fetched_at=2.0)
    assert registrations.search_index_behind(store.db)
    assert [a.id for a in registrations.search(store.db, EVENT, "new nÄme123")] == ["reg_new00123"]
    assert [a.id for a in registrations.search(store.db, EVENT, "renamed")] == ["reg_old00000"]
    assert registrations.search(store.db, EVENT, "old Näme0") == []  # its old name is gone from the index
    registrations.catch_up_search_index(store, limit=100)  # part of the lag, as between two pages
    assert [a.id for a in registrations.search(store.db, EVENT, "new299@example")] == ["reg_new00299"]
    registrations.repair_search_index(store)
    assert not registrations.search_index_behind(store.db)
    assert [a.id for a in registrations.search(store.db, EVENT, "new Näme299")] == ["reg_new00299"]
    fts_consistent(store)
    store.close()


def test_pull_that_died_half_way_is_caught_up_on_open(tmp_path):
    store = Store(tmp_path / "d")
    registrations.defer_search_index(store)
    registrations.upsert_server_rows(store, EVENT, rows("crash", 400), sync_gen=1, fetched_at=2.0)
    store.close()  # the process dies here: nothing indexed the rows
    door = Door(Store(tmp_path / "d"), Settings(event_id=EVENT, device_name="Door 1"), None)
    try:
        assert not registrations.search_index_behind(door.store.db)
        assert [a.id for a in door.search("crash Näme399")] == ["reg_crash00399"]
        fts_consistent(door.store)
    finally:
        door.close()


def test_a_full_pull_leaves_every_row_searchable(synced_door):
    store = synced_door.store
    assert not registrations.search_index_behind(store.db)
    last = store.db.execute("SELECT id, attendee_email FROM registrations"
                            " ORDER BY rowid DESC LIMIT 1").fetchone()
    assert last["id"] in [a.id for a in synced_door.search(last["attendee_email"])]
    fts_consistent(store)
