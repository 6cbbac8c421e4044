"""From an incoming message to a checked reply: detect, triage, classify, choose the
template, fill its variables, render in the customer's locale.

Variables are filled from, in order: the message's entities, the order context,
the store profile; a required variable none of them gives stays in
``missing_variables`` and is rendered with the template's example value, marked
``example`` in ``filled_from``. Nothing is invented.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..errors import DataError, InputError, MissingVariableError, suggest as did_you_mean
from ..yamlio import Node, load_yaml
from .context import ORDER_SCHEMA, STORE_SCHEMA, load_object, order_values, store_values
from .lexicon import INTENTS, normalize

MAPPING_PATH = "culture_rules/intents/templates.yaml"


@dataclass(frozen=True)
class Route:
    template: str | None
    # (template, words that choose it, {variable: {value: words that give it}})
    variants: tuple[tuple[str, tuple["Word", ...], dict], ...] = ()
    fills: dict = field(default_factory=dict)   # the template's own {variable: {value: words}}


def _fills(node: Any, path: Any, where: tuple) -> dict[str, dict[str, tuple["Word", ...]]]:
    """``{variable: {value: words}}`` with the words normalized as the message is."""
    if node is None:
        return {}
    if not isinstance(node, dict) or not all(
            isinstance(choices, dict) and all(isinstance(words, list) and words and all(
                isinstance(w, str) and w.strip() for w in words) for words in choices.values())
            for choices in node.values()):
        raise DataError("'fills' must map each variable to {value: [words, ...]}", path, *where)
    return {str(var): {str(value): _words(words) for value, words in choices.items()}
            for var, choices in node.items()}


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


def routes(resources) -> tuple[str, dict[str, Route]]:
    """The escalation template and intent -> :class:`Route`, from templates.yaml."""
    def load():
        path = resources.data.find(MAPPING_PATH)
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
            where = data["intents"].where(intent)
            variants = tuple((str(v["template"]), _words(v.get("when", [])),
                              _fills(v.get("fills"), path, where))
                             for v in entry.get("variants", []) or [])
            out[intent] = Route(entry["template"], variants, _fills(entry.get("fills"), path, where))
        missing = [i for i in INTENTS if i not in out]
        if missing:
            raise DataError(f"no template given for intent(s) {', '.join(missing)}", path, 1)
        return str(data.get("escalation") or "specialist_handoff"), out
    return resources.cached("intents:routes", load)


def choose_template(resources, intent: str, text: str, escalate: bool
                    ) -> tuple[str | None, list[str], dict[str, str]]:
    """The template for ``intent`` (or escalation), notes on the choice, and the variables the
    chosen variant fills from the message; None with a note when the template is not installed."""
    escalation, table = routes(resources)
    notes: list[str] = []
    fills: dict[str, str] = {}
    if escalate:
        name = escalation
        notes.append(f"triage escalates: {escalation} instead of the template for {intent}")
    else:
        route = table[intent]
        name, variables = route.template, route.fills
        if route.variants or route.fills:
            norm = normalize(text)
            for variant, words, choices in route.variants:
                hit = next((w.text for w in words if w.found_in(norm)), None)
                if hit:
                    name, variables = variant, choices
                    notes.append(f"'{hit}' in the message: {variant}")
                    break
            for var, choices in variables.items():
                found = next(((v, w.text) for v, ws in choices.items() for w in ws if w.found_in(norm)), None)
                if found is not None:
                    fills[var] = found[0]
                    notes.append(f"'{found[1]}' in the message: {var} = {found[0]}")
    if name is None:
        notes.append(f"no template answers intent '{intent}'")
        return None, notes, {}
    from ..render.library import template_names

    if name not in template_names(resources):
        notes.append(f"template '{name}' for intent '{intent}' is not installed")
        return None, notes, {}
    return name, notes, fills


class Word(NamedTuple):
    """A mapping word, normalized as the message is: Latin-script words match whole (with
    word boundaries), others as substrings (scripts written without spaces)."""

    text: str

    def found_in(self, norm: str) -> bool:
        return _whole_word(self.text).search(norm) is not None if self.text.isascii() else self.text in norm


@functools.lru_cache(maxsize=None)
def _whole_word(text: str) -> re.Pattern:
    """Compiled once per word and process, and only for the words of the intents met."""
    return re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])")


def _words(words: Any) -> tuple[Word, ...]:
    return tuple(Word(normalize(str(word))) for word in words or ())


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


def suggest(resources, message: str, *, order: Any = None, store: Any = None, region: str | None = None,
            intent: str | None = None, now: Any = None, country: str | None = None,
            phone: str | None = None, accept_language: str | None = None,
            voice: str | None = None) -> Suggestion:
    """Suggest a checked reply for ``message`` (see the module docstring).

    ``voice`` (formal | informal) overrides the store profile's ``voice`` for the locale and
    the market's default, as in ``Toolkit.render``."""
    from functools import partial

    from ..codes import normalize_region
    from ..detect import detect
    from ..policy.triage import triage as triage_of
    from ..render.library import template as template_spec
    from ..render.render import choose_locale, render_reply
    from .classify import classify, language_hint

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
    triage = triage_of(resources, partial(detect, resources), message, country=country or region, phone=phone,
                       accept_language=accept_language)
    detection = triage.detection
    from ..detect.romanized import reply_locale

    asked, romanized = reply_locale(resources, detection, None, (store_data or {}).get("romanized_reply"))
    locale, customer_region = choose_locale(resources, detection, asked, region)
    classification = classify(resources, message, region=customer_region,
                              language=language_hint(getattr(detection, "language", None)))
    chosen_intent = intent or classification.intent
    template, notes, fills = choose_template(resources, chosen_intent, message, triage.escalate)
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
        if resources.strict:
            raise InputError(flags[-1]["message"])
        from_order = {}
    if not template:
        return Suggestion(detection, triage, classification, None, None, (), {}, tuple(notes), tuple(flags))

    spec = template_spec(resources, template)
    for name, value in fills.items():
        var = spec.variables.get(name)
        if var is None or (var.choices and value not in var.choices):
            raise DataError(f"fills '{name}: {value}' for template '{template}': "
                            + ("no such variable" if var is None else f"not one of {', '.join(var.choices)}"),
                            resources.data.find(MAPPING_PATH))
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
    render = partial(render_reply, resources, template, locale=locale, now=now, timezone=None,
                     region=customer_region, detection=detection, voice=voice, store=_voices(store_data))
    try:
        reply = render(context=context)
    except MissingVariableError as exc:
        # An optional variable the data could not supply here (a privacy deadline where no law
        # sets one): the example stands in, marked, as for a required variable.
        var = spec.variables.get(exc.variable)
        if var is None or var.example is None or exc.variable in context:
            raise
        context[exc.variable] = var.example
        filled_from[exc.variable] = "example"
        missing.append(exc.variable)
        notes.append(f"example value used for {exc.variable} ({exc}): replace it before sending")
        reply = render(context=context)
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
