"""The classes of fresh20's disagreements (issue 15), each in the languages its check reads: the carrier
said not to work, open or operate on the days named (third person, Egyptian Arabic); a holiday said to
change nothing for the carrier or the delivery; the courier's call "before it" by half an hour; a sale-goods
refusal said to hold even within the withdrawal period; a money refund said not to be possible with store
credit beside it; the ball in anyone's court word for word; the crown's "kr" before the amount in Swedish."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

MAR = "2040-03-12T09:00:00+01:00"  # a Monday; Good Friday 30 March, Easter Monday 2 April 2040
BER = "Europe/Berlin"


def codes(toolkit, text, locale, now=MAR, team=BER, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone=team, **kw)}


@pytest.mark.parametrize("text, locale, promise", [
    # the carrier, in the third person, said not to work, open or operate: a closure notice
    ("Olva Courier no atiende el jueves 29 ni el viernes 30 de marzo; la mochila llegará el martes 3 de abril.",
     "es-PE", False),
    ("Correos no opera el viernes 30 de marzo, así que su pedido llegará el martes 3 de abril.", "es-ES", False),
    ("شركة الشحن لن تعمل يوم الاثنين 7 مايو بسبب شم النسيم. طلبك سيصلك يوم الثلاثاء 8 مايو.", "ar-EG", False),
    ("المندوب مش هيشتغل يوم الاثنين 7 مايو عشان شم النسيم، والطلب هيوصلك يوم الثلاثاء 8 مايو.", "ar-EG", False),
    ("شركة الشحن لا تعمل يوم الجمعة 16 مارس، وسيصلك الطلب يوم الأحد 18 مارس.", "ar-SA", False),
    ("La Poste ne travaille pas le lundi 2 avril, votre colis arrivera le mardi 3 avril.", "fr-FR", False),
    ("DHL arbeitet am Ostermontag, 2. April, nicht; Ihr Paket kommt am Dienstag, 3. April.", "de-DE", False),
    ("Hermes liefert am Ostermontag nicht und bringt Ihr Paket am Dienstag, 3. April.", "de-DE", False),
    ("Il corriere non apre lunedì 2 aprile, il pacco arriverà martedì 3 aprile.", "it-IT", False),
    ("Am Karfreitag fährt GLS nicht. Ihr Paket kommt am Dienstag, 3. April.", "de-DE", False),
    ("Op Tweede Paasdag rijdt PostNL niet; uw pakket komt op dinsdag 3 april.", "nl-NL", False),
    ("Postnord kör inte ut på långfredagen, så paketet kommer tisdag 3 april.", "sv-SE", False),
    ("PostNL werkt niet op maandag 2 april; uw pakket komt op dinsdag 3 april.", "nl-NL", False),
    ("Os Correios não abrem na sexta-feira 30 de março; o pedido chega na terça-feira 3 de abril.", "pt-BR", False),
    ("Kargo firması 23 Nisan Pazartesi günü çalışmayacak; siparişiniz 24 Nisan Salı günü ulaşacak.", "tr-TR",
     False),
    # ... a delivery promised on the day is still one
    ("Le enviaremos el pedido el viernes 30 de marzo.", "es-ES", True),
    ("شركة الشحن ستوصل طلبك يوم الاثنين 7 مايو.", "ar-EG", True),
    ("Votre colis arrivera le lundi 2 avril.", "fr-FR", True),
    ("DHL liefert Ihr Paket am Ostermontag, 2. April, und nicht erst am Dienstag.", "de-DE", True),
    ("Siparişiniz 23 Nisan Pazartesi günü ulaşacak.", "tr-TR", True),
    # ... and a device that does not work is no closure: the visit on the day is promised
    ("Comme l'appareil ne fonctionne pas, le technicien passera le lundi 2 avril.", "fr-FR", True),
    ("Poiché la lavatrice non funziona il tecnico verrà lunedì 2 aprile.", "it-IT", True),
    ("Como la lavadora no funciona, el técnico irá el viernes 30 de marzo.", "es-ES", True),
    ("الغسالة مش بتشتغل، فالفني هيجيلك يوم الجمعة 16 مارس.", "ar-EG", True),
    ("Die Pumpe arbeitet nicht, der Techniker kommt am Karfreitag, 30. März.", "de-DE", True),
    ("Wir liefern am Karfreitag, nicht erst am Samstag.", "de-DE", True),
    ("De pomp werkt niet, de monteur komt op Tweede Paasdag, maandag 2 april.", "nl-NL", True),
    ("Pumpen arbetar inte, teknikern kommer på långfredagen den 30 mars.", "sv-SE", True),
    ("Hermes liefert am Karfreitag, 30. März, nicht wie angekündigt am Samstag.", "de-DE", True),
])
def test_the_carrier_not_working_on_the_day(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, promise", [
    # the holiday said to change nothing for the carrier or the delivery: the agent knows the carrier works
    ("The Early May bank holiday doesn't affect Royal Mail's Tracked 24, so your parcel will be delivered on "
     "Monday 7 May.", "en-GB", False),
    ("Royal Mail isn't affected by the early May bank holiday, so your parcel will be delivered on Monday 7 May.",
     "en-GB", False),
    ("Good Friday has no effect on DPD's schedule: the driver will come on Friday 30 March.", "en-GB", False),
    ("Der Ostermontag ändert nichts an der Zustellung: Ihr Paket kommt am Montag, 2. April.", "de-DE", False),
    ("Der Feiertag hat keinen Einfluss auf die Lieferung, Ihr Paket kommt am Montag, 2. April.", "de-DE", False),
    ("Le lundi de Pâques ne change rien pour Chronopost : votre colis arrivera le lundi 2 avril.", "fr-FR", False),
    ("El Viernes Santo no afecta al reparto de SEUR: su pedido llegará el viernes 30 de marzo.", "es-ES", False),
    ("El feriado no cambia nada para Estafeta, así que su pedido llegará el viernes 30 de marzo.", "es-MX", False),
    ("La Pasquetta non cambia nulla per BRT: il pacco arriverà lunedì 2 aprile.", "it-IT", False),
    ("O feriado não afeta as entregas da CTT, por isso a encomenda chega na sexta-feira 30 de março.", "pt-PT",
     False),
    ("Tweede Paasdag verandert niets aan de bezorging: uw pakket komt op maandag 2 april.", "nl-NL", False),
    ("Poniedziałek Wielkanocny nic nie zmienia dla kuriera DPD: paczka dotrze w poniedziałek 2 kwietnia.", "pl-PL",
     False),
    ("شم النسيم لن يؤثر على موعد التوصيل، وطلبك سيصلك يوم الاثنين 7 مايو.", "ar-EG", False),
    # ... something else said to change nothing keeps the promise
    ("The price change doesn't affect your order, which will be delivered on Monday 7 May.", "en-GB", True),
    ("Your parcel isn't affected by the strike and will be delivered on Monday 7 May.", "en-GB", True),
    ("Die Preisänderung hat keinen Einfluss auf Ihre Lieferung, Ihr Paket kommt am Montag, 2. April.", "de-DE",
     True),
    ("De adreswijziging verandert niets aan de bezorging: uw pakket komt op maandag 2 april.", "nl-NL", True),
    ("تغيير العنوان لن يؤثر على طلبك، وسيصلك يوم الاثنين 7 مايو.", "ar-EG", True),
])
def test_a_holiday_said_to_change_nothing(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, flagged", [
    # the courier's call "before it" by half an hour: the window stays at the customer's door
    ("المندوب هيوصلك يوم الأربعاء 14 مارس بين الساعة 12 و3 العصر، وهيتصل بيك قبلها بنص ساعة.", "ar-EG", False),
    ("سيصلك المندوب يوم الأربعاء 14 مارس بين الساعة 12 و3 العصر، وسيتصل بك قبلها بنصف ساعة.", "ar-EG", False),
    ("سيصلك المندوب يوم الأربعاء بين الساعة 1 و4 عصراً، وسيتصل بك قبل وصوله بـ15 دقيقة.", "ar-AE", False),
    ("Kurye çarşamba günü 12:00 ile 15:00 arasında gelecek ve yarım saat önce sizi arayacak.", "tr-TR", False),
    # ... a call at a set time is the team's clock
    ("المندوب هيتصل بيك يوم الأربعاء الساعة 3 العصر.", "ar-EG", True),
    ("Müşteri temsilcimiz çarşamba günü saat 15:00'te sizi arayacak.", "tr-TR", True),
])
def test_a_call_ahead_by_half_an_hour(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, conflict", [
    # a sale-goods refusal said to hold even within the right's own period
    ("La robe était soldée : les articles soldés ne sont ni repris ni échangés, même dans le délai de 14 jours.",
     "fr-FR", True),
    ("Les articles soldés ne sont ni repris ni échangés, même pendant le délai de rétractation de 14 jours.",
     "fr-FR", True),
    ("Reduzierte Ware ist vom Umtausch ausgeschlossen, auch innerhalb der Frist von 14 Tagen.", "de-DE", True),
    ("Los artículos rebajados no admiten devolución, ni siquiera dentro del plazo de 14 días.", "es-ES", True),
    ("Gli articoli in saldo non sono rimborsabili, nemmeno entro il termine di 14 giorni.", "it-IT", True),
    ("Os artigos em promoção não podem ser devolvidos, mesmo durante o prazo de 14 dias.", "pt-PT", True),
    # ... a period that has run out is another matter
    ("Passé le délai de 14 jours, les articles soldés ne sont plus repris.", "fr-FR", False),
    ("Nach Ablauf der Frist von 14 Tagen ist ein Umtausch leider nicht möglich.", "de-DE", False),
    ("Pasado el plazo de 14 días, no se admiten devoluciones.", "es-ES", False),
])
def test_a_refusal_within_the_withdrawal_period(toolkit, text, locale, conflict):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is conflict


@pytest.mark.parametrize("text, locale, conflict", [
    # a money refund said not to be possible, with store credit beside it
    ("Otrzymaliśmy Pani oświadczenie o odstąpieniu od umowy. Zwrot środków na konto nie jest niestety możliwy – "
     "możemy wystawić bon na 219,00 zł do wykorzystania w naszym sklepie.", "pl-PL", True),
    ("Otrzymaliśmy zwrot. Niestety nie możemy zwrócić pieniędzy, ale wystawimy kupon o wartości 219 zł.", "pl-PL",
     True),
    ("We have received your return. A refund to your card isn't possible, but we can issue a voucher for £59.",
     "en-GB", True),
    ("Nous avons bien reçu votre retour. Le remboursement sur votre carte n'est malheureusement pas possible : "
     "nous vous proposons un avoir de 59 €.", "fr-FR", True),
    ("Hemos recibido su devolución. El reembolso a su tarjeta no es posible, pero le ofrecemos un vale de 59 €.",
     "es-ES", True),
    ("Abbiamo ricevuto il reso. Il rimborso sulla carta non è possibile, possiamo però emettere un buono di 59 €.",
     "it-IT", True),
    ("Recebemos a sua devolução. O reembolso para o cartão não é possível, mas podemos emitir um vale de 59 €.",
     "pt-PT", True),
    ("Vi har tagit emot din retur. Återbetalning till kortet är tyvärr inte möjlig, men vi kan ge dig ett "
     "presentkort på 590 kr.", "sv-SE", True),
    # ... not yet possible, or a refund paid with a voucher beside it
    ("A refund isn't possible until the parcel reaches our warehouse; in the meantime, here is a voucher code for "
     "10 % off your next order.", "en-GB", False),
    ("El reembolso no es posible hasta que recibamos el paquete; mientras tanto le enviamos un cupón del 10 %.",
     "es-ES", False),
    ("We have received your return. A refund to your card is on its way; as a thank-you we've added a voucher "
     "for £5.", "en-GB", False),
])
def test_a_money_refund_said_not_possible(toolkit, text, locale, conflict):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is conflict


@pytest.mark.parametrize("text, locale, idiom", [
    # the ball in anyone's court, word for word
    ("Wir haben dem Hersteller alle Unterlagen geschickt, der Ball liegt jetzt in seinem Spielfeld.", "de-DE", True),
    ("Der Ball liegt nun im Feld des Herstellers, wir melden uns, sobald wir Neuigkeiten haben.", "de-DE", True),
    ("Nous avons transmis le dossier au fabricant : la balle est maintenant dans sa cour.", "fr-FR", True),
    ("Hemos enviado todo al fabricante; la pelota está ahora en su corte.", "es-ES", True),
    ("Abbiamo inviato tutto al produttore: la palla è ora nel loro campo.", "it-IT", True),
    ("We hebben alles naar de fabrikant gestuurd; de bal ligt nu in hun speelveld.", "nl-NL", True),
    ("Vi har skickat allt till tillverkaren, så nu ligger bollen på deras bana.", "sv-SE", True),
    ("Мы передали все документы производителю, теперь мяч на их корте.", "ru-RU", True),
    ("メーカーに資料をお送りしましたので、ボールは今メーカーのコートにあります。", "ja-JP", True),
    # ... the languages' own sayings, and a real ball
    ("Der Ball liegt jetzt beim Hersteller.", "de-DE", False),
    ("Nous avons transmis le dossier au fabricant : la balle est dans son camp.", "fr-FR", False),
    ("Abbiamo inviato tutto al produttore: la palla passa a loro.", "it-IT", False),
    ("We hebben alles naar de fabrikant gestuurd; de bal ligt nu bij hen.", "nl-NL", False),
    ("Der Fußball liegt in seinem Karton, das Spielfeld-Set ist separat verpackt.", "de-DE", False),
])
def test_the_ball_in_anyones_court(toolkit, text, locale, idiom):
    assert ("idiom" in codes(toolkit, text, locale)) is idiom


@pytest.mark.parametrize("text, locale, wrong", [
    ("Hej Johan, vi har återbetalat kr 1 295 för kängorna till ditt kort.", "sv-SE", True),
    ("Totalt: kr 349,00 inklusive frakt.", "sv-SE", True),
    ("Vrátili jsme vám Kč 1 295 na kartu.", "cs-CZ", True),
    ("Hej Johan, vi har återbetalat 1 295 kr för kängorna till ditt kort.", "sv-SE", False),
    ("Hej Johan, vi har återbetalat SEK 1 295 för kängorna.", "sv-SE", False),
    ("Vrátili jsme vám 1 295 Kč na kartu.", "cs-CZ", False),
    # Danish and Norwegian write the crown first as often as after
    ("Hei, vi har refundert kr 1 295 til kortet ditt.", "nb-NO", False),
    ("Hej, vi har refunderet kr. 1.295 til dit kort.", "da-DK", False),
])
def test_the_crown_before_the_amount(toolkit, text, locale, wrong):
    assert ("wrong_currency_format" in codes(toolkit, text, locale)) is wrong
