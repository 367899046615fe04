"""A private PulseAudio server for the audio tests: a null sink stands in for the speakers and
its monitor for the microphone, so what paplay plays into the sink is what the app records.

`pulse` (session fixture) starts it in its own runtime folder, points this process at it
(PULSE_SERVER, XDG_RUNTIME_DIR) and re-initialises PortAudio so sounddevice sees it. When it
cannot start the tests fail under CI (CI set) and are skipped elsewhere.

A null sink without a low-latency client renders in blocks of up to two seconds: the first
sound reaches a new recording seconds late, and a new player's buffer is drained at once
(underruns, then playback racing ahead). A sound card's clock does neither. Two "keepers", a
low-latency `parec` on the monitor and a `pacat` playing silence into the sink, make the
stand-in keep time like real hardware.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

SINK = "vmic"
NEEDED = ("pulseaudio", "pactl", "paplay", "parec", "pacat", "espeak-ng")


class PulseServer:
    def __init__(self, runtime_dir: Path) -> None:
        self.runtime_dir = runtime_dir
        self.socket = runtime_dir / "pulse" / "native"
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir), "PULSE_SERVER": f"unix:{self.socket}"}
        self.keepers: list[subprocess.Popen] = []

    # -- life ---------------------------------------------------------------------------------
    def start(self) -> None:
        subprocess.run(
            ["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--log-target=stderr",
             "--load=module-native-protocol-unix auth-anonymous=1"],
            env=self.env, check=True, timeout=20, capture_output=True)
        deadline = time.monotonic() + 10
        while not self.answers():
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not answer")
            time.sleep(0.05)
        self.load_sink()

    def answers(self) -> bool:
        return subprocess.run(["pactl", "info"], env=self.env, capture_output=True, timeout=10).returncode == 0

    def stop(self) -> None:
        self._stop_keeper()
        pid_file = self.runtime_dir / "pulse" / "pid"
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    # -- the stand-in microphone ----------------------------------------------------------------
    def pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], env=self.env, check=True, capture_output=True, text=True,
                              timeout=10).stdout

    def load_sink(self) -> None:
        """(Re)create the null sink, make it and its monitor the defaults, start the keeper."""
        self.pactl("load-module", "module-null-sink", f"sink_name={SINK}", "rate=48000")
        self.pactl("set-default-sink", SINK)
        self.pactl("set-default-source", f"{SINK}.monitor")
        self._stop_keeper()
        with open("/dev/zero", "rb") as zeros:
            self.keepers = [
                subprocess.Popen(["parec", "--latency-msec=10", "-d", f"{SINK}.monitor", "--raw"],
                                 env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                subprocess.Popen(["pacat", "--playback", "--latency-msec=10", "-d", SINK, "--raw",
                                  "--rate=48000", "--channels=1", "--format=s16le"],
                                 env=self.env, stdin=zeros, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
            ]
        self._settle()

    def _settle(self, within_s: float = 0.15, timeout: float = 8.0) -> None:
        """Wait until a new recording gets its first sound promptly (the sink follows the
        keeper's latency only from its next wake-up, up to two seconds later)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            probe = subprocess.Popen(["parec", "--latency-msec=10", "-d", f"{SINK}.monitor", "--raw"],
                                     env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            t0 = time.monotonic()
            os.read(probe.stdout.fileno(), 4)
            waited = time.monotonic() - t0
            probe.kill()
            probe.wait()
            probe.stdout.close()
            if waited < within_s:
                return
        raise RuntimeError("the null sink's monitor stays slow to deliver sound")

    def unload_sink(self) -> None:
        """Take the sink (and with it the microphone) away, as when a headset is unplugged."""
        self.pactl("unload-module", "module-null-sink")
        self._stop_keeper()

    def has_sink(self) -> bool:
        return SINK in self.pactl("list", "short", "sinks")

    def _stop_keeper(self) -> None:
        for keeper in self.keepers:
            keeper.terminate()
            keeper.wait(timeout=5)
        self.keepers = []

    def play(self, path: Path) -> subprocess.Popen:
        """Play a sound file into the sink (heard by whoever records the default source)."""
        return subprocess.Popen(["paplay", "-d", SINK, str(path)], env=self.env)

    def record_monitor(self, path: Path, rate: int = 48_000) -> subprocess.Popen:
        """Record what is played into the sink to a WAV, independently of the app's code."""
        return subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--file-format=wav", f"--rate={rate}", "--channels=1",
             "--latency-msec=20", str(path)], env=self.env)


