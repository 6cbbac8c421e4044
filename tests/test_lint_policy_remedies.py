"""policy_conflict against the refund deadline, the refund's means and the remedies for faulty goods
(``refund_deadline_days``, ``refund_means``, ``faulty_goods_remedy`` in culture_rules/regions)."""
from __future__ import annotations

import json

import pytest

from xborder.lint.conflicts import policy_conflict_flags


def rules(toolkit, text, locale, region):
    return [f.rule for f in policy_conflict_flags(toolkit, text, locale=locale, region=region)]


@pytest.mark.parametrize("text, locale, region", [
    ("Ihr Widerruf ist eingegangen. Den Kaufpreis erstatten wir innerhalb von 30 Werktagen.", "de-DE", "DE"),
    ("Hemos registrado tu desistimiento. El reembolso se realizará en un plazo de 30 días hábiles.", "es-ES", "ES"),
    ("Cayma talebiniz alındı. Ücret iadeniz 30 iş günü içinde yapılacaktır.", "tr-TR", "TR"),
    ("청약철회가 접수되었습니다. 영업일 기준 10일 이내에 환불해 드리겠습니다.", "ko-KR", "KR"),
    ("You've cancelled the order. Please allow up to 28 days for your refund.", "en-GB", "GB"),
    ("Il rimborso del reso arriverà in 30 giorni lavorativi.", "it-IT", "IT"),
    ("您的七天无理由退货已收到，退款将在15个工作日内处理完成。", "zh-CN", "CN"),
    ("Мы получили Ваш отказ от товара. Деньги вернём в течение 30 дней.", "ru-RU", "RU"),
    ("Je hebt binnen de bedenktijd geannuleerd. Het geld staat uiterlijk 6 weken na ontvangst weer op je "
     "rekening.", "nl-NL", "NL"),
])
def test_a_refund_later_than_the_law_allows(toolkit, text, locale, region):
    assert "policy.refund_deadline_days" in rules(toolkit, text, locale, region)


@pytest.mark.parametrize("text, locale, region", [
    ("Ihr Widerruf ist eingegangen. Wir erstatten den Betrag innerhalb von 14 Tagen.", "de-DE", "DE"),
    ("After your return arrives it can take up to 20 business days for your bank to show the refund.",
     "en-GB", "GB"),
    ("반품 상품이 도착한 후 3영업일 이내에 환불해 드립니다.", "ko-KR", "KR"),
    ("退货已收到，退款将在3-5个工作日内原路到账。", "zh-CN", "CN"),
    # no withdrawal or return in the reply: a refund promised after a search is something else
    ("If DHL can't find the parcel within 30 days, we'll refund you in full.", "en-GB", "GB"),
    ("You can return it within 30 days for a full refund.", "en-GB", "GB"),
])
def test_lawful_refund_times_pass(toolkit, text, locale, region):
    assert "policy.refund_deadline_days" not in rules(toolkit, text, locale, region)


@pytest.mark.parametrize("text, locale, region", [
    ("Votre rétractation est enregistrée. Nous ne procédons pas au remboursement : vous recevrez un bon d'achat.",
     "fr-FR", "FR"),
    ("Recebemos seu arrependimento. Não fazemos estorno: o valor fica como crédito na loja.", "pt-BR", "BR"),
    ("Ihr Widerruf ist da. Eine Rückzahlung ist nicht vorgesehen, Sie erhalten einen Warengutschein.",
     "de-AT", "AT"),
])
def test_a_money_refund_refused_for_store_credit(toolkit, text, locale, region):
    assert "policy.withdrawal_days" in rules(toolkit, text, locale, region)


@pytest.mark.parametrize("text, locale, region", [
    ("Le remboursement sera fait sur votre carte. Si vous préférez, nous pouvons aussi vous proposer un bon "
     "d'achat.", "fr-FR", "FR"),
    ("O estorno vai para o mesmo cartão; se preferir crédito na loja, é só avisar.", "pt-BR", "BR"),
    ("We don't refund shipping on gift cards.", "en-US", "US"),
])
def test_credit_as_an_option_passes(toolkit, text, locale, region):
    assert rules(toolkit, text, locale, region) == []


