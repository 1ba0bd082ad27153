"""UI fixtures: a real door over a real SQLite file in tmp_path, seeded without a network
(the helpers they use are in ui_helpers.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from ui_helpers import make_local_door


@pytest.fixture
def local_door(tmp_path):
    door = make_local_door(tmp_path / "data")
    yield door
    door.close()


@pytest.fixture
def tasks(qtbot):
    from kiosk.ui.tasks import Tasks

    t = Tasks()
    yield t
    t.shutdown(wait=True)


@pytest.fixture
def sounds(qapp):
    from kiosk.ui.sounds import Sounds

    return Sounds(backend="silent")


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """English installed as the app does at start: its plural forms ("1 person in")."""
    from kiosk.ui.i18n import install_translations

    install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def _deleted_when_closed(qapp):
    """The test's windows deleted, not only closed, before the next test. pytest-qt closes
    each widget given to ``qtbot.addWidget`` and calls its ``deleteLater()``, but a deferred
    delete is only carried out by an event loop, and between tests none runs: every window,
    dialog and their children stayed alive to the end of the session. Each test then paid
    for all of them again: the next ``setStyleSheet`` (the style below, Large text) restyled
    thousands of dead widgets, half a second a call by the middle of a file. Set up first,
    so it tears down last, after the fixtures that close doors and workers."""
    yield
    _delete_closed()


def _delete_closed() -> None:
    """Carry out the deletes pytest-qt asked for when it closed the test's widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _style(qapp):
    from kiosk.ui.app import apply_style

    apply_style(qapp)


# The offscreen platform cannot do these; they are limits of the test platform, not surprises
# from the app. Every other Qt warning still fails the test (qt_log_level_fail = WARNING).
OFFSCREEN_LIMITS = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS))


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """Each test once in English and once in German (English again afterwards)."""
    from kiosk.ui.i18n import install_translations

    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture(params=[False, True], ids=["normal-text", "large-text"])
def large_text(request, qapp):
    """Each test with normal and with Large text; the test turns it on, this puts the
    application's style sheet back."""
    from kiosk.ui.main_window import set_large_text

    yield request.param
    _delete_closed()  # not the closed windows restyled back to normal text, then deleted
    set_large_text(False)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp):
    """Cycles collected on the GUI thread only, as the app does (kiosk.ui.app)."""
    from kiosk.ui.app import collect_on_gui_thread

    collect_on_gui_thread(qapp)
