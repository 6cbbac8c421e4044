"""What each layer of the on-disk cache saves on a cold ``xborder reply`` (issue 13).

Run: python bench/bench_cache.py [--runs 21]   (writes bench/results/cache.md)

A cache folder is filled by one run. Each variant then gets a copy of it with one
layer's subfolder replaced by a plain file, so that layer can neither read nor
write and every other layer still hits. The variants take turns run by run
(``python -c pass``, every layer, each layer missing, no cache at all), so a
drifting machine affects them alike; the figures are medians.
"""
from __future__ import annotations

import argparse
import os
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
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, (command, env) in variants.items():
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[name].append(time.perf_counter() - start)
    med = {name: statistics.median(values) * 1000 for name, values in times.items()}
    rows = [f"| `python -c pass` | {med['bare']:.0f} ms | |",
            f"| `xborder {' '.join(COMMAND)}`, every layer warm | {med['all']:.0f} ms | |"]
    for layer in layers:
        rows.append(f"| … without `{layer}/` | {med[layer]:.0f} ms | {med[layer] - med['all']:+.0f} ms |")
    rows.append(f"| … with no cache folder (`XBORDER_CACHE_DIR=`) | {med['none']:.0f} ms "
                f"| {med['none'] - med['all']:+.0f} ms |")
    text = "\n".join([
        "## The on-disk cache, layer by layer (issue 13)",
        "",
        f"{machine()} Command: `python bench/bench_cache.py --runs {args.runs}` "
        f"(medians of {args.runs} runs, the variants taking turns).",
        "",
        "| variant | cold run | vs. every layer |",
        "|---|---:|---:|",
        *rows,
        "",
        "Every layer left is JSON, read only from a folder and files the user owns and nobody else "
        "can write (xborder/diskcache.py). Two layers were removed in issue 13. Measured the same way "
        "on the code before (commit 0c6f7d0, this machine, 2026-12-05, 21 runs): every layer warm "
        "131 ms; without Jinja's bytecode cache (`jinja/`, unpickled what it found) +6 ms; without "
        "the marshal store of compiled regular expressions (`regex/`, handed to `_sre` unchecked) "
        "+8 ms. Old and new taking turns (21 runs): 142 ms before, 156 ms after with every layer "
        "warm (+15 ms, 10 %); 358 ms and 349 ms with no cache folder. Both layers were kept out "
        "rather than checked: each saved a few milliseconds and carried the most risk (code "
        "execution, and silently dropped lint flags). The JSON layers stay, the largest "
        "(`holidays/`) saving about 100 ms.",
        "",
    ])
    write_section("cache", text)


if __name__ == "__main__":
    main()
