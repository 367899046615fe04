"""Issue figures for similar customers: the candidates with their scores for a customer with a
common surname among 1,000,000 customers, beside the plain index look-ups; and the precision
and recall of the labelled pairs (tests/data/customer_pairs.json) at the default threshold.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import uuid
from pathlib import Path

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "customer_pairs.json"
COMMON_SURNAME = "garcia"


def load_labelled_pairs(db, path: Path = PAIRS) -> list[tuple[uuid.UUID, uuid.UUID, bool, str]]:
    """Store every person of the labelled set as a customer with its contact points (straight
    into the tables, as data arrives from imports and incoming messages, duplicates included);
    returns (a, b, same person?, case) per pair."""
    from sagicc_desktop.services.contact_data import normalise_contact
    from sagicc_desktop.services.customer_similarity import document_key
    from sagicc_desktop.services.text import search_name
    from sagicc_desktop.services.unit_of_work import unit_of_work
    from sagicc_desktop.store.entities import ContactPoint, Customer
    from sagicc_desktop.store.enums import ContactKind

    data = json.loads(path.read_text(encoding="utf-8"))
    region = data.get("default_region", "CO")

    def person(session, p: dict) -> uuid.UUID:
        names = [p.get(k, "") for k in ("first_name", "middle_name", "last_name", "second_last_name")]
        birth = p.get("birth_date")
        c = Customer(first_name=names[0], middle_name=names[1], last_name=names[2], second_last_name=names[3],
                     document_type=p.get("document_type"), document_number=document_key(p.get("document_number")) or None,
                     birth_date=dt.date.fromisoformat(birth) if birth else None, search_name=search_name(*names))
        session.add(c)
        session.flush()
        for kind, values in ((ContactKind.PHONE, p.get("phones", ())), (ContactKind.EMAIL, p.get("emails", ()))):
            for value in values:
                shown, normalized = normalise_contact(kind, value, region)
                session.add(ContactPoint(customer_id=c.id, kind=kind, value=shown, normalized_value=normalized))
        return c.id

    out = []
    with unit_of_work(db) as session:
        for pair in data["pairs"]:
            out.append((person(session, pair["a"]), person(session, pair["b"]), bool(pair["same"]), pair["case"]))
    return out


def _common_surname_customer(plain: sqlite3.Connection) -> tuple[str, str]:
    """(id hex, search_name) of a live customer with a four-word name including the surname."""
    row = plain.execute(
        "SELECT c.id, c.search_name FROM customer_name_fts f JOIN customers c ON c.rowid = f.rowid "
        "WHERE customer_name_fts MATCH ? AND c.deleted_at IS NULL AND c.middle_name <> '' "
        "AND c.second_last_name <> '' LIMIT 1", (f'"{COMMON_SURNAME}"',)).fetchone()
    return row[0], row[1]


def similarity_figures(report, db_path: Path, repeat: int, ms, median_time) -> None:
    from sagicc_desktop.services import auth
    from sagicc_desktop.services.customer_similarity import (
        DEFAULT_THRESHOLD, NAME_CANDIDATES, fts_match, match_quality, name_stages, name_words, similar_customers,
    )
    from sagicc_desktop.startup import open_data

    data = open_data(db_path.parent, f"sqlite:///{db_path}")
    actor = auth.sign_in(data.db, "admin", "admin")
    plain = sqlite3.connect(db_path)
    customers = plain.execute("SELECT count(*) FROM customers").fetchone()[0]
    with_surname = plain.execute("SELECT count(*) FROM customer_name_fts WHERE customer_name_fts MATCH ?",
                                 (f'"{COMMON_SURNAME}"',)).fetchone()[0]
    cid, name = _common_surname_customer(plain)
    customer_id = uuid.UUID(hex=cid)
    print(f"  {customers:,} customers, {with_surname:,} of them named {COMMON_SURNAME!r}; "
          f"similar customers of {name!r}")

    def ours():
        return similar_customers(data.db, actor, customer_id)

    every = similar_customers(data.db, actor, customer_id, threshold=0, limit=10_000)
    for m in every[:5]:
        print(f"    {m.percentage:3d}%  {m.full_name}  ({', '.join(m.reasons) or '-'})")
    print(f"    {len(every)} candidates scored, {len(ours())} at or above {DEFAULT_THRESHOLD}% (the default)")

    document = plain.execute("SELECT document_number FROM customers WHERE id = ?", (cid,)).fetchone()[0]
    contacts = [r[0] for r in plain.execute(
        "SELECT normalized_value FROM contact_points WHERE customer_id = ? AND deleted_at IS NULL", (cid,))]
    stages = [fts_match(stage) for stage in name_stages(name_words(name))]
    live = "deleted_at IS NULL AND merged_into_id IS NULL"

    def bare():
        """The same look-ups by hand: each name stage through the FTS index, the document and
        the contact values through their indexes."""
        ids = set()
        for match in stages:
            ids.update(r[0] for r in plain.execute(
                f"SELECT id, first_name, middle_name, last_name, second_last_name, document_type, document_number, "
                f"birth_date, search_name FROM customers WHERE rowid IN (SELECT rowid FROM customer_name_fts "
                f"WHERE customer_name_fts MATCH ? LIMIT ?) AND {live}", (match, NAME_CANDIDATES + 1)))
        ids.update(r[0] for r in plain.execute(f"SELECT id FROM customers WHERE document_number = ? AND {live}",
                                               (document,)))
        marks = ",".join("?" * len(contacts))
        plain.execute(f"SELECT customer_id, kind, normalized_value FROM contact_points WHERE kind IN "
                      f"('phone', 'mobile', 'email') AND normalized_value IN ({marks}) AND deleted_at IS NULL",
                      contacts).fetchall()

    report.add(f"Similar customers of a customer named {COMMON_SURNAME!r} (index candidates scored)",
               ms(median_time(ours, repeat)), ms(median_time(bare, repeat)), "ms", "< 50 ms")
    plain.close()
    data.db.dispose()

    from sagicc_desktop.store.database import open_database, sqlite_url

    with tempfile.TemporaryDirectory() as folder:
        labelled_db = open_database(sqlite_url(Path(folder) / "pairs.db"))
        pairs = load_labelled_pairs(labelled_db)
        quality = match_quality(labelled_db, [(a, b, same) for a, b, same, _ in pairs])
        labelled_db.dispose()
    print(f"  labelled pairs: {len(pairs)} ({sum(p[2] for p in pairs)} the same person); at {quality.threshold}%: "
          f"{quality.true_positives} found, {quality.false_negatives} missed, "
          f"{quality.false_positives} false alarms")
    report.add("Similar customers: precision of the labelled pairs", 100 * quality.precision, None, "%", ">= 90 %")
    report.add("Similar customers: recall of the labelled pairs", 100 * quality.recall, None, "%", ">= 90 %")
