"""The badge queue's table, as a step of :data:`kiosk.migrations.MIGRATIONS`.

Kept apart from :mod:`kiosk.badges.jobs` (which works on a store) so that the migrations can
take it without importing the queue: this module imports nothing, like
:mod:`kiosk.peers.schema`.
"""

from __future__ import annotations

# name badges: one "first" badge per registration, reprints counted, failures waiting in
# order (kiosk/badges/jobs.py has the rules). Never edited once shipped.
MIGRATION = """
        CREATE TABLE badge_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            registration_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            trigger TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting',
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_at REAL,
            printer TEXT,
            printed_at TEXT,
            last_error TEXT
        );
        CREATE UNIQUE INDEX badge_jobs_first ON badge_jobs(registration_id) WHERE kind = 'first';
        CREATE INDEX badge_jobs_state ON badge_jobs(event_id, state, id);
        -- a walk-in's badge follows it when it gets its server id (outbox re-keys its rows)
        CREATE TRIGGER badge_jobs_rekey AFTER UPDATE OF registration_id ON outbox
            WHEN old.registration_id IS NOT new.registration_id BEGIN
            UPDATE badge_jobs SET registration_id = new.registration_id
                WHERE registration_id = old.registration_id;
        END;
    """
