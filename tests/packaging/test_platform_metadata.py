"""Platform metadata that only matters on macOS and Windows, checked here on any system."""

from __future__ import annotations

import ast
import plistlib
import re
from pathlib import Path

import sagicc_desktop

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_macos_info_plist_explains_the_microphone():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    text = info["NSMicrophoneUsageDescription"]
    assert "microphone" in text.lower() and len(text) > 20


def test_windows_version_info_matches_the_package_version():
    source = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    ast.parse(source)  # PyInstaller evaluates it as a Python expression
    version = sagicc_desktop.__version__
    assert f"StringStruct('FileVersion', '{version}')" in source
    assert f"StringStruct('ProductVersion', '{version}')" in source
    numbers = tuple(int(n) for n in re.findall(r"\d+", version)[:4])
    numbers += (0,) * (4 - len(numbers))
    assert f"filevers=({', '.join(map(str, numbers))})" in source
    assert f"prodvers=({', '.join(map(str, numbers))})" in source
