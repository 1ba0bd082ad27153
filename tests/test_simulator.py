"""The reference WebKasa simulator, over real loopback HTTP.

Every other test trusts this server to behave like WebKasa, so each feature here is checked
from the outside, the way a client sees it.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
from datetime import date, datetime, timezone

import httpx
import pytest

from kiosk import contract
from kiosk.simulator import Faults, Simulator, SimulatorConfig, data, running_simulator

TODAY = date(2026, 6, 1)
T0 = 1_780_000_000.25  # a fake "now", Unix time


class FakeClock:
    """An injectable clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def client(sim: Simulator, style: str = "bearer", key: str | None = None) -> httpx.Client:
    key = sim.api_key if key is None else key
    headers = {"Authorization": f"Bearer {key}"} if style == "bearer" else {"X-API-Key": key}
    return httpx.Client(base_url=sim.api_url, headers=headers, timeout=10)


def regs_path(sim: Simulator, event_id: str | None = None) -> str:
    return f"/events/{event_id or sim.main_event_id}/registrations"


def page_through(c: httpx.Client, path: str, limit: int, **params: object) -> list[dict]:
    rows: list[dict] = []
    offset = 0
    while True:
        body = c.get(path, params={"limit": limit, "offset": offset, **params}).json()
        rows.extend(body["data"])
        offset += len(body["data"])
        if not body["meta"]["hasMore"]:
            return rows


@pytest.fixture
def sim():
    with running_simulator(seed=5, registrations=120, today=TODAY) as simulator:
        yield simulator


# --------------------------------------------------------------------------- auth


def test_generated_key_has_the_sandbox_shape(sim):
    assert sim.api_key.startswith("wk_test_") and len(sim.api_key) == 64
    assert re.fullmatch(r"wk_test_[A-Za-z0-9]+", sim.api_key)
    assert sim.api_key not in repr(sim) and sim.api_key not in repr(sim.config)


@pytest.mark.parametrize("style", ["bearer", "x-api-key"])
def test_both_key_headers_are_accepted(sim, style):
    with client(sim, style) as c:
        r = c.get("/events")
    assert r.status_code == 200 and r.json()["data"]


def test_missing_and_wrong_keys_are_401(sim):
    with httpx.Client(base_url=sim.api_url) as c:
        missing = c.get("/events")
        basic = c.get("/events", headers={"Authorization": "Basic abc"})
    with client(sim, key="wk_test_" + "x" * 56) as c:
        wrong = c.get(f"/events/{sim.main_event_id}")
    with client(sim, "x-api-key", key="nope") as c:
        wrong_header = c.get("/events")
    for r in (missing, basic, wrong, wrong_header):
        assert r.status_code == 401
        assert r.json()["code"] == "UNAUTHORIZED"
        assert "X-RateLimit-Remaining" in r.headers


def test_key_without_write_scope_is_403():
    with running_simulator(registrations=5, scopes=frozenset({"events:read",
                                                             "registrations:read"})) as sim:
        with client(sim) as c:
            assert c.get(regs_path(sim)).status_code == 200
            r = c.post(regs_path(sim), json={"attendee_name": "A", "attendee_email": "a@b.co"})
    assert r.status_code == 403 and r.json()["code"] == "FORBIDDEN"
    assert len(sim.registrations()) == 5


# --------------------------------------------------------------------------- events


def test_events_list_meta_filters_and_counts(sim):
    with client(sim) as c:
        body = c.get("/events", params={"include_counts": "true"}).json()
        assert body["meta"] == {"total": 4, "limit": 50, "offset": 0, "hasMore": False}
        main = next(e for e in body["data"] if e["id"] == sim.main_event_id)
        assert main["registration_counts"] == {**sim.counts(), "total": 120}
        assert main["registration_count"] == 120
        for field in ("id", "title", "description", "start_date", "start_time", "end_time",
                      "timezone", "location", "cost", "slots", "status", "created_at"):
            assert field in main
        assert main["start_date"] == TODAY.isoformat() and main["status"] == "published"
        one = c.get("/events", params={"limit": 1, "offset": 1}).json()
        assert len(one["data"]) == 1 and one["meta"]["hasMore"] is True
        published = c.get("/events", params={"status": "published"}).json()["data"]
        assert published and all(e["status"] == "published" for e in published)
        on_day = c.get("/events", params={"start_date": TODAY.isoformat(),
                                          "end_date": TODAY.isoformat()}).json()["data"]
        assert {e["id"] for e in on_day} >= {sim.main_event_id, sim.other_event_id}
        assert "registration_counts" not in c.get(f"/events/{sim.main_event_id}").json()["data"]
        assert c.get("/events", params={"status": "PUBLISHED"}).status_code == 400
        assert c.get("/events", params={"start_date": "soon"}).status_code == 400


