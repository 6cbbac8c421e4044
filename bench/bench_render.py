"""Warm render throughput (replies/s, one process) and CLI cold start against bare Python.

Run: python bench/bench_render.py   (writes bench/results/render.md)
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from xborder import Toolkit

HERE = Path(__file__).resolve().parent
LOCALES = ["en", "es", "es-MX", "pt-BR", "fr", "de", "it", "nl", "pl", "tr", "ru", "ar", "ja", "ko",
           "zh-CN", "zh-TW"]
NOW = "2026-11-23T09:00:00+00:00"


def warm_throughput(seconds: float = 3.0, checks: bool = True) -> tuple[float, int]:
    toolkit = Toolkit(data_dirs=[])
    jobs = [(name, loc, toolkit.template(name).examples()) for name in toolkit.template_names() for loc in LOCALES]
    for name, loc, ctx in jobs:  # warm every environment and template once
        toolkit.render(name, locale=loc, context=ctx, now=NOW, region="DE", checks=checks)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for name, loc, ctx in jobs:
            toolkit.render(name, locale=loc, context=ctx, now=NOW, region="DE", checks=checks)
        count += len(jobs)
    return count / (time.perf_counter() - start), len(jobs)


def cold(cmd: list[str], runs: int = 15) -> float:
    """Median wall time of a fresh process, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    rate, jobs = warm_throughput()
    bare_rate, _ = warm_throughput(checks=False)
    xborder = shutil.which("xborder") or str(Path(sys.executable).with_name("xborder"))
    bare = cold([sys.executable, "-c", "pass"])
    helps = cold([xborder, "--help"])
    reply = cold([xborder, "reply", "order_delayed", "--locale", "de", "--region", "DE", "--examples"])
    lines = [
        "## Rendering (issue 2)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{dt.date.today().isoformat()}. Command: `python bench/bench_render.py`.",
        "",
        "| measure | value | goal |",
        "|---|---:|---:|",
        f"| warm `Toolkit.render`, {jobs} template × locale pairs, customer in DE: full reply "
        f"(lint, policy conflicts and notes, customer clock) | {rate:,.0f} replies/s | ≥ 2,000 |",
        f"| the same with `checks=False` (template, catalogs, Babel formats, customer clock) "
        f"| {bare_rate:,.0f} replies/s | |",
        f"| `python -c pass` (median of 15) | {bare * 1000:.0f} ms | |",
        f"| `xborder --help` | {helps * 1000:.0f} ms (+{(helps - bare) * 1000:.0f} ms) | |",
        f"| `xborder reply order_delayed --locale de` | {reply * 1000:.0f} ms (+{(reply - bare) * 1000:.0f} ms) | ≤ +250 ms |",
        "",
    ]
    text = "\n".join(lines)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "render.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
