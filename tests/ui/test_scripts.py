"""Names in any script show real glyphs, and right-to-left names run right to left (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel

NAMES = {"Chinese": "王秀英", "Japanese": "山田 太郎", "Korean": "김민준", "Arabic": "محمد علي",
         "Hebrew": "דוד לוי", "Latin": "Kurt Gödel"}


def _glyph_runs(text, font):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout, line, layout.glyphRuns()


@pytest.mark.parametrize("script", sorted(NAMES))
def test_the_ui_font_falls_back_to_a_font_with_the_glyphs(qapp, script):
    name = NAMES[script]
    label = QLabel(name)  # the app font the style set, as every label gets it
    _, _, runs = _glyph_runs(name, label.font())
    assert runs
    glyphs = [g for run in runs for g in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs  # glyph 0 is the "missing" box
    # and the resolved (fallback) fonts say they have every letter
    assert all(any(run.rawFont().supportsCharacter(ord(ch)) for run in runs)
               for ch in name.replace(" ", ""))


@pytest.mark.parametrize("script", ["Arabic", "Hebrew"])
def test_right_to_left_names_run_right_to_left(qapp, script):
    name = NAMES[script]
    layout, line, _ = _glyph_runs(name, QLabel().font())
    first, last = line.cursorToX(0)[0], line.cursorToX(len(name))[0]
    assert first > last  # the first letter is drawn at the right


def test_verdict_shows_a_cjk_name_with_glyphs(qtbot):
    from kiosk.models import Verdict, VerdictKind
    from kiosk.ui.verdict_view import VerdictView

    view = VerdictView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show_verdict(Verdict("c", VerdictKind.ADMIT, "", attendee_name="王秀英", party_size=1))
    _, _, runs = _glyph_runs(view.name.text(), view.name.font())
    assert 0 not in [g for run in runs for g in run.glyphIndexes()]