def test_upcoming_and_past_use_the_clock():
    clock = FakeClock(T0)
    with running_simulator(events=12, registrations=5, today=TODAY, clock=clock) as sim:
        now_day = datetime.fromtimestamp(T0, timezone.utc).date().isoformat()
        with client(sim) as c:
            upcoming = c.get("/events", params={"upcoming": "true"}).json()["data"]
            past = c.get("/events", params={"past": "true"}).json()["data"]
    assert all(e["start_date"] >= now_day for e in upcoming)
    assert all(e["start_date"] < now_day for e in past)
    assert len(upcoming) + len(past) == 12


def test_single_event_and_404(sim):
    with client(sim) as c:
        r = c.get(f"/events/{sim.main_event_id}")
        assert r.status_code == 200 and r.json()["data"]["id"] == sim.main_event_id
        missing = c.get("/events/evt_nope")
    assert missing.status_code == 404 and missing.json()["code"] == "NOT_FOUND"


def test_unknown_path_is_404_and_wrong_method_405(sim):
    with client(sim) as c:
        unknown = c.get("/nothing/here")
        outside = httpx.get(sim.url + "/", headers={"X-API-Key": sim.api_key})
        wrong = c.delete(f"/events/{sim.main_event_id}")
        wrong_reg = c.put(regs_path(sim), json={})
    assert unknown.status_code == 404 and unknown.json()["code"] == "NOT_FOUND"
    assert outside.status_code == 404
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET"
    assert wrong_reg.status_code == 405 and wrong_reg.headers["Allow"] == "GET, POST"


# --------------------------------------------------------------------------- registrations


def test_paging_meta_default_limit_and_cap():
    with running_simulator(registrations=250, page_cap=100) as sim, client(sim) as c:
        default = c.get(regs_path(sim)).json()
        assert default["meta"] == {"total": 250, "limit": 50, "offset": 0, "hasMore": True}
        assert len(default["data"]) == 50
        capped = c.get(regs_path(sim), params={"limit": 1000, "offset": 200}).json()
        assert capped["meta"] == {"total": 250, "limit": 100, "offset": 200, "hasMore": False}
        assert len(capped["data"]) == 50
        beyond = c.get(regs_path(sim), params={"offset": 999}).json()
        assert beyond["data"] == [] and beyond["meta"]["hasMore"] is False
        for bad in ({"limit": 0}, {"limit": "many"}, {"offset": -1}):
            r = c.get(regs_path(sim), params=bad)
            assert r.status_code == 400 and r.json()["code"] == "VALIDATION_ERROR"
        rows = page_through(c, regs_path(sim), 1000)
    assert len(rows) == 250 and len({r["id"] for r in rows}) == 250
    assert {r["id"] for r in rows} == {r["id"] for r in sim.registrations()}


def test_registration_fields(sim):
    with client(sim) as c:
        rows = page_through(c, regs_path(sim), 100)
    fields = {"id", "event_id", "attendee_name", "attendee_email", "attendee_phone", "status",
              "guest_count", "notes", "created_at"}
    assert all(set(r) == fields for r in rows)
    assert all(re.fullmatch(r"reg_[a-z0-9]{12}", r["id"]) for r in rows)
    assert all(r["event_id"] == sim.main_event_id for r in rows)
    stamps = [r["created_at"] for r in rows]
    assert any("." in s for s in stamps) and any("." not in s for s in stamps)
    assert all(s.endswith("Z") for s in stamps)


