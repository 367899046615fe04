"""Build hook: compile the translation catalogues whenever the package is built.

Only the .ts sources are committed. build_py compiles them to .qm with pyside6-lrelease
(PySide6-Essentials is a build requirement in pyproject.toml, so it is there even in pip's
isolated build environment):
- editable install (pip install -e .): into resources/translations/ of the source tree, which
  is where the running application looks (see sagicc_desktop/resources.py);
- wheel (pip install .): resources/ is outside the package, so it is copied into the package
  as sagicc_desktop/_resources/ with the compiled catalogues instead of the .ts sources.
Everything else about the project is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
sys.path.insert(0, str(ROOT))

from sagicc_desktop import i18n  # noqa: E402  (imports no Qt)
from sagicc_desktop.resources import INSTALLED_DIRNAME  # noqa: E402


class BuildPyWithCatalogues(build_py):
    """build_py that also builds the .qm catalogues (and ships resources/ in a wheel)."""

    def run(self) -> None:
        super().run()
        ts_dir = RESOURCES / "translations"
        if not i18n.ts_files(ts_dir):
            raise SystemExit(f"no translation sources (*.ts) in {ts_dir}")
        if getattr(self, "editable_mode", False):
            built = i18n.build_catalogues(force=True, ts_dir=ts_dir)
        else:
            target = Path(self.build_lib) / "sagicc_desktop" / INSTALLED_DIRNAME
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(
                RESOURCES, target, ignore=shutil.ignore_patterns("*.ts", "*.qm", ".*", "__pycache__")
            )
            built = i18n.build_catalogues(force=True, ts_dir=ts_dir, qm_dir=target / "translations")
        for qm in built:
            self.announce(f"built translation catalogue {qm}", level=2)


class SdistWithResources(sdist):
    """sdist that carries resources/ (outside the package, so not found by default)."""

    def make_release_tree(self, base_dir, files) -> None:
        extra = [
            str(p.relative_to(ROOT))
            for p in RESOURCES.rglob("*")
            if p.is_file() and p.suffix != ".qm" and "__pycache__" not in p.parts
        ]
        super().make_release_tree(base_dir, sorted(set(files) | set(extra)))


setup(cmdclass={"build_py": BuildPyWithCatalogues, "sdist": SdistWithResources})
