"""The sound devices preferences page against a real (virtual) microphone and speaker."""

from __future__ import annotations

import time

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QSettings, Qt

from audio.pulse import pulse, reinit_portaudio, sink, speak  # noqa: F401
from sagicc_desktop.audio import devices
from sagicc_desktop.views.audio_preferences import AudioDevicesPage

from .conftest import show_active


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def page(qtbot, sink, settings):
    p = AudioDevicesPage(settings)
    show_active(qtbot, p, size=(600, 300))
    yield p
    p.hide()


def items(combo):
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_lists_devices_and_stores_the_choice_by_name(qtbot, page, settings):
    inputs = [d.name for d in devices.input_devices()]
    outputs = [d.name for d in devices.output_devices()]
    assert items(page.input_combo) == [("System default", "")] + [(n, n) for n in dict.fromkeys(inputs)]
    assert items(page.output_combo)[1:] == [(n, n) for n in dict.fromkeys(outputs)]
    assert page.input_combo.currentIndex() == 0
    page.input_combo.setFocus()
    qtbot.keyClick(page.input_combo, Qt.Key.Key_Down)
    assert settings.value("audio/input_device") == inputs[0]
    page.output_combo.setCurrentIndex(page.output_combo.count() - 1)
    assert settings.value("audio/output_device") == outputs[-1]
    page.input_combo.setCurrentIndex(0)
    assert settings.value("audio/input_device") == ""
    # A second page (another time the preferences open) shows the stored choices.
    settings.setValue("audio/input_device", inputs[-1])
    again = AudioDevicesPage(settings)
    qtbot.addWidget(again)
    assert again.input_combo.currentData() == inputs[-1]
    assert again.output_combo.currentData() == outputs[-1]


def test_a_stored_device_that_is_not_connected_stays_chosen(qtbot, settings, sink):
    settings.setValue("audio/input_device", "USB headset")
    p = AudioDevicesPage(settings)
    qtbot.addWidget(p)
    assert p.input_combo.currentText() == "USB headset (not connected)"
    assert p.input_combo.currentData() == "USB headset"
    assert settings.value("audio/input_device") == "USB headset"


def test_microphone_test_shows_the_level(qtbot, page, sink, tmp_path):
    speech = speak("Testing the microphone, one two three.", tmp_path / "speech.wav")
    levels = []
    page.level_meter.valueChanged.connect(levels.append)
    qtbot.mouseClick(page.test_mic_button, Qt.MouseButton.LeftButton)
    assert page.test_mic_button.isChecked() and page.test_mic_button.text() == "Stop the test"
    proc = sink.play(speech)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    assert max(levels) > 50
    qtbot.mouseClick(page.test_mic_button, Qt.MouseButton.LeftButton)
    assert page.test_mic_button.text() == "Test microphone" and page.level_meter.value() == 0
    assert not page.meter.is_running
    assert list(tmp_path.iterdir()) == [speech]  # the test records nothing


def test_play_test_sound_reaches_the_speaker(qtbot, page, sink, tmp_path):
    heard = tmp_path / "heard.wav"
    monitor = sink.record_monitor(heard)
    time.sleep(0.2)
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    assert page.play_button.text() == "Stop the sound"
    qtbot.waitUntil(lambda: page.play_button.text() == "Play test sound", timeout=4000)
    time.sleep(0.2)
    monitor.terminate()
    monitor.wait(timeout=5)
    data, rate = sf.read(heard)
    loud = data[np.abs(data) > 0.05]
    assert len(loud) > rate * 0.8  # about a second of chime
    spectrum = np.abs(np.fft.rfft(data))
    freqs = np.fft.rfftfreq(len(data), 1 / rate)
    strongest = sorted(freqs[np.argsort(spectrum)[-40:]])
    assert any(abs(f - 440) < 5 for f in strongest) and any(abs(f - 660) < 5 for f in strongest)


def test_no_microphone_is_said(qtbot, settings, sink, tmp_path, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    reinit_portaudio()
    try:
        p = AudioDevicesPage(settings)
        show_active(qtbot, p, size=(600, 300))
        assert items(p.input_combo) == [("System default", "")]
        assert p.message_label.isVisible() and p.message_label.text().startswith("No microphone was found.")
        qtbot.mouseClick(p.test_mic_button, Qt.MouseButton.LeftButton)
        assert not p.test_mic_button.isChecked()
        p.hide()
    finally:
        monkeypatch.setenv("PULSE_SERVER", sink.env["PULSE_SERVER"])
        reinit_portaudio()


def test_controls_are_named(page):
    for control in (page.input_combo, page.output_combo, page.test_mic_button, page.level_meter,
                    page.play_button, page.refresh_button):
        assert control.objectName().startswith("audio") and control.accessibleName(), control.objectName()