@pytest.mark.parametrize("order", ["newest_first", "status_then_id", "oldest_first"])
def test_orders(order):
    with running_simulator(registrations=60, order=order, page_cap=1000) as sim:
        sim.add_registration(attendee_name="Newest", attendee_email="n@example.org")
        created = [r["id"] for r in sim.registrations()]
        with client(sim) as c:
            served = [r["id"] for r in c.get(regs_path(sim), params={"limit": 1000}).json()["data"]]
            confirmed = [r["id"] for r in c.get(
                regs_path(sim), params={"limit": 1000, "status": "CONFIRMED"}).json()["data"]]
    assert sorted(served) == sorted(created)
    if order == "newest_first":
        assert served == created[::-1]
    elif order == "oldest_first":
        assert served == created
    else:
        status = {r["id"]: r["status"] for r in sim.registrations()}
        assert served == sorted(created, key=lambda rid: (status[rid], rid))
        assert served != created and served != created[::-1]
    assert confirmed == [rid for rid in served if sim.status_of(rid) == "CONFIRMED"]


def test_status_filter(sim):
    counts = sim.counts()
    with client(sim) as c:
        for status in contract.STATUSES:
            body = c.get(regs_path(sim), params={"status": status, "limit": 100}).json()
            assert body["meta"]["total"] == counts[status]
            assert {r["status"] for r in body["data"]} <= {status}
        for bad in ("confirmed", "CHECKED_IN", ""):
            r = c.get(regs_path(sim), params={"status": bad})
            assert r.status_code == 400 and r.json()["code"] == "VALIDATION_ERROR"
            assert "status" in r.json()["details"]
        assert c.get(regs_path(sim, "evt_missing")).status_code == 404


def test_other_event_has_few_registrations(sim):
    others = sim.registrations(sim.other_event_id)
    assert 3 <= len(others) <= 25
    with client(sim) as c:
        body = c.get(regs_path(sim, sim.other_event_id)).json()
    assert body["meta"]["total"] == len(others)
    assert all(r["event_id"] == sim.other_event_id for r in body["data"])


def test_single_registration_get_and_405_switch():
    with running_simulator(registrations=10) as sim, client(sim) as c:
        rid = sim.registrations()[0]["id"]
        r = c.get(f"{regs_path(sim)}/{rid}")
        assert r.status_code == 200 and r.json()["data"] == sim.registration(rid)
        assert c.get(f"{regs_path(sim)}/reg_missing").status_code == 404
        assert c.get(f"{regs_path(sim, sim.other_event_id)}/{rid}").status_code == 404
    with running_simulator(registrations=10, single_get=False) as sim, client(sim) as c:
        rid = sim.registrations()[0]["id"]
        r = c.get(f"{regs_path(sim)}/{rid}")
        assert r.status_code == 405 and r.headers["Allow"] == "PATCH"
        assert r.status_code in contract.GET_REGISTRATION_UNAVAILABLE


# --------------------------------------------------------------------------- create


def test_create_answers_the_published_minimum(sim):
    body = {"attendee_name": "Nguyễn Thị Hương", "attendee_email": "huong@example.org",
            "guest_count": 2, "notes": "VIP", "attendee_phone": "+84 912 000 000"}
    with client(sim) as c:
        r = c.post(regs_path(sim), json=body)
    assert r.status_code == 201
    created = r.json()["data"]
    assert set(created) == {"id", "event_id", "attendee_name", "attendee_email", "status",
                            "created_at"}
    assert created["status"] == "PENDING" and created["attendee_name"] == "Nguyễn Thị Hương"
    stored = sim.registration(created["id"])
    assert stored["guest_count"] == 2 and stored["notes"] == "VIP"
    assert len(sim.registrations()) == 121


@pytest.mark.parametrize(
    "body, fields",
    [
        ({}, {"attendee_name", "attendee_email"}),
        ({"attendee_name": "A", "attendee_email": "not-an-email"}, {"attendee_email"}),
        ({"attendee_name": "  ", "attendee_email": "a@b.co"}, {"attendee_name"}),
        ({"attendee_name": "A" * 201, "attendee_email": "a@b.co"}, {"attendee_name"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "guest_count": -1}, {"guest_count"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "guest_count": 21}, {"guest_count"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "guest_count": "2"}, {"guest_count"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "guest_count": True},
         {"guest_count"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "status": "VIP"}, {"status"}),
        ({"attendee_name": "A", "attendee_email": "a@b.co", "notes": "x" * 1001}, {"notes"}),
        ({"attendee_name": 7, "attendee_email": "a@b.co"}, {"attendee_name"}),
    ],
)
def test_create_validation(sim, body, fields):
    with client(sim) as c:
        r = c.post(regs_path(sim), json=body)
    assert r.status_code == 422
    assert r.json()["code"] == "VALIDATION_ERROR"
    assert set(r.json()["details"]) == fields
    assert len(sim.registrations()) == 120


