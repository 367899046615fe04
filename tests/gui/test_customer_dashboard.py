"""C6: the dashboard's charts show the counts the service returns, for the chosen dates."""

import datetime as dt

from PySide6.QtCore import Qt

from sagicc_desktop.models.labels import label
from sagicc_desktop.services import customer_dashboard
from sagicc_desktop.services.customer_profile import DateRange
from sagicc_desktop.views.customer.profile_page import CustomerProfilePage

from .conftest import show_active
from .test_customer_profile import busiest_customer


def _expected(figures):
    return (
        {label(s): n for s, n in figures.tickets_by_status if n},
        {label(c.channel_kind): (c.inbound, c.outbound) for c in figures.channels},
        {c.campaign_name: (c.tickets, c.interactions) for c in figures.campaigns},
    )


def _shown(tab):
    return tab.status_counts(), tab.channel_counts(), tab.campaign_counts()


def test_the_dashboard_shows_the_service_counts_and_follows_the_dates(qtbot, make_ctx):
    ctx = make_ctx("admin")
    customer_id = busiest_customer(ctx)
    page = show_active(qtbot, CustomerProfilePage(ctx))
    page.show_customer(customer_id)
    tab = page.show_tab("dashboard")
    figures = customer_dashboard.customer_dashboard(ctx.db, ctx.user, customer_id)
    assert figures.ticket_count > 0
    assert _shown(tab) == _expected(figures)
    assert tab.boxes["tickets"][1].text() == str(figures.ticket_count)
    assert tab.boxes["preferred"][1].text() == label(figures.preferred_channel)
    assert tab.boxes["successful"][1].text() == (label(figures.successful_channel) if figures.successful_channel
                                                 else "None yet")

    since = dt.date.today() - dt.timedelta(days=20)
    tab.dates.set_dates(since, None)
    narrower = customer_dashboard.customer_dashboard(ctx.db, ctx.user, customer_id, DateRange(since, None))
    assert narrower.ticket_count < figures.ticket_count
    assert _shown(tab) == _expected(narrower)
    assert tab.boxes["tickets"][1].text() == str(narrower.ticket_count)

    qtbot.mouseClick(tab.dates.from_check, Qt.MouseButton.LeftButton)  # the start unticked: any date again
    assert _shown(tab) == _expected(figures)


def test_a_customer_without_tickets_gets_a_sentence_not_empty_charts(qtbot, make_ctx):
    from sqlalchemy import select

    from sagicc_desktop.services.unit_of_work import read_only
    from sagicc_desktop.store.entities import Customer, Ticket

    ctx = make_ctx("admin")
    with read_only(ctx.db) as s:
        customer_id = s.scalar(select(Customer.id).where(
            Customer.merged_into_id.is_(None), Customer.deleted_at.is_(None),
            ~Customer.id.in_(select(Ticket.customer_id).where(Ticket.customer_id.is_not(None)))).limit(1))
    page = show_active(qtbot, CustomerProfilePage(ctx))
    page.show_customer(customer_id)
    tab = page.show_tab("dashboard")
    assert tab.boxes["tickets"][1].text() == "0"
    assert tab.empty.isVisible() and not tab.status_view.isVisible()
    assert tab.boxes["preferred"][1].text() == "None yet"
