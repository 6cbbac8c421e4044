"""Cultural-sensitivity lint: rule files per locale (Vale-style YAML) and the checks behind them.

``lint_text(resources, text, locale, region=…)`` returns frozen :class:`~xborder.results.Flag`
objects sorted by span; the rules load and compile once per Resources, and the
subset for a customer once per (locale, region).
"""
from __future__ import annotations

from .engine import customer_region, lint_text, load_rules, rule_types, rules_for
from .rules import CODES, Rule

__all__ = ["CODES", "Rule", "customer_region", "lint_text", "load_rules", "rule_types", "rules_for"]
