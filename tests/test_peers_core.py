"""The peer pieces one by one: clock, signatures, journal rules, settings from the
environment, and two doors linked in one process over real HTTP on loopback."""

from __future__ import annotations

import time

import pytest

from door_helpers import wait_for
from kiosk import registrations, wipe
from kiosk.door import Door, NothingToUndo
from kiosk.models import Event, VerdictKind
from kiosk.peers.auth import Rejected, Verifier, derive_secret, sign_request
from kiosk.peers.hlc import HybridClock
from kiosk.peers.identity import generate
from kiosk.peers.journal import sign_entry
from kiosk.peers.node import PeerNode
from kiosk.settings import Settings, from_env
from kiosk.store import Store

EVENT = Event(id="evt_peers", title="Peers", slots=100)
IDS = [f"reg_{i:03d}" for i in range(10)]


def local_door(data_dir, name: str) -> Door:
    store = Store(data_dir)
    registrations.save_event(store, EVENT)
    registrations.upsert_server_rows(store, EVENT.id, [
        {"id": rid, "event_id": EVENT.id, "attendee_name": f"Person {rid}",
         "attendee_email": f"{rid}@example.org", "status": "CONFIRMED", "guest_count": 0}
        for rid in IDS], sync_gen=None, fetched_at=time.time())
    return Door(store, Settings(event_id=EVENT.id, device_name=name), None)


@pytest.fixture
def pair(tmp_path):
    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    secret = derive_secret("wk_test_shared", EVENT.id)
    na = PeerNode(a, secret, host="127.0.0.1").start()
    nb = PeerNode(b, secret, host="127.0.0.1", static_peers=(f"127.0.0.1:{na.port}",)).start()
    a.peers, b.peers = na, nb
    yield a, b
    a.close()
    b.close()


def test_hybrid_clock_never_goes_back_and_orders_after_what_it_saw():
    wall = [1000.0]
    clock = HybridClock(wall=lambda: wall[0])
    first = clock.now()
    wall[0] = 900.0  # the wall clock jumps back
    second = clock.now()
    assert second > first
    remote = (2000 * 1000) << 16  # a door whose clock is ahead
    clock.observe(remote)
    assert clock.now() > remote
    clock.observe(((10**10) * 1000) << 16)  # absurdly far ahead: not followed
    assert clock.now() < ((10**10) * 1000) << 16


def test_signatures_reject_other_secrets_replays_stale_and_tampered_messages():
    secret = derive_secret("wk_test_abc", "evt_1")
    assert secret != derive_secret("wk_test_abd", "evt_1") != derive_secret("wk_test_abc", "evt_2")
    assert b"wk_test_abc" not in secret
    now = [10_000.0]
    verifier = Verifier(secret, clock=lambda: now[0])
    body = b'{"x": 1}'
    headers = sign_request(secret, "POST", "/p", body, now=now[0])
    assert verifier.check("POST", "/p", body, headers) == headers["X-Peer-Nonce"]
    with pytest.raises(Rejected, match="replayed"):
        verifier.check("POST", "/p", body, headers)
    now[0] += 10_000  # an old message whose nonce was forgotten long ago
    with pytest.raises(Rejected, match="stale"):
        verifier.check("POST", "/p", body, headers)
    fresh = sign_request(secret, "POST", "/p", body, now=now[0])
    with pytest.raises(Rejected, match="signature"):
        verifier.check("POST", "/p", b'{"x": 2}', fresh)
    with pytest.raises(Rejected, match="signature"):
        verifier.check("POST", "/p", body, sign_request(b"other", "POST", "/p", body, now=now[0]))
    with pytest.raises(Rejected, match="unsigned"):
        verifier.check("POST", "/p", body, {})


