"""Icons from QtAwesome, rendered once and cached as PNG files.

Importing QtAwesome pulls in qtpy and several Qt modules (about a third of a second here), so
the first start renders each icon the application asks for into the user's cache folder and
every later start loads those files directly. Rendered at 64 px, they stay sharp on high-DPI
screens; Qt derives the disabled look from the pixmap.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import platformdirs
from PySide6.QtGui import QIcon

SIZE = 64
DEFAULT_COLOUR = "#37474f"


@lru_cache(maxsize=1)
def cache_dir() -> Path:
    try:
        tag = version("qtawesome")
    except PackageNotFoundError:  # frozen bundles may carry no metadata
        tag = "bundled"
    return Path(platformdirs.user_cache_dir("SagiccDesktop", "Sagicc")) / f"icons-{tag}-{SIZE}"


@lru_cache(maxsize=None)
def icon(name: str, colour: str = DEFAULT_COLOUR) -> QIcon:
    """A QtAwesome icon ('fa5s.inbox') in a colour, from the cache when it is there."""
    path = cache_dir() / f"{name.replace('.', '_')}-{colour.lstrip('#')}.png"
    if not path.exists():
        import qtawesome

        pixmap = qtawesome.icon(name, color=colour).pixmap(SIZE, SIZE)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.png")
            if pixmap.save(str(tmp), "PNG"):
                tmp.replace(path)
        except OSError:  # a read-only cache only costs speed
            return QIcon(pixmap)
        if not path.exists():
            return QIcon(pixmap)
    return QIcon(str(path))
