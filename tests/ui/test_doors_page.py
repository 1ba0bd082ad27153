"""Settings → Doors (issue 21) on the real dialog: the invitation a person sees (its QR code
read back by the kiosk's own decoder), a real ``kiosk join`` process joining with it, and
removing a door from the list."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cv2

from kiosk.peers.node import PeerNode
from kiosk.scan.decoders import make_decoder
from kiosk_cli import NULL_KEYRING
from ui_helpers import admitted_at_another_door, make_local_door


def open_doors_tab(qtbot, door, tmp_path):
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(door.settings, tmp_path, door=door)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._tabs.setCurrentWidget(dialog.doors_page)
    return dialog, dialog.doors_page


def linked(door, key: str | None = "key_handed_over_1234"):
    node = PeerNode(door, b"s" * 32, port=0, host="127.0.0.1").start()
    node.api_key = key
    door.peers = node
    return node


def test_an_invitation_on_the_doors_tab_is_read_from_its_qr_and_the_tab_says_it_joined(
        qtbot, tmp_path):
    door = make_local_door(tmp_path / "data", peer_bind="127.0.0.1")
    linked(door)
    try:
        dialog, page = open_doors_tab(qtbot, door, tmp_path)
        assert page.dialog_tab_text(dialog) == "Doors"
        with qtbot.waitSignal(page.invited, timeout=10_000):
            page.invite_button.click()
        picture = tmp_path / "qr.png"
        assert page.qr.pixmap().save(str(picture))
        read = make_decoder("zxing").decode(cv2.imread(str(picture), cv2.IMREAD_GRAYSCALE))
        assert [r.text for r in read] == [page.code.text()]
        assert "Valid for 9:5" in page.countdown.text() or "Valid for 10:00" in page.countdown.text()

        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        new = tmp_path / "new"
        env.update(NULL_KEYRING, KIOSK_DATA_DIR=str(new), KIOSK_KEY_PASSPHRASE="passphrase 12345")
        joining = subprocess.Popen([sys.executable, "-m", "kiosk", "join", read[0].text,
                                    "--json"], env=env, stdout=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: page.countdown.text() == "The new door has joined.",
                        timeout=60_000)
        assert json.loads(joining.communicate(timeout=60)[0])["registrations"] == 5
        assert page.qr.pixmap().isNull()  # a used code is no longer shown
        dialog.reject()
    finally:
        door.close()


def test_a_door_removed_on_the_doors_tab_is_marked_and_refused(qtbot, tmp_path):
    door = make_local_door(tmp_path / "data", peer_bind="127.0.0.1")
    admitted_at_another_door(door)  # Door 2 is known here
    try:
        dialog, page = open_doors_tab(qtbot, door, tmp_path)
        qtbot.waitUntil(lambda: page.doors.count() == 1)
        assert not page.invite_button.isEnabled()  # not linked: nothing would hand it out
        assert "cannot invite" in page.notice.text()
        page.doors.setCurrentRow(0)
        with qtbot.waitSignal(page.listed, timeout=10_000):
            page.remove_button.click()
        assert page.doors.item(0).text() == "Door 2 (removed)"
        assert door.journal.is_removed(page.doors.item(0).toolTip())
        dialog.reject()
    finally:
        door.close()
