"""GUI commands. ``app`` opens the check-in window (Qt is imported only when it runs);
``demo`` runs the whole kiosk on made-up data; ``wipe`` removes an event's data after it."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource


@click.command()
@click.option("--kiosk", "kiosk_mode", is_flag=True,
              help="Self-service mode: fullscreen door screen, locked with the staff PIN.")
@click.option("--camera", "camera_source", default=None,
              help="Camera index, video file or stream URL (overrides the saved setting).")
@click.pass_context
def app(ctx: click.Context, kiosk_mode: bool, camera_source: str | None) -> None:
    """Open the check-in app for the configured event (first-run setup if needed)."""
    require_display("kiosk app")
    from kiosk.commands.common import resolve_settings
    from kiosk.ui.app import run_app

    settings, key = resolve_settings(ctx)
    code = run_app(ctx.find_root().obj.data_dir, settings, api_key=key, kiosk_mode=kiosk_mode,
                   camera_source=camera_source, door_factory=_linked_door)
    sys.exit(code)


# Qt platforms that draw without a display server (QT_QPA_PLATFORM; options after ':').
_NO_DISPLAY_NEEDED = {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc",
                      "vkkhrdisplay"}


def require_display(command: str) -> None:
    """On Linux and the BSDs a window needs an X11 or Wayland display: without one Qt aborts
    with "reinstalling the application may fix this problem". Say what is missing instead
    (exit 3), before Qt or anything slow starts."""
    import os

    from kiosk.commands.errors import EXIT_CONFIG, Fail

    if sys.platform in ("win32", "darwin") or sys.platform.startswith("cygwin"):
        return
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")):
        return
    platforms = os.environ.get("QT_QPA_PLATFORM", "")
    if any(p.split(":")[0].strip() in _NO_DISPLAY_NEEDED for p in platforms.split(";")):
        return
    raise Fail(f"No display: {command} opens a window, and neither DISPLAY nor WAYLAND_DISPLAY "
               "is set (no desktop session here, or an SSH login without -X). Run it on the "
               "machine's desktop, or try the kiosk without a window: kiosk demo --no-gui",
               EXIT_CONFIG)


def _linked_door(data_dir, settings, api_key):
    """The app's door, linked with the other doors of the event (issue 10); the door stops
    the link when it closes."""
    from kiosk.door import Door
    from kiosk.peers.node import start_for

    door = Door.open(data_dir, settings, api_key)
    start_for(door, api_key)
    return door


# ------------------------------------------------------------------------------- demo


@click.command()
@click.option("--kiosk", "kiosk_mode", is_flag=True,
              help="Start in the locked self-service mode (staff PIN 1234).")
@click.option("--no-gui", is_flag=True,
              help="Sync, write the tickets and the video, check the tickets in from the "
                   "command line, and exit (headless machines, tests).")
@click.option("--camera", "camera_source", default=None, metavar="SOURCE",
              help="Camera index, video file or stream URL; 'demo' for the demo video "
                   "(default: webcam 0 if one opens, else the demo video).")
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="Port of the demo server on 127.0.0.1 (0: a free one).")
@click.option("--data-dir", "demo_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Demo data folder, kept between runs (default: this user's demo folder, "
                   "webkasa-kiosk-demo in the user data folder).")
@click.option("--reset", is_flag=True,
              help="Start the demo folder over: settings, tickets, logs and check-ins go "
                   "(the cached demo video stays).")
@click.pass_context
def demo(ctx: click.Context, kiosk_mode: bool, no_gui: bool, camera_source: str | None,
         port: int, demo_dir: Path | None, reset: bool) -> None:
    """Try the kiosk with made-up data: no account, no network.

    Starts a WebKasa simulator on this machine (800 registrations in every status, the
    event nearly full), syncs a demo data folder from it, writes a sheet of tickets for every
    verdict, and opens the app on it.
    """
    if not no_gui:
        require_display("kiosk demo")
    from kiosk.demo import DemoDirError, demo_session

    root = ctx.find_root()
    if demo_dir is None and root.get_parameter_source("data_dir") is ParameterSource.COMMANDLINE:
        demo_dir = root.params.get("data_dir")  # `kiosk --data-dir DIR demo`; never from the env
    with ExitStack() as stack:
        try:
            session = stack.enter_context(demo_session(demo_dir, port=port, reset=reset))
        except DemoDirError as exc:
            raise click.BadParameter(str(exc), param_hint="--data-dir") from None
        except OSError as exc:
            if not port:
                raise
            raise click.BadParameter(f"cannot listen on 127.0.0.1:{port}: "
                                     f"{exc.strerror or exc}", param_hint="--port") from None
        _log_into(session.data_dir)
        _echo_session(session)
        if no_gui:
            code = _demo_headless(session)
        else:
            code = _demo_gui(session, kiosk_mode, camera_source)
        _echo_leftovers(session)
    ctx.exit(code)


def _log_into(data_dir: Path) -> None:
    """Keep the demo's log with the demo's data, not in the real kiosk's data folder."""
    from kiosk.logs import add_file_log, remove_file_logs

    remove_file_logs()
    add_file_log(data_dir)


