"""Who is acting: the signed-in user as plain values, handed to every service call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ..store.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    campaign_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    locale: str = "en"

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    @property
    def sees_everything(self) -> bool:
        return self.role in (Role.ADMINISTRATOR, Role.SUPERVISOR)

    @property
    def read_only(self) -> bool:
        return self.role is Role.VIEWER
