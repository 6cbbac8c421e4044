"""The order context and store profile that ``suggest`` fills template variables from.

Both are JSON objects (the store profile may also be YAML); docs/suggest.md gives the
schema. Every key is checked: an unknown key or a value of the wrong type is an
InputError naming the key path ("order.customer.name: expected text, got a list").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError, XborderError, suggest

TEXT, MONEY, DATE, INT, URL, LIST, DICT = "text", "money", "date", "integer", "url", "list", "object"
REPLY_SETTING = "romanized reply setting"  # native | romanized | a locale, or {language: …, default: …}
VOICES = "brand voice per locale"  # {locale or language: formal | informal}, as the store profile's voice:

PERSON = {"name": TEXT, "given_name": TEXT, "family_name": TEXT, "title": TEXT, "email": TEXT, "phone": TEXT}
ORDER_SCHEMA: dict[str, Any] = {
    "order_id": TEXT,
    "customer": PERSON,
    "items": [{"name": TEXT, "sku": TEXT, "quantity": INT, "price": MONEY, "size": TEXT, "colour": TEXT}],
    "amounts": {"total": MONEY, "shipping": MONEY, "refund": MONEY, "duties": MONEY, "due": MONEY,
                "charged": MONEY},
    "carrier": TEXT,
    "tracking": {"number": TEXT, "url": URL, "carrier": TEXT},
    "dates": {"ordered": DATE, "shipped": DATE, "estimated_delivery": DATE, "new_estimated_delivery": DATE,
              "delivered": DATE, "refunded": DATE, "due": DATE},
    "address": {"name": TEXT, "line1": TEXT, "line2": TEXT, "city": TEXT, "region": TEXT, "postcode": TEXT,
                "country": TEXT},
    "agent": PERSON,
    "store": {"name": TEXT, "url": URL},
    "case_id": TEXT,
    "variables": DICT,
}
STORE_SCHEMA: dict[str, Any] = {
    "name": TEXT, "url": URL, "agent": PERSON, "support_email": TEXT,
    "return_days": INT, "refund_days": INT, "processing_days": INT, "response_hours": INT,
    "return_url": URL, "review_url": URL, "payment_url": URL, "tracking_url": URL,
    "return_shipping_paid_by": TEXT, "restocking_fee_percent": INT, "warranty_months": INT,
    "data_request_days": INT, "variables": DICT, "romanized_reply": REPLY_SETTING,
    "voice": VOICES,
}


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number")


def check(value: Any, schema: Any, where: str) -> None:
    """Raise InputError at the first key or value that does not fit ``schema``."""
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise InputError(f"{where}: expected an object, got {_type_name(value)}")
        for key, item in value.items():
            if key not in schema:
                raise InputError(f"{where}: unknown key '{key}'{suggest(str(key), schema)} "
                                 f"(allowed: {', '.join(schema)})")
            check(item, schema[key], f"{where}.{key}")
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise InputError(f"{where}: expected a list, got {_type_name(value)}")
        for i, item in enumerate(value):
            check(item, schema[0], f"{where}[{i}]")
        return
    if value is None:
        return
    if schema == INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{where}: expected a whole number, got {_type_name(value)}")
    elif schema == MONEY:
        from ..render.values import Money

        try:
            Money.parse(value)
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from None
    elif schema == DATE:
        import datetime as dt

        try:
            dt.date.fromisoformat(str(value)) if isinstance(value, str) else (_ for _ in ()).throw(ValueError)
        except ValueError:
            raise InputError(f"{where}: expected an ISO date like '2026-12-03', got {value!r}") from None
    elif schema == REPLY_SETTING:
        from ..detect.romanized import parse_setting

        try:
            parse_setting(value)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
    elif schema == VOICES:
        if not isinstance(value, dict):
            raise InputError(f"{where}: expected an object like {{\"nl\": \"informal\"}}, got {_type_name(value)}")
        from ..i18n.locale import normalize

        for locale, voice in value.items():
            if voice not in ("formal", "informal"):
                raise InputError(f"{where}.{locale}: expected formal or informal, got {voice!r}")
            try:
                normalize(str(locale))
            except XborderError as exc:
                raise InputError(f"{where}.{locale}: {exc}") from None
    elif schema == DICT:
        if not isinstance(value, dict):
            raise InputError(f"{where}: expected an object of template variables, got {_type_name(value)}")
    elif not isinstance(value, str):
        raise InputError(f"{where}: expected text, got {_type_name(value)}")


def load_object(source: str | Path | dict | None, what: str, schema: dict) -> dict | None:
    """A checked order or store object from a dict, or a JSON (or YAML, for the store) file."""
    if source is None:
        return None
    if isinstance(source, dict):
        data = source
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{what}: cannot read '{path}': {exc.strerror}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{what}: '{path}' is not UTF-8 (byte {exc.start})") from None
        if path.suffix.lower() in (".yaml", ".yml"):
            from ..yamlio import load_yaml

            data = load_yaml(path)
            data = json.loads(json.dumps(data, default=str)) if data is not None else None
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON in the {what}: {exc.msg}") from None
        if not isinstance(data, dict):
            raise InputError(f"{path}:1: the {what} must be a JSON object (see docs/suggest.md)")
    check(data, schema, what)
    return data


def _get(data: dict | None, *keys: Any) -> Any:
    for key in keys:
        if data is None:
            return None
        if isinstance(key, int):
            data = data[key] if isinstance(data, list) and len(data) > key else None
        else:
            data = data.get(key) if isinstance(data, dict) else None
    return data


def _name(person: dict | None) -> str | None:
    if not person:
        return None
    return person.get("name") or " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p) or None


def _address(address: dict | None) -> str | None:
    if not address:
        return None
    parts = [address.get(k) for k in ("name", "line1", "line2")]
    parts.append(" ".join(p for p in (address.get("postcode"), address.get("city")) if p))
    parts += [address.get("region"), address.get("country")]
    text = ", ".join(p for p in parts if p)
    return text or None


def order_values(order: dict | None) -> dict[str, Any]:
    """Template variable values an order context gives (None values left out)."""
    if not order:
        return {}
    first = _get(order, "items", 0) or {}
    values = {
        "order_id": order.get("order_id"),
        "customer_name": _name(order.get("customer")),
        "customer_given_name": _get(order, "customer", "given_name"),
        "customer_family_name": _get(order, "customer", "family_name"),
        "customer_title": _get(order, "customer", "title"),
        "customer_email": _get(order, "customer", "email"),
        "item_name": first.get("name"), "ordered_item": first.get("name"),
        "refund_amount": _get(order, "amounts", "refund"), "duties_amount": _get(order, "amounts", "duties"),
        "amount_due": _get(order, "amounts", "due"), "order_total": _get(order, "amounts", "total"),
        "carrier": _get(order, "tracking", "carrier") or order.get("carrier"),
        "tracking_number": _get(order, "tracking", "number"), "tracking_url": _get(order, "tracking", "url"),
        "new_delivery_date": _get(order, "dates", "new_estimated_delivery") or _get(order, "dates", "estimated_delivery"),
        "delivery_date": _get(order, "dates", "estimated_delivery"),
        "dispatch_date": _get(order, "dates", "shipped"), "shipped_date": _get(order, "dates", "shipped"),
        "order_date": _get(order, "dates", "ordered"), "delivered_date": _get(order, "dates", "delivered"),
        "due_date": _get(order, "dates", "due"),
        "shipping_address": _address(order.get("address")),
        "agent_name": _name(order.get("agent")),
        "agent_given_name": _get(order, "agent", "given_name"),
        "agent_family_name": _get(order, "agent", "family_name"),
        "agent_title": _get(order, "agent", "title"),
        "store_name": _get(order, "store", "name"),
        "case_id": order.get("case_id"),
        **(order.get("variables") or {}),
    }
    return {k: v for k, v in values.items() if v not in (None, "")}


def store_values(store: dict | None) -> dict[str, Any]:
    """Template variable values a store profile gives."""
    if not store:
        return {}
    values = {
        "store_name": store.get("name"), "agent_name": _name(store.get("agent")),
        "agent_given_name": _get(store, "agent", "given_name"), "agent_family_name": _get(store, "agent", "family_name"),
        "agent_title": _get(store, "agent", "title"),
        **{k: store.get(k) for k in ("return_days", "refund_days", "processing_days", "response_hours",
                                     "return_url", "review_url", "payment_url", "tracking_url", "support_email")},
        **(store.get("variables") or {}),
    }
    return {k: v for k, v in values.items() if v not in (None, "")}