def test_create_rejects_bodies_that_are_not_json_objects(sim):
    with client(sim) as c:
        array = c.post(regs_path(sim), json=[{"attendee_name": "A"}])
        broken = c.post(regs_path(sim), content=b"{not json",
                        headers={"Content-Type": "application/json"})
        form = c.post(regs_path(sim), data={"attendee_name": "A", "attendee_email": "a@b.co"})
        unknown_event = c.post(regs_path(sim, "evt_nope"),
                               json={"attendee_name": "A", "attendee_email": "a@b.co"})
    assert array.status_code == 400 and broken.status_code == 400
    assert form.status_code == 415
    assert unknown_event.status_code == 404
    assert len(sim.registrations()) == 120


def test_capacity_counts_parties_of_holding_statuses(sim):
    sim.set_slots(sim.main_event_id, sim.places_taken() + 3)
    person = {"attendee_name": "Group", "attendee_email": "g@example.org"}
    with client(sim) as c:
        too_big = c.post(regs_path(sim), json={**person, "guest_count": 3})
        assert too_big.status_code == 409
        assert too_big.json() == {"error": "Event is full", "code": "CAPACITY_EXCEEDED"}
        assert c.post(regs_path(sim), json={**person, "guest_count": 2}).status_code == 201
        full = c.post(regs_path(sim), json=person)
        assert full.status_code == 409 and full.json()["code"] == "CAPACITY_EXCEEDED"
        # a cancelled registration holds no place, so it is accepted even when full
        cancelled = c.post(regs_path(sim), json={**person, "status": "CANCELLED"})
        assert cancelled.status_code == 201
        # cancelling frees a party's places again
        small = next(r for r in sim.registrations()
                     if r["status"] == "CONFIRMED" and r["guest_count"] == 0)
        sim.cancel(small["id"])
        assert c.post(regs_path(sim), json={**person, "status": "CONFIRMED"}).status_code == 201
    assert sim.places_taken() == sim.event()["slots"]


def test_idempotency_key_is_ignored_unless_switched_on():
    body = {"attendee_name": "Once", "attendee_email": "once@example.org"}
    headers = {"Idempotency-Key": "k-1"}
    with running_simulator(registrations=5) as sim, client(sim) as c:
        first = c.post(regs_path(sim), json=body, headers=headers).json()["data"]["id"]
        second = c.post(regs_path(sim), json=body, headers=headers).json()["data"]["id"]
        assert first != second and len(sim.registrations()) == 7
    with running_simulator(registrations=5, idempotency_keys=True) as sim, client(sim) as c:
        a = c.post(regs_path(sim), json=body, headers=headers)
        b = c.post(regs_path(sim), json=body, headers=headers)
        assert a.json() == b.json() and b.status_code == 201
        assert b.headers["Idempotent-Replayed"] == "true"
        assert len(sim.registrations()) == 6


# --------------------------------------------------------------------------- PATCH


def test_patch_semantics(sim):
    confirmed = sim.registrations(status="CONFIRMED")[0]["id"]
    cancelled = sim.registrations(status="CANCELLED")[0]["id"]
    with client(sim) as c:
        url = f"{regs_path(sim)}/{confirmed}"
        r = c.patch(url, json={"status": "ATTENDED"})
        assert r.status_code == 200 and r.json()["data"]["status"] == "ATTENDED"
        assert c.patch(url, json={"status": "ATTENDED"}).status_code == 200  # a no-op
        assert c.patch(url, json={"status": "CONFIRMED"}).status_code == 200  # undo
        conflict = c.patch(f"{regs_path(sim)}/{cancelled}", json={"status": "ATTENDED"})
        assert conflict.status_code == 409 and conflict.json()["code"] == "CONFLICT"
        assert c.patch(f"{regs_path(sim)}/reg_missing", json={"status": "ATTENDED"}
                       ).status_code == 404
        assert c.patch(f"{regs_path(sim, sim.other_event_id)}/{confirmed}",
                       json={"status": "ATTENDED"}).status_code == 404
        for bad in ({"status": "attended"}, {"state": "ATTENDED"}, {"status": None}):
            r = c.patch(url, json=bad)
            assert r.status_code == 422 and r.json()["code"] == "VALIDATION_ERROR"
        assert c.patch(url, json="ATTENDED").status_code == 400
    assert sim.status_of(confirmed) == "CONFIRMED" and sim.status_of(cancelled) == "CANCELLED"
    assert sim.patch_log == [(confirmed, "CONFIRMED", "ATTENDED"),
                             (confirmed, "ATTENDED", "ATTENDED"),
                             (confirmed, "ATTENDED", "CONFIRMED")]


