"""The caches that make replies fast must never change an answer: on-disk parsed YAML,
holiday calendars and lint validation, and the per-paragraph lint memo."""
from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from xborder import Toolkit, diskcache
from xborder.errors import DataError
from xborder.lint import lint_text
from xborder.lint.engine import lint_reply, paragraphs
from xborder.timing.daysoff import holiday_calendar
from xborder.yamlio import Node, load_yaml

BUNDLED = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(folder))
    return folder


def _same_tree(a, b) -> None:
    assert type(a) is type(b)
    if isinstance(a, Node):
        assert (a.line, a.column, a.key_marks) == (b.line, b.column, b.key_marks)
        assert list(a) == list(b)
        for key in a:
            _same_tree(a[key], b[key])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            _same_tree(x, y)
    else:
        assert a == b


def test_cached_yaml_keeps_values_types_and_line_numbers(cache, tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("region: NO\nwithdrawal_days:\n  value: 14\n  last_reviewed: 2026-11-01\n"
                    "  ok: true\n  list: [1, 2.5, null, yes]\n", encoding="utf-8")
    first = load_yaml(path)
    assert list((cache / "yaml").glob("*.json")), "the parsed tree was not cached"
    second = load_yaml(path)
    _same_tree(first, second)
    assert second["region"] == "NO" and second["withdrawal_days"]["list"][3] == "yes"
    assert second["withdrawal_days"]["last_reviewed"] == dt.date(2026, 11, 1)
    assert second["withdrawal_days"].where("ok") == (5, 3)


def test_an_edited_yaml_file_is_parsed_again(cache, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 1}
    path.write_text("a: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 2}


def test_a_corrupt_cache_entry_is_ignored(cache, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    load_yaml(path)
    for entry in (cache / "yaml").glob("*.json"):
        entry.write_text('{"n": [1, 1, [["a", 1', encoding="utf-8")
    assert load_yaml(path) == {"a": [1, 2]}


def test_syntax_errors_are_not_cached_and_still_name_the_line(cache, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: 1\nb: [2\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError) as err:
            load_yaml(path)
        assert err.value.line is not None and str(path) in str(err.value)


def test_no_cache_folder_still_works(monkeypatch, tmp_path):
    monkeypatch.setenv("XBORDER_CACHE_DIR", "")
    path = tmp_path / "a.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 1}


def test_holiday_calendar_from_the_cache_matches_the_package(cache):
    import holidays

    built = holiday_calendar("DE", "BY", 2031)
    holiday_calendar.cache_clear()  # the next call reads the file written by the first
    cached = holiday_calendar("DE", "BY", 2031)
    assert cached is not built and cached.names == built.names
    expected = holidays.country_holidays("DE", subdiv="BY", years=2031, language="en_US")
    assert set(cached.names) == set(expected)
    china = holiday_calendar("CN", None, 2026)
    holiday_calendar.cache_clear()
    assert holiday_calendar("CN", None, 2026).weekend_workdays == china.weekend_workdays
    assert china.weekend_workdays  # 调休 make-up Saturdays/Sundays


def test_a_bad_pattern_in_a_user_rule_is_reported_even_with_a_warm_cache(cache, tmp_path):
    rules = tmp_path / "data" / "culture_rules" / "lint" / "team"
    rules.mkdir(parents=True)
    good = ("extends: existence\nmessage: \"'{match}'\"\ncode: idiom\ndescription: d\nlink: https://example.org\n"
            "applies_to: {languages: [en]}\ntokens: [frobnicate]\nshould_flag: [frobnicate]\nshould_pass: [ok]\n")
    (rules / "Frob.yaml").write_text(good, encoding="utf-8")
    toolkit = Toolkit(data_dirs=[tmp_path / "data"])
    assert [f.code for f in lint_text(toolkit, "We frobnicate.", "en")] == ["idiom"]
    (rules / "Frob.yaml").write_text(good.replace("[frobnicate]\nshould", "['fro(bnicate']\nshould"),
                                     encoding="utf-8")
    toolkit = Toolkit(data_dirs=[tmp_path / "data"])
    with pytest.raises(DataError) as err:
        lint_text(toolkit, "Nothing to see.", "en")
    assert "Frob.yaml" in str(err.value) and "does not compile" in str(err.value)


def test_an_edited_rule_file_is_validated_again(cache, tmp_path):
    rules = tmp_path / "data" / "culture_rules" / "lint" / "team"
    rules.mkdir(parents=True)
    good = ("extends: existence\nmessage: \"'{match}'\"\ncode: idiom\ndescription: d\nlink: https://example.org\n"
            "applies_to: {languages: [fr]}\ntokens: [frobnicate]\nshould_flag: [frobnicate]\nshould_pass: [ok]\n")
    path = rules / "Frob.yaml"
    path.write_text(good, encoding="utf-8")
    assert lint_text(Toolkit(data_dirs=[tmp_path / "data"]), "We frobnicate.", "en") == ()  # selector cached
    path.write_text(good + "colour: blue\n", encoding="utf-8")
    with pytest.raises(DataError) as err:  # an English text: the French rule is not selected, still checked
        lint_text(Toolkit(data_dirs=[tmp_path / "data"]), "We frobnicate.", "en")
    assert "Frob.yaml:10" in str(err.value) and "colour" in str(err.value)


def test_paragraphs_skip_blank_ones():
    text = "Hello Ana,\n\n  \n\nYour order.\nSecond line.\n\nBye"
    assert [text[a:b] for a, b in paragraphs(text)] == ["Hello Ana,", "Your order.\nSecond line.", "Bye"]


@pytest.mark.parametrize("text, locale, region", [
    ("Kannst du mir helfen?\n\nWir liefern am Samstag, 28.11.2026, um 10:00.\n\nDas kostet 1,234.50 €.",
     "de-DE", "DE"),
    ("Thank you!!!\n\nYou can return it within 7 days.\n\nWe refund €1.234,50 by 3/4.", "en-IE", "IE"),
    ("ご注文ありがとう。\n\n明日届くよ。", "ja-JP", "JP"),
])
def test_memoized_lint_equals_a_fresh_toolkit(toolkit, text, locale, region):
    now = "2026-11-23T09:00:00+00:00"
    first = lint_reply(toolkit, text, locale, region=region, now=now)
    again = lint_reply(toolkit, text, locale, region=region, now=now)  # every paragraph from the memo
    fresh = lint_reply(Toolkit(data_dirs=[]), text, locale, region=region, now=now)
    assert first == again == fresh == lint_text(toolkit, text, locale, region=region, now=now)
    assert first, "the example should flag something"
    for flag in first:
        if flag.span:
            assert text[flag.span[0]:flag.span[1]].strip()


def test_the_memo_keys_on_the_day(toolkit):
    text = "Wir liefern am Samstag."
    saturday_soon = lint_reply(toolkit, text, "de-DE", region="DE", now="2026-11-23T09:00:00+00:00")
    assert any(f.code == "weekend_promise" for f in saturday_soon)
    moved = "Vielen Dank.\n\n" + text
    flags = lint_reply(toolkit, moved, "de-DE", region="DE", now="2026-11-23T09:00:00+00:00")
    shift = len("Vielen Dank.\n\n")
    assert [(f.code, f.span) for f in flags] == [(f.code, (f.span[0] + shift, f.span[1] + shift))
                                                 for f in saturday_soon]


def test_clearing_caches_forgets_memoized_lint(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(BUNDLED / "culture_rules" / "lint" / "idiom", data / "culture_rules" / "lint" / "idiom")
    toolkit = Toolkit(data_dirs=[data])
    text = "Returning the item is a piece of cake."
    before = lint_reply(toolkit, text, "de-DE")
    assert [f.code for f in before] == ["idiom"]
    rule = data / "culture_rules" / "lint" / "idiom" / "EnglishIdioms.yaml"
    rule.write_text(rule.read_text(encoding="utf-8") + "disabled: true\n", encoding="utf-8")
    assert lint_reply(toolkit, text, "de-DE") == before  # memoized
    toolkit.clear_caches()
    assert lint_reply(toolkit, text, "de-DE") == ()


@pytest.mark.parametrize("where", [
    {"region": "DE", "now": "2026-12-25T10:00:00+00:00"}, {"region": "SA", "now": "2026-03-06T20:00"},
    {"region": "US", "now": "2026-03-08T02:30"}, {"timezone": "Asia/Tokyo", "now": "2026-11-23T22:00:00Z"},
    {"now": "2026-11-23T09:00:00Z"}, {"region": "CN", "now": "2026-02-14T09:00:00+08:00"},
    {"phone": "+14155550100", "now": "2026-07-04T15:00:00Z"},
])
def test_customer_time_agrees_with_time_report(toolkit, where):
    """customer_time remembers the day's facts; every field must still equal time_report's."""
    from xborder.timing import customer_time, resolve_zone, time_report

    for _ in range(2):  # computed, then remembered
        clock = customer_time(toolkit, **where)
        choice = resolve_zone(where.get("region"), where.get("timezone"), phone=where.get("phone"))
        report = time_report(toolkit, choice, at=where["now"])
        assert clock["timezone"] == report.timezone
        assert clock["local_time"] == report.local_time.isoformat(timespec="seconds")
        assert (clock["greeting_period"], clock["weekend"], clock["is_weekend"], clock["holiday"],
                clock["day_off"], clock["quiet_hours"], clock["notes"]) == (
            report.greeting_period, list(report.weekend), report.is_weekend, report.holiday,
            report.day_off, report.quiet_hours, list(report.notes))


def test_zones_read_from_files_are_pytz_own(monkeypatch):
    import pytz

    from xborder.i18n import dates
    from xborder.timing.zones import get_zone, zone_from_file

    assert get_zone("Asia/Tokyo") is pytz.timezone("Asia/Tokyo")
    assert zone_from_file("No/Such_Zone") is None and zone_from_file("zone.tab") is None
    monkeypatch.setenv("TZ", ":Europe/Lisbon")
    assert dates._machine_zone_name() == "Europe/Lisbon"
    monkeypatch.setenv("TZ", "/etc/localtime")
    assert dates._machine_zone_name() is None  # a file: babel reads it itself


def test_calendar_words_from_the_cache_match_cldr(cache):
    from xborder.lint.checks.weekend import _day_words, _month_words, calendar_words

    first = calendar_words("de")
    again = calendar_words("de")  # from the cache folder
    assert first == again == (_day_words("de"), _month_words("de"))
    assert again[0]["freitag"] == 4 and again[1]["dezember"] == 12


def test_an_unusable_cache_folder_costs_nothing_but_speed(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(blocker))  # mkdir and every write fail
    path = tmp_path / "a.yaml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    assert load_yaml(path) == {"a": [1, 2]}
    toolkit = Toolkit(data_dirs=[])
    reply = toolkit.render("order_delayed", locale="de", region="DE", now="2026-11-23T09:00:00Z",
                           context=toolkit.template("order_delayed").examples())
    assert reply.text.startswith("Guten Tag")


def test_the_paragraph_memo_is_shared_safely_between_threads(toolkit):
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Hallo Kunde {i},\n\nWir liefern am Samstag um 10:00.\n\nKannst du uns helfen?" for i in range(40)]
    expected = [lint_text(Toolkit(data_dirs=[]), t, "de-DE", region="DE", now="2026-11-23T09:00:00Z")
                for t in texts]
    assert all(expected)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: lint_reply(toolkit, t, "de-DE", region="DE", now="2026-11-23T09:00:00Z"),
                            texts * 3))
    assert got == expected * 3


def test_replies_checked_by_paragraph_get_the_flags_of_the_whole_text(toolkit):
    """lint_reply (paragraph memo) and lint_text (whole text) agree on every shipped template
    and locale, rendered for several regions."""
    now = "2026-11-23T09:00:00+00:00"
    compared = 0
    for name in toolkit.template_names():
        context = toolkit.template(name).examples()
        for locale in toolkit.available_locales():
            for region in ("DE", "SA", "US-CA"):
                text = toolkit.render(name, locale=locale, context=context, now=now, region=region,
                                      checks=False).text
                assert lint_reply(toolkit, text, locale, region=region, now=now) == \
                    lint_text(toolkit, text, locale, region=region, now=now), (name, locale, region)
                compared += 1
    assert compared >= 13 * 15 * 3


# -- the cache folder is not a way in (issue 13) ---------------------------------------------

# The script installed beside the interpreter running the tests, so a venv run without
# activation does not pick up another install's ``xborder`` from PATH.
_BESIDE = Path(sys.executable).with_name("xborder")
XBORDER = str(_BESIDE) if _BESIDE.exists() else shutil.which("xborder") or "xborder"
NOW = "2026-11-23T09:00:00+00:00"
DRAFT = "Hallo, kannst du das Paket innerhalb von 7 Tagen zurückschicken? Wir liefern am Samstag 👌\n"
PHISHING = "https://nordlicht-store.example.net/konto-bestaetigen"


def _xborder(cache: Path | str, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XBORDER_DATA"}
    env["XBORDER_CACHE_DIR"] = str(cache)
    return subprocess.run([XBORDER, *args], input=input, capture_output=True, text=True, env=env, timeout=120)


def _answers(cache: Path | str) -> tuple[str, list, list[str]]:
    """A German reply's text, the flags of a German draft, and the stderr lines of both runs."""
    reply = _xborder(cache, "reply", "order_delayed", "--locale", "de-DE", "--region", "DE", "--examples",
                     "--now", NOW)
    lint = _xborder(cache, "lint", "-", "--locale", "de-DE", "--region", "DE", "--now", NOW, "--json",
                    input=DRAFT)
    assert reply.returncode == 0 and lint.returncode in (0, 1), (reply.stderr, lint.stderr)
    assert "Traceback" not in reply.stderr + lint.stderr
    return reply.stdout, json.loads(lint.stdout)["flags"], (reply.stderr + lint.stderr).splitlines()


def _poison(folder: Path, marker: Path) -> None:
    """What an attacker who can write the folder plants: a phishing link in every catalog entry,
    every lint rule disabled, the German 14-day withdrawal period made 7 (no policy_conflict), and
    pickles that create ``marker`` if anything unpickles them where Jinja and the regex store
    kept their files."""
    def walk(value, change):
        if isinstance(value, dict):
            return {k: walk(v, change) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, change) for v in value]
        return change(value)

    def rewrite(kind: str, change) -> None:
        entries = list((folder / kind).glob("*.json"))
        assert entries, kind
        for path in entries:
            path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8")))), encoding="utf-8")

    rewrite("catalogs", lambda entry: {**entry, "singular": {k: f"{v} {PHISHING}"
                                                             for k, v in entry["singular"].items()}})
    rewrite("lint-rules", lambda entry: walk(entry, lambda v: True if v is False else v))
    rewrite("yaml", lambda entry: walk(entry, lambda v: 7 if v == 14 and type(v) is int else v))

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    payload = pickle.dumps(Payload())
    from jinja2 import FileSystemBytecodeCache

    keys = FileSystemBytecodeCache()
    (folder / "jinja").mkdir(mode=0o700)
    (folder / "regex").mkdir(mode=0o700)
    for template in (BUNDLED / "templates").rglob("*.txt"):
        name = str(template.relative_to(BUNDLED / "templates"))
        for path in (template, BUNDLED / "xborder" / "templates" / name):
            (folder / "jinja" / f"__jinja2_{keys.get_cache_key(name, str(path))}.cache").write_bytes(
                b"j2" + payload)
    import _sre

    (folder / "regex" / f"sre-{sys.version_info[0]}{sys.version_info[1]}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
     ).write_bytes(payload)
    for path in folder.rglob("*"):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """The truth (no cache folder), and a cache folder filled by xborder, then poisoned."""
    base = tmp_path_factory.mktemp("attack")
    truth = _answers("")
    folder = base / "cache"
    assert _answers(folder)[:2] == truth[:2]
    marker = base / "code-ran"
    _poison(folder, marker)
    return truth, folder, marker


def test_the_planted_entries_would_bite_if_believed(planted, tmp_path):
    """The poison is real: in a folder only the user can write, its entries are believed (as
    the user's own files are), so the checks below can fail. Pickles are never loaded."""
    truth, folder, marker = planted
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)
    text, flags, _ = _answers(copy)
    assert PHISHING in text and PHISHING not in truth[0]
    codes = {f["code"] for f in flags}
    assert {"informal_address", "policy_conflict"} <= {f["code"] for f in truth[1]}
    assert "informal_address" not in codes and "policy_conflict" not in codes
    assert not marker.exists()


@pytest.mark.parametrize("unsafe", ["world-writable", "group-writable", "a layer group-writable", "foreign-owned"])
def test_a_poisoned_folder_others_could_write_is_not_used(planted, tmp_path, unsafe):
    truth, folder, marker = planted
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)
    refused = copy
    if unsafe == "world-writable":
        os.chmod(copy, 0o777)
    elif unsafe == "group-writable":
        os.chmod(copy, 0o770)
    elif unsafe == "a layer group-writable":
        refused = copy / "catalogs"
        os.chmod(refused, 0o770)
    else:
        if os.geteuid() != 0:
            pytest.skip("giving a folder to another user needs root (the library test below fakes it)")
        os.chown(copy, 65534, 65534)
    text, flags, stderr = _answers(copy)
    assert PHISHING not in text
    if unsafe == "a layer group-writable":  # only that layer is refused; the rest is the user's own
        assert text == truth[0]
    else:
        assert (text, flags) == truth[:2]
    assert not marker.exists()
    warnings = [line for line in stderr if "cache folder" in line]
    runs = 1 if unsafe == "a layer group-writable" else 2  # the lint run reads no catalog
    assert len(warnings) == runs, stderr  # one line in each run
    assert all(line.startswith("xborder: warning: not using the cache folder") and str(refused) in line
               for line in warnings)
    assert stderr.count(warnings[0]) == runs and "Traceback" not in "\n".join(stderr)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home" / ".cache" / "xborder"  # not there yet: xborder creates it
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(folder))
    diskcache.clear()
    yield folder
    diskcache.clear()


