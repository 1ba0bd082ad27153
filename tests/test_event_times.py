"""Before the doors open, after the event (issue 20, part 6): the event's own times, in its
own zone, through the real ``kiosk`` command on the simulator, and a door clock that is off."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from door_helpers import FakeClock, as_read, make_client
from kiosk.door import Door
from kiosk.event_times import doors_open_at, ended_at, shown, times_of
from kiosk.models import Event
from kiosk.settings import Settings
from kiosk.store import Store
from kiosk_cli import confirmed_ids, kiosk_env, run

UTC = timezone.utc


def _now() -> datetime:
    return datetime.now(UTC)


def _checkin(env, *args):
    proc = run(["checkin", "--json", *args], env)
    return proc, [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def _synced_env(sim, tmp_path, **extra):
    env = kiosk_env(sim, tmp_path / "data", TZ="UTC", **extra)
    run(["sync"], env, check=True)
    return env


# -- the rules, pure ------------------------------------------------------------------------

def test_an_event_that_runs_past_midnight_ends_the_next_day():
    event = Event(id="evt_x", title="Night", start_date="2030-05-01", start_time="22:00",
                  end_time="02:00", timezone="Europe/Berlin")
    times = times_of(event, datetime(2030, 5, 1, 12, tzinfo=UTC))
    assert times is not None
    assert times.start.astimezone(UTC) == datetime(2030, 5, 1, 20, tzinfo=UTC)
    assert times.end.astimezone(UTC) == datetime(2030, 5, 2, 0, tzinfo=UTC)
    assert ended_at(event, datetime(2030, 5, 1, 23, 59, tzinfo=UTC)) is None
    assert ended_at(event, datetime(2030, 5, 2, 0, 1, tzinfo=UTC)) is not None


def test_doors_open_the_set_minutes_before_the_start_in_the_events_zone():
    event = Event(id="evt_x", title="Show", start_date="2030-05-01", start_time="19:30",
                  end_time="22:00", timezone="Europe/London")  # 18:30 UTC
    early = datetime(2030, 5, 1, 17, 0, tzinfo=UTC)
    opens = doors_open_at(event, early, 60)
    assert opens is not None and opens.astimezone(UTC) == datetime(2030, 5, 1, 17, 30, tzinfo=UTC)
    assert opens.strftime("%H:%M") == "18:30"  # London's wall clock, as the ticket says
    assert doors_open_at(event, datetime(2030, 5, 1, 17, 30, tzinfo=UTC), 60) is None
    assert doors_open_at(event, early, 120) is None  # a longer lead: already open
    undated = Event(id="evt_y", title="Someday")
    assert doors_open_at(undated, early, 60) is None and ended_at(undated, early) is None


def test_a_time_in_another_zone_than_the_doors_names_the_zone(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time as _time

    _time.tzset()
    try:
        event = Event(id="evt_x", title="Show", start_date="2030-05-01", start_time="19:30",
                      timezone="Asia/Tokyo")
        start = times_of(event, datetime(2030, 5, 1, tzinfo=UTC))
        assert start is not None
        same_day = datetime(2030, 5, 1, 1, tzinfo=UTC)  # 10:00 in Tokyo
        assert shown(start.start, same_day) == "19:30 Asia/Tokyo"
        at_home = Event(id="evt_y", title="Show", start_date="2030-05-01", start_time="19:30",
                        timezone="UTC")
        home = times_of(at_home, same_day)
        assert home is not None and shown(home.start, same_day) == "19:30"
        assert shown(home.start, same_day - timedelta(days=1)) == "2030-05-01 19:30"
    finally:
        monkeypatch.undo()
        _time.tzset()


# -- through the real command ---------------------------------------------------------------

def test_before_the_doors_open_a_ticket_waits_and_staff_can_admit_anyway(sim, tmp_path):
    now = _now()
    start = (now + timedelta(hours=3)).replace(second=0, microsecond=0)
    sim.set_event_times(sim.main_event_id, start, start + timedelta(hours=2), "UTC")
    env = _synced_env(sim, tmp_path)
    rid = confirmed_ids(sim, 1)[0]
    opens = as_read(start - timedelta(minutes=60), now)

    proc, [verdict] = _checkin(env, rid)
    assert verdict["verdict"] == "not_open", proc.stdout
    assert verdict["doors_open"] == opens and verdict["message"] == f"Doors open at {opens}"
    assert proc.returncode == 1  # not admitted
    again = run(["checkin", rid], env)  # nothing was recorded: it is still not open, not "already in"
    assert again.stdout.startswith("NOT_OPEN") and f"Doors open at {opens}" in again.stdout

    proc, [verdict] = _checkin(env, "--anyway", rid)
    assert verdict["verdict"] == "admit" and proc.returncode == 0
    run(["push"], env, check=True)
    assert sim.status_of(rid) == "ATTENDED"


def test_the_doors_open_lead_is_a_setting(sim, tmp_path):
    start = _now() + timedelta(hours=3)
    sim.set_event_times(sim.main_event_id, start, start + timedelta(hours=2), "UTC")
    env = _synced_env(sim, tmp_path, KIOSK_DOORS_OPEN_MIN="240")
    proc, [verdict] = _checkin(env, confirmed_ids(sim, 1)[0])
    assert verdict["verdict"] == "admit", proc.stdout
    bad = run(["checkin", "reg_x"], {**env, "KIOSK_DOORS_OPEN_MIN": "-5"})
    assert bad.returncode == 2 and "KIOSK_DOORS_OPEN_MIN" in bad.stderr


def test_an_event_in_another_zone_says_which_zone(sim, tmp_path):
    start = (_now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    sim.set_event_times(sim.main_event_id, start, None, "Asia/Tokyo")
    env = _synced_env(sim, tmp_path)
    _, [verdict] = _checkin(env, confirmed_ids(sim, 1)[0])
    assert verdict["verdict"] == "not_open"
    assert verdict["doors_open"].endswith("Asia/Tokyo")
    tokyo = (start - timedelta(hours=1)).astimezone(__import__("zoneinfo").ZoneInfo("Asia/Tokyo"))
    assert tokyo.strftime("%H:%M") in verdict["doors_open"]


def test_after_the_end_the_ticket_is_admitted_with_a_warning_for_staff(sim, tmp_path):
    end = (_now() - timedelta(minutes=30)).replace(second=0, microsecond=0)
    sim.set_event_times(sim.main_event_id, end - timedelta(hours=3), end, "UTC")
    env = _synced_env(sim, tmp_path)
    rid = confirmed_ids(sim, 1)[0]
    proc = run(["checkin", rid], env)
    assert proc.returncode == 0 and proc.stdout.startswith("ADMIT")
    assert f"warning: the event ended at {end.strftime('%H:%M')}" in proc.stdout


def test_a_door_clock_that_is_hours_fast_still_keeps_the_doors_shut(sim, tmp_path):
    """The door's clock says the doors opened long ago; the server's ``Date`` says they have
    not: after one answer from the server the door goes by the server's clock."""
    start = _now() + timedelta(hours=3)
    sim.set_event_times(sim.main_event_id, start, start + timedelta(hours=2), "UTC")
    fast = FakeClock(_now().timestamp() + 5 * 3600)
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                        request_timeout_s=5)
    door = Door(Store(tmp_path / "data", clock=fast), settings, make_client(sim, clock=fast),
                clock=fast)
    try:
        assert door.pull().complete
        verdict = door.checkin(confirmed_ids(sim, 1)[0])
        assert verdict.kind == "not_open", verdict
    finally:
        door.close()
