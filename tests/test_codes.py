import json

import pytest

from kiosk.codes import MAX_CODE_LENGTH, InvalidCode, ParsedCode, parse_code, ticket_payload


@pytest.mark.parametrize(
    "code, expected",
    [
        ("reg_abc123", ParsedCode("reg_abc123")),
        ("  reg_abc123\r\n", ParsedCode("reg_abc123")),
        ("https://webkasa.app/t/evt_9/reg_abc", ParsedCode("reg_abc", "evt_9", "url")),
        ("https://x.test/c?registration_id=reg_9&event_id=evt_2", ParsedCode("reg_9", "evt_2", "url")),
        ("http://x.test/checkin?id=reg_q", ParsedCode("reg_q", None, "url")),
        ("www.webkasa.app/r/reg_zz", ParsedCode("reg_zz", None, "url")),
        ('{"id": "reg_5"}', ParsedCode("reg_5", None, "json")),
        ('{"registration_id": "reg_5", "event_id": "evt_1"}', ParsedCode("reg_5", "evt_1", "json")),
        ("WEBKASA reg_77 evt_3", ParsedCode("reg_77", "evt_3", "text")),
        ("reg_1;evt_2", ParsedCode("reg_1", "evt_2", "text")),
    ],
)
def test_accepted_formats(code, expected):
    assert parse_code(code) == expected


def test_own_tickets_round_trip_with_event():
    payload = ticket_payload("reg_abc", "evt_xyz")
    assert json.loads(payload) == {"registration_id": "reg_abc", "event_id": "evt_xyz"}
    assert parse_code(payload) == ParsedCode("reg_abc", "evt_xyz", "json")


@pytest.mark.parametrize(
    "code",
    [
        "",
        "   ",
        "hello",
        "reg_",
        "reg_1' OR 1=1--",
        "reg_%",
        "reg_*",
        "'; DROP TABLE registrations; --",
        "[1, 2]",
        '{"id": 5}',
        '{"id": "reg_1\\u0000"}',
        "{" * 5000,
        "x" * (MAX_CODE_LENGTH + 1),
        "\x00\x01\x02",
        "https://evil.test/?id=../../etc/passwd",
        "ｒｅｇ＿１２３",  # full-width look-alike
        "reg_ab\u202ecd",  # right-to-left override inside
        "🎟️🎟️🎟️",
    ],
)
def test_hostile_codes_are_invalid(code):
    with pytest.raises(InvalidCode) as info:
        parse_code(code)
    assert str(info.value)  # a message for the screen


def test_binary_input_is_decoded_safely():
    assert parse_code(b"reg_abc") == ParsedCode("reg_abc")
    with pytest.raises(InvalidCode):
        parse_code(b"\xff\xfe\x00garbage")
    with pytest.raises(InvalidCode):
        parse_code(b"r" * (MAX_CODE_LENGTH + 1))


def test_deeply_nested_json_is_refused_not_crashing():
    with pytest.raises(InvalidCode):
        parse_code("[" * 1500 + "]" * 1500)
