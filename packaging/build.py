#!/usr/bin/env python3
"""Build the kiosk with PyInstaller for the platform this runs on, and smoke-test it.

    python packaging/build.py                 icons, PyInstaller, Linux archive
    python packaging/build.py --smoke         ... then packaging/smoke_test.py on the result
    python packaging/build.py --icons-only    just build/icons/ (PNG, ICO, ICNS from the SVG)

Needs the project installed in the running Python with PyInstaller:
``pip install -e ".[package]"``. Output goes to ``dist/`` (see docs/packaging.md):

- Linux:   dist/kiosk/ (one folder: ``kiosk`` binary, desktop entry, icon, install script)
           and dist/webkasa-kiosk-<version>-linux-<arch>.tar.gz
- Windows: dist/kiosk/ with kiosk.exe (command line) and "WebKasa Check-in.exe" (window)
- macOS:   dist/WebKasa Check-in.app

Icons are made here from resources/icons/app.svg with Qt's SVG renderer, never committed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
SVG = ROOT / "resources" / "icons" / "app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)

sys.path.insert(0, str(HERE))
import spec_common  # noqa: E402


def make_icons() -> Path:
    """build/icons/: kiosk-<n>.png for each size, webkasa-kiosk.png (256), kiosk.ico, kiosk.icns."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    ICONS.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"kiosk-{size}.png"))
    shutil.copyfile(ICONS / "kiosk-256.png", ICONS / "webkasa-kiosk.png")
    big = Image.open(ICONS / "kiosk-1024.png")
    big.save(ICONS / "kiosk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "kiosk.icns")
    return ICONS


def spec_for(system: str) -> Path:
    return HERE / {"Linux": "kiosk.spec", "Windows": "kiosk-windows.spec",
                   "Darwin": "kiosk-macos.spec"}[system]


def run_pyinstaller(spec: Path, clean: bool) -> float:
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(spec)]
    if clean:
        cmd.insert(3, "--clean")
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.monotonic() - started


GATE_FILES = ("webkasa-kiosk-gate.service", "webkasa-kiosk-gate.sysusers", "webkasa-kiosk-gate.env")


def finish_linux(archive: bool) -> tuple[Path, Path | None]:
    """Desktop entry, icon and install script into the folder; optionally a .tar.gz of it."""
    folder = DIST / "kiosk"
    shutil.copyfile(HERE / "kiosk.desktop", folder / "webkasa-kiosk.desktop")
    shutil.copyfile(ICONS / "webkasa-kiosk.png", folder / "webkasa-kiosk.png")
    shutil.copyfile(HERE / "install-linux.sh", folder / "install-linux.sh")
    (folder / "install-linux.sh").chmod(0o755)
    # the locked-down login session (only the app, under cage): see docs/self-service.md
    shutil.copyfile(HERE / "linux" / "webkasa-kiosk-session", folder / "webkasa-kiosk-session")
    (folder / "webkasa-kiosk-session").chmod(0o755)
    shutil.copyfile(HERE / "linux" / "webkasa-kiosk.desktop", folder / "webkasa-kiosk-session.desktop")
    # the headless gate's service, its user and its settings file: the README, "A headless gate"
    for part in GATE_FILES:
        shutil.copyfile(HERE / "linux" / part, folder / part)
    if not archive:
        return folder, None
    name = f"webkasa-kiosk-{spec_common.version()}-linux-{platform.machine().lower()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=name)
    return folder, target


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--icons-only", action="store_true", help="only make build/icons/")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="Linux: skip the .tar.gz")
    parser.add_argument("--smoke", action="store_true", help="smoke-test the build afterwards")
    args = parser.parse_args()

    system = platform.system()
    print(f"kiosk {spec_common.version()} for {system} {platform.machine()}", flush=True)
    make_icons()
    print(f"icons in {ICONS}")
    if args.icons_only:
        return 0
    seconds = run_pyinstaller(spec_for(system), args.clean)
    print(f"PyInstaller took {seconds:.0f} s")
    if system == "Linux":
        folder, archive = finish_linux(not args.no_archive)
        binary = folder / "kiosk"
        print(f"built {folder} ({size_of(folder) / 1e6:.0f} MB)")
        if archive:
            print(f"archive {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    elif system == "Windows":
        folder = DIST / "kiosk"
        binary = folder / "kiosk.exe"
        print(f"built {folder} ({size_of(folder) / 1e6:.0f} MB)")
    else:
        folder = DIST / f"{spec_common.APP_NAME}.app"
        binary = folder / "Contents" / "MacOS" / "kiosk"
        print(f"built {folder} ({size_of(folder) / 1e6:.0f} MB)")
    if args.smoke:
        started = time.monotonic()
        code = subprocess.call([sys.executable, str(HERE / "smoke_test.py"), str(binary)])
        if code:
            print(f"smoke test FAILED after {time.monotonic() - started:.0f} s")
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