def test_patch_reviving_a_cancelled_registration_needs_places(sim):
    rid = next(r["id"] for r in sim.registrations(status="CANCELLED"))
    sim.set_slots(sim.main_event_id, sim.places_taken())
    with client(sim) as c:
        r = c.patch(f"{regs_path(sim)}/{rid}", json={"status": "CONFIRMED"})
        assert r.status_code == 409 and r.json()["code"] == "CAPACITY_EXCEEDED"
        sim.set_slots(sim.main_event_id, None)
        assert c.patch(f"{regs_path(sim)}/{rid}", json={"status": "CONFIRMED"}).status_code == 200


# --------------------------------------------------------------------------- rate limits


def test_rate_limit_headers_window_and_429():
    clock = FakeClock()
    with running_simulator(registrations=5, reads_per_min=3, clock=clock) as sim, client(sim) as c:
        remaining = []
        for _ in range(3):
            r = c.get("/events")
            assert r.status_code == 200
            assert r.headers["X-RateLimit-Limit"] == "3"
            assert r.headers["X-RateLimit-Reset"] == str(math.ceil(T0 + 60))
            remaining.append(int(r.headers["X-RateLimit-Remaining"]))
        assert remaining == [2, 1, 0]
        clock.now = T0 + 15
        limited = c.get(f"/events/{sim.main_event_id}")
        assert limited.status_code == 429
        retry = math.ceil(T0 + 60 - clock.now)
        assert limited.headers["Retry-After"] == str(retry)
        assert limited.json() == {"error": "Rate limit exceeded", "code": "RATE_LIMITED",
                                  "retry_after": retry}
        assert limited.headers["X-RateLimit-Remaining"] == "0"
        # writes have their own (general) budget
        rid = sim.registrations()[0]["id"]
        assert c.patch(f"{regs_path(sim)}/{rid}", json={"status": "PENDING"}).status_code == 200
        clock.now = T0 + 60  # the window is over
        r = c.get("/events")
        assert r.status_code == 200 and r.headers["X-RateLimit-Remaining"] == "2"
        assert r.headers["X-RateLimit-Reset"] == str(math.ceil(T0 + 120))
    assert sim.count_429() == 1


def test_creates_have_a_per_ip_budget_and_writes_a_general_one():
    clock = FakeClock()
    with running_simulator(registrations=5, creates_per_min=2, general_per_min=4,
                           clock=clock) as sim, client(sim) as c:
        person = {"attendee_name": "A", "attendee_email": "a@b.co"}
        statuses = [c.post(regs_path(sim), json=person).status_code for _ in range(3)]
        assert statuses == [201, 201, 429]
        rid = sim.registrations()[0]["id"]
        url = f"{regs_path(sim)}/{rid}"
        # the general budget (4) holds the two creates; the refused third cost nothing
        assert c.patch(url, json={"status": "CONFIRMED"}).status_code == 200
        last = c.patch(url, json={"status": "CONFIRMED"})
        assert last.status_code == 200 and last.headers["X-RateLimit-Remaining"] == "0"
        assert c.patch(url, json={"status": "CONFIRMED"}).status_code == 429
        assert c.get("/events").status_code == 200  # reads are a separate budget
    assert len(sim.registrations()) == 7


def test_rate_limits_switched_off():
    with running_simulator(registrations=5, reads_per_min=2, rate_limits=False) as sim:
        with client(sim) as c:
            answers = [c.get("/events") for _ in range(6)]
    assert all(r.status_code == 200 for r in answers)
    assert all(r.headers["X-RateLimit-Limit"] == "2" for r in answers)


