"""The keyboard-wedge assembler: scanner bursts versus people typing, by timing alone."""

from __future__ import annotations

import pytest

from kiosk.codes import ticket_payload
from kiosk.scan.wedge import _US_TO_DE, KeyEvent, Passthrough, WedgeAssembler, WedgeScan, us_on_de


def keys(text, start=0.0, gap=0.004, end=None):
    """Key events for ``text`` typed ``gap`` seconds apart, then the ``end`` key if any."""
    events = [KeyEvent(ch, start + i * gap) for i, ch in enumerate(text)]
    if end:
        events.append(KeyEvent("", start + len(text) * gap, key=end))
    return events


def feed_all(asm, events):
    out = []
    for e in events:
        out += asm.feed(e)
    return out


def scans(outputs):
    return [o for o in outputs if isinstance(o, WedgeScan)]


@pytest.mark.parametrize("end,expected", [("Enter", "enter"), ("Return", "enter"), ("Tab", "tab")])
def test_scan_with_a_terminator(end, expected):
    out = feed_all(WedgeAssembler(), keys("reg_abc123", end=end))
    assert out == [WedgeScan("reg_abc123", expected, 0.0, 0.04)]


def test_terminator_as_text_characters():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("reg_abc123") + [KeyEvent("\r", 0.045)])
    assert [(s.text, s.terminator) for s in scans(out)] == [("reg_abc123", "enter")]


def test_scanner_without_suffix_ends_with_silence():
    asm = WedgeAssembler()
    assert feed_all(asm, keys("reg_abc123")) == []
    assert asm.pending == "reg_abc123"
    assert asm.poll(0.05) == []  # not quiet long enough yet
    (scan,) = asm.poll(0.2)
    assert scan.text == "reg_abc123" and scan.terminator == ""
    assert asm.pending == ""


def test_next_scan_also_ends_the_previous_silent_one():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("reg_first1") + keys("reg_second2", start=1.0))
    out += asm.poll(2.0)
    assert [s.text for s in scans(out)] == ["reg_first1", "reg_second2"]


def test_human_typing_is_passed_through():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("anna", gap=0.15, end="Enter"))
    assert scans(out) == []
    assert "".join(o.text for o in out) == "anna" and out[-1] == Passthrough("", "enter")


def test_a_fast_key_roll_is_typing_not_a_scan():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("ab", gap=0.01)) + asm.poll(1.0)
    assert out == [Passthrough("ab")]


def test_fast_typist_with_a_lucky_quick_pair_is_still_typing():
    asm = WedgeAssembler()
    times = [0.0, 0.09, 0.11, 0.2, 0.29, 0.37]
    out = feed_all(asm, [KeyEvent(ch, t) for ch, t in zip("reg_ab", times)]) + asm.poll(2.0)
    assert scans(out) == [] and "".join(o.text for o in out) == "reg_ab"


def test_editing_keys_mean_a_person():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("ann", gap=0.01) + [KeyEvent("", 0.05, key="Backspace")])
    assert out == [Passthrough("ann"), Passthrough("", "backspace")]


def test_shift_presses_do_not_break_a_scan():
    events = []
    t = 0.0
    for ch in "reg_ABC":
        if ch.isupper():
            events.append(KeyEvent("", t, key="Shift"))
            t += 0.002
        events.append(KeyEvent(ch, t))
        t += 0.004
    events.append(KeyEvent("", t, key="Enter"))
    assert [s.text for s in scans(feed_all(WedgeAssembler(), events))] == ["reg_ABC"]


def test_doubled_characters_are_read_once():
    doubled = "".join(ch * 2 for ch in "reg_abc123")
    (scan,) = scans(feed_all(WedgeAssembler(), keys(doubled, gap=0.002, end="Enter")))
    assert scan.text == "reg_abc123" and scan.repaired == "undoubled"


def test_a_real_code_with_pairs_is_not_undoubled():
    (scan,) = scans(feed_all(WedgeAssembler(), keys("reg_aabb", end="Enter")))
    assert scan.text == "reg_aabb" and scan.repaired == ""


def test_doubled_enter_after_a_scan_is_swallowed():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("reg_abc123", end="Enter") + [KeyEvent("", 0.05, key="Enter")])
    assert len(out) == 1 and isinstance(out[0], WedgeScan)
    # ...but an Enter pressed later by a person goes through.
    assert asm.feed(KeyEvent("", 5.0, key="Enter")) == [Passthrough("", "enter")]


def test_two_scans_back_to_back():
    asm = WedgeAssembler()
    out = feed_all(asm, keys("reg_one1", end="Enter") + keys("reg_two2", start=0.06, end="Enter"))
    assert [s.text for s in scans(out)] == ["reg_one1", "reg_two2"]


def test_us_scanner_on_german_keyboard_is_repaired():
    """The layout trap: y/z swapped, '_' typed as '?', JSON punctuation as umlauts."""
    mangled = "".join(_US_TO_DE.get(ch, ch) for ch in "reg_yz9")
    assert mangled == "reg?zy9"
    (scan,) = scans(feed_all(WedgeAssembler(), keys(mangled, end="Enter")))
    assert scan.text == "reg_yz9" and scan.repaired == "layout"
    payload = ticket_payload("reg_Yak42", "evt_zoo")
    mangled = "".join(_US_TO_DE.get(ch, ch) for ch in payload)
    assert mangled.startswith("ÜÄregistration?idÄÖÄreg?Zak42Ä")
    (scan,) = scans(feed_all(WedgeAssembler(), keys(mangled, end="Enter")))
    assert scan.text == payload


def test_us_on_de_inverts_the_mapping():
    us = "".join(_US_TO_DE) + "abc012.,"
    assert us_on_de("".join(_US_TO_DE.get(ch, ch) for ch in us)) == us


def test_caps_lock_is_repaired():
    (scan,) = scans(feed_all(WedgeAssembler(), keys("REG_AbC1", end="Enter")))
    assert scan.text == "reg_aBc1" and scan.repaired == "capslock"


def test_repairs_can_be_turned_off_and_validation_replaced():
    (scan,) = scans(feed_all(WedgeAssembler(repair=False), keys("reg?abc", end="Enter")))
    assert scan.text == "reg?abc"
    asm = WedgeAssembler(validate=lambda t: t.startswith("EMP-"))
    (scan,) = scans(feed_all(asm, keys("EMP-42", end="Tab")))
    assert scan.text == "EMP-42" and scan.terminator == "tab"


def test_an_unknown_code_is_delivered_as_scanned():
    (scan,) = scans(feed_all(WedgeAssembler(), keys("4006381333931", end="Enter")))
    assert scan.text == "4006381333931" and scan.repaired == ""


def test_gs1_separator_survives():
    (scan,) = scans(feed_all(WedgeAssembler(), keys("0104006381333931\x1d10ABC", end="Enter")))
    assert scan.text == "0104006381333931\x1d10ABC"


def test_slow_scanner_is_tunable():
    events = keys("reg_slow1", gap=0.05, end="Enter")
    assert scans(feed_all(WedgeAssembler(), events)) == []
    assert len(scans(feed_all(WedgeAssembler(char_gap_s=0.06, break_gap_s=0.15), events))) == 1


def test_reset_drops_pending_keys():
    asm = WedgeAssembler()
    feed_all(asm, keys("reg_ab"))
    asm.reset()
    assert asm.pending == "" and asm.poll(10.0) == []
