"""Doors of one event sharing their check-ins over the LAN (issue 10). Qt-free.

- :mod:`~kiosk.peers.hlc`        hybrid logical clock: an order of changes that survives skew
- :mod:`~kiosk.peers.journal`    the append-only journal per door, in the door's SQLite file
- :mod:`~kiosk.peers.schema`     the journal's tables, as steps of the store's migrations
- :mod:`~kiosk.peers.auth`       the peer secret, signed messages, replay protection
- :mod:`~kiosk.peers.node`       HTTP server and client, push-on-write, anti-entropy
- :mod:`~kiosk.peers.discovery`  mDNS/DNS-SD with the ``zeroconf`` package

This module imports nothing heavy: :mod:`kiosk.migrations` imports the journal's schema, and
the journal imports the store (never the other way round).
"""
