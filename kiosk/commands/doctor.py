"""``kiosk doctor``: one line a check, before the doors open (the checks: :mod:`kiosk.doctor`)."""

from __future__ import annotations

import click

from kiosk.commands.common import resolve_settings
from kiosk.text import json_line, terminal_safe


@click.command()
@click.option("--json", "as_json", is_flag=True,
              help='A JSON list of {"check", "state", "detail", "todo"}.')
@click.option("--no-camera", is_flag=True, help="A door without a camera: skip that check.")
@click.pass_context
def doctor(ctx, as_json, no_camera):
    """Will this door work today? The key, the server, the last sync, the clocks, the other
    doors, the camera, the badge printer, the disk. Exit 0 all ok, 1 warnings, 2 problems."""
    from kiosk.doctor import exit_code, run_checks

    settings, _ = resolve_settings(ctx)
    obj = ctx.find_root().obj
    checks = run_checks(obj.data_dir, settings, obj.api_key, camera=not no_camera,
                        printers=_system_printers)
    if as_json:
        click.echo(json_line([c.to_json() for c in checks]))
    else:
        for c in checks:  # details carry server and file names: never let one drive the terminal
            todo = f" -> {c.todo}" if c.todo else ""
            click.echo(f"{c.state:<8} {c.check:<17} {terminal_safe(c.detail)}{terminal_safe(todo)}")
    ctx.exit(exit_code(checks))


def _system_printers() -> dict[str, bool]:
    from kiosk.ui.badge_print import ensure_gui_app, printers_accepting

    ensure_gui_app()
    return printers_accepting()
