"""Check-ins first in the GUI (issue 9): a scanned code is answered while a status refresh
(or a search, an export) is still running on the local worker. Order-based: the refresh is
held open by an event until the verdict is on screen."""

from __future__ import annotations

import threading

from kiosk.models import VerdictKind
from kiosk.ui.door_screen import DoorScreen


def test_verdict_does_not_wait_for_a_status_refresh(qtbot, local_door, tasks, sounds):
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    refresh_started, release = threading.Event(), threading.Event()
    finished: list[str] = []

    def slow_refresh():
        refresh_started.set()
        assert release.wait(30)  # a hang guard: the test releases it below
        return local_door.status()

    tasks.run(slow_refresh, on_done=lambda _: finished.append("refresh"), lane="local",
              name="status")
    assert refresh_started.wait(30)
    screen.submit_code("reg_alan")
    try:
        qtbot.waitUntil(lambda: screen.last_verdict is not None, timeout=30_000)
        assert screen.last_verdict.kind is VerdictKind.ADMIT
        assert finished == []  # the refresh is still held: the check-in went ahead of it
    finally:
        release.set()
    qtbot.waitUntil(lambda: finished == ["refresh"], timeout=30_000)
