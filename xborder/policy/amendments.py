"""Known recent and pending amendments (``culture_rules/amendments.yaml``), read by ``policy audit``.

::

    amendments:
      - id: KR-2026-PIPA
        law: 개인정보 보호법 amendment promulgated 10 March 2026
        change: a possible leak is notifiable …
        date: 2026-03-10           # the amending instrument's date
        commencement: 2026-09-11   # null while no date is appointed
        status: in_force           # or pending
        regions: ["KR"]
        facts: [breach_notification_hours]
        source: "…"
        last_reviewed: 2026-12-05

Every entry carries its source and review date; errors carry file:line:col.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .schema import FACTS

AMENDMENTS_FILE = "culture_rules/amendments.yaml"
KEYS = ("id", "law", "change", "date", "commencement", "status", "regions", "facts", "source",
        "last_reviewed", "note")
STATUSES = ("in_force", "pending")


@dataclass(frozen=True)
class Amendment:
    """One amending instrument and the region facts it changes."""

    id: str
    law: str
    change: str
    date: dt.date
    commencement: dt.date | None
    status: str
    regions: tuple[str, ...]
    facts: tuple[str, ...]
    source: str
    last_reviewed: dt.date
    path: str
    line: int
    note: str | None = None

    def commenced(self, today: dt.date) -> bool:
        return self.commencement is not None and self.commencement <= today


def _date(node: Node, key: str, path: Path, *, optional: bool = False) -> dt.date | None:
    value = node.get(key)
    if value is None and optional:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise DataError(f"'{key}' must be a date YYYY-MM-DD{' or null' if optional else ''}, not {value!r}",
                    path, *node.where(key))


def _texts(node: Node, key: str, path: Path) -> tuple[str, ...]:
    value = node[key]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"'{key}' must be a non-empty list of text (quote region codes like \"NO\")",
                        path, *node.where(key))
    return tuple(value)


def load_amendments(path: str | Path) -> tuple[Amendment, ...]:
    """Read and validate the amendments table (DataError with file:line:col)."""
    from ..errors import suggest

    path = Path(path)
    data = load_yaml(path)
    if not isinstance(data, Node) or not isinstance(data.get("amendments"), list):
        raise DataError("the amendments table must be a mapping with a list under 'amendments'", path, 1)
    out: list[Amendment] = []
    seen: set[str] = set()
    for entry in data["amendments"]:
        if not isinstance(entry, Node):
            raise DataError("each amendment must be a mapping", path, *data.where("amendments"))
        check_keys(entry, KEYS, path, "amendment",
                   required=("id", "law", "change", "date", "commencement", "status", "regions", "facts",
                             "source", "last_reviewed"))
        for key in ("id", "law", "change", "source"):
            if not isinstance(entry[key], str) or not entry[key].strip():
                raise DataError(f"'{key}' must be non-empty text", path, *entry.where(key))
        if entry["id"] in seen:
            raise DataError(f"duplicate amendment id '{entry['id']}'", path, *entry.where("id"))
        seen.add(entry["id"])
        if entry["status"] not in STATUSES:
            raise DataError(f"'status' must be one of {', '.join(STATUSES)}, not {entry['status']!r}",
                            path, *entry.where("status"))
        facts = _texts(entry, "facts", path)
        for fact in facts:
            if fact not in FACTS:
                raise DataError(f"unknown fact '{fact}'{suggest(fact, FACTS)}", path, *entry.where("facts"))
        commencement = _date(entry, "commencement", path, optional=True)
        if entry["status"] == "in_force" and commencement is None:
            raise DataError("an amendment in force needs its 'commencement' date", path,
                            *entry.where("commencement"))
        out.append(Amendment(entry["id"], entry["law"].strip(), entry["change"].strip(),
                             _date(entry, "date", path), commencement, entry["status"],
                             _texts(entry, "regions", path), facts, entry["source"].strip(),
                             _date(entry, "last_reviewed", path), str(path), entry.line, entry.get("note")))
    return tuple(out)


def amendments(resources) -> tuple[Amendment, ...]:
    """The amendments table of the data folders (a user folder's file replaces the bundled one)."""
    def build() -> tuple[Amendment, ...]:
        found = resources.data.listing("culture_rules", "amendments.yaml")
        return load_amendments(next(iter(found.values()))) if found else ()
    return resources.cached("policy:amendments", build)
