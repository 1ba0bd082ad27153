"""Removing an event's personal data from the door laptop after the event (``kiosk wipe``).

Plans first (reading only), then carries out, so the command can show what it will remove and
ask before it does. Exports written by the kiosk are remembered in ``exports.txt`` by
:func:`record_export`, so that they are found again here.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.store import Store

EXPORTS_FILE = "exports.txt"
"""Exports written from this data folder, ``<event id><TAB><absolute path>`` a line, so that
``kiosk wipe`` can find them again."""


def record_export(data_dir: Path, path: Path, event_id: str) -> None:
    """Remember an export (CSV/JSONL of personal data) for ``kiosk wipe``. Exporters call this."""
    data_dir = Path(data_dir)
    line = f"{event_id}\t{Path(path).resolve()}\n"
    fd = os.open(data_dir / EXPORTS_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(line)


def tracked_exports(data_dir: Path) -> list[tuple[str, Path]]:
    """(event id, path) of every recorded export, oldest first."""
    try:
        text = (Path(data_dir) / EXPORTS_FILE).read_text(encoding="utf-8")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        event_id, sep, path = line.partition("\t")
        if sep and path.strip():
            found.append((event_id, Path(path.strip())))
    return list(dict.fromkeys(found))


@dataclass
class WipePlan:
    """What ``kiosk wipe`` will remove: files, database rows, the settings' event, the key."""

    data_dir: Path
    event_id: str | None  # None: everything
    files: list[tuple[Path, str]] = field(default_factory=list)  # path, what it is
    db_rows: int = 0  # rows to delete from a database that also holds other events
    unsent: int = 0
    conflicts: int = 0
    clear_settings_event: bool = False
    key_url: str | None = None
    remove_dir: bool = False
    forget_exports: bool = False  # drop this event's lines from the list of exports

    @property
    def empty(self) -> bool:
        return not (self.files or self.db_rows or self.clear_settings_event or self.key_url)

    def lines(self) -> list[str]:
        out = [f"{path}  ({what})" for path, what in self.files]
        if self.db_rows:
            out.append(f"{self.db_rows} rows of {self.event_id} in {self.data_dir / 'kiosk.db'} "
                       "(the database keeps other events)")
        if self.clear_settings_event:
            out.append(f"the event {self.event_id} from the settings")
        if self.key_url:
            out.append(f"the API key for {self.key_url} from the system keyring"
                       " (or the passphrase-protected key file)")
        if self.remove_dir:
            out.append(f"the folder {self.data_dir} (if nothing else is left in it)")
        return out


def plan_wipe(data_dir: Path, event_id: str | None, *, api_url: str | None = None,
              keep_key: bool = False) -> WipePlan:
    """Everything on disk (and in the keyring) that belongs to ``event_id``, or to the whole
    data folder when ``event_id`` is None. Reads only: nothing is created or changed."""
    from kiosk.secrets import file_has_key, get_api_key, key_file
    from kiosk.settings import load, settings_path
    from kiosk.store import DB_NAME

    data_dir = Path(data_dir)
    plan = WipePlan(data_dir, event_id)
    if not data_dir.is_dir():
        return plan
    settings = load(data_dir)
    db = data_dir / DB_NAME
    db_files = [p for p in (Path(f"{db}{s}") for s in ("", "-wal", "-shm", "-journal", "-intent"))
                if p.exists()]
    db_files += [p for p in (data_dir / "network.lock",) if p.exists()]  # see Door._exclusive
    demo = data_dir / "demo"
    demo_has_event = demo.is_dir() and (event_id is None or event_id in _read(demo / "tickets.json"))
    info = _db_info(db, event_id) if db.exists() else None
    if event_id is not None and settings.event_id != event_id and not demo_has_event and (
            info is None or event_id not in info["events"]):
        return plan  # nothing here belongs to that event: remove nothing, not even the logs
    if info is not None:
        plan.unsent, plan.conflicts = info["unsent"], info["conflicts"]
        if event_id is None or not (info["events"] - {event_id}):
            what = "the database: registrations, check-ins, uploads waiting, scan history"
            plan.files += [(p, what if p == db else _db_file_label(p)) for p in db_files]
        elif event_id in info["events"]:
            plan.db_rows = info["rows"]
    elif db_files:
        plan.files += [(p, _db_file_label(p)) for p in db_files]
    logs = data_dir / "logs"
    if logs.is_dir():
        plan.files += [(p, "log file: registration ids, all events")
                       for p in sorted(logs.iterdir()) if p.is_file()]
    exports = tracked_exports(data_dir)
    for export_event, path in exports:
        if event_id in (None, export_event) and path.exists():
            plan.files.append((path, f"export of {export_event}"))
    if exports and all(event_id in (None, e) for e, _ in exports):
        plan.files.append((data_dir / EXPORTS_FILE, "list of exports"))
    elif exports:
        plan.forget_exports = True
    if demo_has_event:
        plan.files.append((demo, "demo tickets and video"))
    if event_id is None:
        for name in (settings_path(data_dir).name, "settings.tmp", "demo.json"):
            if (data_dir / name).exists():
                plan.files.append((data_dir / name, "settings" if "settings" in name else
                                   "demo marker"))
        if (data_dir / "pin_lock.json").exists():  # kiosk.ui.kiosk_mode.PIN_STATE_FILE
            plan.files.append((data_dir / "pin_lock.json", "count of wrong staff PINs"))
        for name, what in (("door_key", "this door's key for the other doors (no personal data)"),
                           ("peer_nonces", "other doors' recent requests (no personal data)"),
                           # kiosk.peers.joining: what a join stopped half-way left
                           (".joining", "a join stopped half-way: part of another door's copy"),
                           (".join_key", "a join's claim on its invitation (no personal data)")):
            if (data_dir / name).exists():  # kiosk.peers.identity, kiosk.peers.node
                plan.files.append((data_dir / name, what))
        plan.remove_dir = True
    elif settings.event_id == event_id:
        plan.clear_settings_event = True
    url = api_url or settings.api_url
    if not keep_key and (get_api_key(url) or file_has_key(data_dir, url)):
        plan.key_url = url.rstrip("/")
    if event_id is None and not keep_key and key_file(data_dir).exists():
        plan.files.append((key_file(data_dir), "API keys, encrypted with the staff passphrase"))
    return plan


