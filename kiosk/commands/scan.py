"""Scanning commands: ``kiosk decode``, ``kiosk scan`` (the headless door) and ``kiosk tickets``.

``decode --json`` prints one JSON object per image:
``{"file": <path as given>, "results": [{"text", "registration_id", "event_id", "format",
"position", "error"}, ...]}``. A video gives one object per distinct code in it, in the order
first seen, with ``first_frame``/``last_frame``, ``first_time``/``last_time`` (seconds into
the video), ``frames`` (how many frames showed it) and that code as the one result (its
position where first seen). A file that cannot be read gives ``"results": []`` and an
``"error"``, and exit code 1.
"""

from __future__ import annotations

import json
import logging
import queue
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from kiosk.commands.errors import EXIT_PARTIAL, EXIT_USAGE, Fail
from kiosk.commands.stopping import StopSignals
from kiosk.models import Status


def _settings(ctx: click.Context):
    """Saved settings when the group gave us a data directory, else the defaults."""
    from kiosk.settings import Settings, load

    obj = ctx.find_root().obj
    data_dir = getattr(obj, "data_dir", None)
    return load(data_dir) if data_dir else Settings()


def _decoder(name: str | None, symbologies: tuple[str, ...], settings) -> Any:
    from kiosk.scan.decoders import DecoderUnavailable, make_decoder

    try:
        return make_decoder(name or settings.decoder, symbologies or settings.symbologies)
    except (ValueError, DecoderUnavailable) as exc:
        raise click.UsageError(str(exc)) from None


def _result_json(result) -> dict[str, Any]:
    from kiosk.codes import InvalidCode, parse_code

    data: dict[str, Any] = {
        "text": result.text,
        "registration_id": None,
        "event_id": None,
        "format": result.format,
        "position": [list(p) for p in result.position],
    }
    try:
        parsed = parse_code(result.text)
        data["registration_id"] = parsed.registration_id
        data["event_id"] = parsed.event_id
    except InvalidCode as exc:
        data["error"] = str(exc)
    return data


def _decode_file(path_text: str, decoder) -> Iterator[dict[str, Any]]:
    """JSON-ready records for one file argument: at least one, even when reading it fails."""
    answered = False
    try:
        for record in _decode_records(path_text, decoder):
            answered = True
            yield record
    except Exception as exc:  # a file we cannot handle is an answer, not the end of the run
        error = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        yield {"file": path_text, "results": [], "error": error}
        return
    if not answered:
        yield {"file": path_text, "results": []}


def _decode_records(path_text: str, decoder) -> Iterator[dict[str, Any]]:
    from kiosk.scan.frames import (
        IMAGE_SUFFIXES,
        VIDEO_SUFFIXES,
        FrameSource,
        FrameSourceError,
        read_image,
    )

    path = Path(path_text)
    if path.is_dir():
        images = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        for img in images:
            yield from _decode_file(str(img), decoder)
        return
    if not path.exists():
        yield {"file": path_text, "results": [], "error": "no such file"}
        return
    if path.suffix.lower() not in VIDEO_SUFFIXES:
        image = read_image(path)
        if image is not None:
            yield {"file": path_text, "results": [_result_json(r) for r in decoder.decode(image)]}
            return
    source = FrameSource(path_text, kind="file")
    frames = 0
    seen: dict[tuple[str, str], dict[str, Any]] = {}  # (format, text) -> record, first seen first
    try:
        for frame in source:
            frames += 1
            at = round(frame.media_time or 0.0, 3)
            for r in decoder.decode(frame.image):
                record = seen.get((r.format, r.text))
                if record is None:
                    seen[(r.format, r.text)] = {
                        "file": path_text, "first_frame": frame.index, "last_frame": frame.index,
                        "first_time": at, "last_time": at, "frames": 1,
                        "results": [_result_json(r)],
                    }
                elif record["last_frame"] != frame.index:
                    record.update(last_frame=frame.index, last_time=at,
                                  frames=record["frames"] + 1)
    except FrameSourceError as exc:
        if frames == 0 and "too large" in str(exc):
            yield {"file": path_text, "results": [], "error": str(exc)}
            return
    finally:
        source.close()
    if frames == 0:
        yield {"file": path_text, "results": [], "error": "not an image or video OpenCV can read"}
    elif not seen:
        yield {"file": path_text, "results": [], "frames": frames}
    yield from seen.values()


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--decoder", "decoder_name", default=None, help="zxing (default) or pyzbar.")
@click.option(
    "--symbology", "-s", "symbologies", multiple=True,
    help="qr, code128, pdf417, aztec (repeatable; default from settings: qr).",
)  # fmt: skip
@click.pass_context
def decode(ctx, files, as_json, decoder_name, symbologies):
    """Read codes from images and videos (or folders of images)."""
    decoder = _decoder(decoder_name, symbologies, _settings(ctx))
    failed = False
    for path_text in files:
        for record in _decode_file(path_text, decoder):
            failed = failed or "error" in record and not record["results"]
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
                continue
            where = record["file"]
            if "first_frame" in record:
                where += (f" frames {record['first_frame']}-{record['last_frame']}"
                          f" ({record['first_time']:.1f}-{record['last_time']:.1f} s)")
            if not record["results"]:
                click.echo(f"{where}: {record.get('error', 'no code')}")
            for r in record["results"]:
                ident = r["registration_id"] or f"({r.get('error', 'not a ticket')})"
                click.echo(f"{where}: {ident} [{r['format']}] {r['text']!r}")
        sys.stdout.flush()
    if failed:
        ctx.exit(EXIT_PARTIAL)


