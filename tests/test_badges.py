"""Name badges (issue 12): printed to PDF through the same QtPrintSupport path as a real
printer, read back with pypdf; the ``kiosk badge`` / ``kiosk checkin --print`` commands as
real subprocesses against the simulator; the print-once queue on a real SQLite file."""

import unicodedata

import pytest

from kiosk_cli import confirmed_rows as confirmed
from kiosk_cli import kiosk_env, run

pypdf = pytest.importorskip("pypdf")

from kiosk.badges.content import BadgeContent  # noqa: E402
from kiosk.badges.jobs import AlreadyPrinted, BadgeQueue, print_waiting  # noqa: E402
from kiosk.badges.layouts import LAYOUTS  # noqa: E402
from pdf_helpers import MM, pdf_size, pdf_text  # noqa: E402

CONTENT = BadgeContent(registration_id="reg_abc", name="Ada Lovelace", party="+2 guests",
                       event_title="Spring Conference", event_date="Sat 14 Mar 2026, 09:00",
                       band="Speaker", qr_payload="reg_abc")


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_badge_pdf_has_the_text_and_the_label_size(qapp, tmp_path, key):
    from kiosk.ui.badge_print import print_badge

    layout = LAYOUTS[key]
    out = tmp_path / f"{key}.pdf"
    assert print_badge(CONTENT, layout, f"pdf:{out}") == str(out)
    text = pdf_text(out)
    for part in ("Ada", "Lovelace", "+2 guests", "Spring Conference", "Sat 14 Mar 2026, 09:00",
                 "Speaker"):
        assert part in text
    width, height = pdf_size(out)
    assert width == pytest.approx(layout.width_mm * MM, abs=1.0)
    assert height == pytest.approx(layout.height_mm * MM, abs=1.0)
    assert len(pypdf.PdfReader(str(out)).pages) == 1


def test_options_leave_out_the_band_and_the_qr(qapp, tmp_path):
    from kiosk.ui.badge_print import print_badge

    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    print_badge(CONTENT, LAYOUTS["a6"], f"pdf:{plain}", notes_band=False, qr=False)
    print_badge(CONTENT, LAYOUTS["a6"], f"pdf:{full}")
    assert "Speaker" not in pdf_text(plain) and "Speaker" in pdf_text(full)
    assert plain.stat().st_size < full.stat().st_size  # the QR code's squares are gone


def test_unknown_printer_is_a_clear_failure(qapp):
    from kiosk.ui.badge_print import PrintFailed, print_badge

    with pytest.raises(PrintFailed, match="no printer called 'no-such-printer'"):
        print_badge(CONTENT, LAYOUTS["a6"], "no-such-printer")


# -- the queue: print once, reprints counted, failures wait in order ------------------------

def test_print_once_reprints_counted_failures_wait_in_order(door, sim):
    door.pull()
    door.settings = door.settings.with_(badge_on_admit=True)
    first, second = (r["id"] for r in confirmed(sim, 2))
    queue = BadgeQueue(door.store, door.event_id, door.device_name)
    assert door.checkin(first).admitted and door.checkin(second).admitted
    assert [j.registration_id for j in queue.waiting()] == [first, second]

    def broken(content, job):
        raise OSError("printer offline")

    run = print_waiting(queue, broken)
    assert run.printed == [] and run.failed.registration_id == first
    assert queue.summary().waiting == 2 and queue.summary().failed == 1
    assert "printer offline" in queue.summary().last_error

    sent = []
    run = print_waiting(queue, lambda content, job: sent.append(content.registration_id) or "P1")
    assert sent == [first, second] and run.failed is None
    assert queue.summary().waiting == 0

    door.undo(first)  # a second admit of the same registration prints no second badge
    assert door.checkin(first).admitted
    assert queue.waiting() == []
    with pytest.raises(AlreadyPrinted):
        queue.request(first, reprint=False)
    job = queue.request(first)
    assert job.kind == "reprint"
    print_waiting(queue, lambda content, job: "P1")
    assert queue.reprint_count(first) == 1
    assert queue.history(first)[-1].describe().startswith("reprinted by Door 1 at ")


