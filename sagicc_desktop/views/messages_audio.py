"""The audio part of the service-error sentences (see messages.py), kept apart so it grows alone.

Recording and playback failures (sagicc_desktop/audio/errors.py codes) are keyed here as
"audio_" + code; text() words one of them for the screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

# detail code (the ValidationError's first argument) -> sentence; %1 is details["limit"],
# %2 details["value"].
DETAIL: dict[str, str] = {
    "audio_no_portaudio": QT_TRANSLATE_NOOP(
        "Messages", "Sound cannot be recorded or played on this computer: the PortAudio library is missing."),
    "audio_no_device": QT_TRANSLATE_NOOP(
        "Messages", "No microphone was found. Connect one, or choose another in the audio preferences."),
    "audio_no_output": QT_TRANSLATE_NOOP(
        "Messages", "No speaker or headset was found to play the sound."),
    "audio_permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "The system refused access to the microphone. Allow Sagicc Desktop to use it in the "
        "system's privacy settings, then record again."),
    "audio_open_failed": QT_TRANSLATE_NOOP(
        "Messages", "The microphone could not be opened; another program may be using it. (%2)"),
    "audio_output_failed": QT_TRANSLATE_NOOP(
        "Messages", "The speaker or headset could not be opened; another program may be using it. (%2)"),
    "audio_device_lost": QT_TRANSLATE_NOOP(
        "Messages", "The microphone was disconnected. What was recorded until then (%2) is kept: "
        "listen to it, then keep or discard it."),
    "audio_device_lost_empty": QT_TRANSLATE_NOOP(
        "Messages", "The microphone was disconnected before anything was recorded."),
    "audio_output_lost": QT_TRANSLATE_NOOP(
        "Messages", "The speaker or headset was disconnected; playback stopped."),
    "audio_write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The recording could not be saved to disk; what was saved before is kept. (%2)"),
    "audio_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "This sound file cannot be read; it may be damaged or of an unknown kind."),
    "audio_time_limit": QT_TRANSLATE_NOOP(
        "Messages", "The time limit of %2 was reached and the recording stopped. Listen to it, then keep or "
        "discard it."),
    "audio_silent": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was heard: check that the microphone is on and not muted, and that the system "
        "lets Sagicc Desktop use it."),
    "audio_device_missing": QT_TRANSLATE_NOOP(
        "Messages", "The microphone chosen in the preferences (%2) is not connected; the system default is used."),
    "audio_output_missing": QT_TRANSLATE_NOOP(
        "Messages", "The speaker chosen in the preferences (%2) is not connected; the system default is used."),
}


def text(key: str, value: str = "") -> str:
    """The sentence for "audio_" + key (or key itself when it already has the prefix),
    in the user's language, with %2 replaced by `value`."""
    key = key if key.startswith("audio_") else "audio_" + key
    sentence = DETAIL.get(key) or DETAIL["audio_open_failed"]
    return QCoreApplication.translate("Messages", sentence).replace("%2", value)


def show(label, key: tuple[str, str] | None) -> None:
    """Put the sentence for (key, value) in a message label, or hide it when key is None."""
    label.setText(text(*key) if key else "")
    label.setAccessibleName(label.text())
    label.setVisible(key is not None)


def output_key(code: str) -> str:
    """The playback wording of an audio error code (the defaults speak of the microphone)."""
    return {"no_device": "no_output", "open_failed": "output_failed", "device_lost": "output_lost",
            "permission_denied": "output_failed"}.get(code, code)
