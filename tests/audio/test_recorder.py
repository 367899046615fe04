"""The recorder against a real (virtual) microphone: speech played into PulseAudio's null sink
is recorded from its monitor, then compared with what was played."""

from __future__ import annotations

import os
import time

import pytest
import soundfile as sf

from sagicc_desktop.audio import devices
from sagicc_desktop.audio.recorder import Recorder

from .pulse import active_duration, envelope_correlation, pulse, reinit_portaudio, sink, speak  # noqa: F401

SENTENCE = "Hello, this is a voice note for the customer about the invoice."


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    path = speak(SENTENCE, tmp_path_factory.mktemp("speech") / "speech.wav")
    data, rate = sf.read(path)
    return path, data, rate


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def record_while_playing(sink, path, recorder: Recorder, lead=0.3, tail=0.4):
    assert recorder.start(), recorder.error
    time.sleep(lead)
    player = sink.play(path)
    assert player.wait(timeout=30) == 0
    time.sleep(tail)
    return recorder.stop()


def test_records_speech_into_48khz_opus(sink, speech, tmp_path):
    path, data, rate = speech
    recorder = Recorder(tmp_path, time_limit_s=60)
    t0 = time.monotonic()
    result = record_while_playing(sink, path, recorder)
    wall = time.monotonic() - t0
    assert result is not None and result.stopped_reason == "stopped"
    assert result.path.suffix == ".ogg" and result.mime_type == "audio/ogg"
    info = sf.info(result.path)
    assert (info.format, info.subtype, info.samplerate, info.channels) == ("OGG", "OPUS", 48_000, 1)
    assert info.frames / 48_000 == pytest.approx(result.duration_s, abs=0.03)
    # It holds the lead, the whole speech and the tail, and nothing from before it started. How
    # fast it starts is a figure of the benchmark (group "recording"), not a timed assertion here.
    assert len(data) / rate + 0.6 < result.duration_s <= wall + 0.05
    recorded, rec_rate = sf.read(result.path)
    assert active_duration(recorded, rec_rate) == pytest.approx(active_duration(data, rate), abs=0.3)
    assert envelope_correlation(data, rate, recorded, rec_rate) > 0.4
    assert result.overflows == 0
    assert recorder.start_latency_s is not None and recorder.error is None
    assert not recorder.is_recording and recorder.level == 0.0


def test_level_and_elapsed_move_while_recording(sink, speech, tmp_path):
    recorder = Recorder(tmp_path)
    assert recorder.start()
    player = sink.play(speech[0])
    levels = []
    while player.poll() is None:
        levels.append(recorder.level)
        time.sleep(0.03)
    elapsed = recorder.elapsed_s
    result = recorder.stop()
    assert max(levels) > 0.5 and min(levels) < max(levels)
    assert 0 < elapsed <= result.duration_s


def test_time_limit_stops_and_keeps(sink, speech, tmp_path):
    recorder = Recorder(tmp_path, time_limit_s=1.0)
    assert recorder.start()
    sink.play(speech[0])
    assert wait_until(lambda: not recorder.is_recording, 6)
    result = recorder.result
    assert result.stopped_reason == "time_limit"
    assert result.duration_s == pytest.approx(1.0, abs=1 / 48_000)
    assert sf.info(result.path).frames / 48_000 == pytest.approx(1.0, abs=0.03)
    assert recorder.stop() is result and recorder.error is None


def test_wav_when_opus_refuses_the_rate(sink, speech, tmp_path):
    path, data, rate = speech
    result = record_while_playing(sink, path, Recorder(tmp_path, samplerate=44_100))
    assert result.mime_type == "audio/wav" and result.path.suffix == ".wav"
    info = sf.info(result.path)
    assert (info.format, info.samplerate) == ("WAV", 44_100)
    recorded, rec_rate = sf.read(result.path)
    assert envelope_correlation(data, rate, recorded, rec_rate) > 0.4
    assert [p.name for p in tmp_path.iterdir()] == [result.path.name]  # no empty .ogg left


