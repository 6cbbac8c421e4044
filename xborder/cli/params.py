"""Click parameter types and helpers that validate at the edge."""
from __future__ import annotations

import json
from typing import Any

import click


class KeyValue(click.ParamType):
    """``name=value`` for ``--var``."""

    name = "NAME=VALUE"

    def convert(self, value: Any, param, ctx) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        key, sep, val = str(value).partition("=")
        if not sep or not key.strip():
            self.fail(f"'{value}' is not NAME=VALUE (for example --var order_id=A-10293)", param, ctx)
        return key.strip(), val


def read_json_object(path: str, what: str = "--vars") -> dict[str, Any]:
    """A JSON object from a file (``-`` for stdin); InputError with file:line:col when malformed."""
    from ..errors import InputError

    try:
        if path == "-":
            with click.open_file("-", encoding="utf-8") as fh:
                text = fh.read()
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
    except OSError as exc:
        raise InputError(f"{what}: cannot read '{path}': {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{what}: '{path}' is not UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON in {what}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{path}:1: {what} is nested too deeply to read") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: {what} must hold a JSON object of variable names to values")
    return data


def echo_flags(flags) -> None:
    """Flags on stderr, one per line: ``warning untranslated: …``."""
    for flag in flags:
        where = f"{flag.span[0]}-{flag.span[1]} " if flag.span else ""
        hint = f" (suggestion: {flag.suggestion})" if flag.suggestion else ""
        click.echo(f"{where}{flag.severity} {flag.code}: {flag.message}{hint}", err=True)
