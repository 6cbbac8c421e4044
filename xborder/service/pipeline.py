"""From a customer message to what xborder writes back: an internal note, tags and attributes.

The same Toolkit calls as the CLI: ``suggest`` when this build has it (detection, triage,
intent and a filled reply in one), else ``triage`` (and ``classify`` when present).
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import XborderError
from .helpdesks import MARKER, Incoming


_COUNTRY = re.compile(r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def analyze(toolkit, incoming: Incoming, *, business_hours: str | None = None,
            sla_hours: float | None = None) -> dict[str, Any]:
    """Detection, triage, intent, suggested reply and the customer's time, as plain dicts."""
    signals = {k: v for k, v in incoming.signals.items() if v}
    if not _COUNTRY.match(signals.get("country") or "XX"):
        signals.pop("country")  # Zammad's customer.country is free text ("Germany")
    reply = intent = suggestion = None
    unsuggested = None  # why no reply could be suggested, for the note
    if hasattr(toolkit, "suggest"):
        region = signals.get("country")
        if region is None and signals:  # suggest takes a region only: read it from phone, e-mail, language
            try:
                region = toolkit.detect(incoming.text, **signals).region
            except XborderError:
                region = None
        try:
            suggestion = _plain(toolkit.suggest(incoming.text, region=region))
        except XborderError as exc:  # e.g. a template variable only the agent can give: note the rest
            unsuggested = str(exc)
    if suggestion is not None:
        triage = _plain(suggestion.get("triage")) or {}
        detection = _plain(suggestion.get("detection")) or triage
        intent = _plain(suggestion.get("intent"))
        reply = _plain(suggestion.get("reply"))
    else:
        try:
            triage = toolkit.triage(incoming.text, **signals).to_dict()
        except XborderError:  # a helpdesk field the library cannot read: go on with the text alone
            signals = {}
            triage = toolkit.triage(incoming.text).to_dict()
        detection = triage
        if hasattr(toolkit, "classify"):
            intent = _plain(toolkit.classify(incoming.text))
    region = detection.get("region") or signals.get("country")
    customer_time = None
    if region:
        hours = None
        if business_hours:
            from ..timing.business_hours import parse_spec

            hours = parse_spec(business_hours)
        customer_time = toolkit.time(region, business_hours=hours, sla_hours=sla_hours).to_dict()
    return {"detection": detection, "triage": triage, "intent": intent, "reply": reply,
            "customer_time": customer_time, "unsuggested": unsuggested}


def plan(analysis: dict[str, Any], key: str) -> dict[str, Any]:
    """The note text, tags and custom attributes for one delivery (``key`` ends the note)."""
    det, tri, intent, reply, when = (analysis.get(k) for k in
                                     ("detection", "triage", "intent", "reply", "customer_time"))
    language, region = det.get("language"), det.get("region")
    reasons = list(tri.get("reasons") or [])
    intent_name = (intent or {}).get("intent")
    lines = ["xborder — suggested handling (internal note)"]
    lines.append(f"Language: {language or 'unknown'} ({det.get('confidence', 0):.2f}); "
                 f"region: {region or 'unknown'}" + (f" ({det.get('region_confidence', 0):.2f})" if region else ""))
    for item in (det.get("evidence") or [])[:4]:
        lines.append(f"  · {item}")
    lines.append(("ESCALATE: " + ", ".join(reasons) + f" ({tri.get('severity')})") if tri.get("escalate")
                 else "Escalation: none")
    if intent_name:
        lines.append(f"Intent: {intent_name} ({float(intent.get('confidence') or 0):.2f})")
    if when:
        line = f"Customer local time: {when.get('local_time')} ({when.get('timezone')})"
        if when.get("holiday"):
            line += f", holiday: {when['holiday']}"
        if when.get("sla_due"):
            line += f"; SLA due {when['sla_due'].get('customer')} customer time"
        lines.append(line)
    if reply:
        lines.append("")
        lines.append(f"Suggested reply ({reply.get('locale')}, template {reply.get('template')}):")
        lines.append("-----")
        lines.append((reply.get("text") or "").strip())
        lines.append("-----")
        for flag in reply.get("flags") or []:
            lines.append(f"Flag {flag.get('severity')} {flag.get('code')}: {flag.get('message')}")
        for note in reply.get("policy_notes") or []:
            lines.append(f"Policy: {note.get('message') if isinstance(note, dict) else note}")
    else:
        why = analysis.get("unsuggested") or ("" if intent_name else "no intent classifier in this build")
        lines.append("No reply suggested" + (f" ({why})" if why else "") + ".")
    lines.append(f"{MARKER}{key}")
    tags = ["xborder"]
    tags += [f"xb-lang-{language}"] if language else []
    tags += [f"xb-region-{region.lower()}"] if region else []
    tags += [f"xb-intent-{intent_name}"] if intent_name else []
    if tri.get("escalate"):
        tags += ["xb-escalate", *(f"xb-reason-{r}" for r in reasons)]
    attributes = {"xb_language": language, "xb_region": region, "xb_intent": intent_name,
                  "xb_escalate": bool(tri.get("escalate")), "xb_reasons": ",".join(reasons)}
    return {"note": "\n".join(lines), "tags": tags, "attributes": attributes}
