"""What self-service mode asks of an X11 window manager, through libX11 and ctypes.

Qt has no call for these EWMH requests, and without them a locked kiosk under a desktop
window manager (openbox, xfwm4, …) stays lost after Super+D ("show desktop") or a desktop
switch: the window is unmapped, and showing it again from Qt does nothing because Qt still
thinks it is shown (issue 18). The requests are client messages to the root window, so they
go through a connection of their own; the keyboard grab, which must be Qt's own connection
so that Qt still receives the keys, is ``QWindow.setKeyboardGrabEnabled``
(:class:`kiosk.ui.kiosk_mode.ScreenHold`).

Every function here is a no-op returning False when libX11 or the display is missing: the
kiosk then does what Qt alone can do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from typing import Any

log = logging.getLogger("kiosk.ui")

ALL_DESKTOPS = 0xFFFFFFFF
_SOURCE_PAGER = 2  # EWMH: a request from a pager is obeyed, not second-guessed as focus stealing
_CLIENT_MESSAGE = 33
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotify | SubstructureRedirect
_XA_CARDINAL = 6


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


class _X11:
    """One libX11 connection for the process, opened on first use."""

    def __init__(self) -> None:
        self.lib: Any = None
        self.display = None
        name = ctypes.util.find_library("X11")
        if not name or not os.environ.get("DISPLAY"):
            return
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            log.info("libX11 not loaded (%s): no window-manager requests", exc)
            return
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                   ctypes.POINTER(_XEvent)]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        lib.XFree.argtypes = [ctypes.c_void_p]
        display = lib.XOpenDisplay(None)
        if not display:
            log.info("cannot open the X display: no window-manager requests")
            return
        self.lib, self.display = lib, display
        self.root = lib.XDefaultRootWindow(display)

    def atom(self, name: str) -> int:
        return self.lib.XInternAtom(self.display, name.encode(), 0)

    def send(self, window: int, message: str, *data: int) -> None:
        event = _XEvent()
        msg = event.xclient
        msg.type, msg.send_event, msg.display = _CLIENT_MESSAGE, 1, self.display
        msg.window, msg.message_type, msg.format = window, self.atom(message), 32
        for i, value in enumerate(data[:5]):
            msg.data[i] = ctypes.c_long(value & 0xFFFFFFFFFFFFFFFF).value
        self.lib.XSendEvent(self.display, self.root, 0, _SUBSTRUCTURE, ctypes.byref(event))

    def cardinal(self, window: int, name: str) -> int | None:
        """A CARDINAL property's first value, or None when it is not set."""
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.lib.XGetWindowProperty(
            self.display, window, self.atom(name), 0, 1, 0, _XA_CARDINAL, ctypes.byref(kind),
            ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        try:
            if status != 0 or not data.value or count.value < 1 or fmt.value != 32:
                return None
            return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] & 0xFFFFFFFF
        finally:
            if data.value:
                self.lib.XFree(data)

    def flush(self) -> None:
        self.lib.XFlush(self.display)


_connection: _X11 | None = None


def _x11() -> _X11 | None:
    global _connection
    if _connection is None:
        _connection = _X11()
    return _connection if _connection.display else None


def pin_to_every_desktop(window: int) -> bool:
    """Show the window on every desktop, so switching desktops (Ctrl+Alt+Left/Right)
    never leaves an empty one in front of the public."""
    x = _x11()
    if x is None:
        return False
    x.send(window, "_NET_WM_DESKTOP", ALL_DESKTOPS, _SOURCE_PAGER)
    x.flush()
    return True


def bring_back(window: int) -> bool:
    """Leave "show desktop", put the window on the desktop in front (when the window
    manager did not keep it on every desktop) and activate it as a pager would."""
    x = _x11()
    if x is None:
        return False
    if x.cardinal(x.root, "_NET_SHOWING_DESKTOP"):
        x.send(x.root, "_NET_SHOWING_DESKTOP", 0)
    current = x.cardinal(x.root, "_NET_CURRENT_DESKTOP")
    on = x.cardinal(window, "_NET_WM_DESKTOP")
    if current is not None and on not in (None, current, ALL_DESKTOPS):
        x.send(window, "_NET_WM_DESKTOP", current, _SOURCE_PAGER)
    x.send(window, "_NET_ACTIVE_WINDOW", _SOURCE_PAGER, 0, 0)
    x.flush()
    return True
