"""The voice notes of one timeline: their waveforms, and one inline player for all of them.

Decoding a note for its waveform takes a while (tenths of a second for a long one), so peaks
and length are computed once per attachment on a worker thread and kept here; until they
arrive the delegate draws a flat placeholder, and sig_changed asks it to paint the row again.
Playing goes through the audio layer's Qt-free Player; while a note plays, a timer reads the
position ten times a second for the row's position text and waveform progress.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ....store.blobs import BlobStore

BUCKETS = 48


@dataclass(frozen=True)
class Summary:
    peaks: tuple[float, ...]
    duration_s: float


class _Relay(QObject):
    """Carries results from worker and audio threads to the GUI thread (queued signals)."""

    computed = Signal(str, object, float)
    finished = Signal()


class _Summarise(QRunnable):
    def __init__(self, key: str, path: Path, relay: _Relay) -> None:
        super().__init__()
        self.key, self.path, self.relay = key, path, relay

    def run(self) -> None:
        from ....audio import waveform

        try:
            peaks = tuple(waveform.peaks(self.path, BUCKETS))
            duration = waveform.duration_seconds(self.path)
        except Exception:  # a damaged or missing file draws flat, it never stops the timeline
            peaks, duration = (0.0,) * BUCKETS, 0.0
        self.relay.computed.emit(self.key, peaks, float(duration))


class VoiceNotes(QObject):
    sig_changed = Signal(str)  # the attachment id (as text) whose drawing changed
    sig_error = Signal(object)  # an AudioError (or OSError) from playing

    def __init__(self, blobs: BlobStore, device: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.blobs, self.device = blobs, device or None
        self._summaries: dict[str, Summary] = {}
        self._pending: set[str] = set()
        self._relay = _Relay()
        self._relay.computed.connect(self._computed)
        self._relay.finished.connect(self._finished)
        self._player = None
        self.current: str | None = None  # the note loaded in the player
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        # The tab (and this object) go when the ticket closes: the sound stops with them.
        box = self._box = [None]
        self.destroyed.connect(lambda *_: _silence(box))

    # ------------------------------------------------------------ waveforms

    def summary(self, attachment_id: uuid.UUID | None, sha256: str | None) -> Summary | None:
        """Peaks and length if known; otherwise starts computing them and returns None."""
        if attachment_id is None:
            return None
        key = str(attachment_id)
        found = self._summaries.get(key)
        if found is None and key not in self._pending and sha256:
            self._pending.add(key)
            try:
                path = self.blobs.path_for(sha256)
            except ValueError:
                path = Path("missing")
            QThreadPool.globalInstance().start(_Summarise(key, path, self._relay))
        return found

    def _computed(self, key: str, peaks, duration: float) -> None:
        self._pending.discard(key)
        self._summaries[key] = Summary(tuple(peaks), duration)
        self.sig_changed.emit(key)

    # ------------------------------------------------------------ playing

    @property
    def is_playing(self) -> bool:
        return self._player is not None and self.current is not None and not self.paused \
            and self._player.is_playing

    def state_of(self, attachment_id: uuid.UUID | None) -> tuple[bool, float]:
        """(playing, position in seconds) of one note; (False, 0.0) for every note not loaded."""
        if attachment_id is None or self.current != str(attachment_id) or self._player is None:
            return False, 0.0
        return self.is_playing, float(self._player.position_s)

    def _make_player(self):
        if self._player is None:
            from ....audio.player import Player

            # The player reports the end from its audio thread: the relay brings it here.
            self._player = Player(on_finished=self._relay.finished.emit)
            self._box[0] = self._player
        return self._player

    def toggle(self, attachment_id: uuid.UUID, sha256: str | None) -> None:
        """Play a note, or pause / resume the one playing."""
        key = str(attachment_id)
        try:
            player = self._make_player()
            if self.current == key and self.is_playing:
                player.pause()
                self.paused = True
                self._timer.stop()
            elif self.current == key and self.paused:
                player.resume()
                self.paused = False
                self._timer.start()
            else:
                previous = self.current
                if previous is not None:
                    player.stop()
                self.current, self.paused = key, False
                if previous is not None and previous != key:
                    self.sig_changed.emit(previous)
                player.play(str(self.blobs.path_for(sha256 or "")), device=self.device)
                self._timer.start()
        except Exception as exc:  # noqa: BLE001 - no device, unreadable file: told, never raised into paint
            self.current, self.paused = None, False
            self._timer.stop()
            self.sig_changed.emit(key)
            self.sig_error.emit(exc)
            return
        self.sig_changed.emit(key)

    def seek_fraction(self, attachment_id: uuid.UUID, fraction: float) -> bool:
        """Move the note being played (or paused) to a point of its waveform."""
        if self._player is None or self.current != str(attachment_id):
            return False
        duration = float(self._player.duration_s)
        if duration <= 0:
            summary = self._summaries.get(self.current)
            duration = summary.duration_s if summary else 0.0
        self._player.seek(max(0.0, min(1.0, fraction)) * duration)
        self.sig_changed.emit(self.current)
        return True

    def stop(self) -> None:
        if self._player is not None and self.current is not None:
            try:
                self._player.stop()
            except Exception:  # noqa: BLE001 - the device may be gone already
                pass
        key, self.current, self.paused = self.current, None, False
        self._timer.stop()
        if key:
            self.sig_changed.emit(key)

    def _tick(self) -> None:
        if self.current is None or self._player is None:
            return
        if not self._player.is_playing and not self.paused:  # ended, or the device went away
            error = self._player.error
            self._finished()
            if error is not None:
                self.sig_error.emit(error)
            return
        self.sig_changed.emit(self.current)

    def _finished(self) -> None:
        key, self.current, self.paused = self.current, None, False
        self._timer.stop()
        if key:
            self.sig_changed.emit(key)


def _silence(box: list) -> None:
    player = box[0]
    if player is not None:
        try:
            player.on_finished = None
            player.stop()
        except Exception:  # noqa: BLE001 - closing anyway
            pass


def mm_ss(seconds: float) -> str:
    """0:07, 1:05, 12:30 — how long a note or call is."""
    total = max(0, int(round(seconds)))
    return f"{total // 60}:{total % 60:02d}"
