"""Property-based fuzzing of every CLI command and the Toolkit's public methods (issue 13, part 4).

Whatever the input (random Unicode, huge or deeply nested text, dates at the edges,
malformed YAML, JSON, PO and template files in a ``--data-dir``), xborder must
answer or fail with an ``XborderError``: from the CLI, exit status 0, 1 or 2 and
no traceback; from the library, no other exception. An example slower than
``SECONDS`` fails (a real hang ends the run with every thread's stack), and the
module runs under an address-space limit (a memory blow-up fails as a MemoryError).

``XBORDER_FUZZ`` selects the size of the run: ``ci`` (the default: few examples,
derandomized, a minute or so) or ``long`` (see bench/README.md). Run
``pytest tests/test_fuzz.py --hypothesis-show-statistics`` to see how many inputs
each test tried.
"""
from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import resource
import time
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from xborder import Toolkit, XborderError
from xborder.cli.main import cli

MODE = os.environ.get("XBORDER_FUZZ", "ci")
if MODE not in ("ci", "long"):
    raise pytest.UsageError(f"XBORDER_FUZZ={MODE!r}: expected 'ci' or 'long'")
LONG = MODE == "long"

# No "explain" phase: it traces every line, which makes an example many times slower.
_COMMON = dict(deadline=None, database=None, print_blob=True,
               phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
settings.register_profile("xborder-ci", max_examples=8, derandomize=True, **_COMMON)
settings.register_profile("xborder-long", max_examples=int(os.environ.get("XBORDER_FUZZ_EXAMPLES", "300")),
                          **_COMMON)
FUZZ = settings.get_profile(f"xborder-{MODE}")
HUGE = 1_000_000 if LONG else 100_000      # characters in the largest generated text
SECONDS = 60 if LONG else 30               # one example slower than this is a hang
MEMORY = 3 * 1024 ** 3                     # address space the whole module may add

BUNDLED = Path(__file__).resolve().parent.parent

# -- strategies ------------------------------------------------------------------------------
SAMPLES = ["Hola, ¿dónde está mi pedido?", "Danke!", "where is my order??", "我的订单还没到",
           "Ruf mich am 03/04 an.", "I will sue you and call my lawyer", "مرحبا، أين طلبي؟",
           "Rücksendung innerhalb von 7 Tagen, 15% Wiederauffüllungsgebühr", "€-5,00", "bis zu -5 Werktage",
           "+49 170 1234567", "\u202e\u2066\u200b", "1234567890", "\x00\x01\ufeff", "👍🙏🖕"]


def _huge(parts: list[str], times: int) -> str:
    unit = "".join(parts) or "a"
    return (unit * (times // len(unit) + 1))[:times]


texts = st.one_of(
    st.text(max_size=200),
    st.sampled_from(SAMPLES),
    st.builds(lambda a, b: a + " " + b, st.sampled_from(SAMPLES), st.text(max_size=50)),
    st.builds(_huge, st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(min_size=1, max_size=5)),
                              min_size=1, max_size=3), st.integers(1_000, HUGE)),
    st.builds(lambda c, n: c * n, st.sampled_from(["[", "{", "(", "{{", "{%", "&", "*", "1", "\n", " "]),
              st.integers(1_000, 100_000)),
).filter(lambda t: "\x00" not in t)   # click refuses NUL in arguments before xborder sees them

EDGE_INSTANTS = ["0001-01-01T00:00", "0001-01-01T00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:00+14:00",
                 "0999-12-31T23:59Z", "1000-01-01T00:00+14:00", "9000-12-31T23:59-12:00", "2026-03-29T02:30",
                 "2026-10-25T02:30", "2026-02-29T10:00Z", "2026-13-01T00:00Z", "2026-11-23", "now", "",
                 "2026-11-23T10:00:00.123456789Z", "+002026-11-23T10:00Z"]
instants = st.one_of(
    st.sampled_from(EDGE_INSTANTS),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    st.builds(lambda d, h: f"{d.isoformat()}T00:00{h}", st.dates(), st.sampled_from(["Z", "+14:00", "-12:00", ""])),
    st.text(max_size=30),
)
REGIONS = ["DE", "US", "US-CA", "BR", "SA", "JP", "EU", "MX", "IN", "AU", "CN", "NO", "GB"]
regions = st.one_of(st.sampled_from(REGIONS), st.text(max_size=8))
places = st.one_of(regions, st.sampled_from(["Europe/Berlin", "Pacific/Kiritimati", "Asia/Kathmandu",
                                             "America/St_Johns", "+49 30 1234567", "Tokyo", "UTC"]),
                   st.text(max_size=30))
LOCALES = ["en", "de-DE", "de", "es-MX", "pt-BR", "ar", "ja", "zh-TW", "fr", "tr", "pl", "vi", "xx", "en-US"]
locales = st.one_of(st.sampled_from(LOCALES), st.text(max_size=12))
numbers = st.one_of(
    st.integers(), st.integers(-10, 10), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["9999999999999999999999999999", "1e28", "-5", "0", "NaN", "Infinity", "1e-30", "",
                     "12.345678901234567890", "0x10", "٣", "5" * 5000]),
)
values = st.one_of(texts, numbers.map(str), st.builds(lambda n, c: f"{n} {c}", numbers,
                                                     st.sampled_from(["EUR", "USD", "JPY", "XXX", "eur", ""])),
                   instants)
