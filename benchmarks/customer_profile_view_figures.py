"""Issue figure for the customer profile on screen: a customer with 1,000 tickets and 20,000
interactions opened in the window, painted, beside the plain queries that read the same data.

The heavy customer is the one benchmarks/customer_profile_figures.py adds (reused when
present). The page reads only the tab on screen, so "open" is the header plus the Information
tab; the dashboard is the second figure (open, then its tab painted), and visiting every tab
once is the third (each list's first page).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchmarks.customer_profile_figures import INTERACTIONS_PER_TICKET, TICKETS, _ensure_profile_customer

PAGE = 50


def _plain_header(q, hexid: str) -> None:
    q("SELECT c.*, a.display_name, b.display_name FROM customers c LEFT JOIN users a ON a.id = c.created_by_id "
      "LEFT JOIN users b ON b.id = c.updated_by_id WHERE c.id = ?", (hexid,)).fetchall()


def _plain_dashboard(q, hexid: str) -> None:
    q("SELECT status, campaign_id, count(*) FROM tickets WHERE customer_id = ? AND deleted_at IS NULL "
      "GROUP BY status, campaign_id", (hexid,)).fetchall()
    q("SELECT t.campaign_id, g.channel_kind, sum(g.n_in), sum(g.n_out) FROM ("
      "SELECT ticket_id, channel_kind, sum(direction = 'in') AS n_in, sum(direction = 'out') AS n_out "
      "FROM interactions WHERE customer_id = ? AND deleted_at IS NULL GROUP BY ticket_id, channel_kind) g "
      "JOIN tickets t ON t.id = g.ticket_id WHERE t.deleted_at IS NULL GROUP BY t.campaign_id, g.channel_kind",
      (hexid,)).fetchall()


def _plain_lists(q, hexid: str) -> None:
    q("SELECT * FROM contact_points WHERE customer_id = ? AND deleted_at IS NULL", (hexid,)).fetchall()
    q("SELECT id, number, status, subject, created_at FROM tickets WHERE customer_id = ? AND deleted_at IS NULL "
      "ORDER BY created_at DESC, number DESC LIMIT ?", (hexid, PAGE)).fetchall()
    q("SELECT id, ticket_id, occurred_at, channel_kind, direction, subject, preview FROM interactions "
      "WHERE customer_id = ? AND deleted_at IS NULL ORDER BY occurred_at DESC, id DESC LIMIT ?",
      (hexid, PAGE)).fetchall()
    q("SELECT a.id, a.filename, a.size, a.created_at FROM attachments a JOIN tickets t ON t.id = a.ticket_id "
      "WHERE t.customer_id = ? AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC LIMIT ?",
      (hexid, PAGE)).fetchall()
    q("SELECT * FROM customer_relations WHERE (customer_id = ? OR related_customer_id = ?) "
      "AND deleted_at IS NULL", (hexid, hexid)).fetchall()
    q("SELECT a.id, a.number, d.key, d.value FROM accounts a LEFT JOIN account_data d ON d.account_id = a.id "
      "WHERE a.customer_id = ? AND a.deleted_at IS NULL", (hexid,)).fetchall()


def profile_view_figures(report, db_path: Path, repeat: int, ms, median_time) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop.services import auth
    from sagicc_desktop.startup import open_data
    from sagicc_desktop.views.context import AppContext
    from sagicc_desktop.views.customer.profile_page import TAB_KEYS, CustomerProfilePage

    app = QApplication.instance() or QApplication([])
    data = open_data(db_path.parent, f"sqlite:///{db_path}")
    cid = _ensure_profile_customer(data.db)
    ctx = AppContext(db=data.db, blobs=data.blobs, data_dir=db_path.parent)
    ctx.actor = auth.sign_in(data.db, "admin", "admin")
    page = CustomerProfilePage(ctx)
    page.resize(1190, 800)
    page.show()
    app.processEvents()
    plain = sqlite3.connect(db_path)
    q, hexid = plain.execute, cid.hex

    def settle() -> None:
        """Back on the Information tab with pending events done, as between two clicks."""
        page.show_tab("information")
        end = time.perf_counter() + 0.05
        while time.perf_counter() < end:
            app.processEvents()

    def open_profile() -> None:
        page.show_customer(cid)
        page.repaint()

    def open_with_dashboard() -> None:
        open_profile()
        page.show_tab("dashboard")
        app.processEvents()  # the tab shown and laid out
        page.repaint()

    def every_tab() -> None:
        open_profile()
        for key in TAB_KEYS:
            page.show_tab(key)
            app.processEvents()
            page.repaint()

    label = f"{TICKETS:,} tickets, {TICKETS * INTERACTIONS_PER_TICKET:,} interactions"
    open_profile()
    settle()
    report.add(f"Customer profile opened, header and Information tab painted ({label})",
               ms(median_time(open_profile, repeat, setup=settle)),
               ms(median_time(lambda: _plain_header(q, hexid), repeat)), "ms", "< 150 ms")
    report.add(f"Customer profile opened with the dashboard painted ({label})",
               ms(median_time(open_with_dashboard, repeat, setup=settle)),
               ms(median_time(lambda: (_plain_header(q, hexid), _plain_dashboard(q, hexid)), repeat)),
               "ms", "< 150 ms")
    report.add(f"Customer profile: every tab shown once, first pages painted ({label})",
               ms(median_time(every_tab, repeat, setup=settle)),
               ms(median_time(lambda: (_plain_header(q, hexid), _plain_dashboard(q, hexid),
                                       _plain_lists(q, hexid)), repeat)), "ms", "(no target)")
    page.close()
    plain.close()
    data.db.dispose()


if __name__ == "__main__":  # a quick look without the whole suite: python -m benchmarks.customer_profile_view_figures DB
    import sys

    from benchmarks.run import Report, median_time as _median, ms as _ms

    report = Report()
    profile_view_figures(report, Path(sys.argv[1]), 5, _ms, _median)
    report.print()
