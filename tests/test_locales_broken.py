"""`xborder locales check` on the bundled catalogs (no errors) and on broken ones.

Each broken catalog under tests/data/locales/broken/ marks what must be found with
``# expect: CODE [@TARGET]`` comments; the finding must carry that code at the
entry's first msgstr line (or the TARGET line: ``msgstr[N]``, ``Plural-Forms``),
and nothing else may be reported.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.l10n.checker import check_locales

BROKEN = Path(__file__).parent / "data" / "locales" / "broken"
_EXPECT = re.compile(r"#\s*expect:\s*(\w+)(?:\s+@(\S+))?")


def expected_findings(path: Path) -> set[tuple[str, int]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found = set()
    for number, text in enumerate(lines, 1):
        match = _EXPECT.match(text.strip())
        if not match:
            continue
        code, target = match.group(1), match.group(2) or "msgstr"
        for later, candidate in enumerate(lines[number:], number + 1):
            stripped = candidate.strip()
            if (target == "Plural-Forms" and stripped.startswith('"Plural-Forms:')) or \
               (target != "Plural-Forms" and stripped.startswith(target)):
                found.add((code, later))
                break
        else:
            raise AssertionError(f"{path}:{number}: no {target} line after the expectation")
    return found


def test_bundled_catalogs_pass(run):
    result = run("locales", "check")
    assert result.exit_code == 0, result.stdout
    assert "error(s)" in result.stderr and " 0 error(s)" in result.stderr


def test_bundled_catalogs_pass_as_json(run):
    result = run("locales", "check", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["summary"]["errors"] == 0
    assert len(data["locales"]) == 21  # 15 languages and regions, and de-CH, en-GB, en-US, es-AR, fr-CA, pt-PT
    assert all(f["severity"] == "warning" for f in data["findings"])


CATALOGS = sorted(BROKEN.glob("locales/*/LC_MESSAGES/xborder.po"))


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_broken_catalog_findings(path):
    tag = path.parts[-3].replace("_", "-")
    report = check_locales(Toolkit([BROKEN]), [tag])
    got = {(f.code, f.line) for f in report.findings}
    assert got == expected_findings(path)
    assert all(f.path == str(path) for f in report.findings)


def test_the_issue_fixtures_are_all_there():
    """A missing variable, three plural forms for Arabic, `{{ name` unclosed, a zero-width space,
    a forbidden glossary term."""
    codes = {code for path in CATALOGS for code, _ in expected_findings(path)}
    assert {"placeholders", "plural_forms", "jinja_syntax", "zero_width", "forbidden_term"} <= codes
    ar = (BROKEN / "locales" / "ar" / "LC_MESSAGES" / "xborder.po").read_text(encoding="utf-8")
    assert "nplurals=3" in ar
    de = (BROKEN / "locales" / "de" / "LC_MESSAGES" / "xborder.po").read_text(encoding="utf-8")
    assert "\u200b" in de and "{{ name" in de


def test_check_cli_on_broken_catalogs(run):
    result = run("--data-dir", str(BROKEN), "locales", "check", "de", "ar", "pl")
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    de = BROKEN / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    expected = sorted(expected_findings(de), key=lambda x: x[1])
    de_lines = [line for line in lines if line.startswith(str(de))]
    assert [(l.split(": ")[1], int(l.split(":")[1])) for l in de_lines] == \
        [(code, line) for code, line in sorted(expected, key=lambda x: (x[1], x[0]))]
    assert re.match(rf"{re.escape(str(de))}:\d+: placeholders: missing %\(name\)s$", de_lines[0])
    assert "3 catalog(s) checked" in result.stderr


def test_check_only_selected_codes(run):
    result = run("--data-dir", str(BROKEN), "locales", "check", "de", "--only", "zero_width", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and [f["code"] for f in data["findings"]] == ["zero_width"]
    bad = run("locales", "check", "--only", "zero_widht")
    assert bad.exit_code == 2 and "did you mean zero_width" in bad.stderr


def test_warnings_alone_exit_zero(run):
    result = run("--data-dir", str(BROKEN), "locales", "check", "pl", "--only", "identical")
    assert result.exit_code == 0 and "identical" in result.stdout and "(warning)" in result.stdout
