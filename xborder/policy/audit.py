"""``policy audit``: the facts compliance staff must look at.

- ``missing_source`` (error): a fact stated without a source;
- ``predates_amendment`` (error): a fact an amendment in force changes, whose
  ``source_date`` is missing or older than the amending instrument;
- ``not_recorded`` (error): a fact an amendment in force introduces that the region does not state;
- ``pending_commenced`` (error): a change recorded as pending whose commencement has passed;
- ``stale`` (warning): a fact not reviewed within ``months`` (6 by default);
- ``pending`` (info): a change recorded as pending, not yet in force;
- ``undated_source`` (info): a stated fact without a ``source_date``;
- ``unverified`` (info, on request): a fact stated as null.

Profiles are read leniently here (a stated fact without a source is reported,
not refused), so one audit lists every problem at once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .amendments import amendments as load_amendments
from .profiles import profile_regions, raw_profile, resolve

DEFAULT_MONTHS = 6


@dataclass(frozen=True)
class AuditFinding:
    """One fact (or recorded change) that needs a compliance review."""

    region: str
    fact: str
    problem: str
    severity: str           # "error" fails the audit; "warning" and "info" do not
    message: str
    path: str
    line: int
    last_reviewed: dt.date | None
    law: str | None = None  # the amending law, for amendment findings
    amendment: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "fact": self.fact, "problem": self.problem,
                "severity": self.severity, "message": self.message, "file": self.path,
                "line": self.line,
                "last_reviewed": self.last_reviewed.isoformat() if self.last_reviewed else None,
                "law": self.law, "amendment": self.amendment}


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    import calendar

    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def audit_profiles(resources, *, months: int = DEFAULT_MONTHS, today: dt.date | None = None,
                   include_unverified: bool = False, regions: list[str] | None = None) -> list[AuditFinding]:
    """Every finding for ``regions`` (all profiles by default), facts first, then the amendments table."""
    if isinstance(months, bool) or not isinstance(months, int) or months < 0:
        raise InputError(f"--months must be a whole number >= 0, not {months!r}")
    today = today or dt.date.today()
    cutoff = months_before(today, months)
    known = profile_regions(resources)
    selected = list(regions or known)
    findings: list[AuditFinding] = []
    for region in selected:
        raw = raw_profile(resources, region, require_source=False)
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
            if fact.value is not None and fact.source_date is None:
                findings.append(AuditFinding(problem="undated_source", severity="info",
                                             message=f"{key}: the date of the source (its version or page "
                                                     "date) is not recorded", **where))
            if include_unverified and fact.value is None:
                findings.append(AuditFinding(problem="unverified", severity="info",
                                             message=f"{key} is not stated: {fact.note}", **where))
    findings.extend(audit_amendments(resources, today=today, regions=selected))
    return findings


def audit_amendments(resources, *, today: dt.date, regions: list[str]) -> list[AuditFinding]:
    """Facts that predate a recorded amendment, or miss a fact it adds; pending changes."""
    out: list[AuditFinding] = []
    known = set(profile_regions(resources))
    for change in load_amendments(resources):
        base = dict(law=change.law, amendment=change.id, path=change.path, line=change.line,
                    last_reviewed=change.last_reviewed)
        targets = [r for r in change.regions if r in regions and r in known]
        if change.status == "pending":
            for region in targets:
                for key in change.facts:
                    if change.commenced(today):
                        out.append(AuditFinding(region, key, "pending_commenced", "error",
                                                f"{change.law}: recorded as pending, but it commenced on "
                                                f"{change.commencement.isoformat()}; update {key} and mark the "
                                                "change in force", **base))
                    else:
                        when = change.commencement.isoformat() if change.commencement else "no date appointed"
                        out.append(AuditFinding(region, key, "pending", "info",
                                                f"{change.law}: pending ({when}): {change.change}", **base))
            continue
        if not change.commenced(today):
            continue
        for region in targets:
            profile = resolve(resources, region, require_source=False)
            for key in change.facts:
                fact = profile.facts.get(key)
                if fact is None:
                    out.append(AuditFinding(region, key, "not_recorded", "error",
                                            f"{change.law} (in force {change.commencement.isoformat()}) "
                                            f"changes {key}, which {region} does not state", **base))
                elif fact.source_date is None or fact.source_date < change.date:
                    dated = (f"its source is dated {fact.source_date.isoformat()}" if fact.source_date
                             else "its source date is not recorded")
                    out.append(AuditFinding(region, key, "predates_amendment", "error",
                                            f"{key} (stated in {fact.stated_in}) may be out of date: {dated}, "
                                            f"before {change.law} of {change.date.isoformat()} (in force "
                                            f"{change.commencement.isoformat()})",
                                            fact.path, fact.line, fact.last_reviewed, change.law, change.id))
    return out
