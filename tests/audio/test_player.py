"""The player against a real (virtual) speaker: what it plays into PulseAudio's null sink is
recorded from the sink's monitor by parec (not by the app's code) and compared."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
import soundfile as sf

from sagicc_desktop.audio.errors import AudioError
from sagicc_desktop.audio.player import Player

from .pulse import envelope_correlation, pulse, sink, speak  # noqa: F401


@pytest.fixture(scope="module")
def speech_opus(tmp_path_factory):
    """A spoken sentence as a 48 kHz OGG/Opus voice note, as the recorder makes them."""
    folder = tmp_path_factory.mktemp("play")
    wav = speak("Thank you for calling, your order is on its way.", folder / "speech.wav")
    data, rate = sf.read(wav)
    n = int(round(len(data) * 48_000 / rate))
    data48 = np.interp(np.arange(n) / 48_000, np.arange(len(data)) / rate, data).astype(np.float32)
    ogg = folder / "speech.ogg"
    sf.write(ogg, data48, 48_000, format="OGG", subtype="OPUS")
    return ogg, wav, data, rate


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.parametrize("which", ["opus", "wav"])
def test_plays_what_the_speaker_hears(sink, speech_opus, tmp_path, which):
    ogg, wav, data, rate = speech_opus
    path = ogg if which == "opus" else wav
    finished = threading.Event()
    player = Player(on_finished=finished.set)
    heard = tmp_path / "heard.wav"
    rec = sink.record_monitor(heard)
    time.sleep(0.3)
    started = time.monotonic()
    player.play(path)
    assert player.is_playing
    assert player.duration_s == pytest.approx(len(data) / rate, abs=0.05)
    positions = []
    while not finished.wait(0.05):
        positions.append(player.position_s)
        assert len(positions) < 200, "playback never finished"
    assert time.monotonic() - started == pytest.approx(player.duration_s, abs=0.4)  # in real time
    time.sleep(0.3)
    rec.terminate()
    rec.wait(timeout=5)
    assert not player.is_playing and player.at_end and player.error is None
    assert positions == sorted(positions) and positions[-1] > 1.0
    assert player.position_s == pytest.approx(player.duration_s, abs=0.01)
    recorded, rec_rate = sf.read(heard)
    assert envelope_correlation(data, rate, recorded, rec_rate) > 0.4
    player.stop()


def test_pause_resume_and_seek(sink, speech_opus):
    ogg = speech_opus[0]
    finished = threading.Event()
    player = Player(on_finished=finished.set)
    player.play(ogg)
    time.sleep(0.5)
    player.pause()
    held = player.position_s
    assert not player.is_playing and 0.2 < held < 1.0
    time.sleep(0.4)
    assert player.position_s == held
    player.seek(1.5)
    assert player.position_s == pytest.approx(1.5)
    player.resume()
    assert player.is_playing
    time.sleep(0.3)
    assert 1.6 < player.position_s < 2.2
    assert finished.wait(player.duration_s)
    # Listening again after the end starts from the beginning.
    player.resume()
    assert player.is_playing and player.position_s < 0.5
    player.stop()
    assert not player.is_playing and player.position_s == 0.0


def test_unreadable_file(sink, tmp_path):
    bad = tmp_path / "note.ogg"
    bad.write_bytes(b"not a sound")
    with pytest.raises(AudioError) as caught:
        Player().play(bad)
    assert caught.value.code == "unreadable"


def test_speaker_unplugged_while_playing(sink, speech_opus):
    finished = threading.Event()
    player = Player(on_finished=finished.set)
    player.play(speech_opus[0])
    time.sleep(0.4)
    sink.unload_sink()
    assert wait_until(lambda: not player.is_playing, 5)
    assert player.error is not None and player.error.code == "device_lost"
    assert not finished.is_set()
    player.stop()
