"""Attendee and server data is shown as plain text, never as markup.

A QLabel guesses rich text from the content, so a registration named ``<b>✔ CHECKED IN``
or ``<img src=...>`` would be drawn as markup (and load a local file). Every label that
shows such data is switched to plain text here, and tooltips are escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips are always checked for markup)."""
    return f"<qt>{html.escape(text)}</qt>" if text else ""