def test_every_setting_comes_from_the_environment():
    settings = from_env(Settings(), {
        "KIOSK_DEVICE_NAME": "Door 7", "KIOSK_PEERS": "10.0.0.2:8470, door3:9000",
        "KIOSK_PEER_PORT": "9001", "KIOSK_PEER_DISCOVERY": "0", "KIOSK_SCAN_COOLDOWN_S": "1.5",
    })
    assert settings.device_name == "Door 7"
    assert settings.peers == ("10.0.0.2:8470", "door3:9000")
    assert settings.peer_port == 9001 and settings.peer_discovery is False
    assert settings.scan_cooldown_s == 1.5
    assert from_env(Settings(), {}).peer_discovery is True


def test_linked_doors_share_check_ins_and_undos(pair):
    a, b = pair
    rid = IDS[0]
    assert a.checkin(rid).kind is VerdictKind.ADMIT
    wait_for(lambda: b.attendee(rid).effective_status == "ATTENDED", "the check-in at B")
    verdict = b.checkin(rid)
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.checked_in_device == "Door A"
    b.undo(rid)  # undo at the other door
    wait_for(lambda: a.attendee(rid).effective_status == "CONFIRMED", "the undo at A")
    assert a.checkin(rid).kind is VerdictKind.ADMIT
    assert a.status().doors_linked == 1 and b.status().doors_linked == 1


def test_the_undo_wins_even_when_the_undoing_door_s_clock_is_an_hour_behind(pair):
    a, b = pair
    b.journal.clock = HybridClock(b.journal.clock.now(), wall=lambda: time.time() - 3600)
    b.journal.clock.observe(a.journal.clock.now())
    rid = IDS[1]
    a.checkin(rid)
    wait_for(lambda: b.attendee(rid).effective_status == "ATTENDED", "the check-in at B")
    b.undo(rid)
    wait_for(lambda: a.attendee(rid).effective_status == "CONFIRMED", "the undo at A")


def test_journal_skips_malformed_foreign_and_gapped_entries(tmp_path):
    door = local_door(tmp_path / "d", "Door D")
    try:
        x = generate()
        fields = {"seq": 1, "reg": IDS[2], "action": "admit",
                  "status": "ATTENDED", "hlc": 5 << 16, "at": "2030-01-01T10:00:00.000Z"}
        good = sign_entry(x, EVENT.id, fields)
        entries = [
            good,
            sign_entry(x, EVENT.id, {**fields, "seq": 3, "reg": IDS[3]}),  # a gap: no seq 2
            {**good, "door": door.journal.door_id, "seq": 1, "reg": IDS[4]},  # claims to be us
            sign_entry(x, EVENT.id, {**fields, "seq": 2, "action": "DROP TABLE"}),  # no action
            sign_entry(x, EVENT.id, {**fields, "seq": 2, "hlc": "soon"}),
            "not an entry",
        ]
        assert door.journal.apply(entries, {x.door_id: "Door X"}) == 1
        assert door.journal.apply([good], {}) == 0  # idempotent
        assert door.attendee(IDS[2]).checked_in_device == "Door X"
        assert door.attendee(IDS[3]).effective_status == "CONFIRMED"
        assert door.attendee(IDS[4]).effective_status == "CONFIRMED"
        with pytest.raises(NothingToUndo):
            door.undo(IDS[3])
    finally:
        door.close()


def test_an_action_of_a_newer_kiosk_is_kept_and_passed_on_and_its_door_s_next_entries_apply(
        tmp_path, caplog):
    """A venue part-way through an update: a newer door journals an action this version does
    not know. Refusing it left a gap, and every later check-in of that door waited behind it."""
    d, e = local_door(tmp_path / "d", "Door D"), local_door(tmp_path / "e", "Door E")
    try:
        x = generate()
        fields = {"reg": IDS[3], "status": "ATTENDED", "at": "2030-01-01T10:00:00.000Z"}
        newer = sign_entry(x, EVENT.id, {**fields, "seq": 1, "action": "wristband",
                                         "hlc": 5 << 16, "people": 2})
        admit = sign_entry(x, EVENT.id, {**fields, "seq": 2, "action": "admit", "hlc": 6 << 16})
        inside = d.status().inside
        with caplog.at_level("WARNING", logger="kiosk.peers"):
            assert d.journal.apply([newer], {x.door_id: "Door X"}) == 1
            assert d.journal.apply([newer], {}) == 0  # held once, said once
        assert d.attendee(IDS[3]).effective_status == "CONFIRMED"  # read by nothing here
        assert d.status().inside == inside
        said = [r.getMessage() for r in caplog.records if "wristband" in r.getMessage()]
        assert len(said) == 1 and said[0].startswith("kept a journal entry") and "update" in said[0]

        assert d.journal.apply([admit], {}) == 1  # the door's next entry is not held back
        assert d.attendee(IDS[3]).checked_in_device == "Door X"
        relayed = d.journal.entries_after({})
        assert [(r["seq"], r["action"], r.get("people")) for r in relayed] == [
            (1, "wristband", 2), (2, "admit", None)]
        assert e.journal.apply(relayed, d.journal.door_names([x.door_id])) == 2  # still signed
        assert e.attendee(IDS[3]).checked_in_device == "Door X"
    finally:
        d.close()
        e.close()


