"""Adding and removing doors (issue 21): ``kiosk join INVITATION``, and what ``kiosk doors
--invite`` and ``--remove`` do. The protocol and the copy are in :mod:`kiosk.peers.joining`."""

from __future__ import annotations

import time

import click

from kiosk.clock import local_time
from kiosk.commands.common import new_passphrase, open_door
from kiosk.commands.errors import EXIT_AUTH, EXIT_CONFIG, EXIT_NETWORK, EXIT_USAGE, Fail
from kiosk.text import json_line, terminal_safe


@click.command()
@click.argument("invitation", metavar="INVITATION")
@click.option("--device-name", help="This door's name, shown with its check-ins.")
@click.option("--json", "as_json", is_flag=True, help="The result as one JSON object.")
@click.pass_context
def join(ctx, invitation, device_name, as_json):
    """Become a door of another door's event with its one-time INVITATION (the text code
    under its QR code, from 'kiosk doors --invite' or Settings -> Doors). Copies the event,
    the key, the shared settings, the registrations and the check-ins over the LAN,
    encrypted; no WebKasa request. Run it on a new data folder."""
    from kiosk.peers import joining

    obj = ctx.find_root().obj

    def progress(step: str) -> None:
        if not as_json:
            click.echo(f"Joining: {step}", err=True)

    try:
        result = joining.join(obj.data_dir, invitation, device_name=device_name or "",
                              new_passphrase=new_passphrase, progress=progress)
    except joining.NoDoorAnswered as exc:
        raise Fail(str(exc), EXIT_NETWORK) from None
    except joining.JoinError as exc:
        raise Fail(str(exc), EXIT_AUTH) from None
    except ValueError as exc:  # a code that is not an invitation
        raise Fail(str(exc), EXIT_USAGE) from None
    if as_json:
        click.echo(json_line({"event_id": result.event_id,
                              "registrations": result.registrations,
                              "entries": result.entries, "inviter": result.inviter,
                              "scan_only": result.key_stored is False}))
        return
    click.echo(f"Joined event {terminal_safe(result.event_id)} from "
               f"{terminal_safe(result.inviter)}: {result.registrations} registrations, "
               f"{result.entries} check-ins and undos from the doors.")
    if result.key_stored is False:
        click.echo("Scan only: no API key was handed over; this door shares check-ins with "
                   "the others, and one with the key uploads them.")


def invite(ctx, scan_only: bool, as_json: bool) -> None:
    """``kiosk doors --invite``: a one-time invitation, served by the door running on this
    data folder, or by this command until it is used or expires when none runs."""
    from kiosk import keys
    from kiosk.peers import joining, membership
    from kiosk.peers.node import door_listening, resolve_secret

    door = open_door(ctx)
    settings = door.settings
    if not settings.peer_port:
        raise Fail("peer_port is 0 (any free port): set a fixed port to invite doors",
                   EXIT_CONFIG)
    key = keys.for_peers(ctx.find_root().obj.data_dir, settings.api_url,
                         ctx.find_root().obj.api_key)
    secret = resolve_secret(settings, key)
    if secret is None:
        raise Fail("This door has no API key or peer secret: it cannot link other doors",
                   EXIT_CONFIG)
    if scan_only is False and not key:
        raise Fail("This door has no API key to hand over: invite with --scan-only",
                   EXIT_CONFIG)
    made = joining.invite(door.store, settings.event_id or "",
                          [f"{a}:{settings.peer_port}"
                           for a in joining.lan_addresses(settings.peer_bind)],
                          scan_only=scan_only)
    expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(made.expires_at))
    if as_json:
        click.echo(json_line({"code": made.text, "expires_at": expires,
                              "addresses": list(made.addresses), "scan_only": scan_only}))
    else:
        import io

        import segno

        out = io.StringIO()
        segno.make(made.text, error="m").terminal(out=out, compact=True)
        click.echo(out.getvalue())
        click.echo(f"Invitation: {made.text}")
        click.echo(f"On the new door: kiosk join {made.text}")
        click.echo(f"Valid until {local_time(expires)}, for one door"
                   + (" (scan only: no API key)" if scan_only else "") + ".")
    running = door_listening(f"127.0.0.1:{settings.peer_port}", secret, door.journal.door_id)
    if running == door.journal.door_id:
        return  # this folder's running door hands it out
    from kiosk.peers.node import start_for

    if start_for(door, key) is None:
        raise Fail(f"Port {settings.peer_port} is taken by another program: nothing can hand "
                   "out the invitation", EXIT_NETWORK)
    if not as_json:
        click.echo("Waiting for the new door (Ctrl+C to stop)...", err=True)
    while True:
        state = membership.invitation_state(door.store.db, made.id, time.time())
        if state in ("used", "expired"):
            break
        time.sleep(0.5)  # a person's wait, not a test's: polls the data folder
    if not as_json:
        click.echo("The new door has joined." if state == "used"
                   else "The invitation expired unused.", err=True)
    if state != "used":
        raise Fail("The invitation expired unused", EXIT_CONFIG)


def remove(ctx, door_id: str, as_json: bool) -> None:
    """``kiosk doors --remove ID``: the other doors refuse that door's later entries."""
    door = open_door(ctx)
    journal = door.journal
    if door_id == journal.door_id:
        raise Fail("This is this door's own id: remove it from another door", EXIT_USAGE)
    known = {info.door_id: info for info in journal.doors()}
    if door_id not in known:
        raise Fail(f"No door {door_id} seen here (see 'kiosk doors')", EXIT_USAGE)
    removal = journal.remove_door(door_id)
    if as_json:
        click.echo(json_line({"removed": door_id, "name": known[door_id].name,
                              "entries_kept": removal["upto"]}))
        return
    click.echo(f"Removed {terminal_safe(known[door_id].name)} ({door_id}): its "
               f"{removal['upto']} entries held stay, later ones are refused here and, once "
               "the doors have exchanged, everywhere.")
