"""What each layer of the on-disk cache saves on a cold ``xborder reply`` (issue 13).

Run: python bench/bench_cache.py [--runs 21]   (writes bench/results/cache.md)

A cache folder is filled by one run. Each variant then gets a copy of it with one
layer's subfolder replaced by a plain file, so that layer can neither read nor
write and every other layer still hits. The variants take turns run by run
(``python -c pass``, every layer, each layer missing, no cache at all), so a
drifting machine affects them alike; the figures are medians of wall time and of
the process's CPU time (user + system), which a busy machine inflates far less.
Set ``PYTHONPATH`` to a source checkout to measure another version of xborder.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, write_section

COMMAND = ["reply", "order_delayed", "--locale", "de-DE", "--region", "DE", "--examples"]


def _env(cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # time compiled modules
    env["XBORDER_CACHE_DIR"] = cache
    return env


def _without(warm: Path, target: Path, layer: str) -> None:
    shutil.copytree(warm, target)
    shutil.rmtree(target / layer)
    (target / layer).write_text("not a folder: this layer can neither read nor write\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    xborder = shutil.which("xborder") or str(Path(sys.executable).with_name("xborder"))
    cmd = [xborder, *COMMAND]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        warm = root / "warm"
        subprocess.run(cmd, env=_env(str(warm)), check=True, stdout=subprocess.DEVNULL)
        layers = sorted(p.name for p in warm.iterdir() if p.is_dir())
        variants: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare": ([sys.executable, "-c", "pass"], _env("")),
            "all": (cmd, _env(str(warm))),
        }
        for layer in layers:
            _without(warm, root / f"no-{layer}", layer)
            variants[layer] = (cmd, _env(str(root / f"no-{layer}")))
        variants["none"] = (cmd, _env(""))
        wall: dict[str, list[float]] = {name: [] for name in variants}
        cpu: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, (command, env) in variants.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                wall[name].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    w = {name: statistics.median(values) * 1000 for name, values in wall.items()}
    c = {name: statistics.median(values) * 1000 for name, values in cpu.items()}

    def row(label: str, name: str) -> str:
        if name in ("bare", "all"):
            return f"| {label} | {w[name]:.0f} ms | | {c[name]:.0f} ms | |"
        return (f"| {label} | {w[name]:.0f} ms | {w[name] - w['all']:+.0f} ms "
                f"| {c[name]:.0f} ms | {c[name] - c['all']:+.0f} ms |")

    rows = [row("`python -c pass`", "bare"), row(f"`xborder {' '.join(COMMAND)}`, every layer warm", "all")]
    rows += [row(f"… without `{layer}/`", layer) for layer in layers]
    rows.append(row("… with no cache folder (`XBORDER_CACHE_DIR=`)", "none"))
    text = "\n".join([
        "## The on-disk cache, layer by layer (issue 13)",
        "",
        f"{machine()} Command: `python bench/bench_cache.py --runs {args.runs}` "
        f"(medians of {args.runs} runs, the variants taking turns; load average {load:.1f} at the "
        f"start, {os.getloadavg()[0]:.1f} at the end).",
        "",
        "| variant | wall time | vs. every layer | CPU time | vs. every layer |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        "Every layer left is JSON, read only from a folder and files the user owns and nobody else "
        "can write (xborder/diskcache.py). Issue 13 removed two layers, measured with this script on "
        "the code before (commit 0c6f7d0, 2026-12-05): without Jinja's bytecode cache (`jinja/`, "
        "unpickled what it found) +6 ms wall (quiet machine) and +7 ms CPU (busy machine, load 8); "
        "without the marshal store of compiled regular expressions (`regex/`, handed to `_sre` "
        "unchecked) +8 ms wall and +4 ms CPU. The old and new code taking turns: 142 ms before and "
        "156 ms after (wall, quiet, 21 runs); 171 ms and 182 ms CPU (busy, 31 runs); with no cache "
        "folder 358 and 349 ms wall, 448 and 445 ms CPU. Both layers were removed rather than "
        "checked: together they saved 11-15 ms and carried the most risk (code execution; lint "
        "flags silently dropped). The JSON layers stay behind the folder check; `holidays/` alone "
        "saves over 100 ms. Wall times on a busy machine are inflated several times over (compare "
        "`python -c pass`, 10 ms when quiet); read the CPU columns then.",
        "",
    ])
    write_section("cache", text)


if __name__ == "__main__":
    main()
