"""Server text made safe to print.

Names, notes and event titles come from the server (and so from whoever registered). In a
terminal, an escape sequence inside one can retitle the window, rewrite what is on screen or
worse (OSC 52 writes the clipboard), and a right-to-left override can make a line say
something else. So every piece of it printed by the command line goes through
:func:`terminal_safe` (or :func:`json_line` for JSON, which stays valid JSON).
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

# bidirectional embeddings, overrides and isolates: they reorder what a terminal shows
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# what json.dumps(ensure_ascii=False) leaves raw but a terminal may act on: DEL, the C1
# controls (U+009B is CSI, U+009D is OSC), line/paragraph separators and bidi controls
_JSON_UNSAFE = re.compile("[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _unsafe(ch: str, keep: str) -> bool:
    return ch not in keep and (unicodedata.category(ch) == "Cc" or ch in _BIDI)


def terminal_safe(text: Any, *, keep: str = "") -> str:
    """``text`` with control characters (ESC, BEL, CR, NUL, C1...) and bidi overrides shown
    as U+FFFD, so it prints as itself. ``keep`` names characters to leave (``"\\n"``)."""
    if text is None:
        return ""
    text = str(text)
    if text.isprintable():
        return text
    return "".join("\ufffd" if _unsafe(ch, keep) else ch for ch in text)


def json_line(data: Any) -> str:
    """One line of JSON, non-ASCII left readable, every character a terminal could act on
    escaped (json.dumps already escapes the C0 controls)."""
    text = json.dumps(data, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


# zero-width (non-)joiners: they join emoji and shape Persian and Indic words; they stay
_JOINERS = frozenset("\u200c\u200d")


def one_line(text: Any) -> str:
    """``text`` as one line of what prints: controls (C0, C1, DEL) and other characters that
    draw nothing (format characters such as bidi overrides, zero-width spaces) are dropped,
    every run of white space (line ends, tabs, separators) is one space, ends trimmed.

    For a badge: a font draws a control character as a box or a hex glyph, and a name
    typed with a stray ESC or NUL came out with it on the label."""
    if text is None:
        return ""
    text = str(text)
    if not text.isprintable():
        text = "".join(ch for ch in text if ch.isspace() or ch in _JOINERS
                       or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    return " ".join(text.split())
