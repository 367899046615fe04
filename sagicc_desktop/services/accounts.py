"""T3: the ticket's customer's accounts with their additional key/value data; picking the
ticket's account.

An account and its data are edited together (one dialog, one save), so the account's version
guards both: a save that changes only the data still bumps it. Removed keys leave tombstones,
and a key added again later brings its tombstone back (keys are unique per account).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.database import Database
from ..store.entities import Account, AccountData, Ticket
from ..store.enums import ChangeAction
from ..store.types import utcnow
from .actor import Actor
from .changelog import apply_changes, record
from .contacts import read_only_reason
from .errors import NotFound, StaleEdit, ValidationError
from .permissions import require_writer, visible_ticket, writable_ticket
from .unit_of_work import read_only, unit_of_work

MAX_NUMBER, MAX_NAME, MAX_STATUS, MAX_KEY = 60, 160, 40, 120  # the columns' sizes
MAX_DATA_VALUE = 10_000
STATUSES = ("active", "suspended", "closed")  # the usual ones; others typed by hand are kept

_KEEP = object()


@dataclass(frozen=True)
class AccountItem:
    id: uuid.UUID
    number: str
    name: str
    status: str
    version: int
    data: tuple[tuple[str, str], ...]
    is_ticket_account: bool


@dataclass(frozen=True)
class AccountList:
    customer_id: uuid.UUID | None
    ticket_account_id: uuid.UUID | None
    accounts: tuple[AccountItem, ...]
    read_only_reason: str | None


def _data_of(session: Session, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[str, str]]]:
    out: dict[uuid.UUID, list[tuple[str, str]]] = {i: [] for i in account_ids}
    if account_ids:
        for account_id, key, value in session.execute(
            select(AccountData.account_id, AccountData.key, AccountData.value)
            .where(AccountData.account_id.in_(account_ids), AccountData.deleted_at.is_(None))
            .order_by(AccountData.created_at, AccountData.key)
        ):
            out[account_id].append((key, value))
    return out


def list_accounts(db: Database, actor: Actor, ticket_id: uuid.UUID) -> AccountList:
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        accounts = list(session.scalars(
            select(Account).where(Account.customer_id == ticket.customer_id, Account.deleted_at.is_(None))
            .order_by(Account.number)
        )) if ticket.customer_id else []
        data = _data_of(session, [a.id for a in accounts])
        items = tuple(
            AccountItem(a.id, a.number, a.name, a.status, a.version, tuple(data[a.id]), a.id == ticket.account_id)
            for a in accounts
        )
        return AccountList(ticket.customer_id, ticket.account_id, items, read_only_reason(actor, ticket))


# ---------------------------------------------------------------- validation


def _text(value: str, limit: int, field: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return value


def clean_account(number: str, name: str, status: str) -> tuple[str, str, str]:
    number = _text(number, MAX_NUMBER, "number")
    if not number:
        raise ValidationError("empty_account_number", field="number")
    return number, _text(name, MAX_NAME, "name"), _text(status, MAX_STATUS, "status") or "active"


def clean_data(rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Key/value rows as typed: blank rows dropped, keys required and unique (ignoring case)."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, value in rows:
        key = _text(key, MAX_KEY, "key")
        value = (value or "").strip()
        if not key and not value:
            continue
        if not key:
            raise ValidationError("empty_key", field="key")
        if len(value) > MAX_DATA_VALUE:
            raise ValidationError("too_long", field="value", limit=MAX_DATA_VALUE)
        if key.casefold() in seen:
            raise ValidationError("duplicate_key", value=key)
        seen.add(key.casefold())
        out.append((key, value))
    return out


def _refuse_duplicate_number(session: Session, customer_id: uuid.UUID, number: str,
                             except_id: uuid.UUID | None = None) -> None:
    query = select(Account.id).where(
        Account.customer_id == customer_id, Account.deleted_at.is_(None),
        func.lower(Account.number) == number.lower(),
    )
    if except_id is not None:
        query = query.where(Account.id != except_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError("duplicate_account", value=number)


# ---------------------------------------------------------------- writing


def _customer_of(session: Session, actor: Actor, ticket_id: uuid.UUID) -> tuple[Ticket, uuid.UUID]:
    ticket = writable_ticket(session, actor, ticket_id)
    if ticket.customer_id is None:
        raise ValidationError("no_customer")
    return ticket, ticket.customer_id


def _set_data(session: Session, actor: Actor, account: Account, rows: list[tuple[str, str]],
              ticket_id: uuid.UUID) -> bool:
    """Make the account's live data exactly `rows`; True when anything changed."""
    stored = {d.key: d for d in session.scalars(select(AccountData).where(AccountData.account_id == account.id))}
    wanted = dict(rows)
    changed = False
    now = utcnow()
    for key, row in stored.items():
        if row.deleted_at is None and key not in wanted:
            row.deleted_at = now
            record(session, actor, "account_data", row.id, ChangeAction.DELETE, field=key, old=row.value,
                   ticket_id=ticket_id)
            changed = True
    session.flush()
    for key, value in rows:
        row = stored.get(key)
        if row is None:
            row = AccountData(account_id=account.id, key=key, value=value)
            session.add(row)
            session.flush()
            record(session, actor, "account_data", row.id, ChangeAction.CREATE, field=key, new=value,
                   ticket_id=ticket_id)
            changed = True
        elif row.deleted_at is not None:
            row.deleted_at = None
            row.value = value
            record(session, actor, "account_data", row.id, ChangeAction.CREATE, field=key, new=value,
                   ticket_id=ticket_id)
            changed = True
        elif apply_changes(session, actor, row, {"value": value}, entity_type="account_data",
                           ticket_id=ticket_id):
            changed = True
    return changed


