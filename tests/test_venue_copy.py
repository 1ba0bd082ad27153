"""The server copy between two doors, in one process: real stores, the simulator, and two
real peer nodes on loopback (tests/test_venue_pull.py runs the same over door processes).
What changed is what travels; a copy from a peer has the effect of a pull from WebKasa,
local check-ins keep winning as they do against the server's rows."""

from __future__ import annotations

import pytest

from door_helpers import make_door, wait_for
from kiosk import registrations
from kiosk.peers.auth import secret_from_setting
from kiosk.peers.copy import CopyFailed
from kiosk.peers.node import PeerNode
from kiosk.sync import COPY_GEN_META
from kiosk_cli import confirmed_ids


@pytest.fixture
def pair(sim, tmp_path):
    """(puller, follower): synced doors, each linked by a peer node on a loopback port."""
    made, nodes = [], []
    for name in ("Puller", "Follower"):
        door = make_door(sim, tmp_path / name, device_name=name)
        door.pull()
        node = PeerNode(door, secret_from_setting("a secret for the pair", sim.main_event_id),
                        host="127.0.0.1")
        node.start()
        door.peers = node
        made.append(door)
        nodes.append(node)
    yield made
    for door in made:
        door.close()


def copy(follower, puller):
    return follower.copy_from(f"127.0.0.1:{puller.peers.port}", puller.journal.door_id)


def delta(door, since):
    return registrations.server_copy_since(door.store.db, door.event_id, since)[0]


def test_a_pull_that_changes_nothing_leaves_nothing_to_copy(sim, pair):
    puller, _ = pair
    gen = int(puller.store.get_meta(COPY_GEN_META.format(event_id=puller.event_id)))
    assert len(delta(puller, 0)) == len(sim.registrations(sim.main_event_id))
    puller.pull()
    assert delta(puller, gen) == []
    rid = confirmed_ids(sim, 1)[0]
    sim.rename(rid, "Renée Renamed")
    gone = confirmed_ids(sim, 2)[1]
    sim.delete_registration(gone)
    puller.pull()
    changed = {r["id"]: r for r in delta(puller, gen)}
    assert set(changed) == {rid, gone}
    assert changed[rid]["attendee_name"] == "Renée Renamed" and not changed[rid]["vanished"]
    assert changed[gone]["vanished"]


def test_a_follower_takes_what_changed_and_its_copy_is_as_old_as_the_pull(sim, pair):
    puller, follower = pair
    first = copy(follower, puller)  # since 0: the whole copy
    assert first.result.stored == len(sim.registrations(sim.main_event_id))
    new = sim.add_registration(attendee_name="Ünïcode Ñame 名前")["id"]
    gone = confirmed_ids(sim, 1)[0]
    sim.delete_registration(gone)
    puller.pull()
    again = copy(follower, puller)
    assert again.result.stored == 2  # the new row and the one gone: not the whole copy
    assert follower.attendee(new).registration.attendee_name == "Ünïcode Ñame 名前"
    assert follower.attendee(gone).vanished
    assert follower.store.get_meta("last_sync_at") <= puller.store.get_meta("last_sync_at")


def test_a_cancellation_from_the_puller_wins_over_a_waiting_checkin_as_one_from_webkasa(
        sim, pair):
    puller, follower = pair
    rid = confirmed_ids(sim, 1)[0]
    copy(follower, puller)
    assert follower.checkin(rid).admitted  # waits to upload
    sim.cancel(rid)
    copy(follower, puller)  # the puller's copy is older than the check-in: it stays
    assert follower.attendee(rid).effective_status == "ATTENDED"
    puller.pull()  # started after the puller answered a request sent after the check-in
    copy(follower, puller)
    assert follower.attendee(rid).effective_status == "CANCELLED"
    follower.push()
    assert sim.status_of(rid) == "CANCELLED"  # the admission was not sent
    assert [c.registration_id for c in follower.conflicts()] == [rid]


def test_a_copy_read_before_a_local_checkin_does_not_undo_it(sim, pair):
    puller, follower = pair
    rid = confirmed_ids(sim, 1)[0]
    copy(follower, puller)
    assert follower.checkin(rid).admitted
    follower.push()  # uploaded: a row read after this would win
    assert sim.status_of(rid) == "ATTENDED"
    copy(follower, puller)  # the puller has not pulled since: its row (CONFIRMED) is older
    assert follower.attendee(rid).effective_status == "ATTENDED"
    puller.pull()
    copy(follower, puller)
    assert follower.attendee(rid).registration.status == "ATTENDED"


