"""The caches that make replies fast must never change an answer: on-disk parsed YAML,
holiday calendars and lint validation, and the per-paragraph lint memo."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from xborder import Toolkit
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
