"""A store's own policy (YAML) checked against each region's statutory minimum.

::

    return_days: 7                  # days the customer has to return an item
    return_starts: delivery         # when those days start: delivery | dispatch | order
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

STORE_KEYS = ("return_days", "return_starts", "return_shipping_paid_by", "restocking_fee_percent",
              "warranty_months", "data_request_days", "voice")
PAYERS = ("buyer", "store")
STARTS = ("delivery", "dispatch", "order")


@dataclass(frozen=True)
class StorePolicy:
    """What the store promises its customers."""

    return_days: int | None = None
    return_starts: str | None = None
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
    # romanized_reply: the reply language for romanized customers (xborder.detect.romanized.store_setting)
    check_keys(data, STORE_KEYS + ("romanized_reply",), path, "store policy")
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
    if "return_starts" in data:
        value = data["return_starts"]
        if value not in STARTS:
            line, col = data.where("return_starts")
            raise DataError(f"'return_starts' must be one of {', '.join(STARTS)}, not {value!r}", path, line, col)
        values["return_starts"] = value
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
    status: str                # "short" (below the statutory minimum), "condition", "unverified"
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
    def unverified(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "unverified")

    @property
    def meets(self) -> bool | None:
        """False when a term falls short; None when none does but some term could not be checked."""
        if self.shortfalls:
            return False
        return None if self.unverified else True

    def to_dict(self) -> dict[str, Any]:
        return {"region": self.region, "name": self.name, "meets_minimum": self.meets,
                "shortfalls": [f.to_dict() for f in self.shortfalls],
                "conditions": [f.to_dict() for f in self.findings if f.status == "condition"],
                "unverified": [f.to_dict() for f in self.unverified]}


def _calendar_span(days: int, unit: str | None) -> tuple[int, int]:
    """The fewest and the most calendar days a period of ``days`` in ``unit`` spans (working days:
    Monday to Friday; public holidays can only lengthen it)."""
    if unit == "working_days":
        return days + 2 * ((days - 1) // 5), days + 2 * (-(-days // 5))
    return days, days


def check_region(profile: Profile, store: StorePolicy) -> RegionCheck:
    """Compare each stated store term with the region's statutory minimum."""
    out: list[Finding] = []
    region = profile.region

    def add(field_: str, fact_key: str, status: str, law: Any, message: str) -> None:
        fact = profile.facts.get(fact_key)
        out.append(Finding(region, field_, fact_key, status, getattr(store, field_), law, message,
                           fact.source if fact else None))

    def unverified(field_: str, fact_key: str) -> None:
        fact = profile.facts.get(fact_key)
        note = fact.note if fact and fact.note else "no fact stated in the profile"
        add(field_, fact_key, "unverified", None, f"no statutory minimum could be checked: {note}")

    withdrawal = profile.facts.get("withdrawal_days")
    if store.return_days is not None:
        _check_return_window(profile, store, withdrawal, add, unverified)
    if store.return_shipping_paid_by == "buyer":
        cost = profile.facts.get("withdrawal_return_cost")
        if withdrawal is not None and withdrawal.value is not None:
            if cost is None or cost.value is None:
                unverified("return_shipping_paid_by", "withdrawal_return_cost")
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
                unverified("restocking_fee_percent", "withdrawal_fee_percent")
            elif store.restocking_fee_percent > fee.value:
                allowed = "no fee at all" if fee.value == 0 else f"at most {fee.value}%"
                add("restocking_fee_percent", "withdrawal_fee_percent", "short", fee.value,
                    f"the store keeps a {store.restocking_fee_percent}% restocking fee; on a withdrawal the law "
                    f"allows {allowed}" + (f" ({fee.extras['condition']})" if fee.extras.get("condition") else ""))
    if store.warranty_months is not None:
        _check_warranty(profile, store, add, unverified)
    if store.data_request_days is not None:
        dsar = profile.facts.get("dsar_deadline_days")
        if dsar is None or dsar.value is None:
            unverified("data_request_days", "dsar_deadline_days")
        else:
            unit = dsar.extras.get("unit")
            shortest, _ = _calendar_span(dsar.value, unit)
            label = f"{dsar.value} {'working days' if unit == 'working_days' else 'days'}"
            if store.data_request_days > shortest:
                add("data_request_days", "dsar_deadline_days", "short", dsar.value,
                    f"the store answers data requests in {store.data_request_days} days; the law requires "
                    f"{label}")
            elif store.data_request_days > dsar.value:
                add("data_request_days", "dsar_deadline_days", "condition", dsar.value,
                    f"{store.data_request_days} calendar days may exceed {label} depending on weekends "
                    "and holidays")
    return RegionCheck(region, profile.name, tuple(out))


