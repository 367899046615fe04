"""T13: additional tabs found through entry points; broken plugins are skipped, never fatal; the
example "Customer links" tab renders from a real ticket's context."""

from __future__ import annotations

import logging
import sys
import types
import uuid
from importlib.metadata import EntryPoint

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from sagicc_desktop import plugins
from sagicc_desktop.plugins.api import ENTRY_POINT_GROUP, TabPlugin, TicketContext, current_language
from sagicc_desktop.plugins.examples.customer_links import CustomerLinksTab, details, links
from sagicc_desktop.services.errors import NotFound
from sagicc_desktop.services.plugin_context import ContactInfo, ticket_context
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ContactPoint, Customer, Ticket
from sagicc_desktop.store.enums import ContactKind
from sagicc_desktop.views.ticket.tab_registry import TAB_CLASSES

from .conftest import show_active

FAKE = "sagicc_fake_tab_plugins"


class _Good:
    key = "good_tab"

    def title(self, language):
        return {"es": "Bueno"}.get(language, "Good")

    def create(self, context):
        return QLabel(f"#{context.ticket_number}")


class _Raises(_Good):
    key = "raises_tab"

    def create(self, context):
        raise RuntimeError("backend down")


class _NotAWidget(_Good):
    key = "not_widget"

    def create(self, context):
        return "hello"


class _BadTitle(_Good):
    key = "bad_title"

    def title(self, language):
        raise KeyError(language)


class _OldApi(_Good):
    key = "old_api"
    api_version = 0


class _NoKey:
    def title(self, language):
        return "x"

    def create(self, context):
        return QWidget()


class _ExplodesOnInit(_Good):
    def __init__(self):
        raise ValueError("cannot configure")


@pytest.fixture
def fake_module(monkeypatch):
    module = types.ModuleType(FAKE)
    for cls in (_Good, _Raises, _NotAWidget, _BadTitle, _OldApi, _NoKey, _ExplodesOnInit):
        setattr(module, cls.__name__.lstrip("_"), cls)
    module.instance = _Good()
    monkeypatch.setitem(sys.modules, FAKE, module)
    return module


def _ep(name: str, attr: str) -> EntryPoint:
    return EntryPoint(name=name, value=f"{FAKE}:{attr}", group=ENTRY_POINT_GROUP)


def _context(**kw) -> TicketContext:
    base = dict(ticket_id=uuid.uuid4(), ticket_number=42, subject="No internet", status="new",
                campaign_name="Home", customer_id=uuid.uuid4(), customer_name="Ana María Pérez",
                document_type="cc", document_number="1020304050",
                contacts=(ContactInfo("email", "ana@example.com"), ContactInfo("mobile", "+57 300 123 4567"),
                          ContactInfo("address", "Calle 10 # 5-20, Bogotá")))
    base.update(kw)
    return TicketContext(**base)


# ---------------------------------------------------------------- discovery


def test_the_example_is_found_through_real_entry_point_metadata():
    found = plugins.discover(reserved=TAB_CLASSES)
    assert "customer_links" in [p.key for p in found]
    example = next(p for p in found if p.key == "customer_links")
    assert isinstance(example, CustomerLinksTab) and isinstance(example, TabPlugin)
    assert plugins.tab_title(example, "en") == "Customer links"
    assert plugins.tab_title(example, "es") == "Enlaces del cliente"
    assert "customer_links" in [p.key for p in plugins.installed_tabs(frozenset(TAB_CLASSES))]


def test_broken_plugins_are_skipped_with_a_warning(fake_module, caplog):
    eps = [_ep("good", "Good"), _ep("missing", "DoesNotExist"),
           EntryPoint(name="no_module", value="no_such_package_xyz.tabs:Tab", group=ENTRY_POINT_GROUP),
           _ep("old", "OldApi"), _ep("nokey", "NoKey"), _ep("init", "ExplodesOnInit"),
           _ep("again", "instance"), _ep("raises", "Raises")]
    with caplog.at_level(logging.WARNING, logger="sagicc_desktop.plugins"):
        found = plugins.discover(eps=eps)
    assert [p.key for p in found] == ["good_tab", "raises_tab"]
    text = caplog.text
    for name in ("missing", "no_module", "old", "nokey", "init", "again"):
        assert f"tab plugin {name} " in text
    assert "repeats the key" in text and "plugin API 0" in text


def test_a_plugin_may_not_take_a_built_in_tab_key(fake_module, caplog):
    class Notes(_Good):
        key = "notes"

    class Ticket(_Good):
        key = "ticket"

    fake_module.Notes, fake_module.Ticket = Notes, Ticket
    with caplog.at_level(logging.WARNING):
        assert plugins.discover(eps=[_ep("notes", "Notes"), _ep("ticket", "Ticket")]) == []
    assert caplog.text.count("built-in tab") == 2
    assert set(TAB_CLASSES) | {"ticket"} <= plugins.BUILT_IN_KEYS


