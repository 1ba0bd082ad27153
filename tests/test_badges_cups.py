"""A badge through a real print server (issue 12): CUPS with the cups-pdf virtual printer.

``.ci/run`` installs ``cups printer-driver-cups-pdf`` and starts ``cupsd``; this test finds
the cups-pdf queue with ``lpstat``, prints with ``kiosk badge --printer QUEUE`` (the same
QtPrintSupport path as a label printer) and finds the PDF cups-pdf wrote. Where CUPS cannot
run it is skipped, with the reason in the skip message.

cups-pdf re-renders the job with Ghostscript, which drops the fonts' text mapping, so the
PDF is recognised by its title (the registration id) and its page size, not by its text.
"""

import os
import pwd
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from door_helpers import wait_for
from kiosk_cli import confirmed_rows as confirmed
from kiosk_cli import run

pypdf = pytest.importorskip("pypdf")

from pdf_helpers import MM, pdf_size  # noqa: E402

CONF = Path("/etc/cups/cups-pdf.conf")


def cups_pdf_queue() -> str:
    """The name of a queue whose device is cups-pdf; skips with the reason otherwise."""
    if shutil.which("lpstat") is None:
        pytest.skip("CUPS test skipped: lpstat not found (apt-get install cups "
                    "printer-driver-cups-pdf, then start cupsd)")
    running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=30)
    if "not running" in running.stdout + running.stderr or running.returncode != 0:
        pytest.skip("CUPS test skipped: the CUPS scheduler (cupsd) is not running")
    devices = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=30).stdout
    for line in devices.splitlines():
        found = re.match(r"device for (\S+): cups-pdf:", line)
        if found:
            return found.group(1)
    pytest.skip("CUPS test skipped: no cups-pdf queue (apt-get install printer-driver-cups-pdf)")


def output_folders() -> list[Path]:
    """Where cups-pdf writes: ``Out`` of cups-pdf.conf (``${HOME}`` is the job's user, here
    us) and the anonymous folder, plus Debian's defaults."""
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    user = pwd.getpwuid(os.getuid()).pw_name
    folders = [home / "PDF", Path("/var/spool/cups-pdf") / user,
               Path("/var/spool/cups-pdf/ANONYMOUS")]
    if CONF.exists():
        for line in CONF.read_text(errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            if key in ("Out", "AnonDirName") and value.strip():
                value = value.strip().replace("${HOME}", str(home)).replace("${USER}", user)
                folders.insert(0, Path(value))
    return folders


def test_badge_prints_through_cups_pdf(env, sim):
    queue = cups_pdf_queue()
    listed = run(["badge", "--list-printers"], env, check=True).stdout.split()
    assert queue in listed  # Qt's print support sees the CUPS queue
    run(["sync"], env, check=True)
    reg = confirmed(sim, 1)[0]
    before = {p for folder in output_folders() if folder.is_dir() for p in folder.glob("*.pdf")}
    out = run(["badge", reg["id"], "--printer", queue, "--layout", "89x36mm"], env, check=True)
    assert f"on {queue}" in out.stdout

    def produced():
        return [p for folder in output_folders() if folder.is_dir()
                for p in folder.glob("*.pdf") if p not in before and reg["id"] in p.name]

    pdf = wait_for(produced, f"cups-pdf to write the badge of {reg['id']} into one of "
                   f"{[str(f) for f in output_folders()]}", timeout=120)[0]
    wait_for(lambda: _readable(pdf), f"{pdf} to be complete", timeout=60)
    assert pdf_size(pdf) == pytest.approx((89 * MM, 36 * MM), abs=1.5)


def _readable(path: Path) -> bool:
    try:
        return len(pypdf.PdfReader(str(path)).pages) == 1
    except Exception:  # still being written
        return False
