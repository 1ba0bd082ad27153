"""``kiosk simulator``: run the reference WebKasa simulator in the foreground.

For trying the kiosk without a WebKasa account, and for end-to-end tests that start it as a
subprocess: it prints ``listening on http://HOST:PORT`` once it accepts connections, then the
test key and event ids, and serves until Ctrl+C or SIGTERM.
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
@click.option("--port", default=8765, show_default=True, type=int, help="0 picks a free port.")
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
    no_rate_limit: bool,
) -> None:
    """Run a local WebKasa simulator with fake events and registrations."""
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
        faults=Faults(latency_s=latency, error_rate=error_rate, drop_rate=drop_rate, seed=seed),
    )
    sim = Simulator(config)
    try:
        sim.start()
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
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


def _on_signals(stop: threading.Event) -> dict[int, Any]:
    """Make SIGTERM and SIGINT end the serving loop; returns the handlers to put back.

    Signals can only be caught from the main thread; elsewhere (a test runner thread) the
    loop ends with KeyboardInterrupt or not at all, and nothing is changed.
    """

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        return {}
    previous = {}
    for signum in (signal.SIGTERM, signal.SIGINT):
        previous[signum] = signal.signal(signum, handler)
    return previous
