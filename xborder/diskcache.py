"""The user's cache folder: parsed data files kept between processes, like ``.pyc`` files.

Every entry is named by a digest of what it was made from (a file's bytes, a
package's version), so an edited file or an upgraded package simply misses.
Writing is best effort: a read-only or missing folder costs speed, never
correctness. ``XBORDER_CACHE_DIR`` moves the folder; set it empty to disable.

Threat model. What the folder holds steers answers: a forged catalog entry
puts its text into a reply, a forged rule index or lint gate silences lint. So an entry is
believed only if nobody but this user (and root) could have written it:

- the folder, and each layer's subfolder, is a directory owned by the
  effective user and not writable by group or others. A folder xborder creates
  is 0700, an entry 0600 (written to a temporary file, then renamed);
- an entry is a regular file (a symbolic link is not followed), owned by the
  user and not writable by group or others, checked on the open file.

A folder that fails the check (``XBORDER_CACHE_DIR`` on a shared host, a
container volume owned by another uid, ``chmod 777``) is not used at all; this
is logged once per process as a warning, which without logging configured is
one line on stderr. An entry that fails it is a miss. Whoever passes the check
(the user's own processes, root) can equally edit the user's shell start-up
files or site-packages, so the cache gives them nothing new; that is also why
entries carry no MAC: a key kept in the same folder would guard against no one
the ownership check does not already stop. Entries are JSON, read with
``json.loads``: nothing in the folder is ever unpickled, unmarshalled or
executed (Jinja's bytecode cache and a marshal store of compiled regular
expressions were removed for that reason; they saved 6-8 ms, see
bench/RESULTS.md). On platforms without POSIX owners (Windows) the check is
skipped and the per-user ACL of the default folder is relied on.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import stat
import sys
import threading
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

_POSIX = hasattr(os, "geteuid")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_verdicts: dict[str, bool] = {}  # folder -> usable, decided once per process
_lock = threading.Lock()  # so a refused folder is reported once, even with threads


@functools.lru_cache(maxsize=1)
def _release() -> str:
    """Part of every key: a cache written by another xborder or Python is not reused."""
    from .version import __version__

    return f"{__version__}|py{sys.version_info[0]}.{sys.version_info[1]}"


def default_cache_dir() -> Path | None:
    """The user's cache folder for xborder (``XBORDER_CACHE_DIR`` overrides; empty disables).

    This is where the folder is meant to be; :func:`vouch` decides whether it is used.
    """
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


def _untrusted(st: os.stat_result) -> str | None:
    """Why a folder or file with this status could have been written by someone else, or None."""
    if not _POSIX:
        return None
    if st.st_uid != os.geteuid():
        return f"it belongs to another user (uid {st.st_uid})"
    if st.st_mode & 0o022:
        return f"group or others can write to it (mode {stat.S_IMODE(st.st_mode):04o})"
    return None


def _warn(folder: Path, problem: str) -> None:
    import logging

    fix = "chmod 700 it" if "mode" in problem else "remove it"
    logging.getLogger("xborder").warning(
        "xborder: warning: not using the cache folder %s: %s; xborder runs without it "
        "(%s, or set XBORDER_CACHE_DIR to a folder of your own)", folder, problem, fix)


def _judge(folder: Path, create: bool) -> bool | None:
    """Whether ``folder`` may be used; None when it does not exist (and was not created).

    ``create``: the cache's root, made when missing and tightened to 0700; it may be a
    symbolic link to a folder (the check applies to the folder). A layer's subfolder may not.
    """
    try:
        if create:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.stat(folder) if create else os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError:  # not a folder, or not creatable: no cache, as with a read-only home
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    problem = _untrusted(st)
    if problem is not None:
        _warn(folder, problem)
        return False
    if _POSIX and create and st.st_mode & 0o077:
        try:
            os.chmod(folder, 0o700)  # an older xborder made it 0755: what it holds is nobody else's business
        except OSError:
            pass
    return True


def vouch(folder: str | os.PathLike[str] | None) -> Path | None:
    """``folder`` (created 0700 when missing) if only this user can write to it, else None.

    A folder refused for its owner or mode is logged once per process (see the module's
    threat model); one that cannot be created is silently skipped, as a read-only one is.
    """
    if folder is None:
        return None
    key = os.path.abspath(folder)
    verdict = _verdicts.get(key)
    if verdict is None:
        with _lock:
            verdict = _verdicts.get(key)
            if verdict is None:
                verdict = _verdicts[key] = bool(_judge(Path(key), create=True))
    return Path(key) if verdict else None


def _layer(folder: str | os.PathLike[str] | None, kind: str, create: bool) -> Path | None:
    """The vouched subfolder of one layer (``yaml``, ``catalogs``…), or None."""
    root = vouch(folder)
    if root is None:
        return None
    sub = root / kind
    key = str(sub)
    verdict = _verdicts.get(key)
    if verdict is None:
        with _lock:
            verdict = _verdicts.get(key)
            if verdict is None:
                if create:
                    try:
                        sub.mkdir(mode=0o700, exist_ok=True)
                    except OSError:
                        pass
                verdict = _judge(sub, create=False)
                if verdict is None:  # not there yet: decided when first written
                    return None
                _verdicts[key] = verdict
    return sub if verdict else None


def read_bytes(folder: str | os.PathLike[str] | None, kind: str, name: str) -> bytes | None:
    """The entry ``kind/name`` if the checks vouch for it (see the module), else None."""
    sub = _layer(folder, kind, create=False)
    if sub is None:
        return None
    try:
        fd = os.open(sub / name, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or _untrusted(st) is not None:
                return None
            return fh.read()
        except OSError:
            return None


def write_bytes(folder: str | os.PathLike[str] | None, kind: str, name: str, data: bytes) -> None:
    """Store ``data`` as ``kind/name``, mode 0600, atomically (best effort)."""
    sub = _layer(folder, kind, create=True)
    if sub is None:
        return
    temporary = sub / f".{name}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temporary, sub / name)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def read_json(folder: str | os.PathLike[str] | None, kind: str, key: str) -> Any:
    """The JSON stored under ``kind/key``, or None when absent, unreadable or not vouched for."""
    data = read_bytes(folder, kind, f"{key}.json")
    if data is None:
        return None
    try:
        return json.loads(data)
    except ValueError:
        return None


def write_json(folder: str | os.PathLike[str] | None, kind: str, key: str, payload: Any) -> None:
    """Store ``payload`` under ``kind/key`` atomically (best effort)."""
    if vouch(folder) is None:
        return
    try:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except (TypeError, ValueError):
        return
    write_bytes(folder, kind, f"{key}.json", data)


def remember(folder: str | os.PathLike[str] | None, kind: str, key: str, make: Callable[[], T], *,
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


def clear() -> None:
    """Forget which folders were vouched for (tests; a folder whose mode changed)."""
    with _lock:
        _verdicts.clear()
