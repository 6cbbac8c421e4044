"""Region profiles: load ``culture_rules/regions/<REGION>.yaml``, resolve inheritance, answer facts.

A member state names its parent (``inherits: EU``) and states only what its own
law changes; every other fact is the parent's, marked with where it came from.
Currency, weekend and time zones are not stored: they come from Babel (CLDR)
and pytz when asked.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple

from ..errors import DataError, InputError, suggest
from ..yamlio import Node, check_keys, load_yaml
from .notice import NOTICE
from .schema import CONTRACT_FACTS, FACT_COMMON_KEYS, FACTS, PROFILE_KEYS, validate_fact

REGIONS_DIR = "culture_rules/regions"
GROUPS = ("EU",)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ProfileNotFoundError(InputError, LookupError):
    """No profile for a region; ``near`` lists the profiles closest to it."""

    def __init__(self, message: str, region: str, near: tuple[str, ...]) -> None:
        super().__init__(message)
        self.region = region
        self.near = near


@dataclass(frozen=True)
class Fact:
    """One statutory fact: its value, the law behind it, and when it was last checked."""

    key: str
    value: Any
    source: str | None
    last_reviewed: dt.date
    note: str | None = None
    extras: Mapping[str, Any] = field(default_factory=dict)
    source_date: dt.date | None = None   # the source's own version or page date
    stated_in: str = ""          # the region whose file states it (differs from the profile's when inherited)
    path: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = {"value": plain_value(self.value), "source": self.source,
               "last_reviewed": self.last_reviewed.isoformat(),
               "source_date": self.source_date.isoformat() if self.source_date else None}
        out.update({k: plain_value(v) for k, v in self.extras.items()})
        if self.note:
            out["note"] = self.note
        out["stated_in"] = self.stated_in
        return out


@dataclass(frozen=True)
class Profile:
    """A region's resolved profile (its own facts over those it inherits)."""

    region: str
    name: str
    chain: tuple[str, ...]            # the region, then each ancestor
    facts: Mapping[str, Fact]
    path: str
    notes: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()

    def fact(self, key: str) -> Fact | None:
        """The fact, or None when no file in the chain states it."""
        if key not in FACTS:
            raise InputError(f"unknown fact '{key}'{suggest(key, FACTS)}")
        return self.facts.get(key)

    def value(self, key: str) -> Any:
        """The fact's value as plain data (``None`` when unknown or not stated)."""
        fact = self.fact(key)
        return None if fact is None else plain_value(fact.value)

    @property
    def country(self) -> str:
        return self.region.split("-")[0]

    @property
    def currency(self) -> str | None:
        """The current legal tender, from CLDR."""
        return current_currency(self.country)

    @property
    def weekend(self) -> list[str] | None:
        """Weekend days from CLDR week data (a group's when all its members agree)."""
        if self.members:
            days = {tuple(weekend_days(m) or ()) for m in self.members}
            return list(days.pop()) if len(days) == 1 else None
        return weekend_days(self.country)

    @property
    def timezones(self) -> list[str]:
        """IANA zones from pytz (a subdivision's own ``zones``; a group's members' zones)."""
        from ..timing.zones import country_timezones

        if self.zones:
            return list(self.zones)
        if self.members:
            return sorted({z for m in self.members for z in country_timezones().get(m, [])})
        return list(country_timezones().get(self.country, []))

    @property
    def last_reviewed(self) -> dt.date | None:
        """The oldest review date among the facts: the profile is as current as its stalest fact."""
        dates = [f.last_reviewed for f in self.facts.values()]
        return min(dates) if dates else None

    def to_dict(self) -> dict[str, Any]:
        """The ``policy show --json`` contract, plus per-fact detail under ``facts``."""
        out: dict[str, Any] = {"region": self.region, "name": self.name}
        for key in CONTRACT_FACTS:
            out[key] = self.value(key)
        out["weekend"] = self.weekend
        out["currency"] = self.currency
        out["timezones"] = self.timezones
        out["sources"] = {k: f.source for k, f in self.facts.items() if f.source}
        last = self.last_reviewed
        out["last_reviewed"] = last.isoformat() if last else None
        out["inherits"] = list(self.chain[1:])
        out["facts"] = {k: self.facts[k].to_dict() for k in FACTS if k in self.facts}
        if self.members:
            out["members"] = list(self.members)
        if self.notes:
            out["notes"] = list(self.notes)
        out["notice"] = NOTICE
        return out