def test_a_copy_from_a_door_with_another_secret_does_not_open(sim, pair, tmp_path):
    puller, _ = pair
    stranger = make_door(sim, tmp_path / "Stranger", device_name="Stranger")
    node = PeerNode(stranger, secret_from_setting("another secret", sim.main_event_id),
                    host="127.0.0.1")
    node.start()
    stranger.peers = node
    try:
        before = registrations.count_event(stranger.store.db, stranger.event_id)
        with pytest.raises(CopyFailed):
            copy(stranger, puller)
        assert registrations.count_event(stranger.store.db, stranger.event_id) == before == 0
    finally:
        stranger.close()


def test_a_door_with_the_secret_cannot_hand_out_a_copy_in_the_puller_s_name(sim, pair,
                                                                            tmp_path):
    """A door that has the peer secret but answers as the puller (its id in the answer, a
    box sealed under the shared secret) is not taken: each page must carry the signature of
    the door asked. Here its copy says a confirmed registration was cancelled."""
    puller, follower = pair
    rid = confirmed_ids(sim, 1)[0]
    bad = make_door(sim, tmp_path / "Bad", device_name="Bad")
    bad.pull()
    with bad.store.write() as db:
        db.execute("UPDATE registrations SET status='CANCELLED' WHERE id=?", (rid,))
    node = PeerNode(bad, secret_from_setting("a secret for the pair", sim.main_event_id),
                    host="127.0.0.1")
    honest = node._me
    node._me = lambda: {**honest(), "id": puller.journal.door_id}  # type: ignore[method-assign]
    node.start()
    bad.peers = node
    try:
        with pytest.raises(CopyFailed, match="not signed by the door asked"):
            follower.copy_from(f"127.0.0.1:{node.port}", puller.journal.door_id)
        assert follower.attendee(rid).registration.status == "CONFIRMED"
        copy(follower, puller)  # the puller's own copy is taken
        assert follower.attendee(rid).registration.status == "CONFIRMED"
    finally:
        bad.close()


def test_a_door_that_does_not_prove_its_id_is_never_taken_as_the_puller(sim, pair, tmp_path):
    """A door with the secret that writes a door id not its own into its messages (here the
    smallest there can be, so it would come first) and says it pulls: heard, but never
    taken as the venue's puller, either way it talks. An honest door that pulls is."""
    puller, follower = pair
    fake = "d1_" + "-" * 43
    bad = make_door(sim, tmp_path / "Bad", device_name="Bad")
    node = PeerNode(bad, secret_from_setting("a secret for the pair", sim.main_event_id),
                    host="127.0.0.1", static_peers=[f"127.0.0.1:{follower.peers.port}"])
    honest = node._me
    node._me = lambda: {**honest(), "id": fake, "pull": True}  # type: ignore[method-assign]
    puller.pulls_by_itself = True  # the pair's puller pulls on a schedule
    try:
        node.start()
        follower.peers.add_peer(f"127.0.0.1:{puller.peers.port}", "static")
        wait_for(lambda: {p.door_id for p in follower.peers.peers.values()
                          if p.last_ok is not None} >= {fake, puller.journal.door_id},
                 "the follower to hear both doors")
        assert fake < puller.journal.door_id
        wait_for(lambda: (follower.peers.puller() or ("",))[0] == puller.journal.door_id,
                 "the honest door to be the puller")
        assert not [p for p in follower.peers.peers.values() if p.door_id == fake and p.can_pull]
    finally:
        node.stop()
        bad.close()


def test_hostile_rows_from_a_peer_are_skipped_and_change_nothing_else(sim, pair):
    _, follower = pair
    rid = confirmed_ids(sim, 1)[0]
    before = follower.attendee(rid)
    gen = registrations.next_sync_gen(follower.store)
    stored, skipped = registrations.apply_server_copy(
        follower.store, follower.event_id,
        [None, 7, {"id": rid, "status": "NOT A STATUS"}, {"id": "x" * 500, "status": "CANCELLED"},
         {"id": rid, "status": "CONFIRMED", "event_id": "evt_other"}],
        gen=gen, fetched_seq=None, fetched_at=0.0)
    assert (stored, skipped) == (0, 5)
    assert follower.attendee(rid) == before


def test_a_checkin_the_puller_uploads_itself_reaches_the_others(sim, pair):
    """Its upload's answer changes the puller's row, so its next pull sees no change: the
    row must still be in the next delta."""
    puller, follower = pair
    rid = confirmed_ids(sim, 1)[0]
    copy(follower, puller)
    assert puller.checkin(rid).admitted
    puller.push()
    puller.pull()
    copy(follower, puller)
    assert follower.attendee(rid).registration.status == "ATTENDED"
