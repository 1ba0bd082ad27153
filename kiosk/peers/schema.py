"""The journal's tables, as steps of :data:`kiosk.migrations.MIGRATIONS`.

Kept apart from :mod:`kiosk.peers.journal` so that the migrations can take them without
importing the journal, which works on a store: the two modules then depend one way only
(journal -> store -> migrations -> this module), and this module imports nothing.
"""

from __future__ import annotations

# Appended to kiosk.migrations.MIGRATIONS (never edited once shipped).
MIGRATION = """
    CREATE TABLE peer_journal (
        door_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        registration_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('admit', 'undo')),
        status TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (door_id, seq)
    );
    CREATE INDEX peer_journal_registration ON peer_journal(registration_id, hlc, door_id);
    CREATE TABLE peer_doors (
        door_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT,
        last_contact REAL,
        their_seq INTEGER NOT NULL DEFAULT 0
    );
"""


def _recount_doubles(rid: str, only: str = "") -> str:
    """SQL making ``peer_doubles`` right for one registration: its double entries are the
    runs of two or more admissions with no undo between them, in journal order (hlc, door
    id); a run is counted at its second admission (admit after admit after no admit). It
    reads that registration's few entries by index, never the whole journal. ``only``: a
    condition on ``action`` for the entries read (later steps leave out entries that are
    neither an admission nor an undo)."""
    where = f"registration_id = {rid}" + (f" AND action {only}" if only else "")
    return f"""
        DELETE FROM peer_doubles WHERE registration_id = {rid};
        INSERT INTO peer_doubles(registration_id, runs)
            SELECT {rid}, COUNT(*) FROM (
                SELECT action, LAG(action, 1) OVER w AS before, LAG(action, 2) OVER w AS earlier
                FROM peer_journal WHERE {where}
                WINDOW w AS (ORDER BY hlc, door_id))
            WHERE action = 'admit' AND before = 'admit' AND earlier IS NOT 'admit'
            HAVING COUNT(*) > 0;
    """


def _double_triggers(only: str = "") -> str:
    """The three triggers keeping ``peer_doubles`` right as the journal changes."""
    return f"""
    CREATE TRIGGER peer_doubles_ai AFTER INSERT ON peer_journal BEGIN
        {_recount_doubles("new.registration_id", only)}
    END;
    CREATE TRIGGER peer_doubles_ad AFTER DELETE ON peer_journal BEGIN
        {_recount_doubles("old.registration_id", only)}
    END;
    CREATE TRIGGER peer_doubles_au AFTER UPDATE ON peer_journal BEGIN
        {_recount_doubles("old.registration_id", only)}
        {_recount_doubles("new.registration_id", only)}
    END;
    """


# Double entries kept as the journal changes (issue 9): a status refresh (up to four times a
# second in the GUI) read the count by grouping the whole journal, which grows all day.
# ``peer_doubles`` holds the registrations with double entries and how many runs each, kept
# by triggers in the transaction of every journal insert or delete (a local check-in, an
# undo, another door's entries, a wipe), whatever process writes. ``peer_journal_hlc`` lets
# opening a door find the journal's latest clock without reading every entry.
DOUBLES_MIGRATION = f"""
    CREATE TABLE peer_doubles (
        registration_id TEXT PRIMARY KEY, runs INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO peer_doubles(registration_id, runs)
        SELECT registration_id, COUNT(*) FROM (
            SELECT registration_id, action,
                   LAG(action, 1) OVER w AS before, LAG(action, 2) OVER w AS earlier
            FROM peer_journal
            WINDOW w AS (PARTITION BY registration_id ORDER BY hlc, door_id))
        WHERE action = 'admit' AND before = 'admit' AND earlier IS NOT 'admit'
        GROUP BY registration_id;
    {_double_triggers()}
    CREATE INDEX peer_journal_hlc ON peer_journal(hlc);
"""


