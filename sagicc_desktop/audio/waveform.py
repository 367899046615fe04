"""Waveform summaries of a sound file for drawing a voice note: a few peaks and the length.

Qt-free, read with soundfile (OGG/Opus, OGG/Vorbis, WAV, FLAC) block by block, so a long file
never sits in memory whole. An unreadable or empty file gives flat peaks and a zero length
rather than an exception: a damaged attachment should still draw.

Decoding costs time (about 0.8 s for two minutes of Opus on a slow machine): call peaks() off
the GUI thread, or once per attachment and keep the result.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import soundfile as sf

_BLOCK = 65_536


def duration_seconds(path: str | Path) -> float:
    """Length of the sound in seconds; 0.0 when the file cannot be read."""
    try:
        info = sf.info(str(path))
    except (RuntimeError, OSError, sf.LibsndfileError):
        return 0.0
    if info.frames > 0 and info.samplerate > 0:
        return info.frames / info.samplerate
    # Some OGG files do not state their length up front: count the frames.
    try:
        frames = 0
        with sf.SoundFile(str(path)) as f:
            for block in f.blocks(blocksize=_BLOCK, dtype="float32", always_2d=True):
                frames += len(block)
            return frames / f.samplerate if f.samplerate else 0.0
    except (RuntimeError, OSError, sf.LibsndfileError):
        return 0.0


def peaks(path: str | Path, buckets: int = 48) -> list[float]:
    """`buckets` peak levels in 0..1, evenly spread over the sound, scaled to the loudest.

    Each bucket is the largest absolute sample of its slice (channels mixed by taking the
    largest), then all are divided by the overall peak so quiet recordings still show a shape.
    """
    if buckets <= 0:
        return []
    try:
        with sf.SoundFile(str(path)) as f:
            total = f.frames
            if total <= 0:  # length not stated up front: read it all (voice notes are short)
                mono = [np.abs(b).max(axis=1) for b in f.blocks(blocksize=_BLOCK, dtype="float32",
                                                               always_2d=True)]
                return _bucket_peaks(np.concatenate(mono) if mono else np.zeros(0), buckets)
            out = np.zeros(buckets, dtype=np.float64)
            pos = 0
            for block in f.blocks(blocksize=_BLOCK, dtype="float32", always_2d=True):
                mono = np.abs(block).max(axis=1)
                idx = (np.arange(pos, pos + len(mono)) * buckets) // total
                np.maximum.at(out, np.clip(idx, 0, buckets - 1), mono)
                pos += len(mono)
            return _scale(out)
    except (RuntimeError, OSError, sf.LibsndfileError):
        return [0.0] * buckets


def _bucket_peaks(mono: np.ndarray, buckets: int) -> list[float]:
    out = np.zeros(buckets, dtype=np.float64)
    if len(mono):
        idx = (np.arange(len(mono)) * buckets) // len(mono)
        np.maximum.at(out, idx, mono)
    return _scale(out)


def _scale(out: np.ndarray) -> list[float]:
    top = float(out.max()) if len(out) else 0.0
    if top <= 0.0 or not math.isfinite(top):
        return [0.0] * len(out)
    return [min(1.0, max(0.0, float(v) / top)) for v in out]
