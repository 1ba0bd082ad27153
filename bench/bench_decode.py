"""Decoder comparison: detection and time per frame, per backend and resolution.

    python bench/bench_decode.py [--quick] [--variants N]

For each backend (plain zxing-cpp, one call, as the baseline; the kiosk's zxing decoder with
its extra passes; the kiosk's pyzbar decoder when pyzbar is installed) prints:
- exact reads of the shared real photos (../shared/data/qr-real), decoded as stills;
- per resolution (1280x720, 640x480): detection rate per distortion category on generated
  camera frames, decoded with the camera budget the pipeline gives a 30 fps camera;
- median and p95 milliseconds per frame with a code and per empty frame (BGR in, as from
  the camera: the gray conversion is included).
Backends are interleaved frame by frame, so a busy machine slows them all alike.
Targets: empty 1280x720 frame under 3 ms; detection at least plain zxing-cpp's everywhere.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

import scan_helpers as sh  # noqa: E402
from kiosk.scan.decoders import DecoderUnavailable, make_decoder  # noqa: E402

SIZES = [(1280, 720), (640, 480)]
CAMERA_BUDGET = 0.5 / 30  # what ScanPipeline gives a 30 fps camera


class PlainZxing:
    """The baseline: one zxing-cpp call on the gray frame, QR only, library defaults."""

    name = "zxing-plain"

    def __init__(self):
        import zxingcpp

        self.zx = zxingcpp

    def decode(self, frame, budget_s=None):
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
        return [r.text for r in self.zx.read_barcodes(gray, formats=self.zx.BarcodeFormat.QRCode)]


class Kiosk:
    def __init__(self, name):
        self.decoder = make_decoder(name)
        self.name = f"kiosk-{name}"

    def decode(self, frame, budget_s=None):
        return [r.text for r in self.decoder.decode(frame, budget_s=budget_s)]


def pct(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def timed(backend, frame, budget):
    t0 = time.perf_counter()
    texts = backend.decode(frame, budget)
    return texts, (time.perf_counter() - t0) * 1000.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer frames (a smoke run)")
    ap.add_argument("--variants", type=int, default=None, help="frames per category and size")
    ap.add_argument("--empty", type=int, default=None, help="empty frames per size")
    args = ap.parse_args()
    n = args.variants or (5 if args.quick else 24)
    n_empty = args.empty or (20 if args.quick else 120)

    backends = [PlainZxing(), Kiosk("zxing")]
    try:
        backends.append(Kiosk("pyzbar"))
    except DecoderUnavailable:
        print("(pyzbar not installed: pip install pyzbar, apt-get install libzbar0)")
    for b in backends:  # warm up (lazy imports, first-call allocations)
        b.decode(sh.scene("warm", size=(640, 480)), CAMERA_BUDGET)

    print(f"{'':24}" + "".join(f"{b.name:>16}" for b in backends))

    # ---- real photos (stills: no budget)
    samples = sh.real_samples()
    if samples:
        hits = {b.name: 0 for b in backends}
        for path, expected in samples:
            color = cv2.imdecode(np.fromfile(str(path), np.uint8), cv2.IMREAD_COLOR)
            for b in backends:
                hits[b.name] += expected in b.decode(color, None)
        row = "".join(f"{hits[b.name]:>10}/{len(samples):<5}" for b in backends)
        print(f"{'real photos (exact)':24}{row}")
    else:
        print(f"(real photos not found at {sh.REAL_DIR})")

    ok_targets = True
    for size in SIZES:
        label = f"{size[0]}x{size[1]}"
        print(f"\n{label}: detection per category ({n} frames each, half on busy backgrounds)")
        totals = {b.name: 0 for b in backends}
        code_ms = {b.name: [] for b in backends}
        count = 0
        for kind in sh.DISTORTIONS:
            hits = {b.name: 0 for b in backends}
            for i, params in enumerate(sh.distortion_variants(kind, n, seed=42)):
                text = sh.payload(i)
                frame = sh.scene(text, **sh.scale_params(params, size))
                for b in backends:
                    texts, ms = timed(b, frame, CAMERA_BUDGET)
                    hits[b.name] += text in texts
                    code_ms[b.name].append(ms)
                count += 1
            for b in backends:
                totals[b.name] += hits[b.name]
            base = hits[backends[0].name]
            flag = "" if hits[backends[1].name] >= base else "   <-- below plain zxing"
            ok_targets &= not flag
            row = "".join(f"{100.0 * hits[b.name] / n:>15.0f}%" for b in backends)
            print(f"  {kind:22}{row}{flag}")
        row = "".join(f"{100.0 * totals[b.name] / count:>15.1f}%" for b in backends)
        print(f"  {'all categories':22}{row}")

        empty_ms = {b.name: [] for b in backends}
        false_reads = {b.name: 0 for b in backends}
        for s in range(n_empty):
            frame = sh.empty_frame(size, seed=1000 + s, busy=bool(s % 2))
            for b in backends:
                texts, ms = timed(b, frame, CAMERA_BUDGET)
                empty_ms[b.name].append(ms)
                false_reads[b.name] += bool(texts)
        names = [b.name for b in backends]
        table = {
            "ms/frame with code p50": [f"{statistics.median(code_ms[n]):.2f}" for n in names],
            "ms/frame with code p95": [f"{pct(code_ms[n], 0.95):.2f}" for n in names],
            "ms/empty frame p50": [f"{statistics.median(empty_ms[n]):.2f}" for n in names],
            "ms/empty frame p95": [f"{pct(empty_ms[n], 0.95):.2f}" for n in names],
            "false reads (empty)": [str(false_reads[n]) for n in names],
        }
        for label, cells in table.items():
            print(f"  {label:22}" + "".join(f"{cell:>16}" for cell in cells))
        if size == (1280, 720):
            p50 = statistics.median(empty_ms["kiosk-zxing"])
            verdict = "OK" if p50 < 3.0 else "MISSED"
            ok_targets &= p50 < 3.0
            print(f"  target: empty 1280x720 frame under 3 ms (kiosk-zxing median {p50:.2f} ms): {verdict}")
    print("\nall targets met" if ok_targets else "\nsome targets missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
