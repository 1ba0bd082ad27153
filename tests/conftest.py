"""Shared fixtures: a real WebKasa simulator on loopback, real SQLite files under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No mDNS from tests (it would go out on the machine's network); peer tests use static peers
# on loopback, and kiosk processes started by any test inherit this.
os.environ.setdefault("KIOSK_PEER_DISCOVERY", "0")
os.environ.setdefault("KIOSK_PEER_PORT", "0")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kiosk.api import Pacer, WebKasaClient  # noqa: E402
from kiosk.door import Door  # noqa: E402
from kiosk.settings import Settings  # noqa: E402
from kiosk.store import Store  # noqa: E402


@pytest.fixture
def sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=7, registrations=300, slots=1000) as simulator:
        yield simulator


def make_client(sim, **kwargs) -> WebKasaClient:
    kwargs.setdefault("backoff_max_s", 0.02)
    kwargs.setdefault("timeout", 5.0)
    return WebKasaClient(sim.url, sim.api_key, **kwargs)


def make_door(sim, data_dir: Path, *, client: WebKasaClient | None = None, **changes) -> Door:
    settings = Settings(
        api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1", request_timeout_s=5
    ).with_(**changes)
    return Door(Store(data_dir), settings, client or make_client(sim))


@pytest.fixture
def door(sim, tmp_path):
    d = make_door(sim, tmp_path / "data")
    yield d
    d.close()


@pytest.fixture
def synced_door(door):
    result = door.pull()
    assert result.complete
    return door


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

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
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
