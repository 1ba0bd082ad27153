"""The first-run wizard's "Join a door nearby" (issue 21): the invitation QR shown by another
door, read by this computer's camera code path (a video file as the camera, as in
test_camera_flow.py), the copy taken over loopback from that door's real peer port, and a
door that answers codes at once, with no WebKasa and no key typed."""

from __future__ import annotations

import cv2

from kiosk import secrets
from kiosk.models import VerdictKind
from kiosk.peers import joining
from kiosk.peers.node import PeerNode
from kiosk.settings import Settings, load
from kiosk.ui.setup_wizard import SetupWizard
from scan_helpers import scene, write_video
from ui_helpers import EVENT, make_local_door

KEY = "wk_live_handed_over_12345"


def colour(frame):
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR) if frame.ndim == 2 else frame


def inviting_door(tmp_path):
    door = make_local_door(tmp_path / "inviter", peer_bind="127.0.0.1")
    node = PeerNode(door, b"s" * 32, port=0, host="127.0.0.1").start()
    node.api_key = KEY
    door.peers = node
    made = joining.invite(door.store, door.event_id, [f"127.0.0.1:{node.port}"])
    return door, made.text


def wizard_on_join_page(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "data", Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.has_keyring is not None, timeout=10_000)
    wizard.connection.passphrase.setText("staff passphrase 123")  # used when no keyring
    wizard.connection.join_button.click()
    assert wizard.currentPage() is wizard.join_page
    return wizard


def test_joining_a_door_nearby_reads_its_qr_with_the_camera_and_opens_a_ready_door(
        qtbot, tmp_path, memory_keyring):
    inviter, text = inviting_door(tmp_path)
    try:
        plan = [None] * 5 + ["reg_ada"] * 8 + [None] * 3 + [text] * 30
        frames = [colour(scene(t, size=(640, 480), code_px=300, seed=i))
                  for i, t in enumerate(plan)]
        video = write_video(tmp_path / "invitation.avi", frames, fps=30)
        wizard = wizard_on_join_page(qtbot, tmp_path)
        page = wizard.join_page
        with qtbot.waitSignal(page.joined, timeout=60_000):
            page.scan(str(video))  # the ticket in view first is not an invitation: ignored
        assert page.code.text() == text
        assert "Registrations copied: 5" in page.progress.text()
        assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
        assert not page.camera.running
        wizard.accept()
        assert load(tmp_path / "data").event_id == EVENT.id
        assert secrets.get_api_key(load(tmp_path / "data").api_url) == KEY
        assert wizard.door.checkin("reg_alan").kind is VerdictKind.ADMIT
    finally:
        inviter.close()


def test_a_typed_code_that_was_used_says_so_and_the_wizard_does_not_finish(
        qtbot, tmp_path, memory_keyring):
    inviter, text = inviting_door(tmp_path)
    try:
        joining.join(tmp_path / "first", text)  # another door took it
        wizard = wizard_on_join_page(qtbot, tmp_path)
        page = wizard.join_page
        page.code.setText(text)
        with qtbot.waitSignal(page.failed, timeout=30_000):
            page.join_button.click()
        assert page.progress.text() == ("Not joined: this invitation was used already: make a "
                                        "new one")
        assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
        assert wizard.door is None
        page.code.setText("not a code")
        page.join_button.click()
        assert page.progress.text().startswith("Not an invitation")
        wizard.reject()
    finally:
        inviter.close()