def _db_file_label(path: Path) -> str:
    """What a file beside the database is, so the list before a wipe says what it removes:
    ``network.lock`` holds no data, only the one-door-at-a-time lock (Door._exclusive)."""
    if path.name == "network.lock":
        return "lock file: one door process on the network at a time (no personal data)"
    if path.name.endswith("-wal"):
        return "database write-ahead log: recent changes not yet in the database file"
    if path.name.endswith("-intent"):
        return "lock file: check-ins of every process go ahead of syncs (no personal data)"
    if path.name.endswith("-shm"):
        return "database shared-memory index of the write-ahead log"
    return "database rollback journal"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def _db_info(db: Path, event_id: str | None) -> dict:
    return inspect(db, event_id)


def inspect(path: Path, event_id: str | None) -> dict[str, Any]:
    """What a database file holds, read without leaving anything behind and without
    migrating it: opening a WAL database creates -wal and -shm files, so one without
    them (closed cleanly) is opened as immutable. A file that is not ours or is damaged
    reads as empty (the whole file then goes).

    A read-only connection of its own, not a :class:`Store`, which would create files and
    run migrations on what may not even be a kiosk database; each table's owner counts its
    rows on it."""
    from kiosk import checkins, outbox_table, registrations, scans

    wal = Path(f"{path}-wal").exists()
    mode = "mode=ro" if wal else "immutable=1"
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True, timeout=5)
    try:
        owners = (registrations, checkins, outbox_table, scans)
        events = set().union(*(owner.event_ids(conn) for owner in owners))
        unsent, conflicts = outbox_table.waiting(conn, event_id)
        rows = 0 if event_id is None else sum(owner.count_event(conn, event_id)
                                               for owner in owners)
    except sqlite3.DatabaseError:
        events, unsent, conflicts, rows = set(), 0, 0, 0
    finally:
        conn.close()
    return {"events": events, "unsent": unsent, "conflicts": conflicts, "rows": rows}


def carry_out(plan: WipePlan) -> list[str]:
    """Remove what the plan lists; returns a line for each thing removed."""
    import shutil

    from kiosk.logs import remove_file_logs
    from kiosk.secrets import delete_api_key
    from kiosk.settings import load, save

    # this process's own log may be in the folder: close it first (Windows cannot delete an
    # open file, and nothing more should be written there)
    remove_file_logs(plan.data_dir)
    done = []
    if plan.db_rows:
        _delete_event_rows(plan.data_dir / "kiosk.db", plan.event_id)
        done.append(f"{plan.db_rows} rows of {plan.event_id} from {plan.data_dir / 'kiosk.db'}")
    for path, what in plan.files:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            continue
        done.append(f"{path}  ({what})")
    if plan.forget_exports:
        keep = [f"{e}\t{p}\n" for e, p in tracked_exports(plan.data_dir) if e != plan.event_id]
        fd = os.open(plan.data_dir / EXPORTS_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(keep)
    logs = plan.data_dir / "logs"
    if logs.is_dir() and not any(logs.iterdir()):
        logs.rmdir()
    if plan.clear_settings_event:
        save(load(plan.data_dir).with_(event_id=None), plan.data_dir)
        done.append(f"the event {plan.event_id} from the settings")
    if plan.key_url and delete_api_key(plan.key_url, plan.data_dir):
        from kiosk.secrets import keyring_usable

        where = "system keyring" if keyring_usable() else "passphrase-protected key file"
        done.append(f"the API key for {plan.key_url} from the {where}")
    if plan.remove_dir:
        try:
            plan.data_dir.rmdir()
            done.append(f"{plan.data_dir}  (the data folder)")
        except OSError:
            pass  # something else lives there: leave it
    return done


def _delete_event_rows(db: Path, event_id: str | None) -> None:
    """One event's rows, overwritten on disk (see :func:`delete_event`)."""
    from kiosk.store import Store

    store = Store(db.parent)
    try:
        delete_event(store, event_id or "")
    finally:
        store.close()


def delete_event(store: Store, event_id: str) -> None:
    """Delete one event's rows, overwriting them on disk (secure_delete, then VACUUM) so
    the names do not linger in free pages or the write-ahead log.

    Each table's owner says which of its rows belong to the event, all in one transaction;
    the server copy goes last, since the others find the event's rows through it."""
    from kiosk import checkins, outbox_table, registrations, scans
    from kiosk.badges import jobs
    from kiosk.peers import journal, membership

    with store.scrubbed(), store.write() as db:
        for owner in (journal, membership, scans, checkins, jobs, outbox_table, registrations):
            owner.delete_event(db, event_id)
