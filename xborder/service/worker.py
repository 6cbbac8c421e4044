"""The background worker: takes verified deliveries from the queue, analyses them, writes back.

Every call that changes the helpdesk is bracketed by durable step marks: ``started`` before
the note is posted, ``done`` after. A delivery found ``started`` (the process died in between)
is first looked up in the helpdesk by its marker, so the note is never posted twice.
Tags and attributes are set, not added, so repeating them is harmless.
"""
from __future__ import annotations

import logging
import random
import threading

from ..errors import XborderError
from .helpdesks import MARKER, WRITERS, Ignored, Permanent, Transient, parse
from .pipeline import analyze, plan

log = logging.getLogger("xborder.service.worker")
MAX_ATTEMPTS = 12


def backoff(attempts: int, retry_after: float | None = None, *, base: float = 0.5, cap: float = 300.0) -> float:
    """Exponential backoff with full jitter, never below the helpdesk's ``Retry-After``."""
    delay = random.uniform(0, min(cap, base * 2 ** attempts))
    return max(delay, retry_after or 0.0)


class Worker:
    """Worker threads in each service process; threads and processes share the queue through leases."""

    def __init__(self, toolkit, queue, settings, client=None) -> None:
        self.toolkit, self.queue, self.settings = toolkit, queue, settings
        if client is None:
            import httpx

            client = httpx.Client(timeout=10.0)
        self.client = client
        self.writers = {name: WRITERS[name](desk, client) for name, desk in settings.helpdesks.items()
                        if desk.can_write_back}
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self, threads: int = 1) -> None:
        """Run ``threads`` loops: the helpdesk calls of one overlap the analysis of another."""
        for n in range(threads):
            thread = threading.Thread(target=self.run, name=f"xborder-webhooks-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout)
        self.client.close()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.run_once()
            except Exception as exc:  # keep the worker alive; the delivery's lease lapses and it is retried
                log.error("worker error: %s", type(exc).__name__)
                busy = False
            if not busy:
                self._stop.wait(self.settings.worker_poll_s)

    def run_once(self) -> bool:
        """Process one due delivery; False when there was none."""
        item = self.queue.claim(self.writers)
        if item is None:
            return False
        try:
            self.process(item)
        except Permanent as exc:
            self.queue.finish(item.key, "failed", str(exc))
        except XborderError as exc:
            self.queue.finish(item.key, "failed", f"analysis: {type(exc).__name__}")
        except Exception as exc:  # Transient, or a bug: retried later, a bounded number of times
            reason = str(exc) if isinstance(exc, Transient) else f"error: {type(exc).__name__}"
            if not isinstance(exc, Transient):
                log.error("delivery %s: %s", item.key, type(exc).__name__)
            if item.attempts + 1 >= MAX_ATTEMPTS:
                self.queue.finish(item.key, "failed", f"gave up after {MAX_ATTEMPTS} attempts: {reason}")
            else:
                self.queue.retry(item.key, backoff(item.attempts, getattr(exc, "retry_after", None)), reason)
        return True

    def process(self, item) -> None:
        planned = item.plan
        if planned is None:
            try:
                incoming = parse(item.provider, item.body or b"")
            except Ignored as why:
                self.queue.finish(item.key, "ignored", str(why))
                return
            analysis = analyze(self.toolkit, incoming, business_hours=self.settings.business_hours,
                               sla_hours=self.settings.sla_hours)
            planned = {"target": incoming.target, **plan(analysis, item.key)}
            self.queue.save_plan(item.key, planned)
        writer, target = self.writers[item.provider], planned["target"]
        state = self.queue.step(item.key, "note")
        if state != "done":
            if state == "started" and writer.find_note(target, f"{MARKER}{item.key}"):
                log.info("note already posted before a restart: %s", item.key)
            else:
                self.queue.mark(item.key, "note", "started")
                writer.post_note(target, planned["note"])
            self.queue.mark(item.key, "note", "done")
        if self.queue.step(item.key, "tags") != "done":
            writer.apply_tags(target, planned["tags"], planned["attributes"])
            self.queue.mark(item.key, "tags", "done")
        self.queue.finish(item.key, "done")
