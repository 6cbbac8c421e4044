"""CPU per request of `xborder serve` on one route, this code against older code, interleaved.

Rates and p99 drift with a shared machine's load; CPU per request much less. Each version runs
as its own `xborder serve` (``--workers N``, the older one with ``PYTHONPATH=DIR``: a copy of
the repository's ``xborder``, ``culture_rules``, ``templates`` and ``locales`` at an older
commit), both started at once. Each first answers the whole message set once (new words cost
more the first time), then they take turns under the same open-loop load (bench_service's
generator, 16 connections spread evenly over the workers). The first pass's p50 and p99 are
reported too. Per turn: the server's CPU ms per
request (all its processes, from /proc), the generator's, the busiest worker's CPU share.

    mkdir -p /tmp/old && git archive HEAD~3 xborder culture_rules templates locales | tar -x -C /tmp/old
    python bench/service_cpu.py --baseline /tmp/old --route /v1/suggest --rate 250 --workers 1

With ``--generator FILE`` (an older ``bench/bench_service.py``) the load generators take turns
instead, against one server of this code: the generator's own CPU per request, old against new.

    git show HEAD~3:bench/bench_service.py > /tmp/old_bench_service.py
    python bench/service_cpu.py --generator /tmp/old_bench_service.py --route /v1/detect --rate 3000 --workers 2
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_service as service  # noqa: E402
from common import machine  # noqa: E402


def turn(server: service.Server, route: str, bodies: list[bytes], rate: float, seconds: float,
         generator=service, tick_ms: float = 1.0) -> dict:
    before = server.cpu_by_process()
    r = generator.open_loop(server.port, route, bodies, rate, seconds, server=server, tick_ms=tick_ms)
    after = server.cpu_by_process()
    used = {pid: after[pid] - before.get(pid, 0.0) for pid in after if pid != server.proc.pid or server.workers == 1}
    r["server_cpu_ms"] = (sum(after.values()) - sum(before.values())) * 1000 / max(1, r["sent"])
    r["busiest_share"] = max(used.values()) / sum(used.values()) if sum(used.values()) > 0 else 1.0
    return r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="older code (see above)")
    parser.add_argument("--generator", type=Path, help="an older bench_service.py: its load generator against "
                                                       "this one's, on one server of this code")
    parser.add_argument("--route", default="/v1/suggest", choices=sorted(service.GOALS))
    parser.add_argument("--rate", type=float, default=250, help="requests per second in each turn")
    parser.add_argument("--seconds", type=float, default=5, help="length of a turn")
    parser.add_argument("--turns", type=int, default=4, help="turns per version")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.generator:
        return compare_generators(args)
    if not args.baseline:
        parser.error("give --baseline DIR or --generator FILE")
    texts = service.messages()
    key = "message" if args.route == "/v1/suggest" else "text"
    bodies = [json.dumps({key: t}).encode() for t in texts]
    work = Path(tempfile.mkdtemp())
    servers: dict[str, service.Server] = {}
    saved = os.environ.get("PYTHONPATH")
    try:
        for name, path in (("baseline", str(args.baseline.resolve())), ("this code", saved)):
            if path:
                os.environ["PYTHONPATH"] = path
            else:
                os.environ.pop("PYTHONPATH", None)
            servers[name] = service.Server(args.workers, work / f"{len(servers)}.sqlite3")
            servers[name].start()
        first = {}
        for name, server in servers.items():  # the first pass once /readyz said ready, at 200 req/s
            first[name] = r = service.open_loop(server.port, args.route, bodies, 200, len(bodies) / 200, server=server)
            print(f"first pass {name}: p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms", flush=True)
        rows: dict[str, list[dict]] = {name: [] for name in servers}
        for k in range(args.turns):
            for name, server in (list(servers.items()) if k % 2 == 0 else list(servers.items())[::-1]):
                rows[name].append(r := turn(server, args.route, bodies, args.rate, args.seconds))
                print(f"turn {k + 1} {name}: server {r['server_cpu_ms']:.3f} CPU ms/request, generator "
                      f"{r['client_cpu_ms']:.3f}, p99 {r['p99']:.1f} ms, busiest worker {r['busiest_share']:.0%}",
                      flush=True)
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved
        for server in servers.values():
            server.stop()
    med = statistics.median
    base = med(r["server_cpu_ms"] for r in rows["baseline"])
    print(f"\n{machine()}\nLoad average at the end: {service.load_average()}.\n")
    print(f"`{args.route}`, --workers {args.workers}, {args.rate:.0f} req/s, {args.turns} turns of {args.seconds} s; "
          "medians (first pass: the whole message set once at 200 req/s, after /readyz):\n\n"
          "| code | server CPU ms/request | ratio | generator CPU ms/request | p99 ms | busiest worker "
          "| first pass p50 / p99 ms |\n| --- | --- | --- | --- | --- | --- | --- |")
    for name, done in rows.items():
        cpu = med(r["server_cpu_ms"] for r in done)
        print(f"| {name} | {cpu:.3f} | {cpu / base:.2f} | {med(r['client_cpu_ms'] for r in done):.3f} "
              f"| {med(r['p99'] for r in done):.1f} | {med(r['busiest_share'] for r in done):.0%} "
              f"| {first[name]['p50']:.1f} / {first[name]['p99']:.1f} |")


def compare_generators(args) -> None:
    """The older and this load generator take turns on one server of this code."""
    spec = importlib.util.spec_from_file_location("bench_service_older", args.generator)
    older = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(older)
    generators = {"older generator": older, "this generator": service}
    key = "message" if args.route == "/v1/suggest" else "text"
    bodies = [json.dumps({key: t}).encode() for t in service.messages()]
    server = service.Server(args.workers, Path(tempfile.mkdtemp()) / "gen.sqlite3")
    server.start()
    rows: dict[str, list[dict]] = {name: [] for name in generators}
    try:
        service.open_loop(server.port, args.route, bodies, 200, len(bodies) / 200, server=server)  # first pass
        for k in range(args.turns):
            for name, generator in (list(generators.items()) if k % 2 == 0 else list(generators.items())[::-1]):
                rows[name].append(r := turn(server, args.route, bodies, args.rate, args.seconds, generator, 2))
                print(f"turn {k + 1} {name}: generator {r['client_cpu_ms']:.4f} CPU ms/request, server "
                      f"{r['server_cpu_ms']:.3f}, p99 {r['p99']:.1f} ms", flush=True)
    finally:
        server.stop()
    med = statistics.median
    base = med(r["client_cpu_ms"] for r in rows["older generator"])
    print(f"\n{machine()}\nLoad average at the end: {service.load_average()}.\n")
    print(f"`{args.route}`, --workers {args.workers}, {args.rate:.0f} req/s in 2 ms ticks, {args.turns} turns of "
          f"{args.seconds} s per generator; medians:\n\n| generator | generator CPU ms/request | ratio "
          "| server CPU ms/request | p50 ms | p99 ms |\n| --- | --- | --- | --- | --- | --- |")
    for name, done in rows.items():
        cpu = med(r["client_cpu_ms"] for r in done)
        print(f"| {name} | {cpu:.4f} | {cpu / base:.2f} | {med(r['server_cpu_ms'] for r in done):.3f} "
              f"| {med(r['p50'] for r in done):.1f} | {med(r['p99'] for r in done):.1f} |")


if __name__ == "__main__":
    main()
