"""Only audio/qt_bridge.py may import Qt: the recorder, player and waveform stay usable (and
testable) without a GUI, and their threads never call into Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import sagicc_desktop.audio as audio

QT = ("PySide6", "shiboken6", "qtpy", "qtawesome")


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level and node.module:
            roots.add("." + node.module.split(".")[0])
    return roots


def test_qt_only_at_the_edge():
    folder = Path(audio.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert {p.name for p in modules} >= {"recorder.py", "player.py", "waveform.py", "devices.py", "qt_bridge.py"}
    for path in modules:
        roots = imported_roots(path)
        if path.name == "qt_bridge.py":
            assert "PySide6" in roots
            continue
        assert not roots & set(QT), f"{path.name} imports Qt"
        assert ".qt_bridge" not in roots, f"{path.name} imports the Qt edge"
        assert not {"sagicc_desktop", ".views", ".models"} & roots, f"{path.name} reaches into the screens"
