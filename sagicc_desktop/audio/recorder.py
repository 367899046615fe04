"""Recording a voice note from the microphone into an OGG/Opus file (WAV when Opus cannot be had).

Two threads, neither of them the GUI's:
- PortAudio's callback thread runs `_callback`, which only copies each block into a queue and
  counts input overflows. It must never wait, or the device drops sound.
- A writer thread drains the queue into the file (soundfile), measures the level for the
  meter, stops at the time limit, and notices a device that went away (the stream ended
  without being asked, or no sound arrived for STALL_S seconds).
Whatever was written before a failure stays in the file: stop() (or `result` after a self-stop)
hands it over with the reason the recording ended. Qt-free; audio/qt_bridge.py polls it.
"""

from __future__ import annotations

import datetime as dt
import math
import queue
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from . import devices
from .errors import (
    DEVICE_LOST, NO_DEVICE, WRITE_FAILED, AudioError, from_portaudio,
)

OPUS_RATES = (8_000, 12_000, 16_000, 24_000, 48_000)
OGG_MIME, WAV_MIME = "audio/ogg", "audio/wav"

# Why a recording ended (RecordingResult.stopped_reason).
STOPPED = "stopped"          # the user stopped it
TIME_LIMIT = "time_limit"    # it reached the time limit
LOST = "device_lost"         # the device went away; what came before is kept
WRITE_ERROR = "write_failed"  # the disk refused; what was written before is kept

_STOP = object()  # queue sentinel put by stop() once the stream has delivered its last block


@dataclass(frozen=True)
class RecordingResult:
    path: Path
    mime_type: str        # "audio/ogg" (Opus) or "audio/wav"
    duration_s: float
    overflows: int        # blocks the device dropped because nobody read them in time
    stopped_reason: str   # STOPPED, TIME_LIMIT, LOST or WRITE_ERROR
    samplerate: int
    peak: float           # loudest sample, 0..1; 0.0 means only silence arrived


def level_from_rms(rms: float) -> float:
    """Meter position 0..1 for an RMS value: -60 dBFS and below is 0, full scale is 1."""
    if rms <= 1e-6:
        return 0.0
    return min(1.0, max(0.0, (20.0 * math.log10(rms) + 60.0) / 60.0))


