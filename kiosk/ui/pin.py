"""Staff PIN hashing for self-service mode (Qt-free, kept beside the UI that uses it).

Stored in ``Settings.kiosk_pin_hash`` as ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 120_000


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        expected = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected.hex(), digest)
