"""What a person sees of the locked kiosk, read from a screenshot (the cage session test and
the window-manager test): the attract screen edge to edge."""

from __future__ import annotations

ATTRACT_NAVY = (29, 53, 87)  # the attract screen's background (resources/styles/kiosk.qss)


def is_attract(pixel) -> bool:
    return all(abs(a - b) <= 10 for a, b in zip(pixel, ATTRACT_NAVY))


def edge_problems(image) -> list[str]:
    """The sides and top of an RGB screenshot that are not the attract screen. Checked 6 px
    in from each side (a window's own frame is outside that); the bottom has the Staff bar,
    so the sides stop 120 px above it."""
    w, h = image.size
    px = image.load()
    sides = {"left": [(6, y) for y in range(6, h - 120, 4)],
             "right": [(w - 7, y) for y in range(6, h - 120, 4)],
             "top": [(x, 6) for x in range(6, w - 6, 4)]}
    problems = []
    for side, points in sides.items():
        share = sum(is_attract(px[xy]) for xy in points) / len(points)
        if share < 0.98:
            problems.append(f"{side} edge: {share:.0%} attract-screen colour")
    return problems