def test_every_answer_carries_rate_limit_headers(sim):
    with client(sim) as c:
        answers = [c.get("/events"), c.get("/nowhere"), c.post(regs_path(sim), json={}),
                   c.delete("/events")]
    for r in answers:
        for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
            assert int(r.headers[name]) >= 0, (r.status_code, name)


def test_reset_counters(sim):
    sim.config.reads_per_min = 1
    with client(sim) as c:
        assert c.get("/events").status_code == 200
        assert c.get("/events").status_code == 429
        sim.reset_counters()
        assert sim.request_log == [] and sim.count_429() == 0
        assert c.get("/events").status_code == 200


# --------------------------------------------------------------------------- faults


def test_latency(sim):
    import time

    sim.faults.latency_s = 0.2
    with client(sim) as c:
        started = time.monotonic()
        assert c.get("/events").status_code == 200
    assert time.monotonic() - started >= 0.2


def test_error_rate_gives_json_html_and_empty_5xx_without_applying(sim):
    sim.faults.error_rate = 1.0
    rid = sim.registrations(status="CONFIRMED")[0]["id"]
    kinds = set()
    with client(sim) as c:
        for _ in range(15):
            r = c.patch(f"{regs_path(sim)}/{rid}", json={"status": "ATTENDED"})
            assert r.status_code >= 500
            if not r.content:
                kinds.add("empty")
            elif r.headers.get("Content-Type", "").startswith("text/html"):
                kinds.add("html")
            else:
                kinds.add("json")
                assert r.json()["code"] == "INTERNAL_ERROR"
    assert kinds == {"empty", "html", "json"}
    assert sim.status_of(rid) == "CONFIRMED" and sim.patch_log == []


def test_drop_closes_without_answer_or_change(sim):
    sim.faults.drop_rate = 1.0
    rid = sim.registrations(status="CONFIRMED")[0]["id"]
    with client(sim) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.patch(f"{regs_path(sim)}/{rid}", json={"status": "ATTENDED"})
        sim.faults.drop_rate = 0.0
        assert c.get("/events").status_code == 200  # the client reconnects
    assert sim.status_of(rid) == "CONFIRMED"
    assert sim.request_log[0].status is None


def test_apply_then_drop_and_apply_then_error(sim):
    first, second = [r["id"] for r in sim.registrations(status="CONFIRMED")[:2]]
    with client(sim) as c:
        sim.faults.apply_then_drop_rate = 1.0
        with pytest.raises(httpx.RemoteProtocolError):
            c.patch(f"{regs_path(sim)}/{first}", json={"status": "ATTENDED"})
        with pytest.raises(httpx.RemoteProtocolError):
            c.post(regs_path(sim), json={"attendee_name": "Lost", "attendee_email": "l@x.io"})
        assert c.get("/events").status_code == 200  # reads are not affected
        sim.faults.apply_then_drop_rate = 0.0
        sim.faults.apply_then_error_rate = 1.0
        r = c.patch(f"{regs_path(sim)}/{second}", json={"status": "ATTENDED"})
        assert r.status_code >= 500
    assert sim.status_of(first) == "ATTENDED" and sim.status_of(second) == "ATTENDED"
    assert [r["attendee_name"] for r in sim.registrations()].count("Lost") == 1


def test_malformed_bodies(sim):
    sim.faults.malformed_rate = 1.0
    with client(sim) as c:
        for _ in range(6):
            r = c.get(regs_path(sim))
            assert r.status_code == 200
            with pytest.raises(ValueError):
                json.loads(r.content)
        sim.faults.malformed_rate = 0.0
        assert c.get(regs_path(sim)).json()["meta"]["total"] == 120


