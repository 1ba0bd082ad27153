"""Settings: camera (with live preview), decoder, door behaviour, sound, language, self-service.

Every control edits one field of the typed :class:`kiosk.settings.Settings` table and takes its
tooltip from that field's one-line description (translated: :mod:`kiosk.ui.setting_docs`). The API key
is shown masked only; a new one replaces it in the keyring, or without one in the key file
(:mod:`kiosk.keys`, with a passphrase staff choose).

The dialog opens at once: probing the cameras and reading or writing the keyring can take
seconds (a USB camera waking up, a keyring asking to be unlocked), so they run on the
``system`` worker lane and fill the dialog in when they answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.logs import mask
from kiosk.models import Event
from kiosk.settings import Settings
from kiosk.ui.camera import Camera
from kiosk.ui.door_check import DoorCheckPage
from kiosk.ui.doors_page import DoorsPage
from kiosk.ui.i18n import LANGUAGES, add_row, set_row_label
from kiosk.ui.kiosk_mode import SetPinDialog
from kiosk.ui.passphrase import NewPassphraseDialog
from kiosk.ui.pin import hash_pin
from kiosk.ui.plain import plain
from kiosk.ui.sections import SectionList
from kiosk.ui.setting_docs import setting_tooltip
from kiosk.ui.settings_pages import (
    BadgesPage,
    CameraPage,
    EventsList,
    MovesPage,
    badge_printers,
    list_camera_choices,
    setting_field,
    spin_box,
)
from kiosk.ui.tasks import Tasks

log = logging.getLogger("kiosk.ui")

def _saved_key(api_url: str) -> str | None:
    """Worker thread: the key saved in the keyring for ``api_url``."""
    from kiosk.secrets import get_api_key

    return get_api_key(api_url)


class SettingsDialog(QDialog):
    """Every setting staff may change while the kiosk runs, in tabs, saved on Save.

    It owns the connection, door and self-service controls, and the camera and badges pages
    (:mod:`kiosk.ui.settings_pages`); it names them all in :meth:`retranslate`. Saving
    writes a new key to the keyring and then the settings file, both off the GUI thread, and
    closes only once both are kept (:attr:`saved_settings`)."""

    key_loaded = Signal()  # the saved key was read from the keyring

    def __init__(self, settings: Settings, data_dir: Path | None = None, *,
                 api_key: str | None = None, camera: Camera | None = None, tasks: Tasks | None = None,
                 parent: QWidget | None = None, door: Any = None,
                 known_events: Callable[[], list[Event]] | None = None) -> None:
        """``api_key``: the saved key when the caller already has it; else it is read from
        the keyring in the background. ``door``: the running door, for the Doors tab.
        ``known_events``: the account's events the data folder knows, read on a worker, to
        tick the events this door admits to (issue 20)."""
        super().__init__(parent)
        self.running_door = door  # ``door`` below is the Door tab's widget
        self._own_tasks = tasks is None
        self.tasks = tasks or Tasks(parent=self)
        self.saving_key = False
        self.saving_settings = False
        self.saved_settings: Settings | None = None  # what was written, once it is on disk
        self.original = settings
        self.data_dir = data_dir
        self.new_api_key: str | None = None
        # up while staff choose a passphrase for the key file (no keyring here)
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self.pin_hash = settings.kiosk_pin_hash
        self._tabs = tabs = QTabWidget(self)

        # connection
        conn = QWidget(self)
        f = QFormLayout(conn)
        self.api_url = setting_field(QLineEdit(settings.api_url, conn), "api_url")
        self.key_label = QLabel(mask(api_key or "") if api_key else self.tr("reading the keyring…"),
                                conn)
        self._key_words = self._key_states()  # the key label's words, for retranslate()
        self.new_key = QLineEdit(conn)
        self.new_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.event_label = QLabel(settings.event_id or "—", conn)
        plain(self.key_label, self.event_label)
        self.events_list = EventsList(settings, conn)
        self.device = setting_field(QLineEdit(settings.device_name, conn), "device_name")
        self.sync_interval = setting_field(spin_box(10, 3600, settings.sync_interval_s, conn),
                                           "sync_interval_s")
        self.push_interval = setting_field(spin_box(1, 600, settings.push_interval_s, conn),
                                           "push_interval_s")
        for field in (self.api_url, self.key_label, self.new_key, self.event_label,
                      self.events_list, self.device,
                      self.sync_interval, self.push_interval):
            add_row(f, field)
        tabs.addTab(conn, "")

        self.camera_page = CameraPage(settings, camera, self)
        tabs.addTab(self.camera_page, "")

        # door
        door = QWidget(self)
        df = QFormLayout(door)
        self.allow_pending = setting_field(QCheckBox(door), "allow_pending")
        self.allow_pending.setChecked(settings.allow_pending)
        self.sound = setting_field(QCheckBox(door), "sound")
        self.sound.setChecked(settings.sound)
        self.speak = setting_field(QCheckBox(door), "speak")
        self.speak.setChecked(settings.speak)
        self.large_text = setting_field(QCheckBox(door), "large_text")
        self.large_text.setChecked(settings.large_text)
        self.language = setting_field(QComboBox(door), "language")
        self.language.addItem("", "")  # the system's language, named by retranslate()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.doors_open = setting_field(spin_box(0, 1440, settings.doors_open_min, door),
                                        "doors_open_min")
        for box in (self.allow_pending, self.sound, self.speak, self.large_text):
            df.addRow(box)
        add_row(df, self.language)
        add_row(df, self.doors_open)
        tabs.addTab(door, "")

        self.badges_page = BadgesPage(settings, self)
        tabs.addTab(self.badges_page, "")
        self.moves_page = MovesPage(settings, self)  # issue 20: entry and exit
        tabs.addTab(self.moves_page, "")

        # self-service
        kiosk = QWidget(self)
        kf = QFormLayout(kiosk)
        self.pin_state = QLabel(kiosk)
        self.pin_button = QPushButton(kiosk)
        self.pin_button.clicked.connect(self.set_pin)
        self.staff_codes = setting_field(QLineEdit(", ".join(settings.staff_codes), kiosk),
                                         "staff_codes")
        add_row(kf, self.pin_state)
        kf.addRow(self.pin_button)
        add_row(kf, self.staff_codes)
        self.kiosk_error = QLabel(kiosk)  # a PIN without a staff code is refused on Save
        self.kiosk_error.setObjectName("fieldError")
        self.kiosk_error.setWordWrap(True)
        kf.addRow(self.kiosk_error)
        self._kiosk_tab = tabs.addTab(kiosk, "")
        # "will this door work today?": kiosk doctor's checks on a button (issue 21)
        self.check_page = DoorCheckPage(lambda: self.original, data_dir, self.tasks, camera, self)
        tabs.addTab(self.check_page, "")

        self.doors_page = DoorsPage(self.running_door, self.tasks, self)  # issue 21: invite, remove
        tabs.addTab(self.doors_page, "")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_error = QLabel(self)  # why the last save failed, if it did
        self.save_error.setObjectName("fieldError")
        self.save_error.setWordWrap(True)
        plain(self.save_error)
        self.save_error.hide()  # takes room only when there is something to say
        self.sections = SectionList(tabs, self)  # every section's name whole, at any size
        pages = QHBoxLayout()
        pages.addWidget(self.sections)
        pages.addWidget(tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pages)
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self.retranslate()

        self.tasks.run(list_camera_choices, on_done=self.camera_page.cameras_found,
                       lane="system", name="list_cameras")
        self.tasks.run(badge_printers, on_done=self.badges_page.printers_found, lane="system",
                       name="list_printers")
        if known_events is not None:
            self.tasks.run(known_events, on_done=self.events_list.fill, lane="system",
                           name="known_events")
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
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "badges_page"):
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog and its pages, in the language installed now: at start,
        and on each LanguageChange (the attract screen's language button, or a language
        saved here: Qt sends it to every open window)."""
        self.setWindowTitle(self.tr("Settings"))
        source = self._key_words.get(self.key_label.text())
        self._key_words = self._key_states()
        if source is not None:  # a masked key or an error message has no words of ours
            self.key_label.setText(self.tr(source))
        tabs, cam, badges = self._tabs, self.camera_page, self.badges_page
        tabs.setAccessibleName(self.tr("Settings sections"))
        for page, title in ((self.api_url, self.tr("Connection")), (cam.preview, self.tr("Camera")),
                            (self.allow_pending, self.tr("Door")),
                            (badges.badge_preview, self.tr("Badges")),
                            (self.moves_page.door_mode, self.tr("Entry and exit")),
                            (self.pin_state, self.tr("Self-service")),
                            (self.check_page.intro, self.tr("Check this door"))):
            tabs.setTabText(tabs.indexOf(page.parentWidget()), title)
        tabs.setTabText(tabs.indexOf(self.doors_page), self.tr("Doors"))
        self.sections.take_names()
        self.sections.setAccessibleName(self.tr("Settings sections"))
        for widget, accessible in (
            (self.api_url, self.tr("API URL")), (self.key_label, self.tr("Saved API key (masked)")),
            (self.new_key, self.tr("New API key")), (self.device, self.tr("Device name")),
            (self.events_list, self.tr("Events this door admits to")),
            (self.sync_interval, self.tr("Sync interval")),
            (self.push_interval, self.tr("Upload interval")), (cam.camera_choice, self.tr("Camera")),
            (cam.resolution, self.tr("Resolution")), (cam.fps, self.tr("Frame rate")),
            (cam.decoder, self.tr("Decoder")), (cam.cooldown, self.tr("Same-code cooldown")),
            (cam.verdict_hold, self.tr("Verdict hold")),
            (self.allow_pending, self.tr("Admit pending registrations")),
            (self.sound, self.tr("Sound")), (self.speak, self.tr("Speak verdicts")),
            (self.large_text, self.tr("Large text")), (self.language, self.tr("Language")),
            (self.doors_open, self.tr("Doors open before the start (minutes)")),
            (self.staff_codes, self.tr("Staff codes")),
            (badges.badge_on_admit, self.tr("Print badges on admit")),
            (badges.badge_printer, self.tr("Badge printer")),
            (badges.badge_layout, self.tr("Label size")),
            (badges.badge_notes_band, self.tr("Notes band")),
            (badges.badge_qr, self.tr("QR code on badges")),
        ):
            widget.setAccessibleName(accessible)
        self.new_key.setPlaceholderText(self.tr("Enter a new key to replace the saved one"))
        for field, label in (
            (self.api_url, self.tr("API &URL")), (self.key_label, self.tr("Saved key")),
            (self.new_key, self.tr("Replace &key")), (self.event_label, self.tr("Event")),
            (self.events_list, self.tr("Admits to")),
            (self.device, self.tr("&Device name")), (self.sync_interval, self.tr("Sync every (s)")),
            (self.push_interval, self.tr("Upload every (s)")),
            (cam.camera_choice, self.tr("&Camera")), (cam.resolution, self.tr("&Resolution")),
            (cam.fps, self.tr("Frame rate")), (cam.decoder, self.tr("D&ecoder")),
            (cam.symbology_row, self.tr("Symbologies")),
            (cam.cooldown, self.tr("Cooldown (s)")), (cam.verdict_hold, self.tr("Verdict hold (s)")),
            (self.language, self.tr("&Language")),
            (self.doors_open, self.tr("Doors open (min before)")),
            (badges.badge_printer, self.tr("&Printer")),
            (badges.badge_layout, self.tr("Label &size")), (self.pin_state, self.tr("Staff PIN")),
            (self.staff_codes, self.tr("Staff &codes (comma separated)")),
        ):
            set_row_label(self, field, label)
        for name, box in cam.symbologies.items():
            box.setAccessibleName(self.tr("Look for {name} codes").format(name=name.upper()))
        for button, text in (
            (cam.preview_button, self.tr("&Preview this camera")),
            (self.allow_pending, self.tr("Admit pending registrations (awaiting payment)")),
            (self.sound, self.tr("Play sounds")), (self.speak, self.tr("Speak each verdict aloud")),
            (self.large_text, self.tr("Large text")),
            (badges.badge_on_admit, self.tr("Print a badge when someone is admitted")),
            (badges.badge_notes_band, self.tr("Notes as a coloured band")),
            (badges.badge_qr, self.tr("QR code of the registration")),
            (self.pin_button, self.tr("Set staff &PIN…")),
        ):
            button.setText(text)
        self.language.setItemText(0, self.tr("System language"))
        self._show_pin_state()
        for widget in self.findChildren(QWidget):
            if widget.property("settingField"):
                widget.setToolTip(setting_tooltip(widget.property("settingField")))

    def _key_loaded(self, key: str | None) -> None:
        self.key_label.setText(mask(key or "") or self.tr("no key saved"))
        self.key_loaded.emit()

    def _key_unreadable(self, error: BaseException) -> None:
        self.key_label.setText(self.tr("keyring unavailable: {why}").format(why=error))
        self.key_loaded.emit()

    def _show_pin_state(self) -> None:
        self.pin_state.setText(self.tr("set") if self.pin_hash else self.tr("not set"))

    def set_pin(self) -> None:
        dialog = SetPinDialog(self)
        if dialog.exec():
            self.pin_hash = hash_pin(dialog.value())
            self._show_pin_state()

    def result_settings(self) -> Settings:
        codes = tuple(c.strip() for c in self.staff_codes.text().split(",") if c.strip())
        return self.original.with_(
            api_url=self.api_url.text().strip().rstrip("/") or self.original.api_url,
            device_name=self.device.text().strip(),
            event_ids=self.events_list.event_ids(),
            sync_interval_s=self.sync_interval.value(),
            push_interval_s=self.push_interval.value(),
            **self.camera_page.values(),
            allow_pending=self.allow_pending.isChecked(),
            doors_open_min=self.doors_open.value(),
            sound=self.sound.isChecked(),
            speak=self.speak.isChecked(),
            large_text=self.large_text.isChecked(),
            language=self.language.currentData(),
            kiosk_pin_hash=self.pin_hash,
            staff_codes=codes,
            **self.badges_page.values(),
            **self.moves_page.values(),
        )

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
        self.saving_key = True
        self.key_label.setText(self.tr("saving the key…"))
        self._store_key(key, None)

    def _store_key(self, key: str, passphrase: str | None) -> None:
        """The key where :func:`kiosk.keys.store` keeps it (the keyring, else the key file),
        on the ``system`` lane; without a keyring the first try comes back asking for a
        passphrase, as the setup and ``kiosk login`` ask for one."""
        from kiosk import keys

        url, data_dir = self.result_settings().api_url, self.data_dir
        self.tasks.run(lambda: keys.store(data_dir, url, key, lambda: passphrase),
                       on_done=lambda _: self._key_saved(key),
                       on_error=lambda error: self._key_not_saved(error, key),
                       lane="system", name="save_key")

    def _key_saved(self, key: str) -> None:
        self.saving_key = False
        self.new_api_key = key
        self._save_settings()

    def _key_not_saved(self, error: BaseException, key: str | None = None) -> None:
        from kiosk.keys import NeedPassphrase

        if isinstance(error, NeedPassphrase) and key and self.data_dir is not None:
            dialog = self.passphrase_dialog = NewPassphraseDialog(self)
            dialog.accepted.connect(lambda: self._store_key(key, dialog.take()))
            dialog.rejected.connect(lambda: self._key_not_saved(error))
            dialog.open()
            return
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
        self.camera_page.end_preview(restore=False)
        super().accept()

    def reject(self) -> None:
        if self.saving_settings:  # the file is being written: cancelling now would leave it
            return                # saved but not applied
        self.camera_page.end_preview(restore=True)
        super().reject()

    def done(self, result: int) -> None:
        if self._own_tasks:
            self.tasks.shutdown(wait=False)  # a camera probe still running is not waited for
        super().done(result)
