"""A tiny publish/subscribe bus: the core announces what changed, the UI listens.

Callbacks run on the thread that published; the Qt adapter (kiosk.ui.bridge) re-emits them
as queued signals. A failing subscriber is logged and never breaks the publisher.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("kiosk.events")

Listener = Callable[[str, dict[str, Any]], None]


class Events:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, name: str, **payload: Any) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(name, payload)
            except Exception:  # a broken listener must not stop a check-in
                log.exception("event listener failed on %s", name)
