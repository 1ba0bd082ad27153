"""Decoding a camera frame: a pure function over a numpy array, one class per decoder library.

``decoder.decode(frame)`` takes a BGR, BGRA or grayscale array and returns the codes found in
it, and never raises: garbage in gives ``[]`` out. The camera, its thread and de-duplication
live elsewhere (:mod:`kiosk.scan.frames`, :mod:`kiosk.scan.pipeline`).

:class:`ZxingDecoder` (zxing-cpp, the default) goes beyond one plain call where it pays, as
measured in ``bench/bench_decode.py``:

1. ``plain``: zxing-cpp with its defaults (inverted codes, downscaling, rotation), asked to
   report codes it located but could not read ("almost found").
2. ``region``: each almost-found code is cut out with a margin and read again upscaled,
   darkened (glare), sharpened (blur). Cheap: the region is small.
3. ``histogram``: the whole frame with the global-histogram binarizer (uneven light,
   printed tickets with a halo). About a quarter of the plain pass.
4. ``sharpen`` and ``smooth``: the whole frame unsharp-masked (blur, focus hunting) or lightly
   smoothed (halftone print, moiré).
5. ``upscale``: small still images (up to 640x480) read again at twice the size.

Passes 3-5 cost time on every frame without a code, so camera frames (a ``budget_s`` given)
above 640x480 skip them; stills (no budget) get them all. Grayscale conversion happens once.
With ``budget_s`` each extra pass runs only if its estimated cost fits in the time left, so a
frame never takes much longer than the budget.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

log = logging.getLogger("kiosk.scan")

Point = tuple[int, int]
Quad = tuple[Point, Point, Point, Point]

SYMBOLOGIES = ("qr", "code128", "pdf417", "aztec", "datamatrix", "microqr")
"""Names accepted in the ``symbologies`` setting (qr is the default)."""

MIN_SIDE = 12
"""Frames smaller than this (in pixels, either side) cannot hold a readable code."""
MAX_PIXELS = 4096 * 4096
"""Larger frames are downscaled first: no camera sends them, and they would stall the thread."""
MAX_REGIONS = 3
"""At most this many almost-found regions get a second look per frame."""


class DecoderUnavailable(RuntimeError):
    """The decoder's library is not installed (``pip install pyzbar`` and the zbar library)."""