def test_shift_during_paging_moves_rows_between_pages():
    with running_simulator(registrations=100, order="newest_first") as sim, client(sim) as c:
        sim.faults.update(shift_during_paging=2, shift_actions={"add"})
        page1 = c.get(regs_path(sim), params={"limit": 10}).json()
        page2 = c.get(regs_path(sim), params={"limit": 10, "offset": 10}).json()
        assert page2["meta"]["total"] == page1["meta"]["total"] + 2 == 104
        ids1 = [r["id"] for r in page1["data"]]
        ids2 = [r["id"] for r in page2["data"]]
        assert ids2[:2] == ids1[-2:]  # two rows seen twice
        added = [r["id"] for r in sim.registrations() if sim.added_during_paging(r["id"])]
        assert len(added) == 4 and set(added[:2]) <= set(ids1)
        sim.faults.update(shift_actions={"cancel", "status"}, shift_budget=1)
        before = {r["id"]: r["status"] for r in sim.registrations()}
        c.get(regs_path(sim))
        after = {r["id"]: r["status"] for r in sim.registrations()}
        c.get(regs_path(sim))
        assert {r["id"]: r["status"] for r in sim.registrations()} == after  # budget spent
    changed = {rid: after[rid] for rid in before if after[rid] != before[rid]}
    assert len(changed) == 4 and set(after) == set(before)
    assert sum(status == "CANCELLED" for status in changed.values()) == 2


def test_faults_are_reproducible_for_a_seed():
    def run() -> list[int | None]:
        with running_simulator(registrations=5, faults=Faults(error_rate=0.5, seed=11)) as sim:
            with client(sim) as c:
                return [c.get("/events").status_code for _ in range(20)]

    first = run()
    assert first == run()
    assert 200 in first and any(s >= 500 for s in first)


# --------------------------------------------------------------------------- data


def test_data_is_deterministic_for_a_seed():
    a = data.generate(seed=42, today=TODAY, registrations=500)
    b = data.generate(seed=42, today=TODAY, registrations=500)
    c = data.generate(seed=43, today=TODAY, registrations=500)
    assert a == b
    assert [r["id"] for r in a.registrations] != [r["id"] for r in c.registrations]
    with running_simulator(seed=42, registrations=50, today=TODAY) as s1, \
            running_simulator(seed=42, registrations=50, today=TODAY) as s2:
        assert s1.registrations() == s2.registrations() and s1.events() == s2.events()
        assert s1.api_key != s2.api_key  # keys are fresh, data is not


def test_data_looks_like_a_real_crowd():
    rows = data.generate(seed=3, today=TODAY, registrations=5000).registrations
    main = [r for r in rows if r["event_id"] == rows[0]["event_id"]]
    names = {r["attendee_name"] for r in main}
    for showcase, _ in data.SHOWCASE_PEOPLE:
        assert showcase in names
    assert sum(not n.isascii() for n in names) > len(names) // 5
    assert all(r["attendee_email"].isascii() and "@" in r["attendee_email"] for r in main)
    statuses = {s: sum(r["status"] == s for r in main) / len(main) for s in contract.STATUSES}
    assert 0.65 < statuses["CONFIRMED"] < 0.75
    assert all(0.07 < statuses[s] < 0.13 for s in ("PENDING", "CANCELLED", "ATTENDED"))
    guests = [r["guest_count"] for r in main]
    assert 0.75 < guests.count(0) / len(guests) < 0.85 and max(guests) <= 6
    assert any(r["attendee_phone"] is None for r in main)
    assert any(r["attendee_phone"] and r["attendee_phone"].startswith("+") for r in main)
    assert any(r["notes"] for r in main)
    assert len({r["id"] for r in rows}) == len(rows)


def test_main_event_holds_its_registrations_with_room_to_spare(sim):
    event = sim.event()
    assert event["slots"] > sim.places_taken()
    assert sim.places_taken() == data.places_held(sim.registrations())


def test_hundred_thousand_registrations():
    with running_simulator(registrations=100_000, page_cap=1000, rate_limits=False) as sim:
        assert len(sim.registrations()) == 100_000
        with client(sim) as c:
            rows = page_through(c, regs_path(sim), 1000)
    assert len(rows) == 100_000 and len({r["id"] for r in rows}) == 100_000


# --------------------------------------------------------------------------- control API


