"""Printing a door's badges from the command line, shared by ``kiosk badge`` and ``kiosk
checkin --print``: a module of its own so that neither command imports the other."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.badges.jobs import PrintRun
from kiosk.badges.layouts import get_layout
from kiosk.commands.errors import EXIT_CONFIG, Fail
from kiosk.door import Door
from kiosk.text import terminal_safe


def badge_target(door: Door, printer: str | None, output: Path | None) -> str:
    """Where badges go: --output FILE, --printer NAME, else the saved ``badge_printer``."""
    if output is not None:
        return f"pdf:{output}"
    return printer or door.settings.badge_printer


def print_queue(door: Door, target: str, *, only: set[int] | None = None,
                layout: str | None = None, to_stderr: bool = False) -> PrintRun:
    """Prints the door's waiting badges (or the ones in ``only``) in order; one line each."""
    from kiosk.ui.badge_print import ensure_gui_app
    from kiosk.ui.badge_print import print_queue as run_queue

    ensure_gui_app()
    queue = door.badge_queue()
    settings = door.settings
    try:
        label = get_layout(layout or settings.badge_layout)
    except ValueError as exc:
        raise Fail(str(exc), EXIT_CONFIG) from None
    run = run_queue(queue, target, label.key, settings, only=only)
    for job in run.printed:
        # a reprint says how many this venue has had, and at which doors (issue 21)
        venue = f" ({queue.venue(job.registration_id).describe()})" if job.kind == "reprint" else ""
        click.echo(f"Badge for {terminal_safe(job.attendee_name or job.registration_id)}: "
                   f"{job.describe()} on {terminal_safe(job.printer or '')}"
                   f"{terminal_safe(venue)}", err=to_stderr)
    if run.failed is not None:
        rest = queue.summary().waiting
        click.echo(f"Badge for {terminal_safe(run.failed.attendee_name or '')} not printed: "
                   f"{terminal_safe(run.failed.last_error or '')} ({rest} waiting; "
                   "'kiosk badge --pending' prints them)", err=True)
    return run
