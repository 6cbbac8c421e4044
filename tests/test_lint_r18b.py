"""Lint classes after fresh18 (issue 15): a plan the draft replaces, Arabic closing verbs, Indonesia's
Saturday carriers, a carrier's delivery slot, return windows counted "following" delivery, goods
complaints accepted only for months, the commercial guarantee's end told as the end of all help,
Jewish and Christian holy objects sent to the bin, and "hit the ground running" word for word."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

APR = "2037-04-13T09:00:00+02:00"  # a Monday; Fri 1 May 2037: Labour Day in ZA, DE, PL, ES, IT, PT, FR
NOV = "2037-11-30T09:00:00+01:00"  # a Monday; Wed 2 and Thu 3 Dec 2037: UAE National Day


def codes(toolkit, text, locale, now=APR, code=None):
    found = {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone="Europe/Berlin")}
    return found if code is None else code in found


@pytest.mark.parametrize("text, locale, promise", [
    # a day told as the old plan, then replaced: no promise for it
    ("Your table was booked for Friday 1 May, but the courier doesn't deliver on Workers' Day, so it will "
     "reach you on Monday 4 May.", "en-ZA", False),
    ("Your delivery was originally scheduled for Friday 1 May. As that's a public holiday, we've moved it to "
     "Monday 4 May.", "en-ZA", False),
    ("Ihre Lieferung war für Freitag, 1. Mai geplant, aber am Feiertag wird nicht zugestellt; sie kommt am "
     "Montag, 4. Mai.", "de-DE", False),
    ("La entrega estaba prevista para el viernes 1 de mayo, pero es festivo, así que llegará el lunes 4.",
     "es-ES", False),
    ("Dostawa była zaplanowana na piątek 1 maja, ale to święto, więc kurier przyjedzie w poniedziałek 4 maja.",
     "pl-PL", False),
    ("A entrega estava agendada para sexta-feira, 1 de maio, mas foi remarcada para segunda-feira, 4 de maio.",
     "pt-PT", False),
    ("La consegna era prevista per venerdì 1 maggio, ma è festa, quindi arriverà lunedì 4 maggio.", "it-IT", False),
    ("De bezorging stond gepland op maandag 27 april, maar dat is Koningsdag, dus we bezorgen dinsdag 28 april.",
     "nl-NL", False),
    ("La livraison était prévue le vendredi 1er mai, mais elle a été reportée au lundi 4 mai.", "fr-FR", False),
    # ... still a promise when nothing replaces it, or when the plan is the present one
    ("De bezorging stond gepland op maandag 27 april.", "nl-NL", True),
    ("La consegna arriverà venerdì 1 maggio.", "it-IT", True),
    ("Your sofa was booked for Friday 1 May.", "en-ZA", True),
    ("Your sofa was booked for Friday 1 May, and the driver will call you an hour before.", "en-ZA", True),
    ("Your sofa will be delivered on Friday 1 May, but please keep your phone on.", "en-ZA", True),
    ("Ihre Lieferung ist für Freitag, 1. Mai geplant.", "de-DE", True),
    ("La entrega llegará el viernes 1 de mayo.", "es-ES", True),
])
def test_a_plan_the_draft_replaces(toolkit, text, locale, promise):
    assert codes(toolkit, text, locale, code="weekend_promise") is promise


@pytest.mark.parametrize("text, promise", [
    ("نود إعلامكم بأن مكاتبنا ستغلق يومي 2 و3 ديسمبر بمناسبة عيد الاتحاد. سيصل طلبكم يوم الجمعة 4 ديسمبر.", False),
    ("سنغلق يوم 2 ديسمبر بمناسبة اليوم الوطني، وسيصل طلبكم يوم الجمعة 4 ديسمبر.", False),
    ("سيصل طلبكم إلى دبي يوم 2 ديسمبر.", True),
    ("سيقوم المندوب بتسليم طلبكم يوم الخميس 3 ديسمبر.", True),
])
def test_arabic_closing_verbs(toolkit, text, promise):
    assert codes(toolkit, text, "ar-AE", NOV, "weekend_promise") is promise


@pytest.mark.parametrize("text, promise", [
    ("Pesanan Ibu akan dikirim melalui JNE pada Sabtu, 18 April.", False),
    ("Paket akan diantar kurir J&T Express pada Sabtu, 18 April.", False),
    ("Pesanan Anda dikirim dengan SiCepat dan tiba hari Sabtu, 18 April.", False),
    ("Pesanan Ibu akan tiba pada Sabtu, 18 April.", True),
    ("Teknisi kami akan datang ke rumah Anda pada Sabtu, 18 April.", True),
    ("Pesanan Ibu akan dikirim melalui JNE pada Minggu, 19 April.", True),  # a Saturday carrier, not Sunday's
])
def test_indonesian_saturday_carriers(toolkit, text, promise):
    assert codes(toolkit, text, "id-ID", code="weekend_promise") is promise


@pytest.mark.parametrize("text, locale, flagged", [
    ("Hi Tom, your parcel's with DPD and due tomorrow between 10:14 and 11:14. You can change the slot "
     "in the app.", "en-GB", False),
    ("Your package is due between 14:05 and 15:05 tomorrow.", "en-IE", False),
    ("Your parcel is with Yodel: 12:30 to 13:30 tomorrow.", "en-GB", False),
    ("Tu paquete va con DHL: mañana de 10:15 a 11:15.", "es-MX", False),
    ("Su paquete viene mañana en la franja horaria de 10:15 a 11:15.", "es-MX", False),
    ("Seu pacote vem amanhã na faixa de horário das 10:15 às 11:15.", "pt-BR", False),
    # ... the same without a carrier or a slot word: whose clock?
    ("Your parcel is here: 12:30 to 13:30 tomorrow.", "en-GB", True),
    ("Su paquete viene mañana de 10:15 a 11:15.", "es-MX", True),
    # a call, a support line's hours and a cut-off stay the team's clock
    ("Our support line is open between 9:00 and 17:00.", "en-GB", True),
    ("We'll call you between 10:00 and 11:00 tomorrow.", "en-GB", True),
    ("Please order before 14:00 and DPD will deliver tomorrow.", "en-GB", True),
])
def test_a_carrier_delivery_slot(toolkit, text, locale, flagged):
    assert codes(toolkit, text, locale, code="time_without_timezone") is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    # a return window counted from delivery with "following"
    ("Lo sentimos, pero las devoluciones solo se aceptan en los 7 días siguientes a la entrega.", "es-ES", True),
    ("Solo aceptamos devoluciones en los 10 días posteriores a la entrega.", "es-ES", True),
    ("Le restituzioni sono accettate solo nei 7 giorni successivi alla consegna.", "it-IT", True),
    ("Les retours ne sont acceptés que dans les 7 jours suivant la livraison.", "fr-FR", True),
    ("Puede devolverlo en los 14 días siguientes a la entrega.", "es-ES", False),
    ("Il reso è possibile nei 30 giorni successivi alla consegna.", "it-IT", False),
    # a complaint about faulty goods accepted for months only: the guarantee the store offers
    ("Niestety reklamację możemy przyjąć tylko w ciągu 6 miesięcy od zakupu.", "pl-PL", True),
    ("Reklamationen nehmen wir nur innerhalb von 6 Monaten nach dem Kauf an.", "de-DE", True),
    ("Reklamace přijímáme pouze do 6 měsíců od nákupu.", "cs-CZ", True),
    ("Reklamacje można zgłaszać przez 24 miesiące od wydania towaru.", "pl-PL", False),
    ("Reklamację rozpatrzymy w ciągu 14 dni.", "pl-PL", False),
    ("You can open a claim within 2 months if the parcel is lost.", "en-IE", False),
    # the commercial guarantee's end told as the end of all help
    ("La garantie commerciale d'un an étant expirée, nous ne pouvons malheureusement rien faire. Nous vous "
     "conseillons de contacter un réparateur.", "fr-FR", True),
    ("La garantie commerciale d'un an étant expirée, la réparation sera facturée ; la garantie légale de "
     "conformité de deux ans couvre toutefois les défauts.", "fr-FR", False),
    ("Da die Herstellergarantie von einem Jahr abgelaufen ist, können wir leider nichts tun.", "de-DE", True),
    ("Poiché la garanzia commerciale di un anno è scaduta, non possiamo fare nulla.", "it-IT", True),
    ("Como la garantía comercial de un año ya ha vencido, no podemos hacer nada.", "es-ES", True),
    ("Como a garantia comercial de um ano já expirou, não podemos fazer nada.", "pt-PT", True),
    ("Gwarancja producenta na 12 miesięcy wygasła, dlatego nie możemy nic zrobić.", "pl-PL", True),
    ("La garantía comercial de un año ha vencido; no obstante, la garantía legal de tres años cubre la avería "
     "y la repararemos gratis.", "es-ES", False),
    ("Die gesetzliche Gewährleistung von zwei Jahren ist abgelaufen, daher können wir leider nichts tun.",
     "de-DE", False),
    ("Your sofa arrived damaged and we'll replace it. Sadly there's nothing we can do about the delay.",
     "en-IE", False),
])
def test_policy_conflict_classes(toolkit, text, locale, flagged):
    assert codes(toolkit, text, locale, code="policy_conflict") is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("I'm so sorry the mezuzah case arrived cracked and the scroll inside got wet. No need to send anything "
     "back, just toss both in the trash.", "en-US", True),
    ("The tefillin straps were damaged; you can simply bin them and we'll send a new pair.", "en-GB", True),
    ("Die Mesusa ist beschädigt angekommen, werfen Sie sie einfach weg.", "de-DE", True),
    ("Le chapelet est arrivé cassé : vous pouvez le jeter à la poubelle.", "fr-FR", True),
    ("The crucifix arrived chipped. No need to return it, just throw it away.", "en-IE", True),
    ("Różaniec dotarł uszkodzony, może go Pani po prostu wyrzucić do kosza.", "pl-PL", True),
    ("De rozenkrans is kapot aangekomen; gooi hem gerust weg.", "nl-NL", True),
    ("La mezuzá llegó rota; puede tirarla a la basura.", "es-MX", True),
    ("Różaniec dotarł uszkodzony; wyślemy nowy, a stary proszę zachować.", "pl-PL", False),
    ("The mezuzah case arrived cracked. Please keep the parchment; you can throw the broken case and the box "
     "in the bin.", "en-US", False),
    ("The mezuzah arrived cracked; please don't throw it away, we'll collect it.", "en-US", False),
    ("The prayer book arrived damaged. Please take it to your synagogue's genizah; a new one ships today.",
     "en-US", False),
    ("Our icons on the website were broken; we threw away the old banner.", "en-US", False),
])
def test_holy_objects_binned(toolkit, text, locale, flagged):
    assert codes(toolkit, text, locale, code="religious_insensitivity") is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("En cuanto llegue su equipo, nuestro técnico va a golpear el suelo corriendo.", "es-MX", True),
    ("Nuestro equipo pegará el piso corriendo el lunes.", "es-AR", True),
    ("Notre technicien va frapper le sol en courant dès réception.", "fr-FR", True),
    ("Il nostro tecnico colpirà il terreno di corsa.", "it-IT", True),
    ("Nossa equipe vai bater o chão correndo assim que o aparelho chegar.", "pt-BR", True),
    ("Onze monteur zal de grond rennend raken.", "nl-NL", True),
    ("Nasz technik uderzy w ziemię biegiem.", "pl-PL", True),
    ("El repartidor salió corriendo y el paquete cayó al suelo.", "es-ES", False),
    ("Nuestro técnico se pondrá manos a la obra de inmediato.", "es-MX", False),
    ("Le colis est tombé sur le sol pendant le transport.", "fr-FR", False),
])
def test_hit_the_ground_running(toolkit, text, locale, flagged):
    assert codes(toolkit, text, locale, code="idiom") is flagged
