"""The door's pure rules (kiosk.rules): one module decides, the door and the UI ask it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk import door, rules
from kiosk.models import Attendee, Registration, Status, VerdictKind

RULES = Path(rules.__file__)


def _attendee(status=Status.CONFIRMED, guests=0, event="evt_1", **kw) -> Attendee:
    reg = Registration("reg_1", event, "Ada", "ada@example.org", status, guest_count=guests)
    return Attendee(reg, effective_status=status, **kw)


def test_the_rules_module_reads_and_writes_nothing():
    """Pure: no database, no network, no door, no clock; only values in, values out."""
    imported = set()
    for node in ast.walk(ast.parse(RULES.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module)
    forbidden = {"sqlite3", "httpx", "time", "os", "socket", "kiosk.store", "kiosk.door",
                 "kiosk.api", "kiosk.sync", "kiosk.outbox"}
    assert not imported & forbidden


def test_the_door_applies_these_rules_not_a_copy():
    assert door.judge is rules.judge
    assert door.validate_walk_in is rules.validate_walk_in
    assert door.WalkInInvalid is rules.WalkInInvalid and issubclass(rules.WalkInInvalid,
                                                                    door.DoorError)


@pytest.mark.parametrize("status, allow, kind", [
    (Status.CONFIRMED, False, VerdictKind.ADMIT),
    (Status.PENDING, False, VerdictKind.PENDING),
    (Status.PENDING, True, VerdictKind.ADMIT),
    (Status.CANCELLED, True, VerdictKind.CANCELLED),
    (Status.ATTENDED, True, VerdictKind.ALREADY_CHECKED_IN),
])
def test_judge(status, allow, kind):
    assert rules.judge("c", _attendee(status), "evt_1", allow).kind is kind


def test_judge_refuses_the_vanished_the_unknown_and_other_events():
    assert rules.judge("c", _attendee(vanished=True), "evt_1", True).kind is VerdictKind.UNKNOWN
    assert rules.judge("c", None, "evt_1", True).kind is VerdictKind.UNKNOWN
    assert rules.judge("c", _attendee(), "evt_2", True).kind is VerdictKind.WRONG_EVENT


@pytest.mark.parametrize("guests, admitted, text", [
    (0, True, "Admit 1"), (1, True, "Admit 2: 1 + 1 guest"), (2, True, "Admit 3: 1 + 2 guests"),
    (0, False, "Party of 1"), (1, False, "Party of 2 (1 + 1 guest)"),
    (3, False, "Party of 4 (1 + 3 guests)"), (-2, True, "Admit 1"),
])
def test_party_text(guests, admitted, text):
    assert rules.party_text(guests, admitted=admitted) == text


def test_the_admit_message_is_the_party_text():
    verdict = rules.judge("c", _attendee(guests=2), "evt_1", False)
    assert verdict.message == "Admit 3: 1 + 2 guests" == rules.party_text(2)


def test_undo_and_people_in():
    assert rules.can_undo(_attendee(Status.ATTENDED))
    assert not rules.can_undo(_attendee(Status.CONFIRMED)) and not rules.can_undo(None)
    assert rules.people_in([_attendee(Status.ATTENDED, 2), _attendee(Status.CONFIRMED, 5),
                            _attendee(Status.ATTENDED, 0)]) == 4


def test_walk_in_validation_names_the_field():
    with pytest.raises(rules.WalkInInvalid) as caught:
        rules.validate_walk_in(rules.WalkIn("Ada", "ada@example.org",
                                            guest_count=rules.MAX_GUESTS + 1))
    assert caught.value.field == "guest_count"
    fields = rules.validate_walk_in(rules.WalkIn(" Ada ", "ada@example.org", guest_count="2"))
    assert fields["attendee_name"] == "Ada" and fields["guest_count"] == 2