def test_double_entry_first_scan_wins_and_only_it_is_uploaded(tmp_path):
    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    try:
        rid = IDS[5]
        a.checkin(rid)  # while apart
        b.journal.clock.observe(a.journal.clock.now())  # B's scan later (not the same ms)
        b.checkin(rid)
        a.journal.apply(b.journal.entries_after({}), {b.journal.door_id: "Door B"})
        b.journal.apply(a.journal.entries_after({}), {a.journal.door_id: "Door A"})
        for door in (a, b):
            assert door.attendee(rid).checked_in_device == "Door A"  # earliest HLC
            assert door.status().double_entries == 1
            [item] = [c for c in door.conflicts() if c.operation == "double entry"]
            assert [x.door_name for x in item.admissions] == ["Door A", "Door B"]
        assert not a.journal.overtaken(rid)  # the first admission is uploaded
        assert b.journal.overtaken(rid)  # the second is not
        b.undo(rid)  # an undo anywhere: both admissions' run ends
        a.journal.apply(b.journal.entries_after({}), {})
        assert a.journal.overtaken(rid) and not b.journal.overtaken(rid)
        assert a.status().double_entries == 1  # history keeps it for staff
        assert a.attendee(rid).effective_status == "CONFIRMED"
    finally:
        a.close()
        b.close()


def test_doors_of_the_event_find_each_other_with_mdns_and_ignore_other_events(tmp_path, caplog):
    """Discovery on the loopback interface only (tests send nothing onto a real network)."""
    import logging

    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    other = Door(Store(tmp_path / "o"), Settings(event_id="evt_other", device_name="Door O"), None)
    secret = derive_secret("wk_test_shared", EVENT.id)
    loop = ["127.0.0.1"]
    caplog.set_level(logging.INFO, logger="kiosk.peers")
    try:
        a.peers = PeerNode(a, secret, host="127.0.0.1", discovery=True,
                           discovery_interfaces=loop).start()
        other.peers = PeerNode(other, derive_secret("wk_test_shared", "evt_other"),
                               host="127.0.0.1", discovery=True, discovery_interfaces=loop).start()
        b.peers = PeerNode(b, secret, host="127.0.0.1", discovery=True,
                           discovery_interfaces=loop).start()
        wait_for(lambda: a.peers.linked() == 1 and b.peers.linked() == 1, "discovery")
        a.checkin(IDS[6])
        wait_for(lambda: b.attendee(IDS[6]).effective_status == "ATTENDED", "the check-in at B")
        assert all(p.source == "discovered" or p.source == "learned" for p in a.peers.peers.values())
        # the door of another event was seen on the air but never linked
        assert other.peers.linked() == 0
        assert not any(str(o.peers.port) in addr for o in (other,) for addr in a.peers.peers)
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    finally:
        for door in (a, b, other):
            door.close()


