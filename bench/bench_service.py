"""`xborder serve` under load, on loopback only: latency at a fixed rate, the highest sustainable
rate, cold start to /healthz, and 10,000 webhook deliveries through two SIGKILLs.

The load generator is open loop: request i is due at start + i/rate whatever the server does,
and its latency counts from that due time (a slow server is not hidden by a client that waits,
"coordinated omission"). It shares the 2 cores with the server, so it is kept cheap: one thread
on epoll writing pre-encoded HTTP/1.1 requests on keep-alive connections and reading only each
answer's status line and length; its CPU per request is reported.

The highest rate each route sustains (p99 <= 100 ms) is searched, not read off a fixed ladder:
steps of x1.3 from a guess (x1.08 from the last answer in later searches) until a rung fails, then
bisection until the highest passing and lowest failing rates are within 1 % (the resolution, reported
with each figure), three times for 1 and 2 workers taking turns; medians are reported, with the CPU
arithmetic of the 2 cores. The first pass after /readyz (1 worker, /v1/suggest at 200 req/s over
messages new to the worker) is reported on its own.

    python bench/bench_service.py            # everything (about 14 minutes on a quiet machine)
    python bench/bench_service.py --quick    # shorter rungs, one search, 2,000 deliveries
    python bench/bench_service.py --no-hooks --routes /v1/detect --section service-try
"""
from __future__ import annotations

import argparse
import asyncio
import bisect
import collections
import json
import os
import random
import resource
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import machine, write_section  # noqa: E402

TOKEN = "bench-token"
SECRETS = {"chatwoot": "cw-bench", "zammad": "zm-bench", "zendesk": "zd-bench"}
DATA = HERE.parent / "tests" / "data"


