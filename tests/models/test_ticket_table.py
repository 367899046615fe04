"""The lazy ticket table: Qt's model tester, paging in both directions, bounded memory."""

from __future__ import annotations

import pytest

from sagicc_desktop.demo.scale import generate
from sagicc_desktop.models import ticket_table
from sagicc_desktop.models.pending_list import PendingListModel
from sagicc_desktop.models.roles import TicketNumberRole
from sagicc_desktop.models.ticket_table import PAGE_SIZE, TicketTableModel
from sagicc_desktop.services import auth
from sagicc_desktop.services.ticket_list import SortKey, TicketFilter, TicketListQuery, pending_tickets
from sagicc_desktop.store.database import open_database, sqlite_url
from sagicc_desktop.store.entities import User
from sagicc_desktop.store.enums import Role, TicketStatus

TICKETS = 2_345


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "scale.db"
    generate(path, tickets=TICKETS, interactions=TICKETS * 2, heavy_ticket_interactions=100)
    db = open_database(sqlite_url(path))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def admin(big_db):
    with big_db.sessions() as s:
        user = s.query(User).filter(User.role == Role.ADMINISTRATOR).first()
        return auth.actor_for(s, user)


def _numbers(model: TicketTableModel, rows) -> list[int]:
    return [model.index(r, 0).data(TicketNumberRole) for r in rows]


def test_qt_model_tester(qtmodeltester, big_db, admin):
    model = TicketTableModel(TicketListQuery(big_db, admin, TicketFilter(statuses=TicketStatus.open_statuses())))
    assert model.rowCount() > PAGE_SIZE
    qtmodeltester.check(model, force_py=True)


def test_pending_model_tester(qtmodeltester, big_db, admin):
    model = PendingListModel()
    model.set_rows(pending_tickets(big_db, admin))
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_every_row_once_in_order(big_db, admin, sort, descending):
    query = TicketListQuery(big_db, admin, TicketFilter(), sort, descending)
    model = TicketTableModel(query)
    assert model.rowCount() == TICKETS
    seen = _numbers(model, range(model.rowCount()))
    assert sorted(seen) == list(range(1, TICKETS + 1))
    # The same order as one plain query would give.
    walked = []
    key = None
    while page := query.page_after(key, 500):
        walked.extend(r.number for r in page)
        key = page[-1].key
    assert seen == walked


def test_jump_to_the_end_reads_one_page(big_db, admin):
    model = TicketTableModel(TicketListQuery(big_db, admin))
    model.page_reads = 0
    last = model.rowCount() - 1
    number = model.index(last, 0).data(TicketNumberRole)
    assert model.page_reads == 1
    assert number == min(_numbers(TicketTableModel(TicketListQuery(big_db, admin)), range(last - 5, last + 1)))
    # Scrolling up from the end continues by keyset from the known boundary.
    above = model.index(last - PAGE_SIZE - 3, 0).data(TicketNumberRole)
    assert model.page_reads == 2 and above > number


def test_middle_jump_then_neighbours_agree_with_walk(big_db, admin):
    query = TicketListQuery(big_db, admin, TicketFilter(), SortKey.PRIORITY, False)
    reference = _numbers(TicketTableModel(query), range(TICKETS))
    model = TicketTableModel(query)
    middle = TICKETS // 2
    assert _numbers(model, range(middle, middle + 3 * PAGE_SIZE)) == reference[middle: middle + 3 * PAGE_SIZE]
    assert _numbers(model, range(middle - 2 * PAGE_SIZE, middle)) == reference[middle - 2 * PAGE_SIZE: middle]


def test_memory_stays_bounded_while_scrolling_everything(big_db, admin):
    model = TicketTableModel(TicketListQuery(big_db, admin))
    for row in range(0, model.rowCount(), 7):
        model.index(row, 3).data()
        assert model.cached_pages() <= ticket_table.MAX_PAGES


def test_sort_by_header_click_and_filter_counts(big_db, admin):
    model = TicketTableModel(TicketListQuery(big_db, admin, TicketFilter(statuses=(TicketStatus.CLOSED,))))
    closed = model.rowCount()
    model.sort(ticket_table.SORT_COLUMN[SortKey.NUMBER], __import__("PySide6.QtCore").QtCore.Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == closed
    numbers = _numbers(model, range(min(closed, 300)))
    assert numbers == sorted(numbers)
    assert all(model.index(r, 1).data() == "Closed" for r in range(min(closed, 50)))


def test_first_page_before_the_count_then_windowed(qtbot, qtmodeltester, big_db, admin):
    """count_later: a fetchmore model until the worker's count arrives, then the whole list."""
    model = TicketTableModel()
    with qtbot.waitSignal(model.sig_count_known, timeout=10_000) as known:
        model.set_query(TicketListQuery(big_db, admin), count_later=True)
        assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 2 * PAGE_SIZE
    assert known.args == [TICKETS]
    assert model.rowCount() == TICKETS and not model.canFetchMore()
    reference = _numbers(TicketTableModel(TicketListQuery(big_db, admin)), range(TICKETS))
    assert _numbers(model, range(TICKETS)) == reference
    qtmodeltester.check(model, force_py=True)


def test_short_list_is_exact_at_once(big_db, admin):
    model = TicketTableModel()
    model.set_query(TicketListQuery(big_db, admin, TicketFilter(text="1")), count_later=True)
    assert model.count_known and model.rowCount() == 1 and not model.canFetchMore()


def test_fetch_more_to_the_end_without_a_count(big_db, admin):
    model = TicketTableModel()
    model.set_query(TicketListQuery(big_db, admin, TicketFilter(statuses=(TicketStatus.NEW,))), count_later=True)
    model._generation += 1  # ignore the worker's answer: reach the end by fetchMore alone
    while model.canFetchMore():
        model.fetchMore()
    exact = TicketListQuery(big_db, admin, TicketFilter(statuses=(TicketStatus.NEW,))).count()
    assert model.rowCount() == exact and model.count_known
