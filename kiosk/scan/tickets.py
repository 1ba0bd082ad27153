"""Printable QR tickets: one PNG per registration, or a PDF sheet of them.

For testing the door, and for reprinting a lost ticket at the desk. The QR carries
:func:`kiosk.codes.ticket_payload` (registration and event id), so a ticket for another event
is recognised. Takes :class:`~kiosk.models.Registration` objects or plain dicts with the same
keys, and an :class:`~kiosk.models.Event` or dict (or nothing): no store needed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.codes import ticket_payload

log = logging.getLogger("kiosk.scan")

TICKET_SIZE = (800, 1000)
"""Width and height of a PNG ticket in pixels (68x85 mm at 300 dpi)."""
PAGE_DPI = 200
PAGE_SIZE = (1654, 2339)
"""A4 at 200 dpi: sharp enough for the QR, small enough to keep a page in memory."""
SHEET_TICKET_SIZE = (520, 650)
"""A ticket on a PDF sheet (66x83 mm at 200 dpi): 3 x 3 to a page."""
PAGES_PER_WRITE = 8
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _fields(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, Mapping):
        return dict(obj)
    if is_dataclass(obj):
        data = asdict(obj)  # type: ignore[arg-type]
        if hasattr(obj, "party_size"):
            data["party_size"] = obj.party_size
        return data
    return {k: getattr(obj, k) for k in dir(obj) if not k.startswith("_")}


_LATIN_FONTS = {
    False: ("DejaVuSans.ttf", "Arial.ttf", "arial.ttf", "LiberationSans-Regular.ttf"),
    True: ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf", "LiberationSans-Bold.ttf"),
}
# Tried by name (Windows and macOS have no fontconfig) when the Latin font lacks a glyph.
_WIDE_FONTS = ("NotoSansCJK-Regular.ttc", "NotoSansArabic-Regular.ttf", "msyh.ttc", "meiryo.ttc",
               "malgun.ttf", "tahoma.ttf", "PingFang.ttc", "Hiragino Sans GB.ttc",
               "GeezaPro.ttc", "Arial Unicode.ttf")


@lru_cache(maxsize=64)
def ticket_font(size: int, bold: bool = False, text: str = ""):
    """A TrueType font for printed tickets and sheets that has a glyph for every letter of
    ``text``: DejaVu, Arial or Liberation for Latin names, else a font found through
    fontconfig (``fc-list``) or by name that covers the script (CJK, Arabic, …), so no name
    prints as boxes. Pillow's Raqm layout then shapes and orders right-to-left text."""
    from PIL import ImageFont

    first = None
    for name in _LATIN_FONTS[bold]:
        try:
            first = ImageFont.truetype(name, size)
            break
        except OSError:
            continue
    if first is not None and not missing_glyphs(first, text):
        return first
    for path in (*_fontconfig_files(text, bold), *_WIDE_FONTS):
        try:
            font = ImageFont.truetype(path, size)
        except OSError:
            continue
        if not missing_glyphs(font, text):
            return font
    if first is not None:
        if text:
            log.warning("no font has glyphs for %r; install fonts-noto-core and fonts-noto-cjk",
                        "".join(missing_glyphs(first, text)))
        return first
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def missing_glyphs(font: Any, text: str) -> list[str]:
    """The letters of ``text`` that ``font`` would draw as the "missing glyph" box."""
    if not text:
        return []
    try:
        notdef = _mask_bytes(font, "\U000F0000")  # private use: no font draws it
    except Exception:  # a bitmap default font: cannot tell
        return []
    return [ch for ch in dict.fromkeys(text)
            if not ch.isspace() and ord(ch) > 0x7F and _mask_bytes(font, ch) == notdef]


def _mask_bytes(font: Any, ch: str) -> bytes:
    mask = font.getmask(ch)
    return bytes(mask.size) + bytes(mask)


@lru_cache(maxsize=256)
def _fontconfig_files(text: str, bold: bool) -> tuple[str, ...]:
    """Font files that fontconfig says cover every non-ASCII letter of ``text``; sans
    before serif, regular width before condensed. Empty without fontconfig."""
    import shutil
    import subprocess

    chars = sorted({ord(c) for c in text if ord(c) > 0x7F and not c.isspace()})
    fc_list = shutil.which("fc-list")
    if not chars or fc_list is None:
        return ()
    pattern = ":charset=" + " ".join(f"{c:x}" for c in chars[:64])
    found: list[str] = []
    for extra in ((":weight=bold",) if bold else ()) + ("",):
        try:
            out = subprocess.run([fc_list, pattern + extra, "file"], capture_output=True,
                                 text=True, timeout=10, check=False).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            log.debug("fc-list failed: %s", exc)
            return ()
        found += [line.strip().rstrip(":") for line in out.splitlines() if line.strip()]

    def rank(path: str) -> tuple[int, int, int, str]:
        name = Path(path).name
        return ("Sans" not in name, "Mono" in name or "Condensed" in name,
                ("Bold" in name) != bold, name)

    return tuple(sorted(dict.fromkeys(found), key=rank))


