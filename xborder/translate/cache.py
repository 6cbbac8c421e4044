"""A disk cache of translations: SQLite in the user cache folder, capped in size.

The folder is ``cache_dir`` from the configuration, else xborder's cache folder
(``XBORDER_CACHE_DIR``, else platformdirs' user cache folder; an empty
``XBORDER_CACHE_DIR`` turns every xborder cache off).

Keys are SHA-256 hashes of (provider identity, source language, target language,
redacted text), so neither the customer's text nor the protected values are
stored: the value is the engine's output *with placeholders*, restored only in
memory. The least recently used entries go when the cap is exceeded.

The cache is an optimisation: if the file cannot be opened or written (read-only
home, locked by another process for too long) translation goes on without it.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
import weakref
from pathlib import Path

FILENAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    text TEXT NOT NULL,
    used_at REAL NOT NULL
)
"""


def cache_key(provider: str, source: str, target: str, text: str) -> str:
    """A key that reveals nothing about the text."""
    material = "\x1f".join((provider, source, target, text)).encode("utf-8")
    return hashlib.sha256(material).hexdigest()


class TranslationCache:
    """Get and put translations; every method swallows SQLite errors (the cache is optional).

    One connection per cache object, opened on first use and shared by threads
    under a lock; WAL mode lets other processes read and write meanwhile.
    """

    def __init__(self, folder: str | Path, max_entries: int = 10_000) -> None:
        self.path = Path(folder).expanduser() / FILENAME
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.errors = 0

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=2.0, check_same_thread=False)
            try:
                # NORMAL sync is enough for a cache: a crash may lose the last entries,
                # never corrupt the file.
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                conn.commit()
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
            weakref.finalize(self, conn.close)
        return self._conn

    def get(self, key: str) -> str | None:
        with self._lock:
            try:
                conn = self._connection()
                row = conn.execute("SELECT text FROM translations WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    conn.execute("UPDATE translations SET used_at = ? WHERE key = ?", (time.time(), key))
                    conn.commit()
                return row[0] if row else None
            except (sqlite3.Error, OSError):
                self.errors += 1
                return None

    def put(self, key: str, provider: str, text: str) -> None:
        with self._lock:
            try:
                conn = self._connection()
                conn.execute("INSERT OR REPLACE INTO translations (key, provider, text, used_at) "
                             "VALUES (?, ?, ?, ?)", (key, provider, text, time.time()))
                (count,) = conn.execute("SELECT COUNT(*) FROM translations").fetchone()
                if count > self.max_entries:
                    conn.execute("DELETE FROM translations WHERE key IN (SELECT key FROM translations "
                                 "ORDER BY used_at ASC LIMIT ?)", (count - self.max_entries,))
                conn.commit()
            except (sqlite3.Error, OSError):
                self.errors += 1

    def __len__(self) -> int:
        with self._lock:
            try:
                return self._connection().execute("SELECT COUNT(*) FROM translations").fetchone()[0]
            except (sqlite3.Error, OSError):
                return 0

    def clear(self) -> None:
        with self._lock:
            try:
                conn = self._connection()
                conn.execute("DELETE FROM translations")
                conn.commit()
            except (sqlite3.Error, OSError):
                self.errors += 1

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
