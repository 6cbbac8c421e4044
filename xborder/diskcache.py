"""The user's cache folder: parsed data files kept between processes, like ``.pyc`` files.

Every entry is named by a digest of what it was made from (a file's bytes, a
package's version), so an edited file or an upgraded package simply misses.
Writing is best effort: a read-only or missing folder costs speed, never
correctness. ``XBORDER_CACHE_DIR`` moves the folder; set it empty to disable.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

@functools.lru_cache(maxsize=1)
def _release() -> str:
    """Part of every key: a cache written by another xborder or Python is not reused."""
    from . import __version__

    return f"{__version__}|py{sys.version_info[0]}.{sys.version_info[1]}"


def default_cache_dir() -> Path | None:
    """The user's cache folder for xborder (``XBORDER_CACHE_DIR`` overrides; empty disables)."""
    value = os.environ.get("XBORDER_CACHE_DIR")
    if value is not None:
        return Path(value) if value else None
    if sys.platform.startswith("linux"):  # what platformdirs answers there, without importing it
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(base if base else os.path.expanduser("~/.cache")) / "xborder"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("xborder"))


def digest(*parts: bytes | str) -> str:
    """SHA-256 over ``parts`` and this xborder/Python release."""
    h = hashlib.sha256(_release().encode())
    for part in parts:
        h.update(b"\0")
        h.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
    return h.hexdigest()


def read_json(folder: Path | None, kind: str, key: str) -> Any:
    """The JSON stored under ``kind/key``, or None when absent or unreadable."""
    if folder is None:
        return None
    try:
        return json.loads((folder / kind / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def remember(folder: Path | None, kind: str, key: str, make: Callable[[], T], *,
             dump: Callable[[T], Any] = lambda value: value,
             load: Callable[[Any], T] = lambda value: value) -> T:
    """The value stored under ``kind/key`` (through ``load``), else ``make()``, stored
    (through ``dump``) for the next process. A stored value ``load`` rejects
    (KeyError, TypeError, ValueError) is made again."""
    cached = read_json(folder, kind, key)
    if cached is not None:
        try:
            return load(cached)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    value = make()
    write_json(folder, kind, key, dump(value))
    return value


def write_json(folder: Path | None, kind: str, key: str, payload: Any) -> None:
    """Store ``payload`` under ``kind/key`` atomically (best effort)."""
    if folder is None:
        return
    path = folder / kind / f"{key}.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError):
        pass


def read_bytes(folder: Path | None, kind: str, name: str) -> bytes | None:
    """The entry ``kind/name``, or None when absent or unreadable."""
    if folder is None:
        return None
    try:
        return (Path(folder) / kind / name).read_bytes()
    except OSError:
        return None


def write_bytes(folder: Path | None, kind: str, name: str, data: bytes) -> None:
    """Store ``data`` under ``kind/name`` atomically (best effort)."""
    if folder is None:
        return
    path = Path(folder) / kind / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
