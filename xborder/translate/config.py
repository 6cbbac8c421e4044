"""Which translation provider to use, and how patiently: env, ``xborder.toml``, defaults.

Precedence, highest first: keyword options passed by the caller (the CLI's
``--provider``), the environment (``XBORDER_TRANSLATOR``, ``XBORDER_TRANSLATOR_URL``,
``XBORDER_TRANSLATOR_KEY``), ``xborder.toml`` in the first user data folder, then
``xborder.toml`` in the user config folder (``~/.config/xborder/`` on Linux).
The first file found is used; the two are not merged.

The file::

    translator = "libre"              # google | deepl | microsoft | libre | mymemory | none
    url = "http://localhost:5000/"    # libre only (required there)
    key = "…"                         # deepl, microsoft (required), libre (optional)

    [translate]
    timeout = 10            # seconds for one translation, retries included
    retries = 2             # extra attempts after a timeout, a network error, HTTP 429 or 5xx
    backoff = 0.5           # first pause between attempts, doubled each time
    breaker_threshold = 3   # failed translations in a row that open the circuit
    breaker_cooldown = 60   # seconds the open circuit fails fast before one trial call
    cache = true
    cache_dir = "…"         # default: $XBORDER_CACHE_DIR, else the user cache folder (platformdirs)
    cache_max_entries = 10000
    redact = ["email", "url", "iban", "card", "phone", "tracking", "order", "number"]
    region = "westeurope"   # microsoft only: the resource's region
    max_chars = 4500        # longest piece sent in one request

    [translate.patterns]    # extra redaction patterns: kind = regular expression
    customer_id = "CU-[0-9]{6}"
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping, NoReturn

from ..errors import DataError, InputError, suggest

ENV_PROVIDER = "XBORDER_TRANSLATOR"
ENV_URL = "XBORDER_TRANSLATOR_URL"
ENV_KEY = "XBORDER_TRANSLATOR_KEY"
CONFIG_FILE = "xborder.toml"
PROVIDERS = ("none", "google", "deepl", "microsoft", "libre", "mymemory")
PATTERN_KINDS = ("email", "url", "iban", "card", "phone", "tracking", "order", "number")
_TOP_KEYS = ("translator", "url", "key")


@dataclass(frozen=True)
class TranslatorConfig:
    """Everything that decides where text goes and how failures are handled."""

    provider: str = "none"
    url: str | None = None
    key: str | None = field(default=None, repr=False)
    region: str | None = None
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 0.5
    breaker_threshold: int = 3
    breaker_cooldown: float = 60.0
    cache: bool = True
    cache_dir: str | None = None
    cache_max_entries: int = 10_000
    redact: tuple[str, ...] = PATTERN_KINDS
    patterns: tuple[tuple[str, str], ...] = ()
    max_chars: int = 4500
    origin: str = "defaults"  # where the provider setting came from, for messages

    def with_options(self, options: Mapping[str, Any], origin: str = "options") -> "TranslatorConfig":
        """A copy with caller options applied (validated like file values)."""
        values = {}
        for name, value in options.items():
            if value is None:
                continue
            if name not in _FIELD_TYPES:
                raise InputError(f"unknown translation option '{name}'{suggest(name, _FIELD_TYPES)}")
            values[name] = _coerce(name, value, origin)
        if "provider" in values:
            values["origin"] = origin
        return replace(self, **values)


_FIELD_TYPES = {f.name: f.type for f in fields(TranslatorConfig) if f.name != "origin"}
_TABLE_KEYS = tuple(k for k in _FIELD_TYPES if k not in ("provider", "url", "key"))


def _coerce(name: str, value: Any, origin: str, line: int | None = None) -> Any:
    """Check one setting's type and range; errors name the origin (file:line or env var)."""
    def error(message: str) -> NoReturn:
        if line is not None:
            raise DataError(message, origin, line)
        raise InputError(message if origin == "options" else f"{origin}: {message}")

    def fail(expected: str) -> NoReturn:
        error(f"'{name}' must be {expected}, not {value!r}")

    if name == "provider":
        if not isinstance(value, str):
            fail("a provider name")
        name_ = value.strip().lower()
        if name_ not in PROVIDERS:
            error(f"unknown translation provider '{value}'{suggest(name_, PROVIDERS)}"
                  f" (choose one of {', '.join(PROVIDERS)})")
        return name_
    if name in ("url", "key", "region", "cache_dir"):
        if not isinstance(value, str):
            fail("a string")
        return value.strip() or None
    if name in ("timeout", "backoff", "breaker_cooldown"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 \
                or (name == "timeout" and value == 0):
            fail("a positive number of seconds")
        return float(value)
    if name in ("retries", "breaker_threshold", "cache_max_entries", "max_chars"):
        low = {"retries": 0, "breaker_threshold": 1, "cache_max_entries": 1, "max_chars": 50}[name]
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            fail(f"a whole number of at least {low}")
        return value
    if name == "cache":
        if not isinstance(value, bool):
            fail("true or false")
        return value
    if name == "redact":
        if isinstance(value, str):
            value = [v for v in re.split(r"[,\s]+", value) if v]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            fail(f"a list of kinds ({', '.join(PATTERN_KINDS)})")
        for kind in value:
            if kind not in PATTERN_KINDS:
                error(f"unknown redaction kind '{kind}'{suggest(kind, PATTERN_KINDS)}")
        return tuple(dict.fromkeys(value))
    if name == "patterns":
        if isinstance(value, Mapping):
            items = list(value.items())
        elif isinstance(value, (list, tuple)) and all(isinstance(i, (list, tuple)) and len(i) == 2 for i in value):
            items = list(value)
        else:
            fail("a table of kind = \"regular expression\"")
        out = []
        for kind, pattern in items:
            if not isinstance(kind, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", kind) \
                    or not isinstance(pattern, str):
                fail("a table of kind = \"regular expression\" (kinds in lower case)")
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                error(f"pattern '{kind}' is not a valid regular expression: {exc}")
            if compiled.match(""):
                fail("patterns that never match an empty string")
            out.append((kind, pattern))
        return tuple(out)
    raise AssertionError(name)  # pragma: no cover


def _key_line(text: str, key: str) -> int | None:
    """The line where ``key = …`` is set (tomllib reports no positions for values)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return lineno
    return None


def config_paths(resources) -> list[Path]:
    """Where ``xborder.toml`` is looked for, first found wins."""
    from platformdirs import user_config_dir

    paths = []
    if resources is not None and resources.data.user_roots:
        paths.append(resources.data.user_roots[0] / CONFIG_FILE)
    paths.append(Path(user_config_dir("xborder")) / CONFIG_FILE)
    return paths


def read_config_file(path: Path) -> dict[str, Any]:
    """The translation settings of one ``xborder.toml``, validated; DataError with file:line."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 (byte {exc.start})", path) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise DataError(f"TOML syntax error: {reason}", path,
                        int(match.group(1)) if match else None,
                        int(match.group(2)) if match else None) from None
    values: dict[str, Any] = {}
    for key in _TOP_KEYS:  # other top-level keys belong to other parts of xborder
        if key in data:
            values["provider" if key == "translator" else key] = _coerce(
                "provider" if key == "translator" else key, data[key], str(path), _key_line(text, key))
    table = data.get("translate", {})
    if not isinstance(table, dict):
        raise DataError("'translate' must be a table ([translate])", path, _key_line(text, "translate"))
    for key, value in table.items():
        if key not in _TABLE_KEYS:
            hint = suggest(key, _TABLE_KEYS)
            where = " (set it at the top of the file)" if key in ("translator", "url", "key") else ""
            raise DataError(f"unknown key '{key}' in [translate]{hint or where}", path,
                            _key_line(text, key))
        values[key] = _coerce(key, value, str(path), _key_line(text, key) or _key_line(text, "translate"))
    return values


def load_config(resources=None, environ: Mapping[str, str] | None = None,
                **options: Any) -> TranslatorConfig:
    """The effective configuration for ``resources`` (file reads cached on it)."""
    env = os.environ if environ is None else environ

    def from_file() -> tuple[dict[str, Any], str | None]:
        for path in config_paths(resources):
            if path.is_file():
                return read_config_file(path), str(path)
        return {}, None

    if resources is not None:
        file_values, file_path = resources.cached(("translate", "config_file"), from_file)
    else:
        file_values, file_path = from_file()
    config = TranslatorConfig()
    if file_values:
        config = replace(config, **file_values,
                         origin=file_path if "provider" in file_values else config.origin)
    env_values = {}
    for var, name in ((ENV_PROVIDER, "provider"), (ENV_URL, "url"), (ENV_KEY, "key")):
        if env.get(var, "").strip():
            env_values[name] = _coerce(name, env[var], var)
    if env_values:
        config = replace(config, **env_values,
                         origin=ENV_PROVIDER if "provider" in env_values else config.origin)
    return config.with_options(options) if options else config
