"""The edge between the audio threads and Qt: QObjects that poll a Recorder or a Player with a
QTimer on the GUI thread and turn what they see into signals.

Polling (rather than calling Qt from the audio threads) keeps Qt out of the rest of audio/ and
keeps the audio threads from ever waiting on the GUI. The only module of audio/ that imports Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from .errors import AudioError
from .player import Player
from .recorder import Recorder, RecordingResult


class RecorderBridge(QObject):
    """Signals for a Recorder: level (0..1) and elapsed seconds while recording, then
    sig_finished with the RecordingResult (None when nothing was captured). sig_error(code,
    detail) comes first when recording could not start or ended early (device_lost, ...)."""

    sig_level = Signal(float)
    sig_elapsed = Signal(float)
    sig_finished = Signal(object)
    sig_error = Signal(str, str)

    def __init__(self, recorder: Recorder, interval_ms: int = 40, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)
        self._reported = True

    def start(self) -> bool:
        """Start recording; False (after sig_error) when the device cannot be opened."""
        if not self.recorder.start():
            err = self.recorder.error
            self.sig_error.emit(err.code if err else "open_failed", err.detail if err else "")
            return False
        self._reported = False
        self._timer.start()
        return True

    def stop(self) -> RecordingResult | None:
        result = self.recorder.stop()
        self._report()
        return result

    @property
    def is_recording(self) -> bool:
        return self.recorder.is_recording

    def _poll(self) -> None:
        if self.recorder.is_recording:
            self.sig_level.emit(self.recorder.level)
            self.sig_elapsed.emit(self.recorder.elapsed_s)
        else:  # it stopped by itself: time limit, device lost, disk full
            self._report()

    def _report(self) -> None:
        self._timer.stop()
        if self._reported:
            return
        self._reported = True
        self.sig_level.emit(0.0)
        self.sig_elapsed.emit(self.recorder.elapsed_s)
        err = self.recorder.error
        if err is not None:
            self.sig_error.emit(err.code, err.detail)
        self.sig_finished.emit(self.recorder.result)


class PlayerBridge(QObject):
    """Signals for a Player: the position while playing, whether it plays, the end, errors."""

    sig_position = Signal(float)
    sig_state = Signal(bool)   # True while playing
    sig_finished = Signal()
    sig_error = Signal(str, str)

    def __init__(self, player: Player | None = None, interval_ms: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player or Player()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)
        self._was_playing = False

    @property
    def is_playing(self) -> bool:
        return self.player.is_playing

    @property
    def duration_s(self) -> float:
        return self.player.duration_s

    @property
    def position_s(self) -> float:
        return self.player.position_s

    def play(self, path: str | Path, device: int | str | None = None, start_s: float = 0.0) -> bool:
        """Start playing `path`; False (after sig_error) when it cannot."""
        try:
            self.player.play(path, device=device, start_s=start_s)
        except AudioError as exc:
            self.sig_error.emit(exc.code, exc.detail)
            self._changed()
            return False
        self._changed()
        return True

    def pause(self) -> None:
        self.player.pause()
        self._changed()

    def resume(self) -> bool:
        try:
            self.player.resume()
        except AudioError as exc:
            self.sig_error.emit(exc.code, exc.detail)
            return False
        finally:
            self._changed()
        return True

    def toggle(self) -> None:
        if self.player.is_playing:
            self.pause()
        else:
            self.resume()

    def seek(self, seconds: float) -> None:
        self.player.seek(seconds)
        self.sig_position.emit(self.player.position_s)

    def stop(self) -> None:
        self.player.stop()
        self._changed()

    def _changed(self) -> None:
        playing = self.player.is_playing
        if playing:
            self._timer.start()
        else:
            self._timer.stop()
        self.sig_position.emit(self.player.position_s)
        if playing != self._was_playing:
            self._was_playing = playing
            self.sig_state.emit(playing)

    def _poll(self) -> None:
        self.sig_position.emit(self.player.position_s)
        if self.player.is_playing:
            return
        self._changed()
        if self.player.at_end:
            self.sig_finished.emit()
        elif self.player.error is not None:
            self.sig_error.emit(self.player.error.code, self.player.error.detail)
