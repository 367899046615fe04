"""The architecture's import rules, checked by import-linter (contracts in pyproject.toml).

The first test runs the real check on the package. The others plant a violating module in a
temporary copy of the package and assert the linter catches it, so a contract that silently
stopped checking anything (a renamed package, a lost include_external_packages) fails here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")


def run_lint(cwd: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    assert LINT_IMPORTS.exists(), f"{LINT_IMPORTS} missing: install the test extra"
    return subprocess.run(
        [str(LINT_IMPORTS), *extra], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_import_contracts_hold():
    result = run_lint(ROOT, "--cache-dir", str(ROOT / "build" / "import-linter-cache"))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("probe_source", "broken_contract", "reported_import"),
    [
        pytest.param(
            "import PySide6.QtCore\n",
            "Qt stays out of store, services, channels, sync and demo",
            "sagicc_desktop.store._violation_probe -> PySide6",
            id="store-imports-qt",
        ),
        pytest.param(
            "from sagicc_desktop.services import errors\n",
            "Layers point down only",
            "sagicc_desktop.store._violation_probe -> sagicc_desktop.services.errors",
            id="store-imports-services",
        ),
    ],
)
def test_a_violation_is_caught(tmp_path: Path, probe_source: str, broken_contract: str, reported_import: str):
    copy = tmp_path / "sagicc_desktop"
    shutil.copytree(
        ROOT / "sagicc_desktop", copy, ignore=shutil.ignore_patterns("__pycache__", "_resources")
    )
    (copy / "store" / "_violation_probe.py").write_text(probe_source)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    # The copy must shadow the editable install: PYTHONPATH is searched before its finder.
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}

    result = run_lint(tmp_path, "--no-cache", env=env)

    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"{broken_contract} BROKEN" in output, output
    assert reported_import in output, output
