"""Each door's own key pair: who wrote a journal entry, checkable by every door.

The shared peer secret admits a door to the exchange; on its own it let any holder speak
for any door (issue 19: an entry claiming door B's id and B's next number was taken, B's
real entry with that number was then skipped for good, and the ticket went in again). So
each door has an Ed25519 key pair, kept in its data folder (``door_key``, 0600: a door
identity, not the API key), its door id *is* its public key (``d1_`` + base64url), and it
signs each of its journal entries. Any door checks an entry from its id alone, however many
doors relayed it, and without a directory of keys.
"""

from __future__ import annotations

import base64
import binascii
import functools
import logging
import os
import re
import stat
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

log = logging.getLogger("kiosk.peers")

KEY_FILE = "door_key"
ID_PREFIX = "d1_"
DOOR_ID = re.compile(r"d1_[A-Za-z0-9_-]{43}\Z")
SIGNATURE = re.compile(r"[A-Za-z0-9_-]{86}\Z")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class DoorKey:
    """This door's private key and the door id derived from it."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.door_id = ID_PREFIX + _b64(private.public_key().public_bytes_raw())

    def sign(self, message: bytes) -> str:
        return _b64(self._private.sign(message))


def generate() -> DoorKey:
    """A key pair held in memory only (tools and tests speaking as another door)."""
    return DoorKey(Ed25519PrivateKey.generate())


def load(path: Path) -> DoorKey | None:
    """The key stored at ``path``; None when there is none or it is unreadable."""
    try:
        raw = Path(path).read_text(encoding="ascii").strip()
        key = DoorKey(Ed25519PrivateKey.from_private_bytes(binascii.unhexlify(raw)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, binascii.Error):
        log.warning("door key %s unreadable: this door takes a new identity", path)
        return None
    try:
        if stat.S_IMODE(os.stat(path).st_mode) & 0o077:
            os.chmod(path, 0o600)  # copied from a backup with looser permissions
    except OSError:
        pass
    return key


def create(path: Path) -> DoorKey:
    """A new key pair written atomically to ``path`` (0600), replacing any other."""
    private = Ed25519PrivateKey.generate()
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(private.private_bytes_raw().hex() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return DoorKey(private)


@functools.lru_cache(maxsize=256)
def public_key(door_id: str) -> Ed25519PublicKey | None:
    """The key a door id stands for; None when it is not a door id of this kind."""
    if not DOOR_ID.match(door_id):
        return None
    try:
        return Ed25519PublicKey.from_public_bytes(_unb64(door_id[len(ID_PREFIX):]))
    except (ValueError, binascii.Error):
        return None


def verify(door_id: str, message: bytes, signature: Any) -> bool:
    """Whether ``signature`` is ``door_id``'s over ``message``."""
    key = public_key(door_id)
    if key is None or not isinstance(signature, str) or not SIGNATURE.match(signature):
        return False
    try:
        key.verify(_unb64(signature), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
