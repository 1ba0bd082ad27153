"""Shared fixtures: a real WebKasa simulator on loopback, real SQLite files under tmp_path.
Fixtures only: the helpers they use are in door_helpers.py and kiosk_cli.py, which tests import
by name (two conftest.py files share one module name, so ``from conftest import`` would depend
on which one was loaded last)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No mDNS from tests (it would go out on the machine's network); peer tests use static peers
# on loopback, and kiosk processes started by any test inherit this.
os.environ.setdefault("KIOSK_PEER_DISCOVERY", "0")
os.environ.setdefault("KIOSK_PEER_PORT", "0")

import pytest

from door_helpers import FakeClock, make_door
from kiosk.api import Pacer
from kiosk.simulator.testing import running_simulator
from kiosk_cli import FAILING_KEYRING, kiosk_env
from peer_helpers import DoorProcess, dead_url, free_port, sync_folder


@pytest.fixture
def sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=7, registrations=300, slots=1000) as simulator:
        yield simulator


@pytest.fixture
def door(sim, tmp_path):
    d = make_door(sim, tmp_path / "data")
    yield d
    d.close()


@pytest.fixture
def env(sim, tmp_path):
    """The environment of a ``kiosk`` process on ``sim``'s main event, its data in
    tmp_path/data (tests/kiosk_cli.py's kiosk_env)."""
    return kiosk_env(sim, tmp_path / "data")


@pytest.fixture
def synced_door(door):
    result = door.pull()
    assert result.complete
    return door


@pytest.fixture
def memory_keyring():
    import keyring
    import keyring.backend
    import keyring.errors

    class _Memory(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.entries.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("no such entry")

    previous = keyring.get_keyring()
    backend = _Memory()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    """A computer without a keyring (Linux without Secret Service): keyring's own fail
    backend, as keyring picks it there, in this process and in the processes it starts."""
    import keyring
    from keyring.backends import fail

    for name, value in FAILING_KEYRING.items():
        monkeypatch.setenv(name, value)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def fast_pacer(clock):
    return Pacer(clock=clock, sleep=clock.sleep)


# Doors as real processes over loopback (tests/test_peers*.py)
@pytest.fixture
def event_sim():
    with running_simulator(seed=11, registrations=60, slots=1000) as simulator:
        yield simulator


@pytest.fixture
def doors(event_sim, tmp_path):
    """Factory: ``doors(n)`` synced folders and ports for n doors (not started)."""
    started: list[DoorProcess] = []

    def make(names: list[str], *, linked: bool = True, api_url: str | None = None,
             extra_env: dict[str, dict[str, str]] | None = None) -> list[DoorProcess]:
        ports = [free_port() for _ in names]
        made = []
        for i, name in enumerate(names):
            folder = tmp_path / name.replace(" ", "_") / "data"
            sync_folder(event_sim, folder, name)
            peers = [p for j, p in enumerate(ports) if j != i] if linked else [free_port()]
            door = DoorProcess(event_sim, folder, name, port=ports[i], peers=peers,
                               api_url=api_url or dead_url(),
                               extra_env=(extra_env or {}).get(name))
            made.append(door)
            started.append(door)
        return made

    yield make
    for door in started:
        door.stop()
