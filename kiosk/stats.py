"""Arrivals at a glance (issue 20): the numbers behind ``kiosk stats`` and the staff
console's chart, in one place and without Qt.

Arrivals are people: the people the scan log's admissions let in (:mod:`kiosk.scans`; a
party of three is three arrivals, the rest of a party that came in parts arrives when it
comes, a re-entry is no new arrival), at every door that shares the log, counted per
:data:`BUCKET_S` (ten minutes) and door from the log's per-minute counts. An undone
admission does not count: an undo row carries the people it took back, and they are taken
off the ten minutes of the undo (where a mistaken admission almost always is), else off the
ten minutes before it. The current rate is the people of the last :data:`RATE_WINDOW_S`
(to the minute) a minute. "When the expected arrivals will be in" is the people still
expected (parties confirmed, and pending where the door admits them, and the rest of
parties partly in) at that rate, given only once :data:`MIN_FOR_ESTIMATE` arrivals make
the rate worth extrapolating. Times come from the doors' clocks: a door whose clock is
wrong puts its arrivals in the wrong ten minutes, and the staff see a clock warning for it
elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from kiosk import registrations
from kiosk.models import Status
from kiosk.peers import journal

if TYPE_CHECKING:
    from kiosk.door import Door

BUCKET_S = 600
RATE_WINDOW_S = 300
MIN_FOR_ESTIMATE = 10


@dataclass(frozen=True, slots=True)
class Arrivals:
    """People arrived per ten minutes and door, the rate now, and the estimate."""

    bucket_s: int
    starts: tuple[int, ...]  # bucket starts, Unix seconds, every bucket from first to last
    doors: tuple[str, ...]  # door names, in the order the chart stacks them
    counts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # door -> per bucket
    rate_per_min: float = 0.0
    expected_left: int | None = None
    all_in_at: float | None = None  # Unix seconds; None until enough is known

    @property
    def total(self) -> int:
        return sum(sum(c) for c in self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        def iso(ts: float) -> str:
            return datetime.fromtimestamp(ts, timezone.utc).isoformat().replace("+00:00", "Z")

        return {
            "bucket_minutes": self.bucket_s // 60,
            "arrived": self.total,
            "rate_per_minute": round(self.rate_per_min, 1),
            "expected_left": self.expected_left,
            "all_in_at": iso(self.all_in_at) if self.all_in_at is not None else None,
            "buckets": [{"start": iso(start),
                         "doors": {d: self.counts[d][i] for d in self.doors if self.counts[d][i]}}
                        for i, start in enumerate(self.starts)],
        }


def arrivals(door: Door, now: float) -> Arrivals:
    """The door's event's arrivals as its scan log holds them at ``now`` (Unix seconds)."""
    log = door.scan_log
    rows = log.arrivals_by_bucket(BUCKET_S)
    names = log.door_names(d for d, *_ in rows)
    recent = log.arrivals_since(now - RATE_WINDOW_S)
    return build(rows, names, recent, people_expected(door), now)


def people_expected(door: Door) -> int:
    """People still expected at the door's events: every person of a confirmed party (and
    of a pending one where the door admits them), and the rest of parties partly in."""
    db = door.store.db
    expected = 0
    for event_id in door.event_ids:
        people = registrations.people(db, event_id)
        expected += people.get(Status.CONFIRMED, 0) + (
            people.get(Status.PENDING, 0) if door.settings.allow_pending else 0)
        checked_in = people.get(Status.ATTENDED, 0)
        came, _ = journal.people_in_and_inside(db, event_id, checked_in)
        expected += max(0, checked_in - came)
    return expected


def build(rows: list[tuple[Any, ...]], names: dict[str, str], recent: int,
          expected_left: int | None, now: float) -> Arrivals:
    """Arrivals from (door id, bucket start, people arrived[, people undone]) rows; pure,
    for the tests too. Two doors with one name are one door in the chart (a renamed door
    keeps its id). The people an undo took back come off its own ten minutes, its door
    first, else off the ten minutes before, latest first: never below zero."""
    rate = recent / (RATE_WINDOW_S / 60)
    all_in_at = None
    if expected_left is not None and recent >= MIN_FOR_ESTIMATE and rate > 0:
        all_in_at = now + expected_left / rate * 60
    if not rows:
        return Arrivals(BUCKET_S, (), (), {}, rate, expected_left, all_in_at)
    first = min(row[1] for row in rows)
    last = max(row[1] for row in rows)
    starts = tuple(range(first, last + BUCKET_S, BUCKET_S))
    index = {b: i for i, b in enumerate(starts)}
    per_door: dict[str, list[int]] = {}
    undos: list[tuple[int, str, int]] = []
    for door_id, bucket, n, *rest in rows:
        name = names.get(door_id) or door_id
        per_door.setdefault(name, [0] * len(starts))[index[bucket]] += n
        if rest and rest[0] > 0:
            undos.append((index[bucket], name, rest[0]))
    for at, name, undone in sorted(undos):
        for i in range(at, -1, -1):
            for door in sorted(per_door, key=lambda d: d != name):
                taken = min(undone, per_door[door][i])
                per_door[door][i] -= taken
                undone -= taken
    per_door = {d: c for d, c in per_door.items() if any(c)}
    if not per_door:
        return Arrivals(BUCKET_S, (), (), {}, rate, expected_left, all_in_at)
    doors = tuple(sorted(per_door, key=lambda d: (-sum(per_door[d]), d.casefold())))
    return Arrivals(BUCKET_S, starts, doors, {d: tuple(per_door[d]) for d in doors}, rate,
                    expected_left, all_in_at)


def local_hm(ts: float) -> str:
    """Unix seconds as local hours and minutes (what the chart's axis and the CLI say)."""
    return datetime.fromtimestamp(ts).strftime("%H:%M")


def summary(arr: Arrivals, now: float) -> list[str]:
    """The CLI's lines: one per ten minutes with each door's count, then rate and estimate."""
    lines = []
    for i, start in enumerate(arr.starts):
        parts = [f"{d} {arr.counts[d][i]}" for d in arr.doors if arr.counts[d][i]]
        lines.append(f"{local_hm(start)}-{local_hm(start + arr.bucket_s)}  "
                     f"{sum(arr.counts[d][i] for d in arr.doors):>4}  {', '.join(parts)}")
    lines.append(f"Arrived: {arr.total}")
    lines.append(f"Rate now: {arr.rate_per_min:.0f} a minute (last {RATE_WINDOW_S // 60} minutes)")
    if arr.expected_left is not None:
        lines.append(f"Still expected: {arr.expected_left}")
    if arr.all_in_at is not None:
        if arr.all_in_at - now < 24 * 3600:
            when = local_hm(arr.all_in_at)
        else:
            when = (datetime.fromtimestamp(now) + timedelta(seconds=arr.all_in_at - now)
                    ).strftime("%Y-%m-%d %H:%M")
        lines.append(f"All expected arrivals in by about {when}")
    elif arr.expected_left:
        lines.append(f"All in by: not known yet (fewer than {MIN_FOR_ESTIMATE} arrivals in the "
                     f"last {RATE_WINDOW_S // 60} minutes)")
    return lines
