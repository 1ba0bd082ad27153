"""Two tabs of the settings dialog with behaviour of their own: the camera (a list probed off
the GUI thread, a live preview) and badges (the printers found, a live badge preview).

Each page builds its controls from the settings and reads them back with ``values()``. Their
words are set by :meth:`kiosk.ui.settings_dialog.SettingsDialog.retranslate`, the one place
the dialog's texts are written, so the pages keep the dialog's translation context.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kiosk.models import Event
from kiosk.settings import Settings
from kiosk.ui.camera import Camera
from kiosk.ui.i18n import add_row, set_row_label
from kiosk.ui.preview import Preview

log = logging.getLogger("kiosk.ui")

RESOLUTIONS = ((640, 480), (1280, 720), (1920, 1080))
SYMBOLOGIES = ("qr", "code128", "pdf417", "aztec")
DECODERS = ("zxing", "pyzbar")


def setting_field(widget: QWidget, field: str) -> QWidget:
    """Mark ``widget`` as the control of a settings field: its tooltip is that field's
    one-line description, set (translated) by the dialog's ``retranslate()``."""
    widget.setProperty("settingField", field)
    return widget


def spin_box(lo: int, hi: int, value: int, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(lo, hi)
    spin.setValue(value)
    return spin


def list_camera_choices() -> list[tuple[str, str]]:
    """(label, source) pairs of the cameras found, or just the default camera. Slow (each
    camera is opened): run it on a worker."""
    from kiosk.scan.frames import list_cameras

    try:
        found = list_cameras()
    except Exception as exc:  # no OpenCV backend, no camera
        log.debug("cannot list cameras: %s", exc)
        found = []
    return [(cam.name, str(cam.index)) for cam in found] or [("Camera 0", "0")]


class CameraPage(QWidget):
    """Camera, resolution, decoder, symbologies, cooldown and verdict hold, with a live
    preview of the chosen camera. The preview borrows the door's camera while it runs and
    :meth:`end_preview` gives it back as it was."""

    cameras_listed = Signal()  # the camera probe answered (tests, accessibility tools)

    def __init__(self, settings: Settings, camera: Camera | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.camera = camera
        self._previewing = False
        self._was_running: tuple[Settings, str | None, bool, bool] | None = None
        self.camera_choice = setting_field(QComboBox(self), "camera_source")
        self.camera_choice.setEditable(True)  # a video file or stream URL also works
        self.camera_choice.setEditText(settings.camera_source)  # the list follows (probe)
        self.resolution = setting_field(QComboBox(self), "camera_width")
        for w, h in RESOLUTIONS:
            self.resolution.addItem(f"{w} × {h}", (w, h))
        res = self.resolution.findData((settings.camera_width, settings.camera_height))
        if res < 0:
            self.resolution.addItem(f"{settings.camera_width} × {settings.camera_height}",
                                    (settings.camera_width, settings.camera_height))
            res = self.resolution.count() - 1
        self.resolution.setCurrentIndex(res)
        self.fps = setting_field(spin_box(5, 60, settings.camera_fps, self), "camera_fps")
        self.decoder = setting_field(QComboBox(self), "decoder")
        for name in DECODERS:
            self.decoder.addItem(name, name)
        self.decoder.setCurrentIndex(max(0, self.decoder.findData(settings.decoder)))
        self.symbologies: dict[str, QCheckBox] = {}
        self.symbology_row = QHBoxLayout()
        for name in SYMBOLOGIES:
            box = QCheckBox(name.upper(), self)
            box.setChecked(name in settings.symbologies)
            self.symbologies[name] = box
            self.symbology_row.addWidget(box)
        self.cooldown = setting_field(QDoubleSpinBox(self), "scan_cooldown_s")
        self.cooldown.setRange(0.5, 30)
        self.cooldown.setValue(settings.scan_cooldown_s)
        self.verdict_hold = setting_field(QDoubleSpinBox(self), "verdict_hold_s")
        self.verdict_hold.setRange(0, 30)
        self.verdict_hold.setValue(settings.verdict_hold_s)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview_camera)
        self.preview = Preview(self)
        self.preview.setMinimumSize(320, 240)
        self.preview.show_state("idle")  # nothing runs until Preview is pressed
        form = QFormLayout()
        for field in (self.camera_choice, self.resolution, self.fps, self.decoder,
                      self.symbology_row, self.cooldown, self.verdict_hold):
            add_row(form, field)
        form.addRow(self.preview_button)
        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addWidget(self.preview, 1)

    def cameras_found(self, choices: list[tuple[str, str]]) -> None:
        """Fill the list, keeping whatever source is chosen or typed by now."""
        typed = self.camera_source()
        self.camera_choice.clear()
        for label, source in choices:
            self.camera_choice.addItem(label, source)
        index = self.camera_choice.findData(typed)
        if index >= 0:
            self.camera_choice.setCurrentIndex(index)
        else:
            self.camera_choice.setEditText(typed)
        self.cameras_listed.emit()

    def camera_source(self) -> str:
        text = self.camera_choice.currentText()
        data = self.camera_choice.currentData()
        index = self.camera_choice.findText(text)
        return str(data) if index >= 0 and data is not None else text.strip()

    def values(self) -> dict[str, Any]:
        """The settings fields this page edits, as chosen now."""
        w, h = self.resolution.currentData()
        return {
            "camera_source": self.camera_source(),
            "camera_width": w, "camera_height": h, "camera_fps": self.fps.value(),
            "decoder": self.decoder.currentData(),
            "symbologies": tuple(n for n, box in self.symbologies.items() if box.isChecked())
            or ("qr",),
            "scan_cooldown_s": self.cooldown.value(),
            "verdict_hold_s": self.verdict_hold.value(),
        }

    def preview_camera(self) -> None:
        """Show the chosen camera live here (the door's camera switches to it meanwhile)."""
        if self.camera is None:
            return
        if not self._previewing:
            self._was_running = self.camera.started_with if self.camera.running else None
            self.camera.frame.connect(self.preview.set_image)
            self.camera.state.connect(self._preview_state)
            self._previewing = True
        self.camera.start(self.settings.with_(**self.values()))

    def _preview_state(self, state: str, detail: str) -> None:
        self.preview.show_state(state, detail)

    def end_preview(self, restore: bool) -> None:
        """The dialog closes: stop showing frames here, and on Cancel (``restore``) put the
        door's camera back as it ran (a demo's looping video stays a looping video)."""
        if self._previewing and self.camera is not None:
            for signal, slot in ((self.camera.frame, self.preview.set_image),
                                 (self.camera.state, self._preview_state)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            if restore:
                if self._was_running is not None:
                    self.camera.restart(self._was_running)
                else:
                    self.camera.stop()
        self._previewing = False


class BadgesPage(QWidget):
    """Badges (issue 12): print on admit, the printer, label size, options, and a live
    preview drawn as the printed badge is."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        from kiosk.badges.layouts import LAYOUTS
        from kiosk.ui.badges import BadgePreview

        super().__init__(parent)
        self.badge_on_admit = setting_field(QCheckBox(self), "badge_on_admit")
        self.badge_on_admit.setChecked(settings.badge_on_admit)
        self.badge_printer = setting_field(QComboBox(self), "badge_printer")
        self.badge_printer.setEditable(True)  # a printer's name, or pdf:FOLDER
        self.badge_printer.setEditText(settings.badge_printer)
        self.badge_layout = setting_field(QComboBox(self), "badge_layout")
        for key in LAYOUTS:
            self.badge_layout.addItem("", key)  # named in retranslate()
        self.badge_layout.setCurrentIndex(max(0, self.badge_layout.findData(settings.badge_layout)))
        self.badge_notes_band = setting_field(QCheckBox(self), "badge_notes_band")
        self.badge_notes_band.setChecked(settings.badge_notes_band)
        self.badge_qr = setting_field(QCheckBox(self), "badge_qr")
        self.badge_qr.setChecked(settings.badge_qr)
        self.badge_preview = BadgePreview(self)
        form = QFormLayout()
        form.addRow(self.badge_on_admit)
        add_row(form, self.badge_printer)
        add_row(form, self.badge_layout)
        form.addRow(self.badge_notes_band)
        form.addRow(self.badge_qr)
        # the preview beside the options, as on the camera tab: under them it had too
        # little height for a portrait label and was cut
        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addWidget(self.badge_preview, 1)
        self.badge_layout.currentIndexChanged.connect(self.update_badge_preview)
        self.badge_notes_band.toggled.connect(self.update_badge_preview)
        self.badge_qr.toggled.connect(self.update_badge_preview)
        self.retranslate()
        self.update_badge_preview()

    def retranslate(self) -> None:
        """The label sizes' names in the language installed (their keys stay)."""
        for index in range(self.badge_layout.count()):
            key = self.badge_layout.itemData(index)
            self.badge_layout.setItemText(index, layout_name(key))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "badge_preview"):
            self.retranslate()

    def update_badge_preview(self, *_: object) -> None:
        self.badge_preview.show_badge(self.badge_layout.currentData(),
                                      notes_band=self.badge_notes_band.isChecked(),
                                      qr=self.badge_qr.isChecked())

    def printers_found(self, names: list[str]) -> None:
        typed = self.badge_printer.currentText()
        self.badge_printer.clear()
        self.badge_printer.addItems([*names, "pdf:~/badges"])
        self.badge_printer.setEditText(typed)

    def values(self) -> dict[str, Any]:
        """The settings fields this page edits, as chosen now."""
        return {
            "badge_printer": self.badge_printer.currentText().strip(),
            "badge_layout": self.badge_layout.currentData(),
            "badge_on_admit": self.badge_on_admit.isChecked(),
            "badge_notes_band": self.badge_notes_band.isChecked(),
            "badge_qr": self.badge_qr.isChecked(),
        }


class MovesPage(QWidget):
    """Entry and exit (issue 20): the door's mode, re-entry, the occupancy limit and parties
    that arrive in parts. Its words are its own (context ``MovesPage``), set here."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        from kiosk.rules import DOOR_MODES

        super().__init__(parent)
        self.door_mode = setting_field(QComboBox(self), "door_mode")
        for mode in DOOR_MODES:
            self.door_mode.addItem("", mode)  # named in retranslate()
        self.door_mode.setCurrentIndex(max(0, self.door_mode.findData(settings.door_mode)))
        self.allow_reentry = setting_field(QCheckBox(self), "allow_reentry")
        self.allow_reentry.setChecked(settings.allow_reentry)
        self.max_inside = setting_field(spin_box(0, 1_000_000, settings.max_inside, self),
                                        "max_inside")
        self.partial_parties = setting_field(QCheckBox(self), "partial_parties")
        self.partial_parties.setChecked(settings.partial_parties)
        self.form = QFormLayout(self)
        add_row(self.form, self.door_mode)
        self.form.addRow(self.allow_reentry)
        add_row(self.form, self.max_inside)
        self.form.addRow(self.partial_parties)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"entry": self.tr("Entry"), "exit": self.tr("Exit"),
                 "both": self.tr("Both ways (inside goes out, outside comes in)")}
        for index in range(self.door_mode.count()):
            self.door_mode.setItemText(index, names[self.door_mode.itemData(index)])
        self.allow_reentry.setText(self.tr("Let a party that left come in again"))
        self.partial_parties.setText(self.tr("Self-service asks how many of a party are here"))
        self.max_inside.setSpecialValueText(self.tr("no limit"))
        set_row_label(self, self.door_mode, self.tr("Door &mode"))
        set_row_label(self, self.max_inside, self.tr("Most people inside"))
        for widget, name in ((self.door_mode, self.tr("Door mode")),
                             (self.allow_reentry, self.tr("Allow re-entry")),
                             (self.max_inside, self.tr("Most people inside")),
                             (self.partial_parties, self.tr("Parties in parts"))):
            widget.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form"):
            self.retranslate()

    def values(self) -> dict[str, Any]:
        """The settings fields this page edits, as chosen now."""
        return {"door_mode": self.door_mode.currentData(),
                "allow_reentry": self.allow_reentry.isChecked(),
                "max_inside": self.max_inside.value(),
                "partial_parties": self.partial_parties.isChecked()}


LAYOUT_NAMES = {
    "62x100mm": QT_TRANSLATE_NOOP("BadgesPage", "62 × 100 mm (Brother QL 62 mm roll, cut)"),
    "89x36mm": QT_TRANSLATE_NOOP("BadgesPage", "89 × 36 mm (DYMO 99012 large address)"),
    "4x3in": QT_TRANSLATE_NOOP("BadgesPage", "4 × 3 in (Zebra / direct thermal 4 in roll)"),
    "a6": QT_TRANSLATE_NOOP("BadgesPage", "A6 (105 × 148 mm, any office printer)"),
}
"""The names of :data:`kiosk.badges.layouts.LAYOUTS` (which has no Qt), for lupdate."""


def layout_name(key: str) -> str:
    """A label size's name in the UI's language (the core's English for one not listed)."""
    from kiosk.badges.layouts import LAYOUTS

    name = LAYOUT_NAMES.get(key)
    return QCoreApplication.translate("BadgesPage", name) if name else LAYOUTS[key].label


def badge_printers() -> list[str]:
    """The system's printers (CUPS or the spooler can be slow: called on the system lane)."""
    from kiosk.ui.badge_print import system_printers

    return system_printers()


class EventsList(QListWidget):
    """The events this door admits to (issue 20), ticked among the account's events this data
    folder knows (listed with each sync). The door's first event is always ticked: it is the
    doors' network's, changed by the setup wizard."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.loaded = False
        self.setObjectName("eventsList")
        self.setMaximumHeight(120)

    def fill(self, events: list[Event]) -> None:
        """Worker answer: the known events, ticked as the settings say."""
        self.clear()
        served = self.settings.served_events
        known = {e.id: e for e in events}
        for event_id in served:  # a served event not listed (yet) still shows, by its id
            known.setdefault(event_id, Event(id=event_id, title=event_id))
        for event in sorted(known.values(), key=lambda e: (e.id not in served[:1], e.title)):
            item = QListWidgetItem(event.title, self)
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.id in served
                               else Qt.CheckState.Unchecked)
            if served and event.id == served[0]:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.loaded = True

    def event_ids(self) -> tuple[str, ...]:
        """The ticked events besides the first (the settings' ``event_ids``)."""
        if not self.loaded:
            return self.settings.event_ids
        first = self.settings.event_id
        ticked = (self.item(i) for i in range(self.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in ticked
                     if item.checkState() == Qt.CheckState.Checked
                     and item.data(Qt.ItemDataRole.UserRole) != first)