def test_wav_on_request(sink, tmp_path):
    recorder = Recorder(tmp_path, opus=False)
    assert recorder.start()
    time.sleep(0.3)
    result = recorder.stop()
    assert result.mime_type == "audio/wav" and sf.info(result.path).samplerate == 48_000
    assert result.duration_s == pytest.approx(0.3, abs=0.15)
    assert result.peak == 0.0  # nothing was played: only silence arrived


def test_device_lost_mid_recording_keeps_what_was_recorded(sink, speech, tmp_path):
    recorder = Recorder(tmp_path)
    assert recorder.start()
    sink.play(speech[0])
    time.sleep(1.2)
    sink.unload_sink()
    assert wait_until(lambda: not recorder.is_recording, 8)
    result = recorder.stop()
    assert recorder.error is not None and recorder.error.code == "device_lost"
    assert result is not None and result.stopped_reason == "device_lost"
    assert 0.8 < result.duration_s < 2.5
    kept, rate = sf.read(result.path)
    assert len(kept) / rate == pytest.approx(result.duration_s, abs=0.03)
    assert abs(kept).max() > 0.05  # the speech heard before the unplug is there


def test_missing_microphone_cannot_be_opened(sink, tmp_path):
    sink.unload_sink()
    reinit_portaudio()
    recorder = Recorder(tmp_path)
    assert recorder.start() is False
    assert recorder.error.code == "open_failed" and recorder.error.detail
    assert not recorder.is_recording and recorder.stop() is None
    assert list(tmp_path.iterdir()) == []


def test_unknown_device_index(sink, tmp_path):
    recorder = Recorder(tmp_path, device=999)
    assert recorder.start() is False
    assert recorder.error.code in ("open_failed", "no_device")
    assert list(tmp_path.iterdir()) == []


def test_no_sound_system_at_all(sink, tmp_path, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    reinit_portaudio()
    try:
        assert devices.input_devices() == []
        assert devices.resolve_input("default").fallback_reason == "no_device"
        recorder = Recorder(tmp_path)
        assert recorder.start() is False and recorder.error.code == "no_device"
    finally:
        monkeypatch.setenv("PULSE_SERVER", sink.env["PULSE_SERVER"])
        reinit_portaudio()
    assert devices.input_devices()


def test_devices_by_name(sink):
    inputs, outputs = devices.input_devices(), devices.output_devices()
    assert inputs and outputs
    assert sum(d.is_default for d in inputs) == 1
    chosen = inputs[0]
    resolved = devices.resolve_input(chosen.name)
    assert (resolved.index, resolved.fallback_reason) == (chosen.index, None)
    gone = devices.resolve_input("USB headset that was unplugged")
    assert gone.index is None and gone.fallback_reason == "missing"
    assert gone.name == next(d.name for d in inputs if d.is_default)
    assert devices.resolve_output(None).fallback_reason is None
    assert os.environ["PULSE_SERVER"] == sink.env["PULSE_SERVER"]


@pytest.mark.parametrize("message, code", [
    ("Error opening InputStream: Unanticipated host error [PaErrorCode -9999]: 'Permission denied' "
     "[ALSA error -13]", "permission_denied"),
    ("Error opening InputStream: Unanticipated host error [PaErrorCode -9999]: 'Input/output error' "
     "[ALSA error -5]", "open_failed"),
    ("Error querying device -1", "no_device"),
    ("Error opening InputStream: Device unavailable [PaErrorCode -9985]", "open_failed"),
])
def test_portaudio_messages_become_codes(message, code):
    import sounddevice as sd

    from sagicc_desktop.audio.errors import from_portaudio

    got = from_portaudio(sd.PortAudioError(message))
    assert got.code == code and got.detail == message


def test_every_code_has_a_sentence():
    from sagicc_desktop.audio import errors
    from sagicc_desktop.views import messages_audio

    codes = [v for k, v in vars(errors).items() if k.isupper() and isinstance(v, str)]
    for code in codes + ["time_limit", "silent", "device_missing", "device_lost_empty"]:
        assert "audio_" + code in messages_audio.DETAIL, code
    for code in codes:
        assert "audio_" + messages_audio.output_key(code) in messages_audio.DETAIL, code
    assert messages_audio.text("device_lost", "0:42").startswith(
        "The microphone was disconnected. What was recorded until then (0:42) is kept")