# Each entry carries its door's Ed25519 signature (issue 19, kiosk.peers.identity). Entries
# written before this step have none: other doors' are kept for this door's verdicts but
# never sent on; this door's own are signed under its new id when the journal next opens
# (Journal._identity), so its history stays shareable.
SIGNATURE_MIGRATION = """
    ALTER TABLE peer_journal ADD COLUMN sig TEXT;
"""


# Badges once per venue (issue 21): a door's badge prints travel in its journal as entries
# with the actions ``badge`` (the registration's one automatic badge, journalled with the
# check-in that wanted it) and ``reprint`` (a staff reprint, journalled when printed); see
# kiosk.peers.journal.BADGE_ACTIONS. The table is rebuilt without its CHECK on ``action``
# (SQLite cannot drop a CHECK; :func:`kiosk.peers.journal._valid` checks every entry before
# it is stored), and the double-entry triggers count admissions and undos only: a badge
# entry between two admissions is no undo. Same columns in the same order.
_NOT_PRESENCE = "('badge', 'reprint')"


BADGES_MIGRATION = f"""
    CREATE TABLE peer_journal_new (
        door_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        registration_id TEXT NOT NULL,
        action TEXT NOT NULL,
        status TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        at TEXT NOT NULL,
        sig TEXT,
        PRIMARY KEY (door_id, seq)
    );
    INSERT INTO peer_journal_new(door_id, seq, registration_id, action, status, hlc, at, sig)
        SELECT door_id, seq, registration_id, action, status, hlc, at, sig FROM peer_journal;
    DROP TABLE peer_journal;
    ALTER TABLE peer_journal_new RENAME TO peer_journal;
    CREATE INDEX peer_journal_registration ON peer_journal(registration_id, hlc, door_id);
    CREATE INDEX peer_journal_hlc ON peer_journal(hlc);
    {_double_triggers(f"NOT IN {_NOT_PRESENCE}")}
"""


# Adding and removing doors (issue 21): the invitations this door made (one use, ten
# minutes; the one-time secret is kept only until the invitation is used or expires, since
# the door serving it must check the joiner's proof and seal the answer with it), and the
# doors removed from the event (each removal signed by the door that made it; the removed
# door's entries after ``upto_seq`` are refused). Owned by kiosk.peers.membership.
MEMBERSHIP_MIGRATION = """
    CREATE TABLE peer_invitations (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        secret TEXT,
        expires_at REAL NOT NULL,
        scan_only INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        used_at REAL
    );
    CREATE TABLE peer_removed (
        door_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        upto_seq INTEGER NOT NULL,
        by_door TEXT NOT NULL,
        at TEXT NOT NULL,
        sig TEXT NOT NULL
    );
"""


# Exits, re-entry and parties that arrive in parts (issue 20). Two more actions travel in the
# journal: ``enter`` (more people of a party already checked in: the rest of a party, or a
# re-entry) and ``exit``; each entry may say how many people it moves (``people``; NULL: the
# whole party, as every entry before this step). The CHECK on ``action`` went with
# BADGES_MIGRATION (actions are checked where entries are made and taken,
# kiosk.peers.journal.ACTIONS and _valid). The double-entry triggers now read admissions and
# undos only: an exit, a re-entry or a badge between two admissions is no undo.
# ``peer_presence`` holds, per registration whose party is not simply all inside (part of it
# arrived, or it left), how many of it are inside now; kept by kiosk.peers.journal in the
# transaction of every journal change, so who is inside is read from a few rows.
_STATUS_ACTIONS = "('admit', 'undo')"


MOVES_MIGRATION = f"""
    ALTER TABLE peer_journal ADD COLUMN people INTEGER;
    DROP TRIGGER peer_doubles_ai;
    DROP TRIGGER peer_doubles_ad;
    DROP TRIGGER peer_doubles_au;
    {_double_triggers(f"IN {_STATUS_ACTIONS}")}
    CREATE TABLE peer_presence (
        registration_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        inside INTEGER NOT NULL,
        arrived INTEGER NOT NULL,
        left_at TEXT
    ) WITHOUT ROWID;
    CREATE INDEX peer_presence_event ON peer_presence(event_id);
"""
