"""The Administration module: a list of sections beside the section on show.

The list offers the sections the signed-in user may use (administrators everything, supervisors
the presence board), decided here from the role alone: the window is built for every user, and
importing the pages' modules to ask them would cost every sign-in. A page's module is imported
and the page built the first time it is chosen, so the module costs nothing until it is opened.
Each page also says `available_to(actor)`; a test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ...services.actor import Actor
from ..context import AppContext
from ..icons import icon
from ..widgets import Retranslating, name


@dataclass(frozen=True)
class Section:
    key: str
    glyph: str
    title: str  # English source, translated in the "AdminPage" context
    load: Callable[[], type]  # the page's class, imported on first use
    for_whom: Callable[[Actor], bool]  # the same rule as the page's available_to, without importing it

    def page_class(self):
        return self.load()


# Plain import statements (not importlib) so that a frozen bundle finds every page.
def _users():
    from .users_page import UsersPage
    return UsersPage


def _presence():
    from .presence_board import PresenceBoard
    return PresenceBoard


def _campaigns():
    from .campaign_setup_page import CampaignSetupPage
    return CampaignSetupPage


def _channels():
    from .channels_page import ChannelsPage
    return ChannelsPage


def _templates():
    from .templates_page import TemplatesPage
    return TemplatesPage


def _surveys():
    from .surveys_page import SurveysPage
    return SurveysPage


def _import():
    from .import_page import ImportPage
    return ImportPage


def _changes():
    from .admin_changes import AdminChangesPage
    return AdminChangesPage


def _admins(actor: Actor) -> bool:
    return actor.is_admin


def _supervisors(actor: Actor) -> bool:
    return actor.sees_everything  # administrators and supervisors


SECTIONS = (
    Section("users", "fa5s.user-cog", QT_TRANSLATE_NOOP("AdminPage", "Users"), _users, _admins),
    Section("presence", "fa5s.signal", QT_TRANSLATE_NOOP("AdminPage", "Presence"), _presence, _supervisors),
    Section("campaigns", "fa5s.bullhorn", QT_TRANSLATE_NOOP("AdminPage", "Campaigns"), _campaigns, _admins),
    Section("channels", "fa5s.plug", QT_TRANSLATE_NOOP("AdminPage", "Channels"), _channels, _admins),
    Section("templates", "fa5s.file-alt", QT_TRANSLATE_NOOP("AdminPage", "Message templates"), _templates,
            _admins),
    Section("surveys", "fa5s.poll", QT_TRANSLATE_NOOP("AdminPage", "Surveys"), _surveys, _admins),
    Section("import", "fa5s.file-import", QT_TRANSLATE_NOOP("AdminPage", "Import from CSV"), _import, _admins),
    Section("changes", "fa5s.history", QT_TRANSLATE_NOOP("AdminPage", "Change log"), _changes, _admins),
)


def sections_for(actor: Actor) -> list[Section]:
    return [s for s in SECTIONS if s.for_whom(actor)]


class AdminPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        name(self, "adminPage")
        self.sections = sections_for(ctx.user)
        self.pages: dict[str, QWidget] = {}
        self.menu = name(QListWidget(), "adminSections")
        self.menu.setFixedWidth(180)
        self.menu.setIconSize(QSize(18, 18))
        for section in self.sections:
            item = QListWidgetItem(icon(section.glyph), "")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.menu.addItem(item)
        self.stack = name(QStackedWidget(), "adminStack")
        self.menu.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.menu)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802
        """The first section is built when the module is first shown, not with the window."""
        super().showEvent(event)
        if self.sections and self.menu.currentRow() < 0:
            self.menu.setCurrentRow(0)

    @staticmethod
    def available_to(actor: Actor) -> bool:
        return bool(sections_for(actor))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.show_section(self.sections[row].key)

    def show_section(self, key: str) -> QWidget:
        """The section's page, built on first use, brought to the front."""
        page = self.pages.get(key)
        if page is None:
            section = next(s for s in self.sections if s.key == key)
            page = section.page_class()(self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        row = next(i for i, s in enumerate(self.sections) if s.key == key)
        if self.menu.currentRow() != row:
            self.menu.setCurrentRow(row)
        return page

    def retranslate(self) -> None:
        self.menu.setAccessibleName(self.tr("Administration sections"))
        for row, section in enumerate(self.sections):
            self.menu.item(row).setText(QCoreApplication.translate("AdminPage", section.title))
