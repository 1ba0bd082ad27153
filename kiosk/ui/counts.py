"""Phrases with a count, in each language's plural forms ("1 Konflikt", "2 Konflikte").

Methods of a class, because pyside6-lupdate gives a string plural forms only when it is
written ``self.tr(text, "", n)``: it misses the count in ``QCoreApplication.translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def days_ago(self, n: int) -> str:
        return self.tr("%n days ago", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflicts", "", n)

    def badges_waiting(self, n: int) -> str:
        return self.tr("🖨 %n badges waiting", "", n)

    def badges_failed(self, n: int, why: str) -> str:
        return self.tr("🖨 %n badges waiting: {why}", "", n).format(why=why)


_counts: Counts | None = None


def counts() -> Counts:
    """The one instance (a QObject with no parent, made on first use)."""
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts
