"""Turning a scanned code into a registration id (API notes, part B.7).

The ticket format is not published, so a code may be a bare id (``reg_...``), a URL whose
path or query holds one, or a small JSON object (``{"id": ...}`` or
``{"registration_id": ...}``, optionally with ``event_id``). Tickets this kiosk prints carry
the event id too (:func:`ticket_payload`), so a ticket for another event is recognised.

Everything here is pure and total: any input, however hostile, gives a
:class:`ParsedCode` or raises :class:`InvalidCode` with a message fit for the screen.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from kiosk.contract import EVENT_ID_PATTERN, REGISTRATION_ID_PATTERN

MAX_CODE_LENGTH = 2048
"""Longer input is not a ticket (a QR code at our sizes holds a few hundred characters)."""

_REG_FULL = re.compile(rf"^{REGISTRATION_ID_PATTERN}$")
_EVT_FULL = re.compile(rf"^{EVENT_ID_PATTERN}$")
# In free text an id must stand as its own token: "TICKET reg_1 evt_2", "reg_1;evt_2".
_SEP = r"\s;,|:="
_REG_TOKEN = re.compile(rf"(?:^|(?<=[{_SEP}]))({REGISTRATION_ID_PATTERN})(?=$|[{_SEP}])")
_EVT_TOKEN = re.compile(rf"(?:^|(?<=[{_SEP}]))({EVENT_ID_PATTERN})(?=$|[{_SEP}])")
# A scanner set to send its symbology identifier (AIM, ISO/IEC 15424) puts "]Q1" (QR),
# "]C1" (GS1-128), "]d2" (Data Matrix)... before the data; in ECI mode it also sends
# "\000026"-style escapes naming the character set.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_ECI_ESCAPE = re.compile(r"(?<!\\)\\\d{6}")
_REG_KEYS = ("registration_id", "registrationId", "id", "reg", "ticket", "r")
_EVT_KEYS = ("event_id", "eventId", "event", "evt", "e")


class InvalidCode(ValueError):
    """The input is not a ticket code at all; ``str(exc)`` is a message for the screen."""


@dataclass(frozen=True, slots=True)
class ParsedCode:
    registration_id: str
    event_id: str | None = None
    kind: str = "bare"  # bare | url | json | text


def clean(raw: str | bytes) -> str:
    """NFC text without surrounding whitespace or control characters.

    Control and format characters *inside* (a right-to-left override, a NUL) become U+FFFD
    rather than vanishing, so ``reg_ab<RLO>cd`` can never turn into the valid ``reg_abcd``.
    """
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    if raw.isascii() and raw.isprintable():  # a usual ticket: nothing to normalise or replace
        return raw[: MAX_CODE_LENGTH * 4].strip(" ")
    text = unicodedata.normalize("NFC", raw[: MAX_CODE_LENGTH * 4])
    text = "".join(_visible(ch) for ch in text)
    return text.strip(" \t\ufffd")


def _visible(ch: str) -> str:
    if ch in "\t ":
        return ch
    return "\ufffd" if unicodedata.category(ch)[0] == "C" else ch


def strip_scanner_noise(text: str) -> str:
    """``text`` without a scanner's AIM symbology identifier and the ECI escapes it may send
    with one (``]Q1reg_abc`` and ``]Q2\\000026reg_abc`` -> ``reg_abc``)."""
    match = _AIM_PREFIX.match(text)
    if match is None:
        return _ECI_ESCAPE.sub("", text) if text.startswith("\\") else text
    text = _ECI_ESCAPE.sub("", text[match.end():])
    return text.replace("\\\\", "\\")  # ECI mode doubles a real backslash


def parse_code(raw: str | bytes) -> ParsedCode:
    """Find the registration (and, if present, event) id in a scanned code."""
    if isinstance(raw, bytes) and len(raw) > MAX_CODE_LENGTH:
        raise InvalidCode("Code too long to be a ticket")
    if isinstance(raw, str) and len(raw) > MAX_CODE_LENGTH:
        raise InvalidCode("Code too long to be a ticket")
    text = strip_scanner_noise(clean(raw)).strip()
    if not text:
        raise InvalidCode("Empty code")
    if _REG_FULL.match(text):
        return ParsedCode(text)
    if text.startswith("{"):
        return _parse_json(text)
    if "://" in text or text.lower().startswith("www."):
        return _parse_url(text)
    match = _REG_TOKEN.search(text)
    if match:
        event = _EVT_TOKEN.search(text)
        return ParsedCode(match.group(1), event.group(1) if event else None, "text")
    raise InvalidCode("Not a ticket code")


def ticket_payload(registration_id: str, event_id: str) -> str:
    """The QR payload of tickets this kiosk prints: compact JSON with both ids."""
    return json.dumps(
        {"registration_id": registration_id, "event_id": event_id}, separators=(",", ":")
    )


def _first_matching(mapping, keys, pattern: re.Pattern) -> str | None:
    for key in keys:
        value = mapping.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and pattern.match(value.strip()):
            return value.strip()
    return None


def _parse_json(text: str) -> ParsedCode:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise InvalidCode("Unreadable ticket data") from None
    if not isinstance(data, dict):
        raise InvalidCode("Unreadable ticket data")
    reg = _first_matching(data, _REG_KEYS, _REG_FULL)
    if reg is None:
        raise InvalidCode("Ticket data holds no registration id")
    return ParsedCode(reg, _first_matching(data, _EVT_KEYS, _EVT_FULL), "json")


def _parse_url(text: str) -> ParsedCode:
    try:
        parts = urlsplit(text if "://" in text else "https://" + text)
    except ValueError:
        raise InvalidCode("Unreadable ticket link") from None
    query = parse_qs(parts.query)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    fragment = parse_qs(parts.fragment)
    # the parameter's name is not published (?registration=, ?t=, ?id=...): any value that is
    # a registration id counts, as long as the link does not hold two different ones
    found = {v.strip() for values in (*query.values(), *fragment.values()) for v in values
             if _REG_FULL.match(v.strip())}
    if len(found) > 1:
        raise InvalidCode("Link holds more than one registration id")
    reg = found.pop() if found else None
    if reg is None:
        reg = next((s for s in reversed(segments) if _REG_FULL.match(s)), None)
    if reg is None:
        raise InvalidCode("Link holds no registration id")
    event = _first_matching(query, _EVT_KEYS, _EVT_FULL) or next(
        (s for s in segments if _EVT_FULL.match(s)), None
    )
    return ParsedCode(reg, event, "url")