def test_a_peer_secret_in_the_keyring_replaces_the_derived_one(memory_keyring, tmp_path,
                                                                  monkeypatch):
    from click.testing import CliRunner

    from kiosk.cli import main
    from kiosk.peers.node import resolve_secret

    monkeypatch.delenv("KIOSK_PEER_SECRET", raising=False)
    settings = Settings(api_url="http://127.0.0.1:1", event_id=EVENT.id)
    derived = resolve_secret(settings, "wk_test_key")
    assert derived == derive_secret("wk_test_key", EVENT.id)
    result = CliRunner().invoke(
        main, ["--api-url", settings.api_url, "--data-dir", str(tmp_path), "doors",
               "--set-secret"], input="venue secret 2030\nvenue secret 2030\n")
    assert result.exit_code == 0, result.output
    assert "venue secret 2030" not in result.output  # never printed
    chosen = resolve_secret(settings, "wk_test_key")
    assert chosen != derived
    assert chosen == resolve_secret(settings, "wk_test_other_key")  # the key no longer matters
    assert resolve_secret(Settings(api_url="http://127.0.0.1:2", event_id=EVENT.id), None) is None


def test_each_peer_request_gives_back_its_database_connection(pair):
    import httpx

    from kiosk.peers.node import PATH

    a, _ = pair
    before = len(a.store._connections)
    for _ in range(20):  # a new TCP connection, so a new server thread, each time
        body = b"{}"
        headers = sign_request(a.peers.secret, "POST", PATH, body)
        assert httpx.post(f"http://127.0.0.1:{a.peers.port}{PATH}", content=body,
                          headers=headers).status_code == 400
        body = b'{"door": {"id": "door_z", "name": "Z"}, "have": {}}'
        with httpx.Client() as client:
            answer = client.post(f"http://127.0.0.1:{a.peers.port}{PATH}", content=body,
                                 headers=sign_request(a.peers.secret, "POST", PATH, body))
        assert answer.status_code == 200
    wait_for(lambda: len(a.store._connections) <= before + 2, "connections to be given back")


def test_wiping_an_event_gives_the_door_a_new_journal_identity(tmp_path):
    """Wiping removes the door's journal rows of that event, so its numbering would restart
    or have holes: other doors would skip the new entries as ones they already hold."""
    a = local_door(tmp_path / "a", "Door A")
    a.checkin(IDS[0])
    old = a.journal.door_id
    wipe.delete_event(a.store, EVENT.id)
    a.close()
    again = local_door(tmp_path / "a", "Door A")
    try:
        assert again.journal.door_id != old
        assert again.checkin(IDS[0]).kind is VerdictKind.ADMIT
    finally:
        again.close()


# -- double entries counted as the journal changes (issue 9) ------------------------------


def grouped_doubles(store: Store) -> list[tuple[str, tuple[str, ...]]]:
    """The double entries as the door found them before issue 9: the whole journal grouped
    and walked (runs of two or more admissions with no undo between them)."""
    found, run, current = [], [], None
    rows = store.db.execute("SELECT registration_id, action, door_id FROM peer_journal"
                            " ORDER BY registration_id, hlc, door_id").fetchall()
    for rid, action, door in [*rows, (None, "undo", None)]:
        if rid != current or action != "admit":
            if len(run) > 1:
                found.append((current, tuple(run)))
            run = []
            current = rid
        if action == "admit":
            run.append(door)
    return found


def assert_doubles_kept(door: Door) -> int:
    expected = grouped_doubles(door.store)
    listed = [(d.registration_id, tuple(a.door_id for a in d.admissions))
              for d in door.journal.double_entries()]
    assert listed == expected
    assert door.journal.double_entry_count() == len(expected)
    assert door.status().double_entries == len(expected)
    return len(expected)


def exchange(a: Door, b: Door) -> None:
    a.journal.apply(b.journal.entries_after({}), {b.journal.door_id: b.device_name})
    b.journal.apply(a.journal.entries_after({}), {a.journal.door_id: a.device_name})