json_values = st.recursive(st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=30)),
                           lambda children: st.lists(children, max_size=4)
                           | st.dictionaries(st.text(max_size=10), children, max_size=4), max_leaves=12)
SPECS = ["mon-fri 09:00-17:00 @Europe/Berlin", "24/7 @UTC", "mon-sun 22:00-02:00 @Asia/Tokyo", "closed @UTC",
         "mon-fri 09:00-17:00", "mon 25:00-26:00 @UTC", ""]
specs = st.one_of(st.sampled_from(SPECS), st.text(max_size=40))
hours = st.one_of(st.sampled_from(["0", "48", "8760", "8761", "-1", "nan", "inf", "1e308", "4.5"]),
                  numbers.map(str))


# -- harness -------------------------------------------------------------------------------
@contextlib.contextmanager
def bounded_time(what: object, seconds: int = SECONDS):
    """Fail an example slower than ``seconds``; a real hang (four times that) dumps every
    thread's stack and ends the run (an exception raised into arbitrary code from a signal
    handler could leave a lock held and hang every later example)."""
    faulthandler.dump_traceback_later(4 * seconds, exit=True)
    start = time.monotonic()
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
    elapsed = time.monotonic() - start
    assert elapsed < seconds, f"{what!r:.300} took {elapsed:.1f} s"


