"""Verdicts from the local cache: each kind, durability, and hostile codes."""

import json

import pytest

from door_helpers import make_door
from kiosk import outbox_table, registrations
from kiosk.codes import ticket_payload
from kiosk.models import VerdictKind
from kiosk.store import Store


def first(door, status, *, guests=None):
    for attendee in door.attendees(status=status):
        if guests is None or (attendee.registration.guest_count > 0) == guests:
            return attendee
    raise AssertionError(f"no {status} registration in the simulator's data")


def test_admit_records_checkin_and_outbox_before_returning(synced_door, tmp_path):
    door = synced_door
    attendee = first(door, "CONFIRMED", guests=True)
    verdict = door.checkin(attendee.id)
    assert verdict.kind is VerdictKind.ADMIT
    assert verdict.party_size == 1 + attendee.registration.guest_count
    assert verdict.attendee_name == attendee.registration.attendee_name
    assert f"1 + {attendee.registration.guest_count} guest" in verdict.message
    assert verdict.checked_in_at and verdict.checked_in_device == "Door 1"
    # durable: a fresh connection to the same file sees it
    other = Store(door.store.data_dir)
    again = registrations.attendee(other.db, attendee.id)
    assert again.effective_status == "ATTENDED" and again.awaiting_upload
    assert outbox_table.summary(other.db).pending == 1
    other.close()


def test_second_scan_is_already_checked_in_with_when_and_where(synced_door):
    attendee = first(synced_door, "CONFIRMED")
    admitted = synced_door.checkin(attendee.id)
    verdict = synced_door.checkin(attendee.id)
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert verdict.checked_in_at == admitted.checked_in_at
    assert verdict.checked_in_device == "Door 1"
    assert outbox_table.summary(synced_door.store.db).pending == 1  # not queued twice


def test_attended_on_server_is_already_checked_in(synced_door):
    attendee = first(synced_door, "ATTENDED")
    verdict = synced_door.checkin(attendee.id)
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert "server" in verdict.message


@pytest.mark.parametrize("status, kind", [("PENDING", VerdictKind.PENDING),
                                          ("CANCELLED", VerdictKind.CANCELLED)])
def test_refusals_change_nothing(synced_door, status, kind):
    attendee = first(synced_door, status)
    verdict = synced_door.checkin(attendee.id)
    assert verdict.kind is kind
    assert synced_door.attendee(attendee.id).effective_status == status
    assert outbox_table.summary(synced_door.store.db).pending == 0


def test_pending_admitted_when_operator_allows(sim, tmp_path):
    door = make_door(sim, tmp_path / "d", allow_pending=True)
    door.pull()
    attendee = first(door, "PENDING")
    assert door.checkin(attendee.id).kind is VerdictKind.ADMIT
    door.close()


def test_wrong_event_by_ticket_payload(synced_door, sim):
    attendee = first(synced_door, "CONFIRMED")
    verdict = synced_door.checkin(ticket_payload(attendee.id, sim.other_event_id))
    assert verdict.kind is VerdictKind.WRONG_EVENT
    assert synced_door.attendee(attendee.id).effective_status == "CONFIRMED"


def test_own_ticket_for_this_event_admits(synced_door, sim):
    attendee = first(synced_door, "CONFIRMED")
    assert synced_door.checkin(ticket_payload(attendee.id, sim.main_event_id)).admitted


def test_unknown_and_invalid(synced_door):
    assert synced_door.checkin("reg_doesnotexist").kind is VerdictKind.UNKNOWN
    verdict = synced_door.checkin("hello world")
    assert verdict.kind is VerdictKind.INVALID and verdict.message


@pytest.mark.parametrize(
    "code",
    [
        "reg_%", "reg_*", "reg_' OR '1'='1", "'; DELETE FROM checkins; --",
        '{"id": "reg_x", "event_id": {"$ne": 1}}', "x" * 100_000, b"\x00\xff" * 500,
        "Zoë\u0301 \u202e reg_", "\ud83c\udf9f" * 50, "reg_" + "a" * 64 + "b",
    ],
)
def test_hostile_codes_change_nothing(synced_door, code):
    before = synced_door.status()
    verdict = synced_door.checkin(code)
    assert verdict.kind in (VerdictKind.INVALID, VerdictKind.UNKNOWN)
    assert len(verdict.code) <= 200
    after = synced_door.status()
    assert after.counts == before.counts and after.outbox == before.outbox


def test_verdict_json_has_the_documented_keys(synced_door):
    attendee = first(synced_door, "CONFIRMED")
    data = synced_door.checkin(attendee.id).to_json()
    for key in ("code", "verdict", "registration_id", "attendee_name", "party_size",
                "checked_in_at", "message"):
        assert key in data
    assert data["verdict"] == "admit"
    json.dumps(data)


