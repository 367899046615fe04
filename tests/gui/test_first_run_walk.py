"""The first-run walk (issue 6, "Done when"): from an EMPTY database, as users would with keyboard
and mouse, the first administrator signs up, creates an agent (and their signature), sets up an
e-mail channel against the real test servers (aiosmtpd and Dovecot), a campaign with a script, a
task form and an SLA rule, and a template; a customer's e-mail fetched over IMAP opens a ticket in
the new campaign; the agent signs in, reads the script, saves the task form, answers with the
template, and the real SMTP server receives the reply. The change log lists the administrator's
work. No demo data anywhere."""

from __future__ import annotations

import re
import sys
import uuid
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "channels"))

from imap_server import PASSWORD as IMAP_PASSWORD  # noqa: E402
from imap_server import dovecot_tls  # noqa: E402,F401
from sagicc_desktop.services import auth, presence  # noqa: E402
from sagicc_desktop.services import campaign_admin as ca  # noqa: E402
from sagicc_desktop.services import channel_secrets  # noqa: E402
from sagicc_desktop.services import sla_admin  # noqa: E402
from sagicc_desktop.services import task_form_design as tfd  # noqa: E402
from sagicc_desktop.services.unit_of_work import read_only  # noqa: E402
from sagicc_desktop.startup import open_data  # noqa: E402
from sagicc_desktop.store.entities import Customer, Interaction, TaskRecord, Ticket, User  # noqa: E402
from sagicc_desktop.store.enums import ChannelKind, Direction, InteractionStatus, Presence, Role  # noqa: E402
from sagicc_desktop.store.types import utcnow  # noqa: E402
from sagicc_desktop.views.context import AppContext  # noqa: E402
from sagicc_desktop.views.main_window import MainWindow  # noqa: E402
from sagicc_desktop.views.sign_in import SignInDialog  # noqa: E402
from smtp_server import LOGIN as SMTP_LOGIN  # noqa: E402
from smtp_server import PASSWORD as SMTP_PASSWORD  # noqa: E402
from smtp_server import SmtpServer  # noqa: E402

from .conftest import show_active  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
WAIT = 30_000

ADMIN = ("Ana Admin", "ana", "first-admin-1")
AGENT = ("Pablo Agent", "pablo", "agent-pass-1", "pablo@helpdesk.example")
MAILBOX = "support@helpdesk.example"
CAMPAIGN = "Home Internet"
CHANNEL = "Support mailbox"


# -- small user gestures ------------------------------------------------------------------------
def retype(qtbot, widget, text: str) -> None:
    """Select what is there, delete it, type the new text."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def tick_item(qtbot, list_widget, text_part: str) -> None:
    """Click a list item's check box, as a user would."""
    item = next(list_widget.item(i) for i in range(list_widget.count()) if text_part in list_widget.item(i).text())
    list_widget.scrollToItem(item)
    list_widget.setCurrentItem(item)
    list_widget.setFocus()
    qtbot.keyClick(list_widget, Qt.Key.Key_Space)  # Space ticks the current item
    assert item.checkState() is Qt.CheckState.Checked, text_part


