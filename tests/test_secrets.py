"""The API key however it is given (issue 8): surrounding whitespace and line ends are not
part of it, and it never appears in output, exception text, logs or the database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.api import ApiError, WebKasaClient
from kiosk_cli import kiosk_env, run


def _env(sim, tmp_path, key):
    return kiosk_env(sim, tmp_path / "data", KIOSK_API_KEY=key)


def test_a_key_with_a_line_end_works_from_the_environment_and_the_flag(sim, tmp_path):
    env = _env(sim, tmp_path, sim.api_key + "\r\n")
    out = run(["sync"], env)
    assert out.returncode == 0, out.stderr
    env.pop("KIOSK_API_KEY")
    out = run(["--api-key", f"  {sim.api_key}\r", "push"], env)
    assert out.returncode == 0, out.stderr


def test_a_key_with_a_line_end_works_from_the_keyring(sim, memory_keyring):
    from kiosk import secrets

    memory_keyring.set_password(secrets.SERVICE, sim.url, sim.api_key + "\r\n")
    key = secrets.get_api_key(sim.url)
    assert key == sim.api_key
    secrets.set_api_key(sim.url, f" {sim.api_key}\n")
    assert memory_keyring.get_password(secrets.SERVICE, sim.url) == sim.api_key
    with WebKasaClient(sim.url, " " + sim.api_key + "\r\n", read_attempts=1) as client:
        assert client.get_event(sim.main_event_id).id == sim.main_event_id


def _fragments(key: str) -> list[str]:
    """Pieces of the key long enough to be of use to someone (a mask shows the last 4)."""
    return [key[8:20], key[21:-4]]


def _database_text(data_dir: Path) -> str:
    with closing(sqlite3.connect(data_dir / "kiosk.db")) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(str(row) for t in tables for row in db.execute(f'SELECT * FROM "{t}"'))


def test_a_broken_key_never_reaches_output_logs_or_the_database(sim, tmp_path):
    good = _env(sim, tmp_path, sim.api_key)
    assert run(["sync", "--no-push"], good).returncode == 0
    rid = next(r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED"))
    assert run(["checkin", rid], good).returncode == 0

    broken = sim.api_key[:20] + "\r" + sim.api_key[20:]
    bad = _env(sim, tmp_path, broken)
    outputs = [run(["push"], bad), run(["sync"], bad), run(["-v", "events"], bad)]
    for out in outputs:
        assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "cannot have" in outputs[0].stdout + outputs[0].stderr
    text = "".join(o.stdout + o.stderr for o in outputs)
    text += _database_text(tmp_path / "data")
    text += "".join(p.read_text() for p in (tmp_path / "data" / "logs").glob("kiosk.log*"))
    for piece in _fragments(sim.api_key):
        assert piece not in text


def test_error_text_is_redacted_where_it_is_made(sim):
    broken = sim.api_key[:20] + "\n" + sim.api_key[20:]
    with WebKasaClient(sim.url, broken, read_attempts=1) as client:
        try:
            client.get_event(sim.main_event_id)
        except ApiError as exc:
            message = str(exc)
        else:
            raise AssertionError("a key with a line break inside must not be sent")
    for piece in _fragments(sim.api_key):
        assert piece not in message


def test_a_keyring_whose_service_went_away_is_a_missing_keyring_not_a_crash(sim, tmp_path):
    """Secret Service over D-Bus raises OSError (and secretstorage's own errors, which keyring
    does not wrap) once the session bus is gone: every keyring call must treat that like no
    keyring, so the door falls back to the key file or KIOSK_API_KEY."""
    import keyring
    import keyring.backend
    import pytest

    from kiosk import secrets

    class _BusGone(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            raise FileNotFoundError(2, "No such file or directory")

        def set_password(self, service, username, password):
            raise ConnectionResetError(104, "Connection reset by peer")

        def delete_password(self, service, username):
            raise RuntimeError("secretstorage: the collection is locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(_BusGone())
    try:
        assert secrets.get_api_key(sim.url) is None
        assert secrets.get_peer_secret(sim.url) is None
        assert secrets.delete_api_key(sim.url, tmp_path) is False
        with pytest.raises(secrets.NoKeyring):
            secrets.set_api_key(sim.url, sim.api_key)
        with pytest.raises(secrets.NoKeyring):
            secrets.set_peer_secret(sim.url, "a-peer-secret")
        # the key file still works on the same machine
        secrets.store_file_key(tmp_path, sim.url, sim.api_key, "a long passphrase")
        assert secrets.unlock_file_key(tmp_path, sim.url, "a long passphrase") == sim.api_key
        assert secrets.get_api_key(sim.url) == sim.api_key
    finally:
        keyring.set_keyring(previous)
        secrets.delete_api_key(sim.url, tmp_path)
