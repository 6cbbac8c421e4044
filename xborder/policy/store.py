"""A store's own policy (YAML) checked against each region's statutory minimum.

::

    return_days: 7                  # days the customer has to return an item
    return_shipping_paid_by: buyer  # buyer | store
    restocking_fee_percent: 15      # kept from the refund on a return
    warranty_months: 12             # the store's own guarantee
    data_request_days: 30           # days to answer a personal-data request
    voice: {nl: informal, de: formal}  # brand voice per locale (or language): formal | informal

Every key is optional; an unknown key or a wrong type is a file:line error.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, InputError, XborderError
from ..yamlio import Node, check_keys, load_yaml
from .profiles import Profile, get_profile, normalize_code, profile_regions

STORE_KEYS = ("return_days", "return_shipping_paid_by", "restocking_fee_percent", "warranty_months",
              "data_request_days", "voice")
PAYERS = ("buyer", "store")


@dataclass(frozen=True)
class StorePolicy:
    """What the store promises its customers."""

    return_days: int | None = None
    return_shipping_paid_by: str | None = None
    restocking_fee_percent: float | None = None
    warranty_months: int | None = None
    data_request_days: int | None = None
    path: str | None = None
    voice: dict[str, str] = field(default_factory=dict)  # locale or language -> formal | informal

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in STORE_KEYS}


def load_store_policy(path: str | Path) -> StorePolicy:
    """Read a store policy file; DataError with file:line:col for any unknown key or bad value."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"store policy file '{path}' does not exist")
    data = load_yaml(path)
    if data is None:
        raise DataError("the store policy file is empty; give at least one of " + ", ".join(STORE_KEYS), path, 1)
    if not isinstance(data, Node):
        raise DataError("a store policy must be a mapping of " + ", ".join(STORE_KEYS), path, 1)
    check_keys(data, STORE_KEYS, path, "store policy")
    values: dict[str, Any] = {}
    for key in ("return_days", "warranty_months", "data_request_days"):
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                line, col = data.where(key)
                raise DataError(f"'{key}' must be a whole number of {key.split('_')[-1]} >= 0, "
                                f"not {value!r}", path, line, col)
            values[key] = value
    if "restocking_fee_percent" in data:
        value = data["restocking_fee_percent"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            line, col = data.where("restocking_fee_percent")
            raise DataError(f"'restocking_fee_percent' must be a number from 0 to 100, not {value!r}",
                            path, line, col)
        values["restocking_fee_percent"] = value
    if "return_shipping_paid_by" in data:
        value = data["return_shipping_paid_by"]
        if value not in PAYERS:
            line, col = data.where("return_shipping_paid_by")
            raise DataError(f"'return_shipping_paid_by' must be one of {', '.join(PAYERS)}, not {value!r}",
                            path, line, col)
        values["return_shipping_paid_by"] = value
    if "voice" in data:
        values["voice"] = _voices(data, path)
    return StorePolicy(**values, path=str(path))


def _voices(data: Node, path: Path) -> dict[str, str]:
    """``voice:`` -> {locale tag or language: formal | informal}; file:line errors."""
    from ..i18n.locale import normalize

    node = data["voice"]
    if not isinstance(node, Node):
        line, col = data.where("voice")
        raise DataError("'voice' must map locales to formal or informal, like {nl: informal}", path, line, col)
    out = {}
    for locale, value in node.items():
        line, col = node.where(locale)
        if value not in ("formal", "informal"):
            raise DataError(f"'voice.{locale}' must be formal or informal, not {value!r}", path, line, col)
        try:
            out[normalize(str(locale))] = value
        except XborderError as exc:
            raise DataError(f"'voice.{locale}': {exc}", path, line, col) from None
    return out


@dataclass(frozen=True)
class Finding:
    """One comparison of a store term with a region's law."""

    region: str
    field: str                 # the store key
    fact: str                  # the profile fact compared
    status: str                # "short" (below the statutory minimum), "condition", "unknown"
    store: Any
    law: Any
    message: str
    source: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "fact": self.fact, "status": self.status, "store": self.store,
                "law": self.law, "message": self.message, "source": self.source}


@dataclass(frozen=True)
class RegionCheck:
    """Every finding for one region; ``meets`` is False when any term falls short."""

    region: str
    name: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def shortfalls(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "short")

    @property
    def meets(self) -> bool:
        return not self.shortfalls

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "name": self.name, "meets_minimum": self.meets,
                "shortfalls": [f.to_dict() for f in self.shortfalls],
                "conditions": [f.to_dict() for f in self.findings if f.status == "condition"],
                "unknown": [f.to_dict() for f in self.findings if f.status == "unknown"]}


