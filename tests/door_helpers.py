"""Doors on the WebKasa simulator for the core tests: a client, a door, a clock moved by hand,
and waiting for something another thread or process does."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk.api import WebKasaClient
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store


def make_client(sim, **kwargs) -> WebKasaClient:
    kwargs.setdefault("backoff_max_s", 0.02)
    kwargs.setdefault("timeout", 5.0)
    return WebKasaClient(sim.url, sim.api_key, **kwargs)


def make_door(sim, data_dir: Path, *, client: WebKasaClient | None = None, **changes) -> Door:
    settings = Settings(
        api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1", request_timeout_s=5
    ).with_(**changes)
    return Door(Store(data_dir), settings, client or make_client(sim))


class FakeClock:
    """A clock tests move by hand; ``sleep`` advances it instead of waiting."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def clocked_door(sim, tmp_path: Path, clock: FakeClock) -> Door:
    """A door on ``sim`` whose store and door read ``clock`` instead of the real time."""
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                        request_timeout_s=5)
    return Door(Store(tmp_path / "data", clock=clock), settings, make_client(sim), clock=clock)


def wait_for(condition: Callable[[], object], what: str, timeout: float = 30.0) -> object:
    """Poll a condition until it holds and return its value (for work in another thread or
    process that has no signal to wait on); fails naming ``what`` after ``timeout`` seconds.
    No fixed sleeps, no timing assertion."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def as_read(when: datetime, now: datetime) -> str:
    """How the door writes a UTC time to a UTC door: the clock alone today, the date in front
    on another day (a test run at 22:00 opens the doors after midnight)."""
    return when.strftime("%H:%M" if when.date() == now.date() else "%Y-%m-%d %H:%M")
