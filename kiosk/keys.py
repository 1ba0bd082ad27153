"""One key policy: where the API key comes from and where it is kept, the same for the
command line, the setup, the settings and the app's start.

Resolve, in the order the README gives: the key given for this process (``--api-key`` or
``KIOSK_API_KEY``, stored nowhere), the system keyring (or the key file, once unlocked in this
process), then the passphrase-protected key file, unlocked with ``KIOSK_KEY_PASSPHRASE`` or a
passphrase the caller asks staff for. Store: the keyring, else the key file encrypted with a
new staff passphrase. Before this module each caller wrote its own version, and the settings
dialog, which only tried the keyring, could not replace the key on a computer without one.

A passphrase only passes through these functions: never kept, never logged. The asking is
the caller's (a terminal prompt, a dialog), passed in as a function, so no Qt here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from kiosk import secrets

log = logging.getLogger("kiosk.keys")

Ask = Callable[[], "str | None"]
"""Asks staff for a passphrase; None when they give none (cancel, no terminal). Called again
only after the passphrase it gave was wrong."""


class NeedPassphrase(secrets.NoKeyring):
    """No keyring here, and no passphrase was given for the key file."""


def resolve(data_dir: Path, api_url: str, given: str | None = None, *,
            ask: Ask | None = None) -> str | None:
    """The key for ``api_url``: ``given`` (flag or environment), the keyring, then, when
    ``ask`` is passed, the key file (see :func:`unlock`). Without ``ask`` the file stays
    locked: check-ins are local and need no key, so they never ask for a passphrase."""
    key = (given or "").strip() or secrets.get_api_key(api_url)
    if not key and ask is not None:
        key = unlock(data_dir, api_url, ask)
    return key or None


def for_peers(data_dir: Path, api_url: str, given: str | None = None) -> str | None:
    """The key the doors' shared secret derives from, for a door that runs unattended (a
    scanner pipe, ``kiosk scan``): as :func:`resolve`, and the key file too when
    ``KIOSK_KEY_PASSPHRASE`` is set. Never asks: a pipe has no one to answer. Without the key
    file here, a headless door whose key lives only there never linked with the others.
    None (the door works alone, as the log says) when the file does not open."""
    key = resolve(data_dir, api_url, given)
    if key or not os.environ.get(secrets.PASSPHRASE_ENV):
        return key
    try:
        return unlock(data_dir, api_url)  # the environment's passphrase only
    except (secrets.WrongPassphrase, secrets.KeyFileDamaged) as exc:
        log.warning("key file not opened for linking with other doors: %s", exc)
        return None


def unlock(data_dir: Path, api_url: str, ask: Ask | None = None, *,
           tries: int = 3) -> str | None:
    """The key from the key file, with ``KIOSK_KEY_PASSPHRASE`` first, then up to ``tries``
    passphrases from ``ask``. None when the file holds no key for ``api_url`` or staff gave
    up without a wrong try; :class:`secrets.WrongPassphrase` when the last one was wrong
    (each wrong one is logged by :func:`secrets.unlock_file_key`, without the passphrase)."""
    if not secrets.file_has_key(data_dir, api_url):
        return None
    wrong = False
    from_env = os.environ.get(secrets.PASSPHRASE_ENV)
    candidates = [from_env] if from_env else []
    for attempt in range(len(candidates) + tries):
        if attempt < len(candidates):
            passphrase: str | None = candidates[attempt]
        else:
            passphrase = ask() if ask is not None else None
        if passphrase is None:  # staff gave up (an empty answer is a wrong passphrase)
            break
        try:
            return secrets.unlock_file_key(data_dir, api_url, passphrase)
        except secrets.WrongPassphrase:
            wrong = True
    if wrong:
        raise secrets.WrongPassphrase("Wrong passphrase for the key file")
    return None


def store(data_dir: Path | None, api_url: str, key: str,
          new_passphrase: Ask | None = None) -> Path | None:
    """Keep ``key`` in the keyring (returns None), or, on a computer without one, in the key
    file in ``data_dir`` encrypted with the passphrase ``new_passphrase`` gives (returns the
    file). Raises :class:`NeedPassphrase` when there is no keyring and no passphrase (ask
    staff, then call again), ``ValueError`` for a passphrase too short."""
    try:
        secrets.set_api_key(api_url, key)
        return None
    except secrets.NoKeyring:
        if new_passphrase is None or data_dir is None:
            raise NeedPassphrase(secrets.NO_KEYRING) from None
        passphrase = new_passphrase()
        if passphrase is None:
            raise NeedPassphrase(secrets.NO_KEYRING) from None
    return secrets.store_file_key(data_dir, api_url, key.strip(), passphrase)