def test_the_folder_xborder_creates_is_0700_and_its_files_0600(fresh_cache):
    old = os.umask(0o022)
    try:
        toolkit = Toolkit(data_dirs=[])
        toolkit.render("order_delayed", locale="de-DE", region="DE", now=NOW,
                       context=toolkit.template("order_delayed").examples())
        load_yaml(BUNDLED / "culture_rules" / "regions" / "DE.yaml")
    finally:
        os.umask(old)
    entries = list(fresh_cache.rglob("*"))
    assert any(p.suffix == ".json" for p in entries) and any(p.parent.name == "catalogs" for p in entries)
    assert stat.S_IMODE(fresh_cache.stat().st_mode) == 0o700
    for path in entries:
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert not any(p.name.endswith(".tmp") for p in entries)


def test_an_existing_folder_of_the_user_is_made_0700(fresh_cache):
    fresh_cache.mkdir(parents=True, mode=0o755)
    os.chmod(fresh_cache, 0o755)
    diskcache.write_json(fresh_cache, "test", "key", {"a": 1})
    assert stat.S_IMODE(fresh_cache.stat().st_mode) == 0o700
    assert diskcache.read_json(fresh_cache, "test", "key") == {"a": 1}


def test_a_folder_of_another_user_is_refused_and_said_once(fresh_cache, monkeypatch, caplog):
    diskcache.write_json(fresh_cache, "test", "key", {"a": 1})
    diskcache.clear()  # a new process
    real = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: real + 4242)  # the folder now belongs to "someone else"
    with caplog.at_level("WARNING", logger="xborder"):
        for _ in range(3):
            assert diskcache.read_json(fresh_cache, "test", "key") is None
            diskcache.write_json(fresh_cache, "test", "other", {"b": 2})
    assert not (fresh_cache / "test" / "other.json").exists()
    (record,) = caplog.records
    assert record.levelname == "WARNING" and str(fresh_cache) in record.getMessage()
    assert f"belongs to another user (uid {real})" in record.getMessage()


@pytest.mark.parametrize("plant", ["symlink", "group-writable file", "another user's file"])
def test_an_entry_the_checks_cannot_vouch_for_is_a_miss(fresh_cache, monkeypatch, tmp_path, plant):
    diskcache.write_json(fresh_cache, "test", "key", {"a": 1})
    entry = fresh_cache / "test" / "key.json"
    if plant == "symlink":
        elsewhere = tmp_path / "elsewhere.json"
        elsewhere.write_text('{"a": "planted"}', encoding="utf-8")
        entry.unlink()
        entry.symlink_to(elsewhere)
    elif plant == "group-writable file":
        os.chmod(entry, 0o664)
    else:
        real = os.geteuid()
        monkeypatch.setattr(os, "geteuid", lambda: real + 4242)
        diskcache._verdicts.update({str(fresh_cache): True, str(fresh_cache / "test"): True})
    assert diskcache.read_json(fresh_cache, "test", "key") is None


def test_nothing_in_xborder_unpickles_or_unmarshals():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (BUNDLED / "xborder").rglob("*.py"))
    for needle in ("import pickle", "import marshal", "pickle.load", "marshal.load", "BytecodeCache", "shelve"):
        assert needle not in sources
