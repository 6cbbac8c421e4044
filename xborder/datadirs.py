"""The data folders: the bundled ones, with user folders layered over them.

A file in a user folder overrides the bundled file with the same relative
path; listings merge every layer. User folders come from
``Toolkit(data_dirs=[...])``, the CLI's ``--data-dir``, or ``XBORDER_DATA``
(paths joined with ``os.pathsep``); the first listed wins.
"""
from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from .errors import InputError

ENV_VAR = "XBORDER_DATA"
DATA_FOLDERS = ("locales", "templates", "culture_rules")


def bundled_root() -> Path:
    """Where the bundled data lives: inside the installed wheel, else the source checkout."""
    packaged = Path(__file__).resolve().parent / "_data"
    if (packaged / "templates").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def user_dirs_from_env(environ: dict[str, str] | None = None) -> list[Path]:
    value = (environ if environ is not None else os.environ).get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


class DataDirs:
    """An ordered stack of data roots, highest priority first, bundled last."""

    def __init__(self, user_dirs: list[str | os.PathLike[str]] | None = None) -> None:
        roots = []
        for d in user_dirs or []:
            path = Path(d).expanduser()
            if not path.is_dir():
                raise InputError(f"data folder '{d}' does not exist or is not a folder")
            roots.append(path.resolve())
        self.user_roots: tuple[Path, ...] = tuple(roots)
        self.bundled: Path = bundled_root()
        self.roots: tuple[Path, ...] = self.user_roots + (self.bundled,)

    def find(self, relpath: str) -> Path | None:
        """The top-most file at ``relpath`` (``templates/order_delayed.txt``), or None."""
        for root in self.roots:
            candidate = root / relpath
            if candidate.is_file():
                return candidate
        return None

    def listing(self, folder: str, pattern: str = "*", recursive: bool = False) -> dict[str, Path]:
        """Relative path -> top-most file, for files matching ``pattern`` under ``folder``
        (``recursive``: at any depth, as ``Path.rglob``)."""
        depth = pattern.count("/") + 1
        found: dict[str, Path] = {}
        for root in reversed(self.roots):  # lower layers first, so upper layers overwrite
            base = os.path.join(root, folder)
            if not os.path.isdir(base):
                continue
            # os.walk and fnmatch: several times cheaper than pathlib's glob on every start-up
            walk = os.walk(base, followlinks=True)
            for current, _, files in walk if recursive or depth > 1 else [next(walk, (base, [], []))]:
                below = os.path.relpath(current, base).replace(os.sep, "/")  # once a folder, not a file
                folders = [] if below == "." else below.split("/")
                if len(folders) + 1 < depth or (not recursive and len(folders) + 1 != depth):
                    continue
                prefix = "/".join([folder, *folders])
                for name in files:
                    if fnmatch.fnmatchcase("/".join([*folders, name][-depth:]), pattern):
                        full = os.path.join(current, name)
                        if os.path.isfile(full):
                            found[f"{prefix}/{name}"] = Path(full)
        return dict(sorted(found.items()))

    def writable_root(self) -> Path:
        """Where commands that write data (extract, update, compile) write: the first user folder,
        else the bundled data of a source checkout.

        An installed package is never written into (InputError): a pip upgrade
        would silently drop the edits, and the folder may be shared or read-only.
        """
        if self.user_roots:
            return self.user_roots[0]
        if self.bundled.name == "_data":
            raise InputError(f"refusing to write into the installed package ({self.bundled}): "
                             f"pass --data-dir DIR (or set {ENV_VAR}) to a folder of your own; "
                             f"files there override the bundled ones")
        return self.bundled

    def __repr__(self) -> str:
        return f"DataDirs({[str(r) for r in self.roots]})"
