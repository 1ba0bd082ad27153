"""What the commands share: settings and key from the command line, the door they open, API
errors as one-line failures with exit codes, verdicts and admissions as people read them, a
progress bar. Commands import these from here and exit codes from :mod:`.errors`, so command
modules never import each other."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from kiosk.api import ApiError, AuthError, RateLimited, Rejected
from kiosk.clock import local_time
from kiosk.commands.errors import (
    EXIT_AUTH,
    EXIT_BUSY,
    EXIT_CONFIG,
    EXIT_NETWORK,
    EXIT_PARTIAL,
    EXIT_UNKNOWN_EVENT,
    EXIT_USAGE,
    Fail,
)
from kiosk.door import Door, NetworkBusy, NotConfigured
from kiosk.freshness import Freshness, stale_note
from kiosk.models import Verdict, VerdictKind
from kiosk.outbox import PushStep
from kiosk.settings import SettingError, Settings, api_url_problem, from_env, load
from kiosk.text import json_line, terminal_safe


def resolve_settings(ctx: click.Context, *, need_key: bool = False
                     ) -> tuple[Settings, str | None]:
    """Saved settings overridden by flags and environment, and the key as :mod:`kiosk.keys`
    resolves it; the passphrase-protected key file is unlocked only when the command needs
    the key (it talks to the server): check-ins are local and need none."""
    from kiosk import keys, secrets

    obj = ctx.find_root().obj
    try:
        settings = from_env(load(obj.data_dir, strict=True))  # KIOSK_<NAME> for every setting
        if obj.api_url:
            settings = settings.with_(api_url=_checked_url(obj.api_url))
    except SettingError as exc:
        raise Fail(str(exc), EXIT_USAGE) from None
    try:
        if obj.event_id:
            settings = settings.for_events(obj.event_id)
    except SettingError as exc:
        raise Fail(f"--event/KIOSK_EVENT {obj.event_id!r}: {exc}", EXIT_USAGE) from None
    try:
        key = keys.resolve(obj.data_dir, settings.api_url, obj.api_key,
                           ask=_ask_passphrase if need_key else None)
    except secrets.WrongPassphrase:
        raise Fail(f"Wrong passphrase for the key file {secrets.key_file(obj.data_dir)}",
                   EXIT_CONFIG) from None
    except secrets.KeyFileDamaged as exc:
        raise Fail(str(exc), EXIT_CONFIG) from None
    return settings, key


def _checked_url(url: str) -> str:
    """``--api-url`` (or ``KIOSK_API_URL``, which click reads for it) checked as the
    ``api_url`` setting is: a typo is a usage error now, not "cannot reach the server"."""
    problem = api_url_problem(url)
    if problem:
        raise SettingError(f"--api-url {url!r}: {problem}")
    return url


def _ask_passphrase() -> str | None:
    """The key file's passphrase from a terminal prompt. None after a wrong
    ``KIOSK_KEY_PASSPHRASE``, and a clear error without a terminal: a script gets an exit
    code, never a prompt it cannot answer."""
    from kiosk import secrets

    if os.environ.get(secrets.PASSPHRASE_ENV):
        return None
    if not sys.stdin.isatty():
        raise Fail(f"The API key is in a passphrase-protected file: set "
                   f"{secrets.PASSPHRASE_ENV}, or run this in a terminal", EXIT_CONFIG)
    return click.prompt("Staff passphrase for the API key", hide_input=True, err=True)


def new_passphrase() -> str:
    """A new passphrase for the key file (no keyring here): ``KIOSK_KEY_PASSPHRASE`` or
    asked twice in the terminal, after saying where the key goes and the way to store nothing."""
    from kiosk import secrets

    click.echo("This computer has no system keyring. The key will be kept in a file "
               "encrypted with a staff passphrase, asked when the kiosk starts (or set "
               f"{secrets.PASSPHRASE_ENV}). To store nothing, pass the key as KIOSK_API_KEY "
               "instead.", err=True)
    return os.environ.get(secrets.PASSPHRASE_ENV) or click.prompt(
        f"New staff passphrase (at least {secrets.MIN_PASSPHRASE} characters)",
        hide_input=True, confirmation_prompt=True, err=True)


def no_key() -> Fail:
    from kiosk.secrets import keyring_usable

    why = "" if keyring_usable() else (
        " (this computer has no system keyring: 'kiosk login' keeps the key in a "
        "passphrase-protected file)")
    return Fail(f"No API key: run 'kiosk login' or set KIOSK_API_KEY{why}", EXIT_CONFIG)


def open_door(ctx: click.Context, *, need_cache: bool = True, need_key: bool = False) -> Door:
    settings, key = resolve_settings(ctx, need_key=need_key)
    if need_key and not key:
        raise no_key()
    try:
        door = Door.open(ctx.find_root().obj.data_dir, settings, key)
    except NotConfigured as exc:
        raise Fail(str(exc), EXIT_CONFIG) from None
    if need_cache and door.event is None:
        door.close()
        raise Fail(
            f"Event {settings.event_id} is not in the local cache yet: run 'kiosk sync' first",
            EXIT_CONFIG,
        )
    ctx.call_on_close(door.close)
    return door


@contextmanager
def api_errors() -> Iterator[None]:
    """API failures as one-line messages with meaningful exit codes."""
    try:
        yield
    except AuthError as exc:
        raise Fail(f"{exc}. Check the key and its scopes (events:read, registrations:read/write)",
                   EXIT_AUTH) from None
    except Rejected as exc:
        if exc.status_code == 404:
            raise Fail(f"Unknown event or path: {exc}", EXIT_UNKNOWN_EVENT) from None
        raise Fail(str(exc), EXIT_PARTIAL) from None
    except ApiError as exc:
        raise Fail(f"{exc}", EXIT_NETWORK) from None
    except NotConfigured as exc:
        raise Fail(str(exc), EXIT_CONFIG) from None
    except NetworkBusy as exc:
        raise Fail(f"{exc}; try again when it has finished", EXIT_BUSY) from None


def admissions_text(admissions) -> str:
    """A double entry's admissions as people read them: ``18:05 at Door 1; 18:06 at Door 2``
    (local time, the door's name); JSON output keeps ISO UTC."""
    return "; ".join(f"{local_time(a.at)} at {a.door_name}" for a in admissions)


def verdict_message(verdict: Verdict) -> str:
    """The verdict's message, with the time of an earlier check-in in local time."""
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.checked_in_at:
        where = f" on {verdict.checked_in_device}" if verdict.checked_in_device else ""
        return f"Already checked in at {local_time(verdict.checked_in_at)}{where}"
    if verdict.event_ended:  # admitted after the event's end: staff should know (issue 20)
        return f"{verdict.message} (warning: the event ended at {verdict.event_ended})"
    return verdict.message


def print_verdict(verdict: Verdict, as_json: bool, stale_s: float | None = None) -> None:
    """One verdict per line, as ``kiosk checkin`` and ``kiosk scan`` print them; ``stale_s``
    (:func:`kiosk.freshness.stale_s`): judged on a copy that old, said on the line."""
    if as_json:
        data = verdict.to_json()
        data["stale_s"] = None if stale_s is None else round(stale_s, 1)
        click.echo(json_line(data))
    else:
        who = f" {terminal_safe(verdict.attendee_name)}" if verdict.attendee_name else ""
        note = f" [{terminal_safe(verdict.notes)}]" if verdict.notes else ""
        click.echo(f"{verdict.kind.upper():<18}{who}: {terminal_safe(verdict_message(verdict))}"
                   f"{note}{stale_note(stale_s)}")
    sys.stdout.flush()


class Progress:
    """A terminal progress bar that appears once the total is known."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None  # click's ProgressBar, once the total is known
        self.done = 0

    def __call__(self, done: int, total: int | None) -> None:
        if self.bar is None and total:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr,
                                         show_pos=True)
            self.bar.__enter__()
        if self.bar is not None:
            if total and total > self.bar.length:
                self.bar.length = total
            self.bar.update(max(0, done - self.done))
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


class PushProgress:
    """What an upload is doing, on one line of the terminal rewritten in place ("Uploading
    3 of 12…", "Upload 3 of 12: retrying in 4 s… (server busy)") and cleared at the end:
    against a failing server ``kiosk push`` retried for a minute in silence (issue 18).
    Nothing when stderr is not a terminal, so pipes and logs get the summary line alone."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()
        self.shown = False

    def __call__(self, step: PushStep) -> None:
        if not self.on:
            return
        text = f"Uploading {step.number} of {step.total}…"
        if step.retry_in is not None:
            why = ("server busy" if isinstance(step.error, RateLimited)
                   else terminal_safe(step.error)[:80] or "failed")
            wait = f"{step.retry_in:.1f}" if step.retry_in < 10 else f"{step.retry_in:.0f}"
            text = f"Upload {step.number} of {step.total}: retrying in {wait} s… ({why})"
        click.echo(f"\r\x1b[K{text[:_columns() - 1]}", nl=False, err=True)
        self.shown = True

    def close(self) -> None:
        if self.shown:
            click.echo("\r\x1b[K", nl=False, err=True)


def _columns() -> int:
    """The terminal's width on stderr (a line that wraps cannot be rewritten in place)."""
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns or 80
    except (OSError, ValueError):
        return 80


def link_peers(ctx: click.Context, door: Door) -> None:
    """Link a long-running door with the other doors of its event (issue 10); the door
    stops the link when it closes. Alone (as before) when there is no key or secret; the key
    file opens with ``KIOSK_KEY_PASSPHRASE`` (:func:`kiosk.keys.for_peers`)."""
    from kiosk import keys
    from kiosk.peers.node import start_for

    settings, _ = resolve_settings(ctx)
    start_for(door, keys.for_peers(ctx.find_root().obj.data_dir, settings.api_url,
                                   ctx.find_root().obj.api_key))


def keep_fresh(ctx: click.Context, door: Door, no_sync: bool) -> None:
    """Pull and upload in the background while a long-running door runs (issue 21), unless
    ``--no-sync``; stopped before the door closes."""
    if no_sync:
        return
    freshness = Freshness(door)
    freshness.start()
    ctx.call_on_close(freshness.stop)  # call_on_close runs last first: before door.close