@click.command()
@click.option("--source", default=None,
              help="Camera index, video file, image folder or stream URL (default: settings).")
@click.option("--json", "as_json", is_flag=True, help="One JSON verdict per line, as 'kiosk checkin --json'.")
@click.option("--decoder", "decoder_name", default=None, help="zxing (default) or pyzbar.")
@click.option("--cooldown", type=float, default=None, help="Seconds before the same code counts again.")
@click.option("--realtime/--no-realtime", default=False,
              help="Play files at their frame rate, like a camera.")
@click.option("--max-codes", type=int, default=None, help="Stop after this many codes.")
@click.option("--list-cameras", "list_only", is_flag=True, help="List the cameras and exit.")
@click.option("--no-sync", is_flag=True,
              help="Never pull or upload in the background (a door that stays offline).")
@click.pass_context
def scan(ctx, source, as_json, decoder_name, cooldown, realtime, max_codes, list_only, no_sync):
    """The headless door: scan codes from a camera and check each new one in, pulling every
    sync_interval_s and uploading every push_interval_s in the background (not with
    --no-sync)."""
    from kiosk.scan.decoders import DecoderUnavailable
    from kiosk.scan.frames import list_cameras
    from kiosk.scan.pipeline import build_pipeline

    if list_only:
        cams = list_cameras()
        for cam in cams:
            click.echo(cam.label())
        if not cams:
            click.echo("No camera found.", err=True)
        return
    from kiosk.commands.common import keep_fresh, link_peers, open_door, print_verdict
    from kiosk.freshness import stale_s

    door = open_door(ctx)
    link_peers(ctx, door)  # the headless door shares its check-ins (issue 10)
    keep_fresh(ctx, door, no_sync)  # and keeps its copy fresh by itself (issue 21)
    settings = door.settings
    codes: queue.Queue = queue.Queue()

    verbose = ctx.find_root().obj.verbose
    retrying = False

    def on_status(state: str, detail: str) -> None:
        """The source's news, once: its own log lines are kept off the console (below), and
        while it keeps failing to reconnect only the first attempt is told (all with -v)."""
        nonlocal retrying
        if state == "failed":
            return  # raised below
        if state == "reconnecting":
            if retrying and not verbose:
                return
            if not retrying and not verbose:
                detail += " (and on; Ctrl+C to stop)"
            retrying = True
        elif state == "open":
            retrying = False
            if not verbose:
                return
        click.echo(f"source {state}: {detail}", err=True)

    try:  # the GUI's camera is built by the same factory
        pipeline = build_pipeline(
            settings, source, on_code=lambda text, parsed, t: codes.put((text, parsed)),
            on_status=on_status, realtime=realtime, decoder_name=decoder_name,
            cooldown_s=cooldown,
        )
    except (ValueError, DecoderUnavailable) as exc:
        raise click.UsageError(str(exc)) from None
    quiet = _SourceNewsOffTheConsole()
    quiet.install()
    seen = admitted = 0
    ended = "end of the source"
    with StopSignals() as stop:  # before the source's first news: a script waits for that
        pipeline.start()
        try:
            while not stop.requested:
                try:
                    text, parsed = codes.get(timeout=0.2)
                except queue.Empty:
                    if pipeline.wait(0) and codes.empty():
                        break
                    continue
                verdict = door.checkin(text, parsed)  # the door's database lives in this thread
                admitted += verdict.done
                print_verdict(verdict, as_json, stale_s(door))
                seen += 1
                if max_codes is not None and seen >= max_codes:
                    ended = "--max-codes reached"
                    break
        except KeyboardInterrupt:  # not on the main thread (a test's runner): no handlers
            ended = "interrupted"
        finally:
            pipeline.stop()
            quiet.remove()
        click.echo(stop.summary(seen, admitted, ended=ended), err=True)
    refused = admitted < seen
    if pipeline.error is not None:
        raise click.ClickException(str(pipeline.error))
    if refused:
        ctx.exit(EXIT_PARTIAL)


