"""Running the real ``kiosk`` command in a subprocess, as the command-line tests do."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

NULL_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
"""A process environment without a system keyring: nothing is stored or found there (the key
comes from the environment)."""

FAILING_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
"""A keyring that fails on use, as keyring picks on Linux without Secret Service."""


def run(args, env=None, *, input=None, cwd=None, check=False, timeout=120):
    """``python -m kiosk ARGS``; with ``check``, a non-zero exit fails with its output."""
    proc = subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, input=input, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"{args}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def kiosk_env(sim, data_dir, **extra: str) -> dict[str, str]:
    """The environment of a door on ``sim``'s main event with its data in ``data_dir`` (no
    system keyring: the key comes from the environment)."""
    return {**os.environ, "KIOSK_API_URL": sim.url, "KIOSK_API_KEY": sim.api_key,
            "KIOSK_EVENT": sim.main_event_id, "KIOSK_DATA_DIR": str(data_dir),
            **NULL_KEYRING, **extra}


def confirmed_rows(sim, n: int) -> list[dict]:
    """The first ``n`` CONFIRMED registrations of ``sim``'s main event, as the API sends them."""
    return sim.registrations(sim.main_event_id, "CONFIRMED")[:n]


def confirmed_ids(sim, n: int) -> list[str]:
    """The ids of :func:`confirmed_rows`."""
    return [r["id"] for r in confirmed_rows(sim, n)]


def on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[str, subprocess.Popen]:
    """``kiosk ARGS`` with stderr on a pseudo-terminal: (what the terminal got, the process)."""
    main, child = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=child,
                                text=True)
        os.close(child)
        child = -1
        terminal = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # EIO: the program's side is closed and everything was read
                break
            if not chunk:
                break
            terminal += chunk
        proc.wait(timeout=120)
    finally:
        os.close(main)
        if child != -1:
            os.close(child)
    return terminal.decode(errors="replace"), proc
