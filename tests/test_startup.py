"""Start-up in a real process: the sign-in window shows; bad data folders get a clear message
and are left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sagicc_desktop.startup import AlreadyRunning, acquire_lock


def _run(data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "sagicc_desktop.app", "--data-dir", str(data_dir), "--smoke-test", *extra],
        capture_output=True, text=True, timeout=120, env=env,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_folder_reaches_the_sign_in_window(tmp_path):
    result = _run(tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "SAGICC_READY sign-in" in result.stdout
    assert (tmp_path / "data" / "sagicc.db").exists()


def test_demo_flag_fills_a_fresh_database(tmp_path):
    result = _run(tmp_path / "data", "--demo")
    assert result.returncode == 0, result.stderr
    import sqlite3

    conn = sqlite3.connect(tmp_path / "data" / "sagicc.db")
    assert conn.execute("SELECT count(*) FROM tickets").fetchone()[0] >= 300
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] >= 6
    conn.close()


def test_second_instance_on_the_same_folder_is_refused(tmp_path):
    folder = tmp_path / "data"
    lock = acquire_lock(folder)
    try:
        with pytest.raises(AlreadyRunning):
            acquire_lock(folder)
        result = _run(folder)
        assert result.returncode == 2
        assert "already running" in result.stderr
    finally:
        lock.unlock()


def test_the_lock_of_a_crashed_instance_is_taken_over(tmp_path):
    folder = tmp_path / "data"
    crash = ("import os, sys; from pathlib import Path; from sagicc_desktop.data_folder import acquire_lock; "
             "lock = acquire_lock(Path(sys.argv[1])); os._exit(9)")
    subprocess.run([sys.executable, "-c", crash, str(folder)], timeout=60)
    assert (folder / "sagicc.lock").exists()  # left behind by the process that died
    lock = acquire_lock(folder)
    try:
        with pytest.raises(AlreadyRunning):
            acquire_lock(folder)
    finally:
        lock.unlock()


def test_corrupt_database_is_reported_and_left_untouched(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "sagicc.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = _digest(db)
    result = _run(folder)
    assert result.returncode == 2
    assert "damaged" in result.stderr
    assert _digest(db) == before


def test_spanish_message_for_a_newer_database(tmp_path):
    folder = tmp_path / "data"
    assert _run(folder).returncode == 0
    import sqlite3

    conn = sqlite3.connect(folder / "sagicc.db")
    conn.execute("UPDATE alembic_version SET version_num = 'fffffffff999'")
    conn.commit()
    conn.close()
    before = _digest(folder / "sagicc.db")
    result = _run(folder, "--lang", "es")
    assert result.returncode == 2
    assert "versión más reciente" in result.stderr
    assert _digest(folder / "sagicc.db") == before


def test_an_empty_lock_file_left_by_an_older_version_does_not_block_the_start(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "sagicc.lock").write_bytes(b"")
    lock = acquire_lock(folder)
    lock.unlock()


def test_a_refused_database_ends_the_process_cleanly_every_time(tmp_path):
    """The windows are deleted before the QApplication: a crash at exit (exit code -11) came and
    went with thread timing, so the start is repeated."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "sagicc.db").write_bytes(b"not a database" * 10_000)
    codes = [_run(folder).returncode for _ in range(4)]
    assert codes == [2, 2, 2, 2]
