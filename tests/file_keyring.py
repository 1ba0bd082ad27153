"""A system keyring for ``kiosk`` subprocesses of the tests: the operating system's credential
store (Secret Service, Keychain) cannot run here, so this backend keeps its passwords in the
JSON file ``$KIOSK_TEST_KEYRING`` names. Chosen with ``PYTHON_KEYRING_BACKEND=
file_keyring.Keyring`` and ``tests/`` on ``PYTHONPATH`` (:func:`keyring_env`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

TESTS = Path(__file__).resolve().parent


def keyring_env(path: Path) -> dict[str, str]:
    """The environment that gives a ``kiosk`` process this keyring, kept in ``path``."""
    return {"PYTHON_KEYRING_BACKEND": "file_keyring.Keyring", "KIOSK_TEST_KEYRING": str(path),
            "PYTHONPATH": os.pathsep.join([str(TESTS.parent), str(TESTS)])}


class Keyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["KIOSK_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service, username):
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
