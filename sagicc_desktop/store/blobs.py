"""Content-addressed blob store: attachment and voice-note bytes live beside the database.

Files are named by their SHA-256 and written atomically (temp file, fsync, rename), so a
crash never leaves a half-written blob under a valid name. Only hashes reach the database.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

_HEX = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        if not _HEX.fullmatch(sha256):
            # Refuses anything that could leave the store (e.g. "../").
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put_stream(self, stream: BinaryIO, max_bytes: int | None = None) -> tuple[str, int]:
        """Store a stream; returns (sha256, size). Raises ValueError past max_bytes."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as tmp:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise ValueError(f"larger than {max_bytes} bytes")
                    digest.update(chunk)
                    tmp.write(chunk)
                tmp.flush()
                os.fsync(tmp.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
            return sha, size
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        import io

        return self.put_stream(io.BytesIO(data))

    def put_file(self, path: Path, max_bytes: int | None = None) -> tuple[str, int]:
        with open(path, "rb") as fh:
            return self.put_stream(fh, max_bytes=max_bytes)

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path_for(sha256), "rb")

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def remove(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)
