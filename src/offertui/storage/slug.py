"""Offer ids: safe, readable file names made from what the user typed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

# Names Windows reserves for devices, whatever the extension; a synced folder may
# reach a Windows machine, so they are avoided everywhere.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_MAX_BYTES = 80  # leaves room for a suffix, ".toml" and temp marks within 255 bytes
_NOT_WORD = re.compile(r"[^\w]+")


def slugify(*parts: str) -> str:
    """A file-name-safe slug of `parts`: letters and digits of any script, and hyphens."""
    text = unicodedata.normalize("NFKC", " ".join(parts)).lower()
    slug = _NOT_WORD.sub("-", text).replace("_", "-")
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    while len(slug.encode("utf-8")) > _MAX_BYTES:
        slug = slug[:-1]
    slug = slug.strip("-")
    if not slug:
        return "offer"
    if slug in _RESERVED:
        slug = f"offer-{slug}"
    return slug


def unique_slug(base: str, taken: Container[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not yet `taken`."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def is_safe_id(offer_id: str) -> bool:
    """Whether `offer_id` (typed on a command line, say) names a file inside the offers
    folder and nowhere else."""
    return (
        bool(offer_id)
        and not offer_id.startswith(".")
        and not set(offer_id) & set("/\\\0")
        and len(offer_id.encode("utf-8", "replace")) <= 200
    )
