"""Localization workflow timings: extract, check, stats, report, and `locales check` cold.

Run: python bench/bench_locales.py   (writes bench/results/locales.md)
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import cold, machine, write_section

from xborder import Toolkit
from xborder.l10n.checker import check_locales
from xborder.l10n.report import build_report, render_html
from xborder.l10n.stats import collect_stats
from xborder.l10n.workflow import extract

def timed(func, runs: int = 5) -> float:
    """Median seconds of ``func()`` on a fresh Toolkit each run (nothing cached between runs)."""
    times = []
    for _ in range(runs):
        toolkit = Toolkit(data_dirs=[])
        start = time.perf_counter()
        func(toolkit)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    toolkit = Toolkit(data_dirs=[])
    locales = toolkit.available_locales()
    messages = sum(1 for m in extract(toolkit.data) if m.id)
    report = check_locales(toolkit)
    t_extract = timed(lambda tk: extract(tk.data))
    t_check = timed(lambda tk: check_locales(tk))
    t_stats = timed(lambda tk: collect_stats(tk))
    with tempfile.TemporaryDirectory() as tmp:
        t_report = timed(lambda tk: Path(tmp, "r.html").write_text(render_html(build_report(tk)), encoding="utf-8"),
                         runs=3)
    xborder = shutil.which("xborder") or str(Path(sys.executable).with_name("xborder"))
    bare = cold([sys.executable, "-c", "pass"], runs=7)
    check_cold = cold([xborder, "locales", "check"], runs=7, check=False)
    lines = [
        "## Localization workflow (issue 4)",
        "",
        f"{machine()} Command: `python bench/bench_locales.py`. Data: the bundled {len(locales)} catalogs × {messages} "
        f"messages, {len(toolkit.template_names())} templates; medians, fresh Toolkit per run.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| extract (Jinja2 Babel extractor, all templates) | {t_extract * 1000:.0f} ms |",
        f"| check, all catalogs ({len(report.findings)} findings) | {t_check * 1000:.0f} ms |",
        f"| stats, all catalogs and templates | {t_stats * 1000:.0f} ms |",
        f"| report --html (check + {len(toolkit.template_names()) * (len(locales) + 1)} renders + page) "
        f"| {t_report * 1000:.0f} ms |",
        f"| `xborder locales check` cold process | {check_cold * 1000:.0f} ms (`python -c pass`: {bare * 1000:.0f} ms) |",
        "",
    ]
    write_section("locales", "\n".join(lines))


if __name__ == "__main__":
    main()
