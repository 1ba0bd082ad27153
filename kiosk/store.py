"""The local SQLite store: one database per data directory, and what every table shares.

The tables have owners that hold their SQL beside their rules, each taking the store's
connection (``store.db``) or a transaction of it (``with store.write() as db``), so that one
transaction still spans several tables (a check-in, its upload, its scan and its journal
entry commit together):

``kiosk.registrations``  the server's copy (``registrations``, ``events``), its search index
                         and the door's reads of it;
``kiosk.checkins``       this kiosk's own changes (``checkins``), walk-ins not on the server
                         yet, the scan history (``scans``);
``kiosk.outbox_table``   the changes still to upload (``outbox``, ``outbox_archive``);
``kiosk.peers.journal``  the door-to-door journal; ``kiosk.badges.jobs`` the badge queue;
``kiosk.migrations``     the schema, as numbered steps; ``kiosk.wipe`` removes an event.

This module keeps the rest: connections (one per thread, closed when their thread ends), the
write lock and its order (check-ins first, see :meth:`Store.write`), bulk loading and the
checkpoints of a pull, and the ``meta`` key/value table.

Durability: WAL with ``synchronous=FULL``, so a committed check-in survives a power cut.
Every connection is per thread; writes are serialised by one lock and ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.migrations import MIGRATIONS, SCHEMA_VERSION

try:
    import fcntl  # Linux and macOS; Windows has none, and there check-ins poll as before
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("kiosk.store")

DB_NAME = "kiosk.db"
INTENT_SUFFIX = "-intent"
"""``kiosk.db-intent``: the lock file through which check-ins of every process on this
database go ahead of the background writers of every other one (see :meth:`Store.write`)."""
BUSY_TIMEOUT_S = 30.0
"""How long a change waits while another program holds the database, unless the door's
``lock_wait_s`` says otherwise; then it fails with "database is locked", never hangs."""
INTENT_WAIT_S = 5.0
"""Longest a background batch waits for announced check-ins before it writes anyway."""
WAL_AUTOCHECKPOINT = 1000
"""SQLite's default: the commit that takes the WAL past this many pages copies them back."""
CHECKPOINT_EVERY = 16
"""Background commits of a pull between two checkpoints of its helper thread (about 500
WAL pages: rows of a 100,000-row event land on random pages of the id index)."""


class StoreError(Exception):
    """The database cannot be used as it is (written by a newer kiosk); said to staff."""