def test_control_api(sim):
    added = sim.add_registration(attendee_name="Søren", attendee_email="s@example.org",
                                 guest_count=2, status="PENDING")
    assert sim.status_of(added["id"]) == "PENDING"
    assert sim.cancel(added["id"])["status"] == "CANCELLED"
    assert sim.set_status(added["id"], "CONFIRMED")["status"] == "CONFIRMED"
    assert sim.counts()["CONFIRMED"] == sum(r["status"] == "CONFIRMED" for r in sim.registrations())
    sim.delete_registration(added["id"])
    assert sim.status_of(added["id"]) is None
    with client(sim) as c:
        assert c.get(f"{regs_path(sim)}/{added['id']}").status_code == 404
        sim.inject_raw_row(None, {"id": None, "status": "WHATEVER"})
        served = page_through(c, regs_path(sim), 100)
    assert {"id": None, "status": "WHATEVER"} in served
    assert len(sim.registrations()) == 120
    assert ("GET", f"/api/v1/events/{sim.main_event_id}/registrations/{added['id']}", 404) in \
        sim.request_log
    with pytest.raises(ValueError):
        sim.set_status(sim.registrations()[0]["id"], "LOST")


# --------------------------------------------------------------------------- HTTP behaviour


def test_keep_alive_reuses_one_connection(sim):
    host, port = sim.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=5)
    headers = {"X-API-Key": sim.api_key}
    try:
        conn.request("GET", f"{contract.API_PREFIX}/events", headers=headers)
        first = conn.getresponse()
        body = first.read()
        assert int(first.headers["Content-Length"]) == len(body)
        sock = conn.sock
        conn.request("GET", f"{contract.API_PREFIX}/events/{sim.main_event_id}", headers=headers)
        second = conn.getresponse()
        assert second.status == 200 and json.loads(second.read())["data"]
        assert conn.sock is sock and sock is not None
    finally:
        conn.close()


def _handler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kiosk-simulator-connection"]


def test_stop_ends_every_handler_thread_even_with_idle_connections():
    before = set(_handler_threads())
    with running_simulator(registrations=5) as sim:
        c = client(sim)
        assert c.get("/events").status_code == 200  # leaves an idle keep-alive connection
        assert set(_handler_threads()) - before
    assert set(_handler_threads()) <= before
    c.close()


def test_restart_keeps_the_url():
    with running_simulator(registrations=5) as sim:
        url = sim.url
        sim.stop()
        with pytest.raises(httpx.TransportError):
            httpx.get(url + "/api/v1/events", headers={"X-API-Key": sim.api_key})
        sim.start()
        assert sim.url == url
        assert httpx.get(url + "/api/v1/events",
                         headers={"X-API-Key": sim.api_key}).status_code == 200


def test_config_rejects_unknown_order():
    with pytest.raises(ValueError):
        SimulatorConfig(order="random")


# --------------------------------------------------------------------------- command line


def test_simulator_command_serves_until_sigterm(tmp_path):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "simulator", "--port", "0", "--registrations", "30",
         "--seed", "4", "--api-key", "wk_test_" + "k" * 56],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        first = proc.stdout.readline().strip()
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        r = httpx.get(match.group(1) + "/api/v1/events",
                      headers={"Authorization": "Bearer wk_test_" + "k" * 56})
        assert r.status_code == 200 and r.json()["meta"]["total"] == 4
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=20)
        assert proc.returncode == 0
        assert "stopped" in out
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def test_simulator_command_sets_fault_switches(tmp_path):
    """Issue 8: write jitter and every other fault switch can be set from the command line."""
    key = "wk_test_" + "k" * 56
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "simulator", "--port", "0", "--registrations", "30",
         "--api-key", key, "--write-jitter", "0.25", "--fault", "list_empty=true",
         "--fault", "apply_then_drop_rate=0.5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        url = re.fullmatch(r"listening on (\S+)", proc.stdout.readline().strip()).group(1)
        lines = [proc.stdout.readline().strip() for _ in range(5)]
        faults = next(line for line in lines if line.startswith("faults:"))
        assert "write_jitter_s=0.25" in faults and "apply_then_drop_rate=0.5" in faults
        main = next(line for line in lines if line.startswith("main event:")).split()[2]
        page = httpx.get(f"{url}/api/v1/events/{main}/registrations",
                         headers={"Authorization": f"Bearer {key}"})
        assert page.status_code == 200 and page.json()["data"] == []  # list_empty is on
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


@pytest.mark.parametrize("switch", ["nope=1", "error_rate=2", "list_empty=maybe", "latency_s"])
def test_simulator_command_rejects_bad_fault_switches(switch):
    from click.testing import CliRunner

    from kiosk.commands.simulator import simulator

    result = CliRunner().invoke(simulator, ["--port", "0", "--fault", switch])
    assert result.exit_code == 2 and "--fault" in result.output
