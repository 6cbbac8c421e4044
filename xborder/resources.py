"""What the layers below the Toolkit read: the data folders, a per-instance cache, settings.

The :class:`~xborder.toolkit.Toolkit` builds one :class:`Resources` and hands it down;
detect, policy, lint, render and the rest take it instead of the Toolkit, so no lower
layer depends on the facade (docs/architecture.md).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

from .datadirs import DataDirs, user_dirs_from_env
from .errors import DataError

T = TypeVar("T")


class Resources:
    """The data folders (``data``), the ``strict`` setting, the disk-cache folder and a
    thread-safe in-memory cache (``cached``) shared by everything built on them."""

    def __init__(self, data_dirs: Sequence[str | os.PathLike[str]] | None = None, *,
                 strict: bool = False) -> None:
        self.data = DataDirs(list(data_dirs) if data_dirs is not None else user_dirs_from_env())
        self.strict = strict
        self._lock = threading.RLock()
        self._cache: dict[Any, Any] = {}
        from .diskcache import default_cache_dir

        self.cache_dir = default_cache_dir()

    def cached(self, key: Any, factory: Callable[[], T]) -> T:
        """Return the cached value for ``key``, computing it once under the lock."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = factory()
            return self._cache[key]

    def clear_caches(self) -> None:
        """Forget everything loaded, so edited data files are read again."""
        with self._lock:
            self._cache.clear()


def data_file(resources: Resources, relpath: str) -> Path:
    """The path of a data file that ships with xborder; DataError when it is missing."""
    path = resources.data.find(relpath)
    if path is None:
        raise DataError(f"missing data file '{relpath}' (it ships with xborder; is the installation complete?)")
    return path
