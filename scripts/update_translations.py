#!/usr/bin/env python3
"""Extract user-visible strings from sagicc_desktop/*.py into resources/translations/*.ts.

Runs pyside6-lupdate over every Python file of the package into sagicc_en.ts and sagicc_es.ts.
lupdate merges: existing translations are kept, new strings arrive as "unfinished", strings
that disappeared are marked "vanished" (drop them with --no-obsolete). Translators then edit the
.ts files (pyside6-linguist); the .qm catalogues are built by the install step, not committed.

Usage: python scripts/update_translations.py [--no-obsolete]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sagicc_desktop.i18n import CATALOGUE, LANGUAGES, find_tool  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
#: The locale written into a new catalogue's <TS language=...>.
TS_LOCALES = {"en": "en_US", "es": "es_ES"}


def minimal_ts(locale: str) -> str:
    """An empty but valid catalogue, for a language that has none yet."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{locale}" sourcelanguage="en_US">\n</TS>\n'
    )


def sources() -> list[Path]:
    """Every .py of the package, relative to the repository (stable locations in the .ts)."""
    return sorted(p.relative_to(ROOT) for p in (ROOT / "sagicc_desktop").rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-obsolete", action="store_true", help="drop vanished strings")
    args = parser.parse_args(argv)

    TS_DIR.mkdir(parents=True, exist_ok=True)
    targets = []
    for lang in LANGUAGES:
        ts = TS_DIR / f"{CATALOGUE}_{lang}.ts"
        if not ts.exists():
            ts.write_text(minimal_ts(TS_LOCALES.get(lang, lang)), encoding="utf-8")
        targets.append(ts.relative_to(ROOT))

    cmd = [*find_tool("lupdate"), "-locations", "relative", "-source-language", "en_US"]
    if args.no_obsolete:
        cmd.append("-no-obsolete")
    cmd += [str(p) for p in sources()] + ["-ts"] + [str(t) for t in targets]
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