def test_undone_checkin_cancels_its_waiting_badge(door, sim):
    door.pull()
    door.settings = door.settings.with_(badge_on_admit=True)
    rid = confirmed(sim, 1)[0]["id"]
    queue = BadgeQueue(door.store, door.event_id, door.device_name)
    door.checkin(rid)
    door.undo(rid)
    run = print_waiting(queue, lambda content, job: pytest.fail("printed an undone badge"))
    assert run.cancelled == 1 and queue.waiting() == []


def test_no_badge_without_badge_on_admit(door, sim):
    door.pull()
    rid = confirmed(sim, 1)[0]["id"]
    door.checkin(rid)
    assert BadgeQueue(door.store, door.event_id, door.device_name).waiting() == []


# -- the commands, as operators run them ------------------------------------------------------
@pytest.fixture
def env(sim, tmp_path):
    return kiosk_env(sim, tmp_path / "data", KIOSK_DEVICE_NAME="Door 2",
                     QT_QPA_PLATFORM="offscreen")


def test_kiosk_badge_prints_once_then_reprints(env, sim, tmp_path):
    run(["sync"], env, check=True)
    reg = confirmed(sim, 1)[0]
    out = run(["badge", reg["id"], "--output", str(tmp_path / "a.pdf"), "--layout", "89x36mm"],
              env, check=True)
    assert "printed by Door 2 at" in out.stdout
    text = pdf_text(tmp_path / "a.pdf")
    assert all(word in text for word in reg["attendee_name"].split())
    assert pdf_size(tmp_path / "a.pdf") == pytest.approx((89 * MM, 36 * MM), abs=1.0)

    again = run(["badge", reg["id"], "--output", str(tmp_path / "b.pdf")], env)
    assert again.returncode == 1 and "--reprint" in again.stderr
    assert not (tmp_path / "b.pdf").exists()

    out = run(["badge", reg["id"], "--reprint", "--output", str(tmp_path / "b.pdf")], env,
              check=True)
    assert "reprinted by Door 2 at" in out.stdout and (tmp_path / "b.pdf").exists()

    bad = run(["badge", "reg_nobody", "--output", str(tmp_path / "c.pdf")], env)
    assert bad.returncode == 1 and "Unknown registration" in bad.stderr


def test_checkin_print_never_fails_for_the_printer_and_pending_prints_in_order(
        env, sim, tmp_path):
    run(["sync"], env, check=True)
    first, second = (r["id"] for r in confirmed(sim, 2))
    for rid in (first, second):
        out = run(["checkin", "--print", "--printer", "no-such-printer", rid], env)
        assert out.returncode == 0, out.stderr  # admitted, though the badge did not print
        assert "not printed" in out.stderr and "no printer called" in out.stderr
    folder = tmp_path / "badges"
    out = run(["badge", "--pending", "--printer", f"pdf:{folder}"], env, check=True)
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"badge-00001-{first}.pdf", f"badge-00002-{second}.pdf"]
    assert out.stdout.index(first) < out.stdout.index(second)
    assert run(["badge", "--pending", "--printer", f"pdf:{folder}"], env,
               check=True).stdout.strip() == "No badges waiting."

    # checked in again after an undo: the automatic badge is not printed a second time
    run(["undo", first], env, check=True)
    out = run(["checkin", "--print", "--printer", f"pdf:{folder}", first], env, check=True)
    assert len(list(folder.iterdir())) == 2 and "not printed" not in out.stderr


