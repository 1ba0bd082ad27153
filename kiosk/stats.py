"""Arrivals at a glance (issue 20): the numbers behind ``kiosk stats`` and the staff
console's chart, in one place and without Qt.

Arrivals are the scan log's admissions (:mod:`kiosk.scans`), at every door that shares it,
counted per :data:`BUCKET_S` (ten minutes) and door from the log's per-minute counts. The
current rate is the admissions of the last :data:`RATE_WINDOW_S` (to the minute) a minute.
"When the expected arrivals will be in" is the registrations still expected (confirmed, and
pending where the door admits them, not yet in) at that rate, given only once
:data:`MIN_FOR_ESTIMATE` admissions make the rate worth extrapolating. Times come from the
doors' clocks: a door whose clock is wrong puts its arrivals in the wrong ten minutes, and
the staff see a clock warning for it elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from kiosk.models import Status

if TYPE_CHECKING:
    from kiosk.door import Door

BUCKET_S = 600
RATE_WINDOW_S = 300
MIN_FOR_ESTIMATE = 10


@dataclass(frozen=True, slots=True)
class Arrivals:
    """Admissions per ten minutes and door, the rate now, and the estimate."""

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
    rows = log.admissions_by_bucket(BUCKET_S)
    names = log.door_names(d for d, _, _ in rows)
    recent = log.admissions_since(now - RATE_WINDOW_S)
    counts = door.status().counts
    expected = counts.get(Status.CONFIRMED, 0) + (
        counts.get(Status.PENDING, 0) if door.settings.allow_pending else 0)
    return build(rows, names, recent, expected, now)


def build(rows: list[tuple[str, int, int]], names: dict[str, str], recent: int,
          expected_left: int | None, now: float) -> Arrivals:
    """Arrivals from (door id, bucket start, admissions) rows; pure, for the tests too.
    Two doors with one name are one door in the chart (a renamed door keeps its id)."""
    rate = recent / (RATE_WINDOW_S / 60)
    all_in_at = None
    if expected_left is not None and recent >= MIN_FOR_ESTIMATE and rate > 0:
        all_in_at = now + expected_left / rate * 60
    if not rows:
        return Arrivals(BUCKET_S, (), (), {}, rate, expected_left, all_in_at)
    first = min(b for _, b, _ in rows)
    last = max(b for _, b, _ in rows)
    starts = tuple(range(first, last + BUCKET_S, BUCKET_S))
    index = {b: i for i, b in enumerate(starts)}
    per_door: dict[str, list[int]] = {}
    for door_id, bucket, n in rows:
        name = names.get(door_id) or door_id
        per_door.setdefault(name, [0] * len(starts))[index[bucket]] += n
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
