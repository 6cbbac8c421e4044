"""Issue 15, fixer l-oth9b: whose clock a time is on (a window at the customer's door, a shop's
hours, a time the customer gave us, against a cut-off, a call or a live event), informal address
in quoted words and in Japanese lines a helpdesk wrapped, and statutory statements that
contradict the customer's law."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text
from xborder.lint.checks.address import japanese_plain_form

BERLIN = {"team_timezone": "Europe/Berlin", "now": "2030-05-14T10:00:00+02:00"}


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text, locale, expected", [
    # at the door: being home for it, the carrier's own words
    ("The courier delivers tomorrow. Please make sure somebody is home between 8am and 1pm to sign for it.",
     "en-ZA", False),
    ("Blue Express retirará el paquete en su domicilio el jueves, entre las 9:00 y las 14:00 horas.", "es-CL", False),
    ("A transportadora vai passar aí na quinta, das 8h às 12h; é preciso ter alguém em casa.", "pt-BR", False),
    ("配送業者が伺います。お届けは午前9時から12時の間となりますので、ご在宅をお願いいたします。", "ja-JP", False),
    ("설치 기사님이 목요일 오후 1시에서 5시 사이에 방문할 예정입니다.", "ko-KR", False),
    # a shop's hours, its name in the sentence before
    ("Ya puedes pasar por tu pedido a nuestra sucursal de Polanco. Abrimos de 10:00 a 20:00.", "es-MX", False),
    ("渋谷店の営業時間は10時から21時まででございます。", "ja-JP", False),
    # a time the customer gave us
    ("You mentioned the driver left the parcel at 7:40 pm without knocking.", "en-US", False),
    ("Você comentou que o entregador deixou a caixa na portaria às 19h40.", "pt-BR", False),
    ("Вы писали, что посылка пришла вчера в 21:30 с повреждённой упаковкой.", "ru-RU", False),
    ("We've set up the call-back for Wednesday at 4:30 pm, the time you gave us on the form.", "en-US", False),
    # the team's clock: a cut-off, even beside a delivery word; a call; a live event
    ("Place the order before 2pm today and we'll deliver it tomorrow.", "en-GB", True),
    ("Order before 7 pm for same-day delivery.", "en-IN", True),
    ("One of our team will phone you back tomorrow between 2pm and 3pm.", "en-ZA", True),
    ("We're running a live demo on Thursday at 7pm. The courier will deliver your kit before then.", "en-AU", True),
    ("本日15時までにご注文いただいた商品は、当日中にお届けいたします。", "ja-JP", True),
    ("Kurir akan mengantar paket besok. Mohon pastikan ada orang di rumah antara pukul 09.00 dan 12.00.",
     "id-ID", False),
    ("El repartidor pasa el jueves. Tiene que haber alguien en casa de 9 a 13 h.", "es-AR", False),
    ("Saat 15:00'e kadar verilen siparişler aynı gün teslim edilir.", "tr-TR", True),
    ("Please reply before 5 pm today so we can arrange the courier pick-up tomorrow.", "en-SG", True),
    ("Our customer service team is available from 9am to 5pm, Monday to Friday.", "en-AU", True),
    # the shop rule does not reach past a paragraph, nor an online shop
    ("Our online shop is open 24/7.\n\nOur support team is available 9:00–17:00.", "en-GB", True),
])
def test_whose_clock(toolkit, text, locale, expected):
    assert ("time_without_timezone" in codes(toolkit, text, locale, **BERLIN)) is expected


@pytest.mark.parametrize("text, locale, expected", [
    # quoted words and titles are not the agent's address
    ("vielen Dank für Ihre Bestellung aus unserer Serie „Gönn dir was“. Sie erhalten das Set morgen.", "de-DE", False),
    ("Merci pour votre commande du mug « Tu es mon rayon de soleil ».", "fr-FR", False),
    ("Благодарим за покупку книги «Ты сможешь». Ваш заказ уже в пути.", "ru-RU", False),
    ("お客様からのメッセージ「箱が潰れて届いた。中身も割れてる。」を拝見いたしました。", "ja-JP", False),
    ("商品名：今治タオルギフト「いつもありがとう」\n数量：2", "ja-JP", False),
    ('고객님께서 남기신 "빨리 받고 싶어!" 메모도 전달해 드렸어요.', "ko-KR", False),
    # the familiar form outside quotes still counts
    ("Danke für deine Nachricht. Hast du das Paket schon aufgemacht?", "de-DE", True),
    ("Твой заказ уже в пути. Если что-то будет не так, напиши нам.", "ru-RU", True),
    ("注文した「青いマグ」は明日発送するよ。", "ja-JP", True),
    # a Japanese line wrapped mid-sentence is one sentence; a plain line on its own is not
    ("ご注文の扇風機（注文番号 JP-21448）は、ご指定いただいた\n8月14日（火）にお届けいたします。", "ja-JP", False),
    ("返金はもう終わったよ\nカードの明細をご確認ください。", "ja-JP", True),
    ("交換品は明日発送する。届いたら中身を確認して。", "ja-JP", True),
])
def test_informal_address_outside_quotes(toolkit, text, locale, expected):
    assert ("informal_address" in codes(toolkit, text, locale)) is expected


def test_japanese_wrap_keeps_offsets():
    text = "ご指定いただいた\n8月14日にお届けする。"
    spans = list(japanese_plain_form(text))
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]] == "届けする"


@pytest.mark.parametrize("text, locale, expected", [
    # the withdrawal period counted from the order, in each language's contractions
    ("El plazo de desistimiento es de 14 días naturales desde la fecha del pedido.", "es-ES", True),
    ("O prazo de livre resolução é de 14 dias a contar da data da encomenda.", "pt-PT", True),
    ("Vous disposez de 14 jours à compter du jour de votre commande pour vous rétracter.", "fr-FR", True),
    ("You can only cancel within 14 days of placing your order.", "en-GB", True),
    ("Hai 14 giorni dal giorno dell'ordine per restituire il prodotto.", "it-IT", True),
    ("You have 14 days from when you ordered to return it.", "en-IE", True),
    ("Tienes 14 días naturales desde que recibiste el pedido para devolverlo.", "es-ES", False),
    ("Tem 14 dias a contar da receção da encomenda para a devolver.", "pt-PT", False),
    # return postage on the customer where the law puts it on the trader (BR, TR), not where it may not
    ("O frete da devolução fica por sua conta: é só postar o produto.", "pt-BR", True),
    ("O custo do frete de volta é com você.", "pt-BR", True),
    ("Só lembrando que o frete da devolução é pago pelo cliente.", "pt-BR", True),
    ("İade kargo ücretini sizin ödemeniz gerekmektedir.", "tr-TR", True),
    ("O frete da devolução é por nossa conta.", "pt-BR", False),
    ("A troca por outro número é uma cortesia da loja, e nesse caso o envio fica por sua conta.", "pt-BR", False),
    ("Wie in unserer Widerrufsbelehrung angegeben, tragen Sie die unmittelbaren Kosten der Rücksendung.",
     "de-DE", False),
    # sale goods refused, or the guarantee denied; "even within the 7 days" is no period run out
    ("Produtos da promoção não têm direito a devolução, mesmo dentro dos 7 dias.", "pt-BR", True),
    ("Los artículos rebajados no tienen derecho a devolución.", "es-ES", True),
    ("Gli articoli in saldo non sono coperti da garanzia.", "it-IT", True),
    ("La garanzia legale di 24 mesi vale anche per gli articoli in saldo.", "it-IT", False),
    ("Items bought in our Memorial Day sale are final sale.", "en-US", False),
    ("Los artículos rebajados solo admiten cambio, no devolución.", "es-ES", True),
    ("Itens em liquidação não aceitam devolução.", "pt-BR", True),
    ("As despesas com o frete de devolução são de responsabilidade do cliente.", "pt-BR", True),
    ("Auch reduzierte Ware können Sie innerhalb von 14 Tagen zurückgeben.", "de-DE", False),
    ("Masz 14 dni na zwrot od dnia doręczenia paczki.", "pl-PL", False),
])
def test_statutory_statements(toolkit, text, locale, expected):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is expected


@pytest.mark.parametrize("text, locale, expected", [
    ("Siéntete libre de contactarnos si necesitas cualquier otra cosa.", "es-ES", True),
    ("Sentez-vous libre de nous contacter.", "fr-FR", True),
    ("Si senta libero di contattarci per qualsiasi domanda.", "it-IT", True),
    ("Fühlen Sie sich frei, uns jederzeit zu kontaktieren.", "de-DE", True),
    ("No dudes en escribirnos si necesitas cualquier otra cosa.", "es-ES", False),
    ("Me siento libre de decirlo.", "es-ES", False),
])
def test_feel_free_calqued(toolkit, text, locale, expected):
    assert ("idiom" in codes(toolkit, text, locale)) is expected
