"""USB barcode scanners that type (keyboard wedge): telling a scan from a person typing.

A wedge scanner is a keyboard to the computer: a code arrives as a burst of key presses a few
milliseconds apart, optionally followed by Enter or Tab (or nothing, depending on how the
scanner is configured). People type ten to fifty times slower. :class:`WedgeAssembler`
takes key events with timestamps (no Qt: the UI's event filter converts ``QKeyEvent`` into
:class:`KeyEvent`) and turns them into :class:`WedgeScan` (a complete code) or
:class:`Passthrough` (keys a person typed, to hand back to the focused field).

Scanners without a suffix end a scan with silence: call :meth:`WedgeAssembler.poll` from a
timer (every 20-50 ms) so it completes without waiting for the next key.

Traps it survives:

- **Doubled characters** (``rreegg__11``): some scanner/driver combinations, or two event
  filters, deliver each key twice. A scan in which every character comes twice is read once,
  when the single version is a ticket and the doubled one is not. A doubled Enter right
  after a scan is swallowed instead of submitting whatever form has the focus.
- **The keyboard layout trap.** A scanner does not send characters, it sends key positions
  of *its* configured layout, and the computer maps them with *its* layout. A scanner set to
  US English on a German (QWERTZ) computer swaps y and z, types ``?`` for ``_``, ``ß`` for
  ``-``, ``Ö`` for ``:``, ``Ä`` for ``"``, ``Ü`` for ``{``, ``-`` for ``/``... so
  ``reg_abc`` arrives as ``reg?abc`` and a JSON ticket is mangled beyond recognition.
  The fix is to set the scanner to the computer's layout (scan the "German keyboard"
  code in its manual) or to use its "ALT+numpad"/"emulate keypad" mode. Until then the
  assembler repairs US-on-German scans whose repaired form is a ticket (:func:`us_on_de`).
  Caps Lock on inverts the case of everything a scanner types; that is repaired the same way.
- **Symbology identifiers.** A scanner configured to send AIM identifiers types ``]Q1``
  (QR), ``]C1`` (Code 128)... and sometimes ECI escapes (``\\000026``) before the code; they
  are stripped (:func:`kiosk.codes.strip_scanner_noise`).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

TERMINATORS = {"enter": "enter", "return": "enter", "tab": "tab", "\r": "enter", "\n": "enter", "\t": "tab"}
MODIFIERS = frozenset(
    {"shift", "control", "ctrl", "alt", "altgr", "meta", "super", "capslock", "numlock", "fn"}
)


@dataclass(frozen=True, slots=True)
class KeyEvent:
    """One key press: the text it produced (``""`` for none) and/or a key name, at ``time`` s.

    Key names (case-insensitive) that matter: Enter/Return, Tab (scan terminators), modifier
    keys (ignored: scanners press Shift for capitals), anything else that types no text
    (Backspace, arrows: a person is typing).
    """

    text: str
    time: float
    key: str = ""


@dataclass(frozen=True, slots=True)
class WedgeScan:
    """A complete code typed by a scanner."""

    text: str
    terminator: str  # "enter", "tab" or "" (ended by silence)
    started_at: float
    ended_at: float
    repaired: str = ""  # "", "undoubled", "layout", "capslock"


@dataclass(frozen=True, slots=True)
class Passthrough:
    """Keys a person typed: give ``text`` (then the ``key``, if any) to the focused field."""

    text: str
    key: str = ""


Output = WedgeScan | Passthrough


def _ticket_validator(text: str) -> bool:
    from kiosk.codes import InvalidCode, parse_code

    try:
        parse_code(text)
    except InvalidCode:
        return False
    return True


# What a German (QWERTZ) computer types when a scanner configured for US English presses the
# key of each US character. The inverse repairs the scan.
_US_TO_DE = {
    "y": "z", "z": "y", "Y": "Z", "Z": "Y",
    "-": "ß", "_": "?", "=": "´", "+": "`",
    "[": "ü", "{": "Ü", "]": "+", "}": "*",
    ";": "ö", ":": "Ö", "'": "ä", '"': "Ä",
    "\\": "#", "|": "'", "`": "^", "~": "°",
    "/": "-", "?": "_",
    "@": '"', "#": "§", "^": "&", "&": "/", "*": "(", "(": ")", ")": "=",
    "<": ";", ">": ":",
}  # fmt: skip
_DE_TO_US = {de: us for us, de in _US_TO_DE.items()}


def _without_scanner_noise(text: str) -> str:
    """A scanner set to send its AIM symbology identifier types ``]Q1`` (and maybe ECI
    escapes) before the code: the door wants the code."""
    from kiosk.codes import strip_scanner_noise

    return strip_scanner_noise(text)


def us_on_de(text: str) -> str:
    """Undo the US-scanner-on-German-keyboard mangling (``reg?abz`` -> ``reg_aby``)."""
    return "".join(_DE_TO_US.get(ch, ch) for ch in text)


@dataclass
class _Key:
    ch: str
    time: float


@dataclass
class WedgeAssembler:
    """Assembles scanner bursts into codes; see the module doc.

    ``char_gap_s``: the median gap between a scanner's keys is at most this (scanners: 1-20
    ms; people: 80-300 ms). ``break_gap_s``: a pause this long ends a burst, and with it a
    scan that has no terminator. ``min_length``: shorter bursts are typing (a fast key roll).
    ``validate``: whether a text is a ticket, used to choose between a scan and its repaired
    forms (default :func:`kiosk.codes.parse_code` succeeds). ``repair``: try the repairs.
    """

    char_gap_s: float = 0.035
    break_gap_s: float = 0.1
    min_length: int = 4
    validate: Callable[[str], bool] | None = None
    repair: bool = True
    _buf: list[_Key] = field(default_factory=list, init=False, repr=False)
    _last_scan_end: float | None = field(default=None, init=False, repr=False)

    # ------------------------------------------------------------------ input

    def feed(self, event: KeyEvent) -> list[Output]:
        """Take one key event; return what it completed (usually nothing)."""
        out: list[Output] = []
        key = (event.key or "").strip().lower()
        text = event.text or ""
        if key in MODIFIERS and not text:
            return out
        term = TERMINATORS.get(key) or (TERMINATORS.get(text) if text in TERMINATORS else None)
        if self._buf and event.time - self._buf[-1].time > self.break_gap_s:
            out.extend(self._flush(ended_by=""))
        if term is not None:
            if not self._buf:
                if (
                    self._last_scan_end is not None
                    and 0 <= event.time - self._last_scan_end <= self.break_gap_s
                ):
                    return out  # a doubled terminator right after a scan
                out.append(Passthrough("", term))
                return out
            out.extend(self._flush(ended_by=term, at=event.time))
            return out
        if not text:  # Backspace, arrows, F-keys: a person is at the keyboard
            if self._buf:
                out.extend(self._as_typing())
            out.append(Passthrough("", key))
            return out
        for ch in text:
            self._buf.append(_Key(ch, event.time))
        return out

    def poll(self, now: float) -> list[Output]:
        """Complete what silence has ended; call from a timer."""
        if self._buf and now - self._buf[-1].time > self.break_gap_s:
            return self._flush(ended_by="")
        return []

    def reset(self) -> None:
        self._buf.clear()
        self._last_scan_end = None

    @property
    def pending(self) -> str:
        """Keys held back while deciding (for a diagnostics view)."""
        return "".join(k.ch for k in self._buf)

    # ------------------------------------------------------------------ decisions

    def _is_burst(self, keys: list[_Key], end: float | None) -> bool:
        if len(keys) < self.min_length:
            return False
        times = [k.time for k in keys] + ([end] if end is not None else [])
        gaps = [b - a for a, b in zip(times, times[1:])]
        if not gaps:
            return False
        return statistics.median(gaps) <= self.char_gap_s and max(gaps) <= self.break_gap_s

    def _flush(self, ended_by: str, at: float | None = None) -> list[Output]:
        keys, self._buf = self._buf, []
        if not keys:
            return []
        if self._is_burst(keys, at if ended_by else None):
            text, repaired = self._repaired(_without_scanner_noise("".join(k.ch for k in keys)))
            end = at if at is not None else keys[-1].time
            self._last_scan_end = end
            return [WedgeScan(text, ended_by, keys[0].time, end, repaired)]
        self._buf = keys
        out = self._as_typing()
        if ended_by:
            out.append(Passthrough("", ended_by))
        return out

    def _as_typing(self) -> list[Output]:
        keys, self._buf = self._buf, []
        return [Passthrough("".join(k.ch for k in keys))] if keys else []

    def _repaired(self, text: str) -> tuple[str, str]:
        if not self.repair:
            return text, ""
        valid = self.validate or _ticket_validator
        if valid(text):
            return text, ""
        candidates = []
        if len(text) % 2 == 0 and len(text) >= 2 and text[0::2] == text[1::2]:
            candidates.append((text[0::2], "undoubled"))
        candidates.append((us_on_de(text), "layout"))
        candidates.append((text.swapcase(), "capslock"))
        candidates.append((us_on_de(text.swapcase()), "layout"))
        for single, how in list(candidates):
            if how == "undoubled":
                candidates.append((us_on_de(single), "undoubled"))
        for candidate, how in candidates:
            if candidate != text and valid(candidate):
                return candidate, how
        return text, ""
