"""Playing a sound file (OGG/Opus, OGG/Vorbis, WAV, FLAC) through a chosen output device.

Used by the voice-note recorder's Listen step and by the conversation's inline player. Qt-free:
audio/qt_bridge.PlayerBridge turns its state into signals for widgets.

How it works: play() reads the file's header at once (so a bad file fails there, with
AudioError("unreadable")), then a reader thread decodes the file block by block into one
array while PortAudio's callback copies from that array at the play position, sending
silence for any part not yet decoded. So playback starts after the first block, not after
the whole file, and seeking is moving an index. A voice note of two minutes is 23 MB of
float32 samples; files meant for this are short.

    player = Player(on_finished=lambda: ...)   # called on an audio thread at the end
    player.play(path, device=None)             # device: index, name or None (system default)
    player.pause(); player.resume(); player.seek(12.5); player.stop()
    player.position_s, player.duration_s, player.is_playing, player.error
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

from . import devices
from .errors import DEVICE_LOST, UNREADABLE, AudioError, from_portaudio

_BLOCK = 16_384


class Player:
    """One file at a time. All methods are meant for one controlling thread (the GUI's);
    the properties may be read from any thread."""

    def __init__(self, on_finished: Callable[[], None] | None = None) -> None:
        self.on_finished = on_finished
        self._stream = None
        self._reader: threading.Thread | None = None
        self._cancel = threading.Event()
        self._data = np.zeros((0, 1), dtype=np.float32)
        self._decoded = 0
        self._total = 0
        self._decode_done = False
        self._rate = 48_000
        self._pos = 0
        self._seek_to: int | None = None
        self._playing = False
        self._reached_end = False
        self._halting = False
        self._path: Path | None = None
        self._error: AudioError | None = None
        self._stop_signal: type[Exception] = StopIteration  # sounddevice.CallbackStop once loaded

    # -- state ----------------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_playing(self) -> bool:
        """True while sound is going out (not paused, not finished)."""
        return self._playing

    @property
    def at_end(self) -> bool:
        """True once the file has been played to its end."""
        return self._reached_end

    @property
    def position_s(self) -> float:
        pos = self._seek_to if self._seek_to is not None else self._pos
        return pos / self._rate if self._rate else 0.0

    @property
    def duration_s(self) -> float:
        return self._total / self._rate if self._rate else 0.0

    @property
    def error(self) -> AudioError | None:
        """Why playback failed or ended early; None when all is well."""
        return self._error

    # -- control --------------------------------------------------------------------------------
    def play(self, path: str | Path, device: int | str | None = None, start_s: float = 0.0) -> None:
        """Play `path` from `start_s` on `device`. Raises AudioError ("unreadable",
        "no_device", "open_failed", "permission_denied", "no_portaudio")."""
        self.stop()
        self._error = None
        path = Path(path)
        try:
            info = sf.info(str(path))
        except (sf.LibsndfileError, RuntimeError, OSError) as exc:
            raise AudioError(UNREADABLE, str(exc)) from exc
        sd = devices.portaudio()
        self._stop_signal = sd.CallbackStop
        if not devices.output_devices():
            raise AudioError("no_device", "no output device")
        try:
            max_channels = int(sd.query_devices(device, "output")["max_output_channels"])
        except (sd.PortAudioError, ValueError) as exc:
            raise from_portaudio(exc, input=False) from exc
        channels = info.channels if info.channels <= max_channels else 1
        stream, rate = self._open(sd, device, info.samplerate, channels)
        self._path = path
        self._rate = rate
        self._total = info.frames if info.frames > 0 and rate == info.samplerate else 0
        self._data = np.zeros((self._total, channels), dtype=np.float32)
        self._decoded = 0
        self._decode_done = False
        self._pos = max(0, int(start_s * rate))
        self._seek_to = None
        self._reached_end = False
        self._cancel = threading.Event()
        self._reader = threading.Thread(target=self._decode, args=(path, channels, info.samplerate, rate),
                                        name="audio-player-reader", daemon=True)
        self._reader.start()
        self._stream = stream
        devices.stream_opened()
        self._start_stream()

    def pause(self) -> None:
        if self._stream is None or not self._playing:
            return
        self._halt()

    def resume(self) -> None:
        """Go on from where playback paused; from the start again once it reached the end."""
        if self._stream is None or self._playing:
            return
        if not self._stream.stopped:  # it ran to the end: PortAudio wants it stopped first
            self._halt()
        if self._reached_end or (self._total and self._pos >= self._total and self._decode_done):
            self._pos, self._reached_end = 0, False
        self._start_stream()

    def stop(self) -> None:
        """Stop and let go of the device and the decoded sound."""
        stream, self._stream = self._stream, None
        if stream is not None:
            self._halting = True
            try:
                stream.abort()
                stream.close()
            except Exception:  # noqa: BLE001 - a lost device may refuse; it is released either way
                pass
            finally:
                self._halting = False
            devices.stream_closed()
        self._cancel.set()
        if self._reader is not None:
            self._reader.join()
            self._reader = None
        self._playing = False
        self._pos = 0
        self._seek_to = None
        self._path = None

    def seek(self, seconds: float) -> None:
        target = int(max(0.0, seconds) * self._rate)
        if self._total:
            target = min(target, self._total)
        self._reached_end = False
        if self._playing:
            self._seek_to = target
        else:
            self._pos = target

    # -- inside ---------------------------------------------------------------------------------
    def _open(self, sd, device, file_rate: int, channels: int):
        kwargs = dict(device=device, channels=channels, dtype="float32", callback=self._callback,
                      finished_callback=self._on_stream_finished)
        try:
            return sd.OutputStream(samplerate=file_rate, **kwargs), file_rate
        except sd.PortAudioError as exc:
            if "sample rate" not in str(exc).lower():
                raise from_portaudio(exc, input=False) from exc
        except ValueError as exc:
            raise from_portaudio(exc, input=False) from exc
        # The device refuses the file's rate: play at its own, resampling while decoding.
        try:
            rate = int(sd.query_devices(device, "output")["default_samplerate"])
            return sd.OutputStream(samplerate=rate, **kwargs), rate
        except (sd.PortAudioError, ValueError) as exc:
            raise from_portaudio(exc, input=False) from exc

    def _start_stream(self) -> None:
        try:
            self._stream.start()
        except Exception as exc:  # noqa: BLE001
            self._error = from_portaudio(exc, input=False)
            self._playing = False
            raise self._error from exc
        self._playing = True

    def _halt(self) -> None:
        self._halting = True
        try:
            self._stream.abort()
        except Exception:  # noqa: BLE001
            pass
        finally:
            self._halting = False
        if self._seek_to is not None:
            self._pos, self._seek_to = self._seek_to, None
        self._playing = False

    def _decode(self, path: Path, channels: int, file_rate: int, rate: int) -> None:  # reader thread
        try:
            with sf.SoundFile(str(path)) as f:
                if self._total and rate == file_rate:
                    for block in f.blocks(blocksize=_BLOCK, dtype="float32", always_2d=True):
                        if self._cancel.is_set():
                            return
                        block = _fit_channels(block, channels)
                        end = min(self._decoded + len(block), self._total)
                        self._data[self._decoded:end] = block[: end - self._decoded]
                        self._decoded = end
                    self._total = self._decoded  # a header may promise more than there is
                else:  # length unknown or resampling: decode it all, then hand it over
                    parts = [_fit_channels(b, channels) for b in
                             f.blocks(blocksize=_BLOCK, dtype="float32", always_2d=True)]
                    data = np.concatenate(parts) if parts else np.zeros((0, channels), np.float32)
                    if rate != file_rate and len(data):
                        data = _resample(data, file_rate, rate)
                    self._data, self._total, self._decoded = data, len(data), len(data)
        except (sf.LibsndfileError, RuntimeError, OSError):
            self._total = self._decoded  # play what could be read
        finally:
            self._decode_done = True

    def _callback(self, outdata, frames, time_info, status) -> None:  # PortAudio's thread
        if self._seek_to is not None:
            self._pos, self._seek_to = self._seek_to, None
        pos = self._pos
        n = max(0, min(frames, self._decoded - pos))
        if n:
            outdata[:n] = self._data[pos:pos + n]
        outdata[n:] = 0
        self._pos = pos + n
        if n < frames and self._decode_done and self._pos >= self._total:
            self._reached_end = True
            raise self._stop_signal()

    def _on_stream_finished(self) -> None:  # PortAudio's thread, after a stop of any kind
        if self._halting:
            return
        self._playing = False
        if self._reached_end:
            if self.on_finished is not None:
                self.on_finished()
        elif self._stream is not None:
            self._error = AudioError(DEVICE_LOST, "the output stream ended")


def _fit_channels(block: np.ndarray, channels: int) -> np.ndarray:
    if block.shape[1] == channels:
        return block
    return block.mean(axis=1, keepdims=True) if channels == 1 else np.repeat(block[:, :1], channels, axis=1)


def _resample(data: np.ndarray, src: int, dst: int) -> np.ndarray:
    """Linear interpolation: plenty for speech played back to check it."""
    n_out = int(round(len(data) * dst / src))
    x_old = np.arange(len(data)) / src
    x_new = np.arange(n_out) / dst
    return np.stack([np.interp(x_new, x_old, data[:, c]) for c in range(data.shape[1])],
                    axis=1).astype(np.float32)
