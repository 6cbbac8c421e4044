"""A bounded table that forgets its least recently used entries."""
from __future__ import annotations

from collections import OrderedDict
from typing import Generic, Hashable, Iterator, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_MISSING = object()


class LRU(Generic[K, V]):
    """At most ``limit`` entries: reading one marks it used, and adding one past the limit drops
    the least recently used. Threads may share one: an entry another thread drops meanwhile is
    simply missing."""

    __slots__ = ("limit", "_table")

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"an LRU table needs a limit of at least 1, not {limit}")
        self.limit = limit
        self._table: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: V | None = None) -> V | None:
        """The value kept for ``key`` (now the most recently used), or ``default``."""
        value = self._table.get(key, _MISSING)
        if value is _MISSING:
            return default
        try:
            self._table.move_to_end(key)
        except KeyError:    # dropped meanwhile by another thread
            pass
        return value  # type: ignore[return-value]

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key``, dropping the least recently used entries past the limit."""
        table = self._table
        table[key] = value
        try:
            table.move_to_end(key)
        except KeyError:
            pass
        while len(table) > self.limit:
            try:
                table.popitem(last=False)
            except KeyError:
                break

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def __len__(self) -> int:
        return len(self._table)

    def __iter__(self) -> Iterator[K]:
        """The keys, least recently used first (a snapshot)."""
        return iter(list(self._table))

    def values(self) -> list[V]:
        """The values, least recently used first (a snapshot)."""
        return list(self._table.values())

    def clear(self) -> None:
        """Forget every entry."""
        self._table.clear()
