"""Round 16 content concepts: common English support idioms calqued word for word, a withdrawal refused
for a removed tag or counted from the order, a daytime meal offered for a named day in Ramadan, and
even flowers counted after their name or in Poland and Romania."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.lint import lint_text
from xborder.lint.evaluate import evaluate, load_corpus


def codes(toolkit, text, locale, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, **kw)}


@pytest.mark.parametrize("text, locale", [
    ("Ich gebe Ihnen morgen einen Ring, sobald ich mehr weiß.", "de-DE"),
    ("Je vous donnerai une bague dès que j'aurai la réponse.", "fr-FR"),
    ("Le daré un anillo en cuanto tenga noticias.", "es-ES"),
    ("Я дам вам кольцо, как только получу ответ.", "ru-RU"),
    ("Sekarang bolanya ada di lapangan Bapak: silakan pilih salah satu.", "id-ID"),
    ("Agora a bola está na sua quadra.", "pt-BR"),
    ("Teraz piłka jest na Pana korcie.", "pl-PL"),
    ("Wir halten Sie gepostet.", "de-DE"),
    ("Vi håller dig postad.", "sv-SE"),
    ("No dude en dejarnos caer una línea.", "es-MX"),
])
def test_support_idioms_calqued_word_for_word_are_flagged(toolkit, text, locale):
    assert "idiom" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Im Geschäft geben wir Ihnen einen Ring zum Anprobieren.", "de-DE"),
    ("Le daremos un anillo nuevo de plata del mismo modelo.", "es-ES"),
    ("La balle est dans votre camp : dites-nous lequel vous convient.", "fr-FR"),
    ("Der Ball liegt jetzt bei Ihnen. Wir halten Sie auf dem Laufenden.", "de-DE"),
    ("Jeg giver dig et ring i morgen.", "da-DK"),
    ("Ik geef u morgen even een belletje.", "nl-NL"),
    ("Bola basket untuk lapangan sekolah Bapak sudah dikirim.", "id-ID"),
    ("Può scriverci due righe in qualsiasi momento.", "it-IT"),
])
def test_the_languages_own_sayings_and_literal_rings_pass(toolkit, text, locale):
    assert "idiom" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Leider können wir den Widerruf nicht annehmen, da das Etikett bereits entfernt wurde.", "de-DE"),
    ("Nous ne pouvons pas accepter votre rétractation, car l'étiquette du manteau a été retirée.", "fr-FR"),
    ("No podemos aceptar la devolución porque se ha quitado la etiqueta.", "es-ES"),
    ("Helaas kunnen wij uw herroeping niet accepteren, omdat het label van de jas is verwijderd.", "nl-NL"),
    ("Nie możemy przyjąć zwrotu kurtki, ponieważ metka została odcięta.", "pl-PL"),
    ("Eine Rücknahme ist nur in originalverpacktem Zustand möglich.", "de-DE"),
    ("Vi kan tyvärr inte ta emot returen eftersom etiketten är borttagen.", "sv-SE"),
    ("Non possiamo accettare il reso perché il cartellino è stato tolto.", "it-IT"),
    ("Nu putem accepta returul, deoarece eticheta a fost tăiată.", "ro-RO"),
    ("We can't accept the return as the tags have been removed.", "en-IE"),
])
def test_a_withdrawal_refused_for_a_removed_tag_or_packaging_conflicts(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Sie können die Jacke auch ohne Etikett zurücksenden.", "de-DE"),
    ("Para la devolución, pegue la etiqueta de envío en la caja.", "es-ES"),
    ("Oordopjes kunnen niet worden geretourneerd als de hygiënezegel is verbroken.", "nl-NL"),
])
def test_a_tag_or_label_that_refuses_nothing_is_no_conflict(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Abbiamo ricevuto la sua richiesta di recesso. Il termine di 14 giorni decorre dalla data dell'ordine.", "it-IT"),
    ("Nous avons bien reçu votre demande de retour. Le délai de 14 jours court à compter de la date de commande.",
     "fr-FR"),
    ("Recebemos o seu pedido de devolução. O prazo de 14 dias conta a partir da data da encomenda.", "pt-PT"),
])
def test_the_withdrawal_term_counted_from_the_order_conflicts(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Ihr Rabattcode ist 14 Tage ab dem Bestelldatum gültig.", "de-DE"),
    ("Made-to-measure curtains are produced within 14 days of the date of your order.", "en-IE"),
    ("Nous avons reçu votre retour. Le délai de livraison de 14 jours court à compter de la commande.", "fr-FR"),
    ("Il termine di 14 giorni per il recesso decorre dalla consegna.", "it-IT"),
])
def test_other_periods_from_the_order_and_the_term_from_delivery_pass(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


_INVITE = ("To make up for the delay, we'd love to host you for a complimentary lunch at our Dubai store on "
           "{day}, 12:30 pm UAE time.")


def test_a_daytime_meal_for_a_named_day_in_ramadan_is_flagged_weeks_ahead(toolkit):
    found = codes(toolkit, _INVITE.format(day="Thursday 8 December"), "en-AE", region="AE",
                  now="2033-10-25T10:00:00+04:00")
    assert "religious_insensitivity" in found


def test_a_named_day_after_eid_passes_even_when_sent_in_ramadan(toolkit):
    found = codes(toolkit, _INVITE.format(day="Wednesday 18 January"), "en-AE", region="AE",
                  now="2033-12-05T10:00:00+04:00")
    assert "religious_insensitivity" not in found


def test_a_day_that_does_not_exist_falls_back_to_the_day_sent(toolkit):
    # "31 November" is no date: the offer is read against the day sent (in Ramadan)
    found = codes(toolkit, _INVITE.format(day="31 November"), "en-AE", region="AE", now="2033-12-05T10:00:00+04:00")
    assert "religious_insensitivity" in found


def test_a_lunch_in_a_market_not_asked_about_passes(toolkit):
    text = "Als kleine Entschuldigung laden wir Sie am 7. Dezember zu einem kostenlosen Mittagessen (lunch) ein."
    assert "religious_insensitivity" not in codes(toolkit, text, "de-DE", now="2033-11-29T10:00:00+01:00")


@pytest.mark.parametrize("text, locale, flagged", [
    ("Флорист добавит в букет ещё одну розу — их станет ровно восемь.", "ru-RU", True),
    ("Флорист добавит в букет ещё одну розу — их станет ровно одиннадцать.", "ru-RU", False),
    ("Як компенсацію флорист додасть до букета троянду, тож їх буде рівно 12.", "uk-UA", True),
    ("Заказ из 6 горшков для цветов передан в доставку, их будет ровно 8 коробок.", "ru-RU", False),
    ("W ramach przeprosin dołączymy bukiet sześciu róż.", "pl-PL", True),
    ("W ramach przeprosin dołączymy bukiet siedmiu róż.", "pl-PL", False),
    ("Vă trimitem gratuit un buchet de 10 trandafiri.", "ro-RO", True),
    ("Ați comandat 10 trandafiri, iar buchetul este pe drum.", "ro-RO", False),
])
def test_even_flowers_counted_after_their_name_and_in_more_markets(toolkit, text, locale, flagged):
    assert ("taboo_number" in codes(toolkit, text, locale)) is flagged


def test_dev16b_meets_the_goals(toolkit):
    """dev16b (tuned on): every content code it was written for, and no clean draft flagged for one."""
    score = evaluate(toolkit, load_corpus(Path(__file__).parent / "data" / "lint" / "dev16b"))
    content = ("policy_conflict", "religious_insensitivity", "idiom", "taboo_number")
    for code in content:
        assert score.precision(code) >= 0.93 and score.recall(code) >= 0.90, code
    assert not [o.draft.id for o in score.clean_flagged if set(o.flagged) & set(content)]
