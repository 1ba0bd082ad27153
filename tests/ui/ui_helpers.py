"""The UI tests' event, people and door (a real SQLite file, seeded without a network), and
the main window as the tests open it. Fixtures that use these are in conftest.py."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk import registrations
from kiosk.door import Door
from kiosk.models import Event
from kiosk.peers.identity import generate
from kiosk.peers.journal import sign_entry
from kiosk.settings import Settings
from kiosk.store import Store

EVENT = Event(id="evt_gala", title="Spring Gala", slots=40, start_date="2030-05-01")

PEOPLE = [
    # id, name, email, phone, status, guests, notes
    ("reg_ada", "Ada Lovelace", "ada@example.org", "+44 20 7946 0001", "CONFIRMED", 2, "VIP; vegetarian"),
    ("reg_alan", "Alan Turing", "alan@example.org", "+44 20 7946 0002", "CONFIRMED", 0, None),
    ("reg_grace", "Grace Hopper", "grace@example.org", None, "PENDING", 1, "Wheelchair access"),
    ("reg_kurt", "Kurt Gödel", "kurt@example.org", None, "CANCELLED", 0, None),
    ("reg_emmy", "Emmy Noether", "emmy@example.org", "+49 30 1234", "ATTENDED", 0, None),
]


def seed_rows(people=PEOPLE, event_id: str = EVENT.id) -> list[dict]:
    return [
        {"id": rid, "event_id": event_id, "attendee_name": name, "attendee_email": email,
         "attendee_phone": phone, "status": status, "guest_count": guests, "notes": notes,
         "created_at": "2030-04-01T10:00:00Z"}
        for rid, name, email, phone, status, guests, notes in people
    ]


def make_local_door(data_dir: Path, **changes) -> Door:
    """A door with no API client: everything local, as at a door without network."""
    settings = Settings(event_id=EVENT.id, device_name="Door 1").with_(**changes)
    store = Store(data_dir)
    registrations.save_event(store, EVENT)
    registrations.upsert_server_rows(store, EVENT.id, seed_rows(), sync_gen=None,
                                     fetched_at=time.time())
    return Door(store, settings, None)


def admitted_at_another_door(door: Door, rid: str = "reg_ada",
                              at: str = "2030-05-01T18:03:00.000Z") -> None:
    """Door 2's admission of ``rid`` arriving over the peer link, as when the two doors could
    not see each other (with a local check-in of the same person: a double entry)."""
    other = generate()
    door.journal.apply([sign_entry(other, door.event_id, {
        "seq": 1, "reg": rid, "action": "admit",
        "status": "ATTENDED", "hlc": door.journal.clock.now() + 1, "at": at})],
        {other.door_id: "Door 2"})


def make_window(qtbot, door, tmp_path, **kwargs):
    """The main window with no camera and no network schedule unless asked for."""
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sounds import Sounds

    kwargs.setdefault("start_camera", False)
    kwargs.setdefault("schedule", False)
    kwargs.setdefault("sounds", Sounds(backend="silent"))
    window = MainWindow(door, data_dir=tmp_path / "data", **kwargs)
    qtbot.addWidget(window, before_close_func=lambda w: w.lock.locked and w.lock._unlock("test"))
    window.resize(1280, 800)
    return window
