"""V2/V3 from the options menu: columns, which tabs show, the user's own copy, and the
supervisor's layout-editing mode that saves an arrangement for a whole role."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton

from ...models.labels import label
from ...services import layouts
from ...services.errors import ServiceError
from ...store.enums import Role
from ..messages import show_error
from ..widgets import Retranslating, name


class LayoutEditBar(Retranslating, QFrame):
    """Shown above the panel while a supervisor arranges a role's layout."""

    sig_role_changed = Signal(object)
    sig_save = Signal()
    sig_cancel = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        name(self, "layoutEditBar")
        self.setStyleSheet("#layoutEditBar { background: #fff8e1; border-bottom: 1px solid #ffe082; }")
        self.text = name(QLabel(), "layoutEditText")
        self.role = name(QComboBox(), "layoutRoleCombo")
        for role in Role:
            self.role.addItem(label(role), role.value)
        self.role.activated.connect(lambda _i: self.sig_role_changed.emit(Role(self.role.currentData())))
        self.hint = name(QLabel(), "layoutEditHint")
        self.hint.setStyleSheet("color: palette(dark);")
        self.save_button = name(QPushButton(), "saveRoleLayoutButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.sig_save)
        self.cancel_button = name(QPushButton(), "cancelRoleLayoutButton")
        self.cancel_button.clicked.connect(self.sig_cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text)
        row.addWidget(self.role)
        row.addWidget(self.hint, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        self.retranslate()

    def current_role(self) -> Role:
        return Role(self.role.currentData())

    def set_role(self, role: Role) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def retranslate(self) -> None:
        self.text.setText(self.tr("Editing the layout of the role"))
        self.hint.setText(self.tr("Move, stack, float or hide tabs, then save it for everyone with this role."))
        for i in range(self.role.count()):
            self.role.setItemText(i, label(Role(self.role.itemData(i))))
        self.role.setAccessibleName(self.tr("Role whose layout is edited"))
        self.save_button.setText(self.tr("Save for role"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setAccessibleName(self.tr("Layout editing"))


class LayoutControls(Retranslating, QObject):
    """Owns the layout menu of a TicketView and the edit bar; the view swaps panels for it."""

    def __init__(self, view, menu: QMenu) -> None:
        super().__init__(view)
        self.view = view
        self.editing = False
        self._user_changed = False
        self.menu = name(QMenu(menu), "layoutMenu")
        menu.addMenu(self.menu)
        group = QActionGroup(self)
        self.two_columns_action = self._action("twoColumnsAction", lambda: self.set_columns(2), group)
        self.three_columns_action = self._action("threeColumnsAction", lambda: self.set_columns(3), group)
        self.menu.addSeparator()
        self.tabs_menu = name(QMenu(self.menu), "showTabsMenu")
        self.tabs_menu.aboutToShow.connect(self._fill_tabs_menu)
        self.menu.addMenu(self.tabs_menu)
        self.reset_action = self._action("resetLayoutAction", self.reset_to_role)
        self.menu.addSeparator()
        self.edit_role_action = self._action("editRoleLayoutAction", self.start_editing)
        self.edit_role_action.setVisible(view.ctx.user.sees_everything)
        self.bar = LayoutEditBar()
        self.bar.hide()
        self.bar.sig_role_changed.connect(self._edit_role)
        self.bar.sig_save.connect(self.save_for_role)
        self.bar.sig_cancel.connect(self.stop_editing)
        self.watch(view.panel)
        self.sync()
        self.retranslate()

    def _action(self, object_name: str, slot, group: QActionGroup | None = None) -> QAction:
        action = name(QAction(self), object_name)
        if group is not None:
            action.setCheckable(True)
            group.addAction(action)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def watch(self, panel) -> None:
        panel.sig_layout_changed.connect(self._rearranged)

    def _rearranged(self) -> None:
        if not self.editing:
            self._user_changed = True

    def _fill_tabs_menu(self) -> None:
        self.tabs_menu.clear()
        panel = self.view.panel
        panel.ensure_arranged()
        for dock in panel.docks.values():
            self.tabs_menu.addAction(dock.toggleViewAction())

    # -- the user's own copy ---------------------------------------------------------------
    def set_columns(self, columns: int) -> None:
        if columns != self.view.panel.spec.columns:
            self.view.replace_panel(layouts.default(columns))
            if not self.editing:
                self._user_changed = True
                QTimer.singleShot(0, self.keep_user_changes)  # stored once the new panel is painted
        self.sync()

    def _save_user_copy(self) -> None:
        try:
            spec = layouts.save_for_user(self.view.ctx.db, self.view.ctx.user, self.view.panel.current_spec())
        except ServiceError as exc:
            show_error(self.view, exc)
            return
        self.view.panel.spec = spec
        self._user_changed = False
        self.sync()

    def keep_user_changes(self) -> None:
        """On leaving the ticket: the docks the user moved stay where they put them."""
        if self._user_changed and not self.editing:
            self._save_user_copy()

    def reset_to_role(self) -> None:
        spec = layouts.reset_user(self.view.ctx.db, self.view.ctx.user)
        self._user_changed = False
        self.view.replace_panel(spec)
        self.sync()

    # -- V3: editing a role's layout -------------------------------------------------------
    def start_editing(self) -> None:
        if self.editing:
            return
        self.editing = True
        self.keep_user_changes()
        self.bar.set_role(self.view.ctx.user.role)
        self.bar.show()
        self._edit_role(self.bar.current_role())
        self.bar.save_button.setFocus()

    def _edit_role(self, role: Role) -> None:
        self.view.replace_panel(layouts.for_role(self.view.ctx.db, role))
        self.sync()

    def save_for_role(self) -> None:
        try:
            layouts.save_for_role(self.view.ctx.db, self.view.ctx.user, self.bar.current_role(),
                                  self.view.panel.current_spec())
        except ServiceError as exc:
            show_error(self.view, exc)
            return
        self.stop_editing()

    def stop_editing(self) -> None:
        if not self.editing:
            return
        self.editing = False
        self.bar.hide()
        self.view.replace_panel(layouts.for_user(self.view.ctx.db, self.view.ctx.user))
        self._user_changed = False
        self.sync()

    def sync(self) -> None:
        columns = self.view.panel.spec.columns
        self.two_columns_action.setChecked(columns == 2)
        self.three_columns_action.setChecked(columns == 3)
        own = self.view.panel.spec.source == "user"
        self.reset_action.setEnabled(own and not self.editing)
        self.reset_action.setToolTip("" if own else self.tr("You are already using your role's layout."))
        self.edit_role_action.setEnabled(not self.editing)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Layout"))
        self.two_columns_action.setText(self.tr("Two columns"))
        self.three_columns_action.setText(self.tr("Three columns"))
        self.tabs_menu.setTitle(self.tr("Show tabs"))
        self.reset_action.setText(self.tr("Reset to my role's layout"))
        self.edit_role_action.setText(self.tr("Edit a role's layout…"))
        self.sync()


__all__ = ["LayoutControls", "LayoutEditBar"]
