"""General fixes found with tests/data/lint/dev9b (issue 15): the customer's law in more phrasings
(vouchers for the amount, the guarantee denied, the maker sent the fault, the right said not to
apply), taboo numbers written in words and with more counters, religious observances per market,
calques of "at the end of the day", and money marks in lakh amounts and ringgit."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.errors import XborderError
from xborder.lint import lint_text
from xborder.policy.profiles import effective_profile


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text,locale", [
    ("Ya recibimos el abrigo que devolviste. Te hemos generado un cupón por el valor del pedido.", "es-ES"),
    ("Suite à votre rétractation, nous vous adressons un avoir du montant de votre commande.", "fr-FR"),
    ("Ihre Rücksendung ist eingegangen. Den Warenwert schreiben wir Ihnen als Gutschein gut.", "de-DE"),
    ("Bij een retour ontvang je een tegoedbon ter waarde van het aankoopbedrag. Geld terugstorten is bij ons "
     "niet mogelijk.", "nl-NL"),
    ("Reduzierte Ware ist leider von der Gewährleistung ausgeschlossen, auch wenn sie defekt ist.", "de-DE"),
    ("Os artigos comprados em saldos não têm garantia, pelo que não podemos proceder à troca.", "pt-PT"),
    ("Per gli articoli acquistati in saldo non è previsto il diritto di recesso.", "it-IT"),
    ("Os produtos da Black Friday não têm direito de arrependimento.", "pt-BR"),
    ("Podés arrepentirte de la compra dentro de los 3 días de recibido el pedido.", "es-AR"),
    ("Vous disposez de 14 jours à compter de la date de votre commande pour exercer votre droit de rétractation.",
     "fr-FR"),
    ("Wir haben Ihren Widerruf erhalten. Die Rückzahlung erfolgt spätestens 6 Wochen nach Eingang der Ware.", "de-DE"),
    ("Ücret iadeniz, ürün depomuza ulaştıktan sonra 45 gün içinde hesabınıza yansıyacaktır.", "tr-TR"),
    ("Vid ångerrätt återbetalar vi beloppet inom 30 dagar.", "sv-SE"),
    ("Zboží můžete vrátit do 7 dnů od doručení.", "cs-CZ"),
    ("I'm sorry the toaster stopped working. The manufacturer handles all faults, so please get in touch with them.",
     "en-GB"),
    ("Lamentamos que la plancha presente fallas, pero nuestra garantía es de 30 días y ya se cumplió, por lo que no "
     "podemos cambiarla.", "es-CL"),
])
def test_policy_conflicts_in_more_phrasings(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text,locale", [
    ("Te reembolsaremos el importe en tu tarjeta; si lo prefieres, también podemos darte un vale por el mismo valor.",
     "es-ES"),
    ("Wir haben Ihre Rücksendung erhalten und erstatten den Betrag auf Ihre Kreditkarte. Zusätzlich erhalten Sie "
     "einen Gutschein im Wert von 10 €.", "de-DE"),
    ("Votre retour est arrivé. Vous recevrez un avoir d'une valeur de 20 €, en plus du remboursement.", "fr-FR"),
    ("Dès réception de votre retour, nous vous rembourserons par virement ou, à votre choix, par un crédit sur votre "
     "compte client.", "fr-FR"),
    ("We can't promise delivery by Friday, and there is no guarantee that the courier will call first.", "en-GB"),
    ("Sin garantía de entrega en 24 horas.", "es-ES"),
    ("Este producto no tiene garantía del fabricante, pero sí la garantía legal de 3 años.", "es-ES"),
    ("Les dommages liés à une chute ne sont pas couverts par la garantie.", "fr-FR"),
    ("A garantia legal é de 3 anos, e a marca oferece mais 2 anos de garantia comercial.", "pt-PT"),
    ("Bitte senden Sie uns das defekte Gerät; wir kümmern uns um die Reparatur beim Hersteller.", "de-DE"),
    ("Tenés 10 días corridos desde que recibiste el pedido para arrepentirte de la compra.", "es-AR"),
])
def test_lawful_statements_pass(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


def test_chile_has_its_facts(toolkit):
    profile = effective_profile(toolkit.resources, "CL")
    assert profile.value("legal_guarantee_months") == 6 and profile.value("faulty_goods_remedy") == "seller"


@pytest.mark.parametrize("text,locale,expected", [
    ("As a Lunar New Year gift, we've added four pineapple tarts to your order.", "en-SG", True),
    ("As a Lunar New Year gift, we've added two mandarin oranges to your order.", "en-SG", False),
    ("As a Lunar New Year gift, we've added four pineapple tarts to your order.", "en-GB", False),
    ("В честь праздника мы дарим букет из шести тюльпанов.", "ru-RU", True),
    ("В честь праздника мы дарим букет из пяти тюльпанов.", "ru-RU", False),
    ("Вы заказали букет из 6 роз, он уже передан курьеру.", "ru-RU", False),
    ("为表歉意，我们将为您加赠4罐同款茶叶。", "zh-CN", True),
    ("依据第4条规定处理。", "zh-CN", False),
    ("사과의 의미로 마스크팩 4매를 함께 보내 드리겠습니다.", "ko-KR", True),
    ("주문하신 양말 4켤레는 내일 출고될 예정입니다.", "ko-KR", False),
    ("和食器4客セットを特別価格でご用意いたしました。", "ja-JP", True),
    ("ご注文いただいたタオル4枚組は本日発送いたしました。", "ja-JP", False),
])
def test_taboo_numbers(toolkit, text, locale, expected):
    assert ("taboo_number" in codes(toolkit, text, locale)) is expected


def test_number_words_must_map_to_numbers(tmp_path):
    folder = tmp_path / "culture_rules" / "lint" / "zz"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(
        "extends: taboo_number\nmessage: m\napplies_to: {languages: [en]}\ntokens: ['4']\ncontexts: [count]\n"
        "counters: [gifts]\nnumber_words: {four: many}\ndescription: d\nlink: https://example.org\n"
        "should_flag: ['four gifts']\nshould_pass: ['three gifts']\n", encoding="utf-8")
    with pytest.raises(XborderError, match="number_words"):
        lint_text(Toolkit(data_dirs=[tmp_path]), "four gifts", "en-US")


@pytest.mark.parametrize("text,locale,region,expected", [
    ("Kara Cuma indirimlerimiz yakında başlıyor.", "tr-TR", None, True),
    ("Efsane Cuma indirimlerimiz yakında başlıyor.", "tr-TR", None, False),
    ("Our Black Friday deals start soon.", "en-US", None, False),
    ("เนื่องในวันมาฆบูชา ลดราคาไวน์ทุกขวด 20%", "th-TH", None, True),
    ("เนื่องในวันมาฆบูชา ทางร้านงดจำหน่ายเครื่องดื่มแอลกอฮอล์ทุกชนิดค่ะ", "th-TH", None, False),
])
def test_religious_observances(toolkit, text, locale, region, expected):
    assert ("religious_insensitivity" in codes(toolkit, text, locale, region=region)) is expected


def test_end_of_the_day_calques(toolkit):
    assert "idiom" in codes(toolkit, "Am Ende des Tages zählt nur, dass Sie zufrieden sind.", "de-DE")
    assert "idiom" not in codes(toolkit, "Ihr Paket wird bis zum Ende des Tages übergeben.", "de-DE")
    assert "idiom" in codes(toolkit, "Al final del día, lo que queremos es que estés contento.", "es-ES")


@pytest.mark.parametrize("text,locale,expected", [
    ("We have processed a refund of ₹1.24.999,00.", "en-IN", True),
    ("We have processed a refund of ₹1,24,999.00.", "en-IN", False),
    ("Bayaran balik sebanyak RM 2.450,00 telah dikreditkan.", "ms-MY", True),
    ("Bayaran balik sebanyak RM2,450.00 telah dikreditkan.", "ms-MY", False),
    ("差額の¥1,200.50を返金いたしました。", "ja-JP", True),
])
def test_money_marks(toolkit, text, locale, expected):
    assert ("wrong_currency_format" in codes(toolkit, text, locale)) is expected

