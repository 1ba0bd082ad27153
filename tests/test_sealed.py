"""Sealed boxes (kiosk.peers.sealed): what opens, and everything that must not."""

from __future__ import annotations

import zlib

import pytest

from kiosk.peers import sealed

SECRET = b"s" * 32


def test_a_box_opens_with_its_key_and_context_only() -> None:
    key = sealed.box_key(SECRET, "server-copy")
    box = sealed.seal(key, b"Ada Lovelace <ada@example.org>", b"evt_1")
    assert b"Ada" not in box and b"example.org" not in box
    assert sealed.open_box(key, box, b"evt_1") == b"Ada Lovelace <ada@example.org>"
    with pytest.raises(sealed.Unsealable):
        sealed.open_box(key, box, b"evt_2")  # replayed into another event
    with pytest.raises(sealed.Unsealable):
        sealed.open_box(sealed.box_key(SECRET, "invitation"), box, b"evt_1")  # other purpose
    with pytest.raises(sealed.Unsealable):
        sealed.open_box(sealed.box_key(b"t" * 32, "server-copy"), box, b"evt_1")


@pytest.mark.parametrize("damage", [
    lambda box: box[:-1],
    lambda box: box[:10],
    lambda box: b"",
    lambda box: bytes([box[0] + 1]) + box[1:],
    lambda box: box[:20] + bytes([box[20] ^ 1]) + box[21:],
])
def test_a_changed_or_cut_box_does_not_open(damage) -> None:  # type: ignore[no-untyped-def]
    key = sealed.box_key(SECRET, "server-copy")
    with pytest.raises(sealed.Unsealable):
        sealed.open_box(key, damage(sealed.seal(key, b"x" * 1000)))


def test_a_box_that_inflates_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed, "MAX_OPENED", 1000)
    key = sealed.box_key(SECRET, "server-copy")
    assert sealed.open_box(key, sealed.seal(key, b"a" * 1000)) == b"a" * 1000
    with pytest.raises(sealed.Unsealable):
        sealed.open_box(key, sealed.seal(key, b"a" * 1001))


def test_two_seals_of_one_text_differ_and_compress() -> None:
    key = sealed.box_key(SECRET, "server-copy")
    text = b"registration row " * 1000
    one, two = sealed.seal(key, text), sealed.seal(key, text)
    assert one != two
    assert len(one) < len(zlib.compress(text)) + 64 < len(text)
