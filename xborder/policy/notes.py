"""Policy notes for a reply: what the customer's law says about the template's subject.

A template's spec names its subjects (``policy_topics: [withdrawal]`` in
``templates/return_instructions.yaml``); each topic maps to profile facts, and
each fact becomes one note for the agent (in English, with its source). A fact
stated as null still gives a note — "no statutory withdrawal right" is exactly
what an agent answering a US customer needs to know.
"""
from __future__ import annotations

import copy
from typing import Any, Callable

from ..errors import InputError, suggest
from .profiles import Fact, Profile, effective_profile

TOPICS: dict[str, tuple[str, ...]] = {
    "withdrawal": ("withdrawal_days", "withdrawal_return_cost", "withdrawal_fee_percent"),
    "guarantee": ("legal_guarantee_months",),
    "privacy": ("privacy_law", "dsar_deadline_days"),
    "breach": ("breach_notification_hours",),
    "customs": ("customs_de_minimis",),
    "complaint": ("consumer_authorities",),
    "contact_hours": ("quiet_hours",),
    "language": ("consumer_language",),
}

def _days(n: Any, fact: Fact) -> str:
    unit = fact.extras.get("unit")
    return f"{n} working days" if unit == "working_days" else f"{n} days"


def _withdrawal(who: str, f: Fact) -> str:
    text = f"{who} may withdraw within {_days(f.value, f)} without giving a reason"
    if f.extras.get("starts"):
        text += f", counted from {f.extras['starts']}"
    if f.extras.get("extension_months"):
        text += (f"; if not told of this right, the period runs {f.extras['extension_months']} months longer")
    return text + "."


def _return_cost(who: str, f: Fact) -> str:
    payer = "the customer" if f.value == "consumer" else "the store"
    cond = f" ({f.extras['condition']})" if f.extras.get("condition") else ""
    return f"On a withdrawal, {payer} pays the cost of sending the goods back{cond}."


def _fee(who: str, f: Fact) -> str:
    if f.value == 0:
        return f"No restocking or other fee may be charged to {who} who withdraws."
    cond = f" ({f.extras['condition']})" if f.extras.get("condition") else ""
    return f"On a withdrawal the store may keep at most {f.value}% of the price{cond}."


def _guarantee(who: str, f: Fact) -> str:
    text = f"The statutory guarantee for {who} is {f.value} months from delivery, whatever the store's own warranty"
    if f.extras.get("burden_reversal_months"):
        text += (f"; a defect appearing within {f.extras['burden_reversal_months']} months is presumed to have "
                 "existed at delivery")
    return text + "."


def _dsar(who: str, f: Fact) -> str:
    text = f"A data-access request from {who} must be answered within {_days(f.value, f)}"
    if f.extras.get("period"):
        text += f" ({f.extras['period']})"
    if f.extras.get("extension_days"):
        text += f", extendable by {_days(f.extras['extension_days'], f)} with notice"
    return text + "."


def _simple(template: str) -> Callable[[str, Fact], str]:
    def render(who: str, f: Fact) -> str:
        return template.format(who=who, value=_value_text(f.value), **{k: v for k, v in f.extras.items()})
    return render


def _value_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if hasattr(value, "items"):
        if {"start", "end"} <= set(value):
            return f"{value['start']}–{value['end']}"
        if {"amount", "currency"} <= set(value):
            covers = f" ({value['covers']})" if value.get("covers") else ""
            return f"{value['amount']} {value['currency']}{covers}"
    return str(value)


STATED: dict[str, Callable[[str, Fact], str]] = {
    "withdrawal_days": _withdrawal,
    "withdrawal_return_cost": _return_cost,
    "withdrawal_fee_percent": _fee,
    "legal_guarantee_months": _guarantee,
    "privacy_law": _simple("Personal data of {who} falls under {value}."),
    "dsar_deadline_days": _dsar,
    "breach_notification_hours": _simple("A personal-data breach affecting {who} must be notified within "
                                         "{value} hours."),
    "customs_de_minimis": _simple("Customs de minimis for {who}: {value}."),
    "consumer_authorities": _simple("{who} may turn to: {value}."),
    "quiet_hours": _simple("Do not call or message {who} between {value} local time."),
    "consumer_language": _simple("Consumer information for {who} must be in: {value}."),
}

