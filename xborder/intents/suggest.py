"""From an incoming message to a checked reply: detect, triage, classify, choose the
template, fill its variables, render in the customer's locale.

Variables are filled from, in order: the message's entities, the order context,
the store profile; a required variable none of them gives stays in
``missing_variables`` and is rendered with the template's example value, marked
``example`` in ``filled_from``. Nothing is invented.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import DataError, InputError, suggest as did_you_mean
from ..yamlio import Node, load_yaml
from .context import ORDER_SCHEMA, STORE_SCHEMA, load_object, order_values, store_values
from .lexicon import INTENTS, normalize

MAPPING_PATH = "culture_rules/intents/templates.yaml"


@dataclass(frozen=True)
class Route:
    template: str | None
    # (template, words that choose it, {variable: {value: words that give it}})
    variants: tuple[tuple[str, tuple[str, ...], dict], ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """The ``suggest --json`` contract, plus ``notes`` and ``flags`` saying what was decided and why."""

    detection: Any
    triage: Any
    intent: Any
    template: str | None
    reply: Any
    missing_variables: tuple[str, ...]
    filled_from: dict
    notes: tuple[str, ...] = ()
    flags: tuple[dict, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        triage = self.triage
        return {
            "detection": self.detection.to_dict() if self.detection is not None else None,
            "triage": {"escalate": triage.escalate, "reasons": list(triage.reasons), "severity": triage.severity,
                       "evidence": [h.describe() for h in triage.hits]},
            "intent": self.intent.to_dict(),
            "template": self.template,
            "reply": self.reply.to_dict() if self.reply is not None else None,
            "missing_variables": list(self.missing_variables),
            "filled_from": dict(self.filled_from),
            "notes": list(self.notes),
            "flags": list(self.flags),
        }


def routes(toolkit) -> tuple[str, dict[str, Route]]:
    """The escalation template and intent -> :class:`Route`, from templates.yaml."""
    def load():
        path = toolkit.data.find(MAPPING_PATH)
        if path is None:
            raise DataError("missing intent -> template mapping", MAPPING_PATH)
        data = load_yaml(path)
        if not isinstance(data, Node) or not isinstance(data.get("intents"), Node):
            raise DataError("must map 'intents' to templates", path, 1)
        out = {}
        for intent, entry in data["intents"].items():
            if intent not in INTENTS:
                raise DataError(f"unknown intent '{intent}'{did_you_mean(str(intent), INTENTS)}",
                                path, *data["intents"].where(intent))
            if not isinstance(entry, Node) or "template" not in entry:
                raise DataError(f"'{intent}' needs a 'template' (a name or null)", path, *data["intents"].where(intent))
            variants = tuple((str(v["template"]), tuple(normalize(w) for w in v.get("when", [])),
                              {var: {str(value): tuple(normalize(w) for w in words) for value, words in choices.items()}
                               for var, choices in (v.get("fills") or {}).items()})
                             for v in entry.get("variants", []) or [])
            out[intent] = Route(entry["template"], variants)
        missing = [i for i in INTENTS if i not in out]
        if missing:
            raise DataError(f"no template given for intent(s) {', '.join(missing)}", path, 1)
        return str(data.get("escalation") or "specialist_handoff"), out
    return toolkit.cached("intents:routes", load)


def choose_template(toolkit, intent: str, text: str, escalate: bool
                    ) -> tuple[str | None, list[str], dict[str, str]]:
    """The template for ``intent`` (or escalation), notes on the choice, and the variables the
    chosen variant fills from the message; None with a note when the template is not installed."""
    escalation, table = routes(toolkit)
    notes: list[str] = []
    fills: dict[str, str] = {}
    if escalate:
        name = escalation
        notes.append(f"triage escalates: {escalation} instead of the template for {intent}")
    else:
        route = table[intent]
        name = route.template
        if route.variants:
            norm = normalize(text)
            for variant, words, variables in route.variants:
                hit = next((w for w in words if _has_word(norm, w)), None)
                if hit:
                    name = variant
                    notes.append(f"'{hit}' in the message: {variant}")
                    for var, choices in variables.items():
                        value = next((v for v, ws in choices.items() if any(_has_word(norm, w) for w in ws)), None)
                        if value is not None:
                            fills[var] = value
                    break
    if name is None:
        notes.append(f"no template answers intent '{intent}'")
        return None, notes, {}
    if name not in toolkit.template_names():
        notes.append(f"template '{name}' for intent '{intent}' is not installed")
        return None, notes, {}
    return name, notes, fills


def _has_word(norm: str, word: str) -> bool:
    import re

    if not word.isascii():
        return word in norm
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", norm) is not None


def message_values(entities: dict) -> dict[str, Any]:
    """Variables the message itself names (only values that cannot be misread)."""
    values: dict[str, Any] = {}
    if entities.get("order_ids"):
        values["order_id"] = entities["order_ids"][0]["id"]
    if entities.get("tracking"):
        values["tracking_number"] = entities["tracking"][0]["number"]
        if entities["tracking"][0].get("carrier"):
            values["carrier"] = entities["tracking"][0]["carrier"]
    if entities.get("emails"):
        values["customer_email"] = entities["emails"][0]["text"]
    if entities.get("promo_codes"):
        values["promo_code"] = entities["promo_codes"][0]["code"]
    return values


def suggest(toolkit, message: str, *, order: Any = None, store: Any = None, region: str | None = None,
            intent: str | None = None, now: Any = None, country: str | None = None,
            phone: str | None = None, accept_language: str | None = None,
            voice: str | None = None) -> Suggestion:
    """Suggest a checked reply for ``message`` (see the module docstring).

    ``voice`` (formal | informal) overrides the store profile's ``voice`` for the locale and
    the market's default, as in ``Toolkit.render``."""
    from ..render.render import choose_locale, normalize_region
    from .classify import classify

    if not isinstance(message, str) or not message.strip():
        raise InputError("suggest needs the customer's message as non-empty text")
    if intent is not None and intent not in INTENTS:
        raise InputError(f"unknown intent '{intent}'{did_you_mean(str(intent), INTENTS)} "
                         f"(intents: {', '.join(INTENTS)})")
    if voice is not None:
        from ..render.voice import check_voice

        check_voice(voice)
    order_data = load_object(order, "order", ORDER_SCHEMA)
    store_data = load_object(store, "store", STORE_SCHEMA)
    region = normalize_region(region)
    triage = toolkit.triage(message, country=country or region, phone=phone, accept_language=accept_language)
    detection = triage.detection
    from ..detect.romanized import reply_locale

    asked, romanized = reply_locale(toolkit, detection, None, (store_data or {}).get("romanized_reply"))
    locale, customer_region = choose_locale(toolkit, detection, asked, region)
    classification = classify(toolkit, message, region=customer_region,
                              language=getattr(detection, "language", None))
    chosen_intent = intent or classification.intent
    template, notes, fills = choose_template(toolkit, chosen_intent, message, triage.escalate)
    if intent is not None and intent != classification.intent:
        notes.insert(0, f"intent given by the caller: {intent} (classified {classification.intent})")
    flags: list[dict] = []

    from_message = {**message_values(classification.entities), **fills}
    from_order = order_values(order_data)
    said, known = from_message.get("order_id"), from_order.get("order_id")
    if said and known and _plain(said) != _plain(known):
        flags.append({"code": "order_mismatch", "severity": "error",
                      "message": f"the message names order {said} but the order context is {known}; "
                                 "the order context was not used"})
        if toolkit.strict:
            raise InputError(flags[-1]["message"])
        from_order = {}
    if not template:
        return Suggestion(detection, triage, classification, None, None, (), {}, tuple(notes), tuple(flags))

    spec = toolkit.template(template)
    context: dict[str, Any] = {}
    filled_from: dict[str, str] = {}
    for source, values in (("message", from_message), ("order", from_order), ("store", store_values(store_data))):
        for name, value in values.items():
            if name in spec.variables and name not in context:
                context[name] = value
                filled_from[name] = source
    missing = [name for name, var in spec.variables.items() if var.required and name not in context]
    for name in missing:
        context[name] = spec.variables[name].example
        filled_from[name] = "example"
    if missing:
        notes.append(f"example values used for {', '.join(missing)}: replace them before sending")
    reply = toolkit.render(template, locale=locale, context=context, now=now, region=customer_region,
                           detection=detection, voice=voice, store=_voices(store_data))
    if romanized is not None:  # a romanized customer: which reply language, and why
        from dataclasses import replace

        reply = replace(reply, reply_language=romanized)
        notes.append(romanized.reason)
    return Suggestion(detection, triage, classification, template, reply, tuple(missing), filled_from,
                      tuple(notes), tuple(flags))


def _voices(store_data: dict | None) -> Any:
    """The store profile's ``voice`` per locale, in the shape ``render`` reads (``.voice``)."""
    from types import SimpleNamespace

    from ..i18n.locale import normalize as locale_tag

    voices = (store_data or {}).get("voice")
    return SimpleNamespace(voice={locale_tag(str(k)): v for k, v in voices.items()}) if voices else None


def _plain(order_id: str) -> str:
    return "".join(ch for ch in str(order_id).upper() if ch.isalnum())
