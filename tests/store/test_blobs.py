"""Decision 6: content-addressed blob store beside the database."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from sagicc_desktop.store import blobs as blobs_module
from sagicc_desktop.store.blobs import BlobStore


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith(".incoming-")]


def test_put_and_get_round_trip(blobs):
    data = b"voice note \x00\xff" * 1000
    sha, size = blobs.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    assert blobs.exists(sha)
    assert blobs.read(sha) == data
    with blobs.open(sha) as fh:
        assert fh.read() == data
    assert blobs.path_for(sha) == blobs.root / sha[:2] / sha


def test_empty_content_round_trips(blobs):
    sha, size = blobs.put_bytes(b"")
    assert size == 0
    assert sha == hashlib.sha256(b"").hexdigest()
    assert blobs.read(sha) == b""


def test_large_stream_across_chunks(blobs, tmp_path):
    data = os.urandom(blobs_module.CHUNK * 2 + 123)
    source = tmp_path / "big.bin"
    source.write_bytes(data)
    sha, size = blobs.put_file(source)
    assert size == len(data)
    assert blobs.read(sha) == data


def test_same_content_is_stored_once(blobs):
    first = blobs.put_bytes(b"same bytes")
    target = blobs.path_for(first[0])
    inode, mtime = target.stat().st_ino, target.stat().st_mtime_ns
    second = blobs.put_stream(io.BytesIO(b"same bytes"))
    assert first == second
    assert _files(blobs.root) == [target]
    # The stored copy was not rewritten.
    assert (target.stat().st_ino, target.stat().st_mtime_ns) == (inode, mtime)
    assert _temp_files(blobs.root) == []


def test_different_content_different_files(blobs):
    a, _ = blobs.put_bytes(b"a")
    b, _ = blobs.put_bytes(b"b")
    assert a != b
    assert len(_files(blobs.root)) == 2


@pytest.mark.parametrize(
    "name",
    [
        "../etc/passwd",
        "../" + "a" * 61,
        "..",
        "/etc/passwd",
        "ab/../../secret",
        "A" * 64,  # upper case is not what we write
        "a" * 63,
        "a" * 65,
        "a" * 64 + "\n",
        "",
    ],
)
def test_names_that_are_not_digests_are_refused(blobs, name):
    for call in (blobs.path_for, blobs.read, blobs.exists, blobs.remove, blobs.open):
        with pytest.raises(ValueError):
            call(name)


def test_refusing_a_traversal_name_touches_nothing(blobs, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    relative = os.path.relpath(victim, blobs.root / "ab")
    with pytest.raises(ValueError):
        blobs.remove(relative)
    assert victim.read_text() == "keep me"


def test_over_max_bytes_is_refused_and_leaves_no_temp_file(blobs, tmp_path):
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * 1001)
    with pytest.raises(ValueError):
        blobs.put_file(source, max_bytes=1000)
    assert _files(blobs.root) == []
    with pytest.raises(ValueError):
        blobs.put_stream(io.BytesIO(os.urandom(blobs_module.CHUNK * 3)), max_bytes=blobs_module.CHUNK)
    assert _files(blobs.root) == []


def test_exactly_max_bytes_is_accepted(blobs):
    sha, size = blobs.put_stream(io.BytesIO(b"x" * 1000), max_bytes=1000)
    assert size == 1000
    assert blobs.exists(sha)
    assert _temp_files(blobs.root) == []


class _Breaks(io.RawIOBase):
    """A stream that fails after handing out some data (a dropped network share, a crash)."""

    def __init__(self, good: bytes) -> None:
        self.good, self.sent = good, False

    def read(self, n=-1):
        if not self.sent:
            self.sent = True
            return self.good
        raise OSError("connection lost")


def test_a_failing_source_leaves_nothing_behind(blobs):
    with pytest.raises(OSError):
        blobs.put_stream(_Breaks(b"partial data"))
    assert _files(blobs.root) == []


def test_write_is_atomic_temp_file_fsync_then_rename(blobs, monkeypatch):
    """The final name only ever appears by an atomic rename of a complete, fsynced temp file
    that lives in the store (same filesystem)."""
    data = b"attachment bytes" * 100
    sha = hashlib.sha256(data).hexdigest()
    events: list[tuple] = []
    real_fsync, real_replace = os.fsync, os.replace

    def spy_fsync(fd):
        events.append(("fsync",))
        return real_fsync(fd)

    def spy_replace(src, dst):
        src, dst = Path(src), Path(dst)
        assert not dst.exists(), "final name must not exist before the rename"
        assert src.parent == blobs.root and src.name.startswith(".incoming-")
        assert src.read_bytes() == data, "temp file must be complete before the rename"
        events.append(("replace", dst))
        return real_replace(src, dst)

    monkeypatch.setattr(blobs_module.os, "fsync", spy_fsync)
    monkeypatch.setattr(blobs_module.os, "replace", spy_replace)
    blobs.put_bytes(data)
    assert events == [("fsync",), ("replace", blobs.path_for(sha))]
    assert blobs.read(sha) == data
    assert _temp_files(blobs.root) == []


def test_a_crash_during_rename_leaves_no_partial_blob(blobs, monkeypatch):
    def failing_replace(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(blobs_module.os, "replace", failing_replace)
    with pytest.raises(OSError):
        blobs.put_bytes(b"never stored")
    sha = hashlib.sha256(b"never stored").hexdigest()
    assert not blobs.exists(sha)
    assert _temp_files(blobs.root) == []


def test_remove(blobs):
    sha, _ = blobs.put_bytes(b"gone soon")
    blobs.remove(sha)
    assert not blobs.exists(sha)
    blobs.remove(sha)  # removing twice is fine


def test_store_survives_reopening(tmp_path):
    first = BlobStore(tmp_path / "b")
    sha, _ = first.put_bytes(b"persist")
    assert BlobStore(tmp_path / "b").read(sha) == b"persist"
