"""The region-profile schema: which facts a profile may state, and how each is checked.

A profile file (``culture_rules/regions/DE.yaml``)::

    region: DE
    name: Germany
    inherits: EU
    facts:
      withdrawal_days:
        value: 14
        starts: delivery of the goods
        extension_months: 12
        source: "BGB §355(2), §356(2) no. 1, §356(3)"
        last_reviewed: 2026-11-23

Every fact has ``value``, ``source`` (law and article, or an official URL),
``last_reviewed`` (the day someone last checked the fact against its source) and,
once checked, ``source_date`` (the date of the source itself: the law's version
or consolidation, or the page's date), which ``policy audit`` compares with the
amendments recorded in ``culture_rules/amendments.yaml``. A fact nobody could verify has ``value: null`` and a
``note`` saying why — never a guess. Validation errors carry file:line:col.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Callable, NamedTuple

from ..errors import DataError
from ..yamlio import Node, check_keys

PROFILE_KEYS = ("region", "name", "inherits", "members", "zones", "notes", "facts")
FACT_COMMON_KEYS = ("value", "source", "last_reviewed", "source_date", "note")
START_EVENTS = ("delivery", "dispatch", "order")
DAY_UNITS = ("calendar_days", "working_days")
_HHMM = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
_ISO4217 = re.compile(r"^[A-Z]{3}$")
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Z]{2})?$")


def _fail(message: str, path: Path, node: Node, key: str | None = None) -> DataError:
    line, col = node.where(key)
    return DataError(message, path, line, col)


# -- value checkers: (value, path, node, key) -> None or raise -----------------------

def _int(minimum: int = 0) -> Callable:
    def check(value: Any, path: Path, node: Node, key: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _fail(f"'{key}' must be a whole number >= {minimum}, not {value!r}", path, node, key)
    check.kind = f"integer >= {minimum}"
    return check


def _number(value: Any, path: Path, node: Node, key: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _fail(f"'{key}' must be a number >= 0, not {value!r}", path, node, key)


def _text(value: Any, path: Path, node: Node, key: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"'{key}' must be non-empty text, not {value!r}", path, node, key)


def _bool(value: Any, path: Path, node: Node, key: str) -> None:
    if not isinstance(value, bool):
        raise _fail(f"'{key}' must be true or false, not {value!r}", path, node, key)


def _choice(*choices: str) -> Callable:
    def check(value: Any, path: Path, node: Node, key: str) -> None:
        if value not in choices:
            raise _fail(f"'{key}' must be one of {', '.join(choices)}, not {value!r}", path, node, key)
    return check


def _short_names(value: Any, path: Path, node: Node, key: str) -> None:
    """Language code -> the law's short name as written in that language (DSGVO, RGPD…)."""
    import re

    if not isinstance(value, dict) or not value or not all(
            isinstance(k, str) and re.fullmatch(r"[a-z]{2,3}", k) and isinstance(v, str) and v.strip()
            for k, v in value.items()):
        raise _fail(f"'{key}' must map language codes (de, pt…) to non-empty text", path, node, key)


def _text_list(value: Any, path: Path, node: Node, key: str) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(f"'{key}' must be a non-empty list of text", path, node, key)


def _languages(value: Any, path: Path, node: Node, key: str) -> None:
    _text_list(value, path, node, key)
    for code in value:
        if not _LANG.match(code):
            raise _fail(f"'{key}': '{code}' is not a language code like 'fr' or 'fr-CA'", path, node, key)


def _date(value: Any, path: Path, node: Node, key: str) -> None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return
    if isinstance(value, str):
        try:
            dt.date.fromisoformat(value)
            return
        except ValueError:
            pass
    raise _fail(f"'{key}' must be a date YYYY-MM-DD, not {value!r}", path, node, key)


def _mapping(fields: dict[str, Callable], required: tuple[str, ...]) -> Callable:
    def check(value: Any, path: Path, node: Node, key: str) -> None:
        if not isinstance(value, Node):
            raise _fail(f"'{key}' must be a mapping with {', '.join(required)}", path, node, key)
        check_keys(value, fields, path, f"'{key}'", required=required)
        for sub, checker in fields.items():
            if sub in value and value[sub] is not None:
                checker(value[sub], path, value, sub)
    return check


def _clock(value: Any, path: Path, node: Node, key: str) -> None:
    if not isinstance(value, str) or not _HHMM.match(value):
        raise _fail(f"'{key}' must be a quoted 24-hour time like \"21:00\", not {value!r}", path, node, key)


def _currency(value: Any, path: Path, node: Node, key: str) -> None:
    if not isinstance(value, str) or not _ISO4217.match(value):
        raise _fail(f"'{key}' must be an ISO 4217 currency code like \"EUR\", not {value!r}", path, node, key)


class FactSpec(NamedTuple):
    """One fact key: what its value must be, which extra fields it may carry, what it means."""

    check: Callable
    extras: dict
    meaning: str


