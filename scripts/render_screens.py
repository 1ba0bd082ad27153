"""Render each screen to a small PNG, offscreen, for the README.

    python scripts/render_screens.py [--out docs/screens] [--language en] [--keyring missing]

Uses a throw-away local cache with made-up guests (no network, no camera), fills the
screens as they look at a door, and grabs each widget. No real data ever appears. Whether
the machine has a keyring is set, not probed (``--keyring``), so the setup picture is the
same on every machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PEOPLE = [
    ("reg_ada", "Ada Lovelace", "ada@example.org", "+44 20 7946 0001", "CONFIRMED", 2, "VIP · vegetarian"),
    ("reg_alan", "Alan Turing", "alan@example.org", "+44 20 7946 0002", "CONFIRMED", 0, None),
    ("reg_grace", "Grace Hopper", "grace@example.org", None, "PENDING", 1, "Wheelchair access"),
    ("reg_kurt", "Kurt Gödel", "kurt@example.org", None, "CANCELLED", 0, None),
    ("reg_emmy", "Emmy Noether", "emmy@example.org", "+49 30 1234", "ATTENDED", 0, None),
    ("reg_lise", "Lise Meitner", "lise@example.org", None, "CONFIRMED", 3, "Dietary: vegan"),
    # names in other scripts: they must show real glyphs (Noto fonts), Arabic right to left
    ("reg_wang", "王秀英", "wang@example.org", "+86 10 6552 0001", "CONFIRMED", 1, None),
    ("reg_yamada", "山田 太郎", "yamada@example.org", None, "CONFIRMED", 0, None),
    ("reg_kim", "김민준", "kim@example.org", None, "PENDING", 0, None),
    ("reg_ali", "محمد علي", "ali@example.org", None, "CONFIRMED", 2, None),
    # a long name and a 57-character address: elided in the tables, whole in a tooltip
    ("reg_max", "Maximilian Alexander von Hohenzollern",
     "maximilian.alexander.hohenzollern@departments.example.org", "+49 170 1234567",
     "CONFIRMED", 1, None),
]


def seed(data_dir: Path):
    from datetime import datetime, timedelta

    from kiosk import registrations
    from kiosk.door import Door
    from kiosk.models import Event
    from kiosk.settings import Settings
    from kiosk.store import Store

    # under way now, so the pictures show the door as it works (not "Doors open at ...")
    started = datetime.now() - timedelta(hours=1)
    event = Event(id="evt_gala", title="Spring Gala 2030", slots=120,
                  start_date=started.date().isoformat(), start_time=started.strftime("%H:%M"),
                  location="Main Hall")
    store = Store(data_dir)
    registrations.save_event(store, event)
    rows = [{"id": rid, "event_id": event.id, "attendee_name": n, "attendee_email": e,
             "attendee_phone": p, "status": s, "guest_count": g, "notes": notes,
             "created_at": "2030-04-01T10:00:00Z"} for rid, n, e, p, s, g, notes in PEOPLE]
    registrations.upsert_server_rows(store, event.id, rows, sync_gen=None, fetched_at=time.time())
    store.set_meta("last_sync_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 240)))
    return Door(store, Settings(event_id=event.id, device_name="Door 2"), None)


def seed_scans(door) -> None:
    """An hour of made-up arrivals at two doors, quickening, with a few refusals: Door 1's
    rows arrive as over the peer link (signed by its key), Door 2's are this door's scans."""
    import random
    from datetime import datetime, timedelta, timezone

    from kiosk.peers.identity import generate
    from kiosk.scans import message

    rng = random.Random(20)
    other = generate()
    now = datetime.now(timezone.utc)
    rows = []
    for seq in range(1, 260):
        minutes = 70 * (1 - (seq / 260) ** 0.6)  # more arrivals lately
        at = (now - timedelta(minutes=minutes, seconds=rng.random() * 20)).isoformat(
            timespec="milliseconds").replace("+00:00", "Z")
        verdict, reason = (("unknown", "No such registration for this event") if seq % 37 == 0
                           else ("already_checked_in", "Already checked in") if seq % 23 == 0
                           else ("admit", ""))
        code = f"reg_{rng.getrandbits(40):010x}"
        row = {"door": other.door_id, "seq": seq, "at": at, "code": code, "verdict": verdict,
               "reason": reason, "reg": code}
        row["sig"] = other.sign(message(door.event_id, other.door_id, seq, at, code, verdict,
                                        reason, code))
        rows.append(row)
    for start in range(0, len(rows), 200):
        door.scan_log.apply(rows[start:start + 200], {other.door_id: "Door 1"})
    for code in ("reg_ada", "reg_alan", "reg_kurt", "reg_lise", "reg_ada", "=HYPERLINK(x)"):
        door.checkin(code)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--language", default="en")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--scale", type=float, default=0.5, help="PNG size relative to the window")
    parser.add_argument("--keyring", choices=("available", "missing"), default="available",
                        help="draw the screens as on a machine with (or without) a keyring")
    args = parser.parse_args()

    from kiosk import secrets

    secrets.keyring_usable = lambda: args.keyring == "available"  # not this machine's

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.models import Conflict, Verdict, VerdictKind
    from kiosk.ui.app import make_app
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sounds import Sounds
    from kiosk.ui.tasks import Tasks

    app = make_app(language=args.language)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget, name: str, scale: float | None = None) -> None:
        settle()
        # a status refresh may land at the end of the wait: its layout pass first, or the
        # picture shows a label with its new text in its old width ("↑ 3 waitir")
        for _ in range(3):
            QCoreApplication.sendPostedEvents()
            app.processEvents()
        image = widget.grab().toImage()
        w = int(image.width() * (args.scale if scale is None else scale))
        image = image.scaledToWidth(w, Qt.TransformationMode.SmoothTransformation)
        image = image.convertToFormat(QImage.Format.Format_Indexed8,  # small PNGs
                                       Qt.ImageConversionFlag.AvoidDither)
        path = args.out / f"{name}.png"
        image.save(str(path), "PNG")
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
              f"{path.stat().st_size // 1024} KB")

    def fake_camera() -> QImage:
        image = QImage(1280, 720, QImage.Format.Format_RGB32)
        image.fill(QColor("#3a4450"))
        p = QPainter(image)
        p.fillRect(0, 520, 1280, 200, QColor("#2c333c"))
        p.end()
        return image

    with tempfile.TemporaryDirectory() as tmp:
        door = seed(Path(tmp) / "data")
        tasks = Tasks(inline=True)
        window = MainWindow(door, data_dir=Path(tmp) / "data", tasks=tasks, start_camera=False,
                            schedule=False, sounds=Sounds(backend="silent"))
        window.resize(args.width, args.height)
        window.status_strip.set_online(True)
        window.show()
        window.door_screen.on_frame(fake_camera())
        window.door_screen.on_camera_state("open", "0")
        save(window, "door-idle")

        screen = window.door_screen
        for name, verdict in (
            ("door-admit", Verdict("reg_ada", VerdictKind.ADMIT, "", attendee_name="Ada Lovelace",
                                   party_size=3, guest_count=2, notes="VIP · vegetarian")),
            ("door-already-in", Verdict("reg_emmy", VerdictKind.ALREADY_CHECKED_IN, "",
                                        attendee_name="Emmy Noether", party_size=1, guest_count=0,
                                        checked_in_at="2030-05-01T17:05:00Z",
                                        checked_in_device="Door 1")),
            ("door-no-entry", Verdict("reg_kurt", VerdictKind.CANCELLED, "",
                                      attendee_name="Kurt Gödel", party_size=1, guest_count=0)),
            ("door-admit-cjk", Verdict("reg_wang", VerdictKind.ADMIT, "", attendee_name="王秀英",
                                       party_size=2, guest_count=1)),
        ):
            screen.verdict.show_verdict(verdict, hold=0)
            save(window, name)
        screen.verdict.dismiss()

        # an exit door (issue 20): the switch staff see, the public's "EXIT:", the goodbye
        window.apply_settings(window.settings.with_(door_mode="exit"), saved=True)
        screen.verdict.show_verdict(Verdict("reg_ada", VerdictKind.EXIT, "Goodbye",
                                            attendee_name="Ada Lovelace", party_size=3,
                                            guest_count=2, people=3, party_in=0), hold=0)
        save(window, "door-exit")
        screen.verdict.dismiss()
        window.apply_settings(window.settings.with_(door_mode="entry"), saved=True)

        window.status_strip.set_online(False, "no connection (connect timeout)")
        window.tabs.setCurrentWidget(window.console)
        window.console.search.setText("example.org")
        window.console.run_search()
        window.console.table.selectRow(0)
        save(window, "staff-search")

        window.tabs.setCurrentWidget(window.walk_in)
        window.walk_in.name.setText("Lise Meitner")
        window.walk_in.email.setText("lise@")
        window.walk_in.error.setText("Enter a valid email address")
        save(window, "walk-in")

        window.tabs.setCurrentWidget(window.attention)
        window.attention.set_conflicts([Conflict(
            outbox_id=1, registration_id="reg_kurt", operation="status", http_status=409,
            message="registration is cancelled", created_at="2030-05-01T18:05:00Z",
            attendee_name="Kurt Gödel")])
        save(window, "needs-attention")

        window.tabs.setCurrentWidget(window.attendance)
        window.attendance.refresh()
        save(window, "attendance")

        seed_scans(door)
        window.tabs.setCurrentWidget(window.scans)
        window.scans.refresh()
        save(window, "scans")

        from kiosk.ui.pin import hash_pin

        window.apply_settings(window.settings.with_(kiosk_pin_hash=hash_pin("2468"),
                                                    staff_codes=("STAFF-7",)))
        window.enter_self_service()
        screen.go_idle()
        save(window, "self-service-idle")
        window.lock._unlock("render")

        from kiosk.ui.settings_dialog import SettingsDialog
        from kiosk.ui.setup_wizard import SetupWizard

        dialog = SettingsDialog(window.settings, api_key="wk_live_" + "0" * 52 + "9f3a")
        dialog.resize(900, 560)
        dialog.show()
        save(dialog, "settings")
        dialog.close()
        wizard = SetupWizard(Path(tmp) / "wizard", tasks=tasks)
        wizard.show()
        save(wizard, "setup")
        wizard.close()
        window.shutdown()
        window.close()

        # Search at 1280x800 in German, full size, with a scan's verdict as the banner
        from kiosk.ui.i18n import install_translations

        install_translations(app, "de")
        german = MainWindow(door, data_dir=Path(tmp) / "data", tasks=Tasks(inline=True),
                            start_camera=False,
                            schedule=False, sounds=Sounds(backend="silent"))
        german.resize(1280, 800)
        german.status_strip.set_online(True)
        german.show()
        german.tabs.setCurrentWidget(german.console)
        german.console.search.setText("example.org")
        german.console.run_search()
        german.console.table.selectRow(0)
        german.route_code("reg_yamada")
        save(german, "staff-search-de-1280x800", scale=1.0)
        german.shutdown()
        german.close()
        install_translations(app, args.language)
        door.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
