"""Translations with Qt's own tools: ``resources/translations/kiosk_<lang>.ts`` is written by
``pyside6-lupdate`` and compiled to ``.qm`` by ``pyside6-lrelease``. English is the source
language (``kiosk_en`` holds only its plural forms); German ships. Qt's own strings (dialog
buttons) come from Qt's ``qtbase`` files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLayout, QWidget

from kiosk.ui.resources import resource_path

log = logging.getLogger("kiosk.ui")

LANGUAGES = {"en": "English", "de": "Deutsch"}


def pick_language(setting: str) -> str:
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translations(app: QApplication, setting: str = "") -> str:
    """Install the translators for ``setting`` (or the system language); returns the code."""
    for old in getattr(app, "_kiosk_translators", []):
        app.removeTranslator(old)
    app._kiosk_translators = []  # type: ignore[attr-defined]
    language = pick_language(setting)
    QLocale.setDefault(QLocale(language))
    if language == "en":  # the source language: only its plural forms ("1 person in")
        plurals = QTranslator(app)
        if plurals.load(str(resource_path("translations", "kiosk_en.qm"))):
            app.installTranslator(plurals)
            app._kiosk_translators.append(plurals)  # type: ignore[attr-defined]
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"kiosk_{language}.qm"))):
        app.installTranslator(ours)
        app._kiosk_translators.append(ours)  # type: ignore[attr-defined]
    else:
        log.warning("no translation for %s; using English", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app._kiosk_translators.append(qt)  # type: ignore[attr-defined]
    return language


def set_row_label(root: QWidget, field: QWidget | QLayout, text: str) -> None:
    """Set the label of ``field``'s row in whichever form layout under ``root`` holds it, so
    a ``retranslate()`` needs no reference to each row's label (nor to each form)."""
    for form in root.findChildren(QFormLayout):
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)
            return
    raise LookupError(f"no form row holds {field!r}")


def add_row(form: QFormLayout, field: QWidget | QLayout) -> None:
    """A form row whose label is named later, by ``retranslate()`` with :func:`set_row_label`
    (so its text is written once). The label is the field's buddy: its mnemonic (``&URL``)
    focuses the field, as with ``addRow(text, field)``."""
    label = QLabel(form.parentWidget())
    if isinstance(field, QWidget):
        label.setBuddy(field)
    form.addRow(label, field)
