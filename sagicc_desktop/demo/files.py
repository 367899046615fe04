"""Small, real attachment files for the demo: PNG screenshots, WAV voice notes, CSV, text.

They are generated (no binary assets in the repository) yet valid, so previews, downloads and
voice-note playback work on them. Their bytes go into the content-addressed blob store.
"""

from __future__ import annotations

import io
import math
import random
import struct
import sys
import wave
import zlib
from array import array


def png_bytes(width: int, height: int, rng: random.Random) -> bytes:
    """A valid RGB PNG: a fake screenshot with a title bar and a few coloured blocks."""
    bar = (40, 90, 160)
    background = (245, 245, 245)
    blocks = [(rng.randrange(width - 8), rng.randrange(8, height - 6), rng.randint(6, 20),
               rng.randint(3, 6), tuple(rng.randint(60, 230) for _ in range(3))) for _ in range(6)]
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter type None
        for x in range(width):
            colour = bar if y < 6 else background
            for bx, by, bw, bh, bc in blocks:
                if bx <= x < bx + bw and by <= y < by + bh:
                    colour = bc
            raw += bytes(colour)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw)))
            + chunk(b"IEND", b""))


def voice_notes() -> dict[str, list[tuple[bytes, float]]]:
    """The demo's recorded voice notes (spoken sentences, OGG/Opus at 48 kHz) by language,
    each with its length in seconds; empty when the resources are not there."""
    import soundfile

    from ..resources import resources_dir

    folder = resources_dir() / "demo" / "voice-notes"
    found: dict[str, list[tuple[bytes, float]]] = {}
    for path in sorted(folder.glob("*.ogg")) if folder.is_dir() else []:
        language = path.stem.split("-", 1)[0]
        found.setdefault(language, []).append((path.read_bytes(), soundfile.info(str(path)).duration))
    return found


def wav_bytes(seconds: float, rng: random.Random, rate: int = 8000) -> bytes:
    """A mono 16-bit WAV with a pulsing tone, standing in for a recorded voice note."""
    base = rng.uniform(140, 260)
    step = 2 * math.pi * base / rate
    pulse = 2 * math.pi * 3 / rate
    second = array("h", (int(9000 * (0.5 + 0.5 * math.sin(pulse * n)) * math.sin(step * n))
                         for n in range(rate)))
    frames = second * max(1, int(seconds))
    if sys.byteorder == "big":
        frames.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames.tobytes())
    return out.getvalue()


def statement_csv(rng: random.Random, language: str, account: str) -> bytes:
    """A billing statement with a duplicated line, as a customer would send to claim it."""
    es = language == "es"
    head = "fecha;concepto;valor\n" if es else "date,description,amount\n"
    sep = ";" if es else ","
    lines = [head]
    month = rng.randint(1, 12)
    charge = rng.choice([89900, 119900, 64900]) if es else rng.choice([59.99, 79.99, 45.00])
    items = [("Cargo mensual del plan" if es else "Monthly plan charge", charge),
             ("Cargo mensual del plan" if es else "Monthly plan charge", charge),
             ("IVA" if es else "Tax", round(charge * (0.19 if es else 0.08), 2))]
    for day, (label, value) in enumerate(items, start=1):
        lines.append(f"2024-{month:02d}-{day:02d}{sep}{label}{sep}{value}\n")
    lines.append(f"{'cuenta' if es else 'account'}{sep}{account}{sep}\n")
    return "".join(lines).encode("utf-8")


def speed_test_txt(rng: random.Random, language: str) -> bytes:
    es = language == "es"
    title = "Pruebas de velocidad" if es else "Speed tests"
    rows = [f"{title}\n", "=" * len(title) + "\n"]
    for hour in (19, 20, 21, 22):
        down, up = rng.uniform(4, 25), rng.uniform(1, 10)
        rows.append(f"{hour}:00  {'bajada' if es else 'down'} {down:5.1f} Mbps  "
                    f"{'subida' if es else 'up'} {up:4.1f} Mbps  ping {rng.randint(20, 140)} ms\n")
    return "".join(rows).encode("utf-8")


def visit_report_txt(rng: random.Random, language: str, number: int) -> bytes:
    if language == "es":
        who = rng.choice(["J. Pérez", "M. Ríos"])
        text = (f"Acta de visita técnica · caso #{number}\n\nTécnico: {who}\n"
                "Se cambió el conector óptico y se verificó la señal (-18 dBm).\n"
                "El cliente firma conforme.\n")
    else:
        who = rng.choice(["J. Reed", "M. Stone"])
        text = (f"Technician visit report · case #{number}\n\nTechnician: {who}\n"
                "Replaced the fibre connector and checked the signal (-18 dBm).\n"
                "Customer signed off.\n")
    return text.encode("utf-8")
