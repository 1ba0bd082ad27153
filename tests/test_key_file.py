"""The API key without a system keyring: a file encrypted with a staff passphrase, and no
keyring warnings on a computer that simply has no keyring."""

from __future__ import annotations

import logging
import stat

import pytest

from door_helpers import wait_for
from kiosk import secrets
from kiosk_cli import confirmed_ids
from peer_helpers import attended_at

URL = "https://api.example.org"
KEY = "wk_test_" + "k3y" * 10


@pytest.fixture(autouse=True)
def _forget_unlocked():
    secrets._unlocked.clear()
    yield
    secrets._unlocked.clear()


def test_no_keyring_is_detected_and_not_warned_about(no_keyring, caplog):
    assert not secrets.keyring_usable()
    with caplog.at_level(logging.DEBUG, logger="kiosk"):
        assert secrets.get_api_key(URL) is None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    with pytest.raises(secrets.NoKeyring, match="passphrase"):
        secrets.set_api_key(URL, KEY)


def test_a_real_keyring_is_usable(memory_keyring):
    assert secrets.keyring_usable()
    secrets.set_api_key(URL, KEY)
    assert secrets.get_api_key(URL) == KEY


def test_key_file_round_trip_is_encrypted_and_private(no_keyring, tmp_path):
    path = secrets.store_file_key(tmp_path, URL + "/", KEY, "correct horse")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert KEY.encode() not in raw and b"correct horse" not in raw
    assert secrets.file_has_key(tmp_path, URL) and not secrets.file_has_key(tmp_path, "https://x")
    secrets._unlocked.clear()
    assert secrets.get_api_key(URL) is None  # locked until the passphrase is given
    with pytest.raises(secrets.WrongPassphrase):
        secrets.unlock_file_key(tmp_path, URL, "wrong horse")
    assert secrets.unlock_file_key(tmp_path, URL, "correct horse") == KEY
    assert secrets.get_api_key(URL) == KEY  # held in memory for this process


def test_key_file_keeps_other_urls_and_forgets_one(no_keyring, tmp_path):
    secrets.store_file_key(tmp_path, URL, KEY, "correct horse")
    secrets.store_file_key(tmp_path, "https://sandbox.example.org", KEY + "2", "correct horse")
    secrets._unlocked.clear()
    assert secrets.unlock_file_key(tmp_path, URL, "correct horse") == KEY
    assert secrets.delete_api_key(URL, tmp_path)
    assert not secrets.file_has_key(tmp_path, URL) and secrets.get_api_key(URL) is None
    assert secrets.unlock_file_key(tmp_path, "https://sandbox.example.org",
                                   "correct horse") == KEY + "2"
    assert secrets.forget_file_key(tmp_path, "https://sandbox.example.org")
    assert not secrets.key_file(tmp_path).exists()  # the last entry takes the file with it


def test_short_passphrase_refused_and_failed_attempts_logged(no_keyring, tmp_path, caplog):
    with pytest.raises(ValueError, match="at least"):
        secrets.store_file_key(tmp_path, URL, KEY, "short")
    secrets.store_file_key(tmp_path, URL, KEY, "correct horse")
    with caplog.at_level(logging.WARNING, logger="kiosk.secrets"):
        for _ in range(2):
            with pytest.raises(secrets.WrongPassphrase):
                secrets.unlock_file_key(tmp_path, URL, "guess guess")
    assert sum("wrong passphrase" in r.getMessage() for r in caplog.records) == 2


# ------------------------------------------------------------------ the command line


def _kiosk(args, env, input=None):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def bare_env(sim, tmp_path, no_keyring):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return {**env, "KIOSK_API_URL": sim.url, "KIOSK_DATA_DIR": str(tmp_path / "data")}


def test_login_without_keyring_keeps_the_key_in_the_passphrase_file(sim, bare_env, tmp_path):
    data = tmp_path / "data"
    out = _kiosk(["login", "--event", sim.main_event_id], bare_env,
                 input=f"{sim.api_key}\ncorrect horse\ncorrect horse\n")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no system keyring" in out.stderr and "encrypted" in out.stdout
    assert "WARNING" not in out.stderr
    key_file = secrets.key_file(data)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    for path in data.rglob("*"):
        assert not path.is_file() or sim.api_key.encode() not in path.read_bytes(), path

    # a command that talks to the server unlocks it with the passphrase from the environment
    out = _kiosk(["sync"], {**bare_env, "KIOSK_KEY_PASSPHRASE": "correct horse"})
    assert out.returncode == 0 and "registrations" in out.stdout, out.stderr
    # a wrong one, or none without a terminal: a clear refusal, exit 3
    out = _kiosk(["sync"], {**bare_env, "KIOSK_KEY_PASSPHRASE": "wrong horse!"})
    assert out.returncode == 3 and "Wrong passphrase" in out.stderr
    out = _kiosk(["push"], bare_env)
    assert out.returncode == 3 and "KIOSK_KEY_PASSPHRASE" in out.stderr
    # check-ins are local: no passphrase asked
    rid = next(r["id"] for r in sim.registrations_json(sim.main_event_id)
               if r["status"] == "CONFIRMED")
    assert _kiosk(["checkin", rid], bare_env).returncode == 0

    # wipe --all takes the key file too, and says nothing about a missing keyring
    out = _kiosk(["wipe", "--all", "--yes", "--force"], bare_env)
    assert out.returncode == 0, out.stderr
    assert not key_file.exists() and "WARNING" not in out.stderr and "keyring" not in out.stderr


