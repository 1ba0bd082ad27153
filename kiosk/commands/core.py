"""The core commands: sync, push, checkin, undo, register, status, export, events, conflicts,
doors, login, repair. What they share is in :mod:`.common`; their exit codes, stable for
scripts, in :mod:`.errors`."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from typing import NoReturn

import click

from kiosk import registrations
from kiosk.api import client_for
from kiosk.clock import local_time, skew_warning
from kiosk.codes import clean
from kiosk.commands.common import (
    Progress,
    PushProgress,
    admissions_text,
    api_errors,
    keep_fresh,
    link_peers,
    new_passphrase,
    no_key,
    open_door,
    print_verdict,
    resolve_settings,
)
from kiosk.commands.errors import EXIT_CONFIG, EXIT_PARTIAL, EXIT_STORAGE, EXIT_USAGE, Fail
from kiosk.commands.stopping import Stopped, StopSignals
from kiosk.door import (
    CapacityError,
    Door,
    DoorError,
    NothingToUndo,
    WalkIn,
    WalkInInvalid,
    unrecorded_verdict,
)
from kiosk.freshness import stale_s
from kiosk.logs import mask
from kiosk.models import VerdictKind
from kiosk.rules import DOOR_MODES, MAX_GUESTS
from kiosk.settings import SettingError, load, save
from kiosk.store import StoreError
from kiosk.text import json_line, terminal_safe


@click.command()
@click.option("--no-push", is_flag=True, help="Only pull the registrations.")
@click.option("--deadline", type=float, default=None, metavar="SECONDS",
              help="Keep retrying uploads through network errors this long (push_deadline_s).")
@click.option("--accept-removals", is_flag=True,
              help="Remove the registrations the server no longer lists, even when they are "
                   "more than a tenth of the event (otherwise kept, and the sync exits 1).")
@click.pass_context
def sync(ctx, no_push, deadline, accept_removals):
    """Pull every registration of the event, then upload waiting check-ins."""
    door = open_door(ctx, need_cache=False, need_key=True)
    progress = Progress("Syncing registrations")
    try:
        with api_errors():
            result = door.pull(progress=progress, accept_removals=accept_removals)
    finally:
        progress.close()
    click.echo(
        f"Pulled {result.stored} rows ({result.total} registrations) in {result.requests} "
        f"requests, {result.seconds:.1f}s" + ("" if result.complete else " - INCOMPLETE")
        + (f"; {result.skipped} malformed rows skipped" if result.skipped else "")
        + (f"; {result.vanished} gone from the server" if result.vanished else "")
    )
    if result.warning:
        click.echo(f"WARNING: {terminal_safe(result.warning)}")
    complete = result.complete and not result.warning
    if not no_push:
        complete = _push(door, deadline) and complete
    ctx.exit(0 if complete else EXIT_PARTIAL)


@click.command()
@click.option("--deadline", type=float, default=None, metavar="SECONDS",
              help="Keep retrying through network errors this long (push_deadline_s).")
@click.pass_context
def push(ctx, deadline):
    """Upload waiting check-ins and walk-ins (the outbox) now."""
    door = open_door(ctx, need_cache=False, need_key=True)
    ctx.exit(0 if _push(door, deadline) else EXIT_PARTIAL)


def _push(door: Door, deadline: float | None = None) -> bool:
    """Upload the outbox; True only if nothing waits and the server refused nothing new."""
    wait = door.settings.push_deadline_s if deadline is None else deadline
    progress = PushProgress()
    try:
        with api_errors():
            result = door.push(ignore_backoff=True, deadline_s=max(0.0, wait),
                               progress=progress)
    finally:
        progress.close()
    line = f"Uploaded {result.sent}, {result.remaining} waiting, {result.conflicts} new conflicts"
    if result.error is not None:
        line += f" (stopped: {terminal_safe(result.error)})"
    click.echo(line)
    if result.conflicts:
        click.echo("See them with 'kiosk conflicts'.", err=True)
    # a refusal is "done, but not everything succeeded": staff must look at it (exit 1)
    return result.complete and result.conflicts == 0


@click.command()
@click.argument("codes", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--stdin", "from_stdin", is_flag=True, help="Read one code per line from stdin.")
@click.option("--allow-pending/--no-allow-pending", default=None,
              help="Admit PENDING registrations (default: the saved setting, off).")
@click.option("--print", "print_badges", is_flag=True,
              help="Print a name badge for each admitted registration (once per registration).")
@click.option("--printer", help="Badge printer for --print (else the badge_printer setting).")
@click.option("--no-sync", is_flag=True,
              help="With --stdin: never pull or upload in the background (an offline door).")
@click.option("--people", type=click.IntRange(1, 1 + MAX_GUESTS), default=None, metavar="N",
              help="Admit (or let out) only N of the party; the rest stay open (default: all).")
@click.option("--mode", type=click.Choice(DOOR_MODES), default=None,
              help="entry, exit or both for these scans (default: the door_mode setting).")
@click.option("--anyway", is_flag=True,
              help="Staff: admit even before the doors open (doors_open_min before the start).")
@click.pass_context
def checkin(ctx, codes, as_json, from_stdin, allow_pending, print_badges, printer, no_sync,
            people, mode, anyway):
    """Check in scanned codes (raw QR payloads, URLs, JSON or ids) from the local cache.

    With --stdin the door runs until the input ends, pulling every sync_interval_s and
    uploading every push_interval_s in the background (not with --no-sync); verdicts never
    wait for the network. With --print, badges print after each verdict; a printer that
    fails never fails the check-in: its badges wait for 'kiosk badge --pending'.
    """
    if not codes and not from_stdin:
        raise click.UsageError("give at least one CODE, or --stdin")
    try:
        door = open_door(ctx)
    except (sqlite3.Error, OSError, StoreError) as exc:
        _answer_unrecorded(ctx, exc, _lines(codes, StopSignals() if from_stdin else None), as_json)
    if allow_pending is not None:
        door.settings = door.settings.with_(allow_pending=allow_pending)
    if print_badges:
        door.settings = door.settings.with_(badge_on_admit=True)
    answered = admitted = 0
    not_recorded = False
    stop = StopSignals()
    with stop if from_stdin else nullcontext():  # a one-shot check-in keeps Ctrl+C's abort
        if from_stdin:
            link_peers(ctx, door)  # a long-running door shares its check-ins (issue 10)
            keep_fresh(ctx, door, no_sync)  # and keeps its copy fresh by itself (issue 21)
        for code in _lines(codes, stop if from_stdin else None):
            # a storage fault is an "error" verdict: keep answering
            verdict = door.checkin(code, people=people, mode=mode, anyway=anyway)
            answered += 1
            admitted += verdict.done  # in or out, as the door's mode asked
            not_recorded |= verdict.kind is VerdictKind.ERROR
            print_verdict(verdict, as_json, stale_s(door))
            if print_badges and verdict.kind is VerdictKind.ADMIT:
                from kiosk.commands.badge_printing import print_queue

                print_queue(door, printer or door.settings.badge_printer, to_stderr=True)
    if from_stdin:
        click.echo(stop.summary(answered, admitted), err=True)
    ctx.exit(EXIT_STORAGE if not_recorded else 0 if admitted == answered else EXIT_PARTIAL)


def _answer_unrecorded(ctx: click.Context, exc: Exception, lines: Iterator[str],
                       as_json: bool) -> NoReturn:
    """The door could not open its database (a disk full before it started): a scanner pipe
    still gets one answer a line, the ``error`` verdict that admits nobody, as when the
    storage fails later, rather than no answer at all."""
    from kiosk.repair import storage_problem

    problem = storage_problem(exc)
    if problem is None:
        raise exc
    click.echo(f"Error: {problem}", err=True)
    for code in lines:
        print_verdict(unrecorded_verdict(clean(code)[:200], problem), as_json)
    ctx.exit(EXIT_STORAGE)


def _lines(codes, stdin: StopSignals | None) -> Iterator[str]:
    """The codes given, then with ``stdin`` each line of it as it arrives, until its end or
    a stop signal (SIGTERM, SIGINT: the code in hand is answered first)."""
    yield from codes
    while stdin is not None:
        try:
            with stdin.waiting():
                line = sys.stdin.readline()
        except Stopped:
            return
        if not line:
            return
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


@click.command()
@click.argument("code", metavar="CODE")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def undo(ctx, code, as_json):
    """Reverse a check-in (locally now, on the server with the next upload).

    CODE is anything ``checkin`` takes: the ticket's id, URL or JSON as scanned.
    """
    from kiosk.codes import InvalidCode, parse_code

    door = open_door(ctx)
    registration_id = code.strip()
    if door.attendee(registration_id) is None:  # not an id as stored (walk-ins: local_...)
        try:
            parsed = parse_code(code)
        except InvalidCode as exc:
            raise Fail(str(exc), EXIT_PARTIAL) from None
        if parsed.event_id and parsed.event_id not in door.event_ids:
            raise Fail("That ticket is for another event", EXIT_PARTIAL)
        registration_id = parsed.registration_id
    try:
        attendee = door.undo(registration_id)
    except NothingToUndo as exc:
        raise Fail(str(exc), EXIT_PARTIAL) from None
    if as_json:
        click.echo(json_line({"registration_id": attendee.id,
                              "status": attendee.effective_status}))
    else:
        click.echo(f"Undone: {terminal_safe(attendee.registration.attendee_name)} is "
                   f"{attendee.effective_status} again")


@click.command()
@click.option("--name", required=True, help="Attendee's name.")
@click.option("--email", required=True, help="Attendee's email.")
@click.option("--phone", default=None)
@click.option("--guests", default=0, type=int, show_default=True, help="Additional guests.")
@click.option("--notes", default=None)
@click.option("--checkin", "check_in", is_flag=True, help="Check the party in at once.")
@click.option("--event", "for_event", default=None,
              help="The event to register for, one this door serves (default: the first). "
                   "The door's events are set before the command: kiosk --event a,b register.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def register(ctx, name, email, phone, guests, notes, check_in, for_event, as_json):
    """Register a walk-in (refused when the party does not fit in the places left of its
    event)."""
    door = open_door(ctx)
    try:
        attendee, verdict = door.register(
            WalkIn(name, email, phone, guests, notes), check_in=check_in, event_id=for_event
        )
    except (WalkInInvalid, CapacityError) as exc:
        field = getattr(exc, "field", None)
        if as_json:  # a script reading JSON gets JSON, refusals included
            click.echo(json_line({"registered": False, "error": str(exc), "field": field,
                                  "reason": "invalid" if field else "capacity"}))
            ctx.exit(EXIT_PARTIAL)
        message = f"{exc} ({field})" if field else f"Cannot register: {exc}"
        raise Fail(message, EXIT_PARTIAL) from None
    if as_json:
        click.echo(json_line({"registration_id": attendee.id, "party_size": attendee.party_size,
                              "status": attendee.effective_status,
                              "verdict": verdict.to_json() if verdict else None}))
    else:
        click.echo(f"Registered {terminal_safe(attendee.registration.attendee_name)} (party of "
                   f"{attendee.party_size}) as {attendee.id}; uploads with the next sync")
        if verdict:
            print_verdict(verdict, False)


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status(ctx, as_json):
    """Counts by status, people in against slots, last sync and the outbox."""
    door = open_door(ctx)
    report = door.status()
    server_counts, local_changes = _server_counts(door, report.counts)
    if as_json:
        data = report.to_json()
        data["server_counts"] = server_counts
        click.echo(json_line(data))
        if not report.first_sync_complete:
            ctx.exit(EXIT_CONFIG)
        return
    if not report.first_sync_complete:
        raise Fail("First sync incomplete: only part of the event is downloaded; run "
                   "'kiosk sync' again", EXIT_CONFIG)
    event = report.event
    if len(report.events) > 1:  # several events at this door (issue 20): each, then the total
        for each in report.events:
            click.echo(f"Event:      {terminal_safe(each.title or '?')} ({each.event_id}): "
                       f"{each.people_in} in" + (f" of {each.slots}" if each.slots else ""))
        slots = report.to_json()["total"]["slots"]
        click.echo(f"Total:      {report.people_in} in" + (f" of {slots}" if slots else ""))
    else:
        click.echo(f"Event:      {terminal_safe(event.title)} ({event.id})" if event
                   else "Event: ?")
        slots = event.slots if event else None
    click.echo(f"People in:  {report.people_in}" + (f" of {slots} places" if slots else ""))
    limit = f" of {report.max_inside} allowed" if report.max_inside else ""
    occupancy = {"near": " (nearly full)", "full": " (FULL: entry waits for an exit)"}.get(
        report.occupancy, "")
    click.echo(f"Inside now: {report.inside}{limit}{occupancy}")
    if report.places_left is not None:
        click.echo(f"Places left: {report.places_left}")
    click.echo("By status, with this door's changes:  "
               + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
    click.echo("By status, as the server last said:   "
               + ", ".join(f"{k} {v}" for k, v in server_counts.items())
               + (f"  ({local_changes} local change{'s' if local_changes != 1 else ''} "
                  "not confirmed by a sync yet)" if local_changes else ""))
    click.echo(f"Last sync:  {local_time(report.last_sync_at)}")
    click.echo(f"Outbox:     {report.outbox.pending} waiting, {report.outbox.conflicts} conflicts")
    if report.sync_warning:
        about = f"{report.sync_warning_event}: " if report.sync_warning_event else ""
        click.echo(f"WARNING:    {terminal_safe(about + report.sync_warning)}")
    for skew, whose in ((report.server_clock_skew_s, "the WebKasa server's"),
                        (report.clock_skew_s, "the other doors'")):
        clock_warning = skew_warning(skew, whose)
        if clock_warning:
            click.echo(f"WARNING:    {clock_warning}")
    if report.double_entries:
        click.echo(f"Double entries: {report.double_entries} (see 'kiosk doors')")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per door.")
@click.option("--set-secret", is_flag=True,
              help="Store a peer secret in the keyring (doors with different API keys).")
@click.option("--invite", is_flag=True,
              help="A one-time invitation (QR and text code, 10 minutes) for 'kiosk join'.")
@click.option("--scan-only", is_flag=True,
              help="With --invite: hand over the doors' secret but not the API key.")
@click.option("--remove", "remove_id", metavar="ID",
              help="Remove door ID: every door refuses its later check-ins.")
@click.pass_context
def doors(ctx, as_json, set_secret, invite, scan_only, remove_id):
    """The other doors of this event seen so far, their last contact, lag, double entries,
    and which door pulls from WebKasa for the venue; invite a new door, or remove one."""
    import time as _time

    from kiosk.peers.venue import last_puller

    if invite or remove_id:
        from kiosk.commands import join

        if invite:
            join.invite(ctx, scan_only, as_json)
        else:
            join.remove(ctx, remove_id, as_json)
        return
    if set_secret:
        from kiosk.secrets import NoKeyring, set_peer_secret

        settings, _ = resolve_settings(ctx)
        secret = click.prompt("Peer secret (the same on every door)", hide_input=True,
                              confirmation_prompt=True).strip()
        if len(secret) < 12:
            raise Fail("Use at least 12 characters for the peer secret", EXIT_PARTIAL)
        try:
            set_peer_secret(settings.api_url, secret)
        except NoKeyring as exc:
            raise Fail(str(exc), EXIT_CONFIG) from None
        click.echo(f"Peer secret {mask(secret)} stored in the system keyring; restart the door.")
        return
    door = open_door(ctx)
    now = _time.time()
    found = door.journal.doors()
    removed = {r["door"] for r in door.journal.removals()}
    doubles = door.journal.double_entries()
    if not found and not doubles:  # said, as 'conflicts' says it, not an empty output
        click.echo("[]" if as_json else "No other doors seen yet.")
        return
    puller = last_puller(door)  # as the running door noted it at its last pull (issue 21)
    if puller is not None:
        if as_json:
            click.echo(json_line({"puller": puller.get("name"), "puller_id": puller.get("id"),
                                  "pulls_here": puller.get("here") is True}))
        else:
            who = ("this door" if puller.get("here") is True
                   else terminal_safe(str(puller.get("name"))))
            click.echo(f"Pulls from WebKasa for the venue: {who}")
    for info in found:
        ago = None if info.last_contact is None else round(now - info.last_contact, 1)
        pulls = puller is not None and puller.get("id") == info.door_id
        if as_json:
            click.echo(json_line({"door_id": info.door_id, "name": info.name,
                                  "address": info.address, "last_contact": info.last_contact,
                                  "seconds_since_contact": ago, "entries_held": info.have,
                                  "lag": info.lag, "removed": info.door_id in removed,
                                  "pulls": pulls}))
        else:  # door names come from other machines: never let one drive the terminal
            seen = "never contacted directly" if ago is None else f"last contact {ago:.0f}s ago"
            gone = " REMOVED" if info.door_id in removed else ""
            click.echo(f"{terminal_safe(info.name):<20} {terminal_safe(info.address or '-'):<22} "
                       f"{seen}, {info.have} entries held, {info.lag} behind{gone}"
                       + (", pulls from WebKasa" if pulls else "") + f"  {info.door_id}")
    for double in doubles:
        where = admissions_text(double.admissions)
        if as_json:
            click.echo(json_line({"double_entry": double.registration_id,
                                  "admissions": [{"at": a.at, "door": a.door_name}
                                                 for a in double.admissions]}))
        else:
            click.echo(f"DOUBLE ENTRY {terminal_safe(double.registration_id)}: "
                       f"{terminal_safe(where)}")


def _server_counts(door: Door, effective: dict[str, int]) -> tuple[dict[str, int], int]:
    """Registrations by the status the server last gave (local check-ins, undos and walk-ins
    not counted), in the order of the effective counts, and how many differ from the
    effective status 'People in' is based on."""
    counts = {status: 0 for status in effective}
    changed = 0
    for event_id in door.event_ids:  # every event the door admits to (issue 20)
        server, moved = registrations.server_counts(door.store.db, event_id)
        changed += moved
        for status, n in server.items():
            counts[status] = counts.get(status, 0) + n
    return counts, changed


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv",
              show_default=True)
@click.option("--output", type=click.Path(dir_okay=False),
              help="File to write (default: standard output).")
@click.option("--scans", is_flag=True,
              help="The scan log instead: every scan at every door, refusals too.")
@click.pass_context
def export(ctx, fmt, output, scans):
    """Export every registration with its effective status and check-in time."""
    from kiosk import exports

    door = open_door(ctx)
    if output is None:
        if scans:
            exports.export_scans(door.scan_log.entries(newest_first=False), sys.stdout, fmt)
        else:
            exports.export(door.attendees(), sys.stdout, fmt)
        return
    try:
        count = exports.export_to(door, output, fmt, scans=scans)
    except exports.ExportRefused as exc:
        raise Fail(str(exc), EXIT_USAGE) from None
    except OSError as exc:  # no permission there, the disk full: nothing was replaced
        raise Fail(f"Cannot write {output}: {exc.strerror or exc}", EXIT_STORAGE) from None
    what = "scans" if scans else "registrations"
    click.echo(f"Wrote {count} {what} to {terminal_safe(output)}", err=True)


@click.command()
@click.option("--all", "show_all", is_flag=True, help="Past and draft events too.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def events(ctx, show_all, as_json):
    """List the account's events (upcoming, with registration counts)."""
    settings, key = resolve_settings(ctx, need_key=True)
    if not key:
        raise no_key()
    with api_errors(), client_for(settings, key) as client:
        found = client.list_events(**({} if show_all else {"upcoming": True}),
                                   include_counts=True)
    for event in found:
        if as_json:
            from dataclasses import asdict

            click.echo(json_line(asdict(event)))
        else:
            click.echo(f"{event.id}  {event.start_date or '':10}  {terminal_safe(event.title)}  "
                       f"({event.registration_count if event.registration_count is not None else '?'}"
                       f" registered, {event.slots if event.slots is not None else '?'} slots)")


