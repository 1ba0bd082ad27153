"""Synthetic camera frames, distortions and videos for the scanning tests and benchmarks.

Everything is generated from a seed, in memory or under a temporary directory: no image is
committed. ``bench/`` imports this module too, so the tests and the benchmarks look at the same
kinds of frames.
"""

from __future__ import annotations

import math
import os
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import cv2
import numpy as np
import segno

REAL_DIR = Path(
    os.environ.get("KIOSK_QR_PHOTOS")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data" / "qr-real"
)
"""The shared real photos (``../shared/data/qr-real`` from the repository root)."""


def require_real_samples() -> list[tuple[Path, str]]:
    """The real photos; skipped where they are absent, except in CI where they must be there."""
    import pytest

    samples = real_samples()
    if not samples:
        if os.environ.get("CI"):
            pytest.fail(f"shared photos not found at {REAL_DIR}")
        pytest.skip(f"shared photos not found at {REAL_DIR}")
    return samples

IMAGE_SUFFIXES = (".png", ".webp", ".jpg", ".jpeg")


# ---------------------------------------------------------------------------- codes


def qr_modules(text: str, error: str = "m") -> np.ndarray:
    """The QR symbol as a 2-D bool array of dark modules, without quiet zone."""
    qr = segno.make_qr(text, error=error, boost_error=False)
    return np.array(qr.matrix, dtype=bool)


def qr_image(text: str, module_px: int = 8, border: int = 4, error: str = "m") -> np.ndarray:
    """Black-on-white grayscale uint8 image of a QR code with a ``border``-module quiet zone."""
    modules = np.pad(qr_modules(text, error), border, constant_values=False)
    img = np.where(modules, 0, 255).astype(np.uint8)
    return np.kron(img, np.ones((module_px, module_px), dtype=np.uint8))


def barcode_image(text: str, symbology: str, scale: int = 3) -> np.ndarray:
    """A Code 128, PDF417 or Aztec symbol (via zxing-cpp's writer), black on white, gray uint8."""
    import zxingcpp

    fmt = {
        "code128": zxingcpp.BarcodeFormat.Code128,
        "pdf417": zxingcpp.BarcodeFormat.PDF417,
        "aztec": zxingcpp.BarcodeFormat.Aztec,
        "qr": zxingcpp.BarcodeFormat.QRCode,
    }[symbology]
    bc = zxingcpp.create_barcode(text, fmt)
    img = np.asarray(bc.to_image(scale=scale, add_quiet_zones=True))
    if img.ndim == 3:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    return np.ascontiguousarray(img.astype(np.uint8))


# ---------------------------------------------------------------------------- scenes