@dataclass(frozen=True, slots=True)
class DecodeResult:
    """One code found in a frame.

    ``text`` is the payload as the symbol carries it (control characters and all; parse it with
    :func:`kiosk.codes.parse_code`); ``raw`` its bytes where the library gives them;
    ``position`` the four corners (top-left, top-right, bottom-right, bottom-left of the symbol
    as printed, so a code held upside down has its top-left at the bottom right) in the pixel
    coordinates of the frame passed in.
    """

    text: str
    format: str
    position: Quad
    raw: bytes = b""
    decoder: str = ""
    pass_name: str = "plain"

    @property
    def center(self) -> tuple[float, float]:
        xs = [p[0] for p in self.position]
        ys = [p[1] for p in self.position]
        return (sum(xs) / 4.0, sum(ys) / 4.0)

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the axis-aligned box around the code."""
        xs = [p[0] for p in self.position]
        ys = [p[1] for p in self.position]
        return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "format": self.format,
            "position": [list(p) for p in self.position],
            "decoder": self.decoder,
            "pass": self.pass_name,
        }


def to_gray(frame: Any) -> np.ndarray | None:
    """A contiguous 2-D uint8 array from whatever came in, or None if it is not an image.

    Accepts BGR, BGRA, gray (2-D or one channel), bool, any integer or float dtype.
    """
    import cv2

    if not isinstance(frame, np.ndarray):
        try:
            frame = np.asarray(frame)
        except Exception:
            return None
    if frame.dtype == object or frame.dtype.kind not in "biuf" or frame.size == 0:
        return None
    if frame.ndim == 3 and frame.shape[2] == 1:
        frame = frame[:, :, 0]
    if frame.ndim == 3 and frame.shape[2] == 2:  # gray + alpha
        frame = frame[:, :, 0]
    if frame.ndim not in (2, 3) or (frame.ndim == 3 and frame.shape[2] not in (3, 4)):
        return None
    if frame.shape[0] < MIN_SIDE or frame.shape[1] < MIN_SIDE:
        return None
    if frame.dtype != np.uint8:
        frame = _to_uint8(frame)
    if frame.ndim == 3:
        code = cv2.COLOR_BGR2GRAY if frame.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        frame = cv2.cvtColor(np.ascontiguousarray(frame), code)
    return np.ascontiguousarray(frame)


def _to_uint8(frame: np.ndarray) -> np.ndarray:
    if frame.dtype == bool:
        return frame.astype(np.uint8) * 255
    if frame.dtype.kind == "f":
        frame = np.nan_to_num(frame.astype(np.float32), nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = float(frame.min()), float(frame.max())
        if 0.0 <= lo and hi <= 1.0:  # the usual float image convention
            return (frame * 255.0 + 0.5).astype(np.uint8)
    else:
        lo, hi = float(frame.min()), float(frame.max())
        if 0 <= lo and hi <= 255:
            return frame.astype(np.uint8)
    span = hi - lo
    if span <= 0:
        return np.zeros(frame.shape, np.uint8)
    return ((frame.astype(np.float32) - lo) * (255.0 / span)).astype(np.uint8)


def safe_text(text: Any, raw: bytes | None = None) -> str:
    """Always a str: library text if it is one, else the bytes decoded without failing."""
    if isinstance(text, str):
        return text
    data = raw if isinstance(raw, (bytes, bytearray)) else text
    if isinstance(data, (bytes, bytearray)):
        try:
            return bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            return bytes(data).decode("latin-1")
    return "" if text is None else str(text)


class Decoder(ABC):
    """A decoder library behind one small interface.

    Subclasses implement :meth:`_decode_gray`; :meth:`decode` does the conversion once, the
    size guards and makes sure nothing escapes.
    """

    name: str = ""

    def __init__(self, symbologies: Iterable[str] = ("qr",), *, clock: Callable[[], float] | None = None):
        self.symbologies = normalise_symbologies(symbologies)
        self._clock = clock or time.perf_counter

    def decode(self, frame: Any, *, budget_s: float | None = None) -> list[DecodeResult]:
        """The codes in ``frame``; ``[]`` for no code or anything that is not an image.

        ``budget_s`` caps the time spent on extra passes (the plain pass always runs);
        ``None`` means try everything, as for a still image.
        """
        start = self._clock()
        try:
            gray = to_gray(frame)
            if gray is None:
                return []
            scale = 1.0
            if gray.shape[0] * gray.shape[1] > MAX_PIXELS:
                import cv2

                scale = (MAX_PIXELS / float(gray.shape[0] * gray.shape[1])) ** 0.5
                gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            deadline = None if budget_s is None else start + max(0.0, float(budget_s))
            results = self._decode_gray(gray, deadline)
            if scale != 1.0:
                results = [_rescale(r, 1.0 / scale, 0, 0) for r in results]
            return [r for r in results if isinstance(r.text, str)]
        except Exception:  # a decoder must never take the scan thread down
            log.exception("%s decoder failed on a frame", self.name)
            return []

    @abstractmethod
    def _decode_gray(self, gray: np.ndarray, deadline: float | None) -> list[DecodeResult]:
        """Decode a contiguous 2-D uint8 image."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(symbologies={self.symbologies!r})"


