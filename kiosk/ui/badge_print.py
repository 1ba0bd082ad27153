"""Paints name badges with QtGui and prints them through QtPrintSupport (issue 12).

One code path for everything: a PDF file (``QPrinter.PdfFormat``, what the tests read back),
a system printer by name (``QPrinterInfo``: CUPS on Linux, the spooler on Windows/macOS) and
the Settings preview (the same painting onto a ``QImage``). The page is the label's own size,
so label printers cut where the badge ends.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import replace
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTranslator
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.badges import content as words
from kiosk.badges.content import BadgeContent
from kiosk.badges.layouts import MM_PER_INCH, Layout
from kiosk.ui.i18n import pick_language
from kiosk.ui.resources import resource_path

log = logging.getLogger("kiosk.ui.badges")

PDF_PREFIX = "pdf:"
BAND_COLOURS = {"speaker": "#c0392b", "vip": "#8e44ad", "staff": "#16a085",
                "press": "#d35400", "sponsor": "#2c3e50"}
DEFAULT_BAND = "#1f6feb"


class PrintFailed(Exception):
    """The badge did not reach the printer; the message says why, for staff."""


# the words of the Settings preview's sample badge (kiosk.ui.badges.BadgePreview.sample):
# one translation serves the preview and every printed badge
_PARTY = ("BadgePreview", "+%n guest(s)")
_translators: dict[str, QTranslator | None] = {}
_translators_lock = threading.Lock()


def party_line(guests: int, language: str = "") -> str:
    """``+2 guests`` in the door's language (the ``language`` setting; the system's when
    empty): a German door prints ``+2 Gäste``, ``+1 Gast``. The translation is loaded here,
    not taken from the application's, since ``kiosk badge`` installs none and prints off
    the GUI thread; the core's English when none loads."""
    if guests <= 0:
        return ""
    language = pick_language(language)
    with _translators_lock:
        if language not in _translators:
            translator: QTranslator | None = QTranslator()
            assert translator is not None
            if not translator.load(str(resource_path("translations", f"kiosk_{language}.qm"))):
                log.warning("no translation for %s: badges say their party in English",
                            language)
                translator = None
            _translators[language] = translator
        translator = _translators[language]
    text = translator.translate(*_PARTY, None, guests) if translator is not None else ""
    return text.replace("%n", str(guests)) if text else words.party_line(guests)


def ensure_gui_app() -> QGuiApplication:
    """Painting text needs a QGuiApplication; headless commands get an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def system_printers() -> list[str]:
    """Names of the printers the system knows (CUPS queues on Linux)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def printers_accepting() -> dict[str, bool]:
    """The system's printers by name, each with whether it takes jobs now (idle or printing,
    not stopped or in error): ``kiosk doctor``'s badge printer check."""
    working = (QPrinter.PrinterState.Idle, QPrinter.PrinterState.Active)
    return {info.printerName(): info.state() in working
            for info in QPrinterInfo.availablePrinters()}


def badge_font() -> QFont:
    """The screens' font fallback, so names in any script get real glyphs."""
    from kiosk.ui.fonts import FALLBACK_FAMILIES

    font = QFont()
    font.setFamilies(list(FALLBACK_FAMILIES))
    return font


def band_colour(notes: str) -> QColor:
    lowered = notes.lower()
    for word, colour in BAND_COLOURS.items():
        if word in lowered:
            return QColor(colour)
    return QColor(DEFAULT_BAND)


def _fit(painter: QPainter, font: QFont, text: str, box: QRectF, *, most_pt: float,
         least_pt: float = 5.0, wrap: bool = True) -> QFont:
    """The largest point size (<= most_pt) at which ``text`` fits ``box``, wrapping words."""
    flags = Qt.AlignCenter | (Qt.TextWordWrap if wrap else 0)
    lo, hi = least_pt, most_pt
    fitted = QFont(font)
    fitted.setPointSizeF(lo)
    for _ in range(14):  # bisection on the point size
        mid = (lo + hi) / 2
        trial = QFont(font)
        trial.setPointSizeF(mid)
        metrics = QFontMetricsF(trial, painter.device())
        need = metrics.boundingRect(box, int(flags), text)
        if need.width() <= box.width() + 0.5 and need.height() <= box.height() + 0.5:
            lo, fitted = mid, trial
        else:
            hi = mid
    return fitted


def _text(painter: QPainter, box: QRectF, text: str, font: QFont, most_pt: float,
          colour: QColor | None = None, wrap: bool = True) -> None:
    if not text:
        return
    painter.setFont(_fit(painter, font, text, box, most_pt=most_pt, wrap=wrap))
    painter.setPen(colour or QColor("black"))
    painter.drawText(box, int(Qt.AlignCenter | (Qt.TextWordWrap if wrap else 0)), text)


