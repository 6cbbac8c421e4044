"""Brand voice values every layer reads the same way: the two registers and the market defaults.

The defaults file (``culture_rules/voice_defaults.yaml``) gives each market's register
with its source; :mod:`xborder.render.voice` chooses a reply's voice from it, and the
lint checks a draft against the same default when the caller names no voice.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .codes import VOICES, check_voice
from .errors import DataError

__all__ = ["DEFAULTS_RELPATH", "VOICES", "check_voice", "market_defaults", "read_voice_defaults", "voice_for"]

DEFAULTS_RELPATH = "culture_rules/voice_defaults.yaml"


def read_voice_defaults(path: str | Path | None) -> dict[str, str]:
    """Locale tag -> default voice from the defaults file (each entry needs a source)."""
    from .yamlio import Node, load_entries

    if path is None:
        return {}
    out = {}
    for tag, entry, line in load_entries(path, "defaults"):
        if not isinstance(entry, Node) or entry.get("voice") not in VOICES or not entry.get("source"):
            raise DataError(f"'{tag}': needs voice (formal|informal) and source", path, line)
        out[tag] = entry["voice"]
    return out


def market_defaults(resources) -> dict[str, str]:
    """Locale tag -> default voice from the defaults file in ``resources``' data folders (cached)."""
    return resources.cached(("voice_defaults",), lambda: read_voice_defaults(resources.data.find(DEFAULTS_RELPATH)))


def voice_for(table: Mapping[str, str], tag: str) -> str | None:
    """The entry for the locale tag, else for its language, else None."""
    return table.get(tag) or table.get(tag.split("-")[0])