def choose(combo: QComboBox, index: int) -> None:
    """Pick an entry as a user's click in the drop-down does (which also emits activated)."""
    assert index >= 0
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def back_to(qtbot, window) -> None:
    """A dialog closed: its window is active again, as on a desktop (offscreen keeps the dialog)."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def customer_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Carla Ruiz <carla.ruiz@cliente.example>"
    msg["To"] = MAILBOX
    msg["Subject"] = "My router does not start"
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="cliente.example")
    msg.set_content("Hello, since this morning the router shows a red light. Carla")
    return msg.as_bytes()


# -- the walk -----------------------------------------------------------------------------------
def test_from_an_empty_database_to_an_agent_answering_a_ticket(qtbot, tmp_path, memory_keyring,
                                                                dovecot_tls):  # noqa: F811
    smtp_folder = tmp_path / "smtp"
    smtp_folder.mkdir()
    smtp = SmtpServer(smtp_folder, security="starttls", auth=True).start()
    data = open_data(tmp_path / "fresh")  # no demo data: an empty database
    windows: list[MainWindow] = []
    try:
        _walk(qtbot, data, smtp, dovecot_tls, windows)
    finally:
        for window in windows:
            window.stop_channels()
        smtp.stop()
        data.db.dispose()


def _walk(qtbot, data, smtp, imap, windows) -> None:
    with read_only(data.db) as s:
        assert s.scalar(select(User.id).limit(1)) is None

    # (1) The first start asks for the first administrator.
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir)
    dialog = SignInDialog(ctx)
    show_active(qtbot, dialog, size=(520, 480))
    assert dialog.first_run and dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.display_name, ADMIN[0])
    qtbot.keyClicks(dialog.username, ADMIN[1])
    qtbot.keyClicks(dialog.password, ADMIN[2])
    qtbot.keyClicks(dialog.confirm, ADMIN[2])
    qtbot.mouseClick(dialog.ok_button, LEFT)
    admin = dialog.actor
    assert admin is not None and admin.role is Role.ADMINISTRATOR and admin.display_name == ADMIN[0]
    dialog.close()
    admin_ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir, actor=admin)
    window = show_active(qtbot, MainWindow(admin_ctx), size=(1400, 900))
    windows.append(window)

    # (2) Users: a new agent, who can sign in, and their e-mail signature.
    users = window.open_admin("users")
    users.list.setFocus()
    qtbot.keyClick(users.list, Qt.Key.Key_N, CTRL)
    assert users.is_new and users.username.hasFocus()
    retype(qtbot, users.username, AGENT[1])
    retype(qtbot, users.display_name, AGENT[0])
    retype(qtbot, users.email, AGENT[3])
    retype(qtbot, users.password, AGENT[2])
    retype(qtbot, users.password_again, AGENT[2])
    choose(users.role, users.role.findData(Role.AGENT))
    qtbot.keyClick(users.username, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not users.is_new, timeout=WAIT)
    assert f"{AGENT[0]} was created" in users.status.text()
    agent = auth.sign_in(data.db, AGENT[1], AGENT[2])
    assert agent.role is Role.AGENT and agent.display_name == AGENT[0]

    assert users.signature_button.isEnabled()
    qtbot.mouseClick(users.signature_button, LEFT)
    qtbot.waitUntil(lambda: users.signature_dialog is not None and users.signature_dialog.isVisible(), timeout=WAIT)
    signature = users.signature_dialog
    edit = signature.editor.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "Pablo, Home Internet help desk")
    qtbot.mouseClick(signature.save_button, LEFT)
    qtbot.waitUntil(lambda: not signature.isVisible(), timeout=WAIT)
    back_to(qtbot, window)

    # (3) Channels: e-mail against the real SMTP and IMAP servers, both tested, then saved.
    channels = window.open_admin("channels")
    channels.new_actions[ChannelKind.EMAIL].trigger()
    fields = channels.fields
    for key, text in (("name", CHANNEL), ("address", MAILBOX), ("smtp_host", "127.0.0.1")):
        retype(qtbot, fields[key].widget, text)
    choose(fields["smtp_security"].widget, fields["smtp_security"].widget.findData("starttls"))
    for key, text in (("smtp_port", str(smtp.port)), ("smtp_username", SMTP_LOGIN), ("smtp", SMTP_PASSWORD),
                      ("smtp_ca_file", str(smtp.cert)), ("imap_host", "127.0.0.1")):
        retype(qtbot, fields[key].widget, text)
    choose(fields["imap_security"].widget, fields["imap_security"].widget.findData("tls"))
    for key, text in (("imap_port", str(imap.tls_port)), ("imap_username", imap.user), ("imap", IMAP_PASSWORD),
                      ("imap_ca_file", str(imap.cert))):
        retype(qtbot, fields[key].widget, text)
    for proto, port in (("smtp", smtp.port), ("imap", imap.tls_port)):
        tester = channels.testers[proto]
        qtbot.mouseClick(tester.button, LEFT)
        qtbot.waitUntil(lambda: tester.task is None, timeout=WAIT)  # off the GUI thread
        assert tester.last.code == "ok", tester.result.text()
        assert f"Connected to 127.0.0.1:{port} ({proto.upper()})" in tester.result.text()
    qtbot.mouseClick(channels.save_button, LEFT)
    qtbot.waitUntil(lambda: channels.save_task is None, timeout=WAIT)  # the keychain off the GUI thread
    assert channels.status.text() == "Saved.", channels.status.text()
    channel = next(s for s in channels.summaries if s.name == CHANNEL)
    assert channel_secrets.get_password(channel.channel_id, "smtp") == SMTP_PASSWORD
    assert channel_secrets.get_password(channel.channel_id, "imap") == IMAP_PASSWORD

    # (4) Campaigns: general data, the agent as member, the channel (opening tickets), a script.
    campaigns = window.open_admin("campaigns")
    campaigns.list.setFocus()
    qtbot.keyClick(campaigns.list, Qt.Key.Key_N, CTRL)
    assert campaigns.is_new and campaigns.name_edit.hasFocus()
    qtbot.keyClicks(campaigns.name_edit, CAMPAIGN)
    qtbot.keyClicks(campaigns.description_edit, "Customers whose home internet fails.")
    campaigns.tabs.setCurrentWidget(campaigns.pages["members"])
    tick_item(qtbot, campaigns.member_list, f"({AGENT[1]})")
    campaigns.tabs.setCurrentWidget(campaigns.pages["channels"])
    tick_item(qtbot, campaigns.channel_list, CHANNEL)
    choose(campaigns.default_combo, campaigns.default_combo.findText(CHANNEL, Qt.MatchFlag.MatchContains))
    assert CHANNEL in campaigns.default_hint.text()
    campaigns.tabs.setCurrentWidget(campaigns.pages["script"])
    editor = campaigns.script_editor.edit
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "Greet the customer by name")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Ask whether the router light is red or orange")
    qtbot.keyClick(campaigns.name_edit, Qt.Key.Key_S, CTRL)
    assert campaigns.status.text() == "Saved.", campaigns.status.text()
    campaign_id = campaigns.detail.campaign_id

    # The Task form tab (enabled once the campaign exists): a choice field and a required text.
    designer = campaigns.form_designer
    assert campaigns.tabs.isTabEnabled(campaigns.tabs.indexOf(designer))
    campaigns.tabs.setCurrentWidget(designer)
    designer.field_list.setFocus()
    qtbot.keyClick(designer.field_list, Qt.Key.Key_Insert)
    assert designer.label_edit.hasFocus()
    qtbot.keyClicks(designer.label_edit, "Router light")
    choose(designer.type_combo, designer.type_combo.findData("choice"))
    for text in ("Red", "Orange"):
        qtbot.mouseClick(designer.add_choice_button, LEFT)
        qtbot.waitUntil(lambda: isinstance(designer.focusWidget(), QLineEdit), timeout=WAIT)
        choice_edit = designer.focusWidget()
        qtbot.keyClicks(choice_edit, text)
        qtbot.keyClick(choice_edit, Qt.Key.Key_Return)
    designer.field_list.setFocus()
    qtbot.keyClick(designer.field_list, Qt.Key.Key_Insert)
    qtbot.keyClicks(designer.label_edit, "What was agreed")
    choose(designer.type_combo, designer.type_combo.findData("text"))
    designer.required_box.setFocus()
    qtbot.keyClick(designer.required_box, Qt.Key.Key_Space)
    assert [s["label"] for s in designer.preview.specs] == ["Router light", "What was agreed"]

    # The SLA tab: critical tickets of any category solved within 4 hours.
    sla = campaigns.sla_editor
    campaigns.tabs.setCurrentWidget(sla)
    sla.rules.setFocus()
    qtbot.keyClick(sla.rules, Qt.Key.Key_Insert)
    row = sla.rules.rowCount() - 1
    priority = sla.rules.cellWidget(row, 0)
    critical = next(i for i in range(priority.count()) if priority.itemText(i) == "Critical")
    choose(priority, critical)
    hours = sla.rules.cellWidget(row, 2)
    hours.setFocus()
    hours.selectAll()
    qtbot.keyClicks(hours, "4")
    assert designer.has_unsaved() and sla.has_unsaved()
    qtbot.mouseClick(campaigns.save_button, LEFT)
    assert campaigns.status.text() == "Saved.", campaigns.status.text()
    assert not designer.has_unsaved() and not sla.has_unsaved()

    saved = ca.get_campaign(data.db, admin, campaign_id)
    assert {m.username for m in saved.members} == {AGENT[1]}
    assert saved.inbound_default_id == channel.channel_id
    assert re.search(r"font-weight:\s*700[^>]*>Greet the customer by name<", saved.script_html), saved.script_html
    design = tfd.current_design(data.db, admin, campaign_id)
    by_label = {f["label"]: f for f in design.fields}
    assert by_label["Router light"]["type"] == "choice" and by_label["Router light"]["choices"] == ["Red", "Orange"]
    assert by_label["What was agreed"]["required"] is True
    rules = sla_admin.sla_settings(data.db, admin, campaign_id).rules
    assert any(r.hours == 4 and r.category_id is None for r in rules), rules

    # (5) Templates: a category and an e-mail template with a placeholder.
    templates = window.open_admin("templates")
    qtbot.mouseClick(templates.new_category_button, LEFT)
    qtbot.waitUntil(lambda: templates.category_dialog is not None and templates.category_dialog.isVisible(),
                    timeout=WAIT)
    category_dialog = templates.category_dialog
    qtbot.waitUntil(category_dialog.isActiveWindow, timeout=WAIT)
    name_edit = category_dialog.findChild(QLineEdit)
    qtbot.keyClicks(name_edit, "First answers")
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)  # the dialog's OK
    qtbot.waitUntil(lambda: any(c.name == "First answers" for c in templates.categories), timeout=WAIT)
    back_to(qtbot, window)
    templates.tree.setFocus()
    qtbot.keyClick(templates.tree, Qt.Key.Key_N, CTRL)
    assert templates.name_edit.hasFocus() and templates.category.currentText() == "First answers"
    qtbot.keyClicks(templates.name_edit, "Router checks")
    choose(templates.channel, templates.channel.findData("email"))
    templates.body.setFocus()
    qtbot.keyClicks(templates.body, "Dear {{ customer.first_name }}, please unplug the router for a minute.")
    qtbot.keyClick(templates.body, Qt.Key.Key_S, CTRL)
    assert templates.status.text() == "Saved.", templates.status.text()

    # (6) A customer writes; the agent's session fetches it over IMAP once: a ticket opens.
    imap.append(customer_mail())
    agent_ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir,
                           actor=_sign_in_agent(qtbot, data))
    agent_window = show_active(qtbot, MainWindow(agent_ctx), size=(1400, 900))
    windows.append(agent_window)
    agent_window.start_channels(inbound_interval=3600)  # one fetch now, the next in an hour
    ticket_id = _wait_for_ticket(qtbot, data)
    with read_only(data.db) as s:
        ticket = s.get(Ticket, ticket_id)
        number, customer = ticket.number, s.get(Customer, ticket.customer_id)
        assert ticket.campaign_id == campaign_id
        assert (customer.first_name, customer.last_name) == ("Carla", "Ruiz")

    # (7) The agent finds it on the Tickets page and opens it.
    page = agent_window.tickets_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.count_known and page.model.rowCount() == 1, timeout=WAIT)
    table = page.table
    index = page.model.index(0, 0)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=where)
    qtbot.waitUntil(lambda: agent_window.ticket_view is not None, timeout=WAIT)
    view = agent_window.ticket_view
    assert view.ticket_id == ticket_id
    assert presence.current(data.db, agent_ctx.user.user_id) is Presence.BUSY  # working a ticket

    # The Script tab shows the campaign's script.
    view.panel.show_tab("script")
    script = view.panel.tabs["script"]
    qtbot.waitUntil(lambda: "Greet the customer by name" in script.browser.document().toPlainText(), timeout=WAIT)

    # The Tasks tab shows the new form; the agent fills it and saves.
    view.panel.show_tab("tasks")
    tasks_tab = view.panel.tabs["tasks"]
    tasks_tab.ensure_loaded()
    assert [s["label"] for s in tasks_tab.form.specs] == ["Router light", "What was agreed"]
    assert tasks_tab.save_button.isEnabled(), tasks_tab.save_button.toolTip()
    keys = {s["label"]: s["key"] for s in tasks_tab.form.specs}
    light = tasks_tab.form.inputs[keys["Router light"]]
    choose(light, light.findText("Red"))
    qtbot.keyClicks(tasks_tab.form.inputs[keys["What was agreed"]], "Unplug for a minute")
    with qtbot.waitSignal(tasks_tab.sig_ticket_changed, timeout=WAIT):
        qtbot.mouseClick(tasks_tab.save_button, LEFT)
    assert tasks_tab.message.text().startswith("Task saved."), tasks_tab.message.text()
    with read_only(data.db) as s:
        record = s.scalar(select(TaskRecord).where(TaskRecord.ticket_id == ticket_id))
        assert record is not None and record.values == {keys["Router light"]: "Red",
                                                      keys["What was agreed"]: "Unplug for a minute"}, record.values

    # The Conversation tab's composer: the template, filled with the customer's first name, sent.
    view.panel.show_tab("conversation")
    conversation = view.panel.tabs["conversation"]
    qtbot.waitUntil(lambda: conversation.composer is not None and bool(conversation.composer.channels), timeout=WAIT)
    composer = conversation.composer
    email_index = next(i for i, c in enumerate(composer.channels) if c.kind is ChannelKind.EMAIL)
    choose(composer.channel, email_index)
    assert composer.recipient_value().lower() == "carla.ruiz@cliente.example"
    composer._fill_template_menu()
    category = next(a.menu() for a in composer.template_menu.actions()
                    if a.menu() and a.text().replace("&", "") == "First answers")
    next(a for a in category.actions() if a.text().startswith("Router checks (")).trigger()
    assert composer.body.toPlainText().startswith("Dear Carla, please unplug the router")
    assert composer.signature_box.isVisible() and composer.signature_box.isChecked()
    assert composer.send_button.isVisible() and composer.send_button.height() > 0  # not squeezed away
    with qtbot.waitSignal(composer.sig_queued, timeout=WAIT) as queued:
        qtbot.mouseClick(composer.send_button, LEFT)
    interaction_id = uuid.UUID(queued.args[0])

    # The outbox worker of the agent's session sends it to the real SMTP server.
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=WAIT)
    sent = smtp.received[0]
    message = sent.message
    assert [r.lower() for r in sent.rcpt_tos] == ["carla.ruiz@cliente.example"]
    assert f"[#{number}]" in message["Subject"]
    text = message.get_body(("plain",)).get_content()
    assert "Dear Carla, please unplug the router" in text
    assert "Pablo, Home Internet help desk" in text
    assert MAILBOX in message["From"]
    qtbot.waitUntil(lambda: _status(data, interaction_id) is InteractionStatus.SENT, timeout=WAIT)
    assert presence.current(data.db, agent_ctx.user.user_id) is Presence.BUSY

    # The change log lists what the administrator did.
    changes = window.open_admin("changes")
    changes.refresh()
    tree = changes.table.tree
    rows = [" | ".join(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
            for i in range(tree.topLevelItemCount())]
    by_admin = [r for r in rows if ADMIN[0] in r]
    assert by_admin, rows
    for name in (AGENT[0], CHANNEL, CAMPAIGN, "Router checks"):
        assert any(name in r for r in by_admin), (name, rows)


def _sign_in_agent(qtbot, data):
    """The agent signs in on the ordinary sign-in screen (no first-run form any more)."""
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=data.data_dir)
    dialog = SignInDialog(ctx)
    show_active(qtbot, dialog, size=(520, 420))
    assert not dialog.first_run
    qtbot.keyClicks(dialog.username, AGENT[1])
    qtbot.keyClicks(dialog.password, AGENT[2])
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT) as signal:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    dialog.close()
    actor = signal.args[0]
    assert actor.role is Role.AGENT
    return actor


def _wait_for_ticket(qtbot, data) -> uuid.UUID:
    found: list[uuid.UUID] = []

    def arrived() -> bool:
        with read_only(data.db) as s:
            found[:] = s.scalars(select(Ticket.id)).all()
            return bool(found) and s.scalar(select(Interaction.id).where(
                Interaction.direction == Direction.INCOMING)) is not None

    qtbot.waitUntil(arrived, timeout=WAIT)
    assert len(found) == 1
    return found[0]


def _status(data, interaction_id: uuid.UUID):
    with read_only(data.db) as s:
        return s.get(Interaction, interaction_id).status