@pytest.mark.parametrize("name", ["王小明", "Ελένη Παπαδοπούλου", "Зоя Космодемьянская"])
def test_names_in_any_script_print_as_text(qapp, tmp_path, name):
    """The screens' font fallback (kiosk.ui.fonts) is used on the badge: real glyphs, so the
    PDF carries the name as text (a box glyph would not extract as the name)."""
    from kiosk.ui.badge_print import print_badge

    out = tmp_path / "name.pdf"
    print_badge(BadgeContent("reg_x", name, "", "Gala", "", "", "reg_x"), LAYOUTS["a6"],
                f"pdf:{out}")
    # NFKC: a CJK font may map 小 to the look-alike Kangxi radical ⼩ in its text table
    text = unicodedata.normalize("NFKC", pdf_text(out))
    assert "".join(name.split()) in "".join(text.split())


def test_notes_stay_off_the_badge_and_only_a_keyword_prints_a_band(qapp, tmp_path):
    """Registration notes are for staff ("Allergic to nuts"); a badge carries at most a band
    for a keyword staff turned on (issue 18), and by default none."""
    from kiosk.badges.content import badge_content
    from kiosk.models import Registration
    from kiosk.settings import Settings
    from kiosk.ui.badge_print import print_badge

    assert Settings().badge_notes_band is False
    private = Registration(id="reg_p", event_id="evt", attendee_name="Pat Doe",
                           attendee_email="p@x.org", status="CONFIRMED",
                           notes="Allergic to nuts; sign-language interpreter requested")
    vip = Registration(id="reg_v", event_id="evt", attendee_name="Vi Pat",
                       attendee_email="v@x.org", status="CONFIRMED",
                       notes="vip, allergic to nuts")
    assert badge_content(private, None).band == "" and badge_content(vip, None).band == "VIP"
    for reg in (private, vip):
        for band_on in (False, True):
            out = tmp_path / f"{reg.id}-{band_on}.pdf"
            print_badge(badge_content(reg, None), LAYOUTS["a6"], f"pdf:{out}",
                        notes_band=band_on, qr=False)
            text = pdf_text(out)
            assert "Allergic" not in text and "interpreter" not in text
            assert ("VIP" in text) == (band_on and reg is vip)


def test_controls_and_invisible_characters_are_not_drawn(qapp, tmp_path):
    """A name, note or title with a stray ESC, NUL, bell or bidi override once came out on
    the label as boxes or hex glyphs."""
    from kiosk.badges.content import badge_content
    from kiosk.models import Event, Registration
    from kiosk.ui.badge_print import print_badge

    reg = Registration("reg_x", "evt_x", "Ada\x1b\x07 Love\x00lace\u202e\u200b\n", "a@b.c",
                       "CONFIRMED", notes="VIP\x9b\x85\tfront row\x7f")
    content = badge_content(reg, Event("evt_x", "Gala\u2028night\x01"))
    assert (content.name, content.band, content.event_title) == ("Ada Lovelace", "VIP",
                                                                  "Gala night")
    out = tmp_path / "b.pdf"
    print_badge(content, LAYOUTS["a6"], f"pdf:{out}", notes_band=True)
    text = pdf_text(out)
    assert "Ada Lovelace" in text and "VIP" in text and "Gala night" in text
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text), repr(text)


def test_badge_pending_with_nothing_waiting_needs_no_printer(env):
    run(["sync"], env, check=True)
    out = run(["badge", "--pending"], env)  # no printer chosen anywhere
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "No badges waiting."


