"""Settings checked wherever they come from (issue 19): the environment, the settings file,
the flags. A value of the wrong type or out of its range, or an API URL that is no URL, is a
one-line usage error (exit 2) naming the setting, at once: never ignored, never a traceback,
never "cannot reach the server" after retries. Real ``kiosk`` processes on the simulator."""

from __future__ import annotations

import json

import pytest

from kiosk_cli import confirmed_ids, run


def _usage_error(proc, *words: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, proc.stderr
    for word in words:
        assert word in errors[0], proc.stderr


@pytest.mark.parametrize("variable, value", [
    ("KIOSK_REQUEST_DEADLINE_S", "abc"),
    ("KIOSK_REQUEST_DEADLINE_S", "-1"),
    ("KIOSK_MAX_ANSWER_MB", "0"),
    ("KIOSK_SYNC_INTERVAL_S", "1.5"),
    ("KIOSK_PEER_DISCOVERY", "maybe"),
    ("KIOSK_PIN_IDLE_S", "0"),
])
def test_a_setting_from_the_environment_of_the_wrong_type_or_range_is_refused(
        env, variable, value):
    _usage_error(run(["sync", "--no-push"], {**env, variable: value}), variable)


@pytest.mark.parametrize("variable, value", [
    ("KIOSK_PEER_PORT", "-1"),
    ("KIOSK_PEERS", ":::::"),
    ("KIOSK_PEERS", "door2"),
    ("KIOSK_PEER_BIND", "every-interface"),
])
def test_a_door_pipe_with_a_bad_peer_setting_is_refused_in_one_line(env, sim, variable, value):
    run(["sync", "--no-push"], env, check=True)
    out = run(["checkin", "--stdin", "--json"], {**env, variable: value},
              input=confirmed_ids(sim, 1)[0] + "\n")
    _usage_error(out, variable)


def test_a_bad_value_in_the_settings_file_is_refused_naming_it(env, sim, tmp_path):
    run(["sync", "--no-push"], env, check=True)
    (tmp_path / "data" / "settings.json").write_text(
        json.dumps({"version": 1, "peer_port": 70000}), encoding="utf-8")
    out = run(["checkin", "--stdin"], env, input=confirmed_ids(sim, 1)[0] + "\n")
    _usage_error(out, "peer_port", "settings.json")


def test_good_settings_from_the_environment_still_apply(env):
    out = run(["sync", "--no-push"], {**env, "KIOSK_REQUEST_DEADLINE_S": " 12.5 ",
                                      "KIOSK_PEERS": "127.0.0.1:9,[::1]:8470",
                                      "KIOSK_PEER_DISCOVERY": "off"})
    assert out.returncode == 0, out.stderr


BAD_URLS = ["htp://127.0.0.1:8765", "127.0.0.1:8765", "http://[::1", "http://127.0.0.1:99999"]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("source", ["flag", "environment", "settings file"])
def test_a_malformed_api_url_is_a_usage_error_at_once(env, tmp_path, url, source):
    if source == "flag":
        out = run(["sync", "--api-url", url], env)
        named = "--api-url"
    elif source == "environment":
        out = run(["sync"], {**env, "KIOSK_API_URL": url})
        named = "KIOSK_API_URL"
    else:
        (tmp_path / "data").mkdir()
        (tmp_path / "data" / "settings.json").write_text(
            json.dumps({"version": 1, "api_url": url}), encoding="utf-8")
        out = run(["sync"], {k: v for k, v in env.items() if k != "KIOSK_API_URL"})
        named = "api_url"
    _usage_error(out, named, url)