FACT_LABELS = {
    "withdrawal_days": "statutory withdrawal period",
    "withdrawal_return_cost": "who pays return shipping on a withdrawal",
    "withdrawal_fee_percent": "fee allowed on a withdrawal",
    "legal_guarantee_months": "statutory guarantee",
    "privacy_law": "privacy law",
    "dsar_deadline_days": "data-request deadline",
    "breach_notification_hours": "breach-notification deadline",
    "customs_de_minimis": "customs de minimis",
    "consumer_authorities": "consumer bodies",
    "quiet_hours": "quiet hours",
    "consumer_language": "required language",
}


def topics_for(template_name: str, policy_topics) -> tuple[str, ...]:
    """The template spec's ``policy_topics`` (``templates/<name>.yaml``), checked."""
    topics = tuple(policy_topics)
    for topic in topics:
        if topic not in TOPICS:
            raise InputError(f"template '{template_name}': unknown policy topic '{topic}'"
                             f"{suggest(topic, TOPICS)} (topics: {', '.join(TOPICS)})")
    return topics


def _note(profile: Profile, region: str, fact: Fact, topic: str) -> dict[str, Any]:
    from .profiles import plain_value

    from .profiles import territory_name

    place = profile.name if profile.region == region else \
        f"{territory_name(region) or region} ({profile.name} rules)"
    who = f"a customer in {place}"
    if fact.value is None:
        text = f"No {FACT_LABELS[fact.key]} is stated for {profile.name}: {fact.note}"
    else:
        text = STATED[fact.key](who, fact)
        text = text[0].upper() + text[1:]
    return {"topic": topic, "fact": fact.key, "region": region, "profile": profile.region,
            "value": plain_value(fact.value), "text": text, "source": fact.source,
            "last_reviewed": fact.last_reviewed.isoformat()}


def policy_notes(resources, template_name: str, policy_topics, region: str | None, locale: str | None = None
                 ) -> tuple[dict[str, Any], ...]:
    """Notes for ``reply --json``'s ``policy_notes``: the facts of the template's topics
    (``policy_topics``, from its spec) for ``region``.

    No region, or a region no profile covers: an empty tuple. When the region's
    law requires a language the reply (``locale``) is not in, a ``language`` note says so.
    """
    if not region:
        return ()
    topics = tuple(policy_topics)
    notes = resources.cached(("policy.notes", template_name, topics, region, locale),
                             lambda: _policy_notes(resources, template_name, topics, region, locale))
    # Fresh dicts each time: the cached ones must not change under a caller.
    return tuple({**note, "value": copy.deepcopy(note["value"])} if isinstance(note["value"], (list, dict))
                 else dict(note) for note in notes)


def _policy_notes(resources, template_name: str, policy_topics: tuple, region: str,
                  locale: str | None) -> tuple[dict[str, Any], ...]:
    profile = effective_profile(resources, region)
    if profile is None:
        return ()
    notes: list[dict[str, Any]] = []
    for topic in topics_for(template_name, policy_topics):
        for key in TOPICS[topic]:
            fact = profile.facts.get(key)
            if fact is not None:
                notes.append(_note(profile, region, fact, topic))
    language = profile.facts.get("consumer_language")
    if locale and language is not None and language.value:
        reply_lang = locale.replace("_", "-").split("-")[0].lower()
        required = {code.split("-")[0] for code in language.value}
        if reply_lang not in required:
            note = _note(profile, region, language, "language")
            note["text"] += f" This reply is in '{locale}'."
            notes.append(note)
    return tuple(notes)
