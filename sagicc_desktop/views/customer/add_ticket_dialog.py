"""Add ticket (C3): a new ticket for the profile's customer, in a campaign, with a subject."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from ...services import directory, tickets
from ...services.errors import ServiceError
from ..widgets import Retranslating, add_row, name
from ..messages import show_error as show_customer_error


class AddTicketDialog(Retranslating, QDialog):
    sig_created = Signal(object)  # the new ticket's id

    def __init__(self, ctx, customer_id: uuid.UUID, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        name(self, "addTicketDialog")
        self.campaign = name(QComboBox(), "newTicketCampaign")
        actor = ctx.user
        for c in directory.campaigns(ctx.db):
            if actor.sees_everything or c.id in actor.campaign_ids:
                self.campaign.addItem(c.name, c.id)
        self.subject = name(QLineEdit(), "newTicketSubject")
        self.buttons = name(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                             | QDialogButtonBox.StandardButton.Cancel), "newTicketButtons")
        self.ok = name(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "createTicketButton")
        self.cancel = name(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelNewTicketButton")
        self.subject.textChanged.connect(self._update)
        self._update()
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        add_row(self.form, self.campaign)
        add_row(self.form, self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        self.retranslate()

    def _update(self, *_args) -> None:
        self.ok.setEnabled(bool(self.subject.text().strip()) and self.campaign.count() > 0)

    def create(self) -> bool:
        try:
            ticket_id = tickets.create(self.ctx.db, self.ctx.user, campaign_id=self.campaign.currentData(),
                                       customer_id=self.customer_id, subject=self.subject.text().strip())
        except ServiceError as exc:
            show_customer_error(self, exc)
            return False
        self.accept()
        self.sig_created.emit(ticket_id)
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add ticket"))
        self.setAccessibleName(self.tr("Add ticket"))
        for widget, text in ((self.campaign, self.tr("&Campaign")), (self.subject, self.tr("&Subject"))):
            self.form.labelForField(widget).setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.ok.setText(self.tr("Create ticket"))
        self.ok.setAccessibleName(self.tr("Create ticket"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
