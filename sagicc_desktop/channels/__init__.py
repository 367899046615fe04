"""channels layer (see docs/architecture.md)."""