ENTRY_ID = click.IntRange(1, 2**63 - 1)  # an outbox row id: SQLite's INTEGER PRIMARY KEY


@click.command()
@click.option("--dismiss", type=ENTRY_ID, metavar="ID",
              help="Accept the server's word for entry ID.")
@click.option("--retry", type=ENTRY_ID, metavar="ID", help="Send entry ID again.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def conflicts(ctx, dismiss, retry, as_json):
    """Uploads the server refused, with what staff can do."""
    door = open_door(ctx)
    try:
        if dismiss is not None:
            door.dismiss_conflict(dismiss)
            # with --json, stdout is the list alone; confirmations go to stderr
            click.echo(f"Dismissed conflict #{dismiss}: the server's status stands.",
                       err=as_json)
        if retry is not None:
            door.retry_conflict(retry)
            click.echo(f"Conflict #{retry} queued again: it uploads with the next push "
                       "('kiosk push').", err=as_json)
    except DoorError as exc:
        raise Fail(f"{exc}: #{dismiss if dismiss is not None else retry}", EXIT_PARTIAL) from None
    found = door.conflicts()
    if as_json:
        from dataclasses import asdict

        click.echo(json_line([asdict(c) for c in found]))
        return
    if not found:
        click.echo("No conflicts.")
    for c in found:
        http = "" if c.http_status is None else f", HTTP {c.http_status}"
        where = f" {admissions_text(c.admissions)}." if c.admissions else ""
        click.echo(f"#{c.outbox_id} {c.operation} {terminal_safe(c.attendee_name or '')} "
                   f"({c.registration_id}{http}, {local_time(c.created_at)}): "
                   f"{terminal_safe(c.message)}{terminal_safe(where)}")


@click.command()
@click.option("--event", "event_id", help="Remember this event for the next runs.")
@click.option("--auth", "auth_scheme", type=click.Choice(["bearer", "x-api-key"]))
@click.option("--device-name", help="This door's name, shown with its check-ins.")
@click.pass_context
def login(ctx, event_id, auth_scheme, device_name):
    """Check an API key against the API and store it in the system keyring.

    Without a keyring (Linux without Secret Service), the key goes into a file in the data
    folder encrypted with a staff passphrase (asked here, or KIOSK_KEY_PASSPHRASE), which the
    kiosk asks for when it starts."""
    from kiosk import keys

    obj = ctx.find_root().obj
    settings = load(obj.data_dir)
    if obj.api_url:
        settings = settings.with_(api_url=obj.api_url)
    if auth_scheme:
        settings = settings.with_(auth_scheme=auth_scheme)
    if device_name:
        settings = settings.with_(device_name=device_name)
    try:
        chosen = (settings.for_events(event_id or obj.event_id).served_events
                  if event_id or obj.event_id else ())
    except SettingError as exc:
        raise Fail(f"--event: {exc}", EXIT_USAGE) from None
    key = obj.api_key or click.prompt("API key", hide_input=True)
    key = key.strip()
    with api_errors(), client_for(settings, key) as client:
        found = client.list_events(upcoming=True)
        for one in chosen:
            client.get_event(one)
    try:
        path = keys.store(obj.data_dir, settings.api_url, key, new_passphrase)
    except ValueError as exc:  # a passphrase too short
        raise Fail(str(exc), EXIT_CONFIG) from None
    where = ("in the system keyring" if path is None
             else f"in {path}, encrypted with the passphrase")
    if event_id or obj.event_id:
        settings = settings.for_events(event_id or obj.event_id)
    save(settings, obj.data_dir)
    click.echo(f"Key {mask(key)} works ({len(found)} upcoming events) and is stored {where}.")


@click.command()
@click.pass_context
def repair(ctx):
    """Check the database and rebuild its search index and indexes; keeps every record."""
    from kiosk.repair import StorageFault
    from kiosk.repair import repair as run_repair

    data_dir = ctx.find_root().obj.data_dir
    try:
        report = run_repair(data_dir)
    except StorageFault as exc:
        raise Fail(str(exc), EXIT_STORAGE) from None
    if report.problems_before:
        click.echo(f"Found {len(report.problems_before)} problem(s): "
                   + "; ".join(terminal_safe(p) for p in report.problems_before[:5]))
    click.echo("Search index and indexes rebuilt; kept " f"{report.registrations} registrations, "
               f"{report.checkins} check-ins, {report.outbox_waiting} uploads waiting")
    if not report.healthy:
        raise Fail("Still damaged after the rebuild: " + "; ".join(report.problems_after[:5])
                   + ". Keep a copy of kiosk.db and start a fresh cache with 'kiosk sync'",
                   EXIT_STORAGE)
    click.echo("The database is healthy")
