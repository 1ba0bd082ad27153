"""``kiosk simulator``: run the reference WebKasa simulator in the foreground.

For trying the kiosk without a WebKasa account, and for end-to-end tests that start it as a
subprocess: it prints ``listening on http://HOST:PORT`` once it accepts connections, then the
test key and event ids and the line that connects a door to it, and serves until Ctrl+C or
SIGTERM.
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType
from typing import Any

import click

from kiosk.simulator.server import ORDERS, Faults, Simulator, SimulatorConfig


@click.command("simulator")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="0 picks a free port.")
@click.option("--api-key", help="Key clients must send (default: a fresh wk_test_ key).")
@click.option("--seed", default=1, show_default=True, type=int, help="Seed of the fake data.")
@click.option("--events", default=4, show_default=True, type=click.IntRange(min=2))
@click.option(
    "--registrations", default=300, show_default=True, type=click.IntRange(min=0),
    help="Registrations of the main event.",
)
@click.option("--slots", type=click.IntRange(min=0), help="Main event capacity (default: auto).")
@click.option(
    "--page-cap", default=100, show_default=True, type=click.IntRange(min=1),
    help="Largest page the server gives, whatever limit is asked for.",
)
@click.option("--order", type=click.Choice(ORDERS), default=ORDERS[0], show_default=True)
@click.option("--latency", default=0.0, type=click.FloatRange(min=0), help="Seconds per request.")
@click.option("--error-rate", default=0.0, type=click.FloatRange(0, 1), help="Share of 5xx.")
@click.option(
    "--drop-rate", default=0.0, type=click.FloatRange(0, 1), help="Share of dropped connections."
)
@click.option(
    "--write-jitter", default=0.0, type=click.FloatRange(min=0), metavar="SECONDS",
    help="Each POST/PATCH waits 0 to this long before it is applied (writes land out of order).",
)
@click.option(
    "--fault", "fault_switches", multiple=True, metavar="NAME=VALUE",
    help="Any other fault switch, e.g. apply_then_drop_rate=0.2, list_empty=true, "
         "trickle_bytes_per_s=500 (repeatable; see kiosk.simulator.server.Faults).",
)
@click.option("--no-rate-limit", is_flag=True, help="Never answer 429.")
def simulator(
    host: str,
    port: int,
    api_key: str | None,
    seed: int,
    events: int,
    registrations: int,
    slots: int | None,
    page_cap: int,
    order: str,
    latency: float,
    error_rate: float,
    drop_rate: float,
    write_jitter: float,
    fault_switches: tuple[str, ...],
    no_rate_limit: bool,
) -> None:
    """Run a local WebKasa simulator with fake events and registrations."""
    faults = Faults(latency_s=latency, error_rate=error_rate, drop_rate=drop_rate,
                    write_jitter_s=write_jitter, seed=seed)
    for switch in fault_switches:
        _set_fault(faults, switch)
    config = SimulatorConfig(
        host=host,
        port=port,
        api_key=api_key,
        seed=seed,
        events=events,
        registrations=registrations,
        slots=slots,
        page_cap=page_cap,
        order=order,
        rate_limits=not no_rate_limit,
        faults=faults,
    )
    sim = Simulator(config)
    try:
        sim.start()
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    stop = threading.Event()
    previous = _on_signals(stop)
    main = sim.event(sim.main_event_id)
    # The simulator's own sandbox key, shown once so the user can paste it into the kiosk.
    click.echo(f"listening on {sim.url}")
    click.echo(f"api key: {sim.api_key}")
    click.echo(
        f"main event: {sim.main_event_id} ({len(sim.registrations())} registrations, "
        f"{main['slots']} slots)"
    )
    click.echo(f"other event: {sim.other_event_id}")
    click.echo(f"faults: {faults!r}")
    click.echo(f"connect a door: kiosk --api-url {sim.url} login --event {sim.main_event_id}"
               "   (paste the api key above when it asks)")
    click.echo("Ctrl+C to stop")
    sys.stdout.flush()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        for signum, old in previous.items():
            signal.signal(signum, old)
        click.echo("stopped")


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
# Switches whose default is None take a whole number (None: "off", as the default).
_OPTIONAL_INT = {f.name for f in Faults.switches() if f.type == "int | None"}


def _set_fault(faults: Faults, switch: str) -> None:
    """Apply one ``NAME=VALUE`` from ``--fault``, typed like the switch's default, so a typo
    or a bad value is a clear usage error rather than a silently ignored switch."""
    name, sep, raw = switch.partition("=")
    name, raw = name.strip().replace("-", "_"), raw.strip()
    known = sorted(f.name for f in Faults.switches())
    if not sep or name not in known:
        raise click.BadParameter(f"{switch!r}: expected NAME=VALUE with NAME one of "
                                 f"{', '.join(known)}", param_hint="--fault")
    current = getattr(faults, name)
    try:
        if isinstance(current, bool):
            if raw.lower() not in _TRUE | _FALSE:
                raise ValueError(raw)
            value: Any = raw.lower() in _TRUE
        elif name in _OPTIONAL_INT:
            value = None if raw.lower() in {"", "none"} else int(raw)
        elif isinstance(current, frozenset):
            value = {part.strip() for part in raw.split(",") if part.strip()}
        elif isinstance(current, int):
            value = int(raw)
        else:
            value = float(raw)
        if name.endswith("_rate") and not 0 <= value <= 1:
            raise ValueError("a rate is between 0 and 1")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise ValueError("must not be negative")
        faults.update(**{name: value})
    except (ValueError, TypeError) as exc:
        raise click.BadParameter(f"{switch!r}: bad value ({exc})", param_hint="--fault") from None


def _on_signals(stop: threading.Event) -> dict[int, Any]:
    """Make SIGTERM and SIGINT end the serving loop; returns the handlers to put back.

    Signals can only be caught from the main thread; elsewhere (a test runner thread) the
    loop ends with KeyboardInterrupt or not at all, and nothing is changed.
    """

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        return {}
    previous: dict[int, Any] = {}
    for signum in (signal.SIGTERM, signal.SIGINT):
        previous[signum] = signal.signal(signum, handler)
    return previous
