"""What the service's warm-up buys, in CPU time (valid on a busy machine): a fresh process runs
``suggest`` over the support messages once (a worker's first minute), cold or after
``xborder.service.warmup.warm_up``; per call CPU time (time.thread_time), p50, p99 and max.
Cold and warm processes take turns, twice each.

    python bench/service_warmup.py
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, sys, time
sys.path.insert(0, {here!r})
from bench_service import messages
from xborder.toolkit import Toolkit
from xborder.service.warmup import warm_up
tk = Toolkit()
warm = {{"seconds": 0.0, "cpu": 0.0}}
if sys.argv[1] == "warm":
    c0 = time.thread_time()
    report = warm_up(tk)
    warm = {{"seconds": report.seconds, "cpu": time.thread_time() - c0, "complete": report.complete}}
costs = []
for text in messages():
    c0 = time.thread_time()
    tk.suggest(text)
    costs.append((time.thread_time() - c0) * 1000)
print(json.dumps({{"warm": warm, "costs": costs}}))
"""


def run(mode: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD.format(here=str(HERE)), mode], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    results: dict[str, list[dict]] = {"cold": [], "warm": []}
    for _ in range(2):
        for mode in ("cold", "warm"):
            results[mode].append(run(mode))
    print("| worker | warm-up CPU s | first pass: calls | CPU ms p50 | p99 | max | calls over 30 ms | total CPU s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for mode, runs in results.items():
        for r in runs:
            costs = sorted(r["costs"])
            n = len(costs)
            print(f"| {mode} | {r['warm']['cpu']:.2f} | {n} | {statistics.median(costs):.2f} "
                  f"| {costs[-(-n * 99 // 100) - 1]:.2f} | {costs[-1]:.0f} | {sum(c > 30 for c in costs)} "
                  f"| {sum(costs) / 1000:.2f} |")


if __name__ == "__main__":
    main()
