"""Logging: named loggers per area (kiosk.api, kiosk.sync, kiosk.outbox, kiosk.scan, kiosk.ui).

Every handler carries :class:`RedactSecrets`, which masks anything shaped like a WebKasa key
and any secret registered with :func:`register_secret`, so a key cannot reach a log even by
accident (an exception message, a URL, a header dump).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_KEY_SHAPE = re.compile(r"wk_(?:live|test)_[A-Za-z0-9]+")
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    if value and len(value) >= 6:
        _secrets.add(value)


def redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, mask(secret))
    return _KEY_SHAPE.sub(lambda m: mask(m.group(0)), text)


def mask(secret: str) -> str:
    """Enough to tell two keys apart, never enough to use one: ``wk_live_…9f3a``."""
    if not secret:
        return ""
    prefix = secret[:8] if secret.startswith("wk_") else ""
    return f"{prefix}…{secret[-4:]}" if len(secret) > 12 else "…"


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


def setup_logging(verbose: int = 0, data_dir: Path | None = None) -> None:
    """Console at WARNING (INFO with -v, DEBUG with -vv); a rotating file log in the data dir."""
    root = logging.getLogger("kiosk")
    if getattr(root, "_kiosk_configured", False):
        return
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler()
    console.setLevel([logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)])
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(RedactSecrets())
    root.addHandler(console)
    if data_dir is not None:
        try:
            logs = Path(data_dir) / "logs"
            logs.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = logging.handlers.RotatingFileHandler(
                logs / "kiosk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
            handler.setLevel(logging.INFO)
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s")
            )
            handler.addFilter(RedactSecrets())
            root.addHandler(handler)
            (logs / "kiosk.log").chmod(0o600)
        except OSError:
            root.warning("cannot write a log file in %s", data_dir)
    root._kiosk_configured = True  # type: ignore[attr-defined]
