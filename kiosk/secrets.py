"""The API key lives in the operating system's keyring, never in a plain-text file.

One entry per API URL under the service name ``webkasa-kiosk``. A key passed with
``--api-key``/``KIOSK_API_KEY`` is used for that process only and not stored.

Where there is no keyring (a Linux box without Secret Service, a headless gate), the key can
instead be kept in ``api-key.enc`` in the data folder, encrypted (Fernet: AES-128-CBC with an
HMAC) with a key derived by scrypt from a staff passphrase. The passphrase is never stored: it
is asked when the kiosk starts (a dialog in the app, a prompt or ``KIOSK_KEY_PASSPHRASE`` on the
command line), and the key is then held in this process's memory only.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path

from kiosk.logs import register_secret

log = logging.getLogger("kiosk.secrets")
SERVICE = "webkasa-kiosk"
KEY_FILE = "api-key.enc"
PASSPHRASE_ENV = "KIOSK_KEY_PASSPHRASE"
MIN_PASSPHRASE = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # ~32 MB and a fraction of a second per guess
_SCRYPT_MAX = dict(_SCRYPT)
"""The most work a key file may ask of scrypt: what this app writes. The parameters are read
from the file, and a file asking n=2**24 took 16.8 GB and 87 s on every command; raise these
with :data:`_SCRYPT`, never past what a door laptop can afford."""

_unlocked: dict[str, str] = {}
"""Keys read from the key file in this process (API URL -> key); never written anywhere."""


class NoKeyring(Exception):
    """No usable keyring on this machine (for example a headless Linux box without one)."""


class WrongPassphrase(Exception):
    """The passphrase does not open the key file."""


class KeyFileDamaged(Exception):
    """The key file is not what this app writes (damaged, edited, or asking scrypt for more
    work than :data:`_SCRYPT_MAX`); ``str(exc)`` says so for staff."""


# What a keyring backend may raise besides its own errors: Secret Service over D-Bus raises
# OSError when the session bus is gone, and secretstorage/jeepney errors that keyring does not
# wrap (a service that went away after start, a locked collection). A kiosk without a keyring
# falls back to the key file or KIOSK_API_KEY, so none of them may end the process.
KEYRING_FAULTS = Exception


def _keyring():
    """The keyring module, imported when first needed: finding its backends takes a tenth of
    a second, which every command would pay, most of them for nothing."""
    import keyring

    return keyring


def _url(api_url: str) -> str:
    return api_url.rstrip("/")


def keyring_usable() -> bool:
    """Whether this machine has a keyring to keep the key in. keyring falls back to a backend
    that fails (or, when configured, one that forgets) when it finds no real one: that is the
    normal state of a box without Secret Service, not an error to warn about."""
    from keyring.backends import chainer, fail, null

    try:
        backend = _keyring().get_keyring()
    except Exception:  # a broken keyring configuration
        return False
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return True


def get_api_key(api_url: str) -> str | None:
    """The key for ``api_url`` from the keyring, or from the key file if it was unlocked."""
    key = None
    if keyring_usable():
        try:
            key = _keyring().get_password(SERVICE, _url(api_url))
        except KEYRING_FAULTS as exc:  # locked, or the service went away: said where it matters
            log.info("keyring unreadable: %s", type(exc).__name__)
    key = key or _unlocked.get(_url(api_url))
    register_secret(key)
    # an entry saved by an older version or another tool may carry a line end
    return key.strip() or None if key else None


def set_api_key(api_url: str, key: str) -> None:
    register_secret(key)
    key = key.strip()
    if not keyring_usable():
        raise NoKeyring(NO_KEYRING)
    try:
        _keyring().set_password(SERVICE, _url(api_url), key)
    except KEYRING_FAULTS as exc:
        raise NoKeyring(NO_KEYRING) from exc


NO_KEYRING = ("No system keyring on this computer: keep the key in a passphrase-protected "
              "file ('kiosk login' or the setup), or pass it with KIOSK_API_KEY")


def delete_api_key(api_url: str, data_dir: Path | None = None) -> bool:
    """Remove the key from the keyring and, given ``data_dir``, from the key file."""
    removed = False
    if keyring_usable():
        try:
            _keyring().delete_password(SERVICE, _url(api_url))
            removed = True
        except KEYRING_FAULTS:  # none stored, or the service went away
            pass
    if data_dir is not None:
        removed = forget_file_key(data_dir, api_url) or removed
    _unlocked.pop(_url(api_url), None)
    return removed


# --------------------------------------------------------------------------- the key file


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def _read_file(data_dir: Path) -> dict | None:
    try:
        data = json.loads(key_file(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("key file %s unreadable: %s", key_file(data_dir), type(exc).__name__)
        return None
    return data if isinstance(data, dict) and isinstance(data.get("entries"), dict) else None


def file_has_key(data_dir: Path, api_url: str) -> bool:
    """Whether the key file holds a key for ``api_url`` (the URLs are not secret)."""
    data = _read_file(data_dir)
    return bool(data and _url(api_url) in data["entries"])


def _checked(data_dir: Path, data: dict) -> tuple[bytes, dict[str, int], dict[str, str]]:
    """The file's salt, scrypt parameters and entries, checked before any is used:
    :class:`KeyFileDamaged` rather than a traceback on an entry that is a number, or hours of
    scrypt on parameters nobody here wrote."""
    def damaged(why: str) -> KeyFileDamaged:
        return KeyFileDamaged(f"The key file {key_file(data_dir)} is damaged ({why}): remove it "
                              "and store the key again ('kiosk login' or the setup)")

    params, entries = data.get("scrypt"), data["entries"]
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
        raise damaged("an entry is not an encrypted key")
    if not isinstance(params, dict) or set(params) != set(_SCRYPT) or not all(
            type(params[k]) is int and 0 < params[k] for k in _SCRYPT) or params["n"] < 2:
        raise damaged("unreadable scrypt parameters")
    if any(params[k] > _SCRYPT_MAX[k] for k in _SCRYPT) or params["n"] & (params["n"] - 1):
        asked = ", ".join(f"{k}={params[k]}" for k in _SCRYPT)
        raise damaged(f"it asks scrypt for {asked}, more than this app writes")
    try:
        salt = base64.b64decode(str(data["salt"]), validate=True)
    except (KeyError, ValueError):
        raise damaged("unreadable salt") from None
    return salt, params, entries


def _fernet(passphrase: str, salt: bytes, params: dict):
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=int(params["n"]), r=int(params["r"]),
                 p=int(params["p"]))
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8"))))


def store_file_key(data_dir: Path, api_url: str, key: str, passphrase: str) -> Path:
    """Encrypt ``key`` into the key file (0600, written atomically). The file's other keys are
    kept if ``passphrase`` opens them; a file made with another passphrase is replaced."""
    from cryptography.fernet import InvalidToken

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError(f"The passphrase needs at least {MIN_PASSPHRASE} characters")
    register_secret(key)
    data = _read_file(data_dir)
    entries: dict[str, str] = {}
    if data is not None:
        try:
            salt, params, old = _checked(data_dir, data)
        except KeyFileDamaged as exc:
            log.warning("%s: replaced", exc)
            data = None
    if data is not None:
        fernet = _fernet(passphrase, salt, params)
        try:
            for token in old.values():
                fernet.decrypt(token.encode("ascii"))
            entries = dict(old)
        except (InvalidToken, ValueError, KeyError, TypeError):
            log.warning("key file made with another passphrase: replaced")
            data = None
    if data is None:
        salt, params = os.urandom(16), dict(_SCRYPT)
        fernet = _fernet(passphrase, salt, params)
    entries[_url(api_url)] = fernet.encrypt(key.encode("utf-8")).decode("ascii")
    _write_file(data_dir, {"version": 1, "kdf": "scrypt", "scrypt": params,
                           "salt": base64.b64encode(salt).decode("ascii"), "entries": entries})
    _unlocked[_url(api_url)] = key
    log.info("API key for %s stored in the passphrase-protected key file", _url(api_url))
    return key_file(data_dir)


def unlock_file_key(data_dir: Path, api_url: str, passphrase: str) -> str | None:
    """The key for ``api_url`` from the key file (None if it holds none); held in memory so
    :func:`get_api_key` finds it for the rest of the process. Raises :class:`WrongPassphrase`,
    or :class:`KeyFileDamaged`."""
    from cryptography.fernet import InvalidToken

    data = _read_file(data_dir)
    if data is None or _url(api_url) not in data["entries"]:
        return None
    salt, params, entries = _checked(data_dir, data)
    try:
        fernet = _fernet(passphrase, salt, params)
        key = fernet.decrypt(entries[_url(api_url)].encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError, KeyError, TypeError):
        log.warning("wrong passphrase for the key file")  # every failed attempt is logged
        raise WrongPassphrase("Wrong passphrase for the key file") from None
    register_secret(key)
    _unlocked[_url(api_url)] = key
    return key


def forget_file_key(data_dir: Path, api_url: str) -> bool:
    """Drop ``api_url``'s entry (no passphrase needed); the file goes with its last entry."""
    data = _read_file(data_dir)
    if data is None or data["entries"].pop(_url(api_url), None) is None:
        return False
    if data["entries"]:
        _write_file(data_dir, data)
    else:
        key_file(data_dir).unlink(missing_ok=True)
    return True


