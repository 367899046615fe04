"""Every kind of row and field the services write to the change log has words in the dialog."""

from __future__ import annotations

import re
from pathlib import Path

from sagicc_desktop.views.ticket.change_log import NAMES

SERVICES = Path(__file__).resolve().parents[2] / "sagicc_desktop" / "services"
ENTITY = re.compile(r'record\(\s*\w+,\s*[\w.]+,\s*"(\w+)"')
FIELD = re.compile(r'record\([^)]*?field="(\w+)"', re.S)


def test_every_logged_entity_and_field_has_a_name():
    entities, fields = set(), set()
    for path in SERVICES.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        entities |= set(ENTITY.findall(text))
        fields |= set(FIELD.findall(text))
    assert {"ticket", "interaction", "note"} <= entities  # the scan finds the calls
    missing = sorted((entities | fields) - set(NAMES) - {"setting"})
    assert missing == []
