"""A normal (non-editable) build: the wheel must carry the compiled catalogues.

resources/ lies outside the package, so setup.py's build_py copies it into the wheel as
sagicc_desktop/_resources with .qm files built from the .ts sources. This builds the wheel the
way `pip install .` does (isolated build environment, so PySide6-Essentials comes from the
build requirements) and reads the archive.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_built_catalogues_and_migrations(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
         "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = tmp_path.glob("sagicc_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    for lang in ("en", "es"):
        assert f"sagicc_desktop/_resources/translations/sagicc_{lang}.qm" in names
    assert not [n for n in names if n.endswith(".ts")]
    assert "sagicc_desktop/store/migrations/env.py" in names
    assert "sagicc_desktop/store/migrations/script.py.mako" in names
    assert any(n.startswith("sagicc_desktop/store/migrations/versions/") for n in names)