@pytest.fixture(scope="module", autouse=True)
def bounded_memory():
    """An address-space ceiling for the module: a blow-up raises MemoryError instead of swapping."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            used = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:"))
    except (OSError, StopIteration):
        yield
        return
    limit = used + MEMORY
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture(scope="module", autouse=True)
def offline():
    """No provider, so nothing ever leaves the machine."""
    saved = {k: os.environ.get(k) for k in ("XBORDER_TRANSLATOR", "XBORDER_DATA")}
    os.environ["XBORDER_TRANSLATOR"] = "none"
    os.environ.pop("XBORDER_DATA", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def invoke(*args: str, input: str | bytes | None = None):
    """Run the CLI in-process; fail on a traceback, an unexpected exit status or a hang."""
    with bounded_time(args):
        result = CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"xborder {list(args)!r:.300} raised {result.exception!r:.300}") from result.exception
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output[-500:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()  # any line break, U+2028 and \x1e included
        if lines and lines[0].startswith("error:"):
            assert len(lines) == 1, result.stderr[-2000:]   # xborder's own errors: exactly one line
        else:
            assert any(line.startswith("Error:") for line in lines), result.stderr[-2000:]  # click usage
    return result


def library(call):
    """Run a library call; only XborderError may come out."""
    with bounded_time(call):
        try:
            return call()
        except XborderError as exc:
            assert len(str(exc).splitlines()) == 1, str(exc)[:500]   # any line break, U+2028 included
            return None


# -- the CLI ---------------------------------------------------------------------------------
@FUZZ
@given(text=texts, country=st.one_of(st.none(), regions), phone=st.one_of(st.none(), st.text(max_size=20)),
       mode=st.sampled_from(["--json", "summary"]))
def test_detect_and_triage(text, country, phone, mode):
    for command in ("detect", "triage"):
        args = [command, "-"] + (["--json"] if mode == "--json" else [])
        args += ["--country", country] if country is not None else []
        args += ["--phone", phone] if phone else []
        result = invoke(*args, input=text)
        if mode == "--json" and result.exit_code == 0:
            json.loads(result.stdout)


@FUZZ
@given(lines=st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=80),
                                st.builds(lambda t, i: json.dumps({"id": i, "text": t}), texts, json_values)),
                      max_size=6))
def test_jsonl_streams_keep_every_line(lines):
    source = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    expected = len([line for line in source.split("\n") if line.strip()])
    for command in ("detect", "triage"):
        result = invoke(command, "--jsonl", "-", input=source.encode("utf-8", "surrogatepass"))
        assert result.exit_code == 0
        assert len(result.stdout.rstrip("\n").split("\n")) == expected if expected else not result.stdout
        # a bad line still gives its record (JSON lines end at "\n" only: U+2028 inside a string is fine)


@FUZZ
@given(text=texts, locale=locales, region=st.one_of(st.none(), regions), now=st.one_of(st.none(), instants),
       team=st.one_of(st.none(), places), as_json=st.booleans())
def test_lint(text, locale, region, now, team, as_json):
    args = ["lint", "-", "--locale", locale]
    args += ["--region", region] if region is not None else []
    args += ["--now", now] if now is not None else []
    args += ["--team-timezone", team] if team is not None else []
    args += ["--json"] if as_json else []
    invoke(*args, input=text.encode("utf-8", "surrogatepass"))


TEMPLATES = ["order_delayed", "refund_issued", "customs_duties", "complaint_received", "payment_reminder",
             "privacy_request", "nonexistent"]


@FUZZ
@given(template=st.one_of(st.sampled_from(TEMPLATES), st.text(max_size=20)),
       message=st.one_of(st.none(), texts), locale=st.one_of(st.none(), locales),
       region=st.one_of(st.none(), regions), now=st.one_of(st.none(), instants),
       variables=st.dictionaries(st.sampled_from(["processing_days", "refund_amount", "new_delivery_date",
                                                  "response_due", "customer_name", "order_id", "duties_amount",
                                                  "paid_by", "tracking_url", "bogus"]) | st.text(max_size=8),
                                 values, max_size=3),
       vars_file=st.one_of(st.none(), json_values.map(json.dumps), st.text(max_size=50),
                           st.integers(1, 100_000).map(lambda n: "[" * n)),
       strict=st.booleans(), as_json=st.booleans())
def test_reply(template, message, locale, region, now, variables, vars_file, strict, as_json):
    args = (["--strict"] if strict else []) + ["reply", template, "--examples"]
    for option, value in (("--message", message), ("--locale", locale), ("--region", region), ("--now", now)):
        if value is not None:
            args += [option, value]
    for key, value in variables.items():
        args += ["--var", f"{key}={value}"]
    with tempfile.TemporaryDirectory() as folder:
        if vars_file is not None:
            path = Path(folder) / "vars.json"
            path.write_text(vars_file, encoding="utf-8", errors="surrogatepass")
            args += ["--vars", str(path)]
        args += ["--json"] if as_json else []
        invoke(*args)


@FUZZ
@given(where=places, at=st.one_of(st.none(), instants), spec=st.one_of(st.none(), specs),
       sla=st.one_of(st.none(), hours), as_json=st.booleans())
def test_time(where, at, spec, sla, as_json):
    args = ["time", where]
    for option, value in (("--at", at), ("--business-hours", spec), ("--sla", sla)):
        if value is not None:
            args += [option, value]
    invoke(*args, *(["--json"] if as_json else []))


@FUZZ
@given(codes=st.lists(regions, min_size=1, max_size=3), store=st.one_of(st.none(), json_values, st.text(max_size=200)),
       as_json=st.booleans())
def test_policy(codes, store, as_json):
    flag = ["--json"] if as_json else []
    invoke("policy", "show", codes[0], *flag)
    invoke("policy", "compare", *codes, *flag)
    if store is not None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "store.yaml"
            path.write_text(store if isinstance(store, str) else json.dumps(store), encoding="utf-8",
                            errors="surrogatepass")
            invoke("policy", "check", "--store", str(path), "--regions", ",".join(codes), *flag)


@FUZZ
@given(text=texts, to=locales, source=st.one_of(st.just("auto"), locales))
def test_translate_offline(text, to, source):
    invoke("translate", "-", "--to", to, "--from", source, "--provider", "none", "--json",
           input=text.encode("utf-8", "surrogatepass"))


# -- malformed files in a --data-dir -----------------------------------------------------------
JINJA_BITS = ["{{ customer_name }}", "{%", "%}", "{{", "}}", "{% for i in range(", "100000", ") %}", "{% endfor %}",
              "{% include 'order_delayed.txt' %}", "{% trans %}", "{% endtrans %}", "{{ 'a' * ", "10**9", "|center(",
              "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{ order_id|money }}", "{{ lipsum(", "{# ", " #}",
              "{% set x = namespace(a=[]) %}", "{{ x.a.append(1) }}", "{{ ''.__class__ }}", "{{ 1/0 }}", "\n", "é"]
jinja_sources = st.one_of(st.lists(st.sampled_from(JINJA_BITS), max_size=12).map("".join), st.text(max_size=200))
yaml_sources = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["a: &a [1]\nb: *a\n", "- [" * 200, "{a: 1, a: 2}", "!!python/object:os.system ls", "%YAML 9.9\n---",
                     "description: x\nvariables: {n: {type: integer, example: -5}}\n", "NO: yes\n", "\t- x",
                     "description: x\nvariables:\n  d: {type: date, example: 9999-12-31}\n"]),
    json_values.map(json.dumps),
)


def _mutate(text: str, cuts: list[tuple[int, str]]) -> str:
    for position, insert in cuts:
        position %= max(1, len(text))
        text = text[:position] + insert + text[position + len(insert):]
    return text


@FUZZ
@given(body=jinja_sources, spec=yaml_sources, po_cuts=st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(
           ['"', "\\", "\n", "msgstr[9] ", "nplurals=99999999; ", "%(x)999999999s", "#, fuzzy\n", "msgid ", "\x00"])),
           max_size=3),
       rule=yaml_sources, which=st.sampled_from(["template", "spec", "po", "rule", "profile", "all"]),
       locale=st.sampled_from(["de-DE", "es-MX", "ar", "en"]))
def test_malformed_data_dir(body, spec, po_cuts, rule, which, locale):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        templates = root / "templates"
        templates.mkdir()
        if which in ("template", "all"):
            (templates / "order_delayed.txt").write_text(body, encoding="utf-8", errors="surrogatepass")
        if which in ("spec", "all"):
            (templates / "order_delayed.yaml").write_text(spec, encoding="utf-8", errors="surrogatepass")
        if which in ("po", "all"):
            po = root / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
            po.parent.mkdir(parents=True)
            source = (BUNDLED / "locales" / "de" / "LC_MESSAGES" / "xborder.po").read_text(encoding="utf-8")
            po.write_text(_mutate(source, po_cuts), encoding="utf-8", errors="surrogatepass")
        if which in ("rule", "all"):
            folder_ = root / "culture_rules" / "lint" / "de"
            folder_.mkdir(parents=True)
            (folder_ / "Fuzzed.yaml").write_text(rule, encoding="utf-8", errors="surrogatepass")
        if which in ("profile", "all"):
            folder_ = root / "culture_rules" / "regions"
            folder_.mkdir(parents=True)
            (folder_ / "DE.yaml").write_text(rule, encoding="utf-8", errors="surrogatepass")
        data = ["--data-dir", str(root)]
        invoke(*data, "reply", "order_delayed", "--examples", "--locale", locale, "--region", "DE")
        invoke(*data, "lint", "-", "--locale", locale, input="Kannst du mich am 03/04 um 15 Uhr anrufen?")
        invoke(*data, "templates", "list", "--json")
        if which in ("po", "all"):
            invoke(*data, "locales", "check")
            invoke(*data, "locales", "stats")
        if which in ("profile", "all"):
            invoke(*data, "policy", "show", "DE")


@FUZZ
@given(spec=yaml_sources, at=instants)
def test_business_hours_files(spec, at):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hours.yaml"
        path.write_text(spec, encoding="utf-8", errors="surrogatepass")
        invoke("time", "DE", "--business-hours", str(path), "--at", at, "--sla", "24")


# -- the library -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def kit() -> Toolkit:
    return Toolkit(data_dirs=[])


@FUZZ
@given(text=texts, locale=locales, region=st.one_of(st.none(), regions),
       signals=st.fixed_dictionaries({}, optional={"country": regions, "phone": st.text(max_size=20),
                                                   "accept_language": st.text(max_size=40),
                                                   "email": st.text(max_size=40)}))
def test_toolkit_text_methods(kit, text, locale, region, signals):
    library(lambda: kit.detect(text, **signals))
    library(lambda: kit.triage(text, **{k: v for k, v in signals.items()}))
    library(lambda: kit.lint(text, locale, region=region))
    library(lambda: kit.translate(text, to=locale, provider="none"))


@FUZZ
@given(template=st.one_of(st.sampled_from(TEMPLATES), st.text(max_size=10)),
       context=st.dictionaries(st.sampled_from(["processing_days", "refund_amount", "new_delivery_date",
                                                "response_due", "customer_name", "order_id", "paid_by"]),
                               st.one_of(values, json_values, numbers), max_size=3),
       locale=locales, region=st.one_of(st.none(), regions), now=st.one_of(st.none(), instants, st.datetimes()),
       message=st.one_of(st.none(), texts), timezone=st.one_of(st.none(), places))
def test_toolkit_render_and_reply(kit, template, context, locale, region, now, message, timezone):
    def full(name):
        try:
            return {**kit.template(name).examples(), **context}
        except XborderError:
            return context
    library(lambda: kit.render(template, locale=locale, region=region, now=now, timezone=timezone,
                               context=full(template)))
    library(lambda: kit.reply(template, message=message, region=region, now=now, context=full(template)))


@FUZZ
@given(where=places, at=st.one_of(st.none(), instants, st.datetimes(), st.dates()), spec=st.one_of(st.none(), specs),
       sla=st.one_of(st.none(), hours, numbers), region=regions, locale=locales)
def test_toolkit_time_policy_locales(kit, where, at, spec, sla, region, locale):
    assume(not isinstance(sla, bool))
    library(lambda: kit.time(where, at=at, business_hours=spec, sla_hours=sla))
    library(lambda: kit.policy(region))
    library(lambda: kit.fallback_chain(locale))
    library(lambda: kit.template_names())
    library(lambda: kit.available_locales())

