"""Storage faults said plainly, and ``kiosk repair``.

A door laptop's disk fills up, a folder ends up read-only, a power cut damages the search
index, an older kiosk meets a database a newer one wrote, another program holds the database
locked. None of that is a bug to show as a traceback: :func:`storage_problem` turns it into
one line for staff (the command line exits with code 7), and :func:`repair` rebuilds what can
be rebuilt without losing a check-in.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.migrations import SCHEMA_VERSION
from kiosk.registrations import rebuild_search_index
from kiosk.store import DB_NAME, StoreError

REPAIR_HINT = "run 'kiosk repair'"


class StorageFault(Exception):
    """A storage problem ``repair`` cannot fix; ``str(exc)`` is a message for staff."""


def storage_problem(exc: BaseException) -> str | None:
    """One line for staff when ``exc`` is a storage fault, else None (a bug: let it show)."""
    if isinstance(exc, (StoreError, StorageFault)):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        lower = text.lower()
        # SHMSIZE: the WAL's shared-memory file could not grow, said as a mere "disk I/O
        # error" by a door opened on a disk with no room left
        if "full" in lower or getattr(exc, "sqlite_errorname", "") == "SQLITE_IOERR_SHMSIZE":
            return "The disk is full: free some space (nothing can be recorded until then)"
        if "readonly" in lower or "read-only" in lower:
            return "The data folder is read-only: the kiosk cannot record anything there"
        if "locked" in lower or "busy" in lower:
            return ("The database has been locked by another program for too long: close other "
                    "kiosk windows or commands on this data folder and try again")
        # "vtable constructor failed": the search index's structure record is damaged
        if any(w in lower for w in ("malformed", "corrupt", "not a database", "vtable")):
            return f"The database or its search index is damaged: {REPAIR_HINT}"
        if "unable to open" in lower:
            return ("Cannot open the database: check that the data folder exists, is writable "
                    "and that the disk is not full")
        if "i/o" in lower:
            return "The disk reported a read or write error (disk I/O error)"
        if isinstance(exc, (sqlite3.OperationalError, sqlite3.DatabaseError)):
            return f"Database error: {text[:200]}"
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
            return f"The disk is full{where}: free some space"
        if exc.errno == errno.EROFS:
            return f"The data folder is on a read-only disk{where}"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return f"No permission to write{where}: check the data folder's owner and permissions"
        if exc.errno == errno.EIO:
            return f"The disk reported a read or write error{where}"
    return None


@dataclass(frozen=True)
class RepairReport:
    index_was_damaged: bool
    problems_before: list[str]
    problems_after: list[str]
    registrations: int
    checkins: int
    outbox_waiting: int

    @property
    def healthy(self) -> bool:
        return not self.problems_after


def repair(data_dir: Path) -> RepairReport:
    """Check the database, rebuild the full-text search index and the other indexes from the
    data, and check again. Nothing is deleted: registrations, check-ins and the outbox stay.

    This opens the file with a plain connection rather than through :class:`kiosk.store.Store`
    on purpose: a store runs its migrations and pragmas first, which is exactly what may fail
    on a damaged file.
    """
    path = Path(data_dir) / DB_NAME
    if not path.is_file():
        raise StorageFault(f"No kiosk database in {data_dir}")
    try:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise StorageFault(f"Cannot open {path}: {exc}") from None
    try:
        _refuse_newer(db, path)
        try:
            before = _problems(db)
        except sqlite3.DatabaseError as exc:
            raise StorageFault(
                f"{path} is damaged beyond what repair can fix ({exc}); keep a copy of it, "
                "move it away and run 'kiosk sync' to start a fresh cache (check-ins still "
                "waiting for upload are in the copy)"
            ) from None
        index_damaged = any("registrations_fts" in p or "search index" in p for p in before)
        db.execute("BEGIN IMMEDIATE")
        try:
            rebuild_search_index(db)
            db.execute("REINDEX")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        after = _problems(db)
        counts = [db.execute(sql).fetchone()[0] for sql in (
            "SELECT COUNT(*) FROM registrations", "SELECT COUNT(*) FROM checkins",
            "SELECT COUNT(*) FROM outbox WHERE state='pending'")]
    finally:
        db.close()
    return RepairReport(index_damaged, before, after, *counts)


def _refuse_newer(db: sqlite3.Connection, path: Path) -> None:
    """A database a newer kiosk wrote is not "healthy" here: every other command refuses it
    (:meth:`kiosk.store.Store._migrate`), and rebuilding its indexes with this version's idea of
    them could damage what the newer one relies on."""
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return  # a damaged file: the checks that follow say so
    if version > SCHEMA_VERSION:
        raise StorageFault(
            f"{path} was written by a newer kiosk (schema {version}); update the app")


def _problems(db: sqlite3.Connection) -> list[str]:
    found = [row[0] for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    try:
        db.execute("INSERT INTO registrations_fts(registrations_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        found.append(f"search index (registrations_fts): {exc}")
    return found
