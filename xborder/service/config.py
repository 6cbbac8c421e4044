"""Service settings, read once from the environment when the app is built (never at import)."""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..errors import InputError

KB = 1024
# What xborder can write to Zendesk custom ticket fields: XBORDER_ZENDESK_FIELD_<NAME> = the field's id.
ZENDESK_FIELDS = ("language", "region", "intent", "escalate", "reasons")


@dataclass(frozen=True)
class Helpdesk:
    """One helpdesk's webhook secret and write-back API (each ``None`` when not set)."""

    name: str
    secret: str | None = None
    url: str | None = None
    token: str | None = None
    email: str | None = None  # Zendesk: the API user's address
    fields: Mapping[str, int] = field(default_factory=dict)  # Zendesk: attribute -> custom ticket field id

    @property
    def can_write_back(self) -> bool:
        return bool(self.url and self.token and (self.name != "zendesk" or self.email))


@dataclass(frozen=True)
class Settings:
    """What the app needs: the API token, limits, the queue's database and the helpdesks."""

    api_token: str | None = None
    max_body_bytes: int = 256 * KB
    max_text_chars: int = 20_000
    timestamp_tolerance_s: int = 300
    db_path: Path | None = None
    worker: bool = True
    worker_poll_s: float = 0.2
    worker_threads: int = 4
    sla_hours: float | None = None
    business_hours: str | None = None
    helpdesks: Mapping[str, Helpdesk] = field(default_factory=dict)
    warmup_s: float = 60.0  # a worker's warm-up budget before /readyz (0: none)
    workers: int = 1  # worker processes behind the port: /readyz waits for all of them
    ready_dir: Path | None = None  # where each warmed worker leaves ``<pid>.ready`` (set by ``serve``)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """Settings from ``XBORDER_*`` variables (see docs/service.md)."""
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        def number(name: str, default, kind=int):
            raw = get(name)
            if raw is None:
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise InputError(f"{name}={raw!r} is not a number") from None
            if value < 0:
                raise InputError(f"{name}={raw!r} must not be negative")
            return value

        desks = {}
        for name in ("chatwoot", "zammad", "zendesk"):
            up = name.upper()
            desks[name] = Helpdesk(name, get(f"XBORDER_{up}_SECRET"), get(f"XBORDER_{up}_URL"),
                                   get(f"XBORDER_{up}_TOKEN"), get(f"XBORDER_{up}_EMAIL"),
                                   zendesk_fields(get) if name == "zendesk" else {})
        db = get("XBORDER_SERVICE_DB")
        hours = get("XBORDER_BUSINESS_HOURS")
        if hours:
            from ..timing.business_hours import parse_spec

            try:
                parse_spec(hours)  # a bad spec stops the start, not every delivery later
            except InputError as exc:
                raise InputError(f"XBORDER_BUSINESS_HOURS: {exc}") from None
        return cls(
            api_token=get("XBORDER_API_TOKEN"),
            max_body_bytes=number("XBORDER_MAX_BODY_BYTES", 256 * KB),
            max_text_chars=number("XBORDER_MAX_TEXT_CHARS", 20_000),
            timestamp_tolerance_s=number("XBORDER_WEBHOOK_TOLERANCE", 300),
            db_path=Path(db) if db else default_db_path(),
            worker=(get("XBORDER_SERVICE_WORKER") or "1") not in ("0", "false", "no", "off"),
            worker_poll_s=number("XBORDER_WORKER_POLL", 0.2, float),
            worker_threads=max(1, number("XBORDER_WORKER_THREADS", 4)),
            sla_hours=number("XBORDER_SLA_HOURS", None, float),
            business_hours=hours,
            helpdesks=desks,
            warmup_s=number("XBORDER_WARMUP_SECONDS", 60.0, float),
            workers=max(1, number("XBORDER_SERVE_WORKERS", 1)),
            ready_dir=Path(ready) if (ready := get("XBORDER_READY_DIR")) else None,
        )


def zendesk_fields(get) -> dict[str, int]:
    """``XBORDER_ZENDESK_FIELD_<NAME>`` -> {name: custom ticket field id}, for the names set."""
    out = {}
    for name in ZENDESK_FIELDS:
        variable = f"XBORDER_ZENDESK_FIELD_{name.upper()}"
        raw = get(variable)
        if raw is None:
            continue
        if not raw.isdigit() or int(raw) == 0:
            raise InputError(f"{variable}={raw!r} is not a Zendesk ticket field id (a positive whole number, "
                             "from Admin Center > Objects and rules > Tickets > Fields)")
        out[name] = int(raw)
    return out


def default_db_path() -> Path:
    """``$XDG_STATE_HOME/xborder/service.sqlite3`` (platformdirs' user state folder elsewhere)."""
    from platformdirs import user_state_dir

    return Path(user_state_dir("xborder")) / "service.sqlite3"


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) only listens on this machine."""
    if host.strip("[]").lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, settings: Settings) -> None:
    """Refuse a non-loopback address without ``XBORDER_API_TOKEN`` (the API would be open)."""
    if not settings.api_token and not is_loopback(host):
        raise InputError(f"refusing to listen on {host} without XBORDER_API_TOKEN: anyone who can reach it "
                         "could use the API; set a token, or listen on 127.0.0.1")
