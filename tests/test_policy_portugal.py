"""The Portugal profile (PT.yaml): its facts and sources, and every user of region profiles."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from xborder.lint.conflicts import policy_conflict_flags
from xborder.policy import get_profile
from xborder.policy.amendments import load_amendments
from xborder.render.render import policy_notes

NOW = "2026-11-20T10:00:00+00:00"
AMENDMENTS = Path(__file__).resolve().parents[1] / "culture_rules" / "amendments.yaml"


def test_portuguese_facts_and_their_articles(toolkit):
    pt = get_profile(toolkit, "PT")
    assert pt.chain == ("PT", "EU") and pt.name == "Portugal"
    withdrawal = pt.facts["withdrawal_days"]
    assert withdrawal.value == 14 and withdrawal.extras["extension_months"] == 12
    assert "Decreto-Lei n.º 24/2014" in withdrawal.source and "art. 10.º" in withdrawal.source
    guarantee = pt.facts["legal_guarantee_months"]
    assert guarantee.value == 36 and guarantee.extras["burden_reversal_months"] == 24
    assert "Decreto-Lei n.º 84/2021" in guarantee.source and "art. 12.º" in guarantee.source
    assert "art. 13.º" in guarantee.source
    law = pt.facts["privacy_law"]
    assert "Lei n.º 58/2019" in law.value and "CNPD" in law.extras["authority"]
    assert law.extras["short_names"]["pt"] == "RGPD"
    assert pt.facts["dsar_deadline_days"].stated_in == "EU" and pt.value("dsar_deadline_days") == 30
    authorities = pt.value("consumer_authorities")
    assert {"Direção-Geral do Consumidor (DGC)", "DECO", "CNPD"} <= set(authorities)
    assert any(a.startswith("Livro de Reclamações") for a in authorities)
    assert "Decreto-Lei n.º 156/2005" in pt.facts["consumer_authorities"].source
    assert pt.value("consumer_language") is None and pt.facts["consumer_language"].note
    assert pt.currency == "EUR" and set(pt.timezones) == {"Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"}


def test_the_eu_amendments_are_recorded_for_portugal(toolkit):
    pt = get_profile(toolkit, "PT")
    for amendment in load_amendments(AMENDMENTS):
        if amendment.id in ("EU-2024-1799", "EU-2023-2673"):
            assert "PT" in amendment.regions
            for key in amendment.facts:
                fact = pt.facts[key]
                assert fact.stated_in == "PT" and fact.source_date >= amendment.date, key
    assert pt.facts["legal_guarantee_months"].extras["repair_extension_since"] == dt.date(2026, 7, 31)
    assert pt.value("withdrawal_online_function") is True


def test_show_and_audit_accept_portugal(run):
    result = run("policy", "show", "PT")
    assert result.exit_code == 0 and "PT — Portugal (inherits EU)" in result.stdout
    data = json.loads(run("policy", "show", "pt", "--json").stdout)
    assert data["legal_guarantee_months"] == 36 and data["sources"]["withdrawal_days"].startswith("Decreto-Lei")
    audit = run("policy", "audit", "--undated", "--json")
    report = json.loads(audit.stdout)
    assert audit.exit_code == 0 and report["ok"] is True
    assert any(f["region"] == "ES" for f in report["findings"])   # undated facts are listed
    assert not [f for f in report["findings"] if f["region"] == "PT"]   # every PT fact is dated


@pytest.mark.parametrize("text, rule", [
    ("Pode devolver o artigo no prazo de 7 dias após a receção.", "policy.withdrawal_days"),
    ("Os nossos produtos têm garantia de 2 anos.", "policy.legal_guarantee_months"),
    ("Aplicamos uma taxa de reposição de 10% nas devoluções.", "policy.withdrawal_fee_percent"),
])
def test_policy_conflict_knows_portuguese_law(toolkit, text, rule):
    (flag,) = policy_conflict_flags(toolkit, text, locale="pt-PT", region="PT")
    assert flag.rule == rule and "Portugal" in flag.message


def test_no_conflict_with_the_portuguese_minimums(toolkit):
    text = "Pode devolver a encomenda no prazo de 14 dias. O reembolso é feito em 5 dias. Garantia de 3 anos."
    assert policy_conflict_flags(toolkit, text, locale="pt-PT", region="PT") == []


def test_pt_pt_templates_are_free_of_conflicts_in_portugal(toolkit):
    for name in toolkit.template_names():
        text = toolkit.render(name, locale="pt-PT", context=toolkit.template(name).examples(), now=NOW).text
        assert policy_conflict_flags(toolkit, text, locale="pt-PT", region="PT") == [], name


@pytest.mark.parametrize("text", [
    "Ja fiz queixa no centro de arbitragem de conflitos de consumo, vou avançar com isto",
    "se nao me devolverem o dinheiro vou apresentar reclamação no Centro Europeu do Consumidor",
    "vou deixar isto no livroreclamacoes.pt hoje mesmo 😡",
])
def test_triage_knows_the_portuguese_bodies(toolkit, text):
    result = toolkit.triage(text, country="PT")
    assert "consumer_authority" in result.reasons and result.severity == "high"


def test_privacy_reply_for_portugal_names_the_rgpd(toolkit, run):
    reply = toolkit.render("privacy_request", locale="pt-PT", region="PT", now=NOW,
                           context=toolkit.template("privacy_request").examples())
    assert "RGPD" in reply.text and "GDPR" not in reply.text and not reply.flags
    notes = {n["fact"]: n for n in policy_notes(toolkit, "privacy_request", "PT", "pt-PT")}
    assert notes["privacy_law"]["profile"] == "PT" and "Lei n.º 58/2019" in notes["privacy_law"]["value"]
    result = run("reply", "privacy_request", "--locale", "pt-PT", "--region", "PT", "--examples", "--now", NOW)
    assert result.exit_code == 0 and "RGPD" in result.stdout
    result = run("suggest", "Boa tarde, podem enviar-me uma copia da informação que guardam da minha conta? obg",
                 "--region", "PT", "--intent", "privacy_request", "--now", NOW, "--json")
    data = json.loads(result.stdout)
    assert data["detection"]["locale"] == "pt-PT" and data["template"] == "privacy_request"
    assert "RGPD" in data["reply"]["text"] and "GDPR" not in data["reply"]["text"]
