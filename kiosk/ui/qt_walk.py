"""Changes Qt applies to every widget at once, with Python's cycle collector paused.

A new style sheet (Large text) makes Qt walk every widget of the application at once and
call back into Python for many of them (``changeEvent``, polish). If the
cycle collector runs during that walk, it may delete a widget whose wrapper was garbage (a
closed dialog, a chart's scene; pyqtgraph's objects hold many cycles) while Qt still holds
a pointer to it: a whole suite once died of a segmentation fault inside ``setStyleSheet``,
"Garbage-collecting". So the garbage is collected first, at a safe point, and no collection
starts until the walk is over. (A language switch does not walk at once: Qt posts its
LanguageChange to each window, delivered one by one by the event loop.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def every_widget() -> Iterator[None]:
    """Around a change Qt applies to every widget: collect first, then none during it."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
