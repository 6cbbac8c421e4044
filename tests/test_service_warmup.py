"""A worker warms up (detect, triage, classify, suggest per language) before /readyz says ready."""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from service_helpers import TOKEN, client, create_app, free_port, settings

# xborder.service.warmup and .server are imported inside the tests, not at collection: a logging
# dictConfig run by other tests meanwhile (Dask's) disables the loggers that exist by then.

AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Wrapped:
    """The session's Toolkit with some methods replaced."""

    def __init__(self, toolkit, **methods) -> None:
        self._toolkit, self._methods = toolkit, methods

    def __getattr__(self, name):
        return self._methods.get(name) or getattr(self._toolkit, name)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record) -> None:
        self.records.append(record)


@pytest.fixture()
def records():
    handler = Records()
    logger = logging.getLogger("xborder.service.warmup")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


def _wait_ready(c, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = c.get("/readyz")
        if got.status_code == 200:
            return got
        time.sleep(0.02)
    raise AssertionError("never ready")


def test_the_messages_are_the_projects_own_in_every_language(toolkit):
    from xborder.intents.lexicon import load_training, training_files
    from xborder.service.warmup import warm_messages

    items = warm_messages(toolkit.resources, toolkit.available_locales())
    files = training_files(toolkit.resources)
    texts = {text for text, _ in items}
    for name, path in files.items():  # each language (and romanization) is in, with the file's own words
        assert texts & {text for _, text in load_training(path)}, name
    regions = {region for _, region in items if region}
    assert {"CH", "MX", "BR", "TW", "CA"} <= regions  # each regional locale's catalogs and market


def test_readyz_is_503_while_warming_and_200_after(tmp_path, toolkit):
    release = threading.Event()

    def detect(text, **signals):
        release.wait(30)
        return toolkit.detect(text, **signals)

    app = create_app(settings(tmp_path), Wrapped(toolkit, detect=detect))
    with client(app) as c:
        assert c.get("/healthz").status_code == 200  # liveness does not wait for the warm-up
        waiting = c.get("/readyz")
        assert waiting.status_code == 503 and waiting.headers["retry-after"] == "1"
        assert waiting.headers["content-type"].startswith("application/problem+json")
        assert "warming up" in waiting.json()["detail"]
        # requests are still answered meanwhile (loading lazily)
        assert c.post("/v1/triage", json={"text": "hola, mi pedido?"}, headers=AUTH).status_code == 200
        release.set()
        ready = _wait_ready(c).json()
        assert ready["status"] == "ready"
        report = ready["warm_up"]
        assert report["complete"] and report["messages"] == report["planned"] > 40 and report["failures"] == 0


def test_the_warm_up_is_bounded_in_time(toolkit, records):
    from xborder.service.warmup import warm_up

    def slow_detect(text, **signals):
        time.sleep(0.05)
        return toolkit.detect(text, **signals)

    began = time.perf_counter()
    report = warm_up(Wrapped(toolkit, detect=slow_detect), budget_s=0.3)
    assert time.perf_counter() - began < 5
    assert not report.complete and 0 < report.messages < report.planned
    assert any(r.getMessage() == "warm-up stopped at its time budget" for r in records)
    nothing = warm_up(Wrapped(toolkit, detect=slow_detect), budget_s=0)
    assert nothing.messages == 0 and nothing.complete


def test_a_failing_warm_up_is_logged_and_the_server_serves(tmp_path, toolkit, records):
    def broken(*args, **kwargs):
        raise RuntimeError("catalog folder vanished")

    app = create_app(settings(tmp_path), Wrapped(toolkit, available_locales=broken))
    with client(app) as c:
        report = _wait_ready(c).json()["warm_up"]
        assert report["error"] == "RuntimeError: catalog folder vanished" and not report["complete"]
        assert c.post("/v1/detect", json={"text": "Hallo, wo bleibt meine Bestellung?"},
                      headers=AUTH).json()["language"] == "de"
    assert any(r.levelno == logging.ERROR and r.getMessage() == "warm-up failed: serving cold" for r in records)

    from xborder.service.warmup import warm_up

    report = warm_up(Wrapped(toolkit, classify=broken))  # one route failing: the others still warm
    assert report.failures == report.messages > 40 and report.first_failure.startswith("RuntimeError")
    assert any(r.levelno == logging.WARNING and r.getMessage() == "warm-up calls failed" for r in records)


def test_ready_marks_count_live_workers_only(tmp_path):
    from xborder.service.server import workers_ready

    assert workers_ready(None) is None
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / f"{os.getpid()}.ready").touch()
    (tmp_path / f"{gone.stdout.strip()}.ready").touch()  # a worker that died (uvicorn starts another)
    (tmp_path / "junk.ready").touch()
    assert workers_ready(tmp_path) == 1


def test_serve_with_two_workers_is_ready_once_both_warmed(tmp_path):
    port = free_port()
    env = {**os.environ, "XBORDER_API_TOKEN": TOKEN, "XBORDER_SERVICE_DB": str(tmp_path / "q.sqlite3"),
           "XBORDER_DATA": ""}
    log = open(tmp_path / "serve.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "xborder.cli.main", "serve", "--port", str(port), "--workers", "2"],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    statuses = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as r:
                    statuses.append(r.status)
                    body = json.loads(r.read())
                    break
            except urllib.error.HTTPError as exc:
                statuses.append(exc.code)
            except OSError:
                pass
            time.sleep(0.05)
        assert statuses and statuses[-1] == 200 and set(statuses) <= {200, 503}
        assert body["warm_up"]["complete"]
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()
    done = [json.loads(line) for line in (tmp_path / "serve.log").read_text().splitlines()
            if '"warm-up done"' in line]
    assert len(done) == 2  # each worker process warmed its own Toolkit
