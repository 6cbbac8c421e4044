"""A disk cache of translations: SQLite in the user cache folder, capped in size.

The folder is ``cache_dir`` from the configuration, else xborder's cache folder
(``XBORDER_CACHE_DIR``, else platformdirs' user cache folder; an empty
``XBORDER_CACHE_DIR`` turns every xborder cache off). It must pass the same
check as xborder's other caches (:func:`xborder.diskcache.vouch`: owned by the
user, not writable by group or others, created 0700); the file is 0600, and
SQLite gives its ``-wal`` and ``-shm`` files the same mode.

What is kept, per entry, and nothing else (docs/translate.md says the same):

- ``key``: 32 bytes, the SHA-256 of provider name and URL, source and target
  language and the *redacted* text (protected values replaced by ``{0}``…);
- ``text``: the engine's answer, still with its ``{0}`` tokens;
- ``used_at``: when it was last used (for the size cap).

Only the store's own text is cached (a reply rendered from a template with its
variable values protected, a catalog entry): a customer's message is never
written (:func:`xborder.translate.translate_text`'s ``customer_text``). Deleted
entries are overwritten (``secure_delete``). The least recently used entries go
when the cap is exceeded.

The cache is an optimisation: if the file cannot be opened or written (read-only
home, locked by another process for too long) translation goes on without it.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
import weakref
from pathlib import Path

FILENAME = "translations.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key BLOB PRIMARY KEY,
    text TEXT NOT NULL,
    used_at REAL NOT NULL
)
"""
_OLD_TABLE = "translations"  # before issue 13: hex keys plus the provider's URL; dropped on open


def cache_key(provider: str, source: str, target: str, text: str) -> bytes:
    """A key that reveals nothing about the text."""
    material = "\x1f".join((provider, source, target, text)).encode("utf-8", "surrogatepass")
    return hashlib.sha256(material).digest()


def _private_file(path: Path) -> None:
    """Create ``path`` 0600 (or make an existing one 0600); OSError when it is not ours."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        st = os.fstat(fd)
        if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
            raise PermissionError(f"{path} belongs to another user")
        if st.st_mode & 0o077 and hasattr(os, "fchmod"):  # POSIX modes (not Windows)
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class TranslationCache:
    """Get and put translations; every method swallows SQLite errors (the cache is optional).

    One connection per cache object, opened on first use and shared by threads
    under a lock; WAL mode lets other processes read and write meanwhile.
    """

    def __init__(self, folder: str | Path, max_entries: int = 10_000) -> None:
        self.folder = Path(folder).expanduser()
        self.path = self.folder / FILENAME
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self.errors = 0

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            from ..diskcache import vouch

            if vouch(self.folder) is None:
                raise OSError(f"cache folder {self.folder} is not usable")
            _private_file(self.path)
            for suffix in ("-wal", "-shm"):  # left by an older xborder with the umask's mode
                if self.path.with_name(self.path.name + suffix).exists():
                    _private_file(self.path.with_name(self.path.name + suffix))
            conn = sqlite3.connect(self.path, timeout=2.0, check_same_thread=False)
            try:
                # NORMAL sync is enough for a cache: a crash may lose the last entries,
                # never corrupt the file.
                conn.execute("PRAGMA secure_delete=ON")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(f"DROP TABLE IF EXISTS {_OLD_TABLE}")
                conn.execute(_SCHEMA)
                conn.commit()
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
            weakref.finalize(self, conn.close)
        return self._conn

    def get(self, key: bytes) -> str | None:
        with self._lock:
            try:
                conn = self._connection()
                row = conn.execute("SELECT text FROM entries WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    conn.execute("UPDATE entries SET used_at = ? WHERE key = ?", (time.time(), key))
                    conn.commit()
                return row[0] if row else None
            except (sqlite3.Error, OSError):
                self.errors += 1
                return None

    def put(self, key: bytes, text: str) -> None:
        with self._lock:
            try:
                conn = self._connection()
                conn.execute("INSERT OR REPLACE INTO entries (key, text, used_at) VALUES (?, ?, ?)",
                             (key, text, time.time()))
                (count,) = conn.execute("SELECT COUNT(*) FROM entries").fetchone()
                if count > self.max_entries:
                    conn.execute("DELETE FROM entries WHERE key IN (SELECT key FROM entries "
                                 "ORDER BY used_at ASC LIMIT ?)", (count - self.max_entries,))
                conn.commit()
            except (sqlite3.Error, OSError):
                self.errors += 1

    def __len__(self) -> int:
        with self._lock:
            try:
                return self._connection().execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            except (sqlite3.Error, OSError):
                return 0

    def clear(self) -> None:
        with self._lock:
            try:
                conn = self._connection()
                conn.execute("DELETE FROM entries")
                conn.commit()
            except (sqlite3.Error, OSError):
                self.errors += 1

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
