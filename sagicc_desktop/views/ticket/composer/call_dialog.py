"""H2: the call log form opened when the agent hands a number to the softphone.

The duration runs from the moment Call was pressed, so the agent only has to pick the
outcome and write notes; they can correct the duration before saving.
"""

from __future__ import annotations

import time
import uuid

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from ....services import calls
from ....services.errors import ServiceError
from ...messages import describe
from ...widgets import add_row, name


OUTCOME_TEXTS = {
    "answered": QT_TRANSLATE_NOOP("CallLogDialog", "Answered"),
    "no_answer": QT_TRANSLATE_NOOP("CallLogDialog", "No answer"),
    "busy": QT_TRANSLATE_NOOP("CallLogDialog", "Busy"),
    "voicemail": QT_TRANSLATE_NOOP("CallLogDialog", "Voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("CallLogDialog", "Wrong number"),
    "failed": QT_TRANSLATE_NOOP("CallLogDialog", "Call failed"),
}


def outcome_labels() -> dict[str, str]:
    return {key: QCoreApplication.translate("CallLogDialog", text) for key, text in OUTCOME_TEXTS.items()}


class CallLogDialog(QDialog):
    """Window-modal; Save writes the interaction through services.calls.log_call."""

    sig_logged = Signal(str)  # the new interaction's id

    def __init__(self, ctx, ticket_id: uuid.UUID, number: str, channel_id: uuid.UUID | None, parent=None) -> None:
        super().__init__(parent)
        name(self, "callLogDialog")
        self.ctx, self.ticket_id, self.channel_id = ctx, ticket_id, channel_id
        self.started = time.monotonic()
        self.setWindowTitle(self.tr("Call log"))
        self.setAccessibleName(self.windowTitle())
        self.number = name(QLabel(number), "callNumber", self.tr("Number called"))
        self.outcome = name(QComboBox(), "callOutcome", self.tr("Outcome"))
        for key, text in outcome_labels().items():
            self.outcome.addItem(text, key)
        self.duration = name(QSpinBox(), "callDuration", self.tr("Duration in seconds"))
        self.duration.setRange(0, calls.MAX_DURATION_S)
        self.duration.setSuffix(self.tr(" s"))
        self.duration.editingFinished.connect(self._stop_clock)
        self.notes = name(QPlainTextEdit(), "callNotes", self.tr("Call notes"))
        self.notes.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.error = name(QLabel(), "callError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        form = QFormLayout()
        for widget, caption in ((self.number, self.tr("Number")), (self.outcome, self.tr("Outcome")),
                                (self.duration, self.tr("Duration")), (self.notes, self.tr("Notes"))):
            add_row(form, widget)
            form.labelForField(widget).setText(caption + ":")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = name(buttons.button(QDialogButtonBox.StandardButton.Save), "saveCallButton",
                                self.tr("Save the call"))
        name(buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelCallButton", self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.resize(440, 360)

    def _tick(self) -> None:
        self.duration.setValue(int(time.monotonic() - self.started))

    def _stop_clock(self) -> None:
        self._clock.stop()  # the agent typed a duration: keep theirs

    def save(self) -> None:
        self._clock.stop()
        try:
            interaction_id = calls.log_call(
                self.ctx.db, self.ctx.user, self.ticket_id, channel_id=self.channel_id, number=self.number.text(),
                outcome=self.outcome.currentData(), duration_s=self.duration.value(),
                notes=self.notes.toPlainText().strip())
        except ServiceError as exc:
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.sig_logged.emit(str(interaction_id))
        self.accept()
