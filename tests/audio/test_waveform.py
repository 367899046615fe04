"""Waveform peaks and length of real sound files (spoken by espeak-ng, encoded by soundfile)."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
import soundfile as sf

from sagicc_desktop.audio import waveform


@pytest.fixture(scope="module")
def tone_then_silence(tmp_path_factory):
    """One second of a loud tone then one of silence, at 48 kHz, as WAV and as OGG/Opus."""
    folder = tmp_path_factory.mktemp("wave")
    t = np.arange(48_000) / 48_000
    data = np.concatenate([0.8 * np.sin(2 * np.pi * 440 * t), np.zeros(48_000)]).astype(np.float32)
    wav, ogg = folder / "a.wav", folder / "a.ogg"
    sf.write(wav, data, 48_000)
    sf.write(ogg, data, 48_000, format="OGG", subtype="OPUS")
    return wav, ogg


@pytest.mark.parametrize("kind", [0, 1], ids=["wav", "opus"])
def test_peaks_follow_the_sound(tone_then_silence, kind):
    path = tone_then_silence[kind]
    got = waveform.peaks(path, buckets=10)
    assert len(got) == 10
    assert all(0.0 <= v <= 1.0 for v in got)
    assert max(got) == pytest.approx(1.0)
    assert min(got[:4]) > 0.8  # the tone
    assert max(got[6:]) < 0.05  # the silence
    assert waveform.duration_seconds(path) == pytest.approx(2.0, abs=0.03)


def test_spoken_sentence(tmp_path):
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is needed to speak the test sentence")
    wav = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), "Hello, this is a voice note"], check=True)
    expected = sf.info(wav).frames / sf.info(wav).samplerate
    assert waveform.duration_seconds(wav) == pytest.approx(expected)
    got = waveform.peaks(wav)
    assert len(got) == 48 and max(got) == pytest.approx(1.0)
    assert sum(v > 0.2 for v in got) > 20


def test_unreadable_file_draws_flat(tmp_path):
    bad = tmp_path / "broken.ogg"
    bad.write_bytes(b"OggS not really")
    assert waveform.peaks(bad, buckets=5) == [0.0] * 5
    assert waveform.duration_seconds(bad) == 0.0
    assert waveform.duration_seconds(tmp_path / "missing.wav") == 0.0
    assert waveform.peaks(tmp_path / "missing.wav", buckets=0) == []
