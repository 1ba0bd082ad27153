"""Settings written to the data folder off the GUI thread, and never lost at close.

The file is synced to disk, which can take seconds on a busy or failing disk, so it is
written on the ``system`` lane while the door keeps answering. A write still queued when the
window closes (behind other system work) is done then, on the way out.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.settings import Settings
from kiosk.ui.tasks import Task, Tasks

log = logging.getLogger("kiosk.ui")


class SettingsWriter(QObject):
    """Writes each :meth:`save` on the ``system`` lane; :attr:`failed` says when one failed
    (the settings still apply until the app closes)."""

    failed = Signal(object)  # the error

    def __init__(self, data_dir: Path | None, tasks: Tasks, parent: QObject | None = None) -> None:
        """``data_dir`` None: nowhere to keep them (a demo, a test); saving does nothing."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self._last: tuple[Task, Settings] | None = None  # the last write queued

    def save(self, settings: Settings) -> None:
        if self.data_dir is None:
            return
        data_dir = self.data_dir

        def write() -> None:
            from kiosk import settings as settings_file

            settings_file.save(settings, data_dir)

        self._last = (self.tasks.run(write, on_error=self.failed.emit, lane="system",
                                     name="save_settings"), settings)

    def flush(self) -> None:
        """After the workers stopped: write the last settings now if their write never ran."""
        if self._last is None or self._last[0].done.is_set() or self.data_dir is None:
            return
        from kiosk import settings as settings_file

        try:
            settings_file.save(self._last[1], self.data_dir)
        except OSError as exc:
            log.error("settings not saved: %s", exc)
