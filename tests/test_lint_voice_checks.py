"""Issue 15's lint: the chosen voice and mixed registers, deadlines and greetings that promise
no day, Japanese set phrases, minor units, separators, honorifics on the right name, 4 in bundles."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from xborder import Toolkit
from xborder.errors import DataError, InputError
from xborder.lint import lint_text

DEC = "2026-12-07T09:00:00+01:00"  # a Monday; 12 Dec is a Saturday, 25 Dec a Friday (holiday)


def only(flags, code):
    return [f for f in flags if f.code == code]


def spans(text, flags):
    return [text[slice(*f.span)] for f in flags]


# -- voice -------------------------------------------------------------------------------
def test_the_market_default_voice_applies_when_none_is_given(toolkit):
    text = "Hola Daniela, tu pedido ya va en camino. Te mandamos la guía por correo."
    assert not only(lint_text(toolkit, text, "es-MX"), "informal_address")  # Mercado Libre writes tú
    assert only(lint_text(toolkit, text, "es-MX", voice="formal"), "informal_address")
    assert only(lint_text(toolkit, "Kannst du uns ein Foto schicken?", "de-DE"), "informal_address")
    assert not only(lint_text(toolkit, "Kannst du uns ein Foto schicken?", "de-DE", voice="informal"),
                    "informal_address")


@pytest.mark.parametrize("locale, text, voice, found", [
    ("de-DE", "Vielen Dank für Ihre Nachricht. Deine Rücksendung ist angekommen.", None, ["Deine"]),
    ("fr-FR", "Merci pour votre message. Ton remboursement est parti.", None, ["Ton"]),
    ("es-MX", "Gracias por tu mensaje. Le pedimos que usted nos mande una foto.", None, ["Le", "usted"]),
    ("es-ES", "Hemos recibido tu devolución. Le confirmamos el reembolso en su tarjeta.", None, ["Le", "su"]),
    ("it-IT", "Ciao Marco, grazie per il tuo messaggio. Le confermiamo il rimborso.", None, ["Le"]),
    ("nl-NL", "Bedankt voor je bericht. Wij hebben uw retour ontvangen.", None, ["uw"]),
    ("pl-PL", "Dzień dobry Pani Agnieszko, Twój zwrot został przyjęty.", None, ["Pani"]),
    ("de-DE", "Hi Lena, danke für deine Nachricht. Wir schicken Ihnen den Link.", "informal", ["Ihnen"]),
])
def test_mixed_registers_are_flagged_in_either_voice(toolkit, locale, text, voice, found):
    flags = only(lint_text(toolkit, text, locale, voice=voice), "informal_address")
    assert spans(text, flags) == found
    assert all("also writes" in f.message for f in flags)


def test_one_register_throughout_is_clean_in_its_voice(toolkit):
    assert not lint_text(toolkit, "Cześć Marto, Twoje zamówienie jest w drodze. Możesz je śledzić.", "pl-PL")
    assert not lint_text(toolkit, "Dzień dobry Pani Mario, Pani zamówienie jest w drodze.", "pl-PL",
                         voice="formal")
    # the article "Le" opening a sentence is no courtesy form
    assert not lint_text(toolkit, "Ciao Marco! Le spese di spedizione sono gratuite.", "it-IT")


def test_unknown_voice_is_an_input_error(toolkit):
    with pytest.raises(InputError, match="unknown voice 'casual'"):
        lint_text(toolkit, "Hallo", "de-DE", voice="casual")
    with pytest.raises(InputError, match="customer_given_name must be text"):
        lint_text(toolkit, "Hallo", "zh-CN", customer_given_name=3)


def test_cli_voice_store_and_bad_input(run, tmp_path):
    text = "Hola Ana, te enviamos tu guía."
    assert json.loads(run("lint", "-", "--locale", "es-MX", "--json", input=text).stdout)["flags"] == []
    formal = json.loads(run("lint", "-", "--locale", "es-MX", "--voice", "formal", "--json", input=text).stdout)
    assert {f["code"] for f in formal["flags"]} == {"informal_address"}
    store = tmp_path / "store.yaml"
    store.write_text("voice: {es-MX: formal}\n", encoding="utf-8")
    stored = json.loads(run("lint", "-", "--locale", "es-MX", "--store", str(store), "--json", input=text).stdout)
    assert stored == formal
    bad = run("lint", "-", "--locale", "es-MX", "--voice", "casual", input=text)
    assert bad.exit_code == 2 and "casual" in bad.stderr
    missing = run("lint", "-", "--locale", "es-MX", "--store", str(tmp_path / "nope.yaml"), input=text)
    assert missing.exit_code == 2 and "nope.yaml" in missing.stderr and "Traceback" not in missing.stderr
    store.write_text("voice: {es-MX: casual}\n", encoding="utf-8")
    wrong = run("lint", "-", "--locale", "es-MX", "--store", str(store), input=text)
    assert wrong.exit_code == 2 and "store.yaml" in wrong.stderr


def test_library_store_voice(toolkit, tmp_path):
    store = tmp_path / "store.yaml"
    store.write_text("voice: {es: formal}\n", encoding="utf-8")
    assert only(Toolkit(data_dirs=[]).lint("Te enviamos tu guía.", "es-MX", store=store), "informal_address")


# -- deadlines and greetings ------------------------------------------------------------------
@pytest.mark.parametrize("locale, text", [
    ("en-US", "Your package should arrive by Saturday, December 12."),
    ("en-US", "You have until December 13 to send it back."),
    ("de-DE", "Ihr Paket ist spätestens bis Samstag, 12. Dezember, bei Ihnen."),
    ("fr-FR", "Votre colis sera livré d'ici le samedi 12 décembre au plus tard."),
    ("es-ES", "Tienes hasta el domingo 13 de diciembre para recogerlo."),
    ("it-IT", "Ti arriverà entro sabato 12 dicembre."),
    ("nl-NL", "Je pakketje komt uiterlijk zaterdag 12 december aan."),
    ("pl-PL", "Zamówienie dotrze najpóźniej do soboty 12 grudnia."),
    ("pt-BR", "Seu pedido chega até sábado, 12 de dezembro."),
    ("ru-RU", "Ваш заказ будет доставлен до 12 декабря."),
    ("tr-TR", "Siparişiniz en geç 12 Aralık Cumartesi gününe kadar ulaşacaktır."),
    ("ja-JP", "ご注文の商品は12月12日（土）までにお届けします。"),
    ("ko-KR", "주문하신 상품은 12월 12일(토)까지 도착할 예정입니다."),
    ("zh-CN", "您的订单预计于12月12日（周六）前送达。"),
    ("th-TH", "จะจัดส่งถึงภายในวันเสาร์ที่ 12 ธันวาคมนี้ค่ะ"),
    ("he-IL", "ההזמנה תגיע עד יום שישי, 11 בדצמבר."),
    ("ar-SA", "سنقوم بتوصيل طلبك في موعد أقصاه يوم السبت 12 ديسمبر."),
    ("hi-IN", "आपका ऑर्डर शनिवार, 12 दिसंबर तक पहुँच जाएगा।"),
    ("id-ID", "Pesanan akan tiba paling lambat hari Sabtu, 12 Desember."),
    # the last day of a range, and a weekday between the deadline word and the date
    ("fr-FR", "Votre colis arrivera entre le 9 et le 12 décembre."),
    ("es-MX", "Tu pedido llegará entre el 9 y el 12 de diciembre."),
    ("de-DE", "Die Lieferung erfolgt zwischen dem 9. und dem 12. Dezember."),
    ("en-GB", "Please send it back by Saturday 12 December."),
    ("pl-PL", "Zwrot zaksięgujemy najpóźniej w sobotę 12 grudnia."),
    ("ru-RU", "Доставим заказ к субботе 12 декабря."),
])
def test_a_deadline_ending_on_a_day_off_is_no_promise(toolkit, locale, text):
    assert not only(lint_text(toolkit, text, locale, now=DEC), "weekend_promise")


@pytest.mark.parametrize("locale, text", [
    ("en-US", "Our technician will come by on Saturday, December 12."),
    ("de-DE", "Unser Kurier liefert am 26. Dezember aus."),
    ("ja-JP", "交換品は12月13日（日）にお届けいたします。"),
    ("pl-PL", "Kurier przyjedzie w sobotę 26 grudnia."),
    ("en-GB", "We will deliver your parcel on Saturday 12 December."),
    ("fr-FR", "Nous livrerons le samedi 12 décembre."),
])
def test_a_day_off_promised_is_still_flagged(toolkit, locale, text):
    assert only(lint_text(toolkit, text, locale, now=DEC), "weekend_promise")


@pytest.mark.parametrize("locale, text", [
    ("de-DE", "Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!"),
    ("es-MX", "Te deseamos una muy feliz Navidad."),
    ("it-IT", "Buon Natale e felice anno nuovo!"),
    ("pt-BR", "Feliz Natal e um ótimo Ano Novo!"),
    ("en-GB", "Merry Christmas and a Happy New Year from everyone here."),
])
def test_a_festival_greeting_is_no_promise(toolkit, locale, text):
    assert not only(lint_text(toolkit, text, locale, now=DEC), "weekend_promise")


def test_japanese_set_phrases_are_not_plain_form(toolkit):
    text = ("いつもお世話になっております。恐れ入りますが、ご確認ください。ご不明点があればお気軽にどうぞ。"
            "今後ともどうぞよろしく。良いお年を。")
    assert not lint_text(toolkit, text, "ja-JP")
    assert only(lint_text(toolkit, "ご注文ありがとう！明日発送するね。", "ja-JP"), "informal_address")


# -- money -------------------------------------------------------------------------------------
@pytest.mark.parametrize("locale, text, amount, suggestion", [
    ("ja-JP", "ご返金額は1,234.50円です。", "1,234.50円", "￥1,235"),
    ("ko-KR", "환불 금액 12,500.00원이 처리되었습니다.", "12,500.00원", "₩12,500"),
    ("en-US", "The import fee was ¥3,500.00.", "¥3,500.00", "¥3,500"),
    ("vi-VN", "Số tiền hoàn lại là 250.000,50 ₫.", "250.000,50 ₫", "250.001 ₫"),
    ("id-ID", "Dana sebesar Rp 150.000,50 sudah kami kembalikan.", "Rp 150.000,50", "Rp 150.001"),
])
def test_minor_units_of_zero_digit_currencies(toolkit, locale, text, amount, suggestion):
    flags = only(lint_text(toolkit, text, locale), "wrong_currency_format")
    assert spans(text, flags) == [amount]
    assert flags[0].suggestion == suggestion


def test_minor_units_pass_where_the_currency_has_them(toolkit):
    assert not lint_text(toolkit, "您的退款¥1,234.50已原路退回。", "zh-CN")  # ¥ is the yuan here
    assert not only(lint_text(toolkit, "ご返金額は1,234円です。", "ja-JP"), "wrong_currency_format")
    assert not only(lint_text(toolkit, "We refunded $1,234.50.", "en-US"), "wrong_currency_format")


@pytest.mark.parametrize("locale, text, amount", [
    ("hi-IN", "आपका रिफंड ₹1.234,50 आज प्रोसेस हो गया है।", "₹1.234,50"),
    ("en-IN", "Your refund of Rs. 2.499,00 has been processed.", "Rs. 2.499,00"),
    ("de-DE", "Die Gutschrift über 1,249.99 € wurde gebucht.", "1,249.99 €"),
])
def test_swapped_separators(toolkit, locale, text, amount):
    assert spans(text, only(lint_text(toolkit, text, locale), "wrong_currency_format")) == [amount]


# -- names -------------------------------------------------------------------------------------
@pytest.mark.parametrize("locale, text, given, family, found", [
    ("zh-CN", "伟先生您好，您的问题已记录。", "伟", "王", "伟先生"),
    ("ko-KR", "서연 님, 안녕하세요.", "서연", "정", "서연 님"),
    ("ko-KR", "서연 고객님, 주문하신 상품이 발송되었습니다.", "서연", "정", "서연 고객님"),
    ("vi-VN", "Chào anh Nguyễn, đơn hàng đã được giao.", "Nam", "Nguyễn", "anh Nguyễn"),
    ("vi-VN", "Kính gửi chị Trần, khoản hoàn tiền đã được chuyển.", None, None, "chị Trần"),
])
def test_honorific_on_the_name_the_culture_does_not_address(toolkit, locale, text, given, family, found):
    flags = only(lint_text(toolkit, text, locale, customer_given_name=given, customer_family_name=family),
                 "name_order")
    assert spans(text, flags) == [found]


@pytest.mark.parametrize("locale, text, given, family", [
    ("zh-CN", "王先生您好，您的问题已记录。", "伟", "王"),
    ("zh-CN", "王伟先生您好，您的问题已记录。", "伟", "王"),
    ("ko-KR", "정서연 고객님, 안녕하세요.", "서연", "정"),
    ("ko-KR", "하람 님, 안녕하세요.", None, None),          # without the names, nothing tells
    ("vi-VN", "Chào anh Nam, đơn hàng đã được giao.", "Nam", "Nguyễn"),
    ("vi-VN", "Kính gửi ông Nguyễn Văn Nam, đơn hàng đã được giao.", None, None),
    ("vi-VN", "Chào chị Hà, đơn hàng đã được giao.", None, None),
])
def test_honorific_on_the_right_name_passes(toolkit, locale, text, given, family):
    assert not only(lint_text(toolkit, text, locale, customer_given_name=given, customer_family_name=family),
                    "name_order")


def test_the_suggestion_addresses_the_right_name(toolkit):
    ko = only(lint_text(toolkit, "서연 님, 안녕하세요.", "ko-KR", customer_given_name="서연",
                        customer_family_name="정"), "name_order")
    assert ko[0].suggestion == "정서연 님"
    zh = only(lint_text(toolkit, "伟先生您好。", "zh-CN", customer_given_name="伟", customer_family_name="王"),
              "name_order")
    assert "王先生" in [f.suggestion for f in zh]
    vi = only(lint_text(toolkit, "Chào anh Nguyễn,", "vi-VN", customer_given_name="Văn Nam",
                        customer_family_name="Nguyễn"), "name_order")
    assert vi[0].suggestion == "anh Nam"


def test_a_rendered_reply_is_checked_with_the_customers_names(toolkit):
    """The reply pipeline passes the structured names on, and the paragraph memo keeps them apart."""
    from xborder.render.render import reply_checks

    now = dt.datetime(2026, 12, 7, 10, tzinfo=dt.timezone.utc)
    wrong = reply_checks(toolkit.resources, "伟先生您好。", "zh-CN", "CN", now, [], "formal", ("伟", "王"))
    assert "name_order" in [f.code for f in wrong]
    right = reply_checks(toolkit.resources, "王先生您好。", "zh-CN", "CN", now, [], "formal", ("伟", "王"))
    assert "name_order" not in [f.code for f in right]
    rendered = toolkit.render("order_shipped", locale="zh-CN", region="CN", context={
        **toolkit.template("order_shipped").examples(), "customer_given_name": "伟", "customer_family_name": "王",
        "customer_title": "mr"})
    assert "王先生" in rendered.text and "name_order" not in [f.code for f in rendered.flags]


def test_cli_structured_names(run):
    args = ("lint", "-", "--locale", "ko-KR", "--json")
    assert json.loads(run(*args, input="하람 님, 안녕하세요.").stdout)["flags"] == []
    flags = json.loads(run(*args, "--customer-given-name", "하람", "--customer-family-name", "정",
                           input="하람 님, 안녕하세요.").stdout)["flags"]
    assert [f["code"] for f in flags] == ["name_order"]


# -- 4 in bundles ---------------------------------------------------------------------------
@pytest.mark.parametrize("locale, text, found", [
    ("ko-KR", "연말 선물로 핸드크림 4종 세트를 준비했습니다.", "4종 세트"),
    ("zh-TW", "本週活動：保溫杯4入組特價中。", "4入組"),
    ("zh-CN", "本店新品四件套限时特惠。", "四件"),
    ("ko-KR", "We are offering a 4-piece skincare set.", "4-piece"),
])
def test_four_in_bundles(toolkit, locale, text, found):
    assert spans(text, only(lint_text(toolkit, text, locale), "taboo_number")) == [found]


def test_four_working_days_is_no_bundle(toolkit):
    assert not lint_text(toolkit, "退款約需7至14個工作天入帳。", "zh-TW")


# -- bad rule files -------------------------------------------------------------------------
_EXAMPLES = "should_flag: ['x']\nshould_pass: ['y']\n"


def _rule(tmp_path, text):
    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(text, encoding="utf-8")
    return Toolkit(data_dirs=[tmp_path])


def test_bad_honorific_rule_says_where(tmp_path):
    toolkit = _rule(tmp_path, "extends: honorific_name\nmessage: x\nlevel: warning\naddressed_by: sideways\n"
                              "honorifics: [先生]\ndescription: a test rule\nlink: https://example.com\n" + _EXAMPLES)
    with pytest.raises(DataError, match=r"Bad.yaml:4.*addressed_by"):
        lint_text(toolkit, "hello", "zh-CN")


def test_bad_deadline_pattern_says_where(tmp_path):
    toolkit = _rule(tmp_path, "extends: weekend_promise\nmessage: x\nlevel: warning\n"
                              "deadline_before: ['by(']\ndescription: a test rule\nlink: https://example.com\n" + _EXAMPLES)
    with pytest.raises(DataError, match=r"Bad.yaml:4"):
        lint_text(toolkit, "We deliver by Friday.", "en-US", region="SA")
