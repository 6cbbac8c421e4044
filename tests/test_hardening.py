"""Issue 13, part 3: inputs that used to hang, exhaust memory or print a traceback.

Each gets one line on stderr and exit status 2 from the CLI, an ``XborderError``
from the library, within a few seconds.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from xborder import Toolkit, XborderError
from xborder.errors import DataError, InputError, LocaleError, VariableError

BILLION_LAUGHS = """\
name: store
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]


# -- YAML aliases -------------------------------------------------------------------------
def test_yaml_aliases_are_refused_in_a_store_file(run, tmp_path):
    store = tmp_path / "store.yaml"
    store.write_text(BILLION_LAUGHS, encoding="utf-8")
    one_line_error(run("policy", "check", "--store", str(store), "--regions", "DE"),
                   f"{store}:3:8: YAML alias '*a' is not allowed")


def test_yaml_aliases_are_refused_in_business_hours(run, tmp_path):
    hours = tmp_path / "hours.yaml"
    hours.write_text(BILLION_LAUGHS, encoding="utf-8")
    one_line_error(run("time", "DE", "--business-hours", str(hours)), f"{hours}:3:8")


def test_yaml_aliases_are_refused_in_a_data_dir(run, tmp_path, toolkit):
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(toolkit.data.find("templates/order_delayed.txt"), templates)
    (templates / "order_delayed.yaml").write_text(
        "description: &d late\ntags: [*d]\nvariables: {}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"order_delayed\.yaml:2:8: YAML alias '\*d'"):
        Toolkit(data_dirs=[tmp_path]).template("order_delayed")


def test_an_anchor_without_an_alias_is_still_fine(tmp_path):
    from xborder.yamlio import load_yaml

    path = tmp_path / "x.yaml"
    path.write_text("a: &keep 1\nb: 'R&D'\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 1, "b": "R&D"}


# -- unbounded templates --------------------------------------------------------------------
@pytest.fixture
def user_template(tmp_path, toolkit):
    """Write ``templates/bomb.txt`` with the given body; returns a Toolkit over it."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "bomb.yaml").write_text(
        'description: test\nvariables:\n  customer_name: {type: text, required: true, example: "Maria"}\n',
        encoding="utf-8")

    def make(body: str) -> Toolkit:
        (templates / "bomb.txt").write_text(body, encoding="utf-8")
        return Toolkit(data_dirs=[tmp_path])
    return make


@pytest.mark.parametrize("body, needle", [
    ('{{ "a" * 10**10 }}', "repeating 1 items 10,000,000,000 times"),
    ("{% for i in range(10**9) %}x{% endfor %}", "Range too big"),
    ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", "loop steps"),
    ("{% for x in range(10) recursive %}{{ loop(range(10)) }}{% endfor %}", "nested too deeply"),
    ('{% include "bomb.txt" %}', "includes itself"),
    ('{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f("ab") }}', "a value of"),
    ('{% set ns = namespace(s="ab") %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}',
     "a value of"),
    ("{% set l = [1] %}{% for i in range(50) %}{{ l.extend(l) }}{% endfor %}", "unsafe"),
    ("{{ 2 ** 100000 }}", "a number larger"),
    ('{{ "%999999999s" % "a" }}', "format width"),
    ('{{ "{:>999999999}".format(1) }}', "format width"),
    ('{{ "a"|center(1000000000) }}', "a width of"),
    ('{{ "x"|indent(1000000000) }}', "a width of"),
    ('{{ "a".ljust(1000000000) }}', "a width of"),
    ('{{ "ab"|replace("", "x" * 900000) }}', "replacement"),
    ("{{ (range(100000)|list) * 100000 }}", "repeating"),
    ("{{ range(3)|batch(10**9)|list }}", "batch of"),
    ("{{ lipsum(10**9) }}", "lipsum"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
    ('{% for i in range(1000) %}{{ "x" * 5000 }}{% endfor %}', "output larger than 1,000,000"),
])
def test_templates_are_bounded(user_template, body, needle):
    with pytest.raises(DataError, match=r"bomb\.txt") as caught:
        user_template(body).render("bomb", context={"customer_name": "M"})
    assert needle in str(caught.value)
    assert len(str(caught.value).splitlines()) == 1


def test_a_bounded_template_still_renders(user_template):
    toolkit = user_template("{% for i in range(3) %}{{ customer_name }}{{ loop.index }} {% endfor %}"
                            "{{ [customer_name] * 2 }} {{ 'ab'|center(6) }} {{ '{:>4}'.format(1) }}")
    text = toolkit.render("bomb", context={"customer_name": "M"}, checks=False).text
    assert text.startswith("M1 M2 M3 ['M', 'M']   ab      1")


def test_the_cli_reports_a_template_bomb_in_one_line(run, user_template, tmp_path):
    user_template('{{ "a" * 10**10 }}')
    one_line_error(run("--data-dir", str(tmp_path), "reply", "bomb", "--examples"), "bomb.txt:1")


def test_a_po_header_cannot_ask_for_a_billion_plural_forms(tmp_path, toolkit, run):
    folder = tmp_path / "locales" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    source = Path(toolkit.data.find("locales/de/LC_MESSAGES/xborder.po")).read_text(encoding="utf-8")
    assert "nplurals=2;" in source
    (folder / "xborder.po").write_text(source.replace("nplurals=2;", "nplurals=1000000000;"), encoding="utf-8")
    with pytest.raises(DataError, match=r"xborder\.po:\d+: Plural-Forms header: nplurals=1000000000 \(at most 6\)"):
        Toolkit(data_dirs=[tmp_path]).render("order_delayed", locale="de-DE",
                                             context=toolkit.template("order_delayed").examples())
    one_line_error(run("--data-dir", str(tmp_path), "locales", "check"), "nplurals=1000000000")


def test_a_translation_cannot_ask_for_a_huge_width(tmp_path, toolkit):
    folder = tmp_path / "locales" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    source = Path(toolkit.data.find("locales/de/LC_MESSAGES/xborder.po")).read_text(encoding="utf-8")
    # address_confirmation's first message, however `locales update` wrapped it
    marker = re.search(r'(msgstr ""\n"|msgstr ")Ihre Bestellung %\(order_id\)s', source)
    assert marker
    widened = source[:marker.start()] + marker.group(0).replace("%(order_id)s", "%(order_id)999999999s") + \
        source[marker.end():]
    (folder / "xborder.po").write_text(widened, encoding="utf-8")
    with pytest.raises(DataError, match="format width"):
        Toolkit(data_dirs=[tmp_path]).render("address_confirmation", locale="de-DE",
                                             context=toolkit.template("address_confirmation").examples())


# -- tracebacks that were -------------------------------------------------------------------
@pytest.mark.parametrize("var, needle", [
    ("processing_days=9999999999999999999999999999", "too large"),
    ("processing_days=-5", "0 or more"),
    ("refund_amount=-5.00 EUR", "0 or more"),
    ("refund_amount=1e28 EUR", "expected an amount"),
    ("refund_amount=99999999999999999999 EUR", "too large"),
])
def test_counts_and_amounts_are_bounded(run, var, needle):
    one_line_error(run("reply", "refund_issued", "--examples", "--locale", "de-DE", "--var", var), needle)


def test_the_library_refuses_the_same_values(toolkit):
    examples = toolkit.template("refund_issued").examples()
    for bad in ({"processing_days": 10 ** 30}, {"processing_days": -5},
                {"refund_amount": {"amount": "1e28", "currency": "EUR"}}, {"refund_amount": "-5.00 EUR"}):
        with pytest.raises(VariableError):
            toolkit.render("refund_issued", locale="de-DE", context={**examples, **bad})


def test_deeply_nested_vars_file(run, tmp_path):
    nested = tmp_path / "vars.json"
    nested.write_text("[" * 100_000, encoding="utf-8")
    one_line_error(run("reply", "refund_issued", "--examples", "--vars", str(nested)), "nested too deeply")


@pytest.mark.parametrize("args", [
    ("time", "DE", "--at", "0001-01-01T00:00"),
    ("time", "Pacific/Kiritimati", "--at", "9999-12-31T23:00Z"),
    ("time", "DE", "--at", "9999-12-31T10:00Z", "--sla", "48"),
    ("reply", "order_delayed", "--examples", "--now", "9999-12-31T23:00Z"),
    ("reply", "order_delayed", "--examples", "--var", "new_delivery_date=9999-12-31"),
    ("lint", "-", "--locale", "de-DE", "--now", "0001-01-01T00:00Z"),
])
def test_dates_at_the_edges(run, args):
    one_line_error(run(*args, input="Hallo"), "outside the supported years 1000-9000")


def test_the_library_refuses_edge_dates(toolkit):
    with pytest.raises(InputError, match="supported years"):
        toolkit.time("Pacific/Kiritimati", at="9999-12-31T23:00Z")
    with pytest.raises(InputError, match="supported years"):
        toolkit.render("order_delayed", context=toolkit.template("order_delayed").examples(),
                       now="0001-01-01T00:00Z")
    report = toolkit.time("DE", at="9000-12-31T10:00Z", sla_hours=8760)
    assert report.sla_due_team.year == 9001


# -- a detected language with no catalog ------------------------------------------------------
VIETNAMESE = "Xin chào, đơn hàng của tôi chưa đến"


def test_a_detected_language_without_a_catalog_is_flagged(run):
    result = run("reply", "order_delayed", "--examples", "--message", VIETNAMESE, "--json")
    data = json.loads(result.stdout)
    assert data["locale"] == "en"
    flag = next(f for f in data["flags"] if f["code"] == "locale_fallback")
    assert "vi" in flag["message"] and "no catalog" in flag["message"]


def test_it_is_an_error_under_strict(run):
    one_line_error(run("--strict", "reply", "order_delayed", "--examples", "--message", VIETNAMESE),
                   "no catalog")
    with pytest.raises(LocaleError):
        Toolkit(data_dirs=[], strict=True).reply("order_delayed", message=VIETNAMESE,
                                                 context={"customer_name": "A", "order_id": "1",
                                                          "new_delivery_date": "2026-12-03",
                                                          "agent_name": "B", "store_name": "S"})


def test_an_explicit_locale_is_no_fallback(run):
    result = run("--strict", "reply", "order_delayed", "--examples", "--message", VIETNAMESE,
                 "--locale", "en", "--json")
    assert result.exit_code == 0
    assert not [f for f in json.loads(result.stdout)["flags"] if f["code"] == "locale_fallback"]


# -- the region a locale names ---------------------------------------------------------------
def test_a_locale_with_a_country_gives_the_reply_its_region(run):
    result = run("reply", "refund_issued", "--examples", "--locale", "pt-BR", "--json",
                 "--now", "2026-11-23T12:00:00Z")
    data = json.loads(result.stdout)
    assert data["customer_time"]["region"] == "BR"
    assert data["customer_time"]["timezone"] != "UTC"
    assert data["customer_time"]["notes"][0] == "region BR taken from the locale pt-BR (no region given)"
    assert {n["region"] for n in data["policy_notes"]} == {"BR"}  # withdrawal days and who pays the return


def test_an_explicit_region_wins_and_a_bare_language_stays_unplaced(toolkit):
    examples = toolkit.template("refund_issued").examples()
    reply = toolkit.render("refund_issued", locale="pt-BR", region="PT", context=examples,
                           now="2026-11-23T12:00:00Z")
    assert reply.customer_time["region"] == "PT" and "taken from the locale" not in str(reply.customer_time)
    bare = toolkit.render("refund_issued", locale="de", context=examples, now="2026-11-23T12:00:00Z")
    assert bare.customer_time["timezone"] == "UTC" and bare.policy_notes == ()


def test_time_reads_a_locale_as_its_country(run, toolkit):
    result = run("time", "pt-BR", "--json", "--at", "2026-11-23T12:00Z")
    assert json.loads(result.stdout)["timezone"].startswith("America/")   # not Portugal's Braga (PT-BR)
    assert "note: region BR taken from the locale pt-BR" in result.stderr
    assert toolkit.time("de_AT", at="2026-11-23T12:00Z").timezone == "Europe/Vienna"
    assert toolkit.time("US-CA", at="2026-11-23T12:00Z").timezone == "America/Los_Angeles"


# -- linear text paths ------------------------------------------------------------------------
def test_lint_text_output_gives_line_and_column(run):
    text = "Hallo,\nruf mich am 03/04 an.\n" * 3
    result = run("lint", "-", "--locale", "de-DE", input=text)
    dates = [line for line in result.stdout.splitlines() if "ambiguous_date" in line]
    assert [line.split()[0] for line in dates] == ["2:13", "4:13", "6:13"]


def test_policy_conflicts_keep_their_nearest_keyword(toolkit):
    from xborder.lint.conflicts import _inside_longer, _nearest, _nearest_index

    spans = [(0, 3), (10, 12), (20, 30)]
    assert _nearest(spans, (13, 14)) == 1 and _nearest_index(spans, (15, 16)) == 1
    assert _nearest_index(spans, (18, 19)) == 2 and _nearest(spans, (25, 26)) == 0
    assert _nearest([], (1, 2)) is None
    assert _inside_longer((22, 24), spans) and not _inside_longer((10, 12), spans)
    flags = toolkit.lint("Rücksendung innerhalb von 7 Tagen. " * 200, "de-DE", region="DE")
    assert len([f for f in flags if f.code == "policy_conflict"]) == 200


def test_triage_reads_a_long_run_of_digits(toolkit):
    # "\d[\d.,]*\s?k? followers" tried at every digit made this quadratic (minutes for 20 KB).
    result = toolkit.triage("1234567890" * 2_000 + " followers")
    assert result.escalate is False


def test_every_error_is_an_xborder_error():
    assert all(issubclass(e, XborderError) for e in (DataError, InputError, LocaleError, VariableError))


def test_bundled_yaml_reads_the_same_without_libyaml():
    """The loader falls back to PyYAML's pure-Python SafeLoader where libyaml is missing: every bundled
    YAML file must parse with it, to the same data as with the C loader (an unquoted "Which?" in a flow
    list parsed with one and not the other)."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    files = sorted(p for folder in ("culture_rules", "templates", "locales") for p in (root / folder).rglob("*.yaml"))
    assert files
    fast = getattr(yaml, "CSafeLoader", None)
    for path in files:
        text = path.read_text(encoding="utf-8")
        slow = yaml.load(text, Loader=yaml.SafeLoader)
        if fast is not None:
            assert yaml.load(text, Loader=fast) == slow, path
