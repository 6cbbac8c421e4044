"""Regions from the text, cue family by cue family (tests/data/detect/regions/).

Per family: recall on messages whose text shows one country, precision over
every region named, how often a single region is named where the cues fit
several countries, and whether the expected candidates are listed. Then the
speed of detection warm (support corpus and region corpus), and the cold cost
of ``import xborder`` plus the first detection, with its peak memory.

    python bench/bench_regions.py [--fresh] [--baseline]

``--baseline`` also times detection with the new cue families switched off, in
the same loop (interleaved), for the speed ratio.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine, median_rate, write_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "detect" / "regions"
SUPPORT = ROOT / "tests" / "data" / "detect" / "corpus"


def read(folder: Path) -> dict[str, list[tuple[str, str, str]]]:
    out = {}
    for path in sorted(folder.glob("*.tsv")):
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                expect, language, text = line.split("\t", 2)
                rows.append((expect, language, text))
        out[path.stem] = rows
    return out


def score(toolkit, families) -> tuple[list[str], dict, list[str]]:
    lines = ["| family | messages | recall (one country) | precision (named) | single named where shared | "
             "candidates listed | language |", "|---|---:|---:|---:|---:|---:|---:|"]
    total = {"single": 0, "found": 0, "named": 0, "right": 0, "shared": 0, "shared_named": 0, "listed": 0,
             "lang": 0, "n": 0}
    misses = []
    for family, rows in families.items():
        t = dict.fromkeys(total, 0)
        for expect, language, text in rows:
            d = toolkit.detect(text)
            t["n"] += 1
            t["lang"] += d.language == language
            candidates = {c["region"] for c in d.region_candidates}
            if d.region:
                t["named"] += 1
                t["right"] += d.region == expect
            if expect.startswith("*"):
                t["shared"] += 1
                t["shared_named"] += d.region is not None
                wanted = set(expect[1:].split(","))
                t["listed"] += wanted <= candidates
                if d.region or not wanted <= candidates:
                    misses.append(f"{family}: shared {expect} -> {d.region} {sorted(candidates)}: {text}")
            elif expect != "-":
                t["single"] += 1
                t["found"] += d.region == expect
                if d.region != expect:
                    misses.append(f"{family}: {expect} -> {d.region} {sorted(candidates)}: {text}")
            elif d.region:
                misses.append(f"{family}: - -> {d.region}: {text}")
        for k in total:
            total[k] += t[k]
        lines.append(_row(family, t))
    lines.append(_row("**all**", total))
    return lines, total, misses


def _row(name: str, t: dict) -> str:
    def ratio(a, b):
        return f"{a / b:.3f} ({a}/{b})" if b else "–"
    return (f"| {name} | {t['n']} | {ratio(t['found'], t['single'])} | {ratio(t['right'], t['named'])} | "
            f"{ratio(t['shared_named'], t['shared'])} | {ratio(t['listed'], t['shared'])} | "
            f"{ratio(t['lang'], t['n'])} |")


def throughput(toolkit, texts: list[str], rounds: int = 5) -> float:
    return median_rate(toolkit.detect, texts, rounds, warm=True)


COLD = ("import resource, time; t = time.perf_counter(); import xborder; "
        "xborder.Toolkit().detect('Hola, vivo en Zaragoza y el pedido no ha llegado'); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")


def cold(runs: int = 7) -> tuple[float, float]:
    times, peaks = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout
        seconds, peak = map(float, out.split())
        times.append(seconds)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="score tests/data/detect/regions/fresh/ too")
    parser.add_argument("--baseline", action="store_true",
                        help="time detection without identifiers and places, interleaved")
    args = parser.parse_args()
    from xborder import Toolkit
    import xborder.detect.ensemble as ensemble

    toolkit = Toolkit()
    sections = ["## Regions by cue family (`bench/bench_regions.py`)", "", machine(), ""]
    for label, folder in [("written with the cues", DATA)] + ([("fresh, scored once", DATA / "fresh")]
                                                             if args.fresh else []):
        lines, total, misses = score(toolkit, read(folder))
        sections += [f"### {label}", ""] + lines + [""]
        if misses:
            sections += ["Misses:", ""] + [f"- {m}" for m in misses] + [""]
    support = [line.split("\t", 1)[1] for p in sorted(SUPPORT.glob("*.tsv"))
               for line in p.read_text(encoding="utf-8").splitlines() if "\t" in line]
    regions = [text for rows in read(DATA).values() for _, _, text in rows]
    rates = {"support corpus": throughput(toolkit, support), "region corpus": throughput(toolkit, regions)}
    if args.baseline:
        off = Toolkit()
        saved = ensemble.add_identifiers, ensemble.find_places
        ensemble.add_identifiers, ensemble.find_places = (lambda *a, **k: None), (lambda *a, **k: [])
        try:
            rates["support corpus, without identifiers and places"] = throughput(off, support)
        finally:
            ensemble.add_identifiers, ensemble.find_places = saved
        rates["support corpus (again, after)"] = throughput(toolkit, support)
    sections += ["### Speed", "", "| measure | value |", "|---|---:|"]
    sections += [f"| detection warm, {k} | {v:,.0f} messages/s |" for k, v in rates.items()]
    seconds, peak = cold()
    sections += [f"| `import xborder` + first detection (cold, median of 7) | {seconds:.2f} s |",
                 f"| peak memory of that process | {peak:.0f} MB |", ""]
    text = "\n".join(sections)
    print(text)
    write_section("regions", text)
    print(json.dumps({"rates": rates, "cold_s": seconds, "peak_mb": peak}), file=sys.stderr)


if __name__ == "__main__":
    main()