def test_the_double_entry_count_follows_the_journal(tmp_path):
    """Kept by triggers, the count equals a grouping of the whole journal through local
    admissions, another door's entries, undos at the other door, an entry from a third
    door slotted between two admissions, and a wipe that gives the door a new identity."""
    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    try:
        for rid in IDS[1:3]:
            a.checkin(rid)
        b.journal.clock.observe(a.journal.clock.now())
        for rid in IDS[1:4]:
            b.checkin(rid)
        assert assert_doubles_kept(a) == assert_doubles_kept(b) == 0  # apart: none seen yet
        exchange(a, b)
        assert assert_doubles_kept(a) == assert_doubles_kept(b) == 2
        b.undo(IDS[1])  # at the other door: the run ends, history keeps it
        exchange(a, b)
        assert assert_doubles_kept(a) == 2
        a.checkin(IDS[1])
        b.journal.clock.observe(a.journal.clock.now())
        b.checkin(IDS[1])  # apart again: a second run for the same person
        exchange(a, b)
        assert assert_doubles_kept(a) == assert_doubles_kept(b) == 3
        # a third door's undo, made between A's and B's admissions of IDS[2], splits that run
        first, second = [row[0] for row in a.store.db.execute(
            "SELECT hlc FROM peer_journal WHERE registration_id=? ORDER BY hlc", (IDS[2],))]
        assert second - first > 1
        x = generate()
        undo = sign_entry(x, EVENT.id, {"seq": 1, "reg": IDS[2], "action": "undo",
                                        "status": "CONFIRMED", "hlc": first + 1,
                                        "at": "2030-01-01T10:00:00.000Z"})
        assert a.journal.apply([undo], {x.door_id: "Door X"}) == 1
        assert assert_doubles_kept(a) == 2
        wipe.delete_event(a.store, EVENT.id)  # the wipe: journal rows go, the door id too
        assert assert_doubles_kept(a) == 0
    finally:
        a.close()
        b.close()
    again = local_door(tmp_path / "a", "Door A")
    try:
        again.checkin(IDS[5])
        y = generate()
        again.journal.apply([sign_entry(y, EVENT.id, {
            "seq": 1, "reg": IDS[5], "action": "admit", "status": "ATTENDED", "hlc": 1,
            "at": "2030-01-01T09:00:00.000Z"})], {y.door_id: "Door Y"})
        assert assert_doubles_kept(again) == 1
    finally:
        again.close()


def test_a_database_with_double_entries_is_counted_when_migrated(tmp_path):
    """A journal written before the count was kept (schema of the previous release) is
    counted by the migration itself."""
    import sqlite3

    from kiosk.migrations import MIGRATIONS
    from kiosk.peers.schema import DOUBLES_MIGRATION
    from kiosk.store import DB_NAME

    before = MIGRATIONS.index(DOUBLES_MIGRATION)
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        conn.executescript(f"BEGIN; {step}; PRAGMA user_version={number}; COMMIT;")
    history = {  # registration: (door, action) in hlc order
        IDS[1]: [("door_a", "admit"), ("door_b", "admit")],
        IDS[2]: [("door_a", "admit"), ("door_b", "admit"), ("door_b", "undo"),
                 ("door_a", "admit"), ("door_b", "admit"), ("door_c", "admit")],
        IDS[3]: [("door_a", "admit"), ("door_a", "undo"), ("door_b", "admit")],
    }
    seqs: dict[str, int] = {}
    hlc = 0
    for rid, entries in history.items():
        for door_id, action in entries:
            seqs[door_id] = seqs.get(door_id, 0) + 1
            hlc += 1 << 16
            conn.execute("INSERT INTO peer_journal VALUES (?, ?, ?, ?, 'ATTENDED', ?, ?)",
                         (door_id, seqs[door_id], rid, action, hlc, f"2030-01-01T10:{hlc >> 16:02d}"))
    conn.close()
    door = local_door(data_dir, "Door A")
    try:
        assert assert_doubles_kept(door) == 3
        assert [d.registration_id for d in door.journal.double_entries()] == [
            IDS[1], IDS[2], IDS[2]]
    finally:
        door.close()


# -- between doors (issue 19) ----------------------------------------------------------------


