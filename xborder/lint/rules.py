"""Lint rule files: one rule per YAML file under ``culture_rules/lint/<style>/``.

A rule's id is ``<style>.<FileStem>`` (Vale's convention). Every key is
validated here, with ``file:line:col`` for the offending key; the patterns are
compiled (and checked) by the rule's type in :mod:`xborder.lint.types`.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, NamedTuple

from ..errors import DataError, suggest
from ..results import SEVERITIES
from ..yamlio import Node, check_keys, load_yaml

RULES_FOLDER = "culture_rules/lint"

#: The contract's lint codes (DESIGN.md); ``policy_conflict`` comes from the policy area.
CODES = ("informal_address", "taboo_number", "gesture_emoji", "ambiguous_date", "wrong_currency_format",
         "idiom", "religious_insensitivity", "weekend_promise", "time_without_timezone", "name_order",
         "exclamation_overuse", "policy_conflict")

COMMON_KEYS = ("extends", "message", "level", "code", "applies_to", "description", "link",
               "should_flag", "should_pass", "disabled")
SELECTOR_KEYS = ("languages", "regions", "except_languages", "except_regions", "also_regions")
EXAMPLE_KEYS = ("text", "locale", "region", "team_timezone", "now", "voice",
                "customer_given_name", "customer_family_name")
MESSAGE_FIELDS = frozenset({"match", "suggestion", "locale", "region", "language"})


class Selector(NamedTuple):
    """Which customers a rule applies to: every listed dimension must match (empty = any), or the
    customer's region is one of ``also_regions`` (English idioms: every language but English, and
    English where customers read it as a second language)."""

    languages: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    except_languages: frozenset[str] = frozenset()
    except_regions: frozenset[str] = frozenset()
    also_regions: frozenset[str] = frozenset()

    def matches(self, language: str, region: str | None) -> bool:
        country = region.split("-")[0] if region else None
        if region and (region in self.also_regions or country in self.also_regions):
            return True
        if self.languages and language not in self.languages:
            return False
        if self.regions and not (region in self.regions or country in self.regions):
            return False
        if language in self.except_languages:
            return False
        if region and (region in self.except_regions or country in self.except_regions):
            return False
        return True


class Example(NamedTuple):
    """A should-flag or should-pass example; options default from the rule."""

    text: str
    locale: str | None = None
    region: str | None = None
    team_timezone: str | None = None
    now: str | None = None
    voice: str | None = None          # None: the market's default voice
    customer_given_name: str | None = None
    customer_family_name: str | None = None


@dataclass(frozen=True)
class Rule:
    """One validated rule file. ``options`` holds the keys specific to its type."""

    id: str
    extends: str
    code: str
    level: str
    message: str
    applies_to: Selector
    description: str
    link: str
    should_flag: tuple[Example, ...]
    should_pass: tuple[Example, ...]
    options: Mapping[str, Any] = field(default_factory=dict)
    disabled: bool = False
    path: str = ""
    node: Any = field(default=None, repr=False, compare=False)

    def where(self, key: str) -> int | None:
        """The line of ``key`` in the rule file (for error messages)."""
        if self.node is None:
            return None
        return self.node.where(key)[0]

    def example_locale(self) -> tuple[str, str | None]:
        """A locale (and region) the rule applies to, for examples that do not name one."""
        from babel.core import get_global

        sel = self.applies_to
        likely = get_global("likely_subtags")
        languages = sorted(sel.languages)
        regions = sorted(r for r in sel.regions if "-" not in r)
        if languages and regions:
            return f"{languages[0]}-{regions[0]}", regions[0]
        if languages:
            parts = likely.get(languages[0], languages[0]).split("_")
            return f"{languages[0]}-{parts[-1]}", parts[-1]
        if regions:
            spoken = get_global("territory_languages").get(regions[0], {})
            official = [lang for lang, info in spoken.items() if info.get("official_status") == "official"]
            language = (official or list(spoken) or ["en"])[0].split("_")[0]
            return f"{language}-{regions[0]}", regions[0]
        for tag, region in (("en-US", "US"), ("de-DE", "DE"), ("fr-FR", "FR")):
            if sel.matches(tag.split("-")[0], region):
                return tag, region
        return "en-US", "US"


def _strings(value: Any, path: Path, node: Node, key: str, what: str) -> tuple[str, ...]:
    line, col = node.where(key)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise DataError(f"'{key}' in {what} must be a non-empty list of strings", path, line, col)
    for item in value:
        if not isinstance(item, str) or not item:
            raise DataError(f"'{key}' in {what} must hold non-empty strings, got {item!r}", path, line, col)
    return tuple(value)


def _selector(node: Any, path: Path, parent: Node) -> Selector:
    if node is None:
        return Selector()
    if not isinstance(node, Node):
        line, col = parent.where("applies_to")
        raise DataError("'applies_to' must be a mapping with languages and/or regions", path, line, col)
    check_keys(node, SELECTOR_KEYS, path, "applies_to")
    values: dict[str, frozenset[str]] = {}
    for key in SELECTOR_KEYS:
        if key not in node:
            continue
        items = _strings(node[key], path, node, key, "applies_to")
        line, col = node.where(key)
        if "language" in key:
            bad = [i for i in items if not (i.isalpha() and i.islower() and 2 <= len(i) <= 3)]
            what = "a lower-case ISO 639 language code ('de', 'pt')"
        else:
            bad = [i for i in items if not _is_region(i)]
            what = "an ISO 3166 region code in quotes ('DE', 'US-CA', 'NO')"
        if bad:
            raise DataError(f"'{key}' entry {bad[0]!r} is not {what}", path, line, col)
        values[key] = frozenset(items)
    return Selector(**values)


def _is_region(code: str) -> bool:
    head, _, sub = code.partition("-")
    return len(head) == 2 and head.isalpha() and head.isupper() and (not sub or sub.isalnum())


def _examples(value: Any, path: Path, node: Node, key: str) -> tuple[Example, ...]:
    line, col = node.where(key)
    if not isinstance(value, list) or not value:
        raise DataError(f"'{key}' must be a non-empty list of example texts", path, line, col)
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(Example(item))
        elif isinstance(item, Node):
            check_keys(item, EXAMPLE_KEYS, path, f"an example in '{key}'", required=("text",))
            for k in EXAMPLE_KEYS:
                if k in item and not isinstance(item[k], str):
                    eline, ecol = item.where(k)
                    raise DataError(f"example '{k}' must be a string", path, eline, ecol)
            out.append(Example(**{k: item[k] for k in EXAMPLE_KEYS if k in item}))
        else:
            raise DataError(f"'{key}' entries must be texts or mappings with 'text'", path, line, col)
    return tuple(out)


def message_fields(message: str) -> set[str]:
    """The ``{field}`` names a message uses (format syntax errors raise ValueError)."""
    return {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}


def parse_rule(rule_id: str, path: Path, types: Mapping[str, Any]) -> Rule:
    """Validate one rule file against the common keys and its type's own keys."""
    node = load_yaml(path)
    if not isinstance(node, Node):
        raise DataError("a lint rule file must hold a mapping (extends, message, level, code…)", path, 1, 1)
    if "extends" not in node:
        raise DataError("missing required key 'extends' in lint rule", path, node.line, node.column)
    extends = node["extends"]
    if extends not in types:
        line, col = node.where("extends")
        raise DataError(f"unknown rule type 'extends: {extends}'{suggest(str(extends), types)} "
                        f"(known: {', '.join(sorted(types))})", path, line, col)
    rule_type = types[extends]
    check_keys(node, COMMON_KEYS + tuple(rule_type.KEYS), path, f"'{extends}' rule",
               required=("message", "should_flag", "should_pass", "description", "link")
               + tuple(rule_type.REQUIRED))
    for key in ("message", "description", "link"):
        if not isinstance(node[key], str) or not node[key].strip():
            line, col = node.where(key)
            raise DataError(f"'{key}' must be a non-empty string", path, line, col)
    level = node.get("level", "warning")
    if level not in SEVERITIES:
        line, col = node.where("level")
        raise DataError(f"'level' must be one of {', '.join(SEVERITIES)}, not {level!r}", path, line, col)
    code = node.get("code", rule_type.DEFAULT_CODE)
    if code is None:
        raise DataError(f"missing required key 'code' in '{extends}' rule", path, node.line, node.column)
    if code not in CODES:
        line, col = node.where("code")
        raise DataError(f"unknown code {code!r}{suggest(str(code), CODES)}", path, line, col)
    try:
        fields = message_fields(node["message"])
    except ValueError as exc:
        line, col = node.where("message")
        raise DataError(f"'message' is not a valid template: {exc}", path, line, col) from None
    unknown = fields - MESSAGE_FIELDS - set(rule_type.FIELDS)
    if unknown:
        line, col = node.where("message")
        known = sorted(MESSAGE_FIELDS | set(rule_type.FIELDS))
        raise DataError(f"'message' uses unknown field {{{sorted(unknown)[0]}}} "
                        f"(known: {', '.join('{' + k + '}' for k in known)})", path, line, col)
    disabled = node.get("disabled", False)
    if not isinstance(disabled, bool):
        line, col = node.where("disabled")
        raise DataError("'disabled' must be true or false", path, line, col)
    options = {k: node[k] for k in rule_type.KEYS if k in node}
    return Rule(id=rule_id, extends=extends, code=code, level=level, message=node["message"].strip(),
                applies_to=_selector(node.get("applies_to"), path, node),
                description=node["description"].strip(), link=node["link"].strip(),
                should_flag=_examples(node["should_flag"], path, node, "should_flag"),
                should_pass=_examples(node["should_pass"], path, node, "should_pass"),
                options=options, disabled=disabled, path=str(path), node=node)


def rule_files(resources) -> dict[str, Path]:
    """Rule id -> file, over every data layer (a user file overrides the bundled one)."""
    files = {}
    prefix = RULES_FOLDER.rstrip("/") + "/"
    for rel, path in resources.data.listing(RULES_FOLDER, "*.yaml", recursive=True).items():
        parts = rel[len(prefix):].split("/")  # listing gives "culture_rules/lint/<style>/<Rule>.yaml"
        if len(parts) != 2:
            raise DataError(f"lint rules live one folder deep, as {RULES_FOLDER}/<style>/<Rule>.yaml", path)
        files[f"{parts[0]}.{parts[1][:-len('.yaml')]}"] = path
    return files
