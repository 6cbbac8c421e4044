"""Machine translation overheads, offline: redaction, a local LibreTranslate stand-in, cache, fallbacks.

Run: python bench/bench_translate.py   (writes bench/results/translate.md)

Every request goes to xborder.translate.fake_server on 127.0.0.1, so the figures
are xborder's and deep-translator's own cost plus a loopback round trip, not a
real engine's translation time.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import cold, machine, write_section

from xborder import Toolkit
from xborder.translate import translate_text
from xborder.translate.fake_server import FakeLibreServer
from xborder.translate.redact import Redactor

MESSAGE = ("Hello, my email is ana.ruiz@example.com and you can call me on +1 415 555 0132. "
           "My card 4111 1111 1111 1111 was charged twice for order A-10293, please help. "
           "Tracking RR123456789DE shows nothing since Monday.")


def per_second(fn, seconds: float = 2.0) -> float:
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        count += 1
    return count / (time.perf_counter() - start)


def median_ms(fn, runs: int) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def toolkit_for(folder: Path, url: str, **table) -> Toolkit:
    settings = {"timeout": 2.0, "retries": 1, "backoff": 0.05, "cache_dir": str(folder / "cache"), **table}
    body = "\n".join(f"{k} = {str(v).lower() if isinstance(v, bool) else repr(v)}".replace("'", '"')
                     for k, v in settings.items())
    (folder / "xborder.toml").write_text(f'translator = "libre"\nurl = "{url}"\n[translate]\n{body}\n')
    return Toolkit(data_dirs=[folder])


def main() -> None:
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    redactor = Redactor()
    redactor.redact(MESSAGE)
    redact_rate = per_second(lambda: redactor.redact(MESSAGE))
    rows = []
    with tempfile.TemporaryDirectory() as tmp, FakeLibreServer(delay=5.0) as server:
        root = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(root / "xdg-cache")
        os.environ["XDG_CONFIG_HOME"] = str(root / "xdg-config")
        fresh = root / "fresh"
        fresh.mkdir()
        tk = toolkit_for(fresh, server.url)
        translate_text(tk, "warm up", to="de", source="en")  # imports deep-translator and requests
        # The cache keeps only the store's own text (customer_text=False: a reply, a catalog entry).
        uncached = median_ms(lambda i: translate_text(tk, f"{MESSAGE} ({i})", to="de", source="en",
                                                      customer_text=False), 40)
        cached = median_ms(lambda i: translate_text(tk, f"{MESSAGE} ({i})", to="de", source="en",
                                                    customer_text=False), 40)
        nocache = toolkit_for(root, server.url, cache=False)
        translate_text(nocache, "warm up", to="de", source="en")
        no_cache = median_ms(lambda i: translate_text(nocache, f"{MESSAGE} [{i}]", to="de", source="en",
                                                      customer_text=False), 40)
        slow_dir = root / "slow"
        slow_dir.mkdir()
        slow = toolkit_for(slow_dir, server.url, timeout=0.5, breaker_threshold=100)
        server.mode = "slow"
        timeout_ms = median_ms(lambda i: translate_text(slow, f"{MESSAGE} {{{i}}}", to="de", source="en"), 3)
        server.mode = "error500"
        err_dir = root / "err"
        err_dir.mkdir()
        failing = toolkit_for(err_dir, server.url, retries=2, backoff=0.05, breaker_threshold=100)
        http500_ms = median_ms(lambda i: translate_text(failing, f"{MESSAGE} <{i}>", to="de", source="en"), 5)
        open_dir = root / "open"
        open_dir.mkdir()
        breaker = toolkit_for(open_dir, server.url, retries=0, breaker_threshold=1)
        translate_text(breaker, MESSAGE, to="de", source="en")
        open_ms = median_ms(lambda i: translate_text(breaker, f"{MESSAGE} !{i}", to="de", source="en"), 20)
        server.mode = "ok"
        xborder = shutil.which("xborder") or str(Path(sys.executable).with_name("xborder"))
        env = {**os.environ, "XBORDER_TRANSLATOR": "none"}
        bare = cold([sys.executable, "-c", "pass"], env=env, check=False)
        cli_none = cold([xborder, "translate", "hello", "--to", "de", "--from", "en"], env=env, check=False)
        env_libre = {**env, "XBORDER_TRANSLATOR": "libre", "XBORDER_TRANSLATOR_URL": server.url}
        cli_libre = cold([xborder, "translate", MESSAGE, "--to", "de", "--from", "en"], env=env_libre, check=False)
    rows = [
        ("redaction (one 230-character message, 6 values)", f"{redact_rate:,.0f} messages/s"),
        ("translate_text, new text (loopback server)", f"{uncached:.1f} ms median"),
        ("translate_text, cache hit (SQLite)", f"{cached:.1f} ms median"),
        ("translate_text, cache off", f"{no_cache:.1f} ms median"),
        ("fallback: server silent, timeout 0.5 s", f"{timeout_ms:.0f} ms median"),
        ("fallback: HTTP 500, 2 retries, backoff 0.05 s", f"{http500_ms:.0f} ms median"),
        ("fallback: circuit open", f"{open_ms:.2f} ms median"),
        ("bare `python -c pass`", f"{bare * 1000:.0f} ms"),
        ("`xborder translate` cold, provider none", f"{cli_none * 1000:.0f} ms"),
        ("`xborder translate` cold, provider libre (loopback)", f"{cli_libre * 1000:.0f} ms"),
    ]
    lines = [
        "## Machine translation (issue 8)",
        "",
        f"{machine()} "
        "Command: `python bench/bench_translate.py`. Server: the 127.0.0.1 LibreTranslate stand-in "
        "(no engine time included); timings on a shared 2-core machine are noisy.",
        "",
        "| measure | value |",
        "| --- | --- |",
        *[f"| {name} | {value} |" for name, value in rows],
        "",
    ]
    write_section("translate", "\n".join(lines))


if __name__ == "__main__":
    main()