def test_the_peer_server_listens_where_peer_bind_says(tmp_path, monkeypatch):
    from kiosk.peers.node import start_for

    monkeypatch.setenv("KIOSK_PEER_SECRET", "a peer secret for the test")
    assert Settings().peer_bind == "0.0.0.0"  # as before: every interface
    assert from_env(Settings(), {"KIOSK_PEER_BIND": "127.0.0.1"}).peer_bind == "127.0.0.1"
    door = local_door(tmp_path / "d", "Door D")
    door.settings = door.settings.with_(peer_bind="127.0.0.1", peer_port=0, peer_discovery=False)
    try:
        node = start_for(door, None)
        assert node is not None and node._server.server_address[0] == "127.0.0.1"
    finally:
        door.close()


def test_a_door_whose_clock_is_off_by_minutes_shows_it_in_its_status(tmp_path):
    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    secret = derive_secret("wk_test_shared", EVENT.id)
    try:
        a.peers = PeerNode(a, secret, host="127.0.0.1").start()
        b.peers = PeerNode(b, secret, host="127.0.0.1", clock=lambda: time.time() + 90,
                           static_peers=(f"127.0.0.1:{a.peers.port}",)).start()
        wait_for(lambda: a.status().clock_skew_s is not None
                 and b.status().clock_skew_s is not None, "both doors to measure")
        assert a.status().clock_skew_s > 60 and b.status().clock_skew_s < -60
        assert a.status().to_json()["clock_skew_s"] > 60
    finally:
        a.close()
        b.close()


def test_stored_clock_values_past_the_drift_guard_never_become_a_door_s_clock(tmp_path):
    """One-shot processes took MAX(hlc) as their clock: 2**63-1 (stored by an older
    version) made every check-in fail with OverflowError, a door two days fast made them
    stamp the future while running doors stamped now."""
    door = local_door(tmp_path / "d", "Door D")
    ahead = int((time.time() + 2 * 86400) * 1000) << 16
    with door.store.write() as db:
        db.executemany(
            "INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at)"
            " VALUES (?, 1, ?, 'admit', 'ATTENDED', ?, '2030-01-01T10:00:00.000Z')",
            [("door_old", IDS[6], 2**63 - 1), ("door_fast", IDS[7], ahead)])
    door.close()
    again = local_door(tmp_path / "d", "Door D")  # as the next process opens it
    try:
        assert again.checkin(IDS[0]).kind is VerdictKind.ADMIT
        (stamp,), = again.store.db.execute(
            "SELECT hlc FROM peer_journal WHERE registration_id=?", (IDS[0],)).fetchall()
        assert stamp < ahead
    finally:
        again.close()


def test_a_relayed_entry_keeps_its_door_s_signature_and_a_tampered_one_is_refused(tmp_path):
    a, b, c = (local_door(tmp_path / n, f"Door {n}") for n in "abc")
    try:
        a.checkin(IDS[0])
        a.checkin(IDS[1])
        b.journal.apply(a.journal.entries_after({}), {})  # A to B
        relayed = b.journal.entries_after({})  # B to C: A's entries, A's signatures
        assert {e["door"] for e in relayed} == {a.journal.door_id}
        tampered = [relayed[0], {**relayed[1], "reg": IDS[2]}]
        assert c.journal.apply(tampered, {}) == 1
        assert c.attendee(IDS[0]).effective_status == "ATTENDED"
        assert c.attendee(IDS[2]).effective_status == "CONFIRMED"
        assert c.journal.apply(relayed, {}) == 1  # the real second entry still fits
        assert c.attendee(IDS[1]).effective_status == "ATTENDED"
    finally:
        for door in (a, b, c):
            door.close()


def test_each_door_has_its_own_key_file_and_its_id_comes_from_it(tmp_path):
    import stat

    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    try:
        key = tmp_path / "a" / "door_key"
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert a.journal.door_id != b.journal.door_id
        assert a.journal.door_id.startswith("d1_")
        assert "wk_" not in key.read_text()
    finally:
        a.close()
        b.close()
    again = local_door(tmp_path / "a", "Door A")
    try:
        assert again.journal.door_id == a.journal.door_id  # the same door after a restart
    finally:
        again.close()


