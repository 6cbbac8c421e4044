"""time_report throughput (reports/s, warm, one process), day_off calls/s, and `xborder time` cold start.

Run: python bench/bench_time.py   (writes bench/results/time.md)
"""
from __future__ import annotations

import datetime as dt
import shutil
import sys
import time
from pathlib import Path

from common import cold, machine, write_section

from xborder import Toolkit
from xborder.timing import day_off, time_report

REGIONS = ("SA", "IL", "AE", "EG", "IN", "US-CA", "US-NY", "CA-QC", "BR-SP", "MX-CMX", "DE-BY", "FR", "GB",
           "ES", "IT", "PL", "RU-MOW", "CN", "JP", "KR", "TH", "VN", "ID-JK", "AU-NSW", "NZ", "ZA", "NG", "TR",
           "Asia/Tokyo", "+1 212 555 0100")
INSTANTS = tuple(dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone.utc) + dt.timedelta(hours=37 * k)
                 for k in range(40))
TEAM = "Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00 @Asia/Shanghai holidays=CN"


def rate(job, seconds: float) -> float:
    job()                                   # warm caches (zones, calendars, parsed specs)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        count += job()
    return count / (time.perf_counter() - start)


def reports(toolkit: Toolkit, **options) -> int:
    for where in REGIONS:
        for at in INSTANTS:
            time_report(toolkit, where, at=at, **options)
    return len(REGIONS) * len(INSTANTS)


def days_off() -> int:
    day, n = dt.date(2026, 1, 1), 0
    for offset in range(365):
        for region in ("SA", "AE", "DE-BY", "US-CA", "CN", "JP"):
            day_off(region, day + dt.timedelta(days=offset))
            n += 1
    return n


def main(seconds: float = 3.0) -> None:
    toolkit = Toolkit(data_dirs=[])
    plain = rate(lambda: reports(toolkit), seconds)
    with_sla = rate(lambda: reports(toolkit, business_hours=TEAM, sla_hours=24), seconds)
    off = rate(days_off, seconds)
    xborder = shutil.which("xborder") or str(Path(sys.executable).with_name("xborder"))
    bare = cold([sys.executable, "-c", "pass"])
    one = cold([xborder, "time", "SA", "--at", "2026-03-06T10:00", "--json"])
    sla = cold([xborder, "time", "DE-BY", "--at", "2026-03-06T10:00", "--business-hours", TEAM, "--sla", "24",
                "--json"])
    lines = [
        "## Time zones and business calendars (issue 5)",
        "",
        f"{machine()} "
        "Command: `python bench/bench_time.py`.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| `time_report` warm ({len(REGIONS)} places × {len(INSTANTS)} instants) | {plain:,.0f} reports/s |",
        f"| `time_report` warm with business hours (split shift, CN holidays) and a 24 h SLA "
        f"| {with_sla:,.0f} reports/s |",
        f"| `day_off` warm (6 regions × 365 days) | {off:,.0f} calls/s |",
        f"| `python -c pass` (median of 9) | {bare * 1000:.0f} ms |",
        f"| `xborder time SA --json` cold | {one * 1000:.0f} ms (+{(one - bare) * 1000:.0f} ms) |",
        f"| `xborder time DE-BY --business-hours … --sla 24 --json` cold | {sla * 1000:.0f} ms "
        f"(+{(sla - bare) * 1000:.0f} ms) |",
        "",
    ]
    write_section("time", "\n".join(lines))


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
