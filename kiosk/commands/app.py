"""GUI commands. ``app`` opens the check-in window (Qt is imported only when it runs)."""

from __future__ import annotations

import sys

import click


@click.command()
@click.option("--kiosk", "kiosk_mode", is_flag=True,
              help="Self-service mode: fullscreen door screen, locked with the staff PIN.")
@click.option("--camera", "camera_source", default=None,
              help="Camera index, video file or stream URL (overrides the saved setting).")
@click.pass_context
def app(ctx: click.Context, kiosk_mode: bool, camera_source: str | None) -> None:
    """Open the check-in app for the configured event (first-run setup if needed)."""
    from kiosk.commands.core import resolve_settings
    from kiosk.ui.app import run_app

    settings, key = resolve_settings(ctx)
    code = run_app(ctx.find_root().obj.data_dir, settings, api_key=key, kiosk_mode=kiosk_mode,
                   camera_source=camera_source)
    sys.exit(code)
