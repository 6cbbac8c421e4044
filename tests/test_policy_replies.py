"""Policy in replies: notes per template and region, and policy_conflict flags in many languages."""
from __future__ import annotations

import pytest

from xborder.lint.conflicts import policy_conflict_flags
from xborder.render.render import policy_notes

NOW = "2026-11-23T09:00:00+00:00"


def test_return_template_to_germany_notes_the_withdrawal_right(toolkit):
    notes = policy_notes(toolkit, "return_instructions", "DE", "de")
    first = notes[0]
    assert first["topic"] == "withdrawal" and first["fact"] == "withdrawal_days" and first["value"] == 14
    assert "14 days" in first["text"] and first["source"].startswith("BGB")
    assert any(n["fact"] == "withdrawal_fee_percent" for n in notes)


def test_privacy_request_gives_the_deadline_under_the_customers_law(toolkit):
    br = {n["fact"]: n for n in policy_notes(toolkit, "privacy_request", "BR", "pt-BR")}
    assert br["dsar_deadline_days"]["value"] == 15 and "LGPD" in br["privacy_law"]["value"]
    ca = {n["fact"]: n for n in policy_notes(toolkit, "privacy_request", "US-CA", "en")}
    assert ca["dsar_deadline_days"]["value"] == 45
    eu = {n["fact"]: n for n in policy_notes(toolkit, "privacy_request", "AT", "de")}
    assert eu["dsar_deadline_days"]["profile"] == "EU" and "Austria" in eu["dsar_deadline_days"]["text"]


def test_a_null_fact_still_gives_a_note(toolkit):
    (note,) = policy_notes(toolkit, "return_instructions", "US", "en")
    assert note["value"] is None and "No statutory withdrawal period" in note["text"]


def test_language_requirement_note(toolkit):
    notes = policy_notes(toolkit, "complaint_received", "FR", "en")
    assert any(n["topic"] == "language" and "'en'" in n["text"] for n in notes)
    assert not any(n["topic"] == "language" for n in policy_notes(toolkit, "complaint_received", "FR", "fr"))


def test_no_region_or_no_profile_gives_no_notes(toolkit):
    assert policy_notes(toolkit, "return_instructions", None, "en") == ()
    assert policy_notes(toolkit, "return_instructions", "KE", "en") == ()
    assert policy_notes(toolkit, "order_delayed", "DE", "de") == ()


@pytest.mark.parametrize("text, region", [
    ("You can return any item within 7 days of delivery.", "DE"),
    ("You have one week to send it back.", "FR"),
    ("Sie können den Artikel innerhalb von 7 Tagen zurücksenden.", "DE"),
    ("Puede devolver el producto en un plazo de 7 días.", "ES"),
    ("Você pode devolver o produto em até 5 dias.", "BR"),
    ("Vous pouvez retourner l'article sous 7 jours.", "FR"),
    ("Può restituire l'articolo entro 7 giorni.", "IT"),
    ("U kunt het artikel binnen 7 dagen retourneren.", "NL"),
    ("Mogą Państwo zwrócić towar w ciągu 7 dni.", "PL"),
    ("Ürünü 7 gün içinde iade edebilirsiniz.", "TR"),
    ("Вы можете вернуть товар в течение 3 дней.", "RU"),
    ("يمكنك إرجاع المنتج خلال 7 أيام.", "ES"),
    ("商品到着後7日以内であれば返品を承ります。", "DE"),
    ("반품은 수령 후 5일 이내에 가능합니다.", "KR"),
    ("所有商品均可在签收后3天内退货。", "CN"),
])
def test_short_return_window_is_a_conflict(toolkit, text, region):
    flags = policy_conflict_flags(toolkit, text, locale="en", region=region)
    assert [f.code for f in flags] == ["policy_conflict"], text
    assert flags[0].severity == "error" and flags[0].rule == "policy.withdrawal_days"
    start, end = flags[0].span
    assert any(ch.isdigit() for ch in text[start:end]) or "week" in text[start:end]


@pytest.mark.parametrize("text, region", [
    ("You can return any item within 30 days. We will refund you within 5 days.", "DE"),
    ("You can return any item within 7 days.", "US"),          # no statutory right to undercut
    ("Sie können den Artikel innerhalb von 14 Tagen zurücksenden.", "DE"),
    ("Wir erstatten Ihnen den Betrag innerhalb von 5 Tagen.", "DE"),
    ("Ürünü 14 gün içinde iade edebilirsiniz. Ücret iadenizi 5 gün içinde yapacağız.", "TR"),
    ("Мы вернём Вам деньги в течение 5 дней.", "RU"),
    ("There is no restocking fee on returns.", "FR"),
    ("Your parcel will arrive within 3 days.", "DE"),
    ("You can return any item within 7 days.", None),
])
def test_no_conflict(toolkit, text, region):
    assert policy_conflict_flags(toolkit, text, locale="en", region=region) == []


