"""Printed tickets: what is on them, and that the door reads them back."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, PdfParser

from kiosk.codes import parse_code, ticket_payload
from kiosk.models import Event, Registration
from kiosk.scan.decoders import make_decoder
from kiosk.scan.tickets import render_ticket, save_pdf, ticket_filename, write_tickets

EVENT = Event("evt_summer25", "Summer Festival 2025", start_date="2025-07-12", start_time="18:00",
              location="Stadtpark, Hamburg")  # fmt: skip


def reg(i: int, **kw) -> Registration:
    base = dict(id=f"reg_t{i:04d}", event_id="evt_summer25", attendee_name=f"Guest {i}",
                attendee_email=f"g{i}@example.org", status="CONFIRMED", guest_count=i % 3)  # fmt: skip
    base.update(kw)
    return Registration(**base)


@pytest.fixture(scope="module")
def decoder():
    return make_decoder()


def read_back(decoder, image) -> list[str]:
    return [r.text for r in decoder.decode(np.asarray(image))]


def test_ticket_carries_registration_and_event(decoder):
    img = render_ticket(reg(1), EVENT)
    assert img.size == (800, 1000)
    (text,) = read_back(decoder, img)
    assert text == ticket_payload("reg_t0001", "evt_summer25")
    parsed = parse_code(text)
    assert (parsed.registration_id, parsed.event_id) == ("reg_t0001", "evt_summer25")


def test_plain_dicts_and_no_event(decoder):
    data = {"id": "reg_dict1", "event_id": "evt_x", "attendee_name": "Zoë Ægir 阿", "guest_count": 4}
    (text,) = read_back(decoder, render_ticket(data))
    assert parse_code(text).event_id == "evt_x"
    # The event id may come from the event when the registration lacks it.
    (text,) = read_back(decoder, render_ticket({"id": "reg_dict2", "attendee_name": "A"},
                                               {"id": "evt_y", "title": "Y"}))
    assert parse_code(text).event_id == "evt_y"


def test_long_names_do_not_break_the_layout(decoder):
    event = {"id": "evt_summer25", "title": "Festival " * 40, "location": "Hall " * 50}
    img = render_ticket(reg(2, attendee_name="Maximiliane " * 12), event)
    assert read_back(decoder, img) == [ticket_payload("reg_t0002", "evt_summer25")]


def test_missing_ids_are_refused():
    with pytest.raises(ValueError):
        render_ticket({"attendee_name": "No Id", "event_id": "evt_1"})
    with pytest.raises(ValueError):
        render_ticket({"id": "reg_1"})


def test_png_files(tmp_path, decoder):
    regs = [reg(i) for i in range(3)]
    paths = write_tickets(regs, EVENT, tmp_path / "out")
    assert [p.name for p in paths] == [ticket_filename(r) for r in regs] == [
        "ticket-reg_t0000.png", "ticket-reg_t0001.png", "ticket-reg_t0002.png",
    ]  # fmt: skip
    for r, p in zip(regs, paths):
        assert read_back(decoder, Image.open(p)) == [ticket_payload(r.id, r.event_id)]


def test_pdf_sheet(tmp_path, decoder):
    regs = [reg(i) for i in range(11)]
    (path,) = write_tickets(regs, EVENT, tmp_path, fmt="pdf")
    assert path.name == "tickets-evt_summer25.pdf" and path.read_bytes().startswith(b"%PDF")
    assert len(PdfParser.PdfParser(str(path)).pages) == 2  # 9 to a page


def test_long_pdf_is_written_in_batches(tmp_path, monkeypatch):
    import kiosk.scan.tickets as tickets

    monkeypatch.setattr(tickets, "PAGES_PER_WRITE", 2)
    path, count = save_pdf([reg(i) for i in range(9 * 5)], None, tmp_path / "many.pdf")
    assert count == 45 and len(PdfParser.PdfParser(str(path)).pages) == 5


def test_sheet_tickets_read_back(tmp_path, decoder, monkeypatch):
    """The tickets on a sheet are readable at print resolution (check the page image)."""
    import kiosk.scan.tickets as tickets

    pages = []
    monkeypatch.setattr(Image.Image, "save", lambda self, *a, **k: pages.append(self.copy()))
    tickets.save_pdf([reg(i) for i in range(4)], EVENT, tmp_path / "x.pdf")
    found = sorted(read_back(decoder, pages[0]))
    assert found == sorted(ticket_payload(f"reg_t{i:04d}", "evt_summer25") for i in range(4))


def test_unknown_format(tmp_path):
    with pytest.raises(ValueError):
        write_tickets([reg(1)], EVENT, tmp_path, fmt="svg")
    with pytest.raises(ValueError):
        write_tickets([], EVENT, tmp_path, fmt="pdf")


# Names in any script (issue 11): the ticket font has real glyphs, not the "missing" box.
NAMES = {"Chinese": "王秀英", "Japanese": "山田 太郎", "Korean": "김민준", "Arabic": "محمد علي",
         "Latin": "Kurt Gödel"}


@pytest.mark.parametrize("script", sorted(NAMES))
@pytest.mark.parametrize("bold", [False, True])
def test_ticket_font_has_glyphs_for_names_in_any_script(script, bold):
    import shutil

    from PIL import ImageFont

    from kiosk.scan.tickets import missing_glyphs, ticket_font

    if shutil.which("fc-list") is None:
        pytest.skip("needs fontconfig and the Noto fonts (README: system packages)")
    name = NAMES[script]
    font = ticket_font(40, bold, name)
    assert missing_glyphs(font, name) == []
    for ch in name.replace(" ", ""):
        assert font.getmask(ch).getbbox() is not None  # ink, not an empty glyph
    if script in ("Chinese", "Japanese", "Korean"):
        # the Latin font alone would print boxes: the check can tell
        assert missing_glyphs(ImageFont.truetype("DejaVuSans.ttf", 40), name)


def test_ticket_with_a_cjk_name_prints_the_name(tmp_path):
    from PIL import ImageChops

    from kiosk.scan.tickets import render_ticket

    reg = {"id": "reg_cjk", "event_id": "evt_1", "attendee_name": "王秀英", "party_size": 1}
    other = dict(reg, attendee_name="山田太")  # as many letters: boxes would look the same
    a, b = render_ticket(reg, None), render_ticket(other, None)
    assert ImageChops.difference(a, b).getbbox() is not None  # two names, two renderings