def speak(text: str, path: Path) -> Path:
    subprocess.run(["espeak-ng", "-w", str(path), text], check=True, capture_output=True, timeout=30)
    return path


def reinit_portaudio() -> None:
    """PortAudio lists devices once; after the server (or its devices) change, start it again."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


# -- comparing sounds ----------------------------------------------------------------------------
def envelope(data: np.ndarray, rate: int, window_s: float = 0.02) -> np.ndarray:
    """RMS per window: the shape of speech, independent of sample rate and codec."""
    if data.ndim > 1:
        data = data.mean(axis=1)
    step = max(1, int(rate * window_s))
    n = len(data) // step
    if n == 0:
        return np.zeros(0)
    return np.sqrt(np.mean(np.square(data[: n * step].reshape(n, step)), axis=1))


def envelope_correlation(a: np.ndarray, rate_a: int, b: np.ndarray, rate_b: int) -> float:
    """Best Pearson correlation of the two envelopes over all alignments (the recording
    starts at an arbitrary moment before the speech)."""
    ea, eb = envelope(a, rate_a), envelope(b, rate_b)
    if len(ea) < 5 or len(eb) < 5:
        return 0.0
    short, long_ = (ea, eb) if len(ea) <= len(eb) else (eb, ea)
    best = -1.0
    for lag in range(0, len(long_) - len(short) + 1):
        seg = long_[lag: lag + len(short)]
        if seg.std() == 0 or short.std() == 0:
            continue
        best = max(best, float(np.corrcoef(short, seg)[0, 1]))
    return best


def active_duration(data: np.ndarray, rate: int, threshold: float = 0.02) -> float:
    """Seconds from the first to the last window louder than `threshold` (the speech)."""
    env = envelope(data, rate)
    loud = np.nonzero(env > threshold * max(env.max(), 1e-9) if len(env) else [])[0]
    if len(loud) == 0:
        return 0.0
    return (loud[-1] - loud[0] + 1) * 0.02


# -- the fixture ---------------------------------------------------------------------------------
def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"PulseAudio is needed for the audio tests: {reason}")
    pytest.skip(reason)


_shared: dict = {"server": None, "users": 0, "saved": {}, "runtime": None}


def _start_shared() -> PulseServer:
    """One server per test process, however many test modules import the fixture (each import
    makes pytest hold its own copy of a session fixture)."""
    if _shared["server"] is not None:
        _shared["users"] += 1
        return _shared["server"]
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        _unavailable("missing " + ", ".join(missing))
    runtime = Path(tempfile.mkdtemp(prefix="sagicc-pulse-"))
    runtime.chmod(0o700)
    server = PulseServer(runtime)
    try:
        server.start()
    except (subprocess.SubprocessError, RuntimeError, OSError) as exc:
        server.stop()
        shutil.rmtree(runtime, ignore_errors=True)
        _unavailable(f"PulseAudio did not start: {exc}")
    _shared["saved"] = {k: os.environ.get(k) for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
    os.environ["XDG_RUNTIME_DIR"] = server.env["XDG_RUNTIME_DIR"]
    os.environ["PULSE_SERVER"] = server.env["PULSE_SERVER"]
    try:
        import sounddevice  # noqa: F401  (initialises PortAudio if it was not yet)
    except OSError as exc:
        server.stop()
        _unavailable(f"PortAudio is missing: {exc}")
    reinit_portaudio()
    _shared.update(server=server, users=1, runtime=runtime)
    return server


def _release_shared() -> None:
    _shared["users"] -= 1
    if _shared["users"] > 0 or _shared["server"] is None:
        return
    _shared["server"].stop()
    for key, value in _shared["saved"].items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    if "sounddevice" in sys.modules:
        reinit_portaudio()
    shutil.rmtree(_shared["runtime"], ignore_errors=True)
    _shared.update(server=None, runtime=None)


@pytest.fixture(scope="session")
def pulse():
    server = _start_shared()
    yield server
    _release_shared()


@pytest.fixture
def sink(pulse):
    """The null sink present and the defaults set, even after a test took it away."""
    if not pulse.has_sink():
        pulse.load_sink()
        reinit_portaudio()
    return pulse
