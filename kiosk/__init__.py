"""Offline-first event check-in kiosk for WebKasa events.

The core (everything outside ``kiosk.ui``) imports nothing from Qt, so it runs headless
from the command line and tests without a screen.
"""

__version__ = "0.1.0"
