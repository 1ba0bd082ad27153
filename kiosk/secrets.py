"""The API key lives in the operating system's keyring, never in a plain-text file.

One entry per API URL under the service name ``webkasa-kiosk``. A key passed with
``--api-key``/``KIOSK_API_KEY`` is used for that process only and not stored.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError

from kiosk.logs import register_secret

log = logging.getLogger("kiosk.secrets")
SERVICE = "webkasa-kiosk"


class NoKeyring(Exception):
    """No usable keyring on this machine (for example a headless Linux box without one)."""


def get_api_key(api_url: str) -> str | None:
    try:
        key = keyring.get_password(SERVICE, api_url.rstrip("/"))
    except KeyringError as exc:
        log.warning("keyring unavailable: %s", type(exc).__name__)
        return None
    register_secret(key)
    # an entry saved by an older version or another tool may carry a line end
    return key.strip() or None if key else None


def set_api_key(api_url: str, key: str) -> None:
    register_secret(key)
    key = key.strip()
    try:
        keyring.set_password(SERVICE, api_url.rstrip("/"), key)
    except KeyringError as exc:
        raise NoKeyring(
            "No system keyring to store the key in; pass it with KIOSK_API_KEY instead"
        ) from exc


def delete_api_key(api_url: str) -> bool:
    try:
        keyring.delete_password(SERVICE, api_url.rstrip("/"))
        return True
    except KeyringError:
        return False


# -- peers (issue 10): the shared secret of doors that use different API keys ------------------
PEER_SECRET_USER = "peer-secret"


def get_peer_secret(api_url: str) -> str | None:
    """``KIOSK_PEER_SECRET`` for one process, else the one stored in the keyring."""
    import os

    value = os.environ.get("KIOSK_PEER_SECRET")
    if not value:
        try:
            value = keyring.get_password(SERVICE, f"{PEER_SECRET_USER}@{api_url.rstrip('/')}")
        except KeyringError:
            value = None
    register_secret(value)
    return value or None


def set_peer_secret(api_url: str, secret: str) -> None:
    register_secret(secret)
    try:
        keyring.set_password(SERVICE, f"{PEER_SECRET_USER}@{api_url.rstrip('/')}", secret)
    except KeyringError as exc:
        raise NoKeyring(
            "No system keyring to store the peer secret in; pass it with KIOSK_PEER_SECRET"
        ) from exc
