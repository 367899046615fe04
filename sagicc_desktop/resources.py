"""Where the application's resources (icons, translations, templates, demo data) live.

The same code runs from three layouts, and each keeps resources/ in a different place:
- a PyInstaller bundle: ``sys._MEIPASS/resources`` (the spec copies the tree there);
- an installed wheel: ``sagicc_desktop/_resources`` inside the package (setup.py's build_py
  copies the tree there, because a wheel can only carry files under its packages);
- the source tree or an editable install: ``resources/`` beside the package.
Everything else asks this module, so nobody hard-codes a path that only works in one of them.
No Qt here: the build hook and Qt-free layers may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
#: Name of the copy of resources/ inside an installed package (see setup.py).
INSTALLED_DIRNAME = "_resources"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def source_resources_dir() -> Path:
    """resources/ of the source tree (beside the package); may not exist once installed."""
    return _PACKAGE_DIR.parent / "resources"


def resources_dir() -> Path:
    """The resources directory for the layout we are running from (see the module docstring)."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    installed = _PACKAGE_DIR / INSTALLED_DIRNAME
    if installed.is_dir():
        return installed
    return source_resources_dir()


def icon_path(name: str) -> Path:
    """Path of an icon file in resources/icons (``name`` with or without a sub-folder)."""
    return resources_dir() / "icons" / name


def translations_dir() -> Path:
    """Where sagicc_<lang>.ts and the built sagicc_<lang>.qm catalogues are."""
    return resources_dir() / "translations"