def test_badge_output_without_pdf_is_a_file_and_empty_is_a_usage_error(env, sim, tmp_path):
    run(["sync"], env, check=True)
    first, second = (r["id"] for r in confirmed(sim, 2))
    out = run(["badge", first, "--output", str(tmp_path / "name")], env, check=True)
    assert (tmp_path / "name.pdf").is_file() and not (tmp_path / "name").exists()
    assert str(tmp_path / "name.pdf") in out.stdout
    folder = tmp_path / "badges"
    folder.mkdir()  # an existing folder: one file per badge, as a pdf:FOLDER printer
    run(["badge", second, "--output", str(folder)], env, check=True)
    assert [p.name for p in folder.iterdir()] == [f"badge-00002-{second}.pdf"]

    empty = run(["badge", second, "--reprint", "--output", ""], env, cwd=tmp_path)
    assert empty.returncode == 2 and "Traceback" not in empty.stderr
    assert empty.stderr.strip().startswith("Error:") and len(empty.stderr.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["badges", "data", "name.pdf"]


def test_losing_the_print_once_race_says_who_printed_it(env, sim, tmp_path):
    """Two processes ask for one registration's badge at once: the second finds the job the
    first made, and the first prints it before the second can claim it. A trigger stands in
    for the first process, printing each job as soon as it is asked for."""
    import sqlite3

    run(["sync"], env, check=True)
    rid = confirmed(sim, 1)[0]["id"]
    db = sqlite3.connect(tmp_path / "data" / "kiosk.db")
    with db:
        db.execute("""CREATE TRIGGER other_process AFTER INSERT ON badge_jobs BEGIN
                          UPDATE badge_jobs SET state='printed', printer='Front desk',
                              requested_by='Door 1', printed_at='2026-03-14T13:03:00Z'
                          WHERE id=NEW.id;
                      END""")
    db.close()
    out = run(["badge", rid, "--output", str(tmp_path / "b.pdf")], env)
    assert out.returncode == 1
    assert "already printed by Door 1 at" in out.stderr and "--reprint" in out.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_a_german_door_prints_the_party_line_in_german(sim, tmp_path):
    """The party line follows the door's language setting, singular and plural, also when
    ``kiosk badge`` prints (no translation installed in that process)."""
    rows = sim.registrations(sim.main_event_id, "CONFIRMED")
    one = next(r for r in rows if r.get("guest_count") == 1)
    more = next(r for r in rows if (r.get("guest_count") or 0) >= 2)
    german = kiosk_env(sim, tmp_path / "de", KIOSK_DEVICE_NAME="Tür 1", KIOSK_LANGUAGE="de",
                       QT_QPA_PLATFORM="offscreen")
    english = kiosk_env(sim, tmp_path / "en", KIOSK_DEVICE_NAME="Door 1", KIOSK_LANGUAGE="en",
                        QT_QPA_PLATFORM="offscreen")
    for env in (german, english):
        run(["sync"], env, check=True)
    for reg, name in ((one, "one"), (more, "more")):
        run(["badge", reg["id"], "--output", str(tmp_path / f"de-{name}.pdf")], german,
            check=True)
    run(["badge", more["id"], "--output", str(tmp_path / "en-more.pdf")], english, check=True)
    assert "+1 Gast" in pdf_text(tmp_path / "de-one.pdf")
    german_more = pdf_text(tmp_path / "de-more.pdf")
    assert f"+{more['guest_count']} Gäste" in german_more and "guest" not in german_more
    assert f"+{more['guest_count']} guests" in pdf_text(tmp_path / "en-more.pdf")


def test_pending_badges_to_one_pdf_name_go_to_numbered_files_and_overwrite_nothing(
        env, sim, tmp_path):
    run(["sync"], env, check=True)
    rows = confirmed(sim, 3)
    for reg in rows:
        run(["checkin", "--print", "--printer", "no-such-printer", reg["id"]], env)
    (tmp_path / "out-2.pdf").write_bytes(b"an earlier run's badge")
    out = run(["badge", "--pending", "--output", str(tmp_path / "out.pdf")], env, check=True)
    assert not (tmp_path / "out.pdf").exists()
    assert (tmp_path / "out-2.pdf").read_bytes() == b"an earlier run's badge"
    files = [tmp_path / name for name in ("out-1.pdf", "out-3.pdf", "out-4.pdf")]
    for reg, path in zip(rows, files, strict=True):  # in order, one badge each
        text = pdf_text(path)
        assert all(word in text for word in reg["attendee_name"].split()), (path, text)
        assert str(path) in out.stdout
    help_text = run(["badge", "--help"], env, check=True).stdout
    assert "FILE-1.pdf" in " ".join(help_text.split())
