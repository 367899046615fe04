"""Slow service calls run off the GUI thread and report back on it (decision 4)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from sagicc_desktop.services.errors import ValidationError
from sagicc_desktop.views.background_task import BackgroundTask


def test_progress_and_result_arrive_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen = []

    def work(progress):
        for i in range(1, 4):
            progress(i, 3)
        return threading.current_thread().name

    task = BackgroundTask(work)
    task.sig_progress.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is gui)))
    with qtbot.waitSignal(task.sig_done, timeout=5000) as done:
        task.start()
    assert done.args == ["background-task"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_an_error_comes_back_as_it_was_raised(qtbot):
    def work(_progress):
        raise ValidationError("merge_into_itself")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.sig_failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], ValidationError) and failed.args[0].args[0] == "merge_into_itself"
