"""The ``kiosk`` command line. Operators script against these names: keep them stable.

Sub-commands live in :mod:`kiosk.commands` and are imported only when called, so that
``kiosk status`` does not pay for OpenCV or Qt.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from kiosk import __version__
from kiosk.commands.errors import EXIT_INTERRUPTED, EXIT_STORAGE

# command name -> "module:attribute"
COMMANDS = {
    "sync": "kiosk.commands.core:sync",
    "push": "kiosk.commands.core:push",
    "checkin": "kiosk.commands.core:checkin",
    "undo": "kiosk.commands.core:undo",
    "register": "kiosk.commands.core:register",
    "status": "kiosk.commands.core:status",
    "export": "kiosk.commands.core:export",
    "stats": "kiosk.commands.stats:stats",
    "events": "kiosk.commands.core:events",
    "conflicts": "kiosk.commands.core:conflicts",
    "login": "kiosk.commands.core:login",
    "simulator": "kiosk.commands.simulator:simulator",
    "decode": "kiosk.commands.scan:decode",
    "scan": "kiosk.commands.scan:scan",
    "tickets": "kiosk.commands.scan:tickets",
    "app": "kiosk.commands.app:app",
    "demo": "kiosk.commands.app:demo",
    "wipe": "kiosk.commands.app:wipe",
    "doors": "kiosk.commands.core:doors",
    "join": "kiosk.commands.join:join",
    "repair": "kiosk.commands.core:repair",
    "badge": "kiosk.commands.badge:badge",
    "doctor": "kiosk.commands.doctor:doctor",
}


class StorageFailure(click.ClickException):
    """The disk is full or read-only, the database damaged, newer or locked."""

    exit_code = EXIT_STORAGE


class Interrupted(click.ClickException):
    """Ctrl+C: its own exit code, so a script tells "stopped by a person" from "partly done"
    (click's own answer, "Aborted!" and 1, read as the latter)."""

    exit_code = EXIT_INTERRUPTED

    def __init__(self) -> None:
        super().__init__("Interrupted")

    def show(self, file=None) -> None:
        # after the ^C the terminal echoed (and any progress line), on a line of its own
        click.echo(("\n" if sys.stderr.isatty() else "") + "Interrupted", err=True)


class DataFolder(click.Path):
    """A data folder: what exists along the way must be a folder. A device or a file there
    (``--data-dir /dev/null``) is a usage error, not a traceback from deep inside the store
    when it makes the folder."""

    def __init__(self) -> None:
        super().__init__(file_okay=False, path_type=Path)

    def convert(self, value, param, ctx):
        path = super().convert(value, param, ctx)
        for place in (Path(path), *Path(path).parents):
            try:
                if place.exists() or place.is_symlink():
                    if not place.is_dir():
                        self.fail(f"{str(place)!r} is not a folder", param, ctx)
                    break
            except OSError:  # not ours to look into: the store says what is wrong there
                break
        return path


class LazyGroup(click.Group):
    """Imports a sub-command's module only when that command runs (or help lists it)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return with_common_options(getattr(importlib.import_module(module), attr))

    def invoke(self, ctx: click.Context):
        """Storage faults from any command end as one line and exit code 7, not a traceback;
        Ctrl+C (also at a prompt, which click turns into Abort) as "Interrupted" and 130."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None
        except click.Abort as exc:
            if isinstance(exc.__context__, KeyboardInterrupt):
                raise Interrupted() from None
            raise
        except (click.ClickException, click.exceptions.Exit):
            raise
        except Exception as exc:
            from kiosk.repair import storage_problem

            message = storage_problem(exc)
            if message is None and isinstance(exc, OSError) and exc.filename:
                # a file or folder the command could not use: one line, not a traceback
                from kiosk.text import terminal_safe

                message = terminal_safe(f"{exc.strerror or exc}: {exc.filename}")
                logging.getLogger("kiosk.cli").info("%s", message, exc_info=True)  # file log
            if message is None:
                raise
            raise StorageFailure(message) from None


@dataclass
class CliContext:
    """Global options, resolved from flags, then environment, then the saved settings."""

    data_dir: Path
    api_url: str | None
    api_key: str | None = field(repr=False)
    event_id: str | None
    verbose: int = 0
    file_log: bool = False

    def override(self, name: str, value) -> None:
        """A common option given after the sub-command (``kiosk sync --event X``): it wins
        over the one before it and the environment, as the later word on a command line does."""
        from kiosk.logs import add_file_log, remove_file_logs

        if name == "verbose":
            self.verbose += value
            _console_level(self.verbose)
        elif name == "data_dir":
            self.data_dir = Path(value)
            if self.file_log:  # a sub-group's sub-command: the log goes with the data
                remove_file_logs()
                add_file_log(self.data_dir)
        else:
            setattr(self, name, value)

    def start_file_log(self) -> None:
        """The file log, in the data folder the whole command line chose. It starts when the
        sub-command runs, after its own options are read: ``kiosk sync --data-dir X`` must
        not first make a log folder in the environment's or the default data folder."""
        from kiosk.logs import add_file_log

        if not self.file_log:
            self.file_log = True
            add_file_log(self.data_dir)


def _console_level(verbose: int) -> None:
    import logging

    for handler in logging.getLogger("kiosk").handlers:
        if type(handler) is logging.StreamHandler:  # the console, not the file logs
            handler.setLevel([logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)])


