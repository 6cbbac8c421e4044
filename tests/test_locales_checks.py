"""Every translation check against its should-flag and should-pass fixtures.

Fixtures: tests/data/locales/checks/<code>.yaml (one file per check code, both
lists non-empty — a check without examples fails ``test_every_check_has_examples``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.l10n.checks import CHECKS, CheckContext, Entry, format_errors, numbers, placeholder_names
from xborder.l10n.glossary import Glossary, read_glossary_file
from xborder.yamlio import load_yaml

DATA = Path(__file__).parent / "data" / "locales"
CHECK_DIR = DATA / "checks"


def _cases():
    for path in sorted(CHECK_DIR.glob("*.yaml")):
        spec = load_yaml(path)
        for kind in ("flag", "pass"):
            for number, case in enumerate(spec.get(kind) or [], 1):
                yield pytest.param(path.stem, kind, {**{k: v for k, v in spec.items() if k not in ("flag", "pass")},
                                                     **case}, id=f"{path.stem}-{kind}-{number}")


def _context(case: dict) -> CheckContext:
    from babel.messages.plurals import get_plural

    from xborder.i18n.locale import normalize, parse

    tag = normalize(case["locale"])
    plural = get_plural(parse(tag))
    glossary = (read_glossary_file(DATA / "glossaries" / f"{case['glossary']}.yaml")
                if case.get("glossary") else Glossary(locale=tag))
    msgid = case["msgid"]
    return CheckContext(
        tag=tag, nplurals=plural.num_plurals, plural_expr=plural.plural_expr, glossary=glossary,
        complete=bool(case.get("complete", False)),
        fallback_translated=frozenset({(None, msgid)}) if case.get("fallback") else frozenset(),
        fallback_chain=("es",) if tag == "es-MX" else (), length_ratio=case.get("length_ratio"))


def _entry(case: dict) -> Entry:
    msgstr = case["msgstr"]
    forms = tuple(msgstr) if isinstance(msgstr, list) else (msgstr,)
    return Entry(msgid=case["msgid"], forms=forms, msgid_plural=case.get("msgid_plural"), line=10,
                 form_lines=tuple(11 + i for i in range(len(forms))), fuzzy=bool(case.get("fuzzy", False)),
                 forms_written=case.get("forms_written", len(forms) if case.get("msgid_plural") else None))


@pytest.mark.parametrize("code, kind, case", list(_cases()))
def test_check_fixture(code, kind, case):
    check = CHECKS[code]
    entry, ctx = _entry(case), _context(case)
    skip = check.translated_only and (entry.fuzzy or not any(entry.forms))
    issues = [] if skip else list(check.func(entry, ctx))
    if kind == "flag":
        assert issues, f"{code} should flag {case}"
        if "severity" in case:
            assert {i.severity or check.severity for i in issues} == {case["severity"]}
    else:
        assert issues == [], f"{code} should pass {case}: {issues}"


def test_every_check_has_examples():
    for code in CHECKS:
        path = CHECK_DIR / f"{code}.yaml"
        assert path.exists(), f"check '{code}' has no fixture file {path.name}"
        spec = load_yaml(path)
        assert spec.get("flag") and spec.get("pass"), f"{path.name} needs should-flag and should-pass cases"
    assert {p.stem for p in CHECK_DIR.glob("*.yaml")} == set(CHECKS)


def test_issue_points_at_the_plural_form_line():
    case = {"locale": "fr", "msgid": "%(count)s day", "msgid_plural": "%(count)s days",
            "msgstr": ["%(count)s jour", "jours"]}
    [issue] = CHECKS["placeholders"].func(_entry(case), _context(case))
    assert issue.form == 1 and "plural form 1" in issue.message


def test_format_helpers():
    assert placeholder_names("%(a)s and %(b)d, 100%% %(a)s") == {"a": 2, "b": 1}
    assert format_errors("100%% ok %(name)s") == []
    assert format_errors("50% off") and format_errors("%s")
    assert numbers("١٢ and ３ and 7, %(url)s https://x.example/42") == {12: 1, 3: 1, 7: 1}
