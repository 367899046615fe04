"""The PyInstaller bundle: build it, check what it carries, and start it like a user would.

Building takes about a minute, so the bundle is cached under build/bundle-cache/<fingerprint>,
where the fingerprint covers the spec, the package, resources/, the build files and every
installed distribution's version: any change rebuilds, an unchanged tree reuses the last build.

The smoke run is the first start on a clean machine: a fresh data directory, no keychain
(PYTHON_KEYRING_BACKEND unset, no D-Bus session, a private config home), offscreen Qt. The
app's contract: ``--data-dir DIR --smoke-test`` opens and migrates the database in DIR, shows
the sign-in window, prints ``SAGICC_READY sign-in`` on stdout and exits 0; with no usable
keychain it says so in a line containing "keychain" (stderr or a log) and carries on.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from sagicc_desktop.store import migrate

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "sagicc_desktop.spec"
CACHE = ROOT / "build" / "bundle-cache"
NAME = "sagicc-desktop"
EXE_NAME = NAME + (".exe" if os.name == "nt" else "")
SIZE_BUDGET_MB = 350
READY_LINE = "SAGICC_READY sign-in"
SQLITE_HEADER = b"SQLite format 3\x00"


def _inputs() -> list[Path]:
    files = [ROOT / "pyproject.toml", ROOT / "setup.py"]
    for folder in ("packaging", "sagicc_desktop", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts or "_resources" in path.parts:
                continue
            if path.suffix in (".pyc", ".qm"):  # .qm files are derived from the .ts files
                continue
            files.append(path)
    return sorted(f for f in files if f.exists())


def fingerprint() -> str:
    """A hash of everything that goes into the bundle."""
    digest = hashlib.sha256(sys.version.encode())
    dists = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(dists).encode())
    for path in _inputs():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build_bundle() -> Path:
    """Build (or reuse) the one-folder bundle; returns its folder."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with FileLock(str(CACHE.parent / "bundle-cache.lock")):
        out = CACHE / fingerprint()
        folder = out / "dist" / NAME
        if (out / "complete").exists() and (folder / EXE_NAME).exists():
            return folder
        for old in CACHE.iterdir():  # keep one build: each is a few hundred MB
            shutil.rmtree(old, ignore_errors=True)
        out.mkdir(parents=True)
        log = out / "build.log"
        with open(log, "w") as fh:
            result = subprocess.run(
                [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
                cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, timeout=1800,
            )  # fmt: skip
        if result.returncode != 0:
            tail = log.read_text(errors="replace")[-6000:]
            shutil.rmtree(out, ignore_errors=True)
            pytest.fail(f"PyInstaller failed ({result.returncode}):\n{tail}")
        shutil.rmtree(out / "work", ignore_errors=True)
        (out / "complete").write_text("ok\n")
        return folder


@pytest.fixture(scope="session")
def bundle() -> Path:
    if not (ROOT / "sagicc_desktop" / "app.py").exists():
        pytest.fail("sagicc_desktop/app.py (the application's start-up) does not exist")
    return build_bundle()


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def test_bundle_carries_its_data(bundle: Path):
    data = _internal(bundle)
    for lang in ("en", "es"):
        assert (data / "resources" / "translations" / f"sagicc_{lang}.qm").is_file()
    assert not list((data / "resources").rglob("*.ts"))

    migrations = data / "sagicc_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    source_versions = ROOT / "sagicc_desktop" / "store" / "migrations" / "versions"
    expected = {p.name for p in source_versions.glob("*.py")}
    assert expected and expected <= {p.name for p in (migrations / "versions").glob("*.py")}

    qt_translations = data / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_es.qm").is_file()
    assert not list(qt_translations.glob("*_fr.qm")), "only our languages of Qt's catalogues"
    assert list((data / "qtawesome" / "fonts").glob("*.ttf")), "QtAwesome's icon fonts"


def test_bundle_leaves_out_heavy_qt(bundle: Path):
    names = [p.name for p in _internal(bundle).rglob("*")]
    for heavy in ("WebEngine", "Qt6Quick", "Qt63D", "QtQuick", "Qt3D"):
        assert not [n for n in names if heavy in n], heavy
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"broken links (a library left out, its link kept): {dangling}"
    size = _folder_mb(bundle)
    print(f"bundle size: {size:.0f} MB")
    assert size < SIZE_BUDGET_MB, f"bundle grew to {size:.0f} MB"


def _clean_machine_env(home: Path) -> dict[str, str]:
    """The environment of a first start: no keychain, no user settings, no screen."""
    dropped = {"PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH", "PYTHONHOME",
               "VIRTUAL_ENV", "DISPLAY", "WAYLAND_DISPLAY"}  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    runtime = home / "runtime"
    for sub in ("config", "data", "cache", "state", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env.update(
        HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"), XDG_RUNTIME_DIR=str(runtime),
        APPDATA=str(home / "config"), LOCALAPPDATA=str(home / "data"),
    )  # fmt: skip
    return env


def test_bundle_starts_on_a_clean_machine(bundle: Path, tmp_path: Path):
    data_dir = tmp_path / "data-dir"
    home = tmp_path / "home"
    result = subprocess.run(
        [str(bundle / EXE_NAME), "--data-dir", str(data_dir), "--smoke-test"],
        env=_clean_machine_env(home), capture_output=True, text=True, timeout=180,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    report = f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"

    assert result.returncode == 0, report
    assert READY_LINE in [line.strip() for line in result.stdout.splitlines()], report

    databases = [
        p for p in data_dir.iterdir()
        if p.is_file() and p.read_bytes()[:16] == SQLITE_HEADER
    ] if data_dir.is_dir() else []  # fmt: skip
    assert databases, f"no SQLite database in {data_dir}\n{report}"
    with sqlite3.connect(databases[0]) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == (migrate.head_revision(),), "database not migrated to head"

    logs = "".join(
        p.read_text(errors="replace")
        for folder in (data_dir, home)
        for p in folder.rglob("*.log")
    )  # fmt: skip
    assert "keychain" in (result.stdout + result.stderr + logs).lower(), report
