"""The data folder: where it is by default, and one running application per folder (a lock
file, taken before anything in it is opened).

Kept apart from startup.py so that both happen before the database layer is imported.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QLockFile


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("SagiccDesktop", "Sagicc"))


class AlreadyRunning(Exception):
    """Another Sagicc Desktop uses this data folder; two writers would fight over it."""


def acquire_lock(data_dir: Path) -> QLockFile:
    """Hold the folder's lock for as long as the returned object lives.

    Qt's lock file (PySide6 is loaded anyway) records the holder's process id and host, so
    the lock of a crashed instance is recognised as stale and taken over, on Windows, macOS
    and Linux alike. A lock file that names no process (an empty one left by an older
    version) is not a holder either."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "sagicc.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if not lock.tryLock(0):
        pid = lock.getLockInfo()[0] if isinstance(lock.getLockInfo(), tuple) else 0
        if pid or not lock.removeStaleLockFile() or not lock.tryLock(0):
            raise AlreadyRunning(str(data_dir))
    return lock
