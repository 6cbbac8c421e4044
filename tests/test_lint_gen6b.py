"""General fixes found with tests/data/lint/dev10b (issue 15): the right to return refused for sale or
opened goods in any language the region's law covers, return postage and refund terms from the region's
facts, solemn days treated as festivities, beef for Hindu festivals, the moutza, the caller's names in
the wrong order or a title on part of a given name, and more calques."""
from __future__ import annotations

import pytest

from xborder.errors import XborderError
from xborder.lint import lint_text


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text,locale", [
    ("Da die Verpackung geöffnet wurde, ist ein Widerruf leider nicht mehr möglich.", "de-DE"),
    ("Ångerrätten gäller inte för produkter som köpts på rea.", "sv-SE"),
    ("Varer, der er købt på udsalg, kan dog ikke returneres.", "da-DK"),
    ("Produsele desigilate nu pot fi returnate.", "ro-RO"),
    ("按照本店规定，拆封商品不支持七天无理由退货。", "zh-CN"),
    ("Gli articoli del Black Friday non sono né resi né rimborsabili.", "it-IT"),
    ("Para exercer o direito de arrependimento, o frete de devolução fica por sua conta.", "pt-BR"),
    ("Cayma hakkı için iade kargo ücreti tarafınıza aittir.", "tr-TR"),
    ("La garantie légale ne couvre que les 12 premiers mois après l'achat.", "fr-FR"),
    ("Refunds for cancelled orders are processed within 28 days of us receiving your cancellation notice.", "en-GB"),
])
def test_rights_refused_in_more_phrasings(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text,locale", [
    ("Der Widerruf bleibt auch bei geöffneter Verpackung möglich.", "de-DE"),
    ("Ångerrätten gäller även för produkter som köpts på rea.", "sv-SE"),
    ("当店ではお客様都合による開封後の返品はお受けしておりません。", "ja-JP"),
    ("Final-sale items can't be returned, as noted on the product page.", "en-US"),
    ("We don't offer refunds on sale items if you simply change your mind.", "en-AU"),
    ("If you'd prefer, we can give you a gift card for the amount instead of a refund. It's entirely your "
     "choice.", "en-IE"),
    ("단순 변심에 의한 반품의 경우 왕복 배송비는 고객님 부담입니다.", "ko-KR"),
])
def test_lawful_statements_pass(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text,locale,expected", [
    ("Happy Yom Kippur! Celebrate with 25% off brunch boxes.", "en-US", True),
    ("Zum Totensonntag am 26. November feiern wir mit einer großen Party-Rabattnacht.", "de-DE", True),
    ("祝您清明節愉快！", "zh-TW", True),
    ("Our Good Friday sale runs until midnight.", "en-GB", False),
    ("Our Deepavali hamper includes premium beef rendang.", "en-SG", True),
    ("Our Christmas hamper includes beef rendang.", "en-SG", False),
    ("我们新上架的佛头卫生纸盒很受欢迎。", "zh-CN", True),
    ("خدمة توصيل القهوة ستتوفر يوميًا الساعة 11 صباحًا طوال شهر رمضان.", "ar-SA", True),
])
def test_religious_observances(toolkit, text, locale, expected):
    assert ("religious_insensitivity" in codes(toolkit, text, locale)) is expected


def test_moutza_in_greece_only(toolkit):
    assert "gesture_emoji" in codes(toolkit, "Παρακαλούμε περιμένετε ✋", "el-GR")
    assert "gesture_emoji" not in codes(toolkit, "Please wait ✋", "en-GB")


@pytest.mark.parametrize("text,given,family,expected", [
    ("Hi Jia Hui Ng,\n\nYour parcel is on its way.", "Jia Hui", "Ng", True),
    ("Hi Ng Jia Hui,\n\nYour parcel is on its way.", "Jia Hui", "Ng", False),
    ("Hi Jason Tan,\n\nYour parcel is on its way.", "Jason", "Tan", False),
    ("Dear Mr Ming,\n\nYour parcel is on its way.", "Wei Ming", "Tan", True),
    ("Dear Mr Tan,\n\nYour parcel is on its way.", "Wei Ming", "Tan", False),
])
def test_caller_names_in_singapore(toolkit, text, given, family, expected):
    found = codes(toolkit, text, "en-SG", customer_given_name=given, customer_family_name=family)
    assert ("name_order" in found) is expected


