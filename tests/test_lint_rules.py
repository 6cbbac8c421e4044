"""Every rule file: valid, documented, with should-flag and should-pass examples that hold."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.lint import CODES, load_rules, rules_for
from xborder.lint.engine import lint_text

_TOOLKIT = Toolkit(data_dirs=[])
RULES = {rule.id: rule for rule, _ in load_rules(_TOOLKIT)}

# The 20 locales issue 6 asks rules for.
COVERED_LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "nl-NL", "ja-JP",
                   "ko-KR", "zh-CN", "zh-TW", "ar-SA", "ar-AE", "he-IL", "tr-TR", "hi-IN", "th-TH", "id-ID"]
GLOBAL_STYLES = {"global", "idiom"}


def run_example(toolkit, rule, example):
    locale, region = rule.example_locale()
    if example.locale:
        locale, region = example.locale, example.region
    return lint_text(toolkit, example.text, locale, region=region or None,
                     team_timezone=example.team_timezone, now=example.now, voice=example.voice,
                     customer_given_name=example.customer_given_name,
                     customer_family_name=example.customer_family_name)


def test_rules_load_and_are_many():
    assert len(RULES) >= 35
    assert all(rule.id.count(".") == 1 for rule in RULES.values())


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_has_examples_description_and_link(rule_id):
    rule = RULES[rule_id]
    assert rule.should_flag and rule.should_pass, f"{rule_id} needs should-flag and should-pass examples"
    assert len(rule.description) > 40, f"{rule_id}: say where the norm comes from"
    assert rule.link.startswith("https://")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_should_flag_examples_are_flagged_by_that_rule(toolkit, rule_id):
    rule = RULES[rule_id]
    for example in rule.should_flag:
        flags = run_example(toolkit, rule, example)
        assert any(f.rule == rule_id for f in flags), f"{rule_id} missed {example.text!r}: {flags}"
        assert all(f.code == rule.code for f in flags if f.rule == rule_id)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_should_pass_examples_are_not_flagged_by_that_rule(toolkit, rule_id):
    rule = RULES[rule_id]
    for example in rule.should_pass:
        flags = run_example(toolkit, rule, example)
        assert not [f for f in flags if f.rule == rule_id], f"{rule_id} flagged {example.text!r}: {flags}"


def test_every_lint_code_has_a_rule():
    codes = {rule.code for rule in RULES.values()}
    assert set(CODES) - {"policy_conflict"} <= codes


@pytest.mark.parametrize("locale", COVERED_LOCALES)
def test_each_covered_locale_has_rules_of_its_own(toolkit, locale):
    applicable = rules_for(toolkit, locale)
    own = [rule.id for rule, _ in applicable if rule.id.split(".")[0] not in GLOBAL_STYLES]
    assert len(applicable) >= 8
    # Every market gets more than the format checks: address, gestures, religion, taboo numbers…
    if locale not in ("en-US", "en-GB"):
        assert own, f"no market-specific rule applies to {locale}"


def test_rules_are_compiled_once_per_customer(toolkit):
    assert rules_for(toolkit, "de-DE") is rules_for(toolkit, "de-DE")
    assert rules_for(toolkit, "de_de") is rules_for(toolkit, "de-DE")
