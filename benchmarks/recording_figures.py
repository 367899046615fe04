"""Voice-note recording figures: how soon capture starts after the click on Record, and whether
the microphone drops sound (input overflows) while the GUI thread is kept busy.

python -m benchmarks.recording_figures [--repeat N]
Uses the sound server that answers; when none does (a machine without a sound card), it starts
a private PulseAudio with a null sink as the microphone, the way the audio tests do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUSY_SECONDS, BUSY_SLICE_S = 5.0, 0.2


def _answers(env: dict) -> bool:
    try:
        return subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def private_pulse() -> tuple[Path, list[subprocess.Popen]] | None:
    """Start PulseAudio in a runtime folder of its own, with a null sink as the default speaker
    and its monitor as the default microphone, and point this process at it. A null sink keeps
    time only with a low-latency client attached, so a silent player and reader stay on it (as
    a sound card's clock would). Returns what to stop afterwards; None when it cannot start."""
    if not all(shutil.which(t) for t in ("pulseaudio", "pactl", "parec", "pacat")):
        return None
    runtime = Path(tempfile.mkdtemp(prefix="sagicc-bench-pulse-"))
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{runtime}/pulse/native"}
    try:
        subprocess.run(["pulseaudio", "-D", "-n", "--exit-idle-time=-1",
                        "--load=module-native-protocol-unix auth-anonymous=1"],
                       env=env, check=True, capture_output=True, timeout=20)
        deadline = time.monotonic() + 10
        while not _answers(env):
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not answer")
            time.sleep(0.05)
        for args in (["load-module", "module-null-sink", "sink_name=vmic", "rate=48000"],
                     ["set-default-sink", "vmic"], ["set-default-source", "vmic.monitor"]):
            subprocess.run(["pactl", *args], env=env, check=True, capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        print(f"could not start PulseAudio: {exc}")
        return None
    with open("/dev/zero", "rb") as zeros:
        keepers = [
            subprocess.Popen(["parec", "--latency-msec=10", "-d", "vmic.monitor", "--raw"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            subprocess.Popen(["pacat", "--playback", "--latency-msec=10", "-d", "vmic", "--raw", "--rate=48000",
                              "--channels=1", "--format=s16le"], env=env, stdin=zeros,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        ]
    time.sleep(2.5)  # the null sink takes up the keepers' latency at its next wake-up
    os.environ["XDG_RUNTIME_DIR"], os.environ["PULSE_SERVER"] = env["XDG_RUNTIME_DIR"], env["PULSE_SERVER"]
    return runtime, keepers


def stop_private_pulse(started: tuple[Path, list[subprocess.Popen]]) -> None:
    runtime, keepers = started
    for keeper in keepers:
        keeper.terminate()
        keeper.wait(timeout=5)
    subprocess.run(["pulseaudio", "--kill"], env=dict(os.environ), capture_output=True, timeout=10)
    shutil.rmtree(runtime, ignore_errors=True)


def _bare_start_latency() -> float:
    """A plain sounddevice callback stream: open, start, first block."""
    import sounddevice as sd

    first: list[float] = []

    def callback(indata, frames, time_info, status) -> None:
        if not first:
            first.append(time.perf_counter())

    t0 = time.perf_counter()
    with sd.InputStream(samplerate=48_000, channels=1, dtype="float32", callback=callback):
        while not first and time.perf_counter() - t0 < 5:
            time.sleep(0.001)
    return (first[0] if first else time.perf_counter()) - t0


def recording_figures(report, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication

    from sagicc_desktop.audio import devices
    from sagicc_desktop.views.voice_note import VoiceNoteRecorder

    app = QApplication.instance() or QApplication([])
    started = None
    env = dict(os.environ)
    if not _answers(env) or not devices.input_devices():
        started = private_pulse()
        if started is None:
            print("no sound server and none could be started: recording figures skipped")
            return
        devices.rescan()
    folder = Path(tempfile.mkdtemp(prefix="sagicc-bench-notes-"))
    try:
        widget = VoiceNoteRecorder(None, time_limit_s=60, output_dir=folder)
        widget.show()
        app.processEvents()
        samples = []
        for _ in range(max(5, repeat)):
            clicked = time.perf_counter()
            widget.record_button.click()
            recorder = widget.recorder.recorder
            while recorder.first_block_at is None and time.perf_counter() - clicked < 5:
                app.processEvents()
                time.sleep(0.0005)
            samples.append((recorder.first_block_at or time.perf_counter()) - clicked)
            widget.stop_button.click()
            widget.discard()
            app.processEvents()
        bare = statistics.median(_bare_start_latency() for _ in range(max(5, repeat)))
        report.add("Voice note: start of capture after the click on Record (median)",
                   statistics.median(samples) * 1000, bare * 1000, "ms", "< 100 ms")

        widget.record_button.click()
        end = time.perf_counter() + BUSY_SECONDS
        while time.perf_counter() < end:  # the GUI thread busy in 200 ms slices, events between
            slice_end = time.perf_counter() + BUSY_SLICE_S
            while time.perf_counter() < slice_end:
                pass
            app.processEvents()
        widget.stop_button.click()
        result = widget.result
        overflows = float(result.overflows if result else -1)
        recorded = result.duration_s if result else 0.0
        print(f"  recorded {recorded:.2f} s in {BUSY_SECONDS:.0f} s with the GUI thread busy")
        report.add(f"Voice note: input overflows while the GUI thread is busy ({BUSY_SECONDS:.0f} s in "
                   f"{BUSY_SLICE_S * 1000:.0f} ms slices)", overflows, None, "overflows", "0")
        widget.discard()
        widget.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if started is not None:
            stop_private_pulse(started)


def main() -> None:
    from benchmarks.run import Report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    report = Report()
    recording_figures(report, args.repeat)
    report.print()


if __name__ == "__main__":
    main()
