"""Guards against a Qt binding that miscounts references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
returns nothing (show, repaint, processEvents ...); after some thousands of calls the
interpreter aborts ("deallocating None"). pyproject.toml keeps PySide6 below 6.12; this test
fails if a binding with that defect is installed.
"""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def test_void_methods_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.repaint()
        QCoreApplication.sendPostedEvents()
    assert sys.getrefcount(None) >= before - 50
