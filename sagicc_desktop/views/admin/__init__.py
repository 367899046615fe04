"""The Administration module: users, campaigns, channels, templates, surveys and imports (A1-A3)."""