def add_account(
    db: Database, actor: Actor, ticket_id: uuid.UUID, *, number: str, name: str = "",
    status: str = "active", data: Iterable[tuple[str, str]] = (),
) -> uuid.UUID:
    """A new account of the ticket's customer (it becomes the ticket's account only when picked)."""
    require_writer(actor)
    number, name, status = clean_account(number, name, status)
    rows = clean_data(data)
    with unit_of_work(db) as session:
        _ticket, customer_id = _customer_of(session, actor, ticket_id)
        _refuse_duplicate_number(session, customer_id, number)
        account = Account(customer_id=customer_id, number=number, name=name, status=status)
        session.add(account)
        session.flush()
        record(session, actor, "account", account.id, ChangeAction.CREATE, field="number", new=number,
               ticket_id=ticket_id)
        _set_data(session, actor, account, rows, ticket_id)
        return account.id


def _editable_account(session: Session, actor: Actor, ticket_id: uuid.UUID, account_id: uuid.UUID) -> Account:
    _ticket, customer_id = _customer_of(session, actor, ticket_id)
    account = session.get(Account, account_id)
    if account is None or account.deleted_at is not None or account.customer_id != customer_id:
        raise NotFound("account_missing")
    return account


def update_account(
    db: Database, actor: Actor, ticket_id: uuid.UUID, account_id: uuid.UUID, expected_version: int,
    *, number: str, name: str, status: str, data: Iterable[tuple[str, str]],
) -> int:
    """Save an account and its whole additional data; refused if saved by someone else meanwhile."""
    require_writer(actor)
    number, name, status = clean_account(number, name, status)
    rows = clean_data(data)
    with unit_of_work(db) as session:
        account = _editable_account(session, actor, ticket_id, account_id)
        if account.version != expected_version:
            raise StaleEdit("account_changed", current=account.version)
        _refuse_duplicate_number(session, account.customer_id, number, except_id=account.id)
        changed = apply_changes(session, actor, account, {"number": number, "name": name, "status": status},
                                entity_type="account", ticket_id=ticket_id)
        if _set_data(session, actor, account, rows, ticket_id) and not changed:
            account.updated_at = utcnow()  # the data belongs to the account: its version moves too
        session.flush()
        return account.version


def use_for_ticket(
    db: Database, actor: Actor, ticket_id: uuid.UUID, account_id: uuid.UUID | None,
    *, expected_account_id=_KEEP,
) -> bool:
    """Make `account_id` (None: no account) the ticket's account; False when it already was.

    expected_account_id is the ticket's account as the user last saw it: if someone changed
    it since, the choice is refused (StaleEdit) rather than silently replacing theirs. The
    ticket's other fields are not compared, so an unrelated save elsewhere does not get in the way.
    """
    require_writer(actor)
    with unit_of_work(db) as session:
        if account_id is not None:
            _editable_account(session, actor, ticket_id, account_id)
        ticket, _customer = _customer_of(session, actor, ticket_id)
        if expected_account_id is not _KEEP and ticket.account_id != expected_account_id:
            raise StaleEdit("ticket_account_changed", current=ticket.version)
        changed = apply_changes(session, actor, ticket, {"account_id": account_id}, entity_type="ticket",
                                ticket_id=ticket.id)
        session.flush()
        return bool(changed)


def current_version(db: Database, actor: Actor, ticket_id: uuid.UUID, account_id: uuid.UUID) -> int:
    """The stored version of an account, for an edit the user chooses to save over a newer one."""
    with read_only(db) as session:
        ticket = visible_ticket(session, actor, ticket_id)
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None or account.customer_id != ticket.customer_id:
            raise NotFound("account_missing")
        return account.version
