"""The classes of fresh21's false alarms (issue 15), each in several languages: a bare weekday counted
from the nearest date written before it in its paragraph, not from the week the draft is written in; a
carrier named between its delivery verb and the negation as a closure ("delar PostNord inte ut", "liefert
die Post keine Pakete aus"); the customer's own deadline or occasion ("klar til 17. mai", "in time for",
"rechtzeitig zum", "prêt pour") as no promise of delivery on that day. Positives beside each look-alike."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

NOW = "2043-03-23T09:00:00+01:00"  # a Monday; Good Friday 27 March, Easter Monday 30 March that week
BER = "Europe/Berlin"


def promised(toolkit, text, locale, now=NOW, **kw):
    flags = lint_text(toolkit, text, locale, now=now, team_timezone=BER, **kw)
    return [f for f in flags if f.code == "weekend_promise"]


@pytest.mark.parametrize("text, locale, day", [
    # the anchor is a date still to come: the bare weekday is the first such day on or after it
    ("Wir verschicken Ihre Bestellung am Montag, 4. Mai; DHL stellt sie am Donnerstag zu.", "de-DE", "2043-05-07"),
    ("Nous expédions votre commande le lundi 4 mai, elle sera livrée jeudi chez vous.", "fr-FR", "2043-05-07"),
    ("We dispatch your order on Thursday 21 May and the courier will deliver it on Monday.", "en-GB", "2043-05-25"),
    ("We versturen je pakket op vrijdag 24 april; de bezorger komt maandag bij je langs.", "nl-NL", "2043-04-27"),
    # a past date anchors nothing: "comes on Friday" is this week's (Good Friday)
    ("Ihre Bestellung vom Montag, 16. März ist unterwegs; der Fahrer bringt sie am Freitag.", "de-DE", "2043-03-27"),
])
def test_bare_weekday_counted_from_the_date_before_it(toolkit, text, locale, day):
    assert [f for f in promised(toolkit, text, locale) if day in f.message], promised(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    # this week's Good Friday would be flagged if the weekday were read in the week of now
    ("Wir verschicken am Montag, 13. April; der Fahrer bringt das Paket am Freitag.", "de-DE"),
    ("We dispatch on Monday 13 April and the courier will deliver it on Friday.", "en-GB"),
    ("Nous expédions le mardi 14 avril, et le livreur passera vendredi.", "fr-FR"),
    ("Vi skickar din beställning måndag 13 april och budet kommer på fredag.", "sv-SE"),
])
def test_bare_weekday_after_a_later_date_is_not_this_week(toolkit, text, locale):
    assert promised(toolkit, text, locale) == []


def test_anchor_does_not_cross_a_paragraph(toolkit):
    text = "Ihre Rechnung ist bis Montag, 13. April fällig.\n\nDer Fahrer bringt das Paket am Freitag."
    assert promised(toolkit, text, "de-DE")


@pytest.mark.parametrize("text, locale, flagged", [
    ("Under påsken delar PostNord inte ut paket, inte heller fredag 27 mars.", "sv-SE", False),
    ("PostNord delar ut ditt paket fredag 27 mars.", "sv-SE", True),
    ("I påsken deler Posten ikke ut pakker, heller ikke fredag 27. mars.", "nb-NO", False),
    ("Posten deler ut pakken din fredag 27. mars.", "nb-NO", True),
    ("Mandag 30. marts leverer GLS ikke pakker.", "da-DK", False),
    ("GLS leverer pakken mandag 30. marts.", "da-DK", True),
    ("Am Karfreitag, 27. März, liefert die Post keine Pakete aus.", "de-DE", False),
    ("Die Post liefert Ihr Paket am Karfreitag, 27. März, aus.", "de-DE", True),
    ("Op maandag 30 maart bezorgt PostNL geen pakketten.", "nl-NL", False),
    ("PostNL bezorgt je pakket op maandag 30 maart.", "nl-NL", True),
    ("Royal Mail isn't delivering on Friday 27 March, so please allow an extra day.", "en-GB", False),
    ("Royal Mail is delivering your parcel on Friday 27 March.", "en-GB", True),
])
def test_carrier_between_verb_and_negation_is_a_closure(toolkit, text, locale, flagged):
    assert bool(promised(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Skal bunaden være klar til søndag 17. mai, må du bestille innen fredag 8. mai.", "nb-NO", False),
    ("Vi leverer bunaden søndag 17. mai.", "nb-NO", True),
    ("If you need the dress in time for Easter Monday, 30 March, please order by Wednesday 25 March.", "en-GB",
     False),
    ("If you want it ready for Monday 30 March, order by Wednesday 25 March.", "en-GB", False),
    ("We will deliver the dress on Easter Monday, 30 March.", "en-GB", True),
    ("Damit die Torte rechtzeitig zum Ostersonntag, 29. März, da ist, bestellen Sie bis Dienstag, 24. März.",
     "de-DE", False),
    ("Die Torte liefern wir am Ostersonntag, 29. März.", "de-DE", True),
    ("Pour qu'il soit prêt pour le lundi 30 mars, commandez avant le mercredi 25 mars.", "fr-FR", False),
    ("Notre livreur vous l'apporte le lundi 30 mars.", "fr-FR", True),
    ("Ska tårtan vara klar till söndag 29 mars måste du beställa senast tisdag 24 mars.", "sv-SE", False),
    ("Si lo necesita listo para el viernes 27 de marzo, pídalo antes del martes 24.", "es-ES", False),
    ("Le entregamos el pedido el viernes 27 de marzo.", "es-ES", True),
])
def test_customers_own_deadline_is_no_promise(toolkit, text, locale, flagged):
    assert bool(promised(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    # a weekday counted from the date before it lands on a holiday the next words say it is
    ("El viernes 24 de abril despachamos y Correo Argentino entrega el lunes... aunque ojo, ese día es feriado.",
     "es-ES", False),
    ("We dispatch on Friday 1 May and the courier delivers on Monday; that day is a bank holiday, though.",
     "en-GB", False),
    ("Wir verschicken am Donnerstag, 14. Mai; DHL stellt am Montag zu – an diesem Tag ist allerdings Feiertag.",
     "de-DE", False),
    ("Wir verschicken am Donnerstag, 14. Mai; DHL stellt am Montag zu.", "de-DE", True),
    # no word pointing back: still a promise on the holiday
    ("We dispatch on Friday 1 May and the courier delivers on Monday.", "en-GB", True),
    # another date between the day and "that day": the holiday is said of that other date
    ("The courier delivers on Monday 4 May. We could also send it out on Wednesday 13 May if you prefer, as that day is"
     " not a holiday.", "en-GB", True),
])
def test_that_day_said_to_be_a_holiday(toolkit, text, locale, flagged):
    assert bool(promised(toolkit, text, locale)) is flagged


def codes(toolkit, text, locale, now=NOW, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone=BER, **kw)}


@pytest.mark.parametrize("text, locale, flagged", [
    # a walk in the park, bread and butter, word for word
    ("Avec la notice illustrée, c'est une promenade dans le parc.", "fr-FR", True),
    ("Nous avons fait une promenade dans le parc de Versailles.", "fr-FR", False),
    ("Con la guida, il montaggio è davvero una passeggiata nel parco.", "it-IT", True),
    ("Il montaggio è una passeggiata.", "it-IT", False),
    ("La riparazione delle macchine per la pasta è il nostro pane e burro.", "it-IT", True),
    ("Con el manual, el montaje es un paseo por el parque.", "es-ES", True),
    ("Las reparaciones son nuestro pan y mantequilla.", "es-ES", True),
    ("Com o manual, a montagem é um passeio no parque.", "pt-BR", True),
    ("Met de handleiding is de montage een wandeling in het park.", "nl-NL", True),
    ("Mit der Anleitung ist der Aufbau ein Spaziergang im Park.", "de-DE", True),
    ("Mit der Anleitung ist der Aufbau ein Spaziergang.", "de-DE", False),
    ("С инструкцией сборка — это прогулка в парке.", "ru-RU", True),
])
def test_walk_in_the_park_and_bread_and_butter(toolkit, text, locale, flagged):
    assert ("idiom" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("Canada Post shows an expected delivery of 12/11 to your address.", True),
    ("Estimated arrival for 03/04, weather permitting.", True),
    ("We have a delivery of 2/3 of the items today.", False),
])
def test_delivery_noun_cues_a_yearless_date(toolkit, text, flagged):
    assert ("ambiguous_date" in codes(toolkit, text, "en-CA")) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("As it was bought in our clearance sale, I'm afraid we can't accept it back for a refund. Sale items are final.",
     True),
    ("As the jacket was bought in our sale, we cannot accept it back.", True),
    ("Sale items can be returned within 14 days like any other purchase.", False),
    ("The sale price is final and includes VAT.", False),
])
def test_sale_items_refused(toolkit, text, flagged):
    assert ("policy_conflict" in codes(toolkit, text, "en-GB")) is flagged


RAMADAN = "2042-08-25T09:00:00+02:00"  # inside Ramadan 2042


@pytest.mark.parametrize("text, flagged", [
    ("ويسعدنا نعزمك على غدا مجاني في فرعنا يوم الأربعاء 10 سبتمبر الساعة 1 الظهر.", True),
    ("حنبعتلك الغدا مع الطلب مجانا يوم الأربعاء.", True),
    ("هنشحن الطلب غدا مجانا يوم الأربعاء 10 سبتمبر.", False),  # غدا: tomorrow
    ("يسعدنا نعزمك على فطار مجاني في فرعنا يوم الأربعاء 10 سبتمبر بعد المغرب.", False),
])
def test_egyptian_lunch_in_ramadan(toolkit, text, flagged):
    assert ("religious_insensitivity" in codes(toolkit, text, "ar-EG", now=RAMADAN)) is flagged


@pytest.mark.parametrize("text, locale", [
    # a deadline or the customer's occasion anchors no bare weekday after it: the days before it are meant
    ("Need it in time for Sunday 29 March? We ship it on Monday and it arrives on Wednesday.", "en-GB"),
    ("Soll es bis Sonntag, 29. März, da sein? Wir verschicken am Montag, die Zustellung folgt am Mittwoch.", "de-DE"),
])
def test_deadline_anchors_no_weekday(toolkit, text, locale):
    assert promised(toolkit, text, locale) == []


@pytest.mark.parametrize("text, locale, flagged", [
    ("There is no delivery on Good Friday, 27 March.", "en-GB", False),
    ("There is no delivery charge, and our courier brings it on Friday 27 March.", "en-GB", True),
    ("Niente consegne lunedì 30 marzo.", "it-IT", False),
    ("Il corriere le consegna il pacco lunedì 30 marzo.", "it-IT", True),
])
def test_no_delivery_in_the_singular(toolkit, text, locale, flagged):
    assert bool(promised(toolkit, text, locale)) is flagged