def _check_return_window(profile: Profile, store: StorePolicy, withdrawal, add, unverified) -> None:
    """The store's return window against the withdrawal period: length, unit and when each starts."""
    if withdrawal is None or withdrawal.value is None:
        no_returns = profile.facts.get("no_returns_clause")
        if store.return_days == 0 and no_returns is not None and no_returns.value == "void":
            add("return_days", "no_returns_clause", "condition", "void",
                "a 'no returns' term is void except: " + str(no_returns.extras.get("exceptions", "")))
        else:
            unverified("return_days", "withdrawal_days")
        return
    unit = withdrawal.extras.get("unit")
    shortest, longest = _calendar_span(withdrawal.value, unit)
    label = f"{withdrawal.value} {'working days' if unit == 'working_days' else 'days'}"
    starts_text = withdrawal.extras.get("starts")
    law_start = withdrawal.extras.get("start_event")
    store_start = store.return_starts or "delivery"
    if store.return_days < shortest:
        add("return_days", "withdrawal_days", "short", withdrawal.value,
            f"the store allows {store.return_days} days to return; the law gives {label} to withdraw without "
            f"a reason" + (f" from {starts_text}" if starts_text else ""))
        return
    slack = store.return_days - longest
    if law_start == "delivery" and store_start in ("dispatch", "order"):
        if slack <= 0:
            add("return_days", "withdrawal_days", "short", withdrawal.value,
                f"the store counts {store.return_days} days from {store_start}; the law gives {label} from "
                f"{starts_text or 'delivery'}, so the store's window ends before the law's once delivery "
                "takes any time")
        else:
            add("return_days", "withdrawal_days", "condition", withdrawal.value,
                f"the store counts {store.return_days} days from {store_start}; the law's {label} run from "
                f"{starts_text or 'delivery'}: the store falls short whenever delivery takes more than "
                f"{slack} days")
        return
    if law_start is None and store.return_starts in ("dispatch", "order"):
        add("return_days", "withdrawal_days", "condition", withdrawal.value,
            f"the store counts from {store_start}; check when the law's {label} start"
            + (f" ({starts_text})" if starts_text else ""))
    elif slack < 0:
        add("return_days", "withdrawal_days", "condition", withdrawal.value,
            f"{store.return_days} calendar days may be shorter than {label} when weekends or holidays "
            "fall inside the period")


def _check_warranty(profile: Profile, store: StorePolicy, add, unverified) -> None:
    """A commercial warranty is checked against the law's minimum for warranties offered (if any),
    and never counts against the legal guarantee, which applies anyway."""
    months = store.warranty_months
    minimum = profile.facts.get("commercial_warranty_minimum")
    guarantee = profile.facts.get("legal_guarantee_months")
    statement = profile.facts.get("commercial_warranty_statement")
    if minimum is not None and minimum.value is not None:
        unit = minimum.extras.get("unit", "months")
        label = f"{minimum.value} {unit}"
        scope = minimum.extras.get("scope")
        if unit == "days":
            short, certain = months * 31 < minimum.value, months * 28 >= minimum.value
        else:
            short, certain = months < minimum.value, months >= minimum.value
        if short and minimum.extras.get("applies") == "listed_goods":
            add("warranty_months", "commercial_warranty_minimum", "condition", minimum.value,
                f"the store's warranty is {months} months; the law sets at least {label}"
                + (f" for {scope}" if scope else " for listed goods"))
        elif short:
            add("warranty_months", "commercial_warranty_minimum", "short", minimum.value,
                f"the store's warranty is {months} months; a warranty offered must last at least {label}")
        elif not certain:
            add("warranty_months", "commercial_warranty_minimum", "condition", minimum.value,
                f"{months} months may be shorter than {label}; state the warranty in days")
    if guarantee is None or guarantee.value is None:
        if minimum is None or minimum.value is None:
            unverified("warranty_months", "legal_guarantee_months")
        return
    if months < guarantee.value:
        say = (f"; the warranty must include {statement.value}" if statement is not None and statement.value
               else "; say that the legal guarantee applies alongside it")
        add("warranty_months", "legal_guarantee_months", "condition", guarantee.value,
            f"the store's commercial warranty ({months} months) is shorter than the {guarantee.value}-month "
            f"legal guarantee; it may be, as long as it does not restrict the legal guarantee{say}")


def parse_regions(resources, spec: str) -> list[str]:
    """``DE,FR`` or ``all`` -> region codes (each must have a profile)."""
    if not spec or not spec.strip():
        raise InputError("--regions needs a comma-separated list of region codes, or 'all'")
    if spec.strip().lower() == "all":
        return profile_regions(resources)
    codes = [normalize_code(part) for part in spec.split(",") if part.strip()]
    for code in codes:
        get_profile(resources, code)  # raises for unknown / profile-less regions
    return list(dict.fromkeys(codes))


def check_store(resources, store: StorePolicy, regions: list[str]) -> list[RegionCheck]:
    """One :class:`RegionCheck` per region, in the order given."""
    return [check_region(get_profile(resources, r), store) for r in regions]