class _SourceNewsOffTheConsole(logging.Filter):
    """``kiosk scan`` tells the frame source's news itself; the same news from its log would
    print every line twice on the terminal. The file log keeps all of it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith("kiosk.scan")
                    and str(record.msg).startswith("frame source"))

    def _consoles(self) -> list[logging.Handler]:
        return [h for h in logging.getLogger("kiosk").handlers if type(h) is logging.StreamHandler]

    def install(self) -> None:
        for handler in self._consoles():
            handler.addFilter(self)

    def remove(self) -> None:
        for handler in self._consoles():
            handler.removeFilter(self)


@click.command()
@click.option(
    "--output", "-o", type=click.Path(file_okay=False), default="tickets",
    show_default=True, help="Folder to write the tickets into.",
)  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["png", "pdf"]), default="png", show_default=True)
@click.option("--id", "ids", multiple=True, metavar="REG_ID", help="Only these registrations (repeatable).")
@click.option("--all", "include_cancelled", is_flag=True, help="Cancelled (and vanished) registrations too.")
@click.pass_context
def tickets(ctx, output, fmt, ids, include_cancelled):
    """QR tickets for the cached registrations (to test the door, or reprint a lost one)."""
    from kiosk.commands.common import open_door
    from kiosk.scan.tickets import write_tickets

    if not output.strip():  # once the tickets landed among the user's own files (issue 19)
        raise Fail("No folder given for the tickets (--output)", EXIT_USAGE)
    output = Path(output)
    door = open_door(ctx)
    wanted = set(ids)
    regs = []
    skipped_local = 0
    for attendee in door.attendees():
        reg = attendee.registration
        if wanted and reg.id not in wanted:
            continue
        if getattr(attendee, "local_only", False):
            skipped_local += 1  # its id changes once the server has it
            continue
        gone = attendee.effective_status == Status.CANCELLED or attendee.vanished
        if gone and not include_cancelled and not wanted:
            continue
        regs.append(reg)
    missing = wanted - {r.id for r in regs}
    if missing:
        click.echo(f"Not in the cache: {', '.join(sorted(missing))}", err=True)
    if not regs:
        raise click.ClickException("No registrations to print")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # a file or device on the way
        raise Fail(f"Cannot write tickets into {output}: not a folder", EXIT_USAGE) from None
    paths = _write_with_progress(write_tickets, regs, door.event, output, fmt)
    where = paths[0] if fmt == "pdf" else output
    click.echo(f"{len(regs)} ticket{'s' if len(regs) != 1 else ''} written to "
               f"{where.resolve()}" + (" (ticket-<id>.png each)" if fmt == "png" else ""))
    if skipped_local:
        click.echo(f"{skipped_local} walk-in(s) not uploaded yet were skipped.", err=True)
    if missing:
        ctx.exit(EXIT_PARTIAL)


def _write_with_progress(write, regs, event, output, fmt):
    """A progress bar on a terminal (thousands of tickets take minutes); nothing when piped."""
    if not sys.stderr.isatty():
        return write(regs, event, output, fmt)
    with click.progressbar(regs, label="Writing tickets", file=sys.stderr,
                           show_pos=True) as bar:
        return write(bar, event, output, fmt)
