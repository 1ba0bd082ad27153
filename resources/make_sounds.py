"""Generate the door's sounds (stdlib only): ``python resources/make_sounds.py``.

admit.wav: two rising tones, short and friendly. refuse.wav: a low double buzz.
look.wav: one middle tone. 16-bit mono, 22.05 kHz, a few KB each.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    fade = max(1, int(RATE * 0.01))
    out = []
    for i in range(n):
        x = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            x = 0.6 if x >= 0 else -0.6
        env = min(1.0, i / fade, (n - i) / fade)
        out.append(x * volume * env)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    HERE.mkdir(parents=True, exist_ok=True)
    path = HERE / name
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    return path


def main() -> None:
    write("admit.wav", tone(880, 0.09) + silence(0.02) + tone(1320, 0.14))
    write("look.wav", tone(660, 0.18))
    write("refuse.wav", tone(180, 0.16, square=True) + silence(0.06) + tone(180, 0.22, square=True))
    for path in sorted(HERE.glob("*.wav")):
        print(path.name, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
