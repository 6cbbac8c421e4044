"""Never hang, never crash: deadlines, bounded retries with backoff, a circuit breaker.

deep-translator calls ``requests`` without a timeout, so a silent server would
block forever. Two guards:

* a hook on ``requests.Session.request`` gives every request made *from a
  translation worker thread* the remaining time budget as its socket timeout
  (other code's requests are left alone: the hook only acts when the thread-local
  budget is set);
* the provider call runs in a daemon worker thread that the caller waits for at
  most the remaining budget, so even a slow DNS lookup or a server that drips
  bytes cannot hold the caller past its deadline.
"""
from __future__ import annotations

import functools
import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

_local = threading.local()
_hook_lock = threading.Lock()
_hook_installed = False

# Failure reasons (also the ``fallback`` value of a result and the end of the flag's rule id).
TIMEOUT = "timeout"
UNREACHABLE = "unreachable"
HTTP_ERROR = "http_error"
MALFORMED = "malformed_response"
PLACEHOLDERS = "placeholder_mismatch"
CIRCUIT_OPEN = "circuit_open"
PROVIDER_ERROR = "provider_error"
NOT_CONFIGURED = "not_configured"
UNSUPPORTED = "unsupported_language"
RETRYABLE = frozenset({TIMEOUT, UNREACHABLE, HTTP_ERROR})


class ProviderFailure(Exception):
    """A translation attempt failed; ``reason`` is one of the constants above.

    The message is written here, never copied from the provider's exception,
    which may quote the API key or the text sent.
    """

    def __init__(self, reason: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status

    @property
    def retryable(self) -> bool:
        if self.reason == HTTP_ERROR:
            return self.status is None or self.status == 429 or self.status >= 500
        return self.reason in RETRYABLE


def install_request_timeout_hook() -> None:
    """Make requests made by translation workers honour their thread's budget (idempotent)."""
    global _hook_installed
    with _hook_lock:
        if _hook_installed:
            return
        import requests

        original = requests.Session.request

        @functools.wraps(original)
        def request(self, method, url, *args, **kwargs):
            budget = getattr(_local, "deadline", None)
            if budget is not None and kwargs.get("timeout") is None and len(args) <= 6:
                kwargs["timeout"] = max(0.05, budget - time.monotonic())
            response = original(self, method, url, *args, **kwargs)
            if budget is not None:
                _local.last_status = response.status_code
            return response

        requests.Session.request = request
        _hook_installed = True


def call_with_deadline(fn: Callable[[], Any], deadline: float, grace: float = 0.25) -> Any:
    """Run ``fn`` in a daemon thread; raise ProviderFailure(TIMEOUT) if it outlives ``deadline``."""
    install_request_timeout_hook()
    box: dict[str, Any] = {}

    def work() -> None:
        _local.deadline = deadline
        _local.last_status = None
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread below
            box["error"] = exc
            box["status"] = getattr(_local, "last_status", None)

    worker = threading.Thread(target=work, name="xborder-translate", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()) + grace)
    if worker.is_alive():
        raise ProviderFailure(TIMEOUT, "the provider did not answer in time")
    if "error" in box:
        raise classify(box["error"], box.get("status"))
    return box["value"]


def classify(exc: BaseException, status: int | None) -> ProviderFailure:
    """Turn whatever the provider client raised into a ProviderFailure with a safe message."""
    import requests

    if isinstance(exc, ProviderFailure):
        return exc
    if isinstance(exc, requests.exceptions.Timeout):
        return ProviderFailure(TIMEOUT, "the provider did not answer in time")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return ProviderFailure(UNREACHABLE, "could not connect to the provider")
    if status is not None and not 200 <= status < 300:
        return ProviderFailure(HTTP_ERROR, f"the provider answered HTTP {status}", status)
    if isinstance(exc, (ValueError, KeyError, IndexError, TypeError, AttributeError)):
        return ProviderFailure(MALFORMED, "the provider's answer was not the expected JSON")
    if type(exc).__name__ == "TranslationNotFound":
        return ProviderFailure(MALFORMED, "the provider's answer held no translation")
    if type(exc).__name__ in ("RequestError", "ServerException", "TooManyRequests"):
        return ProviderFailure(HTTP_ERROR, "the provider reported an error")
    if type(exc).__name__ in ("AuthorizationException", "MicrosoftAPIerror"):
        return ProviderFailure(HTTP_ERROR, "the provider refused the request (check the key)", 403)
    return ProviderFailure(PROVIDER_ERROR, f"the provider client failed ({type(exc).__name__})")


def with_retries(attempt: Callable[[float], Any], *, budget: float, retries: int,
                 backoff: float, sleep: Callable[[float], None] = time.sleep) -> Any:
    """Call ``attempt(deadline)`` until it succeeds, at most ``1 + retries`` times, within ``budget`` s.

    Only timeouts, network errors, HTTP 429 and 5xx are retried; pauses double
    from ``backoff`` (with jitter) and are cut short by the deadline.
    """
    if budget <= 0:
        raise ProviderFailure(TIMEOUT, "the time allowed for this translation ran out")
    deadline = time.monotonic() + budget
    for number in range(retries + 1):
        try:
            return attempt(deadline)
        except ProviderFailure as failure:
            remaining = deadline - time.monotonic()
            if not failure.retryable or number == retries or remaining <= 0.05:
                raise
            pause = min(backoff * (2 ** number) * random.uniform(0.8, 1.2), remaining - 0.05)
            if pause > 0:
                sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass
class CircuitBreaker:
    """Fail fast after ``threshold`` failed translations in a row, for ``cooldown`` seconds.

    After the cool-down one trial call goes through (half-open): success closes
    the circuit, failure opens it again.
    """

    threshold: int = 3
    cooldown: float = 60.0
    failures: int = 0
    opened_at: float | None = None

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._trial = False

    def allow(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            if self.opened_at is None:
                return True
            if now - self.opened_at >= self.cooldown and not self._trial:
                self._trial = True  # half-open: let exactly one call try
                return True
            return False

    def record(self, ok: bool, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            self._trial = False
            if ok:
                self.failures, self.opened_at = 0, None
                return
            self.failures += 1
            if self.failures >= self.threshold or self.opened_at is not None:
                self.opened_at = now

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None

    def seconds_left(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        return 0.0 if self.opened_at is None else max(0.0, self.cooldown - (now - self.opened_at))
