"""The ticket management view: pinned header (V1) and the dock panel (V2)."""
