"""The always-visible strip: event, online/offline and why, uploads waiting, conflicts,
last sync age, people in against the event's slots."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from kiosk.clock import CLOCK_WARN_S, parse_utc
from kiosk.models import StatusReport
from kiosk.ui.counts import counts
from kiosk.ui.plain import plain, plain_tooltip
from kiosk.ui.resources import resource_path


def age_text(last_sync_at: str | None, now: float) -> str:
    if not last_sync_at:
        return QCoreApplication.translate("StatusStrip", "never")
    when = parse_utc(last_sync_at)
    if when is None:
        return last_sync_at
    seconds = max(0, int(now - when.timestamp()))
    if seconds < 60:
        return QCoreApplication.translate("StatusStrip", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("StatusStrip", "{n} min ago").format(n=seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("StatusStrip", "{n} h ago").format(n=seconds // 3600)
    return counts().days_ago(seconds // 86400)


def offline_text(reason: str) -> str:
    """An offline reason said in the language installed, by its kind
    (:class:`kiosk.door_network.OfflineReason`); the raw detail is left to the tooltip."""
    kind = getattr(reason, "kind", "no_connection" if not reason else "")
    text = {
        "not_connected": QCoreApplication.translate("StatusStrip", "not connected yet"),
        "rate_limited": QCoreApplication.translate("StatusStrip", "pacing requests (rate limited)"),
        "key_refused": QCoreApplication.translate("StatusStrip", "API key refused"),
        "server": QCoreApplication.translate("StatusStrip", "server trouble"),
        "no_connection": QCoreApplication.translate("StatusStrip", "no connection"),
        "captive_portal": QCoreApplication.translate(
            "StatusStrip", "The network wants a login (captive portal)"),
    }.get(kind)
    return text if text is not None else QCoreApplication.translate("StatusStrip", "no connection")


def sync_warning_text(warning: str) -> str:
    """A sync warning (:class:`kiosk.sync.SyncWarning`) in the language installed, by its
    kind; one this version cannot word is shown as the core wrote it."""
    kind, params = getattr(warning, "kind", ""), getattr(warning, "params", {})
    text = {
        "paging_stuck": QCoreApplication.translate(
            "StatusStrip", "the server's paging does not move (offset stays at {offset}); "
            "stopped with {seen} registrations read"),
        "too_many_pages": QCoreApplication.translate(
            "StatusStrip", "the server kept saying there is more after {pages} pages (its "
            "total of {total} needs {needed}); stopped"),
        "deadline": QCoreApplication.translate(
            "StatusStrip", "the sync deadline passed; stopped with {seen} of {total} "
            "registrations read"),
        "removals_held": QCoreApplication.translate(
            "StatusStrip", "the server's list left out {unseen} of {cached} cached "
            "registrations; they are kept until staff confirm the removal (Needs attention, "
            "or 'kiosk sync --accept-removals')"),
    }.get(kind)
    try:
        return text.format(**params) if text else warning
    except (KeyError, IndexError, ValueError):
        return warning


def offline_detail(reason: str) -> str:
    """The tooltip: the reason in words, then the technical detail quoted as it came."""
    if not reason:
        return ""
    detail = getattr(reason, "detail", reason)
    if not detail:
        return offline_text(reason)
    return QCoreApplication.translate("StatusStrip", "{why}\nDetail: {detail}").format(
        why=offline_text(reason), detail=detail)


class StatusStrip(QFrame):
    """The strip under the screens. It owns one label per fact and redraws them all from the
    last report, connection state and sync progress (and every 15 s, so "last synced 5 min
    ago" ages); its conflicts button opens Needs attention."""

    conflicts_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self.setObjectName("statusStrip")
        self._clock = clock
        self.report: StatusReport | None = None
        self.online: bool | None = None
        self.offline_reason = ""
        self.syncing: tuple[int, int | None] | None = None  # (done, total) while a sync runs

        self.event_name = self._label("eventName")
        self.connection = self._label("connection")
        self.people = self._label("people")
        self.inside = self._label("inside")  # issue 20: who is inside now, every door's
        self.inside.hide()
        self.uploads = self._label("uploads")
        self.doors = self._label("doors")
        self.conflicts = QToolButton(self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setIcon(QIcon(str(resource_path("icons", "conflict.svg"))))
        self.conflicts.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.last_sync = self._label("lastSync")
        self.sync_warning = self._label("syncWarning")
        self.sync_warning.hide()
        self.clock_warning = self._label("clockWarning")
        self.clock_warning.hide()
        self.badges = self._label("badges")
        self.badges.hide()
        self.badge_summary = None

        # One line when it fits; two when it does not (German with Large text, offline with
        # a sync warning and badges waiting): a fact is never cut to fit.
        self._first = (self.event_name, self.people, self.inside, self.doors, self.connection)
        self._second = (self.uploads, self.conflicts, self.last_sync, self.sync_warning,
                        self.clock_warning, self.badges)
        self._top, self._bottom = QHBoxLayout(), QHBoxLayout()
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 2, 6, 2)
        rows.setSpacing(2)
        rows.addLayout(self._top)
        rows.addLayout(self._bottom)
        self._rows = 0
        self._arrange(1)

        self._tick = QTimer(self)
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self._render)
        self._tick.start()
        self.retranslate()

    def _arrange(self, rows: int) -> None:
        if rows == self._rows:
            return
        self._rows = rows
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)
        self._top.addWidget(self.event_name)
        self._top.addStretch(1)
        for widget in self._first[1:]:
            self._top.addWidget(widget)
        row = self._top if rows == 1 else self._bottom
        if rows == 2:
            row.addStretch(1)
        for widget in self._second:
            row.addWidget(widget)

    def _fit(self) -> None:
        """Two lines when the facts shown do not fit side by side in one."""
        shown = [w for w in (*self._first, *self._second) if not w.isHidden()]
        spacing = max(0, self._top.spacing())
        need = sum(w.sizeHint().width() for w in shown) + spacing * len(shown) + 12
        self._arrange(1 if need <= self.width() else 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        plain(label)
        return label

    def retranslate(self) -> None:
        """Every text in the language installed now: at start and on each LanguageChange."""
        for widget, name in ((self.event_name, self.tr("Event")),
                             (self.connection, self.tr("Connection")),
                             (self.people, self.tr("People in")),
                             (self.inside, self.tr("Inside now")),
                             (self.uploads, self.tr("Uploads waiting")),
                             (self.doors, self.tr("Other doors")),
                             (self.conflicts, self.tr("Conflicts")),
                             (self.last_sync, self.tr("Last sync")),
                             (self.sync_warning, self.tr("Sync warning")),
                             (self.clock_warning, self.tr("Clock warning")),
                             (self.badges, self.tr("Badges waiting"))):
            widget.setAccessibleName(name)
        if self.badge_summary is not None:
            self.set_badges(self.badge_summary)
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_tick"):
            self.retranslate()

    def set_report(self, report: StatusReport) -> None:
        self.report = report
        self._render()

    def set_badges(self, summary) -> None:
        """Badges waiting to print (issue 12): shown only when some wait; red when the printer
        failed, with the reason in the tooltip."""
        from kiosk.ui.badges import waiting_text

        self.badge_summary = summary
        text = waiting_text(summary)
        self.badges.setVisible(bool(text))
        self.badges.setText(_short(text))
        self.badges.setToolTip(plain_tooltip(text))
        self._set_state(self.badges, "warn" if summary.failed else "")
        self._fit()

    def set_sync_progress(self, done: int, total: int | None) -> None:
        """A sync is under way (the door's ``sync_progress`` event, through the bridge)."""
        self.syncing = (done, total)
        self._render()

    def sync_ended(self, *_: object) -> None:
        self.syncing = None
        self._render()

    def set_online(self, online: bool | None, reason: str = "") -> None:
        self.online, self.offline_reason = online, reason
        self._render()

    @staticmethod
    def _set_state(widget: QWidget, state: str) -> None:
        if widget.property("state") != state:
            widget.setProperty("state", state)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _render(self) -> None:
        self._render_texts()
        self._fit()

    def _render_texts(self) -> None:
        report = self.report
        event = report.event if report else None
        several = report.events if report is not None and len(report.events) > 1 else ()
        if several:  # several events at this door (issue 20): each by name
            self.event_name.setText(" + ".join(e.title or e.event_id for e in several))
        else:
            self.event_name.setText(event.title if event else self.tr("No event selected"))
        if self.online is None:
            self.connection.setText(self.tr("● Connecting…"))
            self._set_state(self.connection, "")
        elif self.online:
            self.connection.setText(self.tr("✔ Online"))
            self._set_state(self.connection, "online")
        else:
            why = offline_text(self.offline_reason)
            self.connection.setText(self.tr("⚠ OFFLINE: {why}").format(why=why))
            self._set_state(self.connection, "offline")
        self.connection.setToolTip(plain_tooltip(offline_detail(self.offline_reason)))
        if report is None:
            self.people.setText("")
            self.uploads.setText("")
            self.conflicts.hide()
            self.last_sync.setText("")
            self.sync_warning.hide()
            self.clock_warning.hide()
            self.doors.setText("")
            return
        # doors sharing check-ins (issue 10): this one and those heard from lately
        linked = report.doors_linked
        self.doors.setVisible(linked is not None)
        if linked and report.pulls_here:  # one door pulls from WebKasa for all (issue 21)
            self.doors.setText(self.tr("⇄ {n} doors linked, this door pulls").format(n=linked + 1))
        elif linked and report.puller:
            self.doors.setText(self.tr("⇄ {n} doors linked, {door} pulls").format(
                n=linked + 1, door=_short(report.puller, 24)))
        elif linked:
            self.doors.setText(self.tr("⇄ {n} doors linked").format(n=linked + 1))
        elif linked is not None:
            self.doors.setText(self.tr("alone"))
        slots = event.slots if event else None
        if several:
            slots = report.to_json()["total"]["slots"]
            each = " + ".join(str(e.people_in) for e in several)
            self.people.setText(
                self.tr("In: {each} = {n} / {slots}").format(each=each, n=report.people_in,
                                                              slots=slots) if slots else
                self.tr("In: {each} = {n}").format(each=each, n=report.people_in))
            self.people.setToolTip(plain_tooltip("\n".join(
                self.tr("{event}: {n} in").format(event=e.title or e.event_id, n=e.people_in)
                + (f" / {e.slots}" if e.slots else "") for e in several)))
        elif slots:
            self.people.setText(self.tr("In: {n} / {slots}").format(n=report.people_in, slots=slots))
        else:
            self.people.setText(self.tr("In: {n}").format(n=report.people_in))
        self._render_inside(report)
        pending = report.outbox.pending
        self.uploads.setText(self.tr("↑ {n} waiting").format(n=pending) if pending else self.tr("↑ all sent"))
        self._set_state(self.uploads, "offline" if pending and self.online is False else "")
        conflicts = report.outbox.conflicts
        self.conflicts.setVisible(conflicts > 0)
        self.conflicts.setText(counts().conflicts(conflicts))
        self._set_state(self.conflicts, "warn" if conflicts else "")
        if self.syncing is not None:
            done, total = self.syncing
            self.last_sync.setText(
                self.tr("Syncing {done} of {total}").format(
                    done=done, total=total) if total else
                self.tr("Syncing {done}").format(done=done))
        else:
            self.last_sync.setText(
                self.tr("Synced {age}").format(age=age_text(report.last_sync_at, self._clock()))
            )
        self._render_sync_warning(report)
        self._render_clock_warning(report)

    def _render_inside(self, report: StatusReport) -> None:
        """Who is inside (issue 20), when it can differ from who came in (someone left, or
        a party came in parts) or against ``max_inside``: amber at 90%, red when full."""
        limit = report.max_inside
        self.inside.setVisible(bool(limit) or report.inside != report.people_in)
        self.inside.setText(self.tr("Inside: {n} / {max}").format(n=report.inside, max=limit)
                            if limit else self.tr("Inside: {n}").format(n=report.inside))
        occupancy = report.occupancy
        # the strip's amber ("offline") and red ("warn") looks (resources/styles/kiosk.qss)
        self._set_state(self.inside, {"near": "offline", "full": "warn"}.get(occupancy, ""))
        self.inside.setToolTip(plain_tooltip(
            self.tr("Full: entry waits until someone leaves") if occupancy == "full" else
            self.tr("Nearly full") if occupancy == "near" else ""))

    def _render_clock_warning(self, report: StatusReport) -> None:
        """This computer's clock off by over a minute from the server's (its ``Date``) or the
        other doors' (issue 19): every check-in is stamped with it, so staff must set it."""
        off = [s for s in (report.server_clock_skew_s, report.clock_skew_s)
               if s is not None and abs(s) > CLOCK_WARN_S]
        if not off:
            self.clock_warning.hide()
            return
        worst = abs(max(off, key=abs))
        self.clock_warning.setText(self.tr("⚠ Clock off by %n min", "", max(1, round(worst / 60))))
        self.clock_warning.setToolTip(plain_tooltip(self.tr(
            "This computer's clock differs from the server's or the other doors' by {seconds} s. "
            "Set it right: every check-in is stamped with it.").format(seconds=round(worst))))
        self._set_state(self.clock_warning, "warn")
        self.clock_warning.show()

    def _render_sync_warning(self, report: StatusReport) -> None:
        """The server's answer was not believed, or the sync stopped early: staff should know."""
        if not report.first_sync_complete:
            text = self.tr("⚠ First sync incomplete")
        elif report.sync_warning and report.sync_warning_event:  # a door of several events
            text = self.tr("⚠ Sync of {event}: {warning}").format(
                event=_short(report.sync_warning_event, 30),
                warning=_short(sync_warning_text(report.sync_warning)))
        elif report.sync_warning:
            text = self.tr("⚠ Sync: {warning}").format(
                warning=_short(sync_warning_text(report.sync_warning)))
        else:
            self.sync_warning.hide()
            return
        self.sync_warning.setText(text)
        full = sync_warning_text(report.sync_warning) if report.sync_warning else text
        if report.sync_warning and report.sync_warning_event:
            full = f"{report.sync_warning_event}: {full}"
        self.sync_warning.setToolTip(plain_tooltip(full))
        self._set_state(self.sync_warning, "warn")
        self.sync_warning.show()


def _short(text: str, limit: int = 60) -> str:
    """The strip is one line; the whole text is in the tooltip."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
