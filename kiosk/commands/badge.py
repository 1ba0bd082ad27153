"""``kiosk badge``: print name badges headless, and the badges still waiting (issue 12).

Qt (QtPrintSupport) is imported only when a badge is actually printed.
"""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.badges.jobs import AlreadyPrinted, BadgeQueue
from kiosk.badges.layouts import LAYOUTS
from kiosk.commands.badge_printing import badge_target, print_queue
from kiosk.commands.common import open_door
from kiosk.commands.errors import EXIT_CONFIG, EXIT_PARTIAL, Fail


@click.command()
@click.argument("registration_id", required=False)
@click.option("--printer", help="A system printer's name (see --list-printers), or pdf:FOLDER.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the badge to this PDF file instead of a printer.")
@click.option("--reprint", is_flag=True, help="Print again a badge printed before (counted).")
@click.option("--pending", is_flag=True, help="Print the badges still waiting, in order.")
@click.option("--layout", type=click.Choice(list(LAYOUTS)), help="Label size (else the setting).")
@click.option("--list-printers", is_flag=True, help="List the system's printers and exit.")
@click.pass_context
def badge(ctx, registration_id, printer, output, reprint, pending, layout, list_printers):
    """Print the name badge of REG_ID, or (--pending) the badges still waiting.

    Each registration prints once; another copy needs --reprint and is counted and logged
    ("reprinted by Door 2 at 14:03").
    """
    if list_printers:
        from kiosk.ui.badge_print import ensure_gui_app, system_printers

        ensure_gui_app()
        for name in system_printers():
            click.echo(name)
        return
    if printer and output:
        raise click.UsageError("give --printer or --output, not both")
    if bool(registration_id) == pending:
        raise click.UsageError("give REG_ID, or --pending")
    door = open_door(ctx)
    target = badge_target(door, printer, output)
    if not target:
        raise Fail("No badge printer: choose one in Settings, or give --printer / --output",
                   EXIT_CONFIG)
    if pending:
        run = print_queue(door, target, layout=layout)
        if not run.printed and run.failed is None:
            click.echo("No badges waiting")
        ctx.exit(EXIT_PARTIAL if run.failed is not None else 0)
    registration_id = registration_id.strip()
    if door.attendee(registration_id) is None:
        raise Fail(f"Unknown registration {registration_id!r} (not in the local cache)",
                   EXIT_PARTIAL)
    queue = BadgeQueue(door.store, door.event_id, door.device_name)
    try:
        job = queue.request(registration_id, reprint=reprint)
    except AlreadyPrinted as exc:
        raise Fail(f"Badge already {exc}; use --reprint for another copy", EXIT_PARTIAL) from None
    run = print_queue(door, target, only={job.id}, layout=layout)
    ctx.exit(EXIT_PARTIAL if run.failed is not None or not run.printed else 0)