def _merge_common(ctx: click.Context, param: click.Parameter, value) -> None:
    if value is None or (param.name == "verbose" and not value):
        return  # not given here: what came before the sub-command (or the environment) stands
    ctx.find_root().obj.override(param.name, value)


def _common_params() -> list[click.Parameter]:
    """The group's options again, for after the sub-command. Without envvar: the environment
    is read once, by the group, and must not override a flag given before the sub-command."""
    return [
        click.Option(["--api-url"], expose_value=False, callback=_merge_common,
                     help="WebKasa API base URL (also before the command, or KIOSK_API_URL)."),
        click.Option(["--api-key"], expose_value=False, callback=_merge_common,
                     help="API key (also KIOSK_API_KEY)."),
        click.Option(["--event", "event_id"], expose_value=False, callback=_merge_common,
                     help="Event id (also KIOSK_EVENT)."),
        click.Option(["--data-dir", "data_dir"], expose_value=False, callback=_merge_common,
                     type=DataFolder(),
                     help="Data folder (also KIOSK_DATA_DIR)."),
        click.Option(["-v", "--verbose"], count=True, expose_value=False,
                     callback=_merge_common, help="More log output (-vv for debug)."),
    ]


def with_common_options(command: click.Command) -> click.Command:
    """Accept the common options after the sub-command too. A command's own option of the same
    name (``login --event``, ``wipe --event``, ``demo --data-dir``) keeps its meaning."""
    if getattr(command, "_kiosk_common", False):
        return command
    taken = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
    for param in _common_params():
        if not taken & set(param.opts):
            command.params.append(param)
    if "--data-dir" not in taken:  # (``demo --data-dir`` keeps its log with its own folder)
        run = command.invoke

        def invoke(ctx: click.Context):
            if isinstance(ctx.find_root().obj, CliContext):
                ctx.find_root().obj.start_file_log()
            return run(ctx)

        command.invoke = invoke  # type: ignore[method-assign]
    command._kiosk_common = True  # type: ignore[attr-defined]
    return command


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="kiosk")
@click.option("--api-url", envvar="KIOSK_API_URL", help="WebKasa API base URL.")
@click.option(
    "--api-key", envvar="KIOSK_API_KEY", help="API key (else the one saved by 'kiosk login')."
)
@click.option("--event", "event_id", envvar="KIOSK_EVENT", help="Event id (evt_...).")
@click.option(
    "--data-dir",
    envvar="KIOSK_DATA_DIR",
    type=DataFolder(),
    help="Where the cache, outbox and settings live.",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.pass_context
def main(ctx, api_url, api_key, event_id, data_dir, verbose):
    """Offline-first check-in kiosk for WebKasa events.

    Without a command, opens the check-in app (as 'kiosk app' does).
    """
    from kiosk.logs import setup_logging
    from kiosk.settings import default_data_dir

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    # personal data (cache, logs, exports, tickets) is readable by this user only
    os.umask(0o077)
    setup_logging(verbose)  # the file log starts with the sub-command (start_file_log)
    # a key piped or pasted with a line end or spaces around it is the same key
    api_key = api_key.strip() if api_key else api_key
    ctx.obj = CliContext(
        data_dir=data_dir, api_url=api_url, api_key=api_key or None, event_id=event_id,
        verbose=verbose,
    )
    if ctx.invoked_subcommand is None:
        ctx.obj.start_file_log()
        ctx.invoke(LazyGroup.get_command(main, ctx, "app"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
