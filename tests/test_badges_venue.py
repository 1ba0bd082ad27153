"""Badges once per venue (issue 21 part 4): the print travels in the door-to-door journal.

Two real ``kiosk checkin --stdin --json --print`` door processes on loopback print their
badges to PDF folders; the reprint is a real ``kiosk badge --reprint`` on one door's
folder. The double-entry race is played with two doors in this process whose journals are
exchanged by hand, so the order of events is the test's, not the scheduler's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from door_helpers import wait_for
from kiosk_cli import confirmed_ids
from peer_helpers import attended_at, query, sync_folder

pytest.importorskip("pypdf")

from pdf_helpers import pdf_text  # noqa: E402

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


def test_admit_prints_once_per_venue_and_a_reprint_is_counted_with_its_door(
        event_sim, doors, tmp_path):
    a_out, b_out = tmp_path / "a_badges", tmp_path / "b_badges"
    a_out.mkdir()
    b_out.mkdir()
    a, b = doors(["Door A", "Door B"], extra_env={"Door A": OFFSCREEN, "Door B": OFFSCREEN})
    a.args = ("--no-sync", "--print", "--printer", f"pdf:{a_out}")
    b.args = ("--no-sync", "--print", "--printer", f"pdf:{b_out}")
    event_sim.stop()
    a.start()
    b.start()
    rid = confirmed_ids(event_sim, 1)[0]

    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: query(a.data_dir, "SELECT state FROM badge_jobs") == [("printed",)],
             "Door A to print the badge")
    name = query(a.data_dir, "SELECT attendee_name FROM registrations WHERE id=?", rid)[0][0]
    assert len(pdfs(a_out)) == 1
    assert all(word in pdf_text(pdfs(a_out)[0]) for word in name.split())
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the check-in")

    # a re-scan at Door B, then an undo and a new admission there: no second badge
    assert b.scan(rid)["verdict"] == "already_checked_in"
    undone = b.run("undo", rid)
    assert undone.returncode == 0, undone.stderr
    assert b.scan(rid)["verdict"] == "admit"
    assert query(b.data_dir, "SELECT COUNT(*) FROM badge_jobs")[0][0] == 0
    assert pdfs(b_out) == []

    # staff at Door B reprint it: printed there, counted, and Door A hears whose it was
    again = b.run("badge", rid, "--reprint", "--output", str(b_out))
    assert again.returncode == 0, again.stderr
    assert len(pdfs(b_out)) == 1
    assert "reprinted 1 time (Door B)" in again.stdout
    for door in (a, b):
        def told(d=door) -> str:
            asked = d.run("badge", rid, "--output", str(tmp_path / "never.pdf"))
            return asked.stderr if "reprinted 1 time (Door B)" in asked.stderr else ""
        said = wait_for(told, f"{door.name} to count Door B's reprint")
        assert "printed by Door A" in str(said)
    assert not (tmp_path / "never.pdf").exists()
    assert len(pdfs(a_out)) == 1 and len(pdfs(b_out)) == 1


def _door(event_sim, folder: Path, name: str):
    from kiosk.door import Door
    from kiosk.settings import Settings
    from kiosk.store import Store

    sync_folder(event_sim, folder, name)
    return Door(Store(folder), Settings(event_id=event_sim.main_event_id, device_name=name,
                                        badge_on_admit=True), None)


def _exchange(one, other) -> None:
    """Each door takes the entries it lacks from the other, as an exchange round does."""
    for src, dst in ((one, other), (other, one)):
        entries = src.journal.entries_after(dst.journal.high_water())
        dst.journal.apply(entries, src.journal.door_names(e["door"] for e in entries))


def test_double_entry_before_the_entries_cross_prints_the_first_doors_badge_only(
        event_sim, tmp_path):
    from kiosk.badges.jobs import print_waiting

    a = _door(event_sim, tmp_path / "a", "Door A")
    b = _door(event_sim, tmp_path / "b", "Door B")
    try:
        rid = confirmed_ids(event_sim, 1)[0]
        assert a.checkin(rid).admitted and b.checkin(rid).admitted  # neither knew the other
        _exchange(a, b)  # the entries cross while both badges wait for their printers
        assert len(a.journal.double_entries()) == 1  # the badge entries are no undo

        printed_at = {}
        for door in (a, b):
            run = print_waiting(door.badge_queue(), lambda content, job: "pdf")
            printed_at[door.device_name] = (len(run.printed), run.cancelled)
        assert sorted(printed_at.values()) == [(0, 1), (1, 0)]  # one badge for the venue
        first = a.badge_queue().venue(rid).first
        assert first is not None and printed_at[first.door_name] == (1, 0)
        assert b.badge_queue().venue(rid).first == first  # both doors agree whose it is
    finally:
        a.close()
        b.close()


def test_badge_entries_never_say_who_is_in(event_sim, tmp_path):
    from kiosk.badges.jobs import print_waiting

    a = _door(event_sim, tmp_path / "a", "Door A")
    b = _door(event_sim, tmp_path / "b", "Door B")
    try:
        rid = confirmed_ids(event_sim, 1)[0]
        queue = a.badge_queue()
        assert a.checkin(rid).admitted
        assert len(print_waiting(queue, lambda content, job: "pdf").printed) == 1
        a.undo(rid)
        assert queue.request(rid).kind == "reprint"  # staff reprint after the undo
        assert len(print_waiting(queue, lambda content, job: "pdf").printed) == 1
        assert [p.action for p in queue.venue(rid).reprints] == ["reprint"]
        _exchange(a, b)
        shown = query(tmp_path / "b", "SELECT status FROM checkins WHERE registration_id=?", rid)
        assert shown and shown[0][0] != "ATTENDED"  # the reprint did not re-admit anyone
        assert b.journal.double_entries() == []
        assert b.badge_queue().venue(rid).describe().endswith("reprinted 1 time (Door A)")
    finally:
        a.close()
        b.close()


def test_a_journal_from_before_badge_entries_keeps_its_entries_and_double_entries(tmp_path):
    """The migration rebuilds peer_journal without its CHECK on the action: every entry,
    signature and double-entry count of a door upgraded mid-event stays as it was."""
    import sqlite3

    from kiosk.migrations import MIGRATIONS, PEERS_BADGES_MIGRATION
    from kiosk.store import DB_NAME, Store, fold

    path = tmp_path / DB_NAME
    old = sqlite3.connect(path, isolation_level=None)
    old.create_function("kiosk_fold", 1, fold, deterministic=True)
    before = MIGRATIONS.index(PEERS_BADGES_MIGRATION)  # later steps may follow it
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        old.executescript(f"BEGIN; {step}; PRAGMA user_version={number}; COMMIT;")
    rows = [("door_a", 1, "reg_1", "admit", "ATTENDED", 10, "2030-05-01T18:00:00Z", "s1"),
            ("door_b", 1, "reg_1", "admit", "ATTENDED", 12, "2030-05-01T18:00:01Z", "s2"),
            ("door_a", 2, "reg_2", "admit", "ATTENDED", 13, "2030-05-01T18:00:02Z", None)]
    old.executemany("INSERT INTO peer_journal(door_id, seq, registration_id, action, status,"
                    " hlc, at, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    with pytest.raises(sqlite3.IntegrityError):  # what the migration lifts
        old.execute("INSERT INTO peer_journal VALUES ('door_a', 3, 'reg_2', 'badge',"
                    " 'ATTENDED', 13, '2030-05-01T18:00:03Z', NULL)")
    assert old.execute("SELECT * FROM peer_doubles").fetchall() == [("reg_1", 1)]
    old.close()

    store = Store(tmp_path)
    try:
        db = store.db
        kept = db.execute("SELECT door_id, seq, registration_id, action, status, hlc, at, sig"
                          " FROM peer_journal ORDER BY hlc").fetchall()
        assert [tuple(r) for r in kept] == rows
        assert [tuple(r) for r in db.execute("SELECT * FROM peer_doubles")] == [("reg_1", 1)]
        with store.write() as w:  # a badge between the two admissions is no undo
            w.execute("INSERT INTO peer_journal(door_id, seq, registration_id, action, status,"
                      " hlc, at, sig) VALUES ('door_a', 3, 'reg_1', 'badge',"
                      " 'ATTENDED', 11, '2030-05-01T18:00:00Z', NULL)")
        assert [tuple(r) for r in db.execute("SELECT * FROM peer_doubles")] == [("reg_1", 1)]
        indexes = {r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name='peer_journal'")}
        assert {"peer_journal_registration", "peer_journal_hlc", "peer_doubles_ai",
                "peer_doubles_ad", "peer_doubles_au"} <= indexes
    finally:
        store.close()