def background(size: tuple[int, int], busy: bool = False, seed: int = 0) -> np.ndarray:
    """A BGR camera-like background: a smooth gradient, or clutter (shapes, lines, text)."""
    w, h = size
    rng = np.random.default_rng(seed)
    base = rng.integers(60, 200, size=3)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grad = (xx / max(w, 1) * 40 + yy / max(h, 1) * 30)[..., None]
    frame = np.clip(base[None, None, :] + grad, 0, 255).astype(np.uint8)
    if busy:
        for _ in range(40):
            color = tuple(int(c) for c in rng.integers(0, 256, size=3))
            x1, y1 = int(rng.integers(0, w)), int(rng.integers(0, h))
            x2, y2 = x1 + int(rng.integers(10, w // 3)), y1 + int(rng.integers(10, h // 3))
            kind = rng.integers(0, 4)
            if kind == 0:
                cv2.rectangle(frame, (x1, y1), (x2, y2), color, -1)
            elif kind == 1:
                cv2.line(frame, (x1, y1), (x2, y2), color, int(rng.integers(1, 6)))
            elif kind == 2:
                cv2.circle(frame, (x1, y1), int(rng.integers(5, 60)), color, -1)
            else:
                cv2.putText(frame, "TICKET 42", (x1, y1), cv2.FONT_HERSHEY_SIMPLEX, 1.2, color, 2)
        # A chequerboard patch and some nested squares: finder-pattern look-alikes.
        cx, cy = int(rng.integers(0, max(1, w - 120))), int(rng.integers(0, max(1, h - 120)))
        board = (np.indices((8, 8)).sum(axis=0) % 2 * 255).astype(np.uint8)
        board = np.kron(board, np.ones((12, 12), np.uint8))
        frame[cy : cy + 96, cx : cx + 96] = board[: h - cy, : w - cx, None][:96, :96]
        sx, sy = int(rng.integers(0, max(1, w - 70))), int(rng.integers(0, max(1, h - 70)))
        for r, c in ((35, 0), (25, 255), (15, 0)):
            cv2.rectangle(frame, (sx + 35 - r, sy + 35 - r), (sx + 35 + r, sy + 35 + r), (c, c, c), -1)
        noise = rng.normal(0, 6, frame.shape)
        frame = np.clip(frame + noise, 0, 255).astype(np.uint8)
    return frame


def scene(
    text: str | None,
    *,
    size: tuple[int, int] = (1280, 720),
    code_px: int = 260,
    center: tuple[float, float] = (0.5, 0.5),
    angle: float = 0.0,
    tilt: float = 0.0,
    blur: float = 0.0,
    motion: int = 0,
    glare: float = 0.0,
    noise: float = 0.0,
    invert: bool = False,
    contrast: float = 1.0,
    busy: bool = False,
    seed: int = 0,
    code: np.ndarray | None = None,
) -> np.ndarray:
    """A BGR frame with one code (or none) in it, distorted the way cameras distort it.

    ``code_px`` is the side of the code with its quiet zone; ``angle`` rotates it in the
    image plane (degrees); ``tilt`` (0..0.6) turns it away from the camera, shortening one
    side; ``blur`` is a Gaussian sigma, ``motion`` a horizontal motion-blur length in pixels;
    ``glare`` (0..1) is a saturated highlight over part of the code; ``noise`` the sigma of
    sensor noise; ``invert`` draws light modules on a dark screen; ``contrast`` (0..1) squeezes
    the code's grey levels.
    """
    w, h = size
    frame = background(size, busy=busy, seed=seed)
    rng = np.random.default_rng(seed + 1)
    if text is not None or code is not None:
        img = code if code is not None else qr_image(text or "", module_px=8)
        if invert:
            img = 255 - img
        if contrast != 1.0:
            img = (128 + (img.astype(np.float32) - 128) * contrast).astype(np.uint8)
        ih, iw = img.shape[:2]
        src = np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]])
        aspect = ih / iw
        half_w, half_h = code_px / 2, code_px * aspect / 2
        # Tilt: the right edge moves away (shorter), the left edge comes closer.
        pts = np.float32(
            [
                [-half_w, -half_h * (1 + tilt * 0.5)],
                [half_w * (1 - tilt * 0.3), -half_h * (1 - tilt)],
                [half_w * (1 - tilt * 0.3), half_h * (1 - tilt)],
                [-half_w, half_h * (1 + tilt * 0.5)],
            ]
        )
        a = math.radians(angle)
        rot = np.float32([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        dst = pts @ rot.T + np.float32([center[0] * w, center[1] * h])
        m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
        color = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
        warped = cv2.warpPerspective(color, m, (w, h), flags=cv2.INTER_AREA)
        mask = cv2.warpPerspective(np.full((ih, iw), 255, np.uint8), m, (w, h))
        frame = np.where(mask[..., None] > 127, warped, frame)
        if glare > 0:
            gx, gy = dst[:, 0].mean() + code_px * 0.15, dst[:, 1].mean() - code_px * 0.1
            yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
            spot = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * (code_px * 0.18) ** 2)))
            frame = np.clip(frame + (spot * 255 * glare * 1.6)[..., None], 0, 255).astype(np.uint8)
    if motion > 1:
        kernel = np.zeros((motion, motion), np.float32)
        kernel[motion // 2, :] = 1.0 / motion
        frame = cv2.filter2D(frame, -1, kernel)
    if blur > 0:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    if noise > 0:
        frame = np.clip(frame + rng.normal(0, noise, frame.shape), 0, 255).astype(np.uint8)
    return frame


DISTORTIONS: dict[str, dict] = {
    "plain": {},
    "rotated": {"angle": 35},
    "tilted": {"tilt": 0.45, "angle": -8},
    "blurred": {"blur": 2.2},
    "motion": {"motion": 9},
    "glare": {"glare": 0.7},
    "noisy": {"noise": 28},
    "small": {"code_px": 95},
    "inverted": {"invert": True},
    "low_contrast": {"contrast": 0.25},
    "busy": {"busy": True},
}
"""One representative of each distortion kind (tests use these)."""


def distortion_variants(kind: str, count: int, seed: int = 0) -> list[dict]:
    """``count`` randomised variants of one distortion kind, harder and easier (bench)."""
    rng = np.random.default_rng(seed + zlib.crc32(kind.encode()) % 1000)
    out = []
    for i in range(count):
        p: dict = {"seed": seed * 1000 + i, "busy": bool(i % 2)}
        p["center"] = (float(rng.uniform(0.35, 0.65)), float(rng.uniform(0.35, 0.65)))
        p["code_px"] = int(rng.uniform(200, 320))
        p["angle"] = float(rng.uniform(-10, 10))
        if kind == "rotated":
            p["angle"] = float(rng.uniform(-180, 180))
        elif kind == "tilted":
            p["tilt"] = float(rng.uniform(0.3, 0.6))
        elif kind == "blurred":
            p["blur"] = float(rng.uniform(1.5, 3.2))
        elif kind == "motion":
            p["motion"] = int(rng.uniform(6, 14))
        elif kind == "glare":
            p["glare"] = float(rng.uniform(0.5, 0.95))
        elif kind == "noisy":
            p["noise"] = float(rng.uniform(20, 40))
        elif kind == "small":
            p["code_px"] = int(rng.uniform(75, 120))
        elif kind == "inverted":
            p["invert"] = True
        elif kind == "low_contrast":
            p["contrast"] = float(rng.uniform(0.15, 0.35))
        elif kind == "busy":
            p["busy"] = True
        out.append(p)
    return out


def scale_params(params: dict, size: tuple[int, int]) -> dict:
    """Scale a 1280x720 parameter set to another frame size: the same scene seen by a camera
    of lower resolution (code size and blur lengths follow the frame)."""
    f = size[1] / 720
    out = dict(params, size=size)
    if out.get("motion"):
        out["motion"] = max(2, int(round(out["motion"] * f)))
    if out.get("blur"):
        out["blur"] = out["blur"] * f
    if "code_px" in out:
        out["code_px"] = max(30, int(out["code_px"] * f))
    else:
        out["code_px"] = int(260 * f)
    return out


def empty_frame(size: tuple[int, int] = (1280, 720), seed: int = 0, busy: bool = True) -> np.ndarray:
    return scene(None, size=size, busy=busy, seed=seed)


def payload(i: int, event: str = "evt_bench") -> str:
    """A ticket payload as the kiosk prints them."""
    return f'{{"registration_id":"reg_{i:06d}","event_id":"{event}"}}'


# ---------------------------------------------------------------------------- files


def write_video(path: Path, frames: Iterable[np.ndarray], fps: float = 30.0) -> Path:
    """Write BGR frames as an MJPEG AVI (always available in OpenCV's FFmpeg build)."""
    frames = list(frames)
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    if not writer.isOpened():
        raise RuntimeError(f"cannot write video {path}")
    try:
        for f in frames:
            writer.write(f)
    finally:
        writer.release()
    return Path(path)


def video_segments(
    segments: Sequence[tuple[str | None, int]], size: tuple[int, int] = (640, 480), **kw
) -> tuple[list[np.ndarray], list[int]]:
    """Frames for ``[(text or None, frame count), ...]`` and each segment's first frame index.

    The code drifts a little from frame to frame, as a hand-held phone does.
    """
    frames: list[np.ndarray] = []
    starts: list[int] = []
    code_px = kw.pop("code_px", int(size[1] * 0.4))
    for si, (text, count) in enumerate(segments):
        starts.append(len(frames))
        code = qr_image(text) if text is not None else None
        for i in range(count):
            cx = 0.5 + 0.05 * math.sin(i / 5)
            frames.append(
                scene(None, code=code, size=size, code_px=code_px, center=(cx, 0.5), seed=si, **kw)
            )
    return frames, starts


def real_samples(root: Path = REAL_DIR) -> list[tuple[Path, str]]:
    """(image path, expected payload) for each shared real photo; [] if the data is absent."""
    if not root.is_dir():
        return []
    out = []
    for img in sorted(root.rglob("*")):
        if img.suffix.lower() in IMAGE_SUFFIXES:
            txt = img.with_suffix(".txt")
            if txt.exists():
                out.append((img, txt.read_bytes().decode("utf-8")))
    return out


def read_gray(path: Path) -> np.ndarray | None:
    data = np.fromfile(str(path), dtype=np.uint8)
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
