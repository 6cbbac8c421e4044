"""Customer and agent names: structured parts, the locale's form of address.

Templates that greet the customer take ``customer_given_name``,
``customer_family_name`` and ``customer_title`` (``ms``, ``mr`` or ``none``;
absent means unknown), and the same for ``agent_``; the single
``customer_name`` / ``agent_name`` stays accepted. The partials read a
:class:`Person` (``customer``, ``agent``): its ``address`` is the form of
address the locale's convention asks for (``Frau García``, ``Pani Mario``,
``García`` before 様), or None when only a neutral greeting fits.
The conventions are data: ``culture_rules/address_forms.yaml``.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any, Mapping

from ..codes import VOICES
from ..errors import DataError, VariableError

FORMS_RELPATH = "culture_rules/address_forms.yaml"
TITLES = ("ms", "mr", "none")
ROLES = ("customer", "agent")
PARTS = ("given_name", "family_name", "title")
_FIELDS = {"title", "given", "family", "full", "name", "title_voc", "given_voc"}
_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]"  # compiled on first use: wide ranges cost ~2 ms


def _is_cjk_name(text: str) -> bool:
    return not text.isascii() and re.search(_CJK, text) is not None


@dataclass(frozen=True)
class AddressForms:
    """One language's conventions (see the data file's header)."""

    language: str
    titles: Mapping[str, str]
    formal: tuple[str, ...]
    informal: tuple[str, ...]
    family_first: bool = False
    vocative_titles: Mapping[str, str] | None = None
    salutations: Mapping[str, str] | None = None   # ms/mr -> the word that opens a titled formal greeting


@dataclass(frozen=True)
class Person:
    """A customer or agent as the templates see it."""

    given_name: str | None
    family_name: str | None
    title: str | None          # ms | mr | none | None (unknown)
    full_name: str | None      # both names in the locale's order, or the legacy single name
    address: str | None        # the form of address for the greeting; None -> neutral greeting
    salutation: str | None = None  # formal greeting word agreeing with the title ("Cara"), where the data gives one

    def __str__(self) -> str:
        return self.full_name or ""


def structured_variables(role: str) -> dict[str, dict[str, Any]]:
    """The declarations added to a template that takes ``<role>_name``."""
    label = "customer" if role == "customer" else "agent signing the reply"
    return {
        f"{role}_given_name": {"type": "text", "example": "María" if role == "customer" else "Alex",
                               "description": f"Given (first) name of the {label}."},
        f"{role}_family_name": {"type": "text", "example": "García" if role == "customer" else "Meyer",
                                "description": f"Family name (surname) of the {label}."},
        f"{role}_title": {"type": "choice", "choices": TITLES, "example": "ms" if role == "customer" else "none",
                          "description": f"Form of address of the {label}: ms, mr or none (absent: unknown)."},
    }


def load_forms(resources) -> dict[str, AddressForms]:
    """Language -> AddressForms, read once per Toolkit."""
    def load() -> dict[str, AddressForms]:
        from ..yamlio import Node, load_entries

        path = resources.data.find(FORMS_RELPATH)
        if path is None:
            raise DataError(f"missing {FORMS_RELPATH}")
        forms = {}
        for language, entry, line in load_entries(path, "languages"):
            if not isinstance(entry, Node) or not entry.get("source"):
                raise DataError(f"'{language}': needs titles, formal, informal and a source", path, line)
            patterns = {}
            for key in VOICES:
                values = tuple(str(p) for p in entry.get(key) or ())
                for pattern in values:
                    used = {f for _, f, _, _ in string.Formatter().parse(pattern) if f}
                    if not values or used - _FIELDS:
                        raise DataError(f"'{language}.{key}': unknown field in {pattern!r} "
                                        f"(fields: {', '.join(sorted(_FIELDS))})", path, line)
                patterns[key] = values
            titles = dict(entry.get("titles") or {})
            if set(titles) != {"ms", "mr"}:
                raise DataError(f"'{language}.titles' must give 'ms' and 'mr'", path, line)
            salutations = dict(entry.get("salutations") or {}) or None
            if salutations is not None and set(salutations) != {"ms", "mr"}:
                raise DataError(f"'{language}.salutations' must give 'ms' and 'mr'", path, line)
            forms[language] = AddressForms(
                language, titles, patterns["formal"], patterns["informal"],
                bool(entry.get("family_first", False)), dict(entry.get("vocative_titles") or {}) or None,
                salutations)
        return forms

    return resources.cached(("address_forms",), load)


def make_person(resources, role: str, bound: Mapping[str, Any], language: str, voice: str) -> Person:
    """The Person for ``role`` from a template's bound variables, in the convention of ``language``
    (a locale tag such as ``en-US`` takes its own entry when the data file has one)."""
    given = _clean(bound.get(f"{role}_given_name"))
    family = _clean(bound.get(f"{role}_family_name"))
    title = bound.get(f"{role}_title")
    legacy = _clean(bound.get(f"{role}_name"))
    table = load_forms(resources)
    forms = table.get(language) or table.get(language.split("-")[0])
    if title in ("ms", "mr") and (forms is None or forms.titles.get(title) is None):
        raise VariableError(f"'{role}_title' {title!r}: no form of address for it in language '{language}' "
                            f"(forms exist for {', '.join(sorted(load_forms(resources)))}); "
                            f"give '{role}_title none' or leave it out")
    full = _full_name(given, family, forms.family_first if forms else False) or legacy
    if not (given or family):
        address = legacy
        if legacy and forms is not None and forms.language == "pl":
            address = _polish_legacy_address(legacy, title, voice, forms)
        return Person(None, None, title, legacy, address)
    if forms is None:
        return Person(given, family, title, full, given or full)
    address, titled = _address(forms, voice, given, family, title, full)
    salutation = (forms.salutations or {}).get(title) if titled and voice != "informal" else None
    return Person(given, family, title, full, address, salutation)


def _polish_legacy_address(legacy: str, title: str | None, voice: str, forms: AddressForms) -> str | None:
    """The form of address from a one-field Polish name, its first word taken as the given name.
    Informal: the vocative ("Cześć, Mario!" also for "Maria Kowalska"), no name when that word is a
    surname (-ska). Formal: "Pani Mario" / "Panie Piotrze" when the title is known; otherwise no
    name, as the nominative "Dzień dobry, Maria!" mixes registers and the gender of "Pani"/"Pan"
    cannot be guessed."""
    if voice == "informal":
        first = legacy.split()[0]
        return None if re.search(r"(?:[sc]k|dzk)[aiy]$", first) else polish_vocative(first, title)
    vocative_title = (forms.vocative_titles or {}).get(title) if title in ("ms", "mr") else None
    if not vocative_title:
        return None
    return f"{vocative_title} {polish_vocative(legacy.split()[0], title)}"


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _full_name(given: str | None, family: str | None, family_first: bool) -> str | None:
    if not (given and family):
        return given or family
    # Family name first only for names written in the locale's script (Japanese writes "Maria García").
    if family_first and _is_cjk_name(family) and _is_cjk_name(given):
        return family + given
    return given + " " + family


def _address(forms: AddressForms, voice: str, given, family, title, full) -> tuple[str | None, bool]:
    """The form of address, and whether it carries the title."""
    fields: dict[str, str | None] = {
        "given": given, "family": family, "name": full,
        "full": full if given and family else None,
        "title": forms.titles.get(title) if title in ("ms", "mr") else None,
    }
    if forms.language == "pl":
        fields["given_voc"] = polish_vocative(given, title) if given else None
        fields["title_voc"] = (forms.vocative_titles or {}).get(title) if title in ("ms", "mr") else None
    patterns = forms.informal if voice == "informal" else forms.formal
    for pattern in patterns:
        used = [f for _, f, _, _ in string.Formatter().parse(pattern) if f]
        if all(fields.get(f) for f in used):
            return " ".join(pattern.format(**{f: fields[f] for f in used}).split()), "title" in used
    return None, False


# Polish vocative (wołacz) of given names. Feminine -a: -o (Maria -> Mario), hypocoristic
# -sia/-cia/-nia/-zia/-dzia/-la: -u (Kasia -> Kasiu, Ola -> Olu); masculine by final consonant
# (Piotr -> Piotrze, Tomasz -> Tomaszu, Marek -> Marku). Source: PWN, Słownik poprawnej
# polszczyzny, "wołacz"; names outside these patterns (foreign, indeclinable) are left as written.
_PL_IRREGULAR = {"paweł": "Pawle", "aleksander": "Aleksandrze", "piotr": "Piotrze", "jan": "Janie",
                 "ola": "Olu", "ala": "Alu", "ela": "Elu", "ula": "Ulu", "iza": "Izo", "ewa": "Ewo"}
_PL_MASC = (("ek", "ku"), ("ch", "chu"), ("sz", "szu"), ("cz", "czu"), ("rz", "rzu"), ("dz", "dzu"),
            ("st", "ście"), ("ł", "le"), ("r", "rze"), ("t", "cie"), ("d", "dzie"), ("n", "nie"),
            ("m", "mie"), ("b", "bie"), ("p", "pie"), ("f", "fie"), ("w", "wie"), ("s", "sie"),
            ("z", "zie"), ("k", "ku"), ("g", "gu"), ("h", "hu"), ("j", "ju"), ("l", "lu"), ("c", "cu"),
            ("ż", "żu"), ("ś", "siu"), ("ć", "ciu"), ("ń", "niu"), ("ź", "ziu"))


def polish_vocative(given: str, title: str | None) -> str:
    """The vocative of a Polish given name ("Maria" -> "Mario"); unknown shapes unchanged."""
    if " " in given or "-" in given or not given.isalpha():
        return given
    low = given.lower()
    if low in _PL_IRREGULAR:
        return _PL_IRREGULAR[low]
    if low.endswith(("sia", "cia", "nia", "zia")):
        return given[:-1] + "u"
    if low.endswith("a"):
        return given[:-1] + "o"
    if title == "ms":  # a feminine name not in -a (Ingrid, Beatrycze) does not decline
        return given
    if low[-1] in "aeiouyąęó":
        return given
    for ending, replacement in _PL_MASC:
        if low.endswith(ending):
            return given[:len(given) - len(ending)] + replacement
    return given
