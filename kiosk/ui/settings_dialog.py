"""Settings: camera (with live preview), decoder, door behaviour, sound, language, self-service.

Every control edits one field of the typed :class:`kiosk.settings.Settings` table and takes its
tooltip from that field's one-line description (translated: :mod:`kiosk.ui.setting_docs`). The API key
is shown masked only; a new one replaces it in the keyring.

The dialog opens at once: probing the cameras and reading or writing the keyring can take
seconds (a USB camera waking up, a keyring asking to be unlocked), so they run on the
``system`` worker lane and fill the dialog in when they answer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.logs import mask
from kiosk.settings import Settings
from kiosk.ui.camera import Camera
from kiosk.ui.plain import plain
from kiosk.ui.preview import Preview
from kiosk.ui.setting_docs import setting_tooltip
from kiosk.ui.i18n import LANGUAGES, set_row_label
from kiosk.ui.kiosk_mode import SetPinDialog
from kiosk.ui.pin import hash_pin
from kiosk.ui.tasks import Tasks

log = logging.getLogger("kiosk.ui")

RESOLUTIONS = ((640, 480), (1280, 720), (1920, 1080))
SYMBOLOGIES = ("qr", "code128", "pdf417", "aztec")
DECODERS = ("zxing", "pyzbar")


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


def _saved_key(api_url: str) -> str | None:
    """Worker thread: the key saved in the keyring for ``api_url``."""
    from kiosk.secrets import get_api_key

    return get_api_key(api_url)


class SettingsDialog(QDialog):
    cameras_listed = Signal()  # the camera probe answered (tests, accessibility tools)
    key_loaded = Signal()  # the saved key was read from the keyring

    def __init__(self, settings: Settings, data_dir: Path | None = None, *,
                 api_key: str | None = None, camera: Camera | None = None, tasks: Tasks | None = None,
                 parent: QWidget | None = None) -> None:
        """``api_key``: the saved key when the caller already has it; else it is read from
        the keyring in the background."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._own_tasks = tasks is None
        self.tasks = tasks or Tasks(parent=self)
        self.saving_key = False
        self.saving_settings = False
        self.saved_settings: Settings | None = None  # what was written, once it is on disk
        self.original = settings
        self.data_dir = data_dir
        self.camera = camera
        self.new_api_key: str | None = None
        self.pin_hash = settings.kiosk_pin_hash
        self._previewing = False
        self._was_running: tuple[Settings, str | None, bool, bool] | None = None
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Settings sections"))

        # connection
        conn = QWidget(self)
        f = QFormLayout(conn)
        self.api_url = self._doc(QLineEdit(settings.api_url, conn), "api_url", self.tr("API URL"))
        self.key_label = QLabel(mask(api_key or "") if api_key else self.tr("reading the keyring…"),
                                conn)
        self.key_label.setAccessibleName(self.tr("Saved API key (masked)"))
        self._key_words = self._key_states()  # the key label's words, for retranslate()
        self.new_key = QLineEdit(conn)
        self.new_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_key.setPlaceholderText(self.tr("Enter a new key to replace the saved one"))
        self.new_key.setAccessibleName(self.tr("New API key"))
        self.event_label = QLabel(settings.event_id or "—", conn)
        plain(self.key_label, self.event_label)
        self.device = self._doc(QLineEdit(settings.device_name, conn), "device_name",
                                self.tr("Device name"))
        self.sync_interval = self._doc(self._spin(10, 3600, settings.sync_interval_s, conn),
                                       "sync_interval_s", self.tr("Sync interval"))
        self.push_interval = self._doc(self._spin(1, 600, settings.push_interval_s, conn),
                                       "push_interval_s", self.tr("Upload interval"))
        f.addRow(self.tr("API &URL"), self.api_url)
        f.addRow(self.tr("Saved key"), self.key_label)
        f.addRow(self.tr("Replace &key"), self.new_key)
        f.addRow(self.tr("Event"), self.event_label)
        f.addRow(self.tr("&Device name"), self.device)
        f.addRow(self.tr("Sync every (s)"), self.sync_interval)
        f.addRow(self.tr("Upload every (s)"), self.push_interval)
        tabs.addTab(conn, self.tr("Connection"))

        # camera and decoder
        cam = QWidget(self)
        cl = QHBoxLayout(cam)
        cf = QFormLayout()
        self.camera_choice = self._doc(QComboBox(cam), "camera_source", self.tr("Camera"))
        self.camera_choice.setEditable(True)  # a video file or stream URL also works
        self.camera_choice.setEditText(settings.camera_source)  # the list follows (probe)
        self.resolution = self._doc(QComboBox(cam), "camera_width", self.tr("Resolution"))
        for w, h in RESOLUTIONS:
            self.resolution.addItem(f"{w} × {h}", (w, h))
        res = self.resolution.findData((settings.camera_width, settings.camera_height))
        if res < 0:
            self.resolution.addItem(f"{settings.camera_width} × {settings.camera_height}",
                                    (settings.camera_width, settings.camera_height))
            res = self.resolution.count() - 1
        self.resolution.setCurrentIndex(res)
        self.fps = self._doc(self._spin(5, 60, settings.camera_fps, cam), "camera_fps",
                             self.tr("Frame rate"))
        self.decoder = self._doc(QComboBox(cam), "decoder", self.tr("Decoder"))
        for name in DECODERS:
            self.decoder.addItem(name, name)
        self.decoder.setCurrentIndex(max(0, self.decoder.findData(settings.decoder)))
        self.symbologies = {}
        sym_row = QHBoxLayout()
        for name in SYMBOLOGIES:
            box = QCheckBox(name.upper(), cam)
            box.setChecked(name in settings.symbologies)
            box.setAccessibleName(self.tr("Look for {name} codes").format(name=name.upper()))
            self.symbologies[name] = box
            sym_row.addWidget(box)
        self.cooldown = QDoubleSpinBox(cam)
        self.cooldown.setRange(0.5, 30)
        self.cooldown.setValue(settings.scan_cooldown_s)
        self._doc(self.cooldown, "scan_cooldown_s", self.tr("Same-code cooldown"))
        self.verdict_hold = QDoubleSpinBox(cam)
        self.verdict_hold.setRange(0, 30)
        self.verdict_hold.setValue(settings.verdict_hold_s)
        self._doc(self.verdict_hold, "verdict_hold_s", self.tr("Verdict hold"))
        self.preview_button = QPushButton(self.tr("&Preview this camera"), cam)
        self.preview_button.clicked.connect(self.preview_camera)
        self.preview = Preview(cam)
        self.preview.setMinimumSize(320, 240)
        cf.addRow(self.tr("&Camera"), self.camera_choice)
        cf.addRow(self.tr("&Resolution"), self.resolution)
        cf.addRow(self.tr("Frame rate"), self.fps)
        cf.addRow(self.tr("D&ecoder"), self.decoder)
        cf.addRow(self.tr("Symbologies"), sym_row)
        cf.addRow(self.tr("Cooldown (s)"), self.cooldown)
        cf.addRow(self.tr("Verdict hold (s)"), self.verdict_hold)
        cf.addRow(self.preview_button)
        cl.addLayout(cf, 1)
        cl.addWidget(self.preview, 1)
        tabs.addTab(cam, self.tr("Camera"))

        # door
        door = QWidget(self)
        df = QFormLayout(door)
        self.allow_pending = self._doc(
            QCheckBox(self.tr("Admit pending registrations (awaiting payment)"), door),
            "allow_pending", self.tr("Admit pending registrations"))
        self.allow_pending.setChecked(settings.allow_pending)
        self.sound = self._doc(QCheckBox(self.tr("Play sounds"), door), "sound", self.tr("Sound"))
        self.sound.setChecked(settings.sound)
        self.speak = self._doc(QCheckBox(self.tr("Speak each verdict aloud"), door), "speak",
                               self.tr("Speak verdicts"))
        self.speak.setChecked(settings.speak)
        self.large_text = self._doc(QCheckBox(self.tr("Large text"), door), "large_text",
                                    self.tr("Large text"))
        self.large_text.setChecked(settings.large_text)
        self.language = self._doc(QComboBox(door), "language", self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        df.addRow(self.allow_pending)
        df.addRow(self.sound)
        df.addRow(self.speak)
        df.addRow(self.large_text)
        df.addRow(self.tr("&Language"), self.language)
        tabs.addTab(door, self.tr("Door"))

        # badges (issue 12): printer, label size, options, and a live preview
        self._build_badges_tab(tabs, settings)

        # self-service
        kiosk = QWidget(self)
        kf = QFormLayout(kiosk)
        self.pin_state = QLabel(kiosk)
        self.pin_button = QPushButton(self.tr("Set staff &PIN…"), kiosk)
        self.pin_button.clicked.connect(self.set_pin)
        self.staff_codes = self._doc(QLineEdit(", ".join(settings.staff_codes), kiosk),
                                     "staff_codes", self.tr("Staff codes"))
        kf.addRow(self.tr("Staff PIN"), self.pin_state)
        kf.addRow(self.pin_button)
        kf.addRow(self.tr("Staff &codes (comma separated)"), self.staff_codes)
        self.kiosk_error = QLabel(kiosk)  # a PIN without a staff code is refused on Save
        self.kiosk_error.setObjectName("fieldError")
        self.kiosk_error.setWordWrap(True)
        kf.addRow(self.kiosk_error)
        self._kiosk_tab = tabs.addTab(kiosk, self.tr("Self-service"))
        self._tabs = tabs
        self._show_pin_state()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_error = QLabel(self)  # why the last save failed, if it did
        self.save_error.setObjectName("fieldError")
        self.save_error.setWordWrap(True)
        plain(self.save_error)
        self.save_error.hide()  # takes room only when there is something to say
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)
        self.resize(820, 520)

        self.tasks.run(list_camera_choices, on_done=self._cameras_listed, lane="system",
                       name="list_cameras")
        self.tasks.run(_badge_printers, on_done=self._printers_listed, lane="system",
                       name="list_printers")
        if api_key is None:
            url = settings.api_url
            self.tasks.run(lambda: _saved_key(url), on_done=self._key_loaded,
                           on_error=self._key_unreadable, lane="system", name="read_key")

    def _key_states(self) -> dict[str, str]:
        """The key label's fixed texts in the language now installed, by source text."""
        return {self.tr("reading the keyring…"): "reading the keyring…",
                self.tr("no key saved"): "no key saved", self.tr("saving the key…"): "saving the key…"}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "badge_qr"):
            self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now (the attract screen's language button,
        or a language saved here): Qt sends LanguageChange to every open window."""
        self.setWindowTitle(self.tr("Settings"))
        source = self._key_words.get(self.key_label.text())
        self._key_words = self._key_states()
        if source is not None:  # a masked key or an error message has no words of ours
            self.key_label.setText(self.tr(source))
        tabs = self.findChild(QTabWidget)
        tabs.setAccessibleName(self.tr("Settings sections"))
        for page, title in ((self.api_url, self.tr("Connection")), (self.preview, self.tr("Camera")),
                            (self.allow_pending, self.tr("Door")),
                            (self.badge_preview, self.tr("Badges")),
                            (self.pin_state, self.tr("Self-service"))):
            tabs.setTabText(tabs.indexOf(page.parentWidget()), title)
        for widget, accessible in (
            (self.api_url, self.tr("API URL")), (self.key_label, self.tr("Saved API key (masked)")),
            (self.new_key, self.tr("New API key")), (self.device, self.tr("Device name")),
            (self.sync_interval, self.tr("Sync interval")),
            (self.push_interval, self.tr("Upload interval")), (self.camera_choice, self.tr("Camera")),
            (self.resolution, self.tr("Resolution")), (self.fps, self.tr("Frame rate")),
            (self.decoder, self.tr("Decoder")), (self.cooldown, self.tr("Same-code cooldown")),
            (self.verdict_hold, self.tr("Verdict hold")),
            (self.allow_pending, self.tr("Admit pending registrations")),
            (self.sound, self.tr("Sound")), (self.speak, self.tr("Speak verdicts")),
            (self.large_text, self.tr("Large text")), (self.language, self.tr("Language")),
            (self.staff_codes, self.tr("Staff codes")),
            (self.badge_on_admit, self.tr("Print badges on admit")),
            (self.badge_printer, self.tr("Badge printer")), (self.badge_layout, self.tr("Label size")),
            (self.badge_notes_band, self.tr("Notes band")), (self.badge_qr, self.tr("QR code on badges")),
        ):
            widget.setAccessibleName(accessible)
        box = self.symbologies[SYMBOLOGIES[0]]
        symbology_row = next(row for row in self.findChildren(QHBoxLayout) if row.indexOf(box) >= 0)
        self.new_key.setPlaceholderText(self.tr("Enter a new key to replace the saved one"))
        for field, label in (
            (self.api_url, self.tr("API &URL")), (self.key_label, self.tr("Saved key")),
            (self.new_key, self.tr("Replace &key")), (self.event_label, self.tr("Event")),
            (self.device, self.tr("&Device name")), (self.sync_interval, self.tr("Sync every (s)")),
            (self.push_interval, self.tr("Upload every (s)")),
            (self.camera_choice, self.tr("&Camera")), (self.resolution, self.tr("&Resolution")),
            (self.fps, self.tr("Frame rate")), (self.decoder, self.tr("D&ecoder")),
            (symbology_row, self.tr("Symbologies")),
            (self.cooldown, self.tr("Cooldown (s)")), (self.verdict_hold, self.tr("Verdict hold (s)")),
            (self.language, self.tr("&Language")), (self.badge_printer, self.tr("&Printer")),
            (self.badge_layout, self.tr("Label &size")), (self.pin_state, self.tr("Staff PIN")),
            (self.staff_codes, self.tr("Staff &codes (comma separated)")),
        ):
            set_row_label(self, field, label)
        for name, box in self.symbologies.items():
            box.setAccessibleName(self.tr("Look for {name} codes").format(name=name.upper()))
        self.preview_button.setText(self.tr("&Preview this camera"))
        self.allow_pending.setText(self.tr("Admit pending registrations (awaiting payment)"))
        self.sound.setText(self.tr("Play sounds"))
        self.speak.setText(self.tr("Speak each verdict aloud"))
        self.large_text.setText(self.tr("Large text"))
        self.language.setItemText(0, self.tr("System language"))
        self.badge_on_admit.setText(self.tr("Print a badge when someone is admitted"))
        self.badge_notes_band.setText(self.tr("Notes as a coloured band"))
        self.badge_qr.setText(self.tr("QR code of the registration"))
        self.pin_button.setText(self.tr("Set staff &PIN…"))
        self._show_pin_state()
        for widget in self.findChildren(QWidget):
            if widget.property("settingField"):
                widget.setToolTip(setting_tooltip(widget.property("settingField")))

    def _cameras_listed(self, choices: list[tuple[str, str]]) -> None:
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

    def _key_loaded(self, key: str | None) -> None:
        self.key_label.setText(mask(key or "") or self.tr("no key saved"))
        self.key_loaded.emit()

    def _key_unreadable(self, error: BaseException) -> None:
        self.key_label.setText(self.tr("keyring unavailable: {why}").format(why=error))
        self.key_loaded.emit()

    def _doc(self, widget, field: str, accessible: str):
        widget.setToolTip(setting_tooltip(field))
        widget.setProperty("settingField", field)  # for retranslate()
        widget.setAccessibleName(accessible)
        return widget

    @staticmethod
    def _spin(lo: int, hi: int, value: int, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(lo, hi)
        spin.setValue(value)
        return spin

    def _show_pin_state(self) -> None:
        self.pin_state.setText(self.tr("set") if self.pin_hash else self.tr("not set"))

    def set_pin(self) -> None:
        dialog = SetPinDialog(self)
        if dialog.exec():
            self.pin_hash = hash_pin(dialog.value())
            self._show_pin_state()

    def camera_source(self) -> str:
        text = self.camera_choice.currentText()
        data = self.camera_choice.currentData()
        index = self.camera_choice.findText(text)
        return str(data) if index >= 0 and data is not None else text.strip()

    def result_settings(self) -> Settings:
        w, h = self.resolution.currentData()
        codes = tuple(c.strip() for c in self.staff_codes.text().split(",") if c.strip())
        return self.original.with_(
            api_url=self.api_url.text().strip().rstrip("/") or self.original.api_url,
            device_name=self.device.text().strip(),
            sync_interval_s=self.sync_interval.value(),
            push_interval_s=self.push_interval.value(),
            camera_source=self.camera_source(),
            camera_width=w, camera_height=h, camera_fps=self.fps.value(),
            decoder=self.decoder.currentData(),
            symbologies=tuple(n for n, box in self.symbologies.items() if box.isChecked()) or ("qr",),
            scan_cooldown_s=self.cooldown.value(),
            verdict_hold_s=self.verdict_hold.value(),
            allow_pending=self.allow_pending.isChecked(),
            sound=self.sound.isChecked(),
            speak=self.speak.isChecked(),
            large_text=self.large_text.isChecked(),
            language=self.language.currentData(),
            kiosk_pin_hash=self.pin_hash,
            staff_codes=codes,
            badge_printer=self.badge_printer.currentText().strip(),
            badge_layout=self.badge_layout.currentData(),
            badge_on_admit=self.badge_on_admit.isChecked(),
            badge_notes_band=self.badge_notes_band.isChecked(),
            badge_qr=self.badge_qr.isChecked(),
        )

    def _build_badges_tab(self, tabs: QTabWidget, settings: Settings) -> None:
        from kiosk.badges.layouts import LAYOUTS
        from kiosk.ui.badges import BadgePreview

        page = QWidget(self)
        bf = QFormLayout(page)
        self.badge_on_admit = self._doc(
            QCheckBox(self.tr("Print a badge when someone is admitted"), page),
            "badge_on_admit", self.tr("Print badges on admit"))
        self.badge_on_admit.setChecked(settings.badge_on_admit)
        self.badge_printer = self._doc(QComboBox(page), "badge_printer", self.tr("Badge printer"))
        self.badge_printer.setEditable(True)  # a printer's name, or pdf:FOLDER
        self.badge_printer.setEditText(settings.badge_printer)
        self.badge_layout = self._doc(QComboBox(page), "badge_layout", self.tr("Label size"))
        for key, layout in LAYOUTS.items():
            self.badge_layout.addItem(layout.label, key)
        self.badge_layout.setCurrentIndex(max(0, self.badge_layout.findData(settings.badge_layout)))
        self.badge_notes_band = self._doc(QCheckBox(self.tr("Notes as a coloured band"), page),
                                          "badge_notes_band", self.tr("Notes band"))
        self.badge_notes_band.setChecked(settings.badge_notes_band)
        self.badge_qr = self._doc(QCheckBox(self.tr("QR code of the registration"), page),
                                  "badge_qr", self.tr("QR code on badges"))
        self.badge_qr.setChecked(settings.badge_qr)
        self.badge_preview = BadgePreview(page)
        bf.addRow(self.badge_on_admit)
        bf.addRow(self.tr("&Printer"), self.badge_printer)
        bf.addRow(self.tr("Label &size"), self.badge_layout)
        bf.addRow(self.badge_notes_band)
        bf.addRow(self.badge_qr)
        bf.addRow(self.badge_preview)
        self.badge_layout.currentIndexChanged.connect(self.update_badge_preview)
        self.badge_notes_band.toggled.connect(self.update_badge_preview)
        self.badge_qr.toggled.connect(self.update_badge_preview)
        self.update_badge_preview()
        tabs.addTab(page, self.tr("Badges"))

    def update_badge_preview(self, *_: object) -> None:
        self.badge_preview.show_badge(self.badge_layout.currentData(),
                                      notes_band=self.badge_notes_band.isChecked(),
                                      qr=self.badge_qr.isChecked())

    def _printers_listed(self, names: list[str]) -> None:
        typed = self.badge_printer.currentText()
        self.badge_printer.clear()
        self.badge_printer.addItems([*names, "pdf:~/badges"])
        self.badge_printer.setEditText(typed)

    def preview_camera(self) -> None:
        """Show the chosen camera live here (the door's camera switches to it meanwhile)."""
        if self.camera is None:
            return
        if not self._previewing:
            self._was_running = self.camera.started_with if self.camera.running else None
            self.camera.frame.connect(self.preview.set_image)
            self.camera.state.connect(self._preview_state)
            self._previewing = True
        self.camera.start(self.result_settings())

    def _preview_state(self, state: str, detail: str) -> None:
        self.preview.set_message(f"{state}: {detail}")

    def accept(self) -> None:
        """Save: a new key goes to the keyring first, then the settings to their file (both
        in the background: a keyring may ask to be unlocked, and the file is synced to disk);
        the dialog closes when both are kept, and stays open with the reason when not."""
        if self.pin_hash and not self.result_settings().staff_codes:
            # after 10 wrong PINs only a staff code unlocks: without one, nothing would
            self.kiosk_error.setText(self.tr(
                "A staff PIN needs at least one staff code: after 10 wrong PINs only a "
                "scanned staff code unlocks self-service mode. Enter one, then save."))
            self._tabs.setCurrentIndex(self._kiosk_tab)
            self.staff_codes.setFocus()
            return
        key = self.new_key.text().strip()
        if self.saving_key or self.saving_settings:
            return
        if not key:
            self._save_settings()
            return
        from kiosk import secrets

        url = self.result_settings().api_url
        self.saving_key = True
        self.key_label.setText(self.tr("saving the key…"))
        self.tasks.run(lambda: secrets.set_api_key(url, key),
                       on_done=lambda _: self._key_saved(key), on_error=self._key_not_saved,
                       lane="system", name="save_key")

    def _key_saved(self, key: str) -> None:
        self.saving_key = False
        self.new_api_key = key
        self._save_settings()

    def _key_not_saved(self, error: BaseException) -> None:
        self.saving_key = False
        self.key_label.setText(str(error))

    def _save_settings(self) -> None:
        """Write the chosen settings on the ``system`` lane (an fsync can take long on a busy
        or failing disk); :attr:`saved_settings` and closing follow when they are on disk."""
        chosen = self.result_settings()
        if self.data_dir is None:  # nowhere to keep them: the caller applies them for this run
            self.saved_settings = chosen
            self._accepted()
            return
        data_dir = self.data_dir
        self.saving_settings = True
        self.save_error.setText(self.tr("Saving…"))
        self.save_error.show()

        def write() -> None:
            from kiosk import settings as settings_file

            settings_file.save(chosen, data_dir)

        self.tasks.run(write, on_done=lambda _: self._settings_saved(chosen),
                       on_error=self._settings_not_saved, lane="system", name="save_settings")

    def _settings_saved(self, chosen: Settings) -> None:
        self.saving_settings = False
        self.saved_settings = chosen
        self._accepted()

    def _settings_not_saved(self, error: BaseException) -> None:
        self.saving_settings = False
        log.error("settings not saved: %s", error)
        self.save_error.setText(self.tr("The settings were not saved: {why}. Nothing has "
                                        "changed; free some disk space or check the data "
                                        "folder, then save again.").format(why=error))

    def _accepted(self) -> None:
        self._end_preview(restore=False)
        super().accept()

    def reject(self) -> None:
        if self.saving_settings:  # the file is being written: cancelling now would leave it
            return                # saved but not applied
        self._end_preview(restore=True)
        super().reject()

    def done(self, result: int) -> None:
        if self._own_tasks:
            self.tasks.shutdown(wait=False)  # a camera probe still running is not waited for
        super().done(result)

    def _end_preview(self, restore: bool) -> None:
        if self._previewing and self.camera is not None:
            for signal, slot in ((self.camera.frame, self.preview.set_image),
                                 (self.camera.state, self._preview_state)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            if restore:
                # what ran before, as it ran (a demo's looping video stays a looping video)
                if self._was_running is not None:
                    self.camera.restart(self._was_running)
                else:
                    self.camera.stop()
        self._previewing = False


def _badge_printers() -> list[str]:
    """The system's printers (CUPS or the spooler can be slow: called on the system lane)."""
    from kiosk.ui.badge_print import system_printers

    return system_printers()
