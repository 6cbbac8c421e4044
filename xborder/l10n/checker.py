"""Run the checks over catalogs: ``xborder locales check``.

Which locales are complete is declared in ``locales/complete.yaml``::

    complete: [de, es, es-MX, fr]

A complete locale must translate every message of the POT through its
fallback chain: ``es-MX`` is complete when each message is translated in
``es_MX`` or, failing that, in ``es`` (partial regional catalogs hold only
what differs). Untranslated or fuzzy entries are errors there; elsewhere a
fuzzy entry is a warning and an untranslated one is counted by ``stats``.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import DataError, LocaleError
from .checks import (CHECKS, MIN_LENGTH_FOR_RATIO, CheckContext, Entry, run_entry_checks,
                     visible_length)
from .po import PoFile, read_catalog

COMPLETE_RELPATH = "locales/complete.yaml"
MIN_RATIO_SAMPLES = 5


@dataclass(frozen=True)
class Finding:
    """One problem in one catalog, at ``path:line``."""

    code: str
    severity: str
    message: str
    path: str
    line: int
    locale: str
    msgid: str | None = None

    def to_dict(self) -> dict:
        return {"locale": self.locale, "path": self.path, "line": self.line, "code": self.code,
                "severity": self.severity, "message": self.message, "msgid": self.msgid}

    def __str__(self) -> str:
        suffix = " (warning)" if self.severity != "error" else ""
        return f"{self.path}:{self.line}: {self.code}: {self.message}{suffix}"


@dataclass(frozen=True)
class CheckReport:
    """Every finding of one run, sorted by file and line."""

    locales: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != "error")

    def for_locale(self, tag: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.locale == tag)

    def to_dict(self) -> dict:
        return {"locales": list(self.locales),
                "summary": {"errors": len(self.errors), "warnings": len(self.warnings)},
                "findings": [f.to_dict() for f in self.findings]}


def entries(po: PoFile) -> list[Entry]:
    """The catalog's messages as check entries (msgstr lines kept per plural form)."""
    out = []
    for message in po.messages():
        if isinstance(message.id, (list, tuple)):
            msgid, plural = message.id[0], message.id[1]
            forms = tuple(s or "" for s in (message.string or ()))
        else:
            msgid, plural = message.id, None
            forms = (message.string or "",)
        out.append(Entry(msgid=msgid, forms=forms, msgid_plural=plural, line=message.lineno or 1,
                         form_lines=tuple(po.msgstr_line(message, i) for i in range(len(forms))),
                         fuzzy=message.fuzzy, forms_written=po.forms_written.get(message.lineno),
                         context=message.context))
    return out


def complete_locales(resources) -> frozenset[str]:
    """Tags listed in ``locales/complete.yaml`` (top-most layer); empty when there is none."""
    from ..i18n.locale import normalize
    from ..yamlio import Node, check_keys, load_yaml

    def load() -> frozenset[str]:
        path = resources.data.find(COMPLETE_RELPATH)
        if path is None:
            return frozenset()
        data = load_yaml(path)
        if data is None:
            return frozenset()
        if not isinstance(data, Node):
            raise DataError("expected a mapping with 'complete: [locale, ...]'", path, 1)
        check_keys(data, ("complete",), path, "complete.yaml", required=("complete",))
        line, col = data.where("complete")
        listed = data["complete"] or []
        if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
            raise DataError("'complete' must be a list of locale codes (quoted strings)", path, line, col)
        tags = set()
        for code in listed:
            try:
                tags.add(normalize(code))
            except LocaleError as exc:
                raise DataError(f"'complete' lists {exc}", path, line, col) from None
        return frozenset(tags)

    return resources.cached(("l10n", "complete"), load)


def plural_header_findings(po: PoFile) -> list[Finding]:
    """The catalog's ``Plural-Forms`` against the formulas known for its language (CLDR categories shown).

    A catalog written for an older or newer CLDR passes when its forms map onto
    those of a known formula (see :mod:`xborder.l10n.plurals`).
    """
    import gettext

    from ..i18n.locale import parse
    from .plurals import first_divergence, known_formulas, matching_formula

    locale = parse(po.tag)
    if matching_formula(locale, po.num_plurals, po.plural_expr) is not None:
        return []
    reference = next(known_formulas(locale))
    line = po.header_line("Plural-Forms")
    categories = ", ".join(sorted(locale.plural_form.tags | {"other"}))
    fix = f"write \"Plural-Forms: {reference.header}\""
    if all(po.num_plurals != f.nplurals for f in known_formulas(locale)):
        return [Finding("plural_forms", "error",
                        f"catalog declares nplurals={po.num_plurals}; {po.tag} has {reference.nplurals} "
                        f"(CLDR categories: {categories}): {fix}", str(po.path), line, po.tag)]
    same_count = next(f for f in known_formulas(locale) if f.nplurals == po.num_plurals)
    n = first_divergence(po.num_plurals, po.plural_expr, same_count) or 0
    return [Finding("plural_forms", "error",
                    f"plural expression groups n={n} wrongly for {po.tag} "
                    f"(form {gettext.c2py(po.plural_expr)(n)}; CLDR category "
                    f"'{locale.plural_form(n)}'): {fix}", str(po.path), line, po.tag)]