@pytest.mark.parametrize("text, region", [
    ("A 15% restocking fee applies to returned items.", "FR"),
    ("Bei Rücksendungen berechnen wir eine Wiedereinlagerungsgebühr von 10 %.", "DE"),
    ("Se aplica una tarifa de reposición del 10 % a las devoluciones.", "ES"),
    ("A 10% restocking fee applies.", "IL"),                    # Israel allows at most 5%
])
def test_restocking_fee_on_a_withdrawal(toolkit, text, region):
    flags = policy_conflict_flags(toolkit, text, locale="en", region=region)
    assert flags and flags[0].rule == "policy.withdrawal_fee_percent"


def test_guarantee_and_data_request_warnings(toolkit):
    (g,) = policy_conflict_flags(toolkit, "Our products come with a 12-month warranty.", region="ES")
    assert g.severity == "warning" and "36 months" in g.message
    (d,) = policy_conflict_flags(toolkit, "We will answer your personal data request within 45 days.",
                                 region="DE")
    assert d.rule == "policy.dsar_deadline_days"
    assert policy_conflict_flags(toolkit, "We answer data requests about your personal data in 10 days.",
                                 region="DE") == []


def test_every_shipped_template_is_free_of_conflicts(toolkit):
    locales = ["en", *toolkit.available_locales()]
    for name in toolkit.template_names():
        context = toolkit.template(name).examples()
        for locale in locales:
            text = toolkit.render(name, locale=locale, context=context, now=NOW).text
            for region in ("DE", "ES", "BR", "KR", "RU", "TR", "CN", "NZ"):
                assert policy_conflict_flags(toolkit, text, locale=locale, region=region) == [], \
                    (name, locale, region)


FEE_PHRASES = ["A 15% RESTOCKING FEE applies.", "eine Wiedereinlagerungsgebühr von 10 %", "İADE ÜCRETİ %5",
               "frais de retour de 5 €", "spese di reso del 10%", "retourkosten", "opłata za zwrot",
               "плата за возврат", "رسوم الإرجاع", "返品手数料", "반품 수수료", "退货手续费", "taxa de devolução"]


def test_the_fee_prefilter_finds_what_the_fee_pattern_finds(toolkit):
    """Restocking-fee phrases are looked for only in text holding one of their literals; on
    phrases in every language, and every template's reply, that misses nothing."""
    from xborder.lint.conflicts import _fee_spans, _patterns

    p = _patterns(toolkit)
    assert p.fee_needles, "every language's fee phrases should have literals"
    texts = FEE_PHRASES + [f"Note: {phrase} on returns." for phrase in FEE_PHRASES]
    texts += [toolkit.render(name, locale=loc, context=toolkit.template(name).examples(), region="DE",
                             now=NOW, checks=False).text
              for name in toolkit.template_names() for loc in ("de", "fr", "tr", "ja")]
    found = 0
    for text in texts:
        spans = [m.span() for m in p.fee.finditer(text)]
        assert _fee_spans(p, text) == spans, text
        found += bool(spans)
    assert found >= 2 * len(FEE_PHRASES) - 2


def test_reply_json_carries_the_legal_notice_only_with_policy_notes(run):
    import json

    with_notes = run("reply", "return_instructions", "--locale", "de-DE", "--region", "DE", "--examples",
                     "--now", NOW, "--json")
    data = json.loads(with_notes.stdout)
    assert data["policy_notes"] and data["notice"].startswith("Not legal advice")
    assert "legal advice" not in data["text"].lower()
    text = run("reply", "return_instructions", "--locale", "de-DE", "--region", "DE", "--examples", "--now", NOW)
    assert "Not legal advice" not in text.stdout and "Not legal advice" not in text.stderr
    plain = json.loads(run("reply", "order_delayed", "--locale", "en", "--examples", "--now", NOW,
                           "--json").stdout)
    assert plain["policy_notes"] or "notice" not in plain


