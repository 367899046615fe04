"""The voice-note recorder widget driven as a user would, with speech played into a real
(virtual) microphone: PulseAudio's null sink, recorded from its monitor."""

from __future__ import annotations

import time

import pytest
import soundfile as sf
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from audio.pulse import envelope_correlation, pulse, reinit_portaudio, sink, speak  # noqa: F401
from sagicc_desktop.views.voice_note import VoiceNoteRecorder, clock

from .conftest import show_active


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    path = speak("Good morning, I am calling about your delivery of last week.",
                 tmp_path_factory.mktemp("speech") / "speech.wav")
    data, rate = sf.read(path)
    return path, data, rate


@pytest.fixture
def widget(qtbot, sink, tmp_path):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    w = VoiceNoteRecorder(settings, time_limit_s=30, output_dir=tmp_path / "notes")
    show_active(qtbot, w, size=(640, 160))
    yield w
    w.shutdown()


def speak_into(qtbot, sink, path) -> None:
    proc = sink.play(path)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15_000)
    assert proc.returncode == 0


def record(qtbot, w, sink, path=None, seconds=0.0):
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    assert w.state == w.RECORDING and w.stop_button.isVisible() and w.level_meter.isVisible()
    if path is not None:
        speak_into(qtbot, sink, path)
    if seconds:
        qtbot.wait(int(seconds * 1000))
    qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    assert w.state == w.REVIEW
    return w.result


def test_record_listen_keep(qtbot, widget, sink, speech, tmp_path):
    w = widget
    path, data, rate = speech
    levels = []
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    assert w.state == w.RECORDING and w.stop_button.hasFocus()
    w.level_meter.valueChanged.connect(levels.append)
    speak_into(qtbot, sink, path)
    assert max(levels) > 50
    qtbot.waitUntil(lambda: w.elapsed_label.text().endswith(" / 0:30") and not w.elapsed_label.text().startswith("0:00"))
    qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    result = w.result
    assert w.state == w.REVIEW and w.review.isVisible() and not w.message_label.isVisible()
    assert result.duration_s > len(data) / rate
    assert w.position_label.text() == f"0:00 / 0:0{round(result.duration_s)}"

    heard = tmp_path / "heard.wav"
    monitor = sink.record_monitor(heard)
    time.sleep(0.2)
    qtbot.mouseClick(w.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.play_button.text() == "Pause", timeout=2000)
    qtbot.waitUntil(lambda: w.position_slider.value() > 1000, timeout=4000)
    qtbot.waitUntil(lambda: w.play_button.text() == "Listen", timeout=int(result.duration_s * 1000) + 3000)
    monitor.terminate()
    monitor.wait(timeout=5)
    heard_data, heard_rate = sf.read(heard)
    assert envelope_correlation(data, rate, heard_data, heard_rate) > 0.4

    with qtbot.waitSignal(w.sig_kept) as kept:
        qtbot.mouseClick(w.keep_button, Qt.MouseButton.LeftButton)
    kept_path, mime, duration = kept.args
    assert mime == "audio/ogg" and duration == pytest.approx(result.duration_s)
    info = sf.info(kept_path)
    assert (info.format, info.subtype, info.samplerate) == ("OGG", "OPUS", 48_000)
    assert w.state == w.IDLE and w.record_button.isVisible() and not w.review.isVisible()


def test_pause_and_move_the_position(qtbot, widget, sink, speech):
    w = widget
    record(qtbot, w, sink, speech[0])
    qtbot.mouseClick(w.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.position_slider.value() > 300, timeout=3000)
    qtbot.mouseClick(w.play_button, Qt.MouseButton.LeftButton)
    assert w.play_button.text() == "Listen"
    held = w.position_slider.value()
    qtbot.wait(300)
    assert w.position_slider.value() == held
    w.position_slider.setFocus()
    qtbot.keyClick(w.position_slider, Qt.Key.Key_Right)  # a second on each
    qtbot.keyClick(w.position_slider, Qt.Key.Key_Right)
    assert w.player.position_s == pytest.approx((held + 2000) / 1000, abs=0.01)
    assert w.position_label.text().startswith(f"{clock((held + 2000) / 1000)} /")
    qtbot.mouseClick(w.play_button, Qt.MouseButton.LeftButton)  # goes on from there
    qtbot.waitUntil(lambda: w.position_slider.value() > held + 2100, timeout=2000)


