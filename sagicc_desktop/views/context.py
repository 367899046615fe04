"""What every screen needs: the database, the blob store and the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..services.actor import Actor
from ..store.blobs import BlobStore
from ..store.database import Database


@dataclass
class AppContext:
    db: Database
    blobs: BlobStore
    data_dir: Path
    actor: Actor | None = None

    @property
    def user(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return self.actor
