"""``policy audit``: the facts compliance staff must look at — unsourced, stale, or unverified.

Profiles are read leniently here (a stated fact without a source is reported,
not refused), so one audit lists every problem at once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .profiles import profile_regions, raw_profile


@dataclass(frozen=True)
class AuditFinding:
    """One fact that needs a compliance review."""

    region: str
    fact: str
    problem: str            # "missing_source", "stale", "unverified"
    severity: str           # "error" for a stated fact without a source, else "warning" / "info"
    message: str
    path: str
    line: int
    last_reviewed: dt.date

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "fact": self.fact, "problem": self.problem,
                "severity": self.severity, "message": self.message, "file": self.path,
                "line": self.line, "last_reviewed": self.last_reviewed.isoformat()}


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    import calendar

    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def audit_profiles(toolkit, *, months: int = 12, today: dt.date | None = None,
                   include_unverified: bool = False, regions: list[str] | None = None) -> list[AuditFinding]:
    """Facts stated without a source, reviewed more than ``months`` ago, and (optionally) null facts."""
    if isinstance(months, bool) or not isinstance(months, int) or months < 0:
        raise InputError(f"--months must be a whole number >= 0, not {months!r}")
    today = today or dt.date.today()
    cutoff = months_before(today, months)
    findings: list[AuditFinding] = []
    for region in regions or profile_regions(toolkit):
        raw = raw_profile(toolkit, region, require_source=False)
        for key, fact in raw.facts.items():
            where = dict(region=region, fact=key, path=fact.path, line=fact.line,
                         last_reviewed=fact.last_reviewed)
            if fact.value is not None and not fact.source:
                findings.append(AuditFinding(problem="missing_source", severity="error",
                                             message=f"{key} = {fact.value!r} is stated without a source",
                                             **where))
            if fact.last_reviewed < cutoff:
                age = (today - fact.last_reviewed).days
                findings.append(AuditFinding(problem="stale", severity="warning",
                                             message=f"{key} last reviewed {fact.last_reviewed.isoformat()} "
                                                     f"({age} days ago; the limit is {months} months)",
                                             **where))
            if include_unverified and fact.value is None:
                findings.append(AuditFinding(problem="unverified", severity="info",
                                             message=f"{key} is not stated: {fact.note}", **where))
    return findings
