"""The one-line descriptions of the settings shown in the Settings dialog, marked for
translation (they are its tooltips).

:mod:`kiosk.settings` is core and never imports Qt, so its field docs cannot be marked there;
``pyside6-lupdate`` finds them here. ``tests/ui/test_i18n.py`` keeps each text equal to the
field's doc, so a changed doc shows up as a string to translate again."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SettingDocs"

DOCS = {
    "api_url": QT_TRANSLATE_NOOP("SettingDocs",
                                 "Base URL of the WebKasa API (paths go under /api/v1)."),
    "device_name": QT_TRANSLATE_NOOP("SettingDocs", 'Shown with every check-in ("checked in at '
                                                    'Door 2"); the host name when empty.'),
    "allow_pending": QT_TRANSLATE_NOOP("SettingDocs", "Admit PENDING registrations (awaiting "
                                                      "payment) instead of sending them to the desk."),
    "door_mode": QT_TRANSLATE_NOOP("SettingDocs", "Which way this door lets people through: "
                                   "``entry``, ``exit`` or ``both`` (a party inside goes out, one "
                                   "outside comes in)."),
    "allow_reentry": QT_TRANSLATE_NOOP("SettingDocs", 'A party that left may come in again '
                                       '("Welcome back"); off: one entry only.'),
    "max_inside": QT_TRANSLATE_NOOP("SettingDocs", "Most people inside at once, every door's (a "
                                    "fire-code limit); 0: no limit."),
    "partial_parties": QT_TRANSLATE_NOOP("SettingDocs", "Self-service asks how many of a party "
                                         "are here, and admits that many."),
    "doors_open_min": QT_TRANSLATE_NOOP("SettingDocs", "Minutes before the event's start the "
                                        "door admits people; earlier, only staff can (\"admit "
                                        "anyway\"), never self-service."),
    "camera_source": QT_TRANSLATE_NOOP("SettingDocs",
                                       "Camera index, video file, image folder or stream URL."),
    "camera_width": QT_TRANSLATE_NOOP("SettingDocs", "Requested capture width in pixels."),
    "camera_fps": QT_TRANSLATE_NOOP("SettingDocs", "Requested capture frame rate."),
    "decoder": QT_TRANSLATE_NOOP("SettingDocs",
                                 "Decoder backend: ``zxing`` (default) or ``pyzbar``."),
    "scan_cooldown_s": QT_TRANSLATE_NOOP("SettingDocs", "The same code seen again within this "
                                                        "many seconds is the same scan."),
    "verdict_hold_s": QT_TRANSLATE_NOOP("SettingDocs", "A verdict stays up at least this long "
                                        "before the camera's scan of another code replaces it "
                                        "(that scan waits its turn; typed or USB-scanner codes "
                                        "show at once)."),
    "sound": QT_TRANSLATE_NOOP("SettingDocs", "Play a sound for admit and refuse."),
    "language": QT_TRANSLATE_NOOP("SettingDocs",
                                  "UI language (``en``, ``de``); the system's when empty."),
    "speak": QT_TRANSLATE_NOOP("SettingDocs", "Speak each verdict aloud (spd-say/espeak-ng on "
                                              "Linux, say on macOS, SAPI on Windows)."),
    "large_text": QT_TRANSLATE_NOOP("SettingDocs",
                                    "Large-text mode: bigger type on every screen and verdict."),
    "staff_codes": QT_TRANSLATE_NOOP(
        "SettingDocs", "Codes that unlock self-service mode when scanned; self-service needs "
        "at least one."),
    "badge_printer": QT_TRANSLATE_NOOP("SettingDocs", "Badge printer: a system printer's name, or "
                                       "``pdf:FOLDER`` for PDF files; empty: none."),
    "badge_layout": QT_TRANSLATE_NOOP("SettingDocs", "Badge label size: ``62x100mm``, "
                                                     "``89x36mm``, ``4x3in`` or ``a6``."),
    "badge_on_admit": QT_TRANSLATE_NOOP("SettingDocs", "Print a badge automatically when someone "
                                                       "is admitted (once per registration)."),
    "badge_notes_band": QT_TRANSLATE_NOOP("SettingDocs", "Print a coloured band on the badge "
                                          "when the notes name VIP, Speaker, Staff, Press or "
                                          "Sponsor."),
    "badge_qr": QT_TRANSLATE_NOOP("SettingDocs", "Put a QR code of the registration on the badge, "
                                                 "for scanning at sessions."),
    "sync_interval_s": QT_TRANSLATE_NOOP("SettingDocs",
                                         "Seconds between background pulls of the registration list."),
    "push_interval_s": QT_TRANSLATE_NOOP("SettingDocs", "Seconds between background outbox "
                                                        "uploads while something waits."),
}


def plain_doc(doc: str) -> str:
    """A field's doc as one line (a doc may wrap over several source lines)."""
    return " ".join(doc.split())


def setting_tooltip(field: str) -> str:
    """The description of ``field`` in the language installed now (English when it is not
    marked here: a new setting shows its doc until it is added and translated)."""
    if field in DOCS:
        return QCoreApplication.translate(CONTEXT, DOCS[field])
    from kiosk.settings import describe

    return next((plain_doc(doc) for name, _t, _d, doc in describe() if name == field), "")
