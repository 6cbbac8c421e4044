"""Repeat the /v1/suggest goal row (200 req/s) on a warmed 2-worker and 1-worker server: four 6-second rows each.

Run from the repository root: python bench/service_goal_repeats.py (prints p50/p99 per row)."""
import sys, json, tempfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_service as b
texts = b.messages()
bodies = [json.dumps({"message": t}).encode() for t in texts]
work = Path(tempfile.mkdtemp())
for w in (2, 1):
    s = b.Server(w, work / f"d{w}.sqlite3"); s.start()
    try:
        b.open_loop(s.port, "/v1/suggest", bodies, 200, len(bodies) / 200, server=s)
        for i in range(4):
            r = b.open_loop(s.port, "/v1/suggest", bodies, 200, 6, server=s)
            print(w, "workers run", i, "p50 %.1f p99 %.1f" % (r["p50"], r["p99"]), flush=True)
    finally:
        s.stop()
