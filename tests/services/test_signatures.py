"""Per-user e-mail signatures: sanitised when saved (nothing that runs or loads from the computer),
users edit their own and administrators anyone's, what the composer adds, the change log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factories import make_agent, make_admin
from sagicc_desktop.services import composer_data, signatures
from sagicc_desktop.services.errors import PermissionDenied, StaleEdit, ValidationError
from sagicc_desktop.services.unit_of_work import read_only
from sagicc_desktop.store.entities import ChangeLogEntry

QT_HTML = (
    '<!DOCTYPE HTML><html><head><meta name="qrichtext" content="1" /><style type="text/css">p { x: y }</style>'
    '</head><body style=" font-family:\'Sans\';"><p style=" margin-top:0px; -qt-block-indent:0;">'
    '<span style=" font-weight:700;">Laura Gómez</span><br />Service desk '
    '<a href="https://example.com/help">help</a> <a href="javascript:alert(1)">bad</a>'
    '<img src="file:///etc/passwd" onerror="steal()"><img src="https://cdn.example/logo.png" alt="logo">'
    '<script>alert(1)</script></p></body></html>'
)


def test_a_signature_is_kept_clean_and_the_composer_adds_it(db):
    agent = make_agent(db)
    saved = signatures.save_signature(db, agent, QT_HTML)
    for gone in ("<script", "alert", "javascript:", "file:", "onerror", "-qt-", "<style", "<head", "<meta"):
        assert gone not in saved.html
    assert '<span style="font-weight:700">Laura Gómez</span>' in saved.html
    assert 'href="https://example.com/help"' in saved.html and 'src="https://cdn.example/logo.png"' in saved.html
    assert composer_data.signature_html(db, agent) == saved.html
    assert signatures.get_signature(db, agent).html == saved.html
    with read_only(db) as s:
        entry = s.execute(select(ChangeLogEntry.entity_type, ChangeLogEntry.field, ChangeLogEntry.old_value,
                                 ChangeLogEntry.new_value).where(ChangeLogEntry.entity_id == agent.user_id)).one()
    assert tuple(entry) == ("user", "signature", "", saved.html)


def test_an_empty_editor_clears_the_signature(db):
    agent = make_agent(db)
    signatures.save_signature(db, agent, "<p>Best</p>")
    assert signatures.save_signature(db, agent, '<p style="-qt-paragraph-type:empty;"><br /></p>').html == ""
    assert composer_data.signature_html(db, agent) == ""


def test_users_edit_their_own_and_administrators_anyones(db):
    agent, other, admin = make_agent(db), make_agent(db), make_admin(db)
    with pytest.raises(PermissionDenied) as denied:
        signatures.save_signature(db, agent, "<p>Not mine</p>", user_id=other.user_id)
    assert denied.value.args[0] == "signature_not_yours"
    with pytest.raises(PermissionDenied):
        signatures.get_signature(db, agent, other.user_id)
    current = signatures.get_signature(db, admin, other.user_id)
    saved = signatures.save_signature(db, admin, "<p><b>Other</b></p>", other.user_id, current.version)
    assert composer_data.signature_html(db, other) == "<p><b>Other</b></p>"
    with pytest.raises(StaleEdit) as stale:
        signatures.save_signature(db, other, "<p>mine</p>", expected_version=current.version)
    assert stale.value.args[0] == "signature_changed"
    assert signatures.save_signature(db, other, "<p>mine</p>", expected_version=saved.version).html == "<p>mine</p>"


def test_a_huge_signature_is_refused(db):
    agent = make_agent(db)
    with pytest.raises(ValidationError) as err:
        signatures.save_signature(db, agent, "<p>" + "x" * (signatures.MAX_CHARS + 1) + "</p>")
    assert err.value.args[0] == "signature_too_long" and err.value.details["limit"] == signatures.MAX_CHARS
    assert composer_data.signature_html(db, agent) == ""
