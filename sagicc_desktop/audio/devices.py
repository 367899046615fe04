"""The sound devices the system offers, as plain values, and finding a stored choice again.

Preferences store a device by name (indices change when devices come and go); resolve_input
and resolve_output turn the name back into an index for this run, falling back to the system
default with a reason when the stored device is gone. sounddevice is imported lazily: without
the PortAudio library (Linux without libportaudio2) the rest of the program still starts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import ModuleType

from .errors import NO_DEVICE, NO_PORTAUDIO, AudioError

# Streams open right now (recorders and players): PortAudio may only be re-initialised, to see
# devices plugged in since the start, while none is open.
_open_lock = threading.Lock()
_open_streams = 0


def portaudio() -> ModuleType:
    """The sounddevice module; AudioError("no_portaudio") when PortAudio cannot be loaded."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError when libportaudio is missing
        raise AudioError(NO_PORTAUDIO, str(exc)) from exc
    return sounddevice


def stream_opened() -> None:
    global _open_streams
    with _open_lock:
        _open_streams += 1


def stream_closed() -> None:
    global _open_streams
    with _open_lock:
        _open_streams = max(0, _open_streams - 1)


def rescan() -> bool:
    """Re-read the device list (PortAudio only enumerates at start-up). Skipped, returning
    False, while any recorder or player has a stream open, since that would cut it off."""
    sd = portaudio()
    with _open_lock:
        if _open_streams:
            return False
        sd._terminate()
        sd._initialize()
    return True


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    input_channels: int
    output_channels: int
    default_samplerate: float
    is_default: bool


@dataclass(frozen=True)
class ResolvedDevice:
    """What to open: `index` None means the system default. `fallback_reason` says why the
    stored choice was not used ("missing": it is gone; "no_device": there is none at all)."""

    index: int | None
    name: str
    fallback_reason: str | None = None
    wanted: str = ""


def _all(kind: str) -> list[AudioDevice]:
    sd = portaudio()
    try:
        raw = sd.query_devices()
        apis = sd.query_hostapis()
        default = sd.default.device[0 if kind == "input" else 1]
    except sd.PortAudioError:
        return []
    key = "max_input_channels" if kind == "input" else "max_output_channels"
    out = []
    for d in raw:
        if d[key] <= 0:
            continue
        out.append(AudioDevice(
            index=d["index"], name=d["name"], host_api=apis[d["hostapi"]]["name"],
            input_channels=d["max_input_channels"], output_channels=d["max_output_channels"],
            default_samplerate=float(d["default_samplerate"]), is_default=d["index"] == default))
    return out


def input_devices() -> list[AudioDevice]:
    """Devices that can record; the system default is marked is_default."""
    return _all("input")


def output_devices() -> list[AudioDevice]:
    """Devices that can play; the system default is marked is_default."""
    return _all("output")


def default_device(kind: str) -> AudioDevice | None:
    found = _all(kind)
    return next((d for d in found if d.is_default), found[0] if found else None)


def _resolve(kind: str, wanted: str | None) -> ResolvedDevice:
    try:
        found = _all(kind)
    except AudioError as exc:
        return ResolvedDevice(None, "", exc.code, wanted or "")
    if not found:
        return ResolvedDevice(None, "", NO_DEVICE, wanted or "")
    default = next((d for d in found if d.is_default), found[0])
    if not wanted:
        return ResolvedDevice(None, default.name)
    # The same name can appear under several host APIs (Windows): prefer the default's.
    matches = [d for d in found if d.name == wanted]
    if matches:
        best = next((d for d in matches if d.host_api == default.host_api), matches[0])
        return ResolvedDevice(best.index, best.name, None, wanted)
    return ResolvedDevice(None, default.name, "missing", wanted)


def resolve_input(wanted: str | None) -> ResolvedDevice:
    """The input device stored by name `wanted` (None or "" = system default)."""
    return _resolve("input", wanted)


def resolve_output(wanted: str | None) -> ResolvedDevice:
    """The output device stored by name `wanted` (None or "" = system default)."""
    return _resolve("output", wanted)

