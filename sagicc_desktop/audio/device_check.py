"""Checking devices in the preferences: a microphone level meter that records nothing, and a
short test sound to play through the chosen output."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from . import devices
from .errors import NO_DEVICE, AudioError, from_portaudio
from .recorder import level_from_rms

TEST_TONE_HZ = (440.0, 660.0)


class InputMeter:
    """Listens to a microphone and keeps the level of the latest block (0..1, as the
    recorder's meter). The callback only computes one RMS value of a small block."""

    def __init__(self) -> None:
        self._stream = None
        self._level = 0.0
        self._blocks = 0
        self.error: AudioError | None = None

    @property
    def level(self) -> float:
        return self._level

    @property
    def blocks(self) -> int:
        """Blocks heard so far: 0 means the device has sent nothing yet."""
        return self._blocks

    @property
    def is_running(self) -> bool:
        return self._stream is not None and self._stream.active

    def start(self, device: int | str | None = None) -> bool:
        """Start listening; False with `error` set when the microphone cannot be opened."""
        self.stop()
        self.error = None
        try:
            sd = devices.portaudio()
            if not devices.input_devices():
                raise AudioError(NO_DEVICE, "no input device")
            try:
                stream = sd.InputStream(device=device, channels=1, dtype="float32", callback=self._callback)
                stream.start()
            except (sd.PortAudioError, ValueError) as exc:
                raise from_portaudio(exc) from exc
        except AudioError as exc:
            self.error = exc
            return False
        self._stream = stream
        devices.stream_opened()
        return True

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        self._level = 0.0
        if stream is None:
            return
        try:
            stream.abort()
            stream.close()
        except Exception:  # noqa: BLE001 - a lost device is released either way
            pass
        devices.stream_closed()

    def _callback(self, indata, frames, time_info, status) -> None:  # PortAudio's thread
        self._level = level_from_rms(float(np.sqrt(np.mean(np.square(indata)))))
        self._blocks += 1


def write_test_sound(path: str | Path, seconds: float = 1.2, rate: int = 48_000) -> Path:
    """A soft two-note chime (440 Hz then 660 Hz) with fades, as a WAV file."""
    path = Path(path)
    half = int(seconds * rate / 2)
    t = np.arange(half) / rate
    fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.03)
    notes = [0.4 * np.sin(2 * np.pi * hz * t) * fade for hz in TEST_TONE_HZ]
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, np.concatenate(notes).astype(np.float32), rate, subtype="PCM_16")
    return path
