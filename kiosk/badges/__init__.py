"""Name badges printed at the door.

Split so that the core stays free of Qt (style note 1):

``layouts``   label sizes (62x100 mm, 89x36 mm, 4x3 in, A6)                        no Qt
``content``   what goes on a badge, from a registration and its event           no Qt
``jobs``      the badge queue in SQLite: print once, reprints counted, failures  no Qt
              wait in order (the door records "badge wanted" in the check-in)
``render``    paints a badge with QtGui onto a printer page or a preview image   Qt
``printing``  system printers and PDF files through QtPrintSupport; prints the   Qt
              queue in order

Importing this package imports no Qt; the command line imports ``printing`` only when a
badge is printed.
"""
