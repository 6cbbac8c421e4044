"""Round 10 content concepts: Ramadan known from the date, Buddha images put low, flowers counted
after their name, and refunds refused for faulty goods where the law gives one."""
from __future__ import annotations

import datetime as dt

import pytest

from xborder.errors import DataError
from xborder.lint import lint_text
from xborder.lint.checks.fasting import in_ramadan

from test_lint_errors import GOOD, error_of, user_rule


def codes(toolkit, text, locale, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, **kw)}


@pytest.mark.parametrize("day, expected", [("2030-01-20", True), ("2031-01-08", True), ("2031-01-24", False),
                                           ("2031-03-18", False), ("2030-12-20", False)])
def test_ramadan_comes_from_the_hijri_calendar(day, expected):
    assert in_ramadan(dt.date.fromisoformat(day)) is expected


LUNCH = "أضفنا إلى حسابك قسيمة بقيمة 100 ريال لوجبة غداء، صالحة من الساعة 12 ظهرًا حتى 3 عصرًا."


def test_a_daytime_meal_offered_while_ramadan_is_on_is_flagged_without_its_name(toolkit):
    assert "religious_insensitivity" in codes(toolkit, LUNCH, "ar-SA", now="2031-01-08T10:00:00+03:00")
    # the eve of Ramadan: the voucher is used in it
    assert "religious_insensitivity" in codes(toolkit, LUNCH, "ar-SA", now="2030-12-20T10:00:00+03:00")
    assert "religious_insensitivity" not in codes(toolkit, LUNCH, "ar-SA", now="2031-03-18T10:00:00+03:00")
    iftar = "أرسلنا إليك قسيمة لوجبة الإفطار، صالحة من الساعة 6 مساءً حتى 11 مساءً."
    assert "religious_insensitivity" not in codes(toolkit, iftar, "ar-SA", now="2031-01-08T10:00:00+03:00")


def test_a_buddha_image_as_a_doorstop_is_flagged_a_cat_doorstop_is_not(toolkit):
    text = "Our resin Buddha head makes a great doorstop or garden ornament, and it's 15% off this week."
    assert "religious_insensitivity" in codes(toolkit, text, "en-US", region="TH")
    assert "religious_insensitivity" not in codes(toolkit, text.replace("Buddha head", "cat"), "en-US", region="TH")


def test_even_flowers_counted_after_their_name(toolkit):
    assert "taboo_number" in codes(toolkit, "Розы закончились, поэтому вместо 7 роз в букете будет 6.", "ru-RU")
    assert "taboo_number" not in codes(toolkit, "Розы закончились, поэтому вместо 7 роз в букете будет 7.", "ru-RU")
    assert "taboo_number" not in codes(toolkit, "Вместо 5 пионов положим 5 роз, доставка 6 марта.", "ru-RU")


def test_an_elided_pattern_needs_its_number_group(tmp_path):
    text = (GOOD.replace("extends: existence", "extends: taboo_number").replace("code: idiom", "code: taboo_number")
            .replace("tokens: [foo]", "tokens: ['4']\ncontexts: [count]\ncounters: [roses]\nelided: ['roses (\\\\d+)']"))
    assert "group (?P<n>" in error_of(user_rule(tmp_path, text))


@pytest.mark.parametrize("text, locale, region", [
    ("I'm sorry the toaster stopped working. Faulty items can only be repaired, not refunded.", "en-GB", "GB"),
    ("Sorry the kettle stopped working. As it was on clearance we aren't able to offer a refund.", "en-AU", "AU"),
    ("电饭煲无法加热，确实是质量问题。按照本店规定，质量问题只换不退。", "zh-CN", "CN"),
])
def test_a_refund_refused_for_a_fault_conflicts_where_the_law_gives_one(toolkit, text, locale, region):
    assert "policy_conflict" in codes(toolkit, text, locale, region=region)


def test_a_refund_refused_for_a_change_of_mind_or_in_the_eu_for_a_fault_is_not_that_conflict(toolkit):
    mind = "As the dress was a clearance item we can't offer a refund for a change of mind; faults we always fix."
    assert "policy_conflict" not in codes(toolkit, mind, "en-AU", region="AU")
    # EU law puts repair or replacement first: "repaired, not refunded" is not this conflict there
    repair = "I'm sorry the toaster stopped working. Faulty items are repaired first, not refunded."
    assert "policy_conflict" not in codes(toolkit, repair, "en-IE", region="IE")


def test_dev14b_meets_the_goals_for_its_content_codes(toolkit):
    """dev14b (tuned on): the content codes it was written for. Its remaining false alarms are
    time_without_timezone and weekend_promise (the calendar and clock checks, another fixer's)."""
    from pathlib import Path

    from xborder.lint.evaluate import evaluate, load_corpus

    score = evaluate(toolkit, load_corpus(Path(__file__).parent / "data" / "lint" / "dev14b"))
    for code in ("policy_conflict", "religious_insensitivity", "taboo_number"):
        assert score.precision(code) >= 0.93 and score.recall(code) >= 0.90, code


def test_swedish_reklamation_shorter_than_three_years_conflicts(toolkit):
    short = "Eftersom det har gått mer än sex månader sedan köpet ligger felet utanför reklamationstiden."
    assert "policy_conflict" in codes(toolkit, short, "sv-SE", region="SE")
    right = "Du har rätt att reklamera felet i tre år, även för varor köpta på rea."
    assert "policy_conflict" not in codes(toolkit, right, "sv-SE", region="SE")