def messages() -> list[str]:
    texts = []
    for path in sorted((DATA / "triage").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``xborder serve --workers N`` in a child process."""

    def __init__(self, workers: int, db: Path, desk_url: str | None = None, port: int | None = None) -> None:
        self.workers, self.db, self.desk_url = workers, db, desk_url
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    def start(self, ready: bool = True) -> float:
        """Start; seconds until /healthz answers 200 (then, with ``ready``, wait for /readyz too)."""
        env = {**os.environ, "XBORDER_API_TOKEN": TOKEN, "XBORDER_SERVICE_DB": str(self.db), "XBORDER_DATA": "",
               "XBORDER_WORKER_POLL": "0.05"}
        for name, secret in SECRETS.items():
            up = name.upper()
            env[f"XBORDER_{up}_SECRET"] = secret
            if self.desk_url:
                env.update({f"XBORDER_{up}_URL": self.desk_url, f"XBORDER_{up}_TOKEN": "desk-token",
                            f"XBORDER_{up}_EMAIL": "bot@example.com"})
        begin = time.perf_counter()
        # Run from the database's folder, not the repository: `python -m` puts the working directory
        # first on sys.path, ahead of PYTHONPATH, so an older copy given there (service_cpu.py
        # --baseline) would lose to this checkout. Without one, this checkout's code.
        env.setdefault("PYTHONPATH", str(HERE.parent))
        self.proc = subprocess.Popen([sys.executable, "-m", "xborder.cli.main", "serve", "--port", str(self.port),
                                      "--workers", str(self.workers), "--log-level", "warning"],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True, cwd=self.db.parent)
        alive = self.wait("/healthz", begin)
        self.ready_s = self.wait("/readyz", begin) if ready else None
        return alive

    def wait(self, path: str, begin: float) -> float:
        deadline = begin + 60
        while time.perf_counter() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=1) as r:
                    if r.status == 200:
                        return time.perf_counter() - begin
            except OSError:
                time.sleep(0.01)
        raise RuntimeError(f"server did not answer {path} within 60 s")

    def cpu_by_process(self) -> dict[int, float]:
        """User + system CPU seconds of each of the server's processes (uvicorn's supervisor and
        workers: the process group started for it), from /proc."""
        out, tick = {}, os.sysconf("SC_CLK_TCK")
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == self.proc.pid:
                out[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / tick
        return out

    def connection_owners(self) -> dict[int, int]:
        """Client port -> pid of the worker that accepted that loopback connection (from /proc)."""
        workers = [pid for pid in self.cpu_by_process() if pid != self.proc.pid or self.workers == 1]
        inodes = {}
        for pid in workers:
            try:
                for fd in os.listdir(f"/proc/{pid}/fd"):
                    link = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if link.startswith("socket:["):
                        inodes[int(link[8:-1])] = pid
            except OSError:
                continue
        owners = {}
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[9]) in inodes:
                owners[int(fields[2].rsplit(":", 1)[1], 16)] = inodes[int(fields[9])]
        return owners

    def cpu_seconds(self) -> float:
        """User + system CPU of all the server's processes."""
        return sum(self.cpu_by_process().values())

    def kill(self) -> None:
        """SIGKILL the whole process group (uvicorn's supervisor and its workers)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


# -- the open-loop load generator ----------------------------------------------------------------
class Pool:
    """Keep-alive HTTP/1.1 connections to one server, opened as needed up to ``limit``.

    Idle connections are reused first in, first out, and ``prefill`` are opened before the
    run: with ``--workers 2`` each worker accepted some of them, and FIFO reuse spreads the
    requests over all (a last-in, first-out pool at low concurrency would send nearly every
    request down one connection, to one worker)."""

    def __init__(self, port: int, limit: int = 256) -> None:
        import collections

        self.port, self.limit = port, limit
        self.idle: collections.deque = collections.deque()
        self.open = 0
        self.freed = asyncio.Condition()

    async def prefill(self, count: int) -> None:
        conns = await asyncio.gather(*(self._get() for _ in range(count)))
        for conn in conns:
            await self._release(conn)

    async def request(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        conn = await self._get()
        try:
            reader, writer = conn
            head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}",
                    "Content-Type: application/json", *(f"{k}: {v}" for k, v in headers.items())]
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
            status_line = await reader.readline()
            if not status_line:
                raise ConnectionError("closed")
            length, close = 0, False
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
                elif name.lower() == "connection" and "close" in value.lower():
                    close = True
            data = await reader.readexactly(length)
            status = int(status_line.split()[1])
        except BaseException:
            conn[1].close()
            await self._release(None)
            raise
        await self._release(None if close else conn)
        return status, data

    async def _get(self):
        async with self.freed:
            while not self.idle and self.open >= self.limit:
                await self.freed.wait()
            if self.idle:
                return self.idle.popleft()
            self.open += 1
        try:
            return await asyncio.open_connection("127.0.0.1", self.port)
        except BaseException:
            await self._release(None)
            raise

    async def _release(self, conn) -> None:
        async with self.freed:
            if conn is None:
                self.open -= 1
            else:
                self.idle.append(conn)
            self.freed.notify()

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()


class _Load:
    """Open-loop load on one route: request i is due at start + i/rate, sent on an idle
    keep-alive connection (first in, first out), on a new one (up to ``limit``), or queued
    until one frees; latency counts from the due time.

    One thread, non-blocking sockets and ``select.epoll``, no event loop: a wake-up sends
    what is due and reads every answer that is in, and sleeps until the next request is due
    (at least a tick) unless an answer arrives first. Requests are pre-encoded HTTP/1.1 bytes
    and an answer is read as far as its status and Content-Length, so a request costs the
    generator a send, a receive and a little bookkeeping (about a quarter less CPU than the
    same on uvloop's protocols, which ran a Python callback per answer through the loop's
    machinery). With ``stop_ms``, a rung stops early once over 1 % of its requests are later
    than that (its p99 is then surely over it), so an overloaded rung costs a second, not
    its length."""

    def __init__(self, port: int, requests: list[bytes], limit: int = 64) -> None:
        self.port, self.requests, self.limit = port, requests, limit
        self.poller = select.epoll()
        self.socks: dict[int, socket.socket] = {}  # file descriptor -> connection
        self.idle: collections.deque = collections.deque()  # idle connections' descriptors
        self.waiting: collections.deque = collections.deque()  # (index, due) with no free connection
        self.due: dict[int, float] = {}  # descriptor -> due time of the request in flight on it
        self.buf: dict[int, bytes] = {}  # descriptor -> what came of an answer not yet whole
        self.need: dict[int, int] = {}  # descriptor -> that answer's length once its head is in
        self.in_flight = 0
        self.latencies: list[float] = []
        self.errors = 0
        self.late = 0
        self.stop_s: float | None = None

    def _open(self) -> int | None:
        try:
            sock = socket.create_connection(("127.0.0.1", self.port))
        except OSError:
            return None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        fd = sock.fileno()
        self.socks[fd], self.buf[fd], self.need[fd] = sock, b"", -1
        self.poller.register(fd, select.EPOLLIN)
        return fd

    def _close(self, fd: int) -> None:
        self.poller.unregister(fd)
        self.socks.pop(fd).close()
        del self.buf[fd], self.need[fd]

    def prefill(self, count: int, server: "Server | None" = None) -> None:
        """Open ``count`` connections; with ``server``, as many to each of its workers.

        uvicorn's workers share one listening socket and the kernel decides which accepts a
        connection: a handful opened in a row often all land on one worker (seen: 90-100 % of
        the CPU on one of two). The generator checks who accepted each (from /proc), keeps
        ``count // workers`` per worker and closes the rest, as a load balancer spreading
        its connections would; requests then go round them first in, first out."""
        if server is None:
            self.idle.extend(fd for fd in (self._open() for _ in range(count)) if fd is not None)
            return
        per_worker = max(1, count // server.workers)
        kept: dict[int, list[int]] = {}
        for _ in range(50):
            need = per_worker * server.workers - sum(len(group) for group in kept.values())
            if need <= 0:
                break
            fds = [fd for fd in (self._open() for _ in range(need)) if fd is not None]
            time.sleep(0.05)  # accepted by then
            owners = server.connection_owners()
            for fd in fds:
                pid = owners.get(self.socks[fd].getsockname()[1])
                group = kept.setdefault(pid, []) if pid is not None else None
                if group is not None and len(group) < per_worker:
                    group.append(fd)
                else:
                    self._close(fd)
        groups = list(kept.values())
        for k in range(max(map(len, groups), default=0)):  # taking turns between the workers
            self.idle.extend(group[k] for group in groups if k < len(group))

    def _send(self, fd: int, i: int, due: float) -> None:
        self.due[fd] = due
        data = self.requests[i % len(self.requests)]
        try:
            sent = self.socks[fd].send(data)
            if sent < len(data):  # not with an idle connection's empty buffer, but never lose a byte
                self.socks[fd].setblocking(True)
                self.socks[fd].sendall(data[sent:])
                self.socks[fd].setblocking(False)
        except OSError:
            self._lost(fd)

    def send(self, i: int, due: float) -> None:
        self.in_flight += 1
        if self.idle:
            self._send(self.idle.popleft(), i, due)
        elif len(self.socks) < self.limit:
            fd = self._open()
            if fd is None:
                self._record(due, ok=False)
            else:
                self._send(fd, i, due)
        else:
            self.waiting.append((i, due))

    def _record(self, due: float, ok: bool) -> None:
        latency = time.perf_counter() - due
        self.latencies.append(latency)
        self.in_flight -= 1
        if not ok:
            self.errors += 1
        if self.stop_s is not None and latency > self.stop_s:
            self.late += 1

    def _lost(self, fd: int) -> None:
        """A connection closed or failed: a request in flight on it is an error; nothing else is lost."""
        due = self.due.pop(fd, None)
        self._close(fd)
        if due is not None:
            self._record(due, ok=False)
        else:
            try:
                self.idle.remove(fd)
            except ValueError:
                pass

    def _readable(self, fd: int) -> None:
        try:
            data = self.socks[fd].recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            return self._lost(fd)
        buf = self.buf[fd] + data if self.buf[fd] else data
        need = self.need[fd]
        if need < 0:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                self.buf[fd] = buf
                return
            # searched in place, no copy of the head: the server writes lower-case names (h11 and
            # httptools both do); anything else, the slow way
            i = buf.find(b"content-length:", 0, end)
            head = buf
            if i < 0:
                head = buf[:end + 2].lower()
                i = head.find(b"content-length:")
            need = end + 4 + (int(head[i + 15:head.find(b"\r\n", i)]) if i >= 0 else 0)
        if len(buf) < need:
            self.buf[fd], self.need[fd] = buf, need
            return
        self.buf[fd], self.need[fd] = b"", -1
        due = self.due.pop(fd, None)
        if due is not None:
            self._record(due, buf[9:12] == b"200")
        end = buf.find(b"\r\n\r\n")
        if buf.find(b"connection: close", 0, end) >= 0 or (
                buf.find(b"content-length:", 0, end) < 0 and b"connection: close" in buf[:end].lower()):
            self._close(fd)
        elif self.waiting:
            self._send(fd, *self.waiting.popleft())
        else:
            self.idle.append(fd)

    def _poll(self, timeout: float) -> None:
        for fd, _ in self.poller.poll(timeout):
            if fd in self.socks:  # an earlier event of this batch may have closed it
                self._readable(fd)

    def close(self) -> None:
        for fd in list(self.socks):
            self._close(fd)
        self.poller.close()

    def run(self, rate: float, seconds: float, stop_ms: float | None, tick_ms: float = 1.0,
            server: "Server | None" = None) -> dict:
        clock = time.perf_counter
        self.stop_s = stop_ms / 1000 if stop_ms else None
        count = int(rate * seconds)
        allowed_late = count // 100
        tick = tick_ms / 1000
        self.prefill(min(16, self.limit), server)
        cpu0, wall0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        start = clock() + 0.02
        i, stopped = 0, False
        while i < count:
            now = clock()
            while i < count and start + i / rate <= now:
                self.send(i, start + i / rate)
                i += 1
            if self.stop_s is not None:
                late = self.late
                for _, due in self.waiting:  # oldest first: count only the late ones at its head
                    if now - due <= self.stop_s:
                        break
                    late += 1
                if late > allowed_late:
                    stopped = True
                    break
            if i < count:
                # until the next request is due, at least a tick (each wake-up costs the generator
                # more CPU than a request does), or until an answer comes in
                self._poll(max(tick, start + i / rate - clock()))
        sent = i - len(self.waiting) if stopped else i
        if stopped:
            self.in_flight -= len(self.waiting)
            self.waiting.clear()
        deadline = clock() + 30
        while self.in_flight > 0 and clock() < deadline:
            self._poll(0.005)
        cpu1, wall = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - wall0
        self.errors += max(0, self.in_flight)  # no answer within 30 s
        self.close()
        latencies = sorted(self.latencies)
        n = len(latencies)
        return {"rate": rate, "sent": sent, "errors": self.errors, "achieved": n / wall, "stopped": stopped,
                "p50": latencies[n // 2] * 1000 if n else float("nan"),
                "p99": float("inf") if stopped or not n else latencies[max(0, -(-n * 99 // 100) - 1)] * 1000,
                "max": latencies[-1] * 1000 if n else float("nan"),
                "over_limit": n - bisect.bisect_right(latencies, LIMIT_MS / 1000),
                "client_cpu": (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime) / wall,
                "client_cpu_ms": (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime) * 1000 / max(1, sent)}


def encode_requests(path: str, bodies: list[bytes]) -> list[bytes]:
    """Each body as a whole HTTP/1.1 request, encoded once."""
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n" \
           "Content-Type: application/json\r\n"
    return [f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body for body in bodies]


def open_loop(port: int, path: str, bodies: list[bytes], rate: float, seconds: float,
              stop_ms: float | None = None, tick_ms: float = 1.0, server: "Server | None" = None) -> dict:
    """One open-loop run on ``path`` at ``rate`` req/s for ``seconds`` (see :class:`_Load`); requests
    go out at least every ``tick_ms``, each counting its latency from its own due time. With
    ``server``, 16 connections spread evenly over its workers, and no more."""
    requests = encode_requests(path, bodies)
    load = _Load(port, requests, limit=16) if server is not None else _Load(port, requests)
    return load.run(rate, seconds, stop_ms, tick_ms, server)


def load_average() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- webhooks under faults -------------------------------------------------------------------------
def webhook_run(total: int, workdir: Path) -> dict:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from xborder.service.fakedesk import FakeDesk
    from xborder.service.helpdesks import MARKER
    from xborder.service.queue import Queue
    from xborder.service.signatures import sign

    samples = {"chatwoot": "chatwoot_message_created.json", "zammad": "zammad_trigger.json",
               "zendesk": "zendesk_comment_added.json"}
    texts = messages()
    rng = random.Random(7)
    genuine_n, dup_n = int(total * 0.6), int(total * 0.2)
    forged_n = total - genuine_n - dup_n
    plan = []  # (provider, delivery id, body, secret, kind)
    for i in range(genuine_n):
        provider = ("chatwoot", "zammad", "zendesk")[i % 3]
        data = json.loads((DATA / "service" / samples[provider]).read_text(encoding="utf-8"))
        text = texts[i % len(texts)]
        if provider == "chatwoot":
            data.update(content=text, id=100000 + i)
            data["conversation"]["id"] = 1000 + i
        elif provider == "zammad":
            data["article"].update(body=text, content_type="text/plain")
            data["ticket"]["id"] = 1000 + i
        else:
            data["event"]["comment"]["body"] = text
            data["detail"]["id"] = str(1000 + i)
            data["id"] = f"evt-{i}"
        plan.append((provider, f"d-{i}", json.dumps(data, ensure_ascii=False).encode(), SECRETS[provider], "genuine"))
    originals = list(plan)
    plan += [(p, d, b, s, "duplicate") for p, d, b, s, _ in rng.choices(originals, k=dup_n)]
    plan += [(p, f"forged-{i}", b, "not-the-secret", "forged")
             for i, (p, _, b, _, _) in enumerate(rng.choices(originals, k=forged_n))]
    rng.shuffle(plan)
    header = {"chatwoot": "X-Chatwoot-Delivery", "zammad": "X-Zammad-Delivery",
              "zendesk": "X-Zendesk-Webhook-Invocation-Id"}
    answers = {"queued": 0, "duplicate": 0, "rejected": 0, "other": 0, "resent_after_kill": 0}
    db = workdir / "hooks.sqlite3"
    with FakeDesk() as desk:
        server = Server(2, db, desk.url)
        server.start()
        kills = {len(plan) // 3, 2 * len(plan) // 3}
        down_time = []

        async def send_all() -> None:
            pool = Pool(server.port, limit=64)
            loop = asyncio.get_running_loop()
            sem = asyncio.Semaphore(64)

            async def send(item) -> None:
                provider, delivery, body, secret, kind = item
                async with sem:
                    for attempt in range(600):  # a helpdesk retries until it hears back
                        headers = {**sign(provider, secret, body), header[provider]: delivery}
                        try:
                            status, data = await asyncio.wait_for(
                                pool.request("POST", f"/hooks/{provider}", body, headers), 20)
                        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError):
                            answers["resent_after_kill"] += 1
                            await asyncio.sleep(0.1)
                            continue
                        if status == 200:
                            answers[json.loads(data)["status"]] += 1
                        elif status == 401:
                            answers["rejected"] += 1
                        else:
                            answers["other"] += 1
                        return

            tasks = []
            for i, item in enumerate(plan):
                if i in kills:  # with requests in flight: their senders see a cut connection and resend
                    pool = Pool(server.port, limit=64)
                    began = time.perf_counter()
                    await loop.run_in_executor(None, server.kill)
                    await loop.run_in_executor(None, server.start)
                    down_time.append(time.perf_counter() - began)
                tasks.append(asyncio.ensure_future(send(item)))
                if len(tasks) >= 256:
                    await asyncio.gather(*tasks)
                    tasks = []
            await asyncio.gather(*tasks)
            pool.close()

        began = time.perf_counter()
        asyncio.run(send_all())
        sent_s = time.perf_counter() - began
        queue = Queue(db)
        deadline = time.monotonic() + 1200
        while time.monotonic() < deadline:
            counts = queue.counts()["deliveries"]
            if counts.get("pending", 0) == 0:
                break
            time.sleep(0.5)
        drained_s = time.perf_counter() - began
        counts = queue.counts()
        server.stop()
        notes = desk.all_notes()
        per_key: dict[str, int] = {}
        for note in notes:
            key = note.rsplit(MARKER, 1)[-1].strip()
            per_key[key] = per_key.get(key, 0) + 1
        queue.close()
    genuine_keys = {f"{p}:{d if p != 'zendesk' else json.loads(b)['id']}" for p, d, b, _, k in originals}
    return {"total": len(plan), "genuine": genuine_n, "duplicates_sent": dup_n, "forged_sent": forged_n,
            "answers": answers, "queue": counts, "notes": len(notes),
            "written_once": sum(1 for k in genuine_keys if per_key.get(k) == 1),
            "written_twice_or_more": sum(1 for k in genuine_keys if per_key.get(k, 0) > 1),
            "missing": sum(1 for k in genuine_keys if k not in per_key), "restart_s": down_time,
            "send_s": sent_s, "drain_s": drained_s}


# route -> (rate of the latency goal, p99 goal in ms)
GOALS = {"/v1/detect": (500, 25), "/v1/triage": (500, 25), "/v1/suggest": (200, 60)}
LIMIT_MS = 100  # "the highest rate it sustains before p99 passes 100 ms"
STEP_UP = 1.3   # the first search's steps until a rung fails (or passes, going down)
STEP_NEAR = 1.08  # the later searches' steps, from the last search's answer: 3 bisections reach 1 %
PRECISION = 1.01  # bisection until the bracket's ends are within 1 % of each other


def rung(server: Server, path: str, bodies: list[bytes], rate: int, seconds: float) -> dict:
    """One rung of the knee search: open-loop load at ``rate``, with the server's CPU per request."""
    cpu0 = server.cpu_by_process()
    r = open_loop(server.port, path, bodies, rate, seconds, stop_ms=LIMIT_MS, tick_ms=2, server=server)
    cpu1 = server.cpu_by_process()
    used = {pid: cpu1[pid] - cpu0.get(pid, 0.0) for pid in cpu1 if pid != server.proc.pid or server.workers == 1}
    r["server_cpu_ms"] = (sum(cpu1.values()) - sum(cpu0.values())) * 1000 / max(1, r["sent"])
    r["busiest_share"] = max(used.values()) / sum(used.values()) if sum(used.values()) > 0 else 1.0
    r["passed"] = r["p99"] <= LIMIT_MS and not r["errors"]
    time.sleep(0.3)  # what a stopped rung left in flight drains
    return r


