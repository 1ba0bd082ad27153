"""``kiosk badge``: print name badges headless, and the badges still waiting (issue 12).

Qt (QtPrintSupport) is imported only when a badge is actually printed.
"""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.badges.jobs import AlreadyPrinted
from kiosk.badges.layouts import LAYOUTS
from kiosk.commands.badge_printing import badge_target, print_queue
from kiosk.commands.common import open_door
from kiosk.commands.errors import EXIT_CONFIG, EXIT_PARTIAL, EXIT_USAGE, Fail


@click.command()
@click.argument("registration_id", required=False)
@click.option("--printer", help="A system printer's name (see --list-printers), or pdf:FOLDER.")
@click.option("--output", type=click.Path(),
              help="Write the badge to this PDF file instead of a printer (.pdf added when "
                   "missing; a folder: one file per badge). With --pending, one file per badge "
                   "beside it: FILE-1.pdf, FILE-2.pdf, ... (numbers taken are skipped, so "
                   "nothing is overwritten).")
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
    pdf = None if output is None else pdf_output(output)
    door = open_door(ctx)
    queue = door.badge_queue()
    if pending and not queue.summary().waiting:
        click.echo("No badges waiting.")  # nothing to print needs no printer
        return
    target = badge_target(door, printer, pdf)
    if not target:
        raise Fail("No badge printer: choose one in Settings, or give --printer / --output",
                   EXIT_CONFIG)
    if pending:
        run = print_queue(door, target, layout=layout)
        if not run.printed and run.failed is None:
            click.echo("No badges waiting.")  # another process printed them meanwhile
        ctx.exit(EXIT_PARTIAL if run.failed is not None else 0)
    registration_id = registration_id.strip()
    if door.attendee(registration_id) is None:
        raise Fail(f"Unknown registration {registration_id!r} (not in the local cache)",
                   EXIT_PARTIAL)
    try:
        job = queue.request(registration_id, reprint=reprint)
    except AlreadyPrinted as exc:
        raise Fail(f"Badge already {exc}; use --reprint for another copy", EXIT_PARTIAL) from None
    run = print_queue(door, target, only={job.id}, layout=layout)
    if run.failed is None and not run.printed:
        # another process (the app, a second 'kiosk badge') took this badge between our
        # request and our print: say who printed it, not just exit 1
        job = queue.job(job.id)
        if job.state == "printed":
            raise Fail(f"Badge already {job.describe()}; use --reprint for another copy",
                       EXIT_PARTIAL)
        raise Fail(f"Badge not printed here: {job.describe()}", EXIT_PARTIAL)
    ctx.exit(EXIT_PARTIAL if run.failed is not None else 0)


def pdf_output(output: str) -> Path:
    """``--output``: an existing folder (one file per badge), else a file name, ``.pdf``
    added when missing (``--output badge`` writes badge.pdf, where it once made a folder)."""
    if not output.strip():
        raise Fail("--output needs a file name (FILE.pdf) or a folder", EXIT_USAGE)
    path = Path(output).expanduser()
    if path.is_dir() or path.suffix.lower() == ".pdf":
        return path
    return path.with_name(path.name + ".pdf")
