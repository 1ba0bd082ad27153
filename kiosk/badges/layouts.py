"""Badge label sizes, chosen in Settings (``badge_layout``). Plain data: no Qt here."""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4


@dataclass(frozen=True, slots=True)
class Layout:
    key: str
    label: str
    width_mm: float
    height_mm: float

    @property
    def wide(self) -> bool:
        """Wide labels put the QR code beside the name instead of below it."""
        return self.width_mm >= 1.6 * self.height_mm


LAYOUTS: dict[str, Layout] = {
    layout.key: layout
    for layout in (
        Layout("62x100mm", "62 × 100 mm (Brother QL 62 mm roll, cut)", 62, 100),
        Layout("89x36mm", "89 × 36 mm (DYMO 99012 large address)", 89, 36),
        Layout("4x3in", "4 × 3 in (Zebra / direct thermal 4 in roll)", 4 * MM_PER_INCH,
               3 * MM_PER_INCH),
        Layout("a6", "A6 (105 × 148 mm, any office printer)", 105, 148),
    )
}
DEFAULT_LAYOUT = "62x100mm"


def get_layout(key: str | None) -> Layout:
    """The layout called ``key``; ValueError naming the choices when there is none."""
    layout = LAYOUTS.get((key or DEFAULT_LAYOUT).strip().lower())
    if layout is None:
        raise ValueError(f"unknown badge layout {key!r}; choose one of {', '.join(LAYOUTS)}")
    return layout