def knee(server: Server, path: str, bodies: list[bytes], guess: float, seconds: float,
         precision: float, step: float = STEP_UP) -> tuple[int, int, list[dict]]:
    """The highest rate with p99 <= LIMIT_MS and no errors: from ``guess``, steps of ``step`` up
    (or down) until the answer changes, then bisection until the bracket is within ``precision``
    (the ratio of its ends). Returns the highest rate that passed, the lowest above it that
    failed (the bracket: the knee lies between them) and every rung."""
    rungs: list[dict] = []

    def passes(rate: float) -> bool:
        rungs.append(rung(server, path, bodies, int(round(rate)), seconds))
        return rungs[-1]["passed"]

    rate = max(10.0, guess)
    if passes(rate):
        lo = rate
        while passes(rate := rate * step):
            lo = rate
        hi = rate
    else:
        hi = rate
        while not passes(rate := rate / step):
            hi = rate
            if rate < 10:
                return 0, int(round(hi)), rungs
        lo = rate
    while hi / lo > precision and int(round(hi)) - int(round(lo)) > 1:
        mid = (lo * hi) ** 0.5
        if passes(mid):
            lo = mid
        else:
            hi = mid
    return int(round(lo)), int(round(hi)), rungs


def report_load(routes, seconds, step_s, repeats, texts, first, at_goal, searches) -> list[str]:
    """The Markdown for the first pass, the goal rows, the knees and the CPU arithmetic."""
    def share(workers: int, r: dict) -> str:
        return f"{r['busiest_share'] * 100:.0f} %" if workers > 1 else "-"

    med = statistics.median
    lines = [f"Open-loop load, latency from each request's due time; {len(texts)} support messages in 18 "
             "languages (tests/data/triage) in turn. The generator sends pre-encoded HTTP/1.1 requests over "
             "keep-alive connections from one thread on epoll (no event loop) and reads only each answer's status and length. "
             "CPU is user + system time over a row divided by the requests sent: the server's over all its "
             "processes (from /proc), the generator's own; \"req/s per core\" is 1000 ÷ the server's CPU ms.",
             "", "First pass once `/readyz` said ready (a service's first minute; the worker warmed up before "
             "on the intent training messages, so these messages are new to it: each new word costs triage more "
             "the first time):", "",
             "| workers | route | rate | p50 ms | p99 ms | max ms | requests over 100 ms | errors "
             "| server CPU ms/request |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {w} | `{p}` | {r['rate']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['max']:.0f} "
              f"| {r['over_limit']} of {r['sent']} | {r['errors']} | {r['server_cpu_ms']:.2f} |"
              for (w, p), r in first.items()]
    r = first[(1, "/v1/suggest")]
    lines += ["", f"**First pass, 1 worker, `/v1/suggest` at 200 req/s over {r['sent']} new messages: p99 "
              f"{r['p99']:.0f} ms** (p50 {r['p50']:.0f} ms, {r['over_limit']} requests over 100 ms, server "
              f"{r['server_cpu_ms']:.2f} CPU ms/request), against 200 req/s with p99 ≤ 60 ms once warm."]
    lines += ["", f"At the goal rates, {seconds} s per row:", "",
              "| workers | route | rate (req/s) | achieved | p50 ms | p99 ms | errors | generator CPU ms/request "
              "| server CPU ms/request | req/s per core (CPU) |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (w, p), r in at_goal.items():
        lines.append(f"| {w} | `{p}` | {r['rate']} | {r['achieved']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} "
                     f"| {r['errors']} | {r['client_cpu_ms']:.3f} | {r['server_cpu_ms']:.2f} "
                     f"| {1000 / r['server_cpu_ms']:.0f} |")
    lines += ["", f"Highest rate sustained (p99 ≤ {LIMIT_MS} ms, no errors): a search per route and server, "
              f"{repeats} times, 1 and 2 workers taking turns; rungs of {step_s} s (requests sent in 2 ms ticks); "
              f"the first search steps ×{STEP_UP} from a guess (the CPU per request above), the later ones ×{STEP_NEAR} "
              f"from the last answer, until a rung fails (or passes, going down), then bisect until the highest "
              f"passing and the lowest failing rate are within {(PRECISION - 1) * 100:.0f} % of each other: the "
              "resolution, each search's knee lies in that bracket. A rung stops early once over 1 % of its requests "
              "are later than 100 ms. Medians of the highest passing rates, each search's bracket in brackets; the "
              "ratio's range is what the brackets allow (lowest: 2 workers' passing ÷ 1 worker's failing "
              "medians):", "",
              "| route | 1 worker | 2 workers | ratio of medians | its range | ratio per search |",
              "| --- | --- | --- | --- | --- | --- |"]
    arithmetic = []
    for p in routes:
        (one, one_hi), (two, two_hi) = ([[s[k] for s in searches[(w, p)]] for k in ("found", "failed")]
                                        for w in (1, 2))
        ratios = [b / a for a, b in zip(one, two) if a]
        brackets = lambda lo, hi: ", ".join(f"{a}–{b}" for a, b in zip(lo, hi))  # noqa: E731
        lines.append(f"| `{p}` | {med(one):.0f} ({brackets(one, one_hi)}) | {med(two):.0f} "
                     f"({brackets(two, two_hi)}) | {med(two) / med(one):.3f}× "
                     f"| {med(two) / med(one_hi):.3f}–{med(two_hi) / med(one):.3f}× "
                     f"| {', '.join(f'{x:.3f}×' for x in ratios)} |")
        # CPU per request at each search's highest passing rung
        def at_knee(w, key):
            values = [max((r for r in rungs if r["passed"]), key=lambda r: r["rate"])[key]
                      for rungs in (s["rungs"] for s in searches[(w, p)]) if any(r["passed"] for r in rungs)]
            return med(values) if values else float("nan")
        c1, c2 = at_knee(1, "server_cpu_ms"), at_knee(2, "server_cpu_ms")
        g1, g2 = at_knee(1, "client_cpu_ms"), at_knee(2, "client_cpu_ms")
        cap1 = min(1000 / c1, 2000 / (c1 + g1))
        cap2 = 2000 / (c2 + g2)
        arithmetic.append(f"| `{p}` | {c1:.2f} | {c2:.2f} | {g1:.3f} / {g2:.3f} | {2 * c1 / c2:.2f}× "
                          f"| {cap1:.0f} | {cap2:.0f} | {cap2 / cap1:.2f}× |")
    lines += ["", "What 2 cores allow: each worker is one single-threaded process, so one worker uses at most a "
              "core; the generator needs its CPU per request from the same 2 cores. At the knee (medians of each "
              "search's highest passing rung): server CPU ms/request c₁ (1 worker) and c₂ (2 workers), generator "
              "CPU ms/request g. CPU-normalized scaling 2·c₁/c₂ is what 2 workers would give with a core each "
              "and a generator elsewhere; the 2-core ceiling is min(1000/c₁, 2000/(c₁+g)) for 1 worker and "
              "2000/(c₂+g) for 2 workers.", "",
              "| route | c₁ ms | c₂ ms | g ms (1 / 2 workers) | CPU-normalized scaling | 2-core ceiling, "
              "1 worker | 2-core ceiling, 2 workers | ceiling ratio |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |", *arithmetic]
    lines += ["", "<details><summary>Every rung</summary>", "",
              "| workers | route | search | rate | p50 ms | p99 ms | errors | passed | generator CPU ms/request "
              "| server CPU ms/request | busiest worker's CPU share |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (w, p), done in searches.items():
        for k, rungs in enumerate((s["rungs"] for s in done), 1):
            lines += [f"| {w} | `{p}` | {k} | {r['rate']} | {r['p50']:.1f} | "
                      + ("stopped" if r["stopped"] else f"{r['p99']:.1f}")
                      + f" | {r['errors']} | {'yes' if r['passed'] else 'no'} | {r['client_cpu_ms']:.3f} "
                      f"| {r['server_cpu_ms']:.2f} | {share(w, r)} |" for r in rungs]
    return lines + ["", "</details>", ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter steps, one search, 2,000 deliveries")
    parser.add_argument("--no-hooks", action="store_true", help="skip the webhook run (load and start-up only)")
    parser.add_argument("--repeats", type=int, default=None, help="knee searches per route and server (default 3)")
    parser.add_argument("--routes", default=",".join(GOALS), help="comma-separated routes to load")
    parser.add_argument("--section", default="service", help="name of the results section (bench/results/NAME.md)")
    args = parser.parse_args()
    seconds = 3 if args.quick else 15  # a goal row: long enough that one stall is not its p99
    step_s = 2 if args.quick else 4
    repeats = args.repeats or (1 if args.quick else 3)
    deliveries = 2000 if args.quick else 10_000
    routes = [r for r in args.routes.split(",") if r in GOALS]
    texts = messages()
    bodies = {"/v1/detect": [json.dumps({"text": t}).encode() for t in texts],
              "/v1/triage": [json.dumps({"text": t}).encode() for t in texts],
              "/v1/suggest": [json.dumps({"message": t}).encode() for t in texts]}
    lines = ["## Service (`xborder serve`)", "", machine(),
             f"Load average at the start: {load_average()}.", ""]
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        colds, readies, bare = [], [], []
        for i in range(5):  # taking turns with a bare interpreter, so a drifting machine affects both
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - t0)
            server = Server(1, work / f"cold{i}.sqlite3")
            colds.append(server.start())
            readies.append(server.ready_s)
            server.stop()
        lines += [f"Cold start, `xborder serve` launched until `/healthz` answers 200: median "
                  f"{statistics.median(colds):.2f} s (runs: {', '.join(f'{c:.2f}' for c in colds)}; goal 2 s); "
                  f"until `/readyz` (the worker warmed up: detect, triage, classify and suggest over the intent "
                  f"training messages of every language): {statistics.median(readies):.2f} s; "
                  f"`python -c pass` meanwhile: {statistics.median(bare) * 1000:.0f} ms.", ""]
        servers = {w: Server(w, work / f"load{w}.sqlite3") for w in (1, 2)}
        for server in servers.values():
            server.start()  # returns once /readyz says every worker is warm
        first, at_goal, searches = {}, {}, {}
        try:
            # A service's first minute once /readyz says ready: the whole message set once at up to
            # 200 req/s, suggest first (its cold p99 was near a second before the warm-up).
            # 1 worker's suggest comes first whatever --routes says: its p99 is reported on its own.
            for path in ["/v1/suggest", *(r for r in routes if r != "/v1/suggest")]:
                for workers, server in servers.items():
                    rate = min(200, GOALS[path][0])
                    cpu0 = server.cpu_seconds()
                    first[(workers, path)] = r = open_loop(server.port, path, bodies[path], rate,
                                                           len(bodies[path]) / rate, server=server)
                    r["server_cpu_ms"] = (server.cpu_seconds() - cpu0) / r["sent"] * 1000
                    print(f"workers={workers} {path}: first pass at {rate}/s, p99 {r['p99']:.1f} ms", flush=True)
            # Both servers run at once (idle when not measured) and take turns, so a machine whose
            # load drifts affects 1 and 2 workers alike.
            for path in routes:
                goal_rate = GOALS[path][0]
                for workers, server in servers.items():
                    cpu0 = server.cpu_seconds()
                    r = open_loop(server.port, path, bodies[path], goal_rate, seconds, server=server)
                    r["server_cpu_ms"] = (server.cpu_seconds() - cpu0) / r["sent"] * 1000
                    at_goal[(workers, path)] = r
                    print(f"workers={workers} {path}: p99 at {goal_rate}/s {r['p99']:.1f} ms, server "
                          f"{r['server_cpu_ms']:.2f} CPU ms/request", flush=True)
            for path in routes:
                for rep in range(repeats):
                    for workers, server in servers.items():
                        done = searches.setdefault((workers, path), [])
                        if done:
                            guess, step = done[-1]["found"], STEP_NEAR
                        else:  # from the CPU per request at the goal rate: a core per worker, 85 %
                            cpu = at_goal[(workers, path)]["server_cpu_ms"]
                            guess, step = 0.85 * 1000 * min(workers, 2) / cpu, STEP_UP
                        found, failed, rungs = knee(server, path, bodies[path], guess, step_s, PRECISION, step)
                        done.append({"found": found, "failed": failed, "rungs": rungs})
                        print(f"workers={workers} {path} search {rep + 1}: {found}/s ({failed}/s failed) "
                              f"after {len(rungs)} rungs "
                              f"({', '.join(str(r['rate']) + ('+' if r['passed'] else '-') for r in rungs)}); "
                              f"{time.perf_counter() - began:.0f} s so far", flush=True)
        finally:
            for server in servers.values():
                server.stop()
        lines += report_load(routes, seconds, step_s, repeats, texts, first, at_goal, searches)
        hooks = None if args.no_hooks else webhook_run(deliveries, work)
        a, q = (hooks["answers"], hooks["queue"]) if hooks else ({}, {})
        lines += [] if hooks is None else [
                  f"Webhooks: {hooks['total']:,} deliveries to `--workers 2` ({hooks['genuine']:,} genuine across "
                  f"Chatwoot, Zammad and Zendesk, {hooks['duplicates_sent']:,} re-sent duplicates, "
                  f"{hooks['forged_sent']:,} with a forged signature), the service SIGKILLed and restarted twice "
                  f"while they arrived (restarts took {', '.join(f'{s:.1f}' for s in hooks['restart_s'])} s; senders "
                  "retried refused connections, as helpdesks do), written back to a fake helpdesk on loopback:", "",
                  f"- answered: {a['queued']:,} queued, {a['duplicate']:,} duplicate, {a['rejected']:,} rejected (401), "
                  f"{a['other']} other; {a['resent_after_kill']:,} sends repeated after a refused or cut connection",
                  f"- rejections logged in the queue: {q['rejected']}",
                  f"- deliveries stored: {q['deliveries']}",
                  f"- genuine deliveries whose note is in the helpdesk exactly once: {hooks['written_once']:,} of "
                  f"{hooks['genuine']:,}; twice or more: {hooks['written_twice_or_more']}; missing: {hooks['missing']}",
                  f"- sending took {hooks['send_s']:.0f} s, the queue was drained {hooks['drain_s']:.0f} s after the first send",
                  ""]
        verdict = lambda ok: "met" if ok else "**not met**"  # noqa: E731
        lines += ["Goals on this run (load average at the end: " + load_average() + "):", ""]
        for path in routes:
            rate, limit = GOALS[path]
            r = at_goal[(2, path)]
            lines.append(f"- `{path}` at {rate} req/s with 2 workers, p99 ≤ {limit} ms: "
                         f"{verdict(r['p99'] <= limit and not r['errors'])} (p99 {r['p99']:.1f} ms)")
        for path in routes:
            one, two = (statistics.median(s["found"] for s in searches[(w, path)]) for w in (1, 2))
            one_hi, two_hi = (statistics.median(s["failed"] for s in searches[(w, path)]) for w in (1, 2))
            lines.append(f"- `{path}`, highest rate sustained with 2 workers ≥ 1.8× one worker: "
                         f"{verdict(one and two >= 1.8 * one)} ({two:.0f} against {one:.0f} req/s, medians: "
                         f"{two / one if one else float('nan'):.3f}×; the brackets allow "
                         f"{two / one_hi if one_hi else float('nan'):.3f}–{two_hi / one if one else float('nan'):.3f}×)")
        r = first[(1, "/v1/suggest")]
        lines.append(f"- first pass after `/readyz`, 1 worker, `/v1/suggest` at 200 req/s over new messages "
                     f"(no goal of its own; the warm route's is p99 ≤ 60 ms): p99 {r['p99']:.0f} ms, "
                     f"{r['over_limit']} of {r['sent']} over 100 ms")
        lines.append(f"- cold start to `/healthz` ≤ 2 s: {verdict(statistics.median(colds) <= 2)}")
        if hooks:
            lines.append("- every genuine delivery written back exactly once, every forged one refused: "
                         + verdict(hooks["written_once"] == hooks["genuine"] and a["rejected"] == hooks["forged_sent"]))
        lines += ["", "The latency goals need the 2 cores to the service and its load generator; on a machine "
                  "shared with other jobs read them next to the server CPU per request above.", "",
                  f"Run: `python bench/bench_service.py{' '.join([''] + sys.argv[1:])}` "
                  f"({(time.perf_counter() - began) / 60:.0f} min).", ""]
    write_section(args.section, "\n".join(lines))


if __name__ == "__main__":
    main()