def test_discard_a_short_recording_without_asking(qtbot, widget, sink):
    w = widget
    result = record(qtbot, w, sink, seconds=0.8)
    assert result.duration_s < 3
    with qtbot.waitSignal(w.sig_discarded):
        qtbot.mouseClick(w.discard_button, Qt.MouseButton.LeftButton)
    assert w.confirm_box is None and not result.path.exists() and w.state == w.IDLE


def test_discard_a_longer_recording_asks_first(qtbot, widget, sink, speech):
    w = widget
    result = record(qtbot, w, sink, speech[0])
    assert result.duration_s >= 3
    discarded = []
    w.sig_discarded.connect(lambda: discarded.append(True))
    qtbot.mouseClick(w.discard_button, Qt.MouseButton.LeftButton)
    box = w.confirm_box
    assert box.isVisible() and "cannot be recovered" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not discarded and result.path.exists() and w.state == w.REVIEW
    qtbot.mouseClick(w.discard_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert discarded == [True] and not result.path.exists() and w.state == w.IDLE


def test_time_limit_stops_and_offers_the_recording(qtbot, sink, speech, tmp_path):
    w = VoiceNoteRecorder(None, time_limit_s=1, output_dir=tmp_path)
    show_active(qtbot, w, size=(640, 160))
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    sink.play(speech[0])
    qtbot.waitUntil(lambda: w.state == w.REVIEW, timeout=5000)
    assert w.result.duration_s == pytest.approx(1.0, abs=0.01)
    assert w.message_label.isVisible()
    assert "The time limit of 0:01 was reached" in w.message_label.text()
    assert w.elapsed_label.text() == "0:01 / 0:01"


def test_microphone_unplugged_keeps_what_was_recorded(qtbot, widget, sink, speech):
    w = widget
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    sink.play(speech[0])
    qtbot.wait(1300)
    sink.unload_sink()
    qtbot.waitUntil(lambda: w.state == w.REVIEW, timeout=8000)
    assert w.message_label.isVisible()
    assert w.message_label.text().startswith("The microphone was disconnected. What was recorded until then (0:01)")
    assert w.message_label.accessibleName() == w.message_label.text()
    kept = w.result
    assert 0.8 < kept.duration_s < 2.5 and kept.path.exists()
    # Plugged in again: the piece recorded can be heard and kept.
    sink.load_sink()
    reinit_portaudio()
    qtbot.mouseClick(w.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.play_button.text() == "Pause", timeout=2000)
    with qtbot.waitSignal(w.sig_kept) as got:
        qtbot.mouseClick(w.keep_button, Qt.MouseButton.LeftButton)
    assert got.args[0] == str(kept.path)


def test_no_microphone(qtbot, widget, sink, tmp_path, monkeypatch):
    w = widget
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    reinit_portaudio()
    try:
        qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
        assert w.state == w.IDLE and w.record_button.isEnabled()
        assert w.message_label.isVisible() and w.message_label.text().startswith("No microphone was found.")
    finally:
        monkeypatch.setenv("PULSE_SERVER", sink.env["PULSE_SERVER"])
        reinit_portaudio()


def test_microphone_that_cannot_be_opened(qtbot, widget, sink):
    w = widget
    sink.unload_sink()
    reinit_portaudio()
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    assert w.state == w.IDLE
    assert w.message_label.text().startswith("The microphone could not be opened")


def test_preferred_microphone_gone_uses_the_default(qtbot, widget, sink):
    w = widget
    w.settings.setValue("audio/input_device", "USB headset")
    qtbot.mouseClick(w.record_button, Qt.MouseButton.LeftButton)
    assert w.state == w.RECORDING
    assert "(USB headset) is not connected" in w.message_label.text()
    qtbot.wait(300)
    qtbot.mouseClick(w.stop_button, Qt.MouseButton.LeftButton)
    assert w.result is not None and w.result.duration_s > 0.2


def test_controls_are_named_for_screen_readers(qtbot, widget):
    w = widget
    for control in (w.record_button, w.stop_button, w.level_meter, w.elapsed_label, w.play_button,
                    w.position_slider, w.position_label, w.keep_button, w.discard_button):
        assert control.objectName().startswith("voiceNote") and control.accessibleName(), control.objectName()
    assert w.record_button.focusPolicy() & Qt.FocusPolicy.TabFocus
