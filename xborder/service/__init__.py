"""``xborder serve``: the HTTP API, helpdesk webhooks and the agent console (extra ``[server]``).

``xborder.service:app`` is built from the environment on first access, so importing
this package reads nothing; ``create_app(settings, toolkit)`` builds one explicitly.
"""
from __future__ import annotations

from typing import Any

__all__ = ["app", "create_app"]


def create_app(settings: Any = None, toolkit: Any = None):
    """The FastAPI app (see :func:`xborder.service.server.create_app`)."""
    from .server import create_app as build

    return build(settings, toolkit)


def __getattr__(name: str) -> Any:
    if name == "app":
        value = create_app()
        globals()["app"] = value
        return value
    raise AttributeError(f"module 'xborder.service' has no attribute {name!r}")