def normalise_symbologies(symbologies: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(symbologies, str):
        symbologies = [s for s in symbologies.replace(";", ",").split(",")]
    out: list[str] = []
    for s in symbologies:
        key = str(s).strip().lower().replace("-", "").replace("_", "").replace(" ", "")
        key = {"qrcode": "qr", "code_128": "code128", "azteccode": "aztec"}.get(key, key)
        if not key:
            continue
        if key not in SYMBOLOGIES:
            raise ValueError(f"unknown symbology {s!r}; known: {', '.join(SYMBOLOGIES)}")
        if key not in out:
            out.append(key)
    if not out:
        raise ValueError("no symbology to look for")
    return tuple(out)


def _rescale(r: DecodeResult, factor: float, dx: float, dy: float) -> DecodeResult:
    pos = tuple((int(round(x * factor + dx)), int(round(y * factor + dy))) for x, y in r.position)
    return DecodeResult(r.text, r.format, pos, r.raw, r.decoder, r.pass_name)  # type: ignore[arg-type]


def _quad_from_points(points: Sequence[tuple[float, float]]) -> Quad:
    """Four corners (clockwise from top-left) around any polygon (pyzbar gives 1-D scan lines)."""
    import cv2

    pts = np.array(points, dtype=np.float32).reshape(-1, 2)
    if len(pts) == 4:
        quad = pts
    else:
        box = cv2.boxPoints(cv2.minAreaRect(pts))
        s, d = box.sum(axis=1), box[:, 1] - box[:, 0]
        quad = np.array([box[s.argmin()], box[d.argmin()], box[s.argmax()], box[d.argmax()]])
    return tuple((int(round(x)), int(round(y))) for x, y in quad)  # type: ignore[return-value]


# --------------------------------------------------------------------------- zxing-cpp

# "QRCode" in zxing-cpp 3 is the family (with Micro QR and rMQR, whose weak error correction
# gives false reads on glare): ask for the full-size models only.
_ZX_FORMATS = {
    "qr": ("QRCodeModel1", "QRCodeModel2"),
    "microqr": ("MicroQRCode",),
    "code128": ("Code128",),
    "pdf417": ("PDF417",),
    "aztec": ("Aztec",),
    "datamatrix": ("DataMatrix",),
}
_ZX_NAMES = {
    "QRCode": "qr",
    "QRCodeModel1": "qr",
    "QRCodeModel2": "qr",
    "MicroQRCode": "microqr",
    "Code128": "code128",
    "PDF417": "pdf417",
    "CompactPDF417": "pdf417",
    "Aztec": "aztec",
    "AztecCode": "aztec",
    "AztecRune": "aztec",
    "DataMatrix": "datamatrix",
}


@dataclass
class _Region:
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def area(self) -> int:
        return max(0, self.x1 - self.x0) * max(0, self.y1 - self.y0)


@dataclass
class _Attempt:
    """The state of one frame's decoding: what was found and how much time is left."""

    gray: np.ndarray
    deadline: float | None
    clock: Callable[[], float]
    results: list[DecodeResult] = field(default_factory=list)
    almost: list[_Region] = field(default_factory=list)
    plain_s: float = 0.001

    def affordable(self, cost_factor: float) -> bool:
        """Whether a pass costing ``cost_factor`` times the plain pass fits in the budget."""
        if self.deadline is None:
            return True
        return self.clock() + self.plain_s * cost_factor <= self.deadline


class ZxingDecoder(Decoder):
    """zxing-cpp: the fastest and most thorough reader measured here (see module doc)."""

    name = "zxing"

    def __init__(
        self,
        symbologies: Iterable[str] = ("qr",),
        *,
        extra_passes: bool = True,
        clock: Callable[[], float] | None = None,
    ):
        super().__init__(symbologies, clock=clock)
        import zxingcpp

        self._zx = zxingcpp
        self._formats = [
            getattr(zxingcpp.BarcodeFormat, f) for s in self.symbologies for f in _ZX_FORMATS[s]
        ]
        self.extra_passes = extra_passes

    # One call of the library; everything else is built on it.
    def _read(self, img: np.ndarray, *, errors: bool = False, histogram: bool = False) -> list:
        zx = self._zx
        return zx.read_barcodes(
            img,
            formats=self._formats,
            text_mode=zx.TextMode.Plain,
            binarizer=zx.Binarizer.GlobalHistogram if histogram else zx.Binarizer.LocalAverage,
            return_errors=errors,
        )

    def _convert(self, barcode, pass_name: str) -> DecodeResult:
        try:
            raw = bytes(barcode.bytes)
        except Exception:
            raw = b""
        try:
            text = barcode.text
        except Exception:  # undecodable text: fall back to the bytes
            text = None
        text = safe_text(text, raw)
        p = barcode.position
        pos = tuple(
            (int(c.x), int(c.y)) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
        )
        fmt = getattr(barcode.format, "name", str(barcode.format))
        return DecodeResult(text, _ZX_NAMES.get(fmt, fmt.lower()), pos, raw, self.name, pass_name)  # type: ignore[arg-type]

    def _decode_gray(self, gray: np.ndarray, deadline: float | None) -> list[DecodeResult]:
        att = _Attempt(gray, deadline, self._clock)
        t0 = self._clock()
        self._collect(att, self._read(gray, errors=self.extra_passes), "plain", track_almost=True)
        att.plain_s = max(self._clock() - t0, 1e-4)
        if not self.extra_passes:
            return att.results
        self._regions(att)
        if att.results:
            return att.results
        h, w = gray.shape
        still = deadline is None
        small = h * w <= 640 * 480
        for name, factor, wanted, make in self._frame_passes():
            if att.results:
                break
            if not wanted(still, small) or not att.affordable(factor):
                continue
            img, histogram = make(gray)
            self._collect(att, self._read(img, histogram=histogram), name, scale=_ratio(img, gray))
        return att.results

    @staticmethod
    def _frame_passes():
        """(name, cost in plain-pass units, wanted(still, small), image maker), best value first.

        These run on every frame where nothing was read, empty ones included, so on camera
        frames above 640x480 they are left out: the histogram pass adds a quarter to an empty
        720p frame for under 1% more codes, and sharpening doubles it. Camera frames rely on
        the plain pass plus the region passes (which cost nothing on empty frames); a code in
        view is seen in dozens of frames anyway. Smoothing and upscaling only help photos and
        prints: stills only (no budget).
        """
        import cv2

        yield "histogram", 0.35, lambda still, small: still or small, lambda g: (g, True)
        yield "sharpen", 2.0, lambda still, small: still or small, lambda g: (
            _sharpen(g, 2.0, 1.5),
            False,
        )
        yield "smooth", 0.6, lambda still, small: still, lambda g: (
            cv2.GaussianBlur(g, (3, 3), 0),
            True,
        )
        yield "upscale", 4.5, lambda still, small: still and small, lambda g: (
            cv2.resize(g, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
            False,
        )

    def _regions(self, att: _Attempt) -> None:
        """Second looks at codes located but not read, cheapest variants first."""
        h, w = att.gray.shape
        for region in att.almost[:MAX_REGIONS]:
            if any(_inside(r.center, region) for r in att.results):
                continue
            crop = att.gray[region.y0 : region.y1, region.x0 : region.x1]
            if crop.shape[0] < MIN_SIDE or crop.shape[1] < MIN_SIDE:
                continue
            area_share = crop.size / float(h * w)
            side = max(crop.shape)
            up = 2.0 if side < 500 else 1.0
            for name, factor, make in _region_variants(up):
                if not att.affordable(factor * area_share + 0.05):
                    break
                img = make(crop)
                found = self._collect(
                    att, self._read(img), name, scale=_ratio(img, crop), dx=region.x0, dy=region.y0
                )
                if found:
                    break

    def _collect(
        self,
        att: _Attempt,
        barcodes: list,
        pass_name: str,
        *,
        scale: float = 1.0,
        dx: int = 0,
        dy: int = 0,
        track_almost: bool = False,
    ) -> int:
        found = 0
        h, w = att.gray.shape
        for bc in barcodes:
            valid = bool(getattr(bc, "valid", True))
            if not valid:
                if track_almost:
                    att.almost.append(_region_of(bc, w, h))
                continue
            res = self._convert(bc, pass_name)
            if scale != 1.0 or dx or dy:
                res = _rescale(res, 1.0 / scale, dx, dy)
            if any(r.text == res.text and r.format == res.format and _near(r, res) for r in att.results):
                continue
            att.results.append(res)
            found += 1
        if track_almost:
            att.almost.sort(key=lambda r: -r.area)
        return found


def _region_variants(up: float):
    """(name, cost per frame-sized plain pass, image maker) for an almost-found region.

    Measured on glare, blur, motion and tilt frames plain zxing-cpp misses: upscaling and
    darkening rescue the most (washed-out modules), then sharpening; cheapest first.
    """
    import cv2

    def upscale(c: np.ndarray) -> np.ndarray:
        return cv2.resize(c, None, fx=up, fy=up, interpolation=cv2.INTER_CUBIC) if up != 1 else c

    yield "region-upscale", 4 * up * up, upscale
    yield "region-darken", 1.5, lambda c: cv2.LUT(c, _DARKEN_LUT)
    yield "region-sharpen", 2.0, lambda c: _sharpen(c, 2.0, 1.5)
    yield "region-upsharpen", 5 * up * up, lambda c: _sharpen(upscale(c), 2.0, 1.0)
    yield "region-equalise", 2.0, _equalise


def _ratio(img: np.ndarray, src: np.ndarray) -> float:
    return img.shape[1] / float(src.shape[1])


def _sharpen(img: np.ndarray, sigma: float, amount: float) -> np.ndarray:
    import cv2

    blurred = cv2.GaussianBlur(img, (0, 0), sigma)
    return cv2.addWeighted(img, 1.0 + amount, blurred, -amount, 0)


_DARKEN_LUT = np.array([((i / 255.0) ** 2.5) * 255.0 for i in range(256)], dtype=np.uint8)


def _equalise(img: np.ndarray) -> np.ndarray:
    import cv2

    # A new CLAHE object per call: OpenCV objects are not documented as thread-safe, and
    # creating one costs microseconds.
    return cv2.createCLAHE(clipLimit=3.0, tileGridSize=(4, 4)).apply(img)


def _region_of(barcode, w: int, h: int, margin: float = 0.25) -> _Region:
    p = barcode.position
    xs = [c.x for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
    ys = [c.y for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
    m = max(max(xs) - min(xs), max(ys) - min(ys)) * margin + 4
    return _Region(
        int(max(0, min(xs) - m)), int(max(0, min(ys) - m)), int(min(w, max(xs) + m)), int(min(h, max(ys) + m))
    )


def _inside(pt: tuple[float, float], region: _Region) -> bool:
    return region.x0 <= pt[0] <= region.x1 and region.y0 <= pt[1] <= region.y1


def _near(a: DecodeResult, b: DecodeResult) -> bool:
    ax, ay, aw, ah = a.bbox
    cx, cy = b.center
    return ax - aw / 2 <= cx <= ax + 1.5 * aw and ay - ah / 2 <= cy <= ay + 1.5 * ah


# --------------------------------------------------------------------------- pyzbar

_ZBAR_TYPES = {"qr": "QRCODE", "code128": "CODE128", "pdf417": "PDF417"}
_ZBAR_NAMES = {"QRCODE": "qr", "CODE128": "code128", "PDF417": "pdf417"}


class PyzbarDecoder(Decoder):
    """ZBar through pyzbar: optional, slower, no inverted codes of its own (we add that pass).

    Supports qr, code128 and pdf417 (ZBar's PDF417 support is partial); other symbologies in
    the setting are ignored with a warning.
    """

    name = "pyzbar"

    def __init__(
        self,
        symbologies: Iterable[str] = ("qr",),
        *,
        extra_passes: bool = True,
        clock: Callable[[], float] | None = None,
    ):
        super().__init__(symbologies, clock=clock)
        try:
            from pyzbar import pyzbar
        except Exception as exc:  # ImportError, or the zbar shared library missing
            raise DecoderUnavailable(f"pyzbar is not usable here: {exc}") from exc
        self._pyzbar = pyzbar
        unsupported = [s for s in self.symbologies if s not in _ZBAR_TYPES]
        if unsupported:
            log.warning("pyzbar cannot read %s; ignoring them", ", ".join(unsupported))
        supported = [s for s in self.symbologies if s in _ZBAR_TYPES]
        if not supported:
            raise ValueError("pyzbar supports none of the requested symbologies")
        self.symbologies = tuple(supported)
        self._types = [getattr(pyzbar.ZBarSymbol, _ZBAR_TYPES[s]) for s in supported]
        self.extra_passes = extra_passes

    def _read(self, gray: np.ndarray, pass_name: str) -> list[DecodeResult]:
        out = []
        for sym in self._pyzbar.decode(gray, symbols=self._types):
            raw = bytes(sym.data or b"")
            points = [(p.x, p.y) for p in (sym.polygon or [])]
            if len(points) < 1:
                r = sym.rect
                right, bottom = r.left + r.width, r.top + r.height
                points = [(r.left, r.top), (right, r.top), (right, bottom), (r.left, bottom)]
            fmt = _ZBAR_NAMES.get(str(sym.type), str(sym.type).lower())
            out.append(DecodeResult(safe_text(raw), fmt, _quad_from_points(points), raw,
                                    self.name, pass_name))
        return out

    def _decode_gray(self, gray: np.ndarray, deadline: float | None) -> list[DecodeResult]:
        t0 = self._clock()
        results = self._read(gray, "plain")
        if results or not self.extra_passes:
            return results
        elapsed = self._clock() - t0
        if deadline is None or self._clock() + elapsed <= deadline:
            results = self._read(255 - gray, "inverted")
        return results


# --------------------------------------------------------------------------- factory

DECODERS: dict[str, type[Decoder]] = {"zxing": ZxingDecoder, "pyzbar": PyzbarDecoder}


def make_decoder(name: str = "zxing", symbologies: Iterable[str] = ("qr",), **options: Any) -> Decoder:
    """The decoder named in settings (``zxing`` or ``pyzbar``) for the given symbologies.

    Raises ValueError for an unknown name or symbology, :class:`DecoderUnavailable` when the
    library is not installed.
    """
    key = (name or "zxing").strip().lower().replace("-", "").replace("_", "")
    key = {"zxingcpp": "zxing", "zbar": "pyzbar"}.get(key, key)
    cls = DECODERS.get(key)
    if cls is None:
        raise ValueError(f"unknown decoder {name!r}; choose one of {', '.join(DECODERS)}")
    return cls(symbologies, **options)


def available_decoders() -> list[str]:
    """Names of the decoders usable in this installation."""
    out = []
    for key, cls in DECODERS.items():
        try:
            cls(("qr",))
        except (DecoderUnavailable, ValueError):
            continue
        out.append(key)
    return out