class Recorder:
    """One recording at a time into `folder`. Call start(), then stop(); read level,
    elapsed_s, is_recording and error meanwhile from any thread."""

    STALL_S = 5.0

    def __init__(self, folder: str | Path, device: int | str | None = None, time_limit_s: float = 120.0,
                 samplerate: int = 48_000, opus: bool = True, prefix: str = "voice-note") -> None:
        self.folder = Path(folder)
        self.device = device
        self.time_limit_s = float(time_limit_s)
        self.samplerate = int(samplerate)
        self.opus = opus
        self.prefix = prefix
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stream = None
        self._file: sf.SoundFile | None = None
        self._writer: threading.Thread | None = None
        self._ended = threading.Event()     # PortAudio's finished callback ran
        self._stopping = False
        self._recording = False
        self._rate = self.samplerate
        self._path: Path | None = None
        self._mime = OGG_MIME
        self._frames = 0
        self._overflows = 0
        self._level = 0.0
        self._peak = 0.0
        self._started_at = 0.0
        self._first_block_at: float | None = None
        self._result: RecordingResult | None = None
        self._error: AudioError | None = None
        self._reason: str | None = None

    # -- what the screens read --------------------------------------------------------------
    @property
    def is_recording(self) -> bool:
        return self._recording

    @property
    def level(self) -> float:
        """Loudness of the latest block for a meter, 0..1 on a -60..0 dBFS scale."""
        return self._level if self._recording else 0.0

    @property
    def elapsed_s(self) -> float:
        """Seconds of sound written so far."""
        return self._frames / self._rate if self._rate else 0.0

    @property
    def overflows(self) -> int:
        return self._overflows

    @property
    def error(self) -> AudioError | None:
        """Why recording failed or ended early (code and detail); None when all went well."""
        return self._error

    @property
    def result(self) -> RecordingResult | None:
        """The finished recording once it has ended (by stop() or by itself)."""
        return self._result

    @property
    def first_block_at(self) -> float | None:
        """time.perf_counter() when the first block of sound arrived; None before."""
        return self._first_block_at

    @property
    def start_latency_s(self) -> float | None:
        """Time from start() to the first block of sound arriving; None before it arrives."""
        if self._first_block_at is None:
            return None
        return self._first_block_at - self._started_at

    # -- control ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the device and start capturing. False (with `error` set) when it cannot."""
        if self._recording:
            raise RuntimeError("already recording")
        self._reset()
        self._started_at = time.perf_counter()
        try:
            self._open_stream()
        except AudioError as exc:
            self._error = exc
            return False
        try:
            self._open_file()
        except AudioError as exc:
            self._close_stream(abort=True)
            self._error = exc
            return False
        self._recording = True
        self._writer = threading.Thread(target=self._write_loop, name="voice-note-writer", daemon=True)
        self._writer.start()
        try:
            self._stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudioError and host errors alike
            self._error = from_portaudio(exc)
            self._stopping = True
            self._queue.put(_STOP)
            self._writer.join()
            self._close_stream(abort=True)
            return False
        return True

    def stop(self) -> RecordingResult | None:
        """End the recording and return it (None when nothing was captured, see `error`).
        Calling it after the recording stopped by itself returns that result."""
        writer = self._writer
        if writer is None:
            return self._result
        if writer.is_alive():
            self._stopping = True
            self._close_stream(abort=False)  # delivers the blocks still in the device first
            self._queue.put(_STOP)
        writer.join()
        return self._result

    # -- inside -----------------------------------------------------------------------------
    def _open_stream(self) -> None:
        sd = devices.portaudio()
        if not devices.input_devices():
            raise AudioError(NO_DEVICE, "no input device")
        kwargs = dict(device=self.device, channels=1, dtype="float32", callback=self._callback,
                      finished_callback=self._ended.set)
        try:
            stream = sd.InputStream(samplerate=self.samplerate, **kwargs)
        except sd.PortAudioError as exc:
            if "sample rate" not in str(exc).lower():
                raise from_portaudio(exc) from exc
            # The device refuses our rate: record at its own (the file becomes WAV unless
            # Opus accepts that rate too).
            try:
                rate = int(sd.query_devices(self.device, "input")["default_samplerate"])
                stream = sd.InputStream(samplerate=rate, **kwargs)
            except (sd.PortAudioError, ValueError) as again:
                raise from_portaudio(again) from again
        except ValueError as exc:  # sounddevice: no device matching the name or index
            raise from_portaudio(exc) from exc
        self._rate = int(stream.samplerate)
        self._stream = stream
        devices.stream_opened()

    def _open_file(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = f"{self.prefix}-{dt.datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
        if self.opus and self._rate in OPUS_RATES:
            path = self.folder / f"{stem}.ogg"
            try:
                self._file = sf.SoundFile(path, "w", samplerate=self._rate, channels=1,
                                          format="OGG", subtype="OPUS")
                self._path, self._mime = path, OGG_MIME
                return
            except (sf.LibsndfileError, RuntimeError, TypeError, ValueError):
                path.unlink(missing_ok=True)  # a refused Opus writer leaves an empty file
        path = self.folder / f"{stem}.wav"
        try:
            self._file = sf.SoundFile(path, "w", samplerate=self._rate, channels=1,
                                      format="WAV", subtype="PCM_16")
        except (sf.LibsndfileError, RuntimeError, OSError) as exc:
            raise AudioError(WRITE_FAILED, str(exc)) from exc
        self._path, self._mime = path, WAV_MIME

    def _callback(self, indata, frames, time_info, status) -> None:  # PortAudio's thread
        if self._first_block_at is None:
            self._first_block_at = time.perf_counter()
        if status.input_overflow:
            self._overflows += 1
        self._queue.put(indata.copy())

    def _close_stream(self, abort: bool) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is None:
            return
        try:
            if abort:
                stream.abort()
            else:
                stream.stop()
        except Exception:  # noqa: BLE001 - a lost device may refuse to stop; closing still frees it
            pass
        try:
            stream.close()
        except Exception:  # noqa: BLE001
            pass
        devices.stream_closed()

    def _write_loop(self) -> None:  # the writer thread
        limit = int(round(self.time_limit_s * self._rate)) if self.time_limit_s > 0 else None
        last_block = time.perf_counter()
        reason, detail = None, ""
        while reason is None:
            try:
                block = self._queue.get(timeout=0.05)
            except queue.Empty:
                block = None
            if block is _STOP:
                reason = STOPPED
                break
            if block is not None:
                last_block = time.perf_counter()
                reason, detail = self._write(block, limit)
                continue
            if self._stopping:
                continue  # stop() is delivering the last blocks, then the sentinel
            if self._ended.is_set():
                reason, detail = LOST, "the input stream ended"
            elif time.perf_counter() - last_block > self.STALL_S:
                reason, detail = LOST, f"no sound arrived for {self.STALL_S:.0f} s"
        if reason != STOPPED:
            self._close_stream(abort=True)
        if reason == LOST:  # blocks captured before the device went keep their place
            while True:
                try:
                    block = self._queue.get_nowait()
                except queue.Empty:
                    break
                if block is not _STOP and self._write(block, limit)[0] not in (None, LOST):
                    break
            self._error = AudioError(DEVICE_LOST, detail)
        self._finish(reason)

    def _write(self, block: np.ndarray, limit: int | None) -> tuple[str | None, str]:
        final = False
        if limit is not None and self._frames + len(block) >= limit:
            block, final = block[: limit - self._frames], True
        try:
            self._file.write(block)
        except Exception as exc:  # noqa: BLE001 - disk full, file removed ...
            self._error = AudioError(WRITE_FAILED, str(exc))
            return WRITE_ERROR, str(exc)
        self._frames += len(block)
        if len(block):
            self._level = level_from_rms(float(np.sqrt(np.mean(np.square(block)))))
            self._peak = max(self._peak, float(np.max(np.abs(block))))
        return (TIME_LIMIT, "") if final else (None, "")

    def _finish(self, reason: str) -> None:
        try:
            self._file.close()
        except Exception as exc:  # noqa: BLE001
            if self._error is None:
                self._error = AudioError(WRITE_FAILED, str(exc))
        if self._frames == 0:
            self._path.unlink(missing_ok=True)
            self._result = None
        else:
            self._result = RecordingResult(
                path=self._path, mime_type=self._mime, duration_s=self._frames / self._rate,
                overflows=self._overflows, stopped_reason=reason, samplerate=self._rate,
                peak=min(1.0, self._peak))
        self._reason = reason
        self._level = 0.0
        self._recording = False
