"""The data folder: where it is by default, and one running application per folder (a lock
file, taken before anything in it is opened).

Kept apart from startup.py so that both happen before the database layer is imported.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from filelock import FileLock, Timeout


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("SagiccDesktop", "Sagicc"))


class AlreadyRunning(Exception):
    """Another Sagicc Desktop uses this data folder; two writers would fight over it."""


def acquire_lock(data_dir: Path) -> FileLock:
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / "sagicc.lock"), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise AlreadyRunning(str(data_dir)) from exc
    return lock
