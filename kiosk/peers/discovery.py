"""Finding the other doors of the event on the LAN with mDNS/DNS-SD (``zeroconf`` package).

Each door advertises ``_webkasa-kiosk._tcp`` with its peer port, its door id and name, and a
hash of the event id (the event id itself stays off the air). A door that sees an
advertisement with the same hash links with it; everything after that is signed (see
:mod:`kiosk.peers.auth`), so a fake advertisement gains nothing.

Networks that block multicast (guest Wi-Fi, client isolation, CI machines) make discovery
find nothing; static ``peers`` cover those. Discovery that cannot start at all is logged
once at INFO and the door goes on with its static peers: it never crashes the door.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import socket
import threading
from typing import Any

log = logging.getLogger("kiosk.peers")
SERVICE_TYPE = "_webkasa-kiosk._tcp.local."


def event_tag(event_id: str) -> str:
    return hashlib.sha256(b"webkasa-kiosk event\n" + event_id.encode()).hexdigest()[:16]


def _quiet_zeroconf_logs() -> None:
    """zeroconf warns on every send that fails on a network without multicast; those are
    expected here and must not reach the console (our own INFO line says it once)."""
    zlog = logging.getLogger("zeroconf")
    zlog.setLevel(logging.CRITICAL)
    if not any(isinstance(h, logging.NullHandler) for h in zlog.handlers):
        zlog.addHandler(logging.NullHandler())
    zlog.propagate = False


def _local_ipv4() -> list[str]:
    import ifaddr

    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith("127."):
                found.append(ip.ip)
    return found or ["127.0.0.1"]


def doors_heard(event_id: str, door_id: str, listen_s: float) -> int:
    """How many doors of ``event_id`` other than ``door_id`` advertise themselves, listening
    ``listen_s`` seconds (for ``kiosk doctor``); raises when mDNS cannot start here."""
    _quiet_zeroconf_logs()
    from zeroconf import ServiceBrowser, ServiceStateChange, Zeroconf

    names: set[str] = set()

    def changed(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        if state_change is ServiceStateChange.Added and not name.startswith(door_id + "."):
            names.add(name)

    tag = event_tag(event_id).encode()
    zc = Zeroconf()
    try:
        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[changed])
        threading.Event().wait(listen_s)  # advertisements arrive as the doors send them
        browser.cancel()
        infos = (zc.get_service_info(SERVICE_TYPE, name, timeout=1000)
                 for name in sorted(names)[:20])
        return sum(1 for info in infos if info is not None
                   and (info.properties or {}).get(b"ev") == tag)
    finally:
        zc.close()


async def _announce(zc: Any, info: Any) -> None:
    """Probe for the name, then send the announcements (zeroconf's loop)."""
    await (await zc.async_register_service(info))


def _announced(done: Any) -> None:
    if not done.cancelled() and done.exception() is not None:
        log.info("this door is not announced on the network (%s); it still looks for "
                 "the others", done.exception())


class Discovery:
    def __init__(self, node: Any, interfaces: list[str] | None = None) -> None:
        self.node = node
        self.interfaces = interfaces  # None: all (a door); ["127.0.0.1"]: tests, loopback only
        self.tag = event_tag(node.door.event_id)
        self.zc: Any = None
        self.browser: Any = None
        self.info: Any = None
        self._announcing: Any = None  # concurrent.futures.Future of the registration

    def start(self) -> None:
        _quiet_zeroconf_logs()
        try:
            from zeroconf import ServiceBrowser, ServiceInfo, Zeroconf

            door_id = self.node.journal.door_id
            self.info = ServiceInfo(
                SERVICE_TYPE,
                f"{door_id}.{SERVICE_TYPE}",
                addresses=[socket.inet_aton(ip) for ip in (self.interfaces or _local_ipv4())],
                port=self.node.port,
                properties={"ev": self.tag, "door": door_id,
                            "name": self.node.door.device_name[:60]},
                server=f"{door_id}.local.",
            )
            self.zc = Zeroconf(interfaces=self.interfaces) if self.interfaces else Zeroconf()
            # probing and announcing take 1.7 s: on zeroconf's own loop, not the door's start
            # (three doors started one after another waited 5 s before any was announced)
            self._announcing = asyncio.run_coroutine_threadsafe(
                _announce(self.zc, self.info), self.zc.loop)
            self._announcing.add_done_callback(_announced)
            self.browser = ServiceBrowser(self.zc, SERVICE_TYPE, handlers=[self._changed])
        except Exception as exc:  # no multicast, no interfaces, port 5353 refused...
            log.info("door discovery unavailable here (%s); static peers only", exc)
            self.stop()

    def stop(self) -> None:
        zc, self.zc = self.zc, None
        if zc is None:
            return
        announcing, self._announcing = self._announcing, None
        announced = announcing is not None and announcing.done() and not announcing.cancelled()
        if announcing is not None and not announced:
            announcing.cancel()  # still probing: zc.close() withdraws what was sent
        try:
            if self.browser is not None:
                self.browser.cancel()
            if announced and announcing.exception() is None:
                zc.unregister_service(self.info)
        except Exception as exc:
            log.debug("discovery stop: %s", exc)
        finally:
            zc.close()

    def _changed(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if state_change is not ServiceStateChange.Added:
            return
        # resolving waits for answers: not on the browser's thread
        threading.Thread(target=self._resolve, args=(zeroconf, service_type, name),
                         name="peer-resolve", daemon=True).start()

    def _resolve(self, zeroconf: Any, service_type: str, name: str) -> None:
        try:
            info = zeroconf.get_service_info(service_type, name, timeout=3000)
        except Exception as exc:
            log.debug("cannot resolve %s: %s", name, exc)
            return
        if info is None or not info.port:
            return
        props = {k.decode(errors="replace"): (v or b"").decode(errors="replace")
                 for k, v in (info.properties or {}).items()}
        if props.get("ev") != self.tag or props.get("door") == self.node.journal.door_id:
            return
        for address in info.parsed_addresses():
            if ":" not in address:  # IPv4
                self.node.add_peer(f"{address}:{info.port}", "discovered")
                break
