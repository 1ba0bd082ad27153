"""The PySide6 kiosk app: a thin layer over :mod:`kiosk.door` and :mod:`kiosk.scan`.

Only this package imports Qt. It adds no business rules: every verdict, count and
capacity decision comes from the core.
"""