@pytest.mark.parametrize("text, locale, region", [
    ("Sorry the kettle has stopped heating. Please post it back at your own cost and we'll swap it.", "en-GB", "GB"),
    ("Wat vervelend dat de stofzuiger kapot is. Terugsturen is voor je eigen rekening.", "nl-NL", "NL"),
    ("Votre grille-pain est en panne : renvoyez-le, les frais de renvoi restant à votre charge.", "fr-BE", "BE"),
    ("扇風機が動かないとのこと、返品の送料はお客様のご負担となります。", "ja-JP", "JP"),
    ("Lamentamos a avaria. Os portes para a reparação são suportados pelo cliente.", "pt-PT", "PT"),
])
def test_postage_for_faulty_goods_put_on_the_customer(toolkit, text, locale, region):
    assert "policy.faulty_goods_remedy" in rules(toolkit, text, locale, region)


@pytest.mark.parametrize("text, locale, region", [
    ("If you've changed your mind, return postage is at your own expense.", "en-GB", "GB"),
    ("Sorry it's faulty: here is a prepaid label, so sending it back costs you nothing.", "en-GB", "GB"),
    ("Sorry the drill stopped working. No need to contact the manufacturer, we'll replace it.", "en-AU", "AU"),
    ("Ihr Staubsauger ist über drei Jahre alt und defekt; die Gewährleistung von zwei Jahren ist abgelaufen, "
     "daher können wir ihn leider nicht kostenlos reparieren.", "de-DE", "DE"),
    ("お客様のご都合による返品はお受けしておりません。初期不良の場合は送料当店負担にて交換いたします。", "ja-JP", "JP"),
    ("Sale items can't be refunded if you've simply changed your mind, but faulty items are always covered.",
     "en-AU", "AU"),
    ("The screen cracked after you dropped it, so we can't replace it under warranty.", "en-GB", "GB"),
    ("Sorry the lamp arrived broken, we'll send a new one. You're also welcome to contact the manufacturer "
     "for spare bulbs.", "en-GB", "GB"),
    ("お客様都合による返品の場合、送料はお客様のご負担となります。", "ja-JP", "JP"),
])
def test_lawful_answers_about_faults_pass(toolkit, text, locale, region):
    assert "policy.faulty_goods_remedy" not in rules(toolkit, text, locale, region)


@pytest.mark.parametrize("text, locale, region", [
    ("The toaster is 14 months old, outside our 12 month warranty, so there's nothing further we can do.",
     "en-AU", "AU"),
    ("Sorry the heater is faulty. Please contact the manufacturer for a warranty claim.", "en-AU", "AU"),
    ("不良品であっても返品・交換をお受けすることができかねます。メーカーへ直接ご相談ください。", "ja-JP", "JP"),
    ("O liquidificador deu defeito? Procure a assistência técnica do fabricante.", "pt-BR", "BR"),
])
def test_faulty_goods_refused_or_sent_to_the_maker(toolkit, text, locale, region):
    flags = policy_conflict_flags(toolkit, text, locale=locale, region=region)
    flag = next(f for f in flags if f.rule == "policy.faulty_goods_remedy")
    assert flag.severity == "error" and "(" in flag.message  # the evidence names its source


def test_the_evidence_names_the_fact_and_its_source(toolkit):
    (flag,) = [f for f in policy_conflict_flags(
        toolkit, "Your withdrawal is noted. The refund takes 30 days.", locale="en", region="FR")
        if f.rule == "policy.refund_deadline_days"]
    assert "Directive 2011/83/EU art. 13(1)" in flag.message and "14 days" in flag.message


def test_cli_lint_flags_a_late_refund(run):
    result = run("lint", "-", "--locale", "es-ES", "--region", "ES", "--json",
                 input="Tu desistimiento está registrado. Te reembolsaremos en 45 días.")
    assert result.exit_code == 1
    assert "policy.refund_deadline_days" in [f["rule"] for f in json.loads(result.stdout)["flags"]]


def test_cli_policy_show_has_the_new_facts(run):
    data = json.loads(run("policy", "show", "GB", "--json").stdout)
    assert data["facts"]["refund_deadline_days"]["value"] == 14
    assert data["facts"]["faulty_goods_remedy"]["value"] == "seller"


def test_cli_bad_fact_exits_2_with_one_line(run, tmp_path):
    regions = tmp_path / "culture_rules" / "regions"
    regions.mkdir(parents=True)
    (regions / "DE.yaml").write_text(
        "region: DE\nname: Germany (test)\ninherits: EU\nfacts:\n  faulty_goods_remedy:\n    value: maker\n"
        "    source: test source\n    last_reviewed: 2026-01-01\n", encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "policy", "show", "DE")
    assert result.exit_code == 2 and "DE.yaml:" in result.stderr and len(result.stderr.strip().splitlines()) == 1
