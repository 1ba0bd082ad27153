"""A simulator for the length of a ``with`` block, for tests and benchmarks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.simulator.server import Simulator, SimulatorConfig


@contextmanager
def running_simulator(**config: Any) -> Iterator[Simulator]:
    """Start a :class:`Simulator` on a free loopback port; stop it (every connection closed,
    every handler thread ended) when the block exits, even on an exception.

    Keyword arguments are :class:`SimulatorConfig` fields, e.g.
    ``running_simulator(registrations=10_000, page_cap=500, faults=Faults(drop_rate=0.1))``.
    """
    config.setdefault("port", 0)
    simulator = Simulator(SimulatorConfig(**config))
    simulator.start()
    try:
        yield simulator
    finally:
        simulator.stop()