def _qr(painter: QPainter, box: QRectF, payload: str) -> None:
    """The QR code as filled squares (vector, sharp on any printer), centred in ``box``."""
    matrix = segno.make(payload, error="m").matrix
    n = len(matrix) + 8  # 4 modules of quiet zone each side
    side = min(box.width(), box.height())
    module = side / n
    left = box.center().x() - side / 2 + 4 * module
    top = box.center().y() - side / 2 + 4 * module
    painter.save()
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(left + x * module, top + y * module,
                                        module * 1.02, module * 1.02))
    painter.restore()


def paint_badge(painter: QPainter, page: QRectF, content: BadgeContent, layout: Layout, *,
                notes_band: bool = True, qr: bool = True) -> None:
    """Draws one badge into ``page`` (device units); proportions follow the label's shape."""
    dpmm = page.width() / layout.width_mm  # device units per millimetre
    pt = 72 / MM_PER_INCH  # points per millimetre, for font sizes from label heights
    font = badge_font()
    margin = 3 * dpmm
    area = page.adjusted(margin, margin, -margin, -margin)
    painter.fillRect(page, QColor("white"))

    band_h = 0.0
    if notes_band and content.band:
        band_h = min(area.height() * 0.18, 14 * dpmm)
        band = QRectF(page.left(), page.bottom() - band_h - margin / 2, page.width(), band_h)
        painter.fillRect(band, band_colour(content.band))
        bold = QFont(font)
        bold.setBold(True)
        _text(painter, band.adjusted(margin, 0, -margin, 0), content.band, bold,
              most_pt=band_h / dpmm * pt * 0.6, colour=QColor("white"), wrap=False)
        area.setBottom(band.top() - margin / 2)

    if qr and content.qr_payload:
        if layout.wide:
            side = min(area.height(), area.width() * 0.34)
            _qr(painter, QRectF(area.right() - side, area.top() + (area.height() - side) / 2,
                                side, side), content.qr_payload)
            area.setRight(area.right() - side - margin)
        else:
            side = min(area.width() * 0.5, area.height() * 0.32)
            _qr(painter, QRectF(area.center().x() - side / 2, area.bottom() - side, side, side),
                content.qr_payload)
            area.setBottom(area.bottom() - side - margin / 2)

    h = area.height()
    lines = [(content.event_title, 0.14), (content.event_date, 0.10)]
    top_h = sum(share for text, share in lines if text) * h
    name_h = h - top_h - (0.12 * h if content.party else 0)
    y = area.top()
    for text, share in lines:
        if text:
            box = QRectF(area.left(), y, area.width(), share * h)
            _text(painter, box, text, font, most_pt=share * h / dpmm * pt * 0.7,
                  colour=QColor("#333333"))
            y += share * h
    bold = QFont(font)
    bold.setBold(True)
    _text(painter, QRectF(area.left(), y, area.width(), name_h), content.name, bold,
          most_pt=min(name_h * 0.5, area.width() * 0.3) / dpmm * pt)
    y += name_h
    if content.party:
        _text(painter, QRectF(area.left(), y, area.width(), 0.12 * h), content.party, font,
              most_pt=0.12 * h / dpmm * pt * 0.7)


def page_size(layout: Layout) -> QPageSize:
    return QPageSize(QSizeF(layout.width_mm, layout.height_mm), QPageSize.Millimeter,
                     layout.label, QPageSize.ExactMatch)


def _printer(target: str) -> tuple[QPrinter, str]:
    """A QPrinter for ``pdf:FILE`` or a system printer's name; (printer, what to call it)."""
    if target.startswith(PDF_PREFIX):
        path = Path(target[len(PDF_PREFIX):]).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PrintFailed(f"cannot write {path.parent}: {exc.strerror or exc}") from None
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer, str(path)
    info = QPrinterInfo.printerInfo(target)
    if info.isNull():
        known = ", ".join(system_printers()) or "none"
        raise PrintFailed(f"no printer called {target!r} (printers: {known})")
    printer = QPrinter(info, QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.NativeFormat)
    return printer, target


def print_badge(content: BadgeContent, layout: Layout, target: str, *, notes_band: bool = True,
                qr: bool = True, title: str = "badge") -> str:
    """Prints one badge page on ``target`` (``pdf:FILE`` or a printer's name); returns where.

    Raises :class:`PrintFailed` when the printer is unknown or refuses the job.
    """
    ensure_gui_app()
    printer, where = _printer(target)
    printer.setDocName(title)
    printer.setFullPage(True)
    orientation = QPageLayout.Portrait
    if not printer.setPageLayout(QPageLayout(page_size(layout), orientation, QMarginsF())):
        # some drivers only take their own sizes; the label is still painted to scale
        printer.setPageSize(page_size(layout))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(f"{where}: the printer did not accept the badge")
    try:
        page = printer.pageLayout().fullRectPixels(printer.resolution())
        paint_badge(painter, QRectF(page), content, layout, notes_band=notes_band, qr=qr)
    finally:
        ok = painter.end()
    if not ok:
        raise PrintFailed(f"{where}: printing did not finish")
    return where


