"""The door as the UI holds it: the type every screen takes, and how one is opened.

Screens are typed against :class:`kiosk.door.Door` itself (no ``Any`` probed with
``getattr``): tests drive them with real doors over real SQLite files, so there is no fake
to accommodate. Both the app and the setup wizard open doors through :data:`DoorFactory`;
keeping it here, below both, is what keeps them from importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.door import Door
from kiosk.settings import Settings

DoorFactory = Callable[[Path, Settings, "str | None"], Door]


def open_door(data_dir: Path, settings: Settings, api_key: str | None) -> Door:
    """The plain door: the cache in ``data_dir``, an API client when there is a key."""
    return Door.open(data_dir, settings, api_key)


__all__ = ["Door", "DoorFactory", "open_door"]
