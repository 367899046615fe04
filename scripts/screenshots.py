"""Screenshots of the main screens in English and Spanish, for the README and for review.

Usage: python scripts/screenshots.py OUT_DIR  (offscreen; builds a demo database in OUT_DIR/data)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop import i18n
    from sagicc_desktop.services import auth
    from sagicc_desktop.services.ticket_list import pending_tickets
    from sagicc_desktop.startup import fill_demo_if_empty, open_data
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.main_window import MainWindow
    from sagicc_desktop.views.sign_in import SignInDialog

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    data = open_data(out / "data")
    fill_demo_if_empty(data)
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=out / "data")

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    for lang in ("en", "es"):
        i18n.install_translators(app, lang)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English))
        from sagicc_desktop.demo.seed import DEMO_USERS
        from sagicc_desktop.models.labels import label

        dialog = SignInDialog(ctx, demo_users=[(u.username, u.password, label(u.role)) for u in DEMO_USERS], language=lang)
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"sign-in-{lang}.png"))
        dialog.close()
        ctx.actor = auth.sign_in(data.db, "carlos", next(u.password for u in DEMO_USERS if u.username == "carlos"))
        from sagicc_desktop.services import layouts

        layouts.reset_user(data.db, ctx.actor)  # each language starts from the role's layout
        window = MainWindow(ctx, lang)
        window.resize(1440, 900)
        window.show()
        settle()
        window.grab().save(str(out / f"tickets-{lang}.png"))
        first = pending_tickets(data.db, ctx.actor)[0]
        view = window.open_ticket(first.id)
        settle()
        window.grab().save(str(out / f"ticket-2col-{lang}.png"))
        view.set_columns(3)
        settle()
        window.grab().save(str(out / f"ticket-3col-{lang}.png"))
        for key in ("contact", "tasks"):  # the working tabs on top of their columns
            view.panel.show_tab(key)
        settle()
        window.grab().save(str(out / f"ticket-3col-work-{lang}.png"))
        view.set_columns(2)
        for key in ("account", "notes"):
            view.panel.show_tab(key)
        settle()
        window.grab().save(str(out / f"ticket-2col-work-{lang}.png"))
        window.top_bar.pending_menu.popup(window.top_bar.pending_button.mapToGlobal(window.top_bar.pending_button.rect().bottomLeft()))
        settle()
        window.top_bar.pending_menu.grab().save(str(out / f"pending-{lang}.png"))
        window.top_bar.pending_menu.hide()
        # The conversation with a customer's voice note (T5), the composer under it (T6).
        voice_ticket = _ticket_with_voice_note(data.db, ctx.actor)
        if voice_ticket is not None:
            view = window.open_ticket(voice_ticket)
            view.panel.show_tab("ticket")
            view.panel.show_tab("conversation")
            settle()
            conversation = view.panel.tabs["conversation"]
            note = next(i for i in range(conversation.model.rowCount())
                        if conversation.model.rows[i].is_voice_note)
            conversation.show_interaction(conversation.model.rows[note].id)
            end = time.monotonic() + 2.0  # the waveform is measured off the GUI thread
            while time.monotonic() < end:
                app.processEvents()
            window.grab().save(str(out / f"conversation-voice-{lang}.png"))
        # The Customer tab (T1 with similar and related customers), then the profile (C1-C4)
        # and its dashboard (C6).
        view = window.open_ticket(first.id)
        view.panel.show_tab("customer")
        end = time.monotonic() + 2.0  # similar customers are looked up off the GUI thread
        while time.monotonic() < end:
            app.processEvents()
        window.grab().save(str(out / f"customer-tab-{lang}.png"))
        profile = window.open_customer(_customer_of(data.db, first.id))
        settle()
        window.grab().save(str(out / f"customer-profile-{lang}.png"))
        profile.show_tab("dashboard")
        settle()
        window.grab().save(str(out / f"customer-dashboard-{lang}.png"))
        profile.sig_back.emit()
        window.close_ticket(go_back=False)
        window.close()
        settle()
        supervisor = AppContext(db=data.db, blobs=data.blobs, data_dir=out / "data")
        supervisor.actor = auth.sign_in(data.db, "laura", next(u.password for u in DEMO_USERS if u.username == "laura"))
        from sagicc_desktop.views.ticket.view import TicketView

        editing = TicketView(supervisor, first.id)
        editing.resize(1440, 860)
        editing.show()
        settle()
        editing.layout_controls.edit_role_action.trigger()
        settle()
        editing.grab().save(str(out / f"layout-editing-{lang}.png"))
        editing.layout_controls.stop_editing()
        editing.leave()
        editing.close()
        settle()
        _administration(app, data, out, lang, settle)
    print(f"screenshots in {out}")


def _administration(app, data, out: Path, lang: str, settle) -> None:
    """The Administration module (A1-A3) as the demo administrator sees it, and the external view (O5)."""
    from sagicc_desktop.demo.seed import DEMO_USERS
    from sagicc_desktop.services import auth
    from sagicc_desktop.services.ticket_list import TicketFilter, TicketListQuery
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.main_window import MainWindow
    from sagicc_desktop.views.ticket.external_view_dialog import ExternalViewDialog

    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=out / "data")
    ctx.actor = auth.sign_in(data.db, "admin", next(u.password for u in DEMO_USERS if u.username == "admin"))
    window = MainWindow(ctx, lang)
    window.resize(1440, 900)
    window.show()
    settle()
    users = window.open_admin("users")
    users.list.setCurrentItem(users.list.topLevelItem(min(2, users.list.topLevelItemCount() - 1)))
    settle()
    window.grab().save(str(out / f"admin-users-{lang}.png"))
    campaigns = window.open_admin("campaigns")
    campaigns.list.setCurrentRow(0)
    settle()
    window.grab().save(str(out / f"admin-campaigns-{lang}.png"))
    campaigns.tabs.setCurrentWidget(campaigns.form_designer)
    settle()
    window.grab().save(str(out / f"admin-task-form-{lang}.png"))
    campaigns.tabs.setCurrentWidget(campaigns.sla_editor)
    settle()
    window.grab().save(str(out / f"admin-sla-{lang}.png"))
    channels = window.open_admin("channels")
    for row in range(channels.list.count()):
        if channels.list.item(row).text().lower().startswith(("correo", "billing")):  # an e-mail channel
            channels.list.setCurrentRow(row)
            break
    settle()
    window.grab().save(str(out / f"admin-channels-{lang}.png"))
    templates = window.open_admin("templates")
    tree = templates.tree
    if tree.topLevelItemCount() and tree.topLevelItem(0).childCount():
        tree.setCurrentItem(tree.topLevelItem(0).child(0))
    end = time.monotonic() + 1.0  # the preview follows a short pause
    while time.monotonic() < end:
        app.processEvents()
    window.grab().save(str(out / f"admin-templates-{lang}.png"))
    window.open_admin("presence")
    settle()
    window.grab().save(str(out / f"admin-presence-{lang}.png"))
    from sagicc_desktop.services import user_admin

    for on in (True, False):  # a couple of administration changes to show in the log
        user_admin.set_hide_other_campaigns(data.db, ctx.actor, on)
    window.open_admin("changes").refresh()
    settle()
    window.grab().save(str(out / f"admin-changes-{lang}.png"))
    rows = TicketListQuery(data.db, ctx.actor, TicketFilter()).first_page(5)
    if rows:
        dialog = ExternalViewDialog(ctx, rows[-1].id)
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"external-view-{lang}.png"))
        dialog.close()
    window.close()
    settle()


def _customer_of(db, ticket_id):
    from sagicc_desktop.services.unit_of_work import read_only
    from sagicc_desktop.store.entities import Ticket

    with read_only(db) as s:
        return s.get(Ticket, ticket_id).customer_id


def _ticket_with_voice_note(db, actor):
    """The newest open ticket of the actor's whose conversation has a voice note."""
    from sqlalchemy import select

    from sagicc_desktop.store.entities import Interaction, Ticket
    from sagicc_desktop.store.enums import TicketStatus

    with db.sessions() as s:
        return s.scalar(select(Ticket.id).join(Interaction, Interaction.ticket_id == Ticket.id)
                        .where(Interaction.is_voice_note, Ticket.assignee_id == actor.user_id,
                               Ticket.status.in_(TicketStatus.open_statuses()))
                        .order_by(Interaction.occurred_at.desc()).limit(1))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
