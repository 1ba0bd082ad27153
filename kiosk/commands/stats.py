"""``kiosk stats``: arrivals per ten minutes by door, the rate now and when the expected
arrivals will be in (:mod:`kiosk.stats`, the numbers the staff console's chart shows);
``--png FILE`` draws that chart without a display (Qt is imported only then)."""

from __future__ import annotations

import time

import click

from kiosk.commands.common import open_door
from kiosk.commands.errors import EXIT_STORAGE, EXIT_USAGE, Fail
from kiosk.text import json_line, terminal_safe


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option("--png", type=click.Path(dir_okay=False),
              help="Also draw the chart to this PNG file (works without a display).")
@click.pass_context
def stats(ctx, as_json, png):
    """Arrivals per 10 minutes by door, the rate now, and when everyone expected is in."""
    from kiosk import stats as numbers

    door = open_door(ctx)
    now = time.time()
    arrivals = numbers.arrivals(door, now)
    if as_json:
        click.echo(json_line(arrivals.as_dict()))
    else:  # door names come from other machines: never let one drive the terminal
        for line in numbers.summary(arrivals, now):
            click.echo(terminal_safe(line))
    if png:
        from kiosk.exports import ExportRefused, check_target

        try:
            target = check_target(png)
        except ExportRefused as exc:
            raise Fail(str(exc), EXIT_USAGE) from None
        from kiosk.ui.arrivals_chart import render_png

        try:
            render_png(arrivals, now, target)
        except OSError as exc:
            raise Fail(f"Cannot write {png}: {exc.strerror or exc}", EXIT_STORAGE) from None
        click.echo(f"Wrote the chart to {terminal_safe(str(target))}", err=True)
