"""Text normalisation shared by search and similarity: lower case, no accents, single spaces."""

from __future__ import annotations

import unicodedata


def normalise(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def search_name(*parts: str | None) -> str:
    return normalise(" ".join(p for p in parts if p))
