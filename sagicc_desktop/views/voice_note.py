"""Recording a voice note: Record, a live level meter, elapsed time against the limit, Stop;
then Listen (play/pause, position, duration), Keep or Discard.

The recording runs on audio threads (sagicc_desktop/audio/recorder.py); this widget only
polls it through audio/qt_bridge.py, so a busy GUI never makes the microphone drop sound.
When the microphone goes away or the time limit is reached, what was recorded is kept and
offered for listening. The devices come from the workstation preferences ("audio/input_device",
"audio/output_device", stored by name).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QSizePolicy, QSlider, QVBoxLayout, QWidget,
)

from ..audio import devices
from ..audio.errors import DEVICE_LOST
from ..audio.qt_bridge import PlayerBridge, RecorderBridge
from ..audio.recorder import TIME_LIMIT, Recorder, RecordingResult
from . import messages_audio
from .icons import icon
from .widgets import Retranslating, name

INPUT_KEY, OUTPUT_KEY = "audio/input_device", "audio/output_device"
CONFIRM_DISCARD_FROM_S = 3.0  # shorter recordings are discarded without asking


def clock(seconds: float) -> str:
    """0:07, 2:00, 1:02:03."""
    total = max(0, int(seconds + 0.5))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation) or tempfile.gettempdir()
    return Path(base) / "sagicc-voice-notes"


class VoiceNoteRecorder(Retranslating, QWidget):
    """Record, listen, keep or discard one voice note at a time.

    sig_kept(path, mime_type, duration_s): the file now belongs to whoever listens (it is not
    deleted here). sig_discarded(): the recording was thrown away (its file deleted).
    """

    sig_kept = Signal(str, str, float)
    sig_discarded = Signal()

    IDLE, RECORDING, REVIEW = "idle", "recording", "review"

    def __init__(self, settings: QSettings | None = None, time_limit_s: int = 120, parent: QWidget | None = None,
                 output_dir: str | Path | None = None) -> None:
        super().__init__(parent)
        name(self, "voiceNoteRecorder")
        self.settings = settings
        self.time_limit_s = int(time_limit_s)
        self.folder = Path(output_dir) if output_dir else default_folder()
        self.state = self.IDLE
        self.result: RecordingResult | None = None
        self.confirm_box: QMessageBox | None = None
        self._message_key: tuple[str, str] | None = None
        self._elapsed = 0.0
        self._position = 0.0
        self.recorder: RecorderBridge | None = None
        self.player = PlayerBridge(parent=self)
        self.player.sig_position.connect(self._on_position)
        self.player.sig_state.connect(self._on_play_state)
        self.player.sig_finished.connect(self._on_play_finished)
        self.player.sig_error.connect(self._on_play_error)

        self.record_button = name(QPushButton(), "voiceNoteRecord")
        self.record_button.setIcon(icon("fa5s.microphone", "#c62828"))
        self.record_button.clicked.connect(self.start_recording)
        self.stop_button = name(QPushButton(), "voiceNoteStop")
        self.stop_button.setIcon(icon("fa5s.stop"))
        self.stop_button.clicked.connect(self.stop_recording)
        self.level_meter = name(QProgressBar(), "voiceNoteLevel")
        self.level_meter.setRange(0, 100)
        self.level_meter.setTextVisible(False)
        self.level_meter.setFixedHeight(10)
        self.level_meter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.elapsed_label = name(QLabel(), "voiceNoteElapsed")

        self.play_button = name(QPushButton(), "voiceNotePlay")
        self.play_button.clicked.connect(self.toggle_playback)
        self.position_slider = name(QSlider(Qt.Orientation.Horizontal), "voiceNotePosition")
        self.position_slider.setSingleStep(1000)
        self.position_slider.setPageStep(5000)
        self.position_slider.valueChanged.connect(self._on_slider)
        self.position_label = name(QLabel(), "voiceNotePositionText")
        self.keep_button = name(QPushButton(), "voiceNoteKeep")
        self.keep_button.setIcon(icon("fa5s.check", "#2e7d32"))
        self.keep_button.clicked.connect(self.keep)
        self.discard_button = name(QPushButton(), "voiceNoteDiscard")
        self.discard_button.setIcon(icon("fa5s.trash-alt"))
        self.discard_button.clicked.connect(self.discard)

        self.message_label = name(QLabel(), "voiceNoteMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        record_row = QHBoxLayout()
        for w in (self.record_button, self.stop_button):
            record_row.addWidget(w)
        record_row.addWidget(self.level_meter, 1)
        record_row.addWidget(self.elapsed_label)
        review_row = QHBoxLayout()
        review_row.addWidget(self.play_button)
        review_row.addWidget(self.position_slider, 1)
        review_row.addWidget(self.position_label)
        review_row.addWidget(self.keep_button)
        review_row.addWidget(self.discard_button)
        self.review = QWidget()
        self.review.setObjectName("voiceNoteReview")
        self.review.setLayout(review_row)
        review_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(record_row)
        layout.addWidget(self.review)
        layout.addWidget(self.message_label)
        self.setTabOrder(self.record_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.play_button)
        self.setTabOrder(self.play_button, self.position_slider)
        self.setTabOrder(self.position_slider, self.keep_button)
        self.setTabOrder(self.keep_button, self.discard_button)
        self.retranslate()
        self._show_state()

    # -- recording --------------------------------------------------------------------------------
    def start_recording(self) -> bool:
        """Record from the preferred microphone (or the default). False when it cannot start;
        the reason is shown in the widget."""
        if self.state == self.RECORDING:
            return True
        self._drop_result()
        self._set_message(None)
        device, notice = self._input_device()
        recorder = Recorder(self.folder, device=device, time_limit_s=self.time_limit_s)
        bridge = RecorderBridge(recorder, parent=self)
        bridge.sig_level.connect(self._on_level)
        bridge.sig_elapsed.connect(self._on_elapsed)
        bridge.sig_error.connect(self._on_record_error)
        bridge.sig_finished.connect(self._on_recorded)
        if self.recorder is not None:
            self.recorder.deleteLater()
        self.recorder = bridge
        self._elapsed = 0.0
        if not bridge.start():
            self.state = self.IDLE
            self._show_state()
            return False
        if notice:
            self._set_message(notice)
        self.state = self.RECORDING
        self._show_state()
        self.stop_button.setFocus()
        return True

    def stop_recording(self) -> RecordingResult | None:
        if self.state != self.RECORDING or self.recorder is None:
            return self.result
        return self.recorder.stop()  # sig_finished follows at once

    def _input_device(self) -> tuple[int | None, tuple[str, str] | None]:
        wanted = str(self.settings.value(INPUT_KEY, "") or "") if self.settings is not None else ""
        if not wanted:
            return None, None
        resolved = devices.resolve_input(wanted)
        if resolved.fallback_reason == "missing":
            return None, ("device_missing", wanted)
        return resolved.index, None

    def _output_device(self) -> tuple[int | None, tuple[str, str] | None]:
        wanted = str(self.settings.value(OUTPUT_KEY, "") or "") if self.settings is not None else ""
        if not wanted:
            return None, None
        resolved = devices.resolve_output(wanted)
        if resolved.fallback_reason == "missing":
            return None, ("output_missing", wanted)
        return resolved.index, None

    def _on_level(self, level: float) -> None:
        self.level_meter.setValue(int(round(level * 100)))

    def _on_elapsed(self, seconds: float) -> None:
        self._elapsed = seconds
        self._update_elapsed()

    def _on_record_error(self, code: str, detail: str) -> None:
        if code == DEVICE_LOST:
            kept = self.recorder.recorder.result if self.recorder is not None else None
            if kept is None:
                self._set_message(("device_lost_empty", ""))
            else:
                self._set_message(("device_lost", clock(kept.duration_s)))
        elif code in ("open_failed", "write_failed"):
            self._set_message((code, detail))
        else:
            self._set_message((code, ""))

    def _on_recorded(self, result: RecordingResult | None) -> None:
        self.result = result
        self.level_meter.setValue(0)
        if result is None:
            self.state = self.IDLE
        else:
            self.state = self.REVIEW
            if result.stopped_reason == TIME_LIMIT:
                self._set_message(("time_limit", clock(self.time_limit_s)))
            elif result.peak == 0.0 and self._message_key is None:
                self._set_message(("silent", ""))
            self._position = 0.0
        self._show_state()
        if result is not None:
            self.play_button.setFocus()

    # -- listening --------------------------------------------------------------------------------
    def toggle_playback(self) -> None:
        if self.result is None:
            return
        player = self.player.player
        if self.player.is_playing:
            self.player.pause()
        elif player.path == self.result.path:
            self.player.resume()
        else:
            device, notice = self._output_device()
            if notice:
                self._set_message(notice)
            self.player.play(self.result.path, device=device, start_s=self._position)

    def _on_play_state(self, playing: bool) -> None:
        self._update_play_button(playing)

    def _on_position(self, seconds: float) -> None:
        self._position = seconds
        self.position_slider.blockSignals(True)
        self.position_slider.setValue(int(seconds * 1000))
        self.position_slider.blockSignals(False)
        self._update_position()

    def _on_slider(self, value: int) -> None:
        seconds = value / 1000.0
        self._position = seconds
        if self.player.player.path == (self.result.path if self.result else None):
            self.player.seek(seconds)
        self._update_position()

    def _on_play_finished(self) -> None:
        self._update_play_button(False)

    def _on_play_error(self, code: str, detail: str) -> None:
        key = messages_audio.output_key(code)
        self._set_message((key, detail if key == "output_failed" else ""))

    # -- keep or discard ---------------------------------------------------------------------------
    def keep(self) -> None:
        result = self.result
        if result is None:
            return
        self.player.stop()
        self.result = None
        self.state = self.IDLE
        self._set_message(None)
        self._show_state()
        self.sig_kept.emit(str(result.path), result.mime_type, float(result.duration_s))

    def discard(self) -> None:
        """Throw the recording away; one of CONFIRM_DISCARD_FROM_S seconds or more asks first."""
        if self.result is None:
            return
        if self.result.duration_s < CONFIRM_DISCARD_FROM_S:
            self._discard_now()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard voice note"),
                          self.tr("Discard this voice note of %1? It cannot be recovered.")
                          .replace("%1", clock(self.result.duration_s)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        name(box, "voiceNoteDiscardConfirm", box.windowTitle())
        yes = name(box.button(QMessageBox.StandardButton.Yes), "voiceNoteDiscardYes", self.tr("Discard"))
        yes.setText(self.tr("Discard"))
        no = name(box.button(QMessageBox.StandardButton.No), "voiceNoteDiscardNo", self.tr("Keep listening"))
        no.setText(self.tr("Keep listening"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._discard_now() if button is yes else None)
        self.confirm_box = box
        box.open()

    def _discard_now(self) -> None:
        self._drop_result()
        self.state = self.IDLE
        self._set_message(None)
        self._show_state()
        self.record_button.setFocus()
        self.sig_discarded.emit()

    def _drop_result(self) -> None:
        self.player.stop()
        if self.result is not None:
            self.result.path.unlink(missing_ok=True)
        self.result = None
        self._position = 0.0

    def shutdown(self) -> None:
        """Stop recording and playback (the recording, if any, stays for review)."""
        if self.state == self.RECORDING:
            self.stop_recording()
        self.player.stop()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not event.spontaneous():  # hidden by the program, not by minimising the window
            self.shutdown()
        super().hideEvent(event)

    # -- showing ----------------------------------------------------------------------------------
    def _set_message(self, key: tuple[str, str] | None) -> None:
        self._message_key = key
        messages_audio.show(self.message_label, key)

    def _show_state(self) -> None:
        recording, review = self.state == self.RECORDING, self.state == self.REVIEW
        self.record_button.setVisible(not recording)
        self.record_button.setEnabled(not recording)
        self.stop_button.setVisible(recording)
        self.level_meter.setVisible(recording)
        self.review.setVisible(review)
        if review and self.result is not None:
            self.position_slider.blockSignals(True)
            self.position_slider.setRange(0, int(self.result.duration_s * 1000))
            self.position_slider.setValue(int(self._position * 1000))
            self.position_slider.blockSignals(False)
            self._update_position()
        self._update_play_button(self.player.is_playing)
        self._update_elapsed()
        self._update_record_text()

    def _update_record_text(self) -> None:
        again = self.state == self.REVIEW
        self.record_button.setText(self.tr("Record again") if again else self.tr("Record"))
        self.record_button.setAccessibleName(self.tr("Record a new voice note") if again
                                             else self.tr("Record a voice note"))

    def _update_elapsed(self) -> None:
        shown = self.result.duration_s if self.state == self.REVIEW and self.result else self._elapsed
        self.elapsed_label.setText(f"{clock(shown)} / {clock(self.time_limit_s)}")
        self.elapsed_label.setAccessibleName(
            self.tr("Recorded %1 of at most %2").replace("%1", clock(shown)).replace("%2", clock(self.time_limit_s)))

    def _update_position(self) -> None:
        duration = self.result.duration_s if self.result else 0.0
        self.position_label.setText(f"{clock(self._position)} / {clock(duration)}")
        self.position_label.setAccessibleName(
            self.tr("Position %1 of %2").replace("%1", clock(self._position)).replace("%2", clock(duration)))

    def _update_play_button(self, playing: bool) -> None:
        self.play_button.setIcon(icon("fa5s.pause" if playing else "fa5s.play"))
        text = self.tr("Pause") if playing else self.tr("Listen")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(self.tr("Pause the voice note") if playing
                                           else self.tr("Listen to the voice note"))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Voice note"))
        self._update_record_text()
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop recording"))
        self.level_meter.setAccessibleName(self.tr("Microphone level"))
        self.position_slider.setAccessibleName(self.tr("Position in the voice note"))
        self.keep_button.setText(self.tr("Keep"))
        self.keep_button.setAccessibleName(self.tr("Keep the voice note"))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the voice note"))
        self.message_label.setAccessibleName(self.message_label.text())
        self._update_play_button(self.player.is_playing)
        self._update_elapsed()
        self._update_position()
        if self._message_key is not None:
            self._set_message(self._message_key)