@pytest.mark.parametrize("text, region, fact", [
    # a blanket refusal of returns, where the law gives a right of withdrawal
    ("Sale items are final sale and cannot be returned.", "GB", "withdrawal_days"),
    ("Reduzierte Ware ist grundsätzlich vom Umtausch und von der Rückgabe ausgeschlossen.", "DE", "withdrawal_days"),
    ("Les articles soldés ne sont ni repris ni échangés.", "FR", "withdrawal_days"),
    ("Los productos en oferta no admiten devoluciones.", "ES", "withdrawal_days"),
    ("I prodotti in saldo non sono rimborsabili.", "IT", "withdrawal_days"),
    ("Artigos em promoção não podem ser devolvidos.", "PT", "withdrawal_days"),
    ("Sale-artikelen kunnen niet worden geretourneerd.", "NL", "withdrawal_days"),
    ("Towary z wyprzedaży nie podlegają zwrotowi.", "PL", "withdrawal_days"),
    ("特价商品一经售出概不退换。", "CN", "withdrawal_days"),
    ("İndirimli ürünlerde iade kabul edilmemektedir.", "TR", "withdrawal_days"),
    ("المنتجات المخفضة غير قابلة للإرجاع.", "SA", "withdrawal_days"),
    ("할인 상품은 반품이 불가합니다.", "KR", "withdrawal_days"),
    ("All sales are final.", "AE", "no_returns_clause"),      # no withdrawal period, but the clause is void
    # a refund only as store credit, where the withdrawal is refunded by the means paid with
    ("Refunds are issued as store credit only.", "GB", "withdrawal_days"),
    ("Die Erstattung erfolgt ausschließlich als Gutschein.", "AT", "withdrawal_days"),   # the EU baseline's fact
    ("Le remboursement se fera uniquement sous forme d'avoir.", "FR", "withdrawal_days"),
    # warranty void if opened, where a statutory guarantee exists
    ("Die Garantie erlischt, sobald die Verpackung geöffnet wurde.", "DE", "legal_guarantee_months"),
    ("La garanzia decade se la confezione viene aperta.", "IT", "legal_guarantee_months"),
    # the customer pays return shipping where the law puts it on the trader
    ("İade kargo ücreti alıcıya aittir.", "TR", "withdrawal_return_cost"),
])
def test_refusals_that_deny_a_statutory_right(toolkit, text, region, fact):
    flags = policy_conflict_flags(toolkit, text, region=region)
    assert [f.rule for f in flags] == [f"policy.{fact}"], flags
    assert flags[0].severity == "error" and "(" in flags[0].message  # the law's source is cited


@pytest.mark.parametrize("text, region", [
    ("Sale items are final sale.", "US"),                         # no statutory right in the data
    ("セール品は返品をお受けできません。", "JP"),
    ("Personalised items cannot be returned.", "GB"),            # a statutory exception
    ("Hygieneartikel sind nach dem Öffnen des Siegels vom Umtausch ausgeschlossen.", "DE"),
    ("定制商品一经售出概不退换。", "CN"),
    ("Your 14-day return period has expired, so we can no longer accept a return.", "GB"),
    ("After 30 days, returns are no longer possible.", "DE"),     # longer than the law's 14 days
    ("If you prefer, we can also refund you with a voucher.", "GB"),
    ("Die Rücksendekosten tragen Sie.", "DE"),                    # the EU lets the consumer bear them
    ("Les frais de retour sont offerts.", "FR"),                  # return shipping is no restocking fee
    ("Please note the warranty is void if the box is opened.", "GB"),  # no fixed statutory period in the data
    # no return needed, a refund without a return, gift cards: no refusal of a right
    ("Sie müssen keine Rückgabe veranlassen, wir erstatten den Betrag so.", "DE"),
    ("Aucun retour n'est nécessaire : nous vous remboursons.", "FR"),
    ("Fizemos o reembolso sem devolução do produto.", "PT"),
    ("U hoeft het artikel niet retour te sturen.", "NL"),
    ("Мы вернём деньги без возврата товара.", "RU"),
    ("Gift cards cannot be refunded.", "GB"),
])
def test_lawful_refusals_pass(toolkit, text, region):
    assert policy_conflict_flags(toolkit, text, region=region) == []