def test_caller_order_must_be_a_boolean(tmp_path):
    from xborder import Toolkit

    folder = tmp_path / "culture_rules" / "lint" / "zh"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(
        'extends: name_order\nmessage: "m"\napplies_to: {regions: [SG]}\ncaller_order: "yes"\n'
        'family_names: [Tan]\ngiven_names: [Wei]\ndescription: d\nlink: https://example.org\n'
        'should_flag: ["Hi Wei Tan"]\nshould_pass: ["Hi Tan Wei"]\n', encoding="utf-8")
    with pytest.raises(XborderError, match="caller_order"):
        lint_text(Toolkit(data_dirs=[tmp_path]), "Hi Wei Tan,\n\nThanks.", "en-SG")


@pytest.mark.parametrize("text,locale", [
    ("Der Ball liegt jetzt in Ihrem Spielfeld.", "de-DE"),
    ("Bitte halten Sie noch kurz Ihre Pferde.", "de-DE"),
    ("ボールは今お客様のコートにあります。", "ja-JP"),
    ("我们会一直让您在循环中，直到包裹送达。", "zh-CN"),
])
def test_more_calques(toolkit, text, locale):
    assert "idiom" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text,locale,expected", [
    ("Reklamację rozpatrzymy w ciągu 30 dni od jej otrzymania.", "pl-PL", True),
    ("Reklamację rozpatrzymy w ciągu 14 dni od jej otrzymania.", "pl-PL", False),
    ("Reklamację można złożyć w ciągu 30 dni od odbioru.", "pl-PL", False),
    ("The headphones stopped working after ten days. We can offer a free repair; we're unable to offer a refund "
     "once an item has been used.", "en-GB", True),
    ("The headphones stopped working after 14 months. We can offer a free repair; we're unable to offer a refund "
     "at this stage.", "en-GB", False),
    ("The headphones stopped working after ten days. We'll refund you in full or, if you prefer, repair them.",
     "en-GB", False),
])
def test_complaint_answer_and_short_term_reject_from_the_facts(toolkit, text, locale, expected):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is expected


def test_answer_days_must_be_a_whole_number(tmp_path):
    from xborder import Toolkit
    from xborder.policy.profiles import effective_profile

    folder = tmp_path / "culture_rules" / "regions"
    folder.mkdir(parents=True)
    (folder / "PL.yaml").write_text(
        "region: PL\nname: Poland\ninherits: EU\nfacts:\n  faulty_goods_remedy:\n    value: seller\n"
        "    answer_days: fourteen\n    source: test\n    last_reviewed: 2026-12-06\n", encoding="utf-8")
    with pytest.raises(XborderError, match="answer_days"):
        effective_profile(Toolkit(data_dirs=[tmp_path]), "PL")


@pytest.mark.parametrize("text,locale,expected", [
    ("Die Rücksendung ist nur originalverpackt und ungeöffnet möglich.", "de-DE", True),
    ("Zwrot towaru jest możliwy wyłącznie w nienaruszonym, nieotwartym opakowaniu.", "pl-PL", True),
    ("Senden Sie die Ware bitte möglichst in der Originalverpackung zurück; eine geöffnete Verpackung schließt den "
     "Widerruf aber nicht aus.", "de-DE", False),
    ("Artikelen die u tijdens de solden kocht, kunnen helaas niet worden teruggestuurd.", "nl-BE", True),
    ("Ook artikelen uit de solden kunt u binnen 14 dagen na levering terugsturen.", "nl-BE", False),
])
def test_returns_only_unopened_and_belgian_sales(toolkit, text, locale, expected):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is expected


@pytest.mark.parametrize("text,locale,expected", [
    ("We houden u in de loop.", "nl-NL", True),
    ("We houden u op de hoogte.", "nl-NL", False),
    ("Będziemy Panią trzymać w pętli aż do doręczenia paczki.", "pl-PL", True),
    ("배송 완료 시까지 고객님을 계속 루프에 포함시켜 드리겠습니다.", "ko-KR", True),
])
def test_in_the_loop_calques(toolkit, text, locale, expected):
    assert ("idiom" in codes(toolkit, text, locale)) is expected