def preview_image(content: BadgeContent, layout: Layout, *, width_px: int = 320,
                  notes_band: bool = True, qr: bool = True) -> QImage:
    """The badge as an image, for the live preview in Settings (same painting as printed)."""
    height_px = round(width_px * layout.height_mm / layout.width_mm)
    image = QImage(width_px, height_px, QImage.Format_RGB32)
    dpi_m = round(width_px / layout.width_mm * 1000)  # dots per metre, so fonts scale right
    image.setDotsPerMeterX(dpi_m)
    image.setDotsPerMeterY(dpi_m)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.Antialiasing)
        paint_badge(painter, QRectF(0, 0, width_px, height_px), content, layout,
                    notes_band=notes_band, qr=qr)
    finally:
        painter.end()
    return image


def numbered_pdf(path: Path) -> Path:
    """``FILE-1.pdf``, else ``FILE-2.pdf``, …: the first name not taken, created empty at
    once (``O_EXCL``) so that two processes printing badges never pick the same one, and
    an earlier run's badges are never overwritten."""
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for n in range(1, 1_000_000):
            candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
            try:
                with open(candidate, "x"):
                    return candidate
            except FileExistsError:
                continue
    except OSError as exc:
        raise PrintFailed(f"cannot write {path.parent}: {exc.strerror or exc}") from None
    raise PrintFailed(f"no free file name like {path.name} in {path.parent}")


def make_sender(target: str, layout: Layout, *, notes_band: bool = True, qr: bool = True,
                language: str = "", numbered: bool = False):
    """A :data:`kiosk.badges.jobs.Send` printing on ``target``: a printer's name, ``pdf:FILE.pdf``
    or ``pdf:FOLDER`` (one file per badge, named after the job and the registration). With
    ``numbered`` (several badges at once), ``pdf:FILE.pdf`` is one file per badge as well,
    ``FILE-1.pdf``, ``FILE-2.pdf``, … (:func:`numbered_pdf`): each badge overwrote the one
    before in a single file. One file each rather than one multi-page file: a badge is
    marked printed when its file is complete, so a crash mid-run loses none. The party
    line is in ``language`` (the door's ``language`` setting)."""
    if not target:
        raise PrintFailed("no badge printer chosen (Settings, or --printer / --output)")

    def send(content: BadgeContent, job) -> str:
        content = replace(content, party=party_line(content.guests, language) or content.party)
        where, reserved = target, None
        if target.startswith(PDF_PREFIX) and not target.lower().endswith(".pdf"):
            folder = Path(target[len(PDF_PREFIX):]).expanduser()
            where = f"{PDF_PREFIX}{folder / f'badge-{job.id:05d}-{content.registration_id}.pdf'}"
        elif target.startswith(PDF_PREFIX) and numbered:
            reserved = numbered_pdf(Path(target[len(PDF_PREFIX):]))
            where = f"{PDF_PREFIX}{reserved}"
        try:
            return print_badge(content, layout, where, notes_band=notes_band, qr=qr,
                               title=f"badge {content.registration_id}")
        except BaseException:
            if reserved is not None:  # the badge waits: no empty file left behind
                reserved.unlink(missing_ok=True)
            raise

    return send


def print_queue(queue, target: str, layout: str | None, settings, *,
                only: set[int] | None = None):
    """Print ``queue``'s waiting badges (or those in ``only``) in order on ``target``, as the
    GUI and ``kiosk badge`` both do; more than one to a ``pdf:FILE.pdf`` go to numbered
    files (:func:`make_sender`). A printer or layout that cannot be set up leaves every
    badge waiting with the reason; returns the :class:`kiosk.badges.jobs.PrintRun`."""
    from kiosk.badges.jobs import print_waiting
    from kiosk.badges.layouts import get_layout

    try:
        send = make_sender(target, get_layout(layout), notes_band=settings.badge_notes_band,
                           qr=settings.badge_qr, language=settings.language,
                           numbered=only is None or len(only) != 1)
    except (PrintFailed, ValueError) as exc:
        def send(content, job, _why=str(exc)):  # the badge waits with the reason
            raise PrintFailed(_why)
    run = print_waiting(queue, send, only=only)
    for job in run.printed:
        log.info("badge of %s %s on %s", job.registration_id, job.describe(), job.printer)
    if run.failed is not None:
        log.warning("badge of %s not printed: %s", run.failed.registration_id,
                    run.failed.last_error)
    return run
