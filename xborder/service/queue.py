"""The webhook queue: verified deliveries kept in SQLite (WAL) until written back.

A delivery's key is ``provider:delivery-id``; a second delivery with the same key
is a duplicate and is not stored again. The write-back of each delivery is split
in steps (``note``, ``tags``) whose state is committed before and after each call
to the helpdesk, so a process killed in between knows, on restart, which call may
have gone out and must be checked rather than repeated.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    key TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    received_at REAL NOT NULL,
    body BLOB,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    lease_until REAL NOT NULL DEFAULT 0,
    owner INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    plan TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (status, next_at);
CREATE TABLE IF NOT EXISTS steps (
    key TEXT NOT NULL, step TEXT NOT NULL, state TEXT NOT NULL, at REAL NOT NULL,
    PRIMARY KEY (key, step)
);
CREATE TABLE IF NOT EXISTS rejections (
    at REAL NOT NULL, provider TEXT NOT NULL, reason TEXT NOT NULL
);
"""
LEASE_S = 60.0


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Delivery:
    key: str
    provider: str
    body: bytes | None
    attempts: int
    plan: dict | None


class Queue:
    """Durable, de-duplicating store of deliveries; safe to share between threads and processes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a 200 means the delivery is on disk
        self._db.execute("PRAGMA busy_timeout=30000")
        with self._lock:
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _run(self, sql: str, args: Iterable[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, tuple(args))

    # -- receiving ----------------------------------------------------------------
    def add(self, provider: str, delivery_id: str, body: bytes) -> bool:
        """Store a verified delivery; False when that key was already stored (a duplicate)."""
        cur = self._run("INSERT OR IGNORE INTO deliveries (key, provider, received_at, body) VALUES (?, ?, ?, ?)",
                        (f"{provider}:{delivery_id}", provider, time.time(), body))
        return cur.rowcount == 1

    def reject(self, provider: str, reason: str) -> None:
        """Log a refused delivery (bad signature, stale timestamp): what and when, never the body."""
        self._run("INSERT INTO rejections (at, provider, reason) VALUES (?, ?, ?)", (time.time(), provider, reason))

    # -- processing ---------------------------------------------------------------
    def claim(self, providers: Iterable[str], now: float | None = None) -> Delivery | None:
        """Lease the oldest due delivery of ``providers`` to this process, or None.

        A lease lapses after ``LEASE_S``, or at once when the process holding it is gone
        (killed): the queue is a local file, so its owners are processes on this machine.
        """
        providers = list(providers)
        if not providers:
            return None
        now = time.time() if now is None else now
        marks = ",".join("?" * len(providers))
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                rows = db.execute(
                    f"SELECT key, provider, body, attempts, plan, lease_until, owner FROM deliveries "
                    f"WHERE status = 'pending' AND next_at <= ? AND provider IN ({marks}) "
                    f"ORDER BY next_at, received_at LIMIT 32", (now, *providers)).fetchall()
                row = next((r for r in rows if r[5] <= now or not _alive(r[6])), None)
                if row is not None:
                    db.execute("UPDATE deliveries SET lease_until = ?, owner = ? WHERE key = ?",
                               (now + LEASE_S, os.getpid(), row[0]))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        if row is None:
            return None
        return Delivery(row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] else None)

    def save_plan(self, key: str, plan: dict) -> None:
        """Keep what will be written back, so a retry posts the same note."""
        self._run("UPDATE deliveries SET plan = ? WHERE key = ?", (json.dumps(plan, ensure_ascii=False), key))

    def step(self, key: str, step: str) -> str | None:
        row = self._run("SELECT state FROM steps WHERE key = ? AND step = ?", (key, step)).fetchone()
        return row[0] if row else None

    def mark(self, key: str, step: str, state: str) -> None:
        self._run("INSERT OR REPLACE INTO steps (key, step, state, at) VALUES (?, ?, ?, ?)",
                  (key, step, state, time.time()))

    def finish(self, key: str, status: str, reason: str | None = None) -> None:
        """``done``, ``ignored`` or ``failed``; the body (customer data) is dropped."""
        self._run("UPDATE deliveries SET status = ?, reason = ?, done_at = ?, body = NULL, lease_until = 0 "
                  "WHERE key = ?", (status, reason, time.time(), key))

    def retry(self, key: str, delay: float, reason: str) -> None:
        self._run("UPDATE deliveries SET attempts = attempts + 1, next_at = ?, lease_until = 0, reason = ? "
                  "WHERE key = ?", (time.time() + delay, reason, key))

    # -- reporting ------------------------------------------------------------------
    def counts(self) -> dict[str, Any]:
        """Deliveries by status, rejections by reason."""
        statuses = dict(self._run("SELECT status, COUNT(*) FROM deliveries GROUP BY status").fetchall())
        rejected = dict(self._run("SELECT reason, COUNT(*) FROM rejections GROUP BY reason").fetchall())
        return {"deliveries": statuses, "rejected": rejected}

    def status(self, provider: str, delivery_id: str) -> dict | None:
        row = self._run("SELECT status, attempts, reason FROM deliveries WHERE key = ?",
                        (f"{provider}:{delivery_id}",)).fetchone()
        return {"status": row[0], "attempts": row[1], "reason": row[2]} if row else None