def test_a_journal_from_before_signed_entries_keeps_this_door_s_history(tmp_path):
    """Upgrade: this door's unsigned entries move to its key's id, signed, and travel again;
    another door's unsigned entries stay for the verdicts but are never sent on, and a door
    that held this door's entries unsigned drops them when the signed ones arrive."""
    a, b = local_door(tmp_path / "a", "Door A"), local_door(tmp_path / "b", "Door B")
    legacy_a, legacy_c = "door_0123456789abcdef", "door_fedcba9876543210"
    rows = [(legacy_a, 1, IDS[0], 1 << 16), (legacy_c, 1, IDS[1], 2 << 16)]
    for door in (a, b):
        with door.store.write() as db:
            db.executemany(
                "INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc,"
                " at) VALUES (?, ?, ?, 'admit', 'ATTENDED', ?, '2030-01-01T10:00:00.000Z')",
                rows)
            for rid in (IDS[0], IDS[1]):
                door.journal.materialise(db, rid)
    a.store.set_meta("peer_door_id", legacy_a)  # door A's id before this release
    a.close()
    a = local_door(tmp_path / "a", "Door A")
    try:
        assert a.journal.door_id.startswith("d1_")
        sent = a.journal.entries_after({})
        assert [(e["door"], e["reg"]) for e in sent] == [(a.journal.door_id, IDS[0])]
        assert a.attendee(IDS[1]).effective_status == "ATTENDED"  # kept for the verdict
        assert b.journal.apply(sent, {a.journal.door_id: "Door A"}) == 1
        held = [row[0] for row in b.store.db.execute(
            "SELECT door_id FROM peer_journal WHERE registration_id=?", (IDS[0],))]
        assert held == [a.journal.door_id]  # one admission, not a double entry
        assert b.journal.double_entry_count() == 0
        assert a.checkin(IDS[2]).kind is VerdictKind.ADMIT  # numbering goes on after the move
        assert b.journal.apply(a.journal.entries_after(b.journal.high_water()), {}) == 1
    finally:
        a.close()
        b.close()


def test_learned_doors_are_bounded_and_one_gone_quiet_is_dropped(tmp_path, monkeypatch):
    """A door that calls us is linked back (a worker thread each): at most MAX_LEARNED of
    them, and one silent for LEARNED_GIVE_UP_S is dropped, so a venue's comings and goings
    over a long day do not pile up threads; a door that comes back is learned again."""
    from kiosk.peers import node as peer_node

    monkeypatch.setattr(peer_node, "MAX_LEARNED", 1)
    shift = [0.0]
    a, b, c = (local_door(tmp_path / n, f"Door {n}") for n in ("a", "b", "c"))
    secret = derive_secret("wk_test_shared", EVENT.id)
    try:
        a.peers = PeerNode(a, secret, host="127.0.0.1", clock=lambda: time.time() + shift[0])
        a.peers.start()
        to_a = (f"127.0.0.1:{a.peers.port}",)
        b.peers = PeerNode(b, secret, host="127.0.0.1", static_peers=to_a).start()
        wait_for(lambda: a.peers.linked() == 1, "door A to learn door B")
        b_address = f"127.0.0.1:{b.peers.port}"
        c.peers = PeerNode(c, secret, host="127.0.0.1", static_peers=to_a).start()
        c_address = f"127.0.0.1:{c.peers.port}"
        wait_for(lambda: c.peers.linked() == 1, "door C to reach door A")
        assert list(a.peers.peers) == [b_address]  # C answered, not linked back: the cap

        b.close()
        shift[0] = peer_node.LEARNED_GIVE_UP_S + 1
        a.peers.wake_all()
        wait_for(lambda: b_address not in a.peers.peers, "door A to drop the silent door B")
        shift[0] = 0.0
        wait_for(lambda: c_address in a.peers.peers, "door A to learn door C, room made")
    finally:
        for door in (a, b, c):
            door.close()