def _translated_keys(po: PoFile) -> set:
    return {e.key for e in entries(po) if e.translated and not e.fuzzy}


def typical_ratio(items: Iterable[Entry]) -> float | None:
    """Median length ratio translation/source of a catalog's translated entries (None if too few)."""
    ratios = []
    for entry in items:
        if entry.fuzzy or not entry.translated:
            continue
        source, text = entry.msgid_plural or entry.msgid, entry.forms[-1]
        if visible_length(source) >= MIN_LENGTH_FOR_RATIO:
            ratios.append(visible_length(text) / visible_length(source))
    return statistics.median(ratios) if len(ratios) >= MIN_RATIO_SAMPLES else None


def check_locales(resources, locales: Iterable[str] | None = None,
                  codes: Iterable[str] | None = None) -> CheckReport:
    """Check the catalogs of ``locales`` (default: all) with every check (or only ``codes``)."""
    from ..i18n.library import chain_of
    from ..i18n.locale import SOURCE_LOCALE
    from .glossary import load_glossary
    from .workflow import POT_RELPATH, catalog_paths

    if codes is not None:
        codes = list(codes)
        unknown = [c for c in codes if c not in CHECKS]
        if unknown:
            from ..errors import InputError, suggest
            raise InputError(f"unknown check '{unknown[0]}'{suggest(unknown[0], CHECKS)} "
                             f"(checks: {', '.join(CHECKS)})")
    every = catalog_paths(resources.data)
    selected = catalog_paths(resources.data, locales)
    complete = complete_locales(resources)
    for tag in complete:
        if tag not in every:
            raise DataError(f"'{tag}' is marked complete but has no catalog", resources.data.find(COMPLETE_RELPATH))
    pot_path = resources.data.find(POT_RELPATH)
    pot = read_catalog(pot_path, template=True) if pot_path else None
    read: dict[str, PoFile] = {}

    def po_of(tag: str) -> PoFile:
        if tag not in read:
            read[tag] = read_catalog(every[tag], tag)
        return read[tag]

    findings: list[Finding] = []
    for tag in selected:
        po = po_of(tag)
        chain = tuple(t for t in chain_of(resources, tag) if t not in (tag, SOURCE_LOCALE) and t in every)
        fallback_keys: set = set()
        for other in chain:
            fallback_keys |= _translated_keys(po_of(other))
        items = entries(po)
        ctx = CheckContext(tag=tag, nplurals=po.num_plurals, plural_expr=po.plural_expr,
                           glossary=load_glossary(resources, tag), complete=tag in complete,
                           fallback_translated=frozenset(fallback_keys), fallback_chain=chain,
                           length_ratio=typical_ratio(items))
        if codes is None or "plural_forms" in codes:
            findings.extend(plural_header_findings(po))
        for entry in items:
            for chk, issue in run_entry_checks(entry, ctx, codes):
                findings.append(Finding(chk.code, issue.severity or chk.severity, issue.message, str(po.path),
                                        entry.form_line(issue.form), tag, entry.msgid))
        if pot is not None and ctx.complete and (codes is None or "untranslated" in codes):
            findings.extend(_missing_from_catalog(po, pot, items, ctx))
    findings.sort(key=lambda f: (f.path, f.line, f.code))
    return CheckReport(tuple(selected), tuple(findings))


def _missing_from_catalog(po: PoFile, pot: PoFile, items: list[Entry], ctx: CheckContext) -> list[Finding]:
    have = {e.key for e in items}
    out = []
    for message in pot.messages():
        msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
        key = (message.context, msgid)
        if key not in have and key not in ctx.fallback_translated:
            out.append(Finding("untranslated", "error",
                               f"message {msgid[:50]!r} of {Path(pot.path).name} is not in the catalog; "
                               f"run 'xborder locales update {ctx.tag}'", str(po.path), 1, ctx.tag, msgid))
    return out
