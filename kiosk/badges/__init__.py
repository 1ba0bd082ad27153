"""Name badges printed at the door.

Split so that the core stays free of Qt (style note 1):

``layouts``   label sizes (62x100 mm, 89x36 mm, 4x3 in, A6)                        no Qt
``content``   what goes on a badge, from a registration and its event           no Qt
``jobs``      the badge queue in SQLite: print once, reprints counted, failures  no Qt
              wait in order (the door records "badge wanted" in the check-in)
The Qt half lives in :mod:`kiosk.ui.badge_print` (painting with QtGui onto a printer page or
a preview image; system printers and PDF files through QtPrintSupport), so the core stays
Qt-free by the AST boundary test. ``jobs.print_waiting`` drives the queue in order with any
"send" function; ``kiosk badge`` (kiosk/commands/badge.py) imports the Qt half lazily, only
when a badge is printed.
"""