def test_no_key_without_keyring_says_what_to_do(sim, bare_env):
    out = _kiosk(["sync", "--event", sim.main_event_id], bare_env)
    assert out.returncode == 3
    assert "no system keyring" in out.stderr and "WARNING" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1  # one line, no log noise


def test_login_refuses_a_short_passphrase(sim, bare_env):
    out = _kiosk(["login", "--api-key", sim.api_key], bare_env, input="short\nshort\n")
    assert out.returncode == 3 and "at least" in out.stderr


def test_one_key_policy_resolves_in_the_documented_order(no_keyring, tmp_path, monkeypatch):
    """Given (flag or KIOSK_API_KEY), then the keyring or a key unlocked earlier, then the
    key file, opened only when the caller can ask (KIOSK_KEY_PASSPHRASE first)."""
    from kiosk import keys

    monkeypatch.delenv(secrets.PASSPHRASE_ENV, raising=False)
    assert keys.store(tmp_path, URL, KEY, lambda: "correct horse") == secrets.key_file(tmp_path)
    secrets._unlocked.clear()
    assert keys.resolve(tmp_path, URL, " wk_test_given\n") == "wk_test_given"
    assert keys.resolve(tmp_path, URL) is None  # locked: check-ins never ask
    answers = iter(["wrong horse", "correct horse"])
    assert keys.resolve(tmp_path, URL, ask=lambda: next(answers)) == KEY
    assert keys.resolve(tmp_path, URL) == KEY  # unlocked for the rest of the process
    secrets._unlocked.clear()
    monkeypatch.setenv(secrets.PASSPHRASE_ENV, "wrong horse")
    with pytest.raises(secrets.WrongPassphrase):  # staff gave up after a wrong one
        keys.unlock(tmp_path, URL, lambda: None)
    assert keys.unlock(tmp_path, URL, lambda: "correct horse") == KEY
    with pytest.raises(keys.NeedPassphrase):  # no keyring, and no passphrase to hand
        keys.store(tmp_path, URL, KEY)


def test_one_key_policy_prefers_the_keyring(memory_keyring, tmp_path):
    from kiosk import keys

    def never_asked():
        pytest.fail("a passphrase was asked although the keyring works")

    assert keys.store(tmp_path, URL, KEY, never_asked) is None
    assert not secrets.key_file(tmp_path).exists()
    assert keys.resolve(tmp_path, URL, ask=never_asked) == KEY


# ------------------------------------------------------------------ a key file not ours


def _edit_key_file(data, change) -> None:
    import json

    path = secrets.key_file(data)
    content = json.loads(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(json.dumps(content), encoding="utf-8")


def _one_line(out, code: int, *words: str) -> None:
    assert out.returncode == code, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, out.stderr
    for word in words:
        assert word in errors[0], out.stderr


def test_a_key_file_asking_scrypt_for_more_than_the_app_writes_is_refused(sim, bare_env,
                                                                           tmp_path):
    data = tmp_path / "data"
    secrets.store_file_key(data, sim.url, sim.api_key, "correct horse")
    # twice the app's n: cheap here, but n=2**24 took 16.8 GB and 87 s a command
    _edit_key_file(data, lambda c: c["scrypt"].update(n=2**16))
    out = _kiosk(["sync", "--event", sim.main_event_id],
                 {**bare_env, "KIOSK_KEY_PASSPHRASE": "correct horse"})
    _one_line(out, 3, "damaged", "n=65536")


def test_a_key_file_entry_that_is_a_number_is_said_to_be_damaged(sim, bare_env, tmp_path):
    data = tmp_path / "data"
    secrets.store_file_key(data, sim.url, sim.api_key, "correct horse")
    _edit_key_file(data, lambda c: c["entries"].update({sim.url: 5}))
    out = _kiosk(["sync", "--event", sim.main_event_id],
                 {**bare_env, "KIOSK_KEY_PASSPHRASE": "correct horse"})
    _one_line(out, 3, "key file", "damaged")


def test_a_damaged_key_file_is_replaced_when_a_key_is_stored(no_keyring, tmp_path):
    secrets.store_file_key(tmp_path, URL, KEY, "correct horse")
    _edit_key_file(tmp_path, lambda c: c["entries"].update({URL: 5}))
    secrets.store_file_key(tmp_path, URL, KEY + "2", "correct horse")
    secrets._unlocked.clear()
    assert secrets.unlock_file_key(tmp_path, URL, "correct horse") == KEY + "2"


def test_a_leftover_readable_temp_file_does_not_make_the_key_file_readable(no_keyring,
                                                                            tmp_path):
    leftover = secrets.key_file(tmp_path).with_suffix(".tmp")
    leftover.write_text("half a key file from a crash")
    leftover.chmod(0o644)
    path = secrets.store_file_key(tmp_path, URL, KEY, "correct horse")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not leftover.exists()


def test_a_headless_door_with_its_key_in_the_key_file_links_with_the_others(event_sim, doors):
    """The peer secret derives from the key: a door whose key is only in api-key.enc,
    unlocked by KIOSK_KEY_PASSPHRASE, links too (it stayed alone)."""
    a, b = doors(["Door A", "Door B"], extra_env={
        "Door B": {"KIOSK_API_KEY": "", "KIOSK_KEY_PASSPHRASE": "correct horse"}})
    secrets.store_file_key(b.data_dir, b.env["KIOSK_API_URL"], event_sim.api_key,
                           "correct horse")
    for door in (a, b):
        door.start()
    assert "stays alone" not in b.stderr()
    rid = confirmed_ids(event_sim, 1)[0]
    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, rid), "Door B to learn of Door A's check-in")
    assert b.scan(rid)["verdict"] == "already_checked_in"