def _write_file(data_dir: Path, data: dict) -> None:
    path = key_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    # a leftover api-key.tmp keeps its own mode through O_CREAT (a 0644 one made the key file
    # 0644 after the rename): removed first, and the new one made ours alone with O_EXCL
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # a umask only takes away
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# -- peers (issue 10): the shared secret of doors that use different API keys ------------------
PEER_SECRET_USER = "peer-secret"


def get_peer_secret(api_url: str) -> str | None:
    """``KIOSK_PEER_SECRET`` for one process, else the one stored in the keyring."""
    import os

    value = os.environ.get("KIOSK_PEER_SECRET")
    if not value and keyring_usable():
        try:
            value = _keyring().get_password(SERVICE, f"{PEER_SECRET_USER}@{api_url.rstrip('/')}")
        except KEYRING_FAULTS:
            value = None
    register_secret(value)
    return value or None


def set_peer_secret(api_url: str, secret: str) -> None:
    register_secret(secret)
    try:
        _keyring().set_password(SERVICE, f"{PEER_SECRET_USER}@{api_url.rstrip('/')}", secret)
    except KEYRING_FAULTS as exc:
        raise NoKeyring(
            "No system keyring to store the peer secret in; pass it with KIOSK_PEER_SECRET"
        ) from exc
