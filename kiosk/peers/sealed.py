"""Sealed boxes between doors: what carries names, e-mails, notes or a key travels only so.

The journal carries ids and times only, so it is signed and sent in the clear
(:mod:`kiosk.peers.auth`). The server copy (names, e-mails, notes) and an invitation's
settings (the API key, staff codes) are different: they are *sealed* with AES-256-GCM, the
authenticated cipher of the well-kept ``cryptography`` library, under a key derived with
HKDF-SHA256 from a secret both doors hold (the peer secret, or an invitation's one-time
secret) and a purpose label, so one secret never encrypts two kinds of message under the
same key. A box that was changed, cut, or sealed under another secret or for another
purpose does not open: :class:`Unsealable`, never a wrong plaintext.

Each box is ``version byte | 12-byte random nonce | ciphertext and tag``. The caller's
``context`` (the event id, the request's nonce) is bound as associated data, so a box
replayed into another event or another answer does not open either. Bodies are
zlib-compressed before sealing: a server copy of 20,000 rows shrinks about five times.
"""

from __future__ import annotations

import os
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = 1
_NONCE = 12
_LABEL = b"webkasa-kiosk sealed v1 "
MAX_OPENED = 256 * 1024 * 1024  # a box never inflates past this (a zip bomb stays a refusal)


class Unsealable(ValueError):
    """A box that does not open: changed, cut, another secret, purpose or context."""


def box_key(secret: bytes, purpose: str) -> bytes:
    """The 32-byte key of ``purpose`` boxes among holders of ``secret``."""
    if not secret:
        raise ValueError("no secret to derive a box key from")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_LABEL + purpose.encode()).derive(secret)


def seal(key: bytes, plaintext: bytes, context: bytes = b"") -> bytes:
    """``plaintext`` compressed and sealed under ``key``, bound to ``context``."""
    nonce = os.urandom(_NONCE)
    body = zlib.compress(plaintext, 6)
    return bytes([VERSION]) + nonce + AESGCM(key).encrypt(nonce, body, context)


def open_box(key: bytes, box: bytes, context: bytes = b"") -> bytes:
    """The plaintext of ``box``; :class:`Unsealable` when it is not a box of ``key`` and
    ``context`` exactly as sealed."""
    if len(box) < 1 + _NONCE + 16 or box[0] != VERSION:
        raise Unsealable("not a sealed box of this version")
    nonce, sealed = box[1:1 + _NONCE], box[1 + _NONCE:]
    try:
        body = AESGCM(key).decrypt(nonce, sealed, context)
    except InvalidTag:
        raise Unsealable("the box does not open with this secret") from None
    inflate = zlib.decompressobj()
    try:
        plain = inflate.decompress(body, MAX_OPENED)
    except zlib.error as exc:
        raise Unsealable(f"the box's contents are damaged ({exc})") from None
    if inflate.unconsumed_tail:
        raise Unsealable("the box opens to more than a door accepts")
    return plain