def _calendar_floor(days: int, unit: str | None) -> int:
    """The fewest calendar days a period of ``days`` in ``unit`` can span (working days: whole weeks)."""
    if unit == "working_days":
        return days + 2 * ((days - 1) // 5)
    return days


def check_region(profile: Profile, store: StorePolicy) -> RegionCheck:
    """Compare each stated store term with the region's statutory minimum."""
    out: list[Finding] = []
    region = profile.region

    def add(field_: str, fact_key: str, status: str, law: Any, message: str) -> None:
        fact = profile.facts.get(fact_key)
        out.append(Finding(region, field_, fact_key, status, getattr(store, field_), law, message,
                           fact.source if fact else None))

    def unknown(field_: str, fact_key: str) -> None:
        fact = profile.facts.get(fact_key)
        note = fact.note if fact and fact.note else "no fact stated in the profile"
        add(field_, fact_key, "unknown", None, f"no statutory minimum stated: {note}")

    withdrawal = profile.facts.get("withdrawal_days")
    if store.return_days is not None:
        if withdrawal is None or withdrawal.value is None:
            unknown("return_days", "withdrawal_days")
        elif store.return_days < withdrawal.value:
            starts = withdrawal.extras.get("starts")
            add("return_days", "withdrawal_days", "short", withdrawal.value,
                f"the store allows {store.return_days} days to return; the law gives {withdrawal.value} days "
                f"to withdraw without a reason" + (f" from {starts}" if starts else ""))
    if store.return_shipping_paid_by == "buyer":
        cost = profile.facts.get("withdrawal_return_cost")
        if withdrawal is not None and withdrawal.value is not None:
            if cost is None or cost.value is None:
                unknown("return_shipping_paid_by", "withdrawal_return_cost")
            elif cost.value == "trader":
                add("return_shipping_paid_by", "withdrawal_return_cost", "short", "trader",
                    "the store charges return shipping; the law puts the cost of a withdrawal return on the "
                    "trader" + (f" ({cost.extras['condition']})" if cost.extras.get("condition") else ""))
            elif cost.extras.get("condition"):
                add("return_shipping_paid_by", "withdrawal_return_cost", "condition", "consumer",
                    f"the buyer may be charged return shipping on a withdrawal: {cost.extras['condition']}")
    if store.restocking_fee_percent:
        fee = profile.facts.get("withdrawal_fee_percent")
        if withdrawal is not None and withdrawal.value is not None:
            if fee is None or fee.value is None:
                unknown("restocking_fee_percent", "withdrawal_fee_percent")
            elif store.restocking_fee_percent > fee.value:
                allowed = "no fee at all" if fee.value == 0 else f"at most {fee.value}%"
                add("restocking_fee_percent", "withdrawal_fee_percent", "short", fee.value,
                    f"the store keeps a {store.restocking_fee_percent}% restocking fee; on a withdrawal the law "
                    f"allows {allowed}" + (f" ({fee.extras['condition']})" if fee.extras.get("condition") else ""))
    if store.warranty_months is not None:
        guarantee = profile.facts.get("legal_guarantee_months")
        if guarantee is None or guarantee.value is None:
            unknown("warranty_months", "legal_guarantee_months")
        elif store.warranty_months < guarantee.value:
            add("warranty_months", "legal_guarantee_months", "short", guarantee.value,
                f"the store's warranty is {store.warranty_months} months; the statutory guarantee is "
                f"{guarantee.value} months, whatever the store offers")
    if store.data_request_days is not None:
        dsar = profile.facts.get("dsar_deadline_days")
        if dsar is None or dsar.value is None:
            unknown("data_request_days", "dsar_deadline_days")
        else:
            unit = dsar.extras.get("unit")
            floor = _calendar_floor(dsar.value, unit)
            label = f"{dsar.value} {'working days' if unit == 'working_days' else 'days'}"
            if store.data_request_days > floor:
                add("data_request_days", "dsar_deadline_days", "short", dsar.value,
                    f"the store answers data requests in {store.data_request_days} days; the law requires "
                    f"{label}")
            elif store.data_request_days > dsar.value:
                add("data_request_days", "dsar_deadline_days", "condition", dsar.value,
                    f"{store.data_request_days} calendar days may exceed {label} depending on weekends "
                    "and holidays")
    return RegionCheck(region, profile.name, tuple(out))


def parse_regions(toolkit, spec: str) -> list[str]:
    """``DE,FR`` or ``all`` -> region codes (each must have a profile)."""
    if not spec or not spec.strip():
        raise InputError("--regions needs a comma-separated list of region codes, or 'all'")
    if spec.strip().lower() == "all":
        return profile_regions(toolkit)
    codes = [normalize_code(part) for part in spec.split(",") if part.strip()]
    for code in codes:
        get_profile(toolkit, code)  # raises for unknown / profile-less regions
    return list(dict.fromkeys(codes))


def check_store(toolkit, store: StorePolicy, regions: list[str]) -> list[RegionCheck]:
    """One :class:`RegionCheck` per region, in the order given."""
    return [check_region(get_profile(toolkit, r), store) for r in regions]
