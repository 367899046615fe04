"""Translation catalogues: building .qm files from the committed .ts files and loading them.

Only the .ts sources are committed; the binary .qm catalogues are built by the install step
(setup.py's build_py calls build_catalogues) and by the PyInstaller spec before bundling. A
developer who edits a .ts (or pulls one) would otherwise run with a stale .qm, so
install_translators() rebuilds stale catalogues first when running from a source tree.

Qt is imported lazily: setup.py imports this module in a build environment to compile the
catalogues, and compiling needs only the pyside6-lrelease tool, not QtCore.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .resources import is_frozen, translations_dir

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

# Prefix of our catalogues: resources/translations/sagicc_<lang>.ts / .qm
CATALOGUE = "sagicc"
DEFAULT_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for lupdate without importing Qt (PySide6's version does the same)."""
    return text


# Languages we ship, with their names marked for translation (for a language picker).
#: Name of a language, shown in the language picker.
LANGUAGES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
}


class TranslationToolMissing(RuntimeError):
    """pyside6-lrelease / pyside6-lupdate could not be found."""


def find_tool(name: str) -> list[str]:
    """The command for a PySide6 translation tool ("lrelease" or "lupdate").

    Looks beside the running interpreter (a venv's bin or Scripts), then on PATH (also where
    pip puts an isolated build environment's tools), then the binary inside the PySide6
    package itself (found without importing PySide6).
    """
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates.append(Path(location) / f"{name}{exe}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    raise TranslationToolMissing(
        f"pyside6-{name} not found (install PySide6 or PySide6-Essentials); looked at "
        + ", ".join(str(c) for c in candidates)
    )


def ts_files(ts_dir: Path | None = None) -> list[Path]:
    """Our .ts sources, sagicc_<lang>.ts, sorted."""
    return sorted((ts_dir or translations_dir()).glob(f"{CATALOGUE}_*.ts"))


def qm_path(ts: Path, qm_dir: Path | None = None) -> Path:
    """The .qm built from a .ts: same name, beside it unless qm_dir is given."""
    return (qm_dir or ts.parent) / (ts.stem + ".qm")


def stale_catalogues(ts_dir: Path | None = None, qm_dir: Path | None = None) -> list[Path]:
    """The .ts files whose .qm is missing or older than the .ts."""
    stale = []
    for ts in ts_files(ts_dir):
        qm = qm_path(ts, qm_dir)
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def build_catalogues(
    force: bool = False, *, ts_dir: Path | None = None, qm_dir: Path | None = None
) -> list[Path]:
    """Compile each stale .ts (every .ts with force=True) to .qm; return the .qm files written.

    Each catalogue is written to a temporary name and renamed, so an application starting at
    the same moment never reads half a file. Raises TranslationToolMissing when a catalogue
    needs building and pyside6-lrelease cannot be found, CalledProcessError when it fails.
    """
    todo = ts_files(ts_dir) if force else stale_catalogues(ts_dir, qm_dir)
    if not todo:
        return []
    lrelease = find_tool("lrelease")
    written = []
    for ts in todo:
        qm = qm_path(ts, qm_dir)
        qm.parent.mkdir(parents=True, exist_ok=True)
        tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run(
                [*lrelease, "-silent", str(ts), "-qm", str(tmp)],
                check=True,
                capture_output=True,
                text=True,
            )
            os.replace(tmp, qm)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(qm)
    return written


def ensure_catalogues() -> list[Path]:
    """Rebuild stale catalogues when running from a source tree; never raises.

    A bundle or wheel carries built catalogues and may sit in a read-only place, so this only
    acts on a writable source tree. A failure is logged: the application then runs with
    whatever catalogue exists (or in English) rather than not starting.
    """
    if is_frozen():
        return []
    directory = translations_dir()
    if not directory.is_dir() or not os.access(directory, os.W_OK):
        return []
    try:
        return build_catalogues()
    except (TranslationToolMissing, subprocess.CalledProcessError, OSError) as exc:
        log.warning("could not build translation catalogues: %s", exc)
        return []


def normalise_language(language: str) -> str:
    """'es-CO', 'es_CO.UTF-8' -> 'es_CO'; empty -> the default language."""
    code = (language or DEFAULT_LANGUAGE).split(".")[0].replace("-", "_")
    return code or DEFAULT_LANGUAGE


def system_language() -> str:
    """The shipped language closest to the system locale ('en' when none matches)."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        base = normalise_language(name).split("_")[0]
        if base in LANGUAGES:
            return base
    return DEFAULT_LANGUAGE


_installed: list[QTranslator] = []


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        try:
            app.removeTranslator(translator)
        except RuntimeError:  # its C++ object went with an earlier application
            pass


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the translators installed by an earlier call with those for ``language``.

    Loads our sagicc_<lang>.qm (falling back from es_CO to es) and, for languages other than
    English, Qt's own qtbase_<lang>.qm so standard dialogs and buttons match. Returns the
    translators installed, which may be fewer than two when a catalogue is missing (logged).
    Qt delivers the LanguageChange event through the event loop, not during this call.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    _remove_installed(app)
    ensure_catalogues()
    code = normalise_language(language)
    wanted = [(f"{CATALOGUE}_{code}", str(translations_dir()))]
    if code.split("_")[0] != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((f"qtbase_{code}", qt_dir))
    for filename, directory in wanted:
        translator = QTranslator(app)
        if translator.load(filename, directory) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("no translation catalogue %s in %s", filename, directory)
            translator.deleteLater()
    return list(_installed)
