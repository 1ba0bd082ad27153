"""Reading back the PDFs badges print to (pypdf, from the ``test`` extra)."""

from __future__ import annotations

import pypdf

MM = 72 / 25.4  # points per millimetre


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def pdf_size(path) -> tuple[float, float]:
    box = pypdf.PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)