def test_a_plugin_that_raises_or_returns_no_widget_gives_no_tab(qtbot, fake_module, caplog):
    context = _context()
    with caplog.at_level(logging.WARNING):
        assert plugins.create_tab(_Raises(), context) is None
        assert plugins.create_tab(_NotAWidget(), context) is None
    assert "backend down" in caplog.text and "instead of a QWidget" in caplog.text
    widget = plugins.create_tab(_Good(), context)
    qtbot.addWidget(widget)
    assert widget.text() == "#42" and widget.objectName() == "pluginTab_good_tab"
    assert plugins.tab_title(_BadTitle(), "en") == "bad_title"


# ---------------------------------------------------------------- context from a real ticket


def _ticket_with_email(ctx) -> uuid.UUID:
    with read_only(ctx.db) as s:
        return s.scalar(
            select(Ticket.id).join(Customer, Customer.id == Ticket.customer_id)
            .join(ContactPoint, ContactPoint.customer_id == Customer.id)
            .where(ContactPoint.kind == ContactKind.EMAIL, Customer.document_number.is_not(None))
            .order_by(Ticket.number).limit(1))


def test_the_context_holds_plain_values_of_a_real_ticket(make_ctx):
    ctx = make_ctx("carlos")
    ticket_id = _ticket_with_email(ctx)
    context = ticket_context(ctx.db, ctx.user, ticket_id)
    with read_only(ctx.db) as s:
        ticket = s.get(Ticket, ticket_id)
        customer = s.get(Customer, ticket.customer_id)
        emails = set(s.scalars(select(ContactPoint.value).where(ContactPoint.customer_id == customer.id,
                                                                ContactPoint.kind == ContactKind.EMAIL,
                                                                ContactPoint.deleted_at.is_(None))))
        number, subject, document = ticket.number, ticket.subject, customer.document_number
        first, last = customer.first_name, customer.last_name
    assert (context.ticket_number, context.subject, context.document_number) == (number, subject, document)
    assert first in context.customer_name and last in context.customer_name
    assert set(context.contact_values("email")) == emails
    assert context.language == ctx.user.locale and not context.read_only
    for value in vars(context).values():  # nothing that could reach the database
        assert isinstance(value, (str, int, bool, uuid.UUID, tuple, type(None)))


def test_no_context_for_a_ticket_one_may_not_see(make_ctx):
    ctx = make_ctx("carlos")
    with pytest.raises(NotFound):
        ticket_context(ctx.db, ctx.user, uuid.uuid4())


def test_the_example_tab_renders_links_for_a_real_ticket(qtbot, make_ctx):
    ctx = make_ctx("carlos")
    context = ticket_context(ctx.db, ctx.user, _ticket_with_email(ctx), language="en")
    widget = plugins.create_tab(CustomerLinksTab(), context)
    show_active(qtbot, widget, size=(500, 400))
    html = widget.browser.toHtml()
    email = context.contact_values("email")[0]
    assert f"mailto:{email}" in html
    assert context.document_number in widget.browser.toPlainText()
    assert widget.copy_button.accessibleName() == "Copy customer details"
    widget.copy_button.click()
    assert context.customer_name in QApplication.clipboard().text()


def test_example_links_are_encoded_and_cover_each_contact():
    found = dict((url.split(":")[0] if not url.startswith("https") else url.split("/")[2], url)
                 for _, url in links(_context(customer_name="A & B <x>")))
    assert found["duckduckgo.com"].startswith("https://duckduckgo.com/?q=%22")
    assert found["mailto"].startswith("mailto:ana@example.com?subject=Ticket%20%2342")
    assert found["tel"] == "tel:+573001234567"
    assert found["wa.me"] == "https://wa.me/573001234567"
    assert "Calle+10" in found["www.openstreetmap.org"]
    assert links(_context(customer_id=None)) == []
    assert details(_context()).splitlines()[:2] == ["Ana María Pérez", "CC 1020304050"]


def test_the_example_follows_a_language_change(qtbot):
    widget = CustomerLinksTab().create(_context(contacts=()))
    qtbot.addWidget(widget)
    assert "The customer has no contact data." in widget.browser.toPlainText()
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Colombia))
    try:
        assert current_language() == "es"
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert "El cliente no tiene datos de contacto." in widget.browser.toPlainText()
        assert widget.copy_button.text() == "Copiar datos del cliente"
    finally:
        QLocale.setDefault(previous)


def test_a_ticket_without_customer_says_so(qtbot):
    widget = CustomerLinksTab().create(_context(customer_id=None, customer_name="", contacts=()))
    qtbot.addWidget(widget)
    assert "no customer" in widget.browser.toPlainText() and not widget.copy_button.isEnabled()
