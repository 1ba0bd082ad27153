"""The API client against the simulator over real loopback HTTP."""

import logging

import httpx
import pytest

from door_helpers import make_client
from kiosk.api import (
    AuthError,
    Pacer,
    RateLimited,
    Rejected,
    ServerError,
    TransportError,
    WebKasaClient,
)


def test_both_auth_schemes(sim):
    for scheme in ("bearer", "x-api-key"):
        with make_client(sim, auth_scheme=scheme) as client:
            assert client.get_event(sim.main_event_id).id == sim.main_event_id


def test_wrong_key_is_auth_error_and_key_never_leaks(sim, caplog):
    bad_key = "wk_test_" + "Z" * 56
    caplog.set_level(logging.DEBUG, logger="kiosk")
    with WebKasaClient(sim.url, bad_key, backoff_max_s=0.01) as client:
        assert bad_key not in repr(client)
        with pytest.raises(AuthError) as info:
            client.get_event(sim.main_event_id)
    assert info.value.status_code in (401, 403)
    assert bad_key not in str(info.value)
    assert bad_key not in caplog.text


def test_unknown_event_is_rejected_404(sim):
    with make_client(sim) as client, pytest.raises(Rejected) as info:
        client.get_event("evt_nope")
    assert info.value.status_code == 404


def test_ids_cannot_escape_the_path(sim):
    with make_client(sim) as client, pytest.raises(Rejected):
        client.get_event("../../admin")


def test_page_cap_is_believed(sim):
    with make_client(sim) as client:
        page = client.list_registrations(sim.main_event_id, limit=10_000)
    assert page.limit == sim.config.page_cap
    assert len(page.data) == sim.config.page_cap
    assert page.total == 300 and page.has_more


def test_single_registration_and_patch(sim):
    with make_client(sim) as client:
        rid = client.list_registrations(sim.main_event_id, status="CONFIRMED").data[0]["id"]
        assert client.get_registration(sim.main_event_id, rid)["id"] == rid
        assert client.update_status(sim.main_event_id, rid, "ATTENDED")["status"] == "ATTENDED"
        assert client.get_registration(sim.main_event_id, "reg_missing00") is None


def test_server_errors_on_reads_are_retried(sim):
    sim.faults.error_rate = 0.5
    with make_client(sim, read_attempts=12) as client:
        for _ in range(5):
            assert client.get_event(sim.main_event_id).id == sim.main_event_id


def test_malformed_bodies_give_clear_errors(sim):
    sim.faults.malformed_rate = 1.0
    with make_client(sim, read_attempts=1) as client, pytest.raises(ServerError) as info:
        client.get_event(sim.main_event_id)
    assert "JSON" in str(info.value) or "malformed" in str(info.value)


def test_html_and_empty_error_bodies(sim):
    sim.faults.error_rate = 1.0
    messages = set()
    with make_client(sim, read_attempts=1) as client:
        for _ in range(12):
            with pytest.raises(ServerError) as info:
                client.get_event(sim.main_event_id)
            messages.add(str(info.value))
    assert all(m.startswith("Server error 5") for m in messages)
    assert all("<html" not in m.lower() for m in messages)


def test_dropped_connection_is_transport_error(sim):
    sim.faults.drop_rate = 1.0
    with make_client(sim, read_attempts=1) as client, pytest.raises(TransportError):
        client.get_event(sim.main_event_id)


def test_unreachable_server_is_transport_error():
    with WebKasaClient("http://127.0.0.1:9", "wk_test_x", read_attempts=1, timeout=2) as client:
        with pytest.raises(TransportError) as info:
            client.get_event("evt_1")
    assert not info.value.maybe_applied


def test_429_reports_retry_after_and_the_pacer_waits(clock):
    calls = []

    def handler(request):
        calls.append(clock())
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": "7"},
                                  json={"error": "Rate limit exceeded", "code": "RATE_LIMITED",
                                        "retry_after": 7})
        return httpx.Response(200, json={"data": {"id": "evt_1", "title": "T"}})

    pacer = Pacer(clock=clock, sleep=clock.sleep)
    with WebKasaClient("http://api.test", "wk_test_k", pacer=pacer,
                       transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(RateLimited) as info:
            client._request_once("GET", "/events/evt_1")
        assert info.value.retry_after == 7
        assert client.get_event("evt_1").id == "evt_1"
    assert calls[1] - calls[0] >= 7


def test_pacer_spreads_the_last_of_the_budget(clock):
    pacer = Pacer(clock=clock, sleep=clock.sleep, low_water=0.25)
    headers = httpx.Headers({"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "90",
                             "X-RateLimit-Reset": str(clock() + 60)})
    pacer.observe("write", headers)
    assert pacer.delay("write") == 0
    headers["X-RateLimit-Remaining"] = "9"
    pacer.observe("write", headers)
    assert 5 <= pacer.delay("write") <= 7  # 60 s over the 10 requests left
    headers["X-RateLimit-Remaining"] = "0"
    pacer.observe("write", headers)
    assert pacer.delay("write") == pytest.approx(60)
    assert pacer.delay("read") == 0  # reads have their own budget


def test_real_429_from_the_simulator(sim):
    sim.config.reads_per_min = 3
    skipped = []  # a pacer that never waits, so the request that earns the 429 goes out
    pacer = Pacer(sleep=skipped.append)
    with make_client(sim, read_attempts=1, pacer=pacer) as client:
        with pytest.raises(RateLimited) as info:
            for _ in range(10):
                client._request_once("GET", f"/events/{sim.main_event_id}")
    assert 0 < info.value.retry_after <= 60
    assert skipped  # the pacer had asked to wait once the budget ran out
    assert pacer.delay("read") > 0  # and after the 429 it holds reads back


def test_every_client_is_built_from_the_settings():
    """The door, the commands and the setup share one factory: a setting staff change
    (deadline, answer size, auth scheme) reaches each of them."""
    from kiosk.api import client_for
    from kiosk.settings import Settings

    settings = Settings(api_url="http://api.test/", auth_scheme="x-api-key",
                        request_timeout_s=4.0, request_deadline_s=7.0, max_answer_mb=0.5)
    with client_for(settings, " wk_test_k\n", read_attempts=1) as client:
        assert (client.base_url, client.auth_scheme, client.deadline, client.max_answer_bytes,
                client.read_attempts) == ("http://api.test", "x-api-key", 7.0, 524_288, 1)
        assert client._http.timeout.read == 4.0