# -- CLDR / pytz derived data -------------------------------------------------------

def current_currency(country: str) -> str | None:
    from babel.core import get_global

    for code, _start, end, tender in get_global("territory_currencies").get(country, ()):
        if end is None and tender:
            return code
    return None


def weekend_days(country: str) -> list[str] | None:
    from babel.core import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(f"und_{country}")
    except (UnknownLocaleError, ValueError):
        return None
    start, end = loc.weekend_start, loc.weekend_end
    days, day = [], start
    while True:
        days.append(WEEKDAYS[day])
        if day == end:
            return days
        day = (day + 1) % 7


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code CLDR knows (it has a currency history)."""
    from babel.core import get_global

    return code in get_global("territory_currencies")


def territory_name(code: str) -> str | None:
    from babel import Locale

    return Locale("en").territories.get(code.split("-")[0])


# -- region codes -------------------------------------------------------------------

def normalize_code(region: Any) -> str:
    """``de`` -> ``DE``, ``us_ca`` -> ``US-CA``, ``eu`` -> ``EU``; InputError for anything else."""
    import re

    if not isinstance(region, str) or not region.strip():
        raise InputError("a region code is required (ISO 3166-1 like 'DE', a subdivision like 'US-CA', or 'EU')")
    code = region.strip().upper().replace("_", "-")
    if not re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", code):
        raise InputError(f"invalid region '{region}': expected an ISO 3166 code like 'DE', 'US-CA' or 'EU'")
    return code


def profile_regions(resources) -> list[str]:
    """Codes of every region that has a profile file (bundled and user folders)."""
    return sorted(_profile_files(resources))


def _profile_files(resources) -> dict[str, Path]:
    def scan() -> dict[str, Path]:
        found = {}
        for rel, path in resources.data.listing(REGIONS_DIR, "*.yaml").items():
            found[Path(rel).stem.upper()] = path
        return found
    return resources.cached("policy:files", scan)


# -- loading ------------------------------------------------------------------------

class RawProfile(NamedTuple):
    """One file as written: its own facts only."""

    region: str
    name: str
    inherits: str | None
    facts: Mapping[str, Fact]
    path: Path
    notes: tuple[str, ...]
    members: tuple[str, ...]
    zones: tuple[str, ...]
    inherits_at: tuple[int, int] = (1, 1)


def load_raw(path: Path, expected: str, *, require_source: bool = True) -> RawProfile:
    """Read and validate one profile file (DataError with file:line:col on any problem)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("a region profile must be a mapping with region, name and facts", path, 1)
    check_keys(data, PROFILE_KEYS, path, "region profile", required=("region", "name", "facts"))
    region = data["region"]
    if not _is_code(region):
        raise DataError(f"'region' must be an upper-case quoted code like \"DE\", not {region!r}",
                        path, *data.where("region"))
    if region != expected:
        raise DataError(f"'region: {region}' does not match the file name ({expected}.yaml)",
                        path, *data.where("region"))
    if not isinstance(data["name"], str) or not data["name"].strip():
        raise DataError("'name' must be the region's name", path, *data.where("name"))
    inherits = data.get("inherits")
    if inherits is not None and not _is_code(inherits):
        raise DataError(f"'inherits' must be a region code like \"EU\", not {inherits!r}",
                        path, *data.where("inherits"))
    notes = data.get("notes") or []
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise DataError("'notes' must be a list of text", path, *data.where("notes"))
    members = _code_list(data, "members", path, require_source)
    zones = _zone_list(data, path)
    raw_facts = data["facts"]
    if not isinstance(raw_facts, Node):
        raise DataError("'facts' must be a mapping of fact name -> {value, source, last_reviewed}",
                        path, *data.where("facts"))
    facts = {}
    for key, node in raw_facts.items():
        validate_fact(str(key), node, path, raw_facts, require_source=require_source)
        extras = {k: v for k, v in node.items() if k not in FACT_COMMON_KEYS}
        facts[key] = Fact(key=key, value=_freeze(node["value"]), source=node.get("source"),
                          last_reviewed=_as_date(node["last_reviewed"]),
                          source_date=_as_date(node.get("source_date")), note=node.get("note"),
                          extras=MappingProxyType({k: _freeze(v) for k, v in extras.items()}),
                          stated_in=region, path=str(path), line=raw_facts.where(key)[0])
    return RawProfile(region, data["name"].strip(), inherits, MappingProxyType(facts), path,
                      tuple(notes), members, zones, data.where("inherits"))