FACTS: dict[str, FactSpec] = {
    "withdrawal_days": FactSpec(
        _int(1), {"starts": _text, "start_event": _choice(*START_EVENTS), "extension_months": _int(0),
                  "unit": _choice(*DAY_UNITS), "scope": _text, "refund_means": _choice("same_means", "money", "any"),
                  "refund_includes_delivery": _bool},
        "days in which a consumer may withdraw from a distance (online) sale without giving a reason"),
    "withdrawal_return_cost": FactSpec(
        _choice("consumer", "trader"), {"condition": _text},
        "who bears the direct cost of returning goods after a withdrawal"),
    "refund_deadline_days": FactSpec(
        _int(1), {"starts": _text, "unit": _choice(*DAY_UNITS), "scope": _text},
        "days within which a trader must reimburse a consumer who withdrew (counted from 'starts')"),
    "faulty_goods_remedy": FactSpec(
        _choice("seller", "manufacturer"), {"free_of_charge": _bool, "period": _text, "scope": _text,
                                            "answer_days": _int(1), "reject_days": _int(1),
                                            "refund_for_fault": _text},
        "who must put right goods that are faulty on delivery (repair, replace, refund); free_of_charge: "
        "the remedy, postage included, costs the consumer nothing; answer_days: the most calendar days "
        "the seller may take to answer the consumer's complaint about a fault; reject_days: the days after delivery "
        "within which faulty goods may be rejected for a full refund; refund_for_fault: the refund the consumer may "
        "claim for a fault whatever the store's terms, in words (a store refusing it conflicts with the law)"),
    "withdrawal_fee_percent": FactSpec(
        _number, {"condition": _text},
        "the most a trader may keep (restocking or cancellation fee, % of price) on a withdrawal"),
    "legal_guarantee_months": FactSpec(
        _int(1), {"burden_reversal_months": _int(0), "repair_extension_months": _int(0),
                  "repair_extension_since": _date, "scope": _text},
        "months during which the seller answers for a lack of conformity (statutory, not commercial)"),
    "withdrawal_online_function": FactSpec(
        _bool, {"since": _date, "scope": _text},
        "whether a seller must offer an online withdrawal function (a 'withdraw from contract' button)"),
    "no_returns_clause": FactSpec(
        _choice("void", "allowed", "misleading"), {"exceptions": _text, "scope": _text},
        "whether a 'no returns, no exchange' term binds the consumer (misleading: it cannot exclude the "
        "remedies for faulty goods and saying so misleads)"),
    "commercial_warranty_minimum": FactSpec(
        _int(1), {"unit": _choice("days", "months"), "applies": _choice("all_goods", "listed_goods"),
                  "scope": _text},
        "the shortest commercial warranty (guarantee) a seller may offer, where the law sets one"),
    "commercial_warranty_statement": FactSpec(
        _text, {},
        "what a commercial warranty must tell the consumer about the legal guarantee"),
    "privacy_law": FactSpec(_text, {"authority": _text, "short_names": _short_names, "short_names_source": _text},
                            "the general personal-data law"),
    "dsar_deadline_days": FactSpec(
        _int(1), {"extension_days": _int(0), "unit": _choice(*DAY_UNITS), "period": _text},
        "days to answer a data-subject access request"),
    "breach_notification_hours": FactSpec(
        _int(1), {"to": _text, "scope": _text},
        "hours to notify the regulator of a personal-data breach"),
    "consumer_language": FactSpec(
        _languages, {"scope": _text},
        "languages the law requires for consumer information and contracts"),
    "customs_de_minimis": FactSpec(
        _mapping({"amount": _number, "currency": _currency, "covers": _text}, ("amount", "currency")),
        {"effective": _date},
        "import value under which no customs duty is charged"),
    "consumer_authorities": FactSpec(
        _text_list, {},
        "bodies customers turn to (authorities, ombudsmen, consumer associations, platforms)"),
    "quiet_hours": FactSpec(
        _mapping({"start": _clock, "end": _clock}, ("start", "end")), {"scope": _text},
        "local hours (from start to end) when the business must not call or message the consumer"),
}

# Facts the contract puts at the top level of ``policy show --json``.
CONTRACT_FACTS = ("withdrawal_days", "legal_guarantee_months", "privacy_law", "dsar_deadline_days",
                  "breach_notification_hours", "consumer_authorities")


def validate_fact(key: str, node: Any, path: Path, parent: Node, *, require_source: bool = True) -> None:
    """Check one fact node; raise DataError with file:line:col on the first problem."""
    from ..errors import suggest

    if key not in FACTS:
        raise _fail(f"unknown fact '{key}'{suggest(key, FACTS)} (facts: {', '.join(FACTS)})", path, parent, key)
    spec = FACTS[key]
    if not isinstance(node, Node):
        raise _fail(f"fact '{key}' must be a mapping with value, source and last_reviewed", path, parent, key)
    check_keys(node, FACT_COMMON_KEYS + tuple(spec.extras), path, f"fact '{key}'",
               required=("value", "last_reviewed"))
    _date(node["last_reviewed"], path, node, "last_reviewed")
    if node.get("source_date") is not None:
        _date(node["source_date"], path, node, "source_date")
    value = node["value"]
    if value is None:
        if not isinstance(node.get("note"), str) or not node["note"].strip():
            raise _fail(f"fact '{key}' is null: add a 'note' saying why it is not stated", path, node, "value")
    else:
        spec.check(value, path, node, "value")
    source = node.get("source")
    if source is not None:
        _text(source, path, node, "source")
    elif value is not None and require_source:
        raise _fail(f"fact '{key}' has no source: give the law and article, or an official page URL",
                    path, parent, key)
    if "note" in node:
        _text(node["note"], path, node, "note")
    for extra, checker in spec.extras.items():
        if extra in node and node[extra] is not None:
            checker(node[extra], path, node, extra)