def qr_image(payload: str, box: int, *, error: str = "m"):
    """A black-on-white PIL image of the QR for ``payload``, at most ``box`` pixels square,
    with whole-pixel modules and the standard four-module quiet zone."""
    import numpy as np
    import segno
    from PIL import Image

    qr = segno.make_qr(payload, error=error)
    modules = np.pad(np.array(qr.matrix, dtype=bool), 4, constant_values=False)
    scale = max(1, box // modules.shape[0])
    img = np.where(modules, 0, 255).astype(np.uint8)
    img = np.kron(img, np.ones((scale, scale), dtype=np.uint8))
    return Image.fromarray(img, mode="L")


def _fit(draw, text: str, width: int, size: int, bold: bool = False):
    """The largest font (down to 60% of ``size``) that fits; longer text is ellipsised."""
    for s in range(size, max(8, int(size * 0.6)) - 1, -2):
        font = ticket_font(s, bold, text)
        if draw.textlength(text, font=font) <= width:
            return text, font
    font = ticket_font(max(8, int(size * 0.6)), bold, text)
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…", font


def render_ticket(registration: Any, event: Any = None, *, size: tuple[int, int] = TICKET_SIZE):
    """One ticket as a grayscale PIL image: event, name, party size, the QR, the id in clear."""
    from PIL import Image, ImageDraw

    reg = _fields(registration)
    ev = _fields(event)
    reg_id = str(reg.get("id") or reg.get("registration_id") or "")
    if not reg_id:
        raise ValueError("registration without an id")
    event_id = str(reg.get("event_id") or ev.get("id") or "")
    if not event_id:
        raise ValueError(f"no event id for {reg_id}")
    name = str(reg.get("attendee_name") or "").strip() or "Guest"
    party = reg.get("party_size")
    if party is None:
        party = 1 + max(0, int(reg.get("guest_count") or 0))
    title = str(ev.get("title") or event_id)
    when = " ".join(str(ev[k]) for k in ("start_date", "start_time") if ev.get(k))
    where = str(ev.get("location") or "")

    w, h = size
    pad = w // 16
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, w - 1, h - 1], outline=160, width=3)
    y = pad
    text, font = _fit(draw, title, w - 2 * pad, w // 14, bold=True)
    draw.text((pad, y), text, font=font, fill=0)
    y += int(font.size * 1.3)
    for line in (when, where):
        if line:
            text, font = _fit(draw, line, w - 2 * pad, w // 28)
            draw.text((pad, y), text, font=font, fill=70)
            y += int(font.size * 1.35)
    y += pad // 3
    draw.line([pad, y, w - pad, y], fill=200, width=2)
    y += pad // 2
    text, font = _fit(draw, name, w - 2 * pad, w // 12, bold=True)
    draw.text((pad, y), text, font=font, fill=0)
    y += int(font.size * 1.3)
    party_text = "1 person" if party == 1 else f"Party of {party}"
    font = ticket_font(w // 22)
    draw.text((pad, y), party_text, font=font, fill=40)
    y += int(font.size * 1.6)

    id_font = ticket_font(w // 30)
    room = h - y - pad - int(id_font.size * 1.6)
    qr = qr_image(ticket_payload(reg_id, event_id), min(w - 2 * pad, room))
    img.paste(qr, ((w - qr.width) // 2, y))
    y += qr.height + id_font.size // 3
    draw.text(((w - draw.textlength(reg_id, font=id_font)) // 2, y), reg_id, font=id_font, fill=0)
    return img


def ticket_filename(registration: Any) -> str:
    reg = _fields(registration)
    rid = str(reg.get("id") or reg.get("registration_id") or "ticket")
    return f"ticket-{_SAFE.sub('_', rid)}.png"


def save_png(registration: Any, event: Any, path: Path | str) -> Path:
    path = Path(path)
    render_ticket(registration, event).save(path, format="PNG", dpi=(PAGE_DPI, PAGE_DPI))
    return path


def save_pdf(registrations: Iterable[Any], event: Any, path: Path | str) -> tuple[Path, int]:
    """A4 pages of tickets (3 x 3 to a page) in one PDF; returns (path, ticket count).

    Pages are appended to the file a few at a time, so a thousand tickets do not need a
    thousand page images in memory.
    """
    from PIL import Image

    pw, ph = PAGE_SIZE
    tw, th = SHEET_TICKET_SIZE
    margin = 40
    cols = max(1, (pw - 2 * margin) // tw)
    rows = max(1, (ph - 2 * margin) // th)
    gap_x = (pw - 2 * margin - cols * tw) // (cols - 1) if cols > 1 else 0
    gap_y = (ph - 2 * margin - rows * th) // (rows - 1) if rows > 1 else 0
    path = Path(path)
    pages: list = []
    written = False
    count = 0

    def flush() -> None:
        nonlocal pages, written
        if pages:
            pages[0].save(
                path, format="PDF", save_all=True, append_images=pages[1:], append=written,
                resolution=PAGE_DPI, quality=92, title="Tickets",
            )  # fmt: skip
            written = True
            pages = []

    for i, reg in enumerate(registrations):
        slot = i % (cols * rows)
        if slot == 0:
            if len(pages) >= PAGES_PER_WRITE:
                flush()
            pages.append(Image.new("L", PAGE_SIZE, 255))
        r, c = divmod(slot, cols)
        ticket = render_ticket(reg, event, size=SHEET_TICKET_SIZE)
        pages[-1].paste(ticket, (margin + c * (tw + gap_x), margin + r * (th + gap_y)))
        count += 1
    if not count:
        raise ValueError("no tickets to print")
    flush()
    return path, count


def write_tickets(
    registrations: Iterable[Any], event: Any, output: Path | str, fmt: str = "png"
) -> list[Path]:
    """Tickets into ``output`` (created): ``ticket-<id>.png`` each, or ``tickets.pdf``."""
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        ev = _fields(event)
        name = f"tickets-{_SAFE.sub('_', str(ev.get('id')))}.pdf" if ev.get("id") else "tickets.pdf"
        path, _ = save_pdf(registrations, event, out / name)
        return [path]
    if fmt != "png":
        raise ValueError(f"unknown ticket format {fmt!r} (png or pdf)")
    return [save_png(reg, event, out / ticket_filename(reg)) for reg in registrations]
