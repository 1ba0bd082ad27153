"""The durable outbox against the simulator's faults: nothing lost, nothing twice."""

from door_helpers import make_client, make_door
from kiosk.door import CapacityError, WalkIn, WalkInInvalid


def confirmed(door, n):
    return [a.id for a in door.attendees(status="CONFIRMED")][:n]


def applied_checkins(sim, rid):
    return [p for p in sim.patch_log if p[0] == rid and p[2] == "ATTENDED" and p[1] != "ATTENDED"]


def drain(door, rounds=200):
    for _ in range(rounds):
        result = door.push(ignore_backoff=True)
        if result.remaining == 0:
            return result
    raise AssertionError("outbox did not drain")


def test_uploads_in_order(synced_door, sim):
    ids = confirmed(synced_door, 5)
    for rid in ids:
        synced_door.checkin(rid)
    result = synced_door.push(ignore_backoff=True)
    assert result.sent == 5 and result.remaining == 0
    assert [p[0] for p in sim.patch_log][-5:] == ids


def test_faults_never_lose_or_duplicate(synced_door, sim):
    ids = confirmed(synced_door, 12)
    for rid in ids:
        assert synced_door.checkin(rid).admitted
    sim.faults.error_rate = 0.3
    sim.faults.drop_rate = 0.2
    sim.faults.apply_then_drop_rate = 0.3
    drain(synced_door)
    sim.faults.error_rate = sim.faults.drop_rate = sim.faults.apply_then_drop_rate = 0
    for rid in ids:
        assert len(applied_checkins(sim, rid)) == 1, rid
        assert sim.status_of(rid) == "ATTENDED"


def test_offline_then_back(sim, tmp_path):
    door = make_door(sim, tmp_path / "d")
    door.pull()
    ids = confirmed(door, 3)
    sim.stop()
    for rid in ids:
        assert door.checkin(rid).admitted  # the door keeps admitting
    result = door.push(ignore_backoff=True)
    assert result.remaining == 3 and result.error is not None
    assert door.online is False and "connection" in door.offline_reason
    sim.start()
    assert drain(door).remaining == 0
    assert door.online is True
    door.close()


def test_cancelled_on_server_becomes_a_conflict(synced_door, sim):
    rid, other = confirmed(synced_door, 2)
    synced_door.checkin(rid)
    synced_door.checkin(other)
    sim.set_status(rid, "CANCELLED")
    result = synced_door.push(ignore_backoff=True)
    assert result.conflicts == 1 and result.sent == 1 and result.remaining == 0
    [conflict] = synced_door.conflicts()
    assert conflict.registration_id == rid and conflict.http_status == 409
    assert "cancelled" in conflict.message
    assert synced_door.status().outbox.conflicts == 1
    assert synced_door.attendee(rid).conflict
    # a second push does not retry it forever
    assert synced_door.push(ignore_backoff=True).sent == 0
    synced_door.dismiss_conflict(conflict.outbox_id)
    assert synced_door.conflicts() == []


def test_walk_in_registers_and_checks_in_once(synced_door, sim):
    before = len(sim.registrations_json(sim.main_event_id))
    attendee, verdict = synced_door.register(
        WalkIn("Ngozi Okafor", "ngozi@example.org", "+234 801 000 0000", 2, "walk-in"),
        check_in=True,
    )
    assert verdict.admitted and verdict.party_size == 3 and attendee.local_only
    sim.faults.apply_then_drop_rate = 1.0  # the create lands but its answer is lost
    assert synced_door.push(ignore_backoff=True).error is not None
    sim.faults.apply_then_drop_rate = 0
    drain(synced_door)
    rows = [r for r in sim.registrations_json(sim.main_event_id)
            if r["attendee_email"] == "ngozi@example.org"]
    assert len(rows) == 1, "a lost answer must not create a twin"
    assert len(sim.registrations_json(sim.main_event_id)) == before + 1
    assert rows[0]["status"] == "ATTENDED"
    server_id = rows[0]["id"]
    assert synced_door.attendee(server_id).effective_status == "ATTENDED"
    assert synced_door.checkin(server_id).kind == "already_checked_in"


def test_walk_in_capacity_rule(synced_door, sim):
    held = synced_door.status().places_taken
    sim.set_slots(sim.main_event_id, held + 3)
    synced_door.pull()
    assert synced_door.status().places_left == 3
    try:
        synced_door.register(WalkIn("Party Of Four", "four@example.org", guest_count=3))
    except CapacityError as exc:
        assert "Only 3 places left" in str(exc) and "needs 4" in str(exc)
    else:
        raise AssertionError("a party larger than the places left was accepted")
    assert synced_door.status().outbox.pending == 0  # the refusal changed nothing
    synced_door.register(WalkIn("Party Of Three", "three@example.org", guest_count=2))
    assert synced_door.status().places_left == 0
    # the server agrees: the walk-in fits there too
    assert synced_door.push(ignore_backoff=True).sent == 1
    assert sim.places_taken(sim.main_event_id) == held + 3


def test_walk_in_validation():
    from kiosk.door import validate_walk_in

    for bad, field in [(WalkIn("", "a@b.co"), "attendee_name"),
                       (WalkIn("A", "not-an-email"), "attendee_email"),
                       (WalkIn("A", "a@b.co", "call me"), "attendee_phone"),
                       (WalkIn("A", "a@b.co", guest_count=-1), "guest_count"),
                       (WalkIn("A" * 500, "a@b.co"), "attendee_name")]:
        try:
            validate_walk_in(bad)
        except WalkInInvalid as exc:
            assert exc.field == field
        else:
            raise AssertionError(f"{bad} accepted")


def test_server_full_refuses_walk_in_as_conflict(synced_door, sim):
    synced_door.register(WalkIn("Late Comer", "late@example.org"))
    sim.set_slots(sim.main_event_id, 0)
    result = synced_door.push(ignore_backoff=True)
    assert result.conflicts == 1
    [conflict] = synced_door.conflicts()
    assert "full" in conflict.message


def test_backoff_defers_without_sending(sim, tmp_path, clock):
    door = make_door(sim, tmp_path / "d", client=make_client(sim))
    door.clock = door._pusher.clock = clock
    door.pull()
    rid = confirmed(door, 1)[0]
    door.checkin(rid)
    sim.stop()
    failed = door.push()
    assert failed.error is not None and door.online is False
    requests = len(sim.request_log)
    sim.start()
    deferred = door.push()  # still inside the backoff window: nothing is tried
    assert deferred.deferred and deferred.remaining == 1 and len(sim.request_log) == requests
    assert door.online is False  # and the state is not guessed either way
    clock.now += 600  # past any backoff
    assert door.push().sent == 1 and door.online is True
    door.close()