@pytest.mark.parametrize("text, locale, region, flagged", [
    # a stated return period against the statutory withdrawal period: shorter is a conflict,
    # equal or longer is fine, in words or digits, whatever it is counted from
    ("Informamos que, de acordo com a nossa política, dispõe de 7 dias após a receção da encomenda "
     "para solicitar a devolução.", "pt-PT", "PT", True),
    ("Dispõe de 14 dias após a receção da encomenda para solicitar a devolução.", "pt-PT", "PT", False),
    ("Cayma hakkı süresi teslimattan itibaren 7 gündür.", "tr-TR", "TR", True),
    ("Cayma hakkı süresi teslimattan itibaren 14 gündür.", "tr-TR", "TR", False),
    ("İade süresi yedi gündür.", "tr-TR", "TR", True),
    ("You've got seven days from delivery to send it back.", "en-GB", "GB", True),
    ("You have 7 days after delivery to return the item.", "en-GB", "GB", True),
    ("Masz siedem dni na zwrot towaru.", "pl-PL", "PL", True),
    ("У вас есть семь дней на возврат товара.", "ru-RU", "DE", True),
    ("Dispone de siete días naturales desde la entrega para devolverlo.", "es-ES", "ES", True),
    # a period for something else: delivery, a reply, a refund's processing
    ("We will ship the replacement within 2 days of receiving your return.", "en-GB", "GB", False),
    ("We will reply within 2 days about your return.", "en-GB", "GB", False),
    ("O reembolso é feito em 7 dias após recebermos a devolução.", "pt-PT", "PT", False),
    ("El envío tarda 3 días laborables y tienes 30 días para devolverlo.", "es-ES", "ES", False),
    # counted from the order where the law counts from delivery
    ("You have 14 days from the order date to return it.", "en-GB", "GB", True),
    ("Può restituire il prodotto entro 14 giorni dalla data dell'ordine.", "it-IT", "IT", True),
    ("U heeft 14 dagen na de besteldatum om het artikel te retourneren.", "nl-NL", "NL", True),
    ("You have 14 days from delivery to return it.", "en-GB", "GB", False),
    ("Vous disposez de 30 jours à compter de la commande pour nous retourner l'article.", "fr-FR", "FR", False),
])
def test_stated_return_periods_against_the_law(toolkit, text, locale, region, flagged):
    flags = policy_conflict_flags(toolkit, text, locale=locale, region=region)
    assert bool(flags) is flagged, (text, [f.message for f in flags])
    assert all(f.rule == "policy.withdrawal_days" for f in flags)


@pytest.mark.parametrize("text, locale, region, fact", [
    # sale goods refused where the law's right covers them too
    ("Unfortunately, sale items are non-refundable, so we're unable to accept the return.", "en-GB", "GB",
     "withdrawal_days"),
    ("Da es sich um einen Artikel aus dem Sale handelt, ist eine Erstattung leider nicht möglich.", "de-DE", "DE",
     "withdrawal_days"),
    ("Les articles achetés pendant les soldes ne sont pas remboursables.", "fr-FR", "FR", "withdrawal_days"),
    ("Kampanyalı ürünlerin iadesi yapılamaz.", "tr-TR", "TR", "withdrawal_days"),
    ("해당 상품은 시즌오프 세일 상품이라 수령 후 기간과 관계없이 교환 및 환불이 불가합니다.", "ko-KR", "KR",
     "withdrawal_days"),
    ("很抱歉，清仓特价商品不支持退款。", "zh-CN", "CN", "withdrawal_days"),
    # Australia: no withdrawal right, but the consumer guarantees cover faulty sale goods (ACCC)
    ("It was bought in our summer sale, and sale items aren't eligible for a refund or replacement.", "en-AU", "AU",
     "no_returns_clause"),
    ("No refunds on sale items.", "en-AU", "AU", "no_returns_clause"),
])
def test_sale_goods_refused_against_the_law(toolkit, text, locale, region, fact):
    flags = policy_conflict_flags(toolkit, text, locale=locale, region=region)
    assert [f.rule for f in flags] == [f"policy.{fact}"], text
    assert "sale goods" in flags[0].message


@pytest.mark.parametrize("text, locale, region", [
    ("Sale items can't be refunded if you've simply changed your mind, but faulty items are covered.", "en-AU", "AU"),
    ("Sale items are non-refundable.", "en-US", "US"),                 # no statutory right there
    ("セール品は返品をお受けできません。", "ja-JP", "JP"),
    ("Our clearance sale ends on Sunday. The booking fee is non-refundable.", "en-GB", "GB"),
    ("Sale items are excluded from free shipping.", "en-GB", "GB"),
    ("The deposit is non-refundable.", "en-GB", "GB"),
    ("세일 상품도 수령 후 7일 이내에는 반품이 가능합니다.", "ko-KR", "KR"),
    ("特价商品同样支持七天无理由退货。", "zh-CN", "CN"),
    ("Refunds for sale items are processed within 5 working days.", "en-GB", "GB"),
])
def test_sale_words_without_a_denied_right_pass(toolkit, text, locale, region):
    assert policy_conflict_flags(toolkit, text, locale=locale, region=region) == [], text
