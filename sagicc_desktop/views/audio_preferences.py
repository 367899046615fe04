"""Preferences page for sound: which microphone and which speaker this workstation uses, with a
microphone test (a live level) and a test sound.

Devices are stored by name ("audio/input_device", "audio/output_device"; "" is the system
default) because indices change as devices come and go. A stored device that is not connected
stays chosen, marked as such, so plugging it back in brings it back. Changes are written at once.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from ..audio import devices
from ..audio.device_check import InputMeter, write_test_sound
from ..audio.errors import AudioError
from ..audio.qt_bridge import PlayerBridge
from . import messages_audio
from .icons import icon
from .widgets import Retranslating, add_row, name

INPUT_KEY, OUTPUT_KEY = "audio/input_device", "audio/output_device"


class AudioDevicesPage(Retranslating, QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "audioDevicesPage")
        self.settings = settings
        self.meter = InputMeter()
        self.player = PlayerBridge(parent=self)
        self.player.sig_state.connect(self._on_play_state)
        self.player.sig_error.connect(self._on_play_error)
        self._test_sound: Path | None = None
        self._message_key: tuple[str, str] | None = None

        self.input_combo = name(QComboBox(), "audioInputDevice")
        self.output_combo = name(QComboBox(), "audioOutputDevice")
        self.refresh_button = name(QPushButton(), "audioRefreshDevices")
        self.refresh_button.setIcon(icon("fa5s.sync-alt"))
        self.refresh_button.clicked.connect(self.refresh)
        self.test_mic_button = name(QPushButton(), "audioTestMicrophone")
        self.test_mic_button.setIcon(icon("fa5s.microphone"))
        self.test_mic_button.setCheckable(True)
        self.test_mic_button.toggled.connect(self._test_microphone)
        self.level_meter = name(QProgressBar(), "audioTestLevel")
        self.level_meter.setRange(0, 100)
        self.level_meter.setTextVisible(False)
        self.level_meter.setFixedHeight(10)
        self.play_button = name(QPushButton(), "audioPlayTestSound")
        self.play_button.setIcon(icon("fa5s.volume-up"))
        self.play_button.clicked.connect(self._play_test_sound)
        self.message_label = name(QLabel(), "audioDevicesMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._poll_meter)

        form = QFormLayout()
        add_row(form, self.input_combo)
        mic_row = QHBoxLayout()
        mic_row.addWidget(self.test_mic_button)
        mic_row.addWidget(self.level_meter, 1)
        form.addRow("", mic_row)
        add_row(form, self.output_combo)
        form.addRow("", self.play_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        refresh_row = QHBoxLayout()
        refresh_row.addStretch(1)
        refresh_row.addWidget(self.refresh_button)
        layout.addLayout(refresh_row)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.retranslate()
        self._fill()
        self.input_combo.currentIndexChanged.connect(lambda: self._store(self.input_combo, INPUT_KEY))
        self.output_combo.currentIndexChanged.connect(lambda: self._store(self.output_combo, OUTPUT_KEY))

    # -- devices ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look for devices plugged in or out since the program started."""
        self._stop_tests()
        devices.rescan()
        self._fill()

    def _fill(self) -> None:
        try:
            inputs = [d.name for d in devices.input_devices()]
            outputs = [d.name for d in devices.output_devices()]
            self._set_message(None if inputs else ("no_device", ""))
        except AudioError as exc:
            inputs, outputs = [], []
            self._set_message((exc.code, ""))
        self._fill_combo(self.input_combo, inputs, str(self.settings.value(INPUT_KEY, "") or ""))
        self._fill_combo(self.output_combo, outputs, str(self.settings.value(OUTPUT_KEY, "") or ""))

    def _fill_combo(self, combo: QComboBox, names: list[str], stored: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("System default"), "")
        for device_name in dict.fromkeys(names):  # the same name under several host APIs: once
            combo.addItem(device_name, device_name)
        if stored and stored not in names:
            combo.addItem(self.tr("%1 (not connected)").replace("%1", stored), stored)
        combo.setCurrentIndex(max(0, combo.findData(stored)))
        combo.blockSignals(False)

    def _store(self, combo: QComboBox, key: str) -> None:
        self.settings.setValue(key, combo.currentData() or "")
        self.settings.sync()
        if combo is self.input_combo and self.test_mic_button.isChecked():
            self._test_microphone(True)  # listen to the newly chosen one

    def _chosen(self, combo: QComboBox, resolve) -> int | None:
        wanted = combo.currentData() or ""
        return resolve(wanted).index if wanted else None

    # -- microphone test --------------------------------------------------------------------------
    def _test_microphone(self, on: bool) -> None:
        self.meter.stop()
        self.timer.stop()
        self.level_meter.setValue(0)
        if on:
            if self.meter.start(self._chosen(self.input_combo, devices.resolve_input)):
                self._set_message(None)
                self.timer.start()
            else:
                err = self.meter.error
                self._set_message((err.code, err.detail if err.code == "open_failed" else ""))
                self.test_mic_button.blockSignals(True)
                self.test_mic_button.setChecked(False)
                self.test_mic_button.blockSignals(False)
        self._update_texts()

    def _poll_meter(self) -> None:
        self.level_meter.setValue(int(round(self.meter.level * 100)))

    # -- test sound -------------------------------------------------------------------------------
    def _play_test_sound(self) -> None:
        if self.player.is_playing:
            self.player.stop()
            return
        if self._test_sound is None or not self._test_sound.exists():
            self._test_sound = write_test_sound(Path(tempfile.mkdtemp(prefix="sagicc-test-sound-")) / "chime.wav")
        if self.player.play(self._test_sound, device=self._chosen(self.output_combo, devices.resolve_output)):
            self._set_message(None)

    def _on_play_state(self, playing: bool) -> None:
        self._update_texts()

    def _on_play_error(self, code: str, detail: str) -> None:
        key = messages_audio.output_key(code)
        self._set_message((key, detail if key == "output_failed" else ""))

    # -- the rest ---------------------------------------------------------------------------------
    def _stop_tests(self) -> None:
        if self.test_mic_button.isChecked():
            self.test_mic_button.setChecked(False)
        self.meter.stop()
        self.player.stop()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not event.spontaneous():
            self._stop_tests()
        super().hideEvent(event)

    def _set_message(self, key: tuple[str, str] | None) -> None:
        self._message_key = key
        messages_audio.show(self.message_label, key)

    def _update_texts(self) -> None:
        testing = self.test_mic_button.isChecked()
        self.test_mic_button.setText(self.tr("Stop the test") if testing else self.tr("Test microphone"))
        self.test_mic_button.setAccessibleName(self.test_mic_button.text())
        playing = self.player.is_playing
        self.play_button.setText(self.tr("Stop the sound") if playing else self.tr("Play test sound"))
        self.play_button.setAccessibleName(self.play_button.text())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sound devices"))
        for combo, caption, accessible in (
                (self.input_combo, self.tr("&Microphone:"), self.tr("Microphone")),
                (self.output_combo, self.tr("&Speaker:"), self.tr("Speaker or headset"))):
            label = self.findChild(QLabel, combo.objectName() + "Label")
            if label is not None:
                label.setText(caption)
            combo.setAccessibleName(accessible)
            if combo.count():
                combo.setItemText(0, self.tr("System default"))
        self.level_meter.setAccessibleName(self.tr("Microphone level"))
        self.refresh_button.setText(self.tr("Look for devices again"))
        self.refresh_button.setAccessibleName(self.refresh_button.text())
        self._update_texts()
        if self._message_key is not None:
            self._set_message(self._message_key)