def _as_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _is_code(value: Any) -> bool:
    import re

    return isinstance(value, str) and re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", value) is not None


def _code_list(data: Node, key: str, path: Path, require_source: bool) -> tuple[str, ...]:
    """``members: {value: [AT, BE, ...], source: ..., last_reviewed: ...}`` of a group profile."""
    if key not in data:
        return ()
    node = data[key]
    if not isinstance(node, Node):
        raise DataError(f"'{key}' must be a mapping with value (a list of codes), source and last_reviewed",
                        path, *data.where(key))
    check_keys(node, ("value", "source", "last_reviewed", "note"), path, f"'{key}'",
               required=("value", "source", "last_reviewed"))
    codes = node["value"]
    if not isinstance(codes, list) or not codes:
        raise DataError(f"'{key}' value must be a list of quoted ISO codes", path, *node.where("value"))
    for code in codes:
        if not isinstance(code, str) or not is_country_code(code):
            raise DataError(f"'{key}': {code!r} is not an ISO 3166-1 code (quote codes like \"NO\")",
                            path, *node.where("value"))
    return tuple(codes)


def _zone_list(data: Node, path: Path) -> tuple[str, ...]:
    from ..timing.zones import country_timezones

    if "zones" not in data:
        return ()
    zones = data["zones"]
    country = str(data.get("region", "")).split("-")[0]
    if not isinstance(zones, list) or not zones:
        raise DataError("'zones' must be a list of IANA zone names", path, *data.where("zones"))
    for zone in zones:
        if zone not in country_timezones().get(country, []):
            raise DataError(f"'zones': {zone!r} is not a zone of {country} in the IANA database"
                            f"{suggest(str(zone), country_timezones().get(country, []))}",
                            path, *data.where("zones"))
    return tuple(zones)


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def plain_value(value: Any) -> Any:
    """A fact value as plain JSON types (mappings and sequences copied)."""
    if isinstance(value, Mapping):
        return {k: plain_value(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [plain_value(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def raw_profile(resources, region: str, *, require_source: bool = True) -> RawProfile:
    files = _profile_files(resources)
    return resources.cached(("policy:raw", region, require_source),
                          lambda: load_raw(files[region], region, require_source=require_source))


def resolve(resources, region: str, *, require_source: bool = True) -> Profile:
    """Merge a region's file over its ancestors' (cycles and missing parents are data errors)."""
    def build() -> Profile:
        files = _profile_files(resources)
        chain: list[RawProfile] = []
        code: str | None = region
        while code is not None:
            if any(r.region == code for r in chain):
                raise DataError(f"inheritance cycle: {' -> '.join(r.region for r in chain)} -> {code}",
                                chain[-1].path, *chain[-1].inherits_at)
            if code not in files:
                raise DataError(f"'inherits: {code}': no profile file {code}.yaml"
                                f"{suggest(code, files)}", chain[-1].path, *chain[-1].inherits_at)
            chain.append(raw_profile(resources, code, require_source=require_source))
            code = chain[-1].inherits
        facts: dict[str, Fact] = {}
        for raw in reversed(chain):
            facts.update(raw.facts)
        own = chain[0]
        return Profile(region=region, name=own.name, chain=tuple(r.region for r in chain),
                       facts=MappingProxyType({k: facts[k] for k in FACTS if k in facts}),
                       path=str(own.path), notes=own.notes,
                       members=own.members, zones=own.zones)
    return resources.cached(("policy:profile", region, require_source), build)


def near_regions(resources, code: str) -> tuple[str, ...]:
    """Profiles close to ``code``: its country, its group (EU), neighbours sharing an official language."""
    from babel.core import get_global

    known = profile_regions(resources)
    near: list[str] = []
    country = code.split("-")[0]
    if country != code and country in known:
        near.append(country)
    near.extend(r for r in known if r.startswith(country + "-") and r != code)
    for group in GROUPS:
        if group in known and country in resolve_members(resources, group):
            near.append(group)
    langs = get_global("territory_languages")

    def official(c: str) -> set[str]:
        return {lang.split("_")[0] for lang, info in langs.get(c, {}).items()
                if info.get("official_status") in ("official", "de_facto_official")}
    mine = official(country)
    if mine and country not in known:
        near.extend(r for r in known if "-" not in r and r not in GROUPS and official(r) & mine)
    seen: list[str] = []
    for r in near:
        if r not in seen and r != code:
            seen.append(r)
    return tuple(seen[:8])


def resolve_members(resources, group: str) -> tuple[str, ...]:
    try:
        return raw_profile(resources, group).members
    except KeyError:
        return ()


def get_profile(resources, region: str) -> Profile:
    """The resolved profile of ``region``.

    Unknown code -> :class:`InputError`; a real region without a profile ->
    :class:`ProfileNotFoundError` naming the near ones; a malformed or unsourced
    file -> :class:`DataError` with file:line.
    """
    code = normalize_code(region)
    files = _profile_files(resources)
    if code in files:
        return resolve(resources, code)
    country = code.split("-")[0]
    known = ", ".join(sorted(files))
    if code not in GROUPS and not is_country_code(country):
        raise InputError(f"unknown region '{region}': not an ISO 3166-1 code"
                         f"{suggest(code, files) or '; regions with a profile: ' + known}")
    near = near_regions(resources, code)
    name = territory_name(code)
    label = f"'{code}' ({name})" if name and "-" not in code else f"'{code}'"
    hint = f"; near ones: {', '.join(near)}" if near else ""
    raise ProfileNotFoundError(f"no policy profile for region {label}{hint} "
                               f"(regions with a profile: {known})", code, near)


def effective_profile(resources, region: str | None) -> Profile | None:
    """The profile that governs a customer in ``region``: its own, else its country's
    (``US-NY`` -> ``US``), else its group's (``AT`` -> ``EU``); None when none applies."""
    if not region:
        return None
    try:
        return resources.cached(("policy.effective", region), lambda: _effective_profile(resources, region))
    except TypeError:  # an unhashable region: let normalize_code say what is wrong
        return _effective_profile(resources, region)


def _effective_profile(resources, region: Any) -> Profile | None:
    code = normalize_code(region)
    files = _profile_files(resources)
    country = code.split("-")[0]
    for candidate in (code, country):
        if candidate in files:
            return resolve(resources, candidate)
    for group in GROUPS:
        if group in files and country in resolve_members(resources, group):
            return resolve(resources, group)
    return None


def region_fact(resources, region: str | None, key: str) -> Any:
    """The value of fact ``key`` for a customer in ``region`` (plain data), or None.

    Falls back from a subdivision to its country and from a member state to its
    group, as :func:`effective_profile` does; None when no profile applies or the
    fact is unknown. ``quiet_hours`` gives ``{"start": "21:00", "end": "08:00"}``.
    """
    if key not in FACTS:
        raise InputError(f"unknown fact '{key}'{suggest(key, FACTS)}")
    profile = effective_profile(resources, region)
    return None if profile is None else profile.value(key)


def all_profiles(resources, *, require_source: bool = True) -> list[Profile]:
    return [resolve(resources, r, require_source=require_source) for r in profile_regions(resources)]
