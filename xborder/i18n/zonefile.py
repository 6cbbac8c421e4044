"""Zone files read straight into pytz's cache (no scan of every zone file)."""
from __future__ import annotations


def zone_from_file(name: str):
    """The pytz zone ``name`` built from its file (shared with pytz's own cache, so
    ``pytz.timezone(name)`` returns the same object), or None when there is no such file."""
    import struct

    import pytz
    from pytz.tzfile import build_tzinfo

    cache = getattr(pytz, "_tzinfo_cache", {})
    if name in cache:
        return cache[name]
    try:
        with pytz.open_resource(name) as fh:
            zone = build_tzinfo(name, fh)
    except (OSError, ValueError, AssertionError, UnicodeError, struct.error):
        return None
    return cache.setdefault(name, zone)
