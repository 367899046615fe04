"""The whole A2 screen: the Campaigns page with the task-form designer and the SLA editor as
two more of the chosen campaign's tabs (each saved by the page's Save, asked about when unsaved)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .campaigns_page import CampaignsPage
from .form_designer import TaskFormDesigner
from .sla_editor import SlaEditor


class CampaignSetupPage(CampaignsPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.form_designer = TaskFormDesigner(ctx)
        self.sla_editor = SlaEditor(ctx)
        self.add_campaign_tab(self.form_designer, QT_TRANSLATE_NOOP("CampaignsPage", "Tas&k form"))
        self.add_campaign_tab(self.sla_editor, QT_TRANSLATE_NOOP("CampaignsPage", "S&LA"))