class Store:
    """One kiosk database: its connections, its write lock, and the ``meta`` table.

    For: every part of the kiosk that reads or writes the database (the door, the sync, the
    uploader, the peer journal, the badge queue, the commands) goes through one Store per
    process and data folder; the tables' SQL lives with their owners (see the module
    docstring), which take :attr:`db` or a :meth:`write` transaction from here.

    Owns: the database file and its schema version (migrated on open, refusing a newer
    one with :class:`StoreError`), the connections, the ``kiosk.db-intent`` lock file, the
    WAL checkpoints of a pull, ``meta``, and the clock that stamps stored times.

    Threading: any thread may use it. Each thread gets its own connection (:attr:`db`),
    reads see their own WAL snapshot without any lock, and the connections of ended threads
    are closed by the next new one. Writes are serialised by :meth:`write` (one re-entrant
    lock in this process, ``BEGIN IMMEDIATE`` and the intent file across processes), with
    check-ins ahead of background batches.
    """

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time,
                 lock_wait_s: float = BUSY_TIMEOUT_S) -> None:
        self.data_dir = Path(data_dir)
        self.lock_wait_s = lock_wait_s
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _private(self.data_dir)
        self.path = self.data_dir / DB_NAME
        self.clock = clock
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._turn = threading.Condition()  # background writers wait for _waiting == 0
        self._waiting = 0
        self._intent_fds: dict[bool, int | None] = {}  # background? -> its lock file handle
        # every connection and the thread it belongs to (see db)
        self._connections: dict[sqlite3.Connection, threading.Thread] = {}
        self._connections_lock = threading.Lock()
        self._migrate()
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                _private(p)

    # -- connections -------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            old_umask = os.umask(0o077)
            try:
                conn = sqlite3.connect(self.path, timeout=self.lock_wait_s, isolation_level=None,
                                       check_same_thread=False)
            finally:
                os.umask(old_umask)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={int(self.lock_wait_s * 1000)}")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: 100k rows and their indexes fit
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.create_function("kiosk_fold", 1, fold, deterministic=True)
            self._local.conn = conn
            with self._connections_lock:
                self._close_orphans()
                self._connections[conn] = threading.current_thread()
        return conn

    def _close_orphans(self) -> None:
        """Close the connections of threads that have ended. Short-lived threads (the sync's
        page fetchers, peer requests) each open one; without this, a GUI that syncs every
        few minutes piled up two more a pull and ran out of open files by the afternoon."""
        for conn, thread in list(self._connections.items()):
            if not thread.is_alive():
                del self._connections[conn]
                try:
                    conn.close()
                except sqlite3.Error:
                    pass

    @contextmanager
    def write(self, *, background: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE), serialised across threads.

        Check-ins go first. ``background`` writers (the sync's batches, search indexing,
        archiving) first wait until no other thread of this process waits to write, and each
        of their transactions is a small batch, so a check-in waits at most for one batch
        (well under a millisecond), never for a whole page or sync. Other writers
        (check-ins, undo, uploads) wait for the lock of another process in fine steps
        (see :meth:`_begin`).

        Across processes SQLite's lock is not fair: a sync in another process took it again
        within microseconds of each commit, and a check-in polling for it lost that race
        several times over (measured: half of its p99 during a sync). So a foreground writer
        holds a shared ``flock`` on ``kiosk.db-intent`` while it waits and writes, and a
        background writer takes it exclusively before each batch, so the batch waits until
        every announced check-in has committed (at most :data:`INTENT_WAIT_S`: a stopped
        process must not hang the sync).
        Processes that do not take part (older versions, the sqlite3 shell) are still
        ordered by BEGIN IMMEDIATE; without ``fcntl`` (Windows) that is all there is. What
        remains of the wait is the one batch already running; the rest of the tail is CPU
        scheduling (bench/RESULTS.md), hence ``SCHED_BATCH`` in :meth:`bulk`.

        Why this and not the other options weighed (issue 9): counts are kept by triggers in
        the transaction of each change, so a status refresh reads a few dozen rows instead
        of 100,000 and no longer holds a worker for 180 ms; reads need no separate read-only
        connection, because in WAL mode every per-thread connection reads its snapshot
        without the write lock; and keeping the server copy in another SQLite file would
        free the lock entirely, but a server cancellation must turn a waiting upload into a
        conflict in the same transaction as the page that brought it, and a transaction over
        two attached WAL files is not atomic. What is left to share is the write lock, held
        briefly. In the GUI, check-ins also have their own worker lane (kiosk/ui/tasks.py).
        """
        nested = getattr(self._local, "depth", 0) > 0
        if background and not nested:
            with self._turn:
                self._turn.wait_for(lambda: self._waiting == 0)
            self._after_checkins_elsewhere()
        elif not nested:
            with self._turn:
                self._waiting += 1
        try:
            self._write_lock.acquire()
        finally:
            if not background and not nested:
                with self._turn:
                    self._waiting -= 1
                    self._turn.notify_all()
        announced = not background and not nested and self._announce_checkin()
        self._local.depth = getattr(self._local, "depth", 0) + 1
        try:
            db = self.db
            if db.in_transaction:  # nested: join the outer transaction
                yield db
                return
            self._begin(db, fine=not background)
            try:
                yield db
            except BaseException:
                if db.in_transaction:  # SQLite may have rolled back already (disk full)
                    db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except sqlite3.Error:
                if db.in_transaction:  # a failed commit (disk full) must not stay open
                    db.execute("ROLLBACK")
                raise
        finally:
            self._local.depth -= 1
            if announced:
                fd = self._intent_fd(False)
                if fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            self._write_lock.release()

    def _intent_fd(self, background: bool) -> int | None:
        """This store's handle on the intent file, one for check-ins and one for background
        writers (a flock belongs to the open file, so the two must not share one); None where
        there is no flock."""
        with self._connections_lock:
            if background not in self._intent_fds:
                fd = None
                if fcntl is not None:
                    old_umask = os.umask(0o077)
                    try:
                        fd = os.open(f"{self.path}{INTENT_SUFFIX}", os.O_RDWR | os.O_CREAT, 0o600)
                    except OSError:
                        fd = None  # then only SQLite's lock orders the writers
                    finally:
                        os.umask(old_umask)
                self._intent_fds[background] = fd
            return self._intent_fds[background]

    def _announce_checkin(self) -> bool:
        """A shared lock on the intent file while this writer waits for and holds its
        transaction. Never blocks: it fails only in the instant a background writer holds the
        file to look past it, and then that writer goes first by one batch, as without it."""
        fd = self._intent_fd(False)
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _after_checkins_elsewhere(self) -> None:
        """Before each batch, wait until no foreground writer (of any process, this one's
        included) is announced. A check-in holds the file for milliseconds; one that holds
        it for :data:`INTENT_WAIT_S` is stuck (a stopped process), and then the batch goes
        on and SQLite's own lock decides, so a sync never hangs on another process."""
        fd = self._intent_fd(True)
        if fd is None:
            return
        deadline, pause = time.monotonic() + INTENT_WAIT_S, 0.0002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    log.warning("a check-in elsewhere has held %s%s for %.0f s; writing anyway",
                                DB_NAME, INTENT_SUFFIX, INTENT_WAIT_S)
                    return
                time.sleep(pause)  # a background batch: a millisecond late costs nothing
                pause = min(pause * 2, 0.002)
                continue
            fcntl.flock(fd, fcntl.LOCK_UN)
            return

    def writers_waiting(self) -> int:
        """Threads of this process waiting to write ahead of the background writers."""
        with self._turn:
            return self._waiting

    def _begin(self, db: sqlite3.Connection, *, fine: bool) -> None:
        """BEGIN IMMEDIATE. While another process holds the lock, SQLite's own busy handler
        sleeps 1, 2, 5, 10... ms between tries, so a check-in behind a 1 ms sync batch would
        wait 3 ms or more; ``fine`` retries every fraction of a millisecond instead."""
        if not fine:
            db.execute("BEGIN IMMEDIATE")
            return
        db.execute("PRAGMA busy_timeout=0")
        try:
            deadline = time.monotonic() + self.lock_wait_s
            pause = 0.0001
            while True:
                try:
                    db.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if (getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF
                            != sqlite3.SQLITE_BUSY or time.monotonic() > deadline):
                        raise
                time.sleep(pause)
                pause = min(pause * 1.5, 0.0005)
        finally:
            db.execute(f"PRAGMA busy_timeout={int(self.lock_wait_s * 1000)}")

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Bulk loading of server data on this thread without an fsync per transaction.

        The registrations cache can always be pulled again, so its pages need not each reach
        the disk before the next; WAL keeps the file consistent whatever happens. Check-ins
        never go through here: they commit with ``synchronous=FULL``.

        On Linux the thread (and the threads it starts, such as the sync's page fetchers)
        runs as ``SCHED_BATCH`` meanwhile: same share of the CPU, but when it wakes (a page
        arrives, a check-in releases the intent file) it does not preempt a running check-in.
        """
        db = self.db
        db.execute("PRAGMA synchronous=NORMAL")
        batch = _batch_scheduling()
        try:
            yield
        finally:
            db.execute("PRAGMA synchronous=FULL")
            if batch:
                os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))

    @contextmanager
    def scrubbed(self) -> Iterator[None]:
        """Deletes inside overwrite what they free (``secure_delete``); afterwards the file is
        rebuilt and the write-ahead log emptied, so deleted names linger in neither free
        pages nor the WAL (``kiosk wipe``)."""
        self.db.execute("PRAGMA secure_delete=ON")
        yield
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close_thread_connection(self) -> None:
        """Close this thread's connection (a short-lived server thread, issue 10), so that
        one connection per peer request does not pile up until :meth:`close`."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._connections_lock:
            self._connections.pop(conn, None)
        conn.close()

    def close(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass
            self._connections.clear()
            for fd in self._intent_fds.values():
                if fd is not None:
                    os.close(fd)
            self._intent_fds.clear()
        self._local = threading.local()

    def _migrate(self) -> None:
        with self._write_lock:
            db = self.db
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer kiosk (schema {version}); update the app"
                )
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                # one transaction per step: a crash leaves the database at a whole version
                db.executescript(f"BEGIN IMMEDIATE; {step}; PRAGMA user_version={number}; COMMIT;")

    def flush(self) -> None:
        """Copy the write-ahead log into the database file and empty it: a database about
        to be moved as one file (a joining door's copy, kiosk.peers.joining)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- meta --------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.write() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- checkpoints during a pull ----------------------------------------------------------

    @contextmanager
    def checkpoints_aside(self) -> Iterator[None]:
        """While this thread pulls, a helper thread of its own checkpoints the WAL.

        SQLite checkpoints in the commit that takes the WAL past 1,000 pages: copying them
        into the database and syncing both files (with the wait for the disk) fell on the
        pull's writer, the lane the whole sync waits for (bench/RESULTS.md). A PASSIVE
        checkpoint never blocks a writer, so the helper copies the bulk every
        :data:`CHECKPOINT_EVERY` background commits while the writer goes on, and the writer
        copies only what it committed meanwhile (see :class:`_Checkpointer`): the WAL keeps
        starting over near its usual size, and a check-in's commit (whose connection still
        checkpoints past 1,000 pages) seldom finds pages left to copy. The last copy runs as
        the block ends, so the pull leaves no more behind than before."""
        db = self.db
        helper = _Checkpointer(self)
        helper.start()
        db.execute("PRAGMA wal_autocheckpoint=0")
        self._local.checkpointer = helper
        try:
            yield
        finally:
            self._local.checkpointer = None
            try:
                helper.finish()
                checkpoint(db)  # what is left, so the WAL starts over as after SQLite's own
            finally:
                db.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")

    def committed_in_background(self) -> None:
        """After each background commit of a pull (see :meth:`checkpoints_aside`)."""
        helper = getattr(self._local, "checkpointer", None)
        if helper is not None:
            helper.committed()


def _batch_scheduling() -> bool:
    """This thread to ``SCHED_BATCH`` if it is an ordinary one on Linux; True if it was.
    Unlike ``SCHED_IDLE`` or a higher nice value, an unprivileged thread may go back, and a
    batch thread is never starved while it holds the write lock a check-in waits for."""
    if getattr(os, "SCHED_BATCH", None) is None:
        return False
    try:
        if os.sched_getscheduler(0) != os.SCHED_OTHER:
            return False
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except OSError:
        return False
    return True


class _Checkpointer(threading.Thread):
    """The helper thread of :meth:`Store.checkpoints_aside`, on a connection of its own.

    It copies the bulk of the WAL into the database while the pull writes on. The WAL only
    starts over when a writer begins with every page of it copied, which a copy running
    beside the writer never achieves on its own (the WAL grew to 185 MB in a 30,000-row
    pull); so once the helper is done, the writer copies the few batches it committed
    meanwhile itself, and its next transaction starts the WAL over (:meth:`committed`)."""

    def __init__(self, store: Store) -> None:
        super().__init__(name="kiosk-checkpoint", daemon=True)
        self.store = store
        self._wake = threading.Condition()
        self._commits = 0
        self._running = False
        self._copied = False
        self._finishing = False

    def committed(self) -> None:
        """After each background commit of the pulling thread (on that thread)."""
        with self._wake:
            self._commits += 1
            if self._running:
                return
            if not self._copied:
                if self._commits >= CHECKPOINT_EVERY:
                    self._running = True
                    self._wake.notify()
                return
            self._copied = False
            self._commits = 0
        checkpoint(self.store.db)  # the rest, on the writer's own connection

    def finish(self) -> None:
        with self._wake:
            self._finishing = True
            self._wake.notify()
        self.join()

    def run(self) -> None:
        try:
            while True:
                with self._wake:
                    self._wake.wait_for(lambda: self._finishing or self._running)
                    if not self._running:
                        return
                checkpoint(self.store.db)
                with self._wake:
                    self._running = False
                    self._copied = True
        finally:
            self.store.close_thread_connection()


def checkpoint(db: sqlite3.Connection) -> None:
    """A PASSIVE checkpoint: copies what it can, never waits for or blocks a writer."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:  # busy or closed: the next one, or SQLite's own, copies it
        log.debug("checkpoint during a pull skipped: %s", exc)


def fold(text: str | None) -> str:
    """Case and accents folded away, as the search index's tokenizer does (``kiosk_fold``
    in SQL, on every connection: a pull's rows not indexed yet are searched with it)."""
    if text is None:
        return ""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _private(path: Path) -> None:
    """Personal data on disk is readable by this user only."""
    try:
        path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        pass
