"""Shipped in English and German, through Qt's own translation files."""

from kiosk.models import Verdict, VerdictKind
from kiosk.ui.i18n import install_translations
from kiosk.ui.resources import resource_path
from kiosk.ui.verdict_view import headline, party_text


def test_german_translation_is_compiled_and_used(qapp):
    assert resource_path("translations", "kiosk_de.qm").is_file()
    verdict = Verdict("c", VerdictKind.ADMIT, "", party_size=3, guest_count=2)
    try:
        assert install_translations(qapp, "de") == "de"
        assert headline(verdict) == "EINLASS"
        assert party_text(verdict) == "3 einlassen: 1 + 2 Gäste"
    finally:
        install_translations(qapp, "en")
    assert headline(verdict) == "ADMIT"
