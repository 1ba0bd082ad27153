"""Logging: named loggers per area (kiosk.api, kiosk.sync, kiosk.outbox, kiosk.scan, kiosk.ui).

Every handler carries :class:`RedactSecrets`, which masks anything shaped like a WebKasa key
and any secret registered with :func:`register_secret`, so a key cannot reach a log even by
accident (an exception message, a URL, a header dump).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_KEY_SHAPE = re.compile(r"wk_(?:live|test)_[A-Za-z0-9]+")
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Mask ``value`` wherever it appears, also as Python would quote it (``b'...\\r'``)
    and without the whitespace around it."""
    if not value:
        return
    for form in (value, value.strip(), repr(value)[1:-1], repr(value.strip())[1:-1]):
        if len(form) >= 6:
            _secrets.add(form)


def redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
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
        add_file_log(data_dir)
    root._kiosk_configured = True  # type: ignore[attr-defined]


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, rotated ones too, is readable by this user only."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (stdlib name)
        """A full or read-only disk must not print a traceback for every log line; the
        command that hits the fault says so in one line."""

    def _open(self):  # type: ignore[override]
        old = os.umask(0o077)
        try:
            return super()._open()
        finally:
            os.umask(old)


def add_file_log(data_dir: Path) -> None:
    """A rotating file log in ``<data_dir>/logs`` (INFO and up, secrets masked)."""
    root = logging.getLogger("kiosk")
    try:
        logs = Path(data_dir) / "logs"
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _PrivateRotatingFile(logs / "kiosk.log", maxBytes=2_000_000, backupCount=3,
                                       encoding="utf-8")
    except OSError:
        root.warning("cannot write a log file in %s", data_dir)
        return
    handler.setLevel(logging.INFO)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s")
    )
    handler.addFilter(RedactSecrets())
    root.addHandler(handler)


def remove_file_logs(data_dir: Path | None = None) -> None:
    """Close this process's file logs (those under ``data_dir``, or all of them)."""
    root = logging.getLogger("kiosk")
    base = Path(data_dir).resolve() if data_dir is not None else None
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name and (base is None or base in Path(name).resolve().parents):
            root.removeHandler(handler)
            handler.close()
