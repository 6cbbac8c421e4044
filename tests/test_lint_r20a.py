"""The classes of dev20a's disagreements (issue 15), each in the languages its check reads: something
brought to the customer's own office or home at a set time (their clock), calls in more languages, the
customer placed in a city abroad by a pronoun; delivery that rests, pauses or is suspended on a holiday;
"think outside the box", "to cut a long story short" and "in the loop" (Traditional Chinese) word for
word; store credit as the only answer to a fault, and "can't help" with a fault; a customer said to be
fasting offered a daytime meal; the Swiss franc's short sign after the amount."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

APR = "2038-04-19T09:00:00+02:00"  # a Monday; Good Friday 23 April, Easter Monday 26 April 2038
BER, SIN = "Europe/Berlin", "Asia/Singapore"


def codes(toolkit, text, locale, now=APR, team="Europe/Berlin", **kw):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone=team, **kw)}


@pytest.mark.parametrize("text, locale, flagged, team", [
    # brought to the customer's own office or home at a set time: their clock, a single time too
    ("Kami akan hantar set makan malam percuma ke pejabat Encik pada hari Khamis pukul 6.30 petang.", "ms-MY", False, BER),
    ("سنرسل باقة الورد إلى مكتبك يوم الخميس الساعة 4 عصراً.", "ar-AE", False, BER),
    ("We'll have the replacement delivered to your office on Thursday at 11:30.", "en-SG", False, BER),
    ("Wir liefern Ihnen die Ersatzteile am Donnerstag um 10 Uhr ins Büro.", "de-DE", False, SIN),
    ("Le coursier apportera le colis à votre bureau jeudi à 14 h.", "fr-FR", False, SIN),
    ("Enviaremos el pedido a su oficina el jueves a las 11:00 h.", "es-ES", False, SIN),
    ("Kami akan mengirimkan paket ke kantor Bapak pada hari Kamis pukul 10.00.", "id-ID", False, BER),
    # a call or a video call at that time stays the team's clock, in the languages added
    ("We'll call you at your office on Thursday at 11:30.", "en-SG", True, BER),
    ("O nosso técnico irá telefonar-lhe na quinta-feira às 15h00.", "pt-PT", True, SIN),
    ("Ο τεχνικός μας θα σας τηλεφωνήσει την Πέμπτη στις 10:00 για τη ρύθμιση του πλυντηρίου.", "el-GR", True, SIN),
    ("Tim kami akan menelepon Ibu besok pukul 10.00 untuk menjadwalkan kunjungan ke rumah Ibu.", "id-ID", True, BER),
    ("Kỹ thuật viên sẽ gọi điện cho chị lúc 9 giờ sáng thứ Ba để hướng dẫn lắp đặt.", "vi-VN", True, BER),
    # a single time with no place of the customer's named stays flagged
    ("Kami akan menghubungi Encik pada hari Khamis pukul 11.00.", "ms-MY", True, BER),
])
def test_something_brought_to_the_customers_place(toolkit, text, locale, flagged, team):
    assert ("time_without_timezone" in codes(toolkit, text, locale, team=team)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Unser Techniker ruft Sie am Donnerstag um 16 Uhr an, um den Router mit Ihnen in Chicago einzurichten.",
     "de-DE", True),
    ("Our engineer will go through the set-up with you in Toronto on Thursday at 4 pm.", "en-GB", True),
    ("Nous ferons la configuration avec vous à Vancouver jeudi à 16 h.", "fr-FR", True),
    ("Haremos la configuración con usted en Chicago el jueves a las 16:00 h.", "es-ES", True),
    # a city of the team's own zone keeps the team's clock
    ("Unser Techniker richtet den Router mit Ihnen in Wien am Donnerstag um 16 Uhr ein.", "de-DE", False),
])
def test_the_customer_placed_abroad_by_a_pronoun(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, promise", [
    # delivery that rests, pauses or is suspended on the holiday: a closure notice
    ("Über Ostern ruht bei DHL die Zustellung am Karfreitag und am Ostermontag; Ihr Paket kommt am Dienstag, "
     "27. April.", "de-DE", False),
    ("Am Karfreitag pausiert die Zustellung, Ihre Lieferung folgt am Dienstag, 27. April.", "de-DE", False),
    ("Royal Mail deliveries pause on Good Friday, 23 April, so your parcel will arrive on Tuesday 27 April.",
     "en-GB", False),
    ("La distribution est suspendue le lundi de Pâques 26 avril ; votre colis arrivera le mardi 27 avril.",
     "fr-FR", False),
    ("El reparto se suspende el Viernes Santo, 23 de abril; recibirá su pedido el lunes 26 de abril.",
     "es-ES", False),
    ("Le consegne sono sospese il Lunedì dell'Angelo, 26 aprile: il pacco arriva martedì 27 aprile.",
     "it-IT", False),
    ("Op Goede Vrijdag 23 april ligt de bezorging stil; je pakket komt woensdag 28 april.", "nl-NL", False),
    # ... a delivery promised on the holiday is still one
    ("DHL stellt Ihr Paket am Karfreitag, 23. April, zu.", "de-DE", True),
    ("Your parcel will be delivered on Good Friday, 23 April.", "en-GB", True),
    ("Votre colis sera livré le lundi 26 avril.", "fr-FR", True),
])
def test_delivery_resting_on_a_holiday(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, idiom", [
    # think outside the box, word for word
    ("Nous avons réfléchi en dehors de la boîte pour vous trouver une solution.", "fr-FR", True),
    ("Pensamos fuera de la caja y le ofrecemos un cambio.", "es-MX", True),
    ("Abbiamo pensato fuori dalla scatola e le proponiamo un cambio.", "it-IT", True),
    ("Wir haben außerhalb der Box gedacht und bieten Ihnen ein Upgrade an.", "de-DE", True),
    ("We hebben buiten de doos gedacht en bieden je een ruil aan.", "nl-NL", True),
    ("Pomyśleliśmy poza pudełkiem i proponujemy wymianę.", "pl-PL", True),
    ("Мы подумали вне коробки и предлагаем вам обмен.", "ru-RU", True),
    ("箱の外で考えて、上位モデルへの交換をご提案します。", "ja-JP", True),
    ("저희가 상자 밖에서 생각해 보았습니다.", "ko-KR", True),
    # ... the languages' own sayings, and a real box
    ("Nous sommes sortis des sentiers battus pour vous trouver une solution.", "fr-FR", False),
    ("Wir haben über den Tellerrand hinaus gedacht.", "de-DE", False),
    ("Abbiamo pensato fuori dagli schemi.", "it-IT", False),
    ("Pensamos fuera de la caja de cartón que llegó dañada.", "es-ES", False),
    # to cut a long story short, word for word
    ("Para cortar la historia larga, su pedido quedó retenido en bodega.", "es-CL", True),
    ("Pour faire une longue histoire courte, votre colis est resté au dépôt.", "fr-CA", True),
    ("Per tagliare una lunga storia breve, il pacco è rimasto in magazzino.", "it-IT", True),
    ("Um eine lange Geschichte kurz zu machen: Ihr Paket lag im Lager.", "de-DE", True),
    ("Чтобы сократить длинную историю, посылка задержалась на складе.", "ru-RU", True),
    ("長い話を短くすると、荷物は倉庫に留まっていました。", "ja-JP", True),
    ("Uzun hikayeyi kısa kesmek gerekirse, paket depoda kaldı.", "tr-TR", True),
    # ... and their own
    ("En resumen, su pedido quedó retenido en bodega.", "es-CL", False),
    ("Om een lang verhaal kort te maken: je pakket lag in het magazijn.", "nl-NL", False),
    ("长话短说，包裹在仓库里耽误了。", "zh-CN", False),
    # keep you in the loop, Traditional Chinese
    ("我們會讓您保持在迴圈中，一有消息就通知您。", "zh-TW", True),
    ("我們會讓您處於循環之中。", "zh-HK", True),
    ("我們會隨時通知您最新進度。", "zh-TW", False),
])
def test_more_idioms_word_for_word(toolkit, text, locale, idiom):
    assert ("idiom" in codes(toolkit, text, locale)) is idiom


@pytest.mark.parametrize("text, locale, conflict", [
    # store credit as the only answer to a fault, whatever age within the guarantee is named
    ("I'm afraid we can only offer a credit note for the faulty toaster, as it's now 45 days since delivery.",
     "en-GB", True),
    ("We can only offer store credit for the faulty headphones.", "en-IE", True),
    ("Da der Mixer defekt ist, können wir Ihnen nur einen Gutschein anbieten.", "de-DE", True),
    ("Le grille-pain est défectueux : nous pouvons uniquement vous proposer un avoir.", "fr-FR", True),
    ("Como la tostadora está defectuosa, solo podemos ofrecerle un vale.", "es-ES", True),
    ("De koptelefoon is kapot; we kunnen je alleen een tegoedbon geven.", "nl-NL", True),
    ("Il tostapane è difettoso: possiamo offrirle solo un buono.", "it-IT", True),
    # ... not credit the customer chose, nor damage they caused
    ("The toaster is faulty: we'll send a replacement, or if you prefer we can give you store credit.",
     "en-GB", False),
    ("As the phone was dropped, we can only offer a voucher towards a new one.", "en-GB", False),
    # the store declining a fault with "can't help", "cannot repair"
    ("The manufacturer's warranty was 12 months, so we can't help with the fault in the fridge.", "en-AU", True),
    ("Unfortunately we cannot repair the faulty screen.", "en-AU", True),
    ("We can't help noticing you ordered twice; the faulty one will be replaced free of charge.", "en-AU", False),
])
def test_store_credit_and_refusals_for_a_fault(toolkit, text, locale, conflict):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is conflict


@pytest.mark.parametrize("text, locale, clash", [
    ("Sie schrieben, dass Sie gerade fasten. Gern! Wir laden Sie am Freitag mittags zum Essen ein.", "de-DE", True),
    ("Since you're fasting this week, we'd love to treat you to a free lunch on Friday.", "en-GB", True),
    ("Comme vous jeûnez en ce moment, nous vous invitons à déjeuner vendredi.", "fr-FR", True),
    ("Ya que está ayunando, le invitamos a un almuerzo el viernes.", "es-ES", True),
    ("Oruç tuttuğunuz için size cuma günü ücretsiz öğle yemeği ısmarlamak isteriz.", "tr-TR", True),
    # the fast respected: after sunset, or no meal
    ("Sie schrieben, dass Sie gerade fasten. Wir laden Sie nach Sonnenuntergang zum Iftar ein.", "de-DE", False),
    ("Since you're fasting, the courier will come after sunset.", "en-GB", False),
    # "fasten" as the English verb, and a lunch with no fast named
    ("Please fasten the strap before use; lunch boxes ship on Friday.", "en-GB", False),
    ("Wir laden Sie am Freitag mittags in unsere Kantine zum Essen ein.", "de-DE", False),
])
def test_a_customer_said_to_be_fasting(toolkit, text, locale, clash):
    assert ("religious_insensitivity" in codes(toolkit, text, locale)) is clash


@pytest.mark.parametrize("text, locale, wrong", [
    ("Die Differenz von 1.180,00 Fr. erstatten wir Ihnen bis Ende Woche.", "de-CH", True),
    ("Wir erstatten Ihnen 49,90 SFr. auf Ihre Karte.", "de-CH", True),
    ("Die Differenz von 1’180.00 Fr. erstatten wir Ihnen bis Ende Woche.", "de-CH", False),
    ("Wir erstatten Ihnen 49.90 Fr. auf Ihre Karte.", "de-CH", False),
    # "Fr." is Friday where the franc is not the currency
    ("Die Lieferung kommt am 12. Fr. oder Sa.", "de-DE", False),
])
def test_the_franc_sign_after_the_amount(toolkit, text, locale, wrong):
    assert ("wrong_currency_format" in codes(toolkit, text, locale)) is wrong


@pytest.mark.parametrize("text, flagged", [
    # Turkish December (Aralık), a vehicle (araç) or "in between" are no call: a shop's or the door's time
    ("Sizi 1 Aralık Perşembe günü saat 13.00'te İstanbul mağazamızda ağırlamak isteriz.", False),
    ("Kurye 1 Aralık Perşembe günü saat 10:00-14:00 arasında teslim edecek.", False),
    # ... the call verbs still are
    ("Teknisyenimiz sizi 1 Aralık Perşembe günü saat 13.00'te arayacak.", True),
    ("Müşteri temsilcimiz yarın saat 11.00'de sizi arar.", True),
])
def test_turkish_december_is_no_call(toolkit, text, flagged):
    now = "2033-10-25T10:00:00+03:00"
    assert ("time_without_timezone" in codes(toolkit, text, "tr-TR", now=now)) is flagged
