"""Translation catalogues: .ts -> .qm building, loading (ours and Qt's), and string extraction.

These run the real pyside6-lrelease / pyside6-lupdate, because what breaks in practice is the
tool not being found or a catalogue not loading, which a mock would not show.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sagicc_desktop import i18n
from sagicc_desktop.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def test_both_catalogues_are_committed_as_ts():
    names = sorted(p.name for p in i18n.ts_files(TS_DIR))
    assert names == ["sagicc_en.ts", "sagicc_es.ts"]
    assert translations_dir() == TS_DIR  # running from the source tree / editable install


def test_tools_are_found():
    for tool in ("lrelease", "lupdate"):
        command = i18n.find_tool(tool)
        assert Path(command[0]).is_file()


def test_build_catalogues_builds_only_what_is_stale(tmp_path: Path):
    ts_dir = tmp_path / "ts"
    shutil.copytree(TS_DIR, ts_dir, ignore=shutil.ignore_patterns("*.qm"))
    qm_dir = tmp_path / "qm"

    built = i18n.build_catalogues(ts_dir=ts_dir, qm_dir=qm_dir)
    assert sorted(p.name for p in built) == ["sagicc_en.qm", "sagicc_es.qm"]
    assert all(p.stat().st_size > 0 for p in built)
    assert i18n.build_catalogues(ts_dir=ts_dir, qm_dir=qm_dir) == []

    later = time.time() + 5
    os.utime(ts_dir / "sagicc_es.ts", (later, later))
    assert [p.name for p in i18n.build_catalogues(ts_dir=ts_dir, qm_dir=qm_dir)] == ["sagicc_es.qm"]
    assert len(i18n.build_catalogues(force=True, ts_dir=ts_dir, qm_dir=qm_dir)) == 2
    assert not list(qm_dir.glob(".*.tmp"))


def test_install_translators_switches_language_and_loads_qts_own(qapp):
    try:
        spanish = i18n.install_translators(qapp, "es_CO")  # falls back to sagicc_es.qm
        assert len(spanish) == 2
        assert QCoreApplication.translate("Language", "Spanish") == "Español"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # qtbase_es

        english = i18n.install_translators(qapp, "en")
        assert len(english) == 1  # ours only: English needs none of Qt's
        assert QCoreApplication.translate("Language", "Spanish") == "Spanish"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.install_translators(qapp, "en")


def test_normalise_language():
    assert i18n.normalise_language("es-CO") == "es_CO"
    assert i18n.normalise_language("es_ES.UTF-8") == "es_ES"
    assert i18n.normalise_language("") == "en"


def test_update_translations_keeps_existing_translations(tmp_path: Path):
    """Run the real script on a copy: new strings arrive unfinished, old translations stay."""
    for part in ("sagicc_desktop", "scripts", "resources"):
        shutil.copytree(
            ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__", "*.qm")
        )
    (tmp_path / "sagicc_desktop" / "_probe_strings.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "LABEL = QCoreApplication.translate('Probe', 'A brand new string')\n"
    )
    result = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "update_translations.py")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    spanish = (tmp_path / "resources" / "translations" / "sagicc_es.ts").read_text(encoding="utf-8")
    assert "<translation>Español</translation>" in spanish
    assert "<source>A brand new string</source>" in spanish
    assert 'language="es_ES"' in spanish
    english = (tmp_path / "resources" / "translations" / "sagicc_en.ts").read_text(encoding="utf-8")
    assert "<source>A brand new string</source>" in english
