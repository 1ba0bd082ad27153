"""The worker lanes never drop the last reference to a Qt object off the GUI thread.

A task's callable and callbacks are lambdas and bound methods of screens; its error carries
a traceback whose frames hold them too. When a worker thread held the last reference (the
window closed while the task ran, or the GUI delivered the answer before the worker let go
of its own), Python freed the screen on the worker thread, and Qt deleted a widget off the
GUI thread: a rare segfault in the suite. Each test records the thread ``destroyed`` is
emitted on, so it fails whichever way the reference escapes.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt

from kiosk.ui.tasks import Tasks


def watched() -> tuple[QObject, list[int]]:
    obj = QObject()  # no parent: Python owns it, so its last reference deletes it
    threads: list[int] = []
    obj.destroyed.connect(lambda *_: threads.append(threading.get_ident()),
                          Qt.ConnectionType.DirectConnection)
    return obj, threads


@pytest.mark.parametrize("fails", [False, True], ids=["answer", "error"])
def test_a_task_of_a_closed_window_lets_go_of_its_objects_on_the_gui_thread(qtbot, fails):
    tasks = Tasks()
    gate = threading.Event()
    obj, threads = watched()

    def work(held=obj):  # the callable holds the object, as a screen's lambda holds self
        gate.wait(30)
        if fails:
            raise RuntimeError(f"refused for {held.objectName()!r}")
        return held

    task = tasks.run(work, on_done=lambda result, o=obj: o.objectName(),
                     on_error=lambda exc, o=obj: o.objectName(), lane="local")
    del obj, work
    tasks.shutdown(wait=False)  # the window closes while the task runs
    gate.set()
    assert task.done.wait(30)
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads == [threading.get_ident()]


def test_answers_are_delivered_and_their_objects_freed_on_the_gui_thread(qtbot):
    tasks = Tasks()
    freed: list[list[int]] = []
    delivered: list[str] = []
    try:
        for n in range(20):
            obj, threads = watched()
            obj.setObjectName(f"screen {n}")
            freed.append(threads)
            tasks.run(lambda o=obj: o.objectName(), on_done=delivered.append, lane="local")
            del obj
        qtbot.waitUntil(lambda: len(delivered) == 20 and all(freed), timeout=10_000)
        assert delivered == [f"screen {n}" for n in range(20)]
        assert {t for threads in freed for t in threads} == {threading.get_ident()}
    finally:
        tasks.shutdown()