def _echo_session(session) -> None:
    sim = session.simulator
    event = sim.event(sim.main_event_id)
    taken = sim.places_taken(sim.main_event_id)
    click.echo(f"Demo server:   {sim.url}  (made-up data; nothing leaves this machine)")
    click.echo(f"Demo event:    {event['title']} ({sim.main_event_id}): "
               f"{len(sim.registrations(sim.main_event_id))} registrations, "
               f"{taken} of {event['slots']} places taken")
    click.echo(session.sync_summary)
    click.echo(f"Data folder:   {session.data_dir}")
    click.echo(f"Ticket sheet:  {session.tickets.pdf}  (print it)")
    click.echo(f"               {session.tickets.png}")
    click.echo(f"               {session.tickets.pdf.parent / 'tickets'}  "
               "(one PNG per ticket, to show on a phone)")
    sys.stdout.flush()


def _echo_leftovers(session) -> None:
    click.echo(f"The demo data stays in {session.data_dir} for the next run "
               "('kiosk demo --reset' starts it over); remove it with:")
    click.echo(f"  kiosk --data-dir {_quote(session.data_dir)} wipe --all --yes")


def _quote(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


def _demo_headless(session) -> int:
    """Scan the tickets with the real decoder, check them in, show the verdicts, then undo the
    check-ins so the printed sheet admits again in the app."""
    from kiosk.demo import decode_ticket_images
    from kiosk.models import VerdictKind

    video = session.make_video()
    click.echo(f"Demo video:    {video}")
    seen = _codes_in_video(video)
    expected = {c.payload for c in session.cases}
    click.echo(f"               {len(seen & expected)} of {len(expected)} tickets read from it "
               "by the camera decoder")
    click.echo("Sample check-ins (the ticket images, read by the QR decoder):")
    payloads = decode_ticket_images([session.tickets.singles[c.key] for c in session.cases])
    door = session.open_door()
    ok = seen >= expected
    admitted = []
    try:
        for n, (case, payload) in enumerate(zip(session.cases, payloads), start=1):
            if payload is None:
                click.echo(f"  {n}. {case.label:<20} ticket image not readable")
                ok = False
                continue
            verdict = door.checkin(payload)
            ok &= verdict.kind == case.expected
            if verdict.kind is VerdictKind.ADMIT:
                admitted.append(verdict.registration_id)
            _echo_verdict(f"{n}. {case.label}", verdict, case.registration.attendee_name)
        if admitted:
            again = door.checkin(payloads[0] or session.cases[0].payload)
            ok &= again.kind is VerdictKind.ALREADY_CHECKED_IN
            _echo_verdict(f"1. {session.cases[0].label} again", again)
        for rid in admitted:
            door.undo(rid)
        if admitted:
            click.echo("Undid the sample check-ins, so the tickets admit again in the app.")
    finally:
        door.close()
    if not ok:
        click.echo("Some tickets did not give the expected verdict.", err=True)
    return 0 if ok else 1


def _echo_verdict(label: str, verdict, name: str | None = None) -> None:
    from kiosk.commands.common import verdict_message

    who = f" {verdict.attendee_name or name}" if verdict.attendee_name or name else ""
    click.echo(f"  {label:<24}{verdict.kind.upper():<20}{who}: {verdict_message(verdict)}")


def _codes_in_video(video: Path) -> set[str]:
    from kiosk.scan.decoders import make_decoder
    from kiosk.scan.frames import FrameSource

    decoder = make_decoder("zxing", ("qr",))
    found: set[str] = set()
    with FrameSource(str(video), kind="file") as frames:
        for frame in frames:
            if frame.index % 2 == 0:  # each ticket is held still for many frames
                found.update(r.text for r in decoder.decode(frame.image, budget_s=0.03))
    return found


def _demo_gui(session, kiosk_mode: bool, camera_source: str | None) -> int:
    from kiosk.demo import DEMO_PIN, DEMO_STAFF_CODE, save_settings, video_path, webcam_available

    looping = False
    if camera_source == "demo" or (camera_source is None and not webcam_available(0)):
        why = "asked for" if camera_source == "demo" else "no webcam found"
        if not video_path(session.cases, session.demo_dir).exists():
            click.echo("Making the demo video (once; it is kept in the demo folder)...")
        camera_source = str(session.make_video())
        click.echo(f"Camera:        the demo video {camera_source}\n"
                   f"               ({why}; --camera 0 for a webcam)")
        looping = True
    elif camera_source is None:
        camera_source = "0"
        click.echo("Camera:        webcam 0 (hold a ticket from the sheet up to it)")
    else:
        click.echo(f"Camera:        {camera_source}")
    changes: dict[str, Any] = {"camera_source": camera_source}
    if kiosk_mode:
        from kiosk.ui.pin import hash_pin

        changes["kiosk_pin_hash"] = hash_pin(DEMO_PIN)
        changes["staff_codes"] = (DEMO_STAFF_CODE,)
        click.echo(f"Self-service mode: staff unlock with PIN {DEMO_PIN} "
                   f"or staff code {DEMO_STAFF_CODE}")
    settings = session.settings.with_(**changes)
    save_settings(settings, session.data_dir)
    click.echo("Opening the check-in window; close it to end the demo.")
    sys.stdout.flush()

    from kiosk.ui.app import make_app, run_app

    make_app(language=settings.language)
    return run_app(session.data_dir, settings, api_key=session.api_key, kiosk_mode=kiosk_mode,
                   camera_source=camera_source, camera_loop=looping)


# ------------------------------------------------------------------------------- wipe

@click.command()
@click.option("--event", "event_id", help="The event to wipe (default: the configured one).")
@click.option("--all", "wipe_all", is_flag=True,
              help="Everything in the data folder: every event, settings, logs, the key.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--keep-key", is_flag=True, help="Leave the API key in the system keyring.")
@click.option("--force", is_flag=True,
              help="Wipe even if check-ins have not reached WebKasa yet (they are lost).")
@click.pass_context
def wipe(ctx: click.Context, event_id: str | None, wipe_all: bool, yes: bool, keep_key: bool,
         force: bool) -> None:
    """Remove every trace of an event from this computer after it: the cached registrations,
    check-ins and scan history, logs, tracked exports, the settings' event and the API key.
    """
    from kiosk.commands.errors import EXIT_CONFIG, EXIT_PARTIAL, Fail
    from kiosk.settings import load
    from kiosk.wipe import carry_out, plan_wipe

    obj = ctx.find_root().obj
    if wipe_all and event_id:
        raise click.UsageError("give --event or --all, not both")
    if not wipe_all:
        event_id = event_id or obj.event_id or load(obj.data_dir).event_id
        if not event_id:
            raise Fail("No event to wipe: pass --event evt_... or --all", EXIT_CONFIG)
    plan = plan_wipe(obj.data_dir, None if wipe_all else event_id, api_url=obj.api_url,
                     keep_key=keep_key)
    if plan.empty:
        click.echo(f"Nothing to remove in {obj.data_dir}"
                   + ("" if wipe_all else f" for {event_id}") + ".")
        return
    if (plan.unsent or plan.conflicts) and not force:
        problems = []
        if plan.unsent:
            problems.append(f"{plan.unsent} change{'s' if plan.unsent != 1 else ''} (check-ins, "
                            "undos, walk-ins) not uploaded to WebKasa yet")
        if plan.conflicts:
            problems.append(f"{plan.conflicts} refused by WebKasa and not resolved")
        raise Fail(f"{' and '.join(problems)}: run 'kiosk push' and 'kiosk conflicts' first, "
                   "or pass --force to lose them", EXIT_PARTIAL)
    if not yes:
        click.echo("This removes:")
        for line in plan.lines():
            click.echo(f"  {line}")
        click.confirm("Remove all of this?", abort=True)
    removed = carry_out(plan)
    click.echo("Removed:")
    for line in removed:
        click.echo(f"  {line}")
