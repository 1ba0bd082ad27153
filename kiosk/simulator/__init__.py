"""The reference WebKasa simulator: the server the tests, benchmarks and ``kiosk demo`` use.

A real HTTP server (stdlib only) with seeded fake data, the published API plus the
project's part B assumptions (:mod:`kiosk.contract`), rate limits, and switchable faults.
See :mod:`kiosk.simulator.server` for the order, paging and rate-limit semantics.
"""

from kiosk.simulator.server import Faults, LoggedRequest, Simulator, SimulatorConfig
from kiosk.simulator.testing import running_simulator

__all__ = ["Faults", "LoggedRequest", "Simulator", "SimulatorConfig", "running_simulator"]
