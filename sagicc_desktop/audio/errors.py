"""Why audio could not be captured or played, as a stable code the screens turn into a sentence.

Codes (views/messages_audio.py words them):
  no_portaudio      the PortAudio library is missing (Linux without libportaudio2)
  no_device         no microphone (or no speaker) at all
  permission_denied the system refused access to the microphone
  open_failed       the device exists but could not be opened (busy, unsupported format ...)
  device_lost       the device went away while in use (unplugged, server stopped)
  write_failed      the recording could not be written to disk
  unreadable        the sound file to play could not be read
"""

from __future__ import annotations

NO_PORTAUDIO = "no_portaudio"
NO_DEVICE = "no_device"
PERMISSION_DENIED = "permission_denied"
OPEN_FAILED = "open_failed"
DEVICE_LOST = "device_lost"
WRITE_FAILED = "write_failed"
UNREADABLE = "unreadable"


class AudioError(Exception):
    """An audio failure: `code` (one of the constants above) and a technical `detail`."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def from_portaudio(exc: BaseException, *, input: bool = True) -> AudioError:
    """Classify an exception raised while opening a stream.

    PortAudio reports host errors as text ("... [ALSA error -13]", "Permission denied",
    "Invalid device"), so the message is what there is to go on.
    """
    text = str(exc)
    low = text.lower()
    if "permission" in low or "error -13]" in low or "access denied" in low or "not authorized" in low:
        return AudioError(PERMISSION_DENIED, text)
    if ("error querying device -1" in low or "no input device" in low or "no output device" in low
            or "no default" in low):
        return AudioError(NO_DEVICE, text)
    return AudioError(OPEN_FAILED, text)