def test_undo_before_upload_sends_nothing(synced_door, sim):
    attendee = first(synced_door, "CONFIRMED")
    synced_door.checkin(attendee.id)
    undone = synced_door.undo(attendee.id)
    assert undone.effective_status == "CONFIRMED"
    result = synced_door.push(ignore_backoff=True)
    assert result.sent == 0 and result.remaining == 0
    assert [p for p in sim.patch_log if p[0] == attendee.id] == []
    assert synced_door.checkin(attendee.id).admitted  # can be admitted again


def test_undo_after_upload_restores_server_status(synced_door, sim):
    attendee = first(synced_door, "CONFIRMED")
    synced_door.checkin(attendee.id)
    assert synced_door.push(ignore_backoff=True).sent == 1
    synced_door.undo(attendee.id)
    assert synced_door.attendee(attendee.id).effective_status == "CONFIRMED"
    assert synced_door.push(ignore_backoff=True).sent == 1
    changes = [(old, new) for rid, old, new in sim.patch_log if rid == attendee.id]
    assert changes == [("CONFIRMED", "ATTENDED"), ("ATTENDED", "CONFIRMED")]


def test_status_counts_people_and_places(synced_door):
    before = synced_door.status()
    attendee = first(synced_door, "CONFIRMED", guests=True)
    synced_door.checkin(attendee.id)
    after = synced_door.status()
    assert after.people_in == before.people_in + attendee.party_size
    assert after.places_taken == before.places_taken  # confirmed already held its places
    assert after.places_left == after.event.slots - after.places_taken
    assert after.counts["ATTENDED"] == before.counts["ATTENDED"] + 1


def test_search_full_text_and_by_id(synced_door):
    attendee = first(synced_door, "CONFIRMED")
    name = attendee.registration.attendee_name
    assert attendee.id in [h.id for h in synced_door.search(name)]
    prefix = synced_door.search(name.split()[-1][:3])
    assert prefix and all(h.registration.event_id == synced_door.event_id for h in prefix)
    assert [h.id for h in synced_door.search(attendee.id)] == [attendee.id]
    email_hits = synced_door.search(attendee.registration.attendee_email.split("@")[0])
    assert attendee.id in [h.id for h in email_hits]
    for hostile in ['"', "*", "NEAR(", "a OR b", "-x", "'", "\x00"]:
        synced_door.search(hostile)  # never an FTS syntax error


def test_registration_made_after_the_sync_is_fetched_on_request(synced_door, sim):
    new = sim.add_registration(attendee_name="Late Booker", attendee_email="late@example.org")
    assert synced_door.checkin(new["id"]).kind is VerdictKind.UNKNOWN  # local only, no waiting
    found = synced_door.fetch_registration(new["id"])
    assert found is not None and found.registration.attendee_name == "Late Booker"
    assert synced_door.checkin(new["id"]).admitted
    assert synced_door.fetch_registration("reg_nosuchthing") is None


def test_fetch_is_harmless_where_the_server_lacks_the_call(tmp_path):
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=5, registrations=10, single_get=False) as sim:
        door = make_door(sim, tmp_path / "d")
        door.pull()
        rid = sim.add_registration()["id"]
        assert door.fetch_registration(rid) is None
        door.close()


def test_server_counts_from_the_kept_tallies_match_a_recount(synced_door):
    """``kiosk status`` reads the server's counts from the kept tallies, not by walking every
    registration: after check-ins, an undo of a server check-in, an upload and walk-ins
    (one checked in), they still say what a walk over the registrations says."""
    from kiosk.door import WalkIn

    door = synced_door
    door.checkin(first(door, "CONFIRMED", guests=True).id)
    door.checkin(first(door, "CONFIRMED", guests=False).id)
    door.undo(first(door, "ATTENDED").id)
    door.push(ignore_backoff=True)
    door.checkin(first(door, "CONFIRMED").id)  # waits for upload
    door.register(WalkIn("Ada Walk", "ada@example.org", None, 1, None), check_in=True)
    door.register(WalkIn("Bo Walk", "bo@example.org", None, 0, None), check_in=False)

    counts: dict[str, int] = {}
    changed = 0
    for attendee in door.attendees():
        if attendee.vanished:
            continue
        if attendee.local_only:
            changed += 1
            continue
        status = attendee.registration.status
        counts[status] = counts.get(status, 0) + 1
        changed += status != attendee.effective_status
    kept, kept_changed = registrations.server_counts(door.store.db, door.event_id)
    assert {s: n for s, n in kept.items() if n} == counts
    assert kept_changed == changed >= 3  # the check-in waiting and the two walk-ins
