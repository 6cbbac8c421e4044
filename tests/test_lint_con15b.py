"""Round 15 content concepts: what a store keeps back from a withdrawal's refund, a fault sent to the
maker, a greeting of the wrong faith, and English idioms word for word in more languages."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.lint import lint_text
from xborder.lint.evaluate import evaluate, load_corpus

from test_lint_errors import error_of, user_rule


def codes(toolkit, text, locale, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, **kw)}


@pytest.mark.parametrize("text, locale", [
    ("We'll refund the jacket once it's back, minus a €4.95 processing fee.", "en-IE"),
    ("Het bedrag wordt binnen 14 dagen teruggestort, onder aftrek van € 7,50 administratiekosten.", "nl-NL"),
    ("Bei Rücksendungen innerhalb der Widerrufsfrist ziehen wir eine Servicepauschale von 5 € vom "
     "Erstattungsbetrag ab.", "de-DE"),
    ("Le recesso è stato accettato; le spese di spedizione iniziali di 6,90 € non sono invece rimborsabili.", "it-IT"),
    ("O valor será reembolsado, com exceção dos portes de envio iniciais.", "pt-PT"),
    ("Vi återbetalar beloppet men drar av 49 kr i administrationsavgift.", "sv-SE"),
    ("Z vrácené částky strhneme manipulační poplatek 150 Kč.", "cs-CZ"),
])
def test_a_charge_kept_back_from_a_withdrawal_refund_conflicts(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    # what the law lets the store keep: the express surcharge, the return postage, value lost by wear
    ("We'll refund the boots and the standard delivery; the extra €6 for next-day delivery isn't refundable.", "en-IE"),
    ("Nous remboursons les frais de livraison initiaux ; les frais de retour restent à votre charge.", "fr-FR"),
    ("We betalen het volledige bedrag terug, min de kosten van het retourlabel dat wij u stuurden.", "nl-NL"),
    ("Abbiamo trattenuto 10,00 € per il minor valore: le scarpe sono state indossate all'aperto.", "it-IT"),
    # the deduction denied, and a refund withheld until the goods are back
    ("Le remboursement inclut les frais de livraison initiaux ; aucun frais ne sera déduit.", "fr-FR"),
    ("Zwrócimy całą kwotę wraz z kosztami dostawy, bez żadnych potrąceń.", "pl-PL"),
    ("Vi återbetalar hela beloppet och drar inte av någon avgift.", "sv-SE"),
    # a fee for something else than the goods: the store's service, a bank's conversion
    ("Just a heads-up that the £15 booking fee for assembly is non-refundable once the fitter has been.", "en-GB"),
    ("We've refunded the jacket; your bank may deduct a small conversion fee.", "en-GB"),
])
def test_what_the_law_lets_a_store_keep_is_no_conflict(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


def test_a_deduction_is_read_against_the_regions_facts(toolkit):
    # no statutory withdrawal in the US: a restocking fee there is the store's policy
    assert "policy_conflict" not in codes(toolkit, "We'll refund the order minus a $5 restocking fee.", "en-US")


@pytest.mark.parametrize("text, locale", [
    ("Leider ist die Herstellergarantie von sechs Monaten abgelaufen. Bitte wenden Sie sich direkt an den "
     "Kundendienst des Herstellers.", "de-DE"),
    ("Für Garantiefälle ist ausschließlich der Hersteller zuständig.", "de-DE"),
    ("Votre montre est en panne. Pour la garantie, adressez-vous au fabricant.", "fr-FR"),
    ("Tu cafetera no funciona. La garantía la gestiona directamente el fabricante.", "es-ES"),
    ("Voor garantie moet u bij de fabrikant zijn; wij handelen garantiezaken niet af.", "nl-NL"),
    ("Din kaffebryggare är trasig. Kontakta tillverkaren direkt för garantiärenden.", "sv-SE"),
])
def test_a_fault_sent_to_the_maker_conflicts_where_the_seller_answers(toolkit, text, locale):
    assert "policy_conflict" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Wenn Sie möchten, können Sie stattdessen auch die Herstellergarantie direkt bei Melitta nutzen.", "de-DE"),
    ("Uw stofzuiger is kapot. Wij sturen hem voor u naar de fabrikant en u krijgt hem gerepareerd terug.", "nl-NL"),
    ("Il frullatore è guasto: lo ripariamo noi, non serve contattare il produttore.", "it-IT"),
    ("Die gesetzliche Gewährleistung ist abgelaufen; die Herstellergarantie läuft aber noch: bitte wenden Sie "
     "sich an den Hersteller.", "de-DE"),
    ("Our products are made by the manufacturer in Portugal and shipped directly to you.", "en-GB"),
])
def test_the_maker_as_an_option_or_after_the_legal_guarantee_is_no_conflict(toolkit, text, locale):
    assert "policy_conflict" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Your seder plate ships today and will be with you before Passover. Happy Easter!", "en-US"),
    ("Ihr Sederteller kommt rechtzeitig vor Pessach an.\n\nWir wünschen Ihnen frohe Ostern!", "de-DE"),
    ("The menorah you ordered ships tomorrow. We've added a gift tag that says \"Merry Christmas\".", "en-US"),
    ("Happy Jewish Christmas to you and your family!", "en-US"),
    ("¡Feliz Navidad musulmana para toda la familia!", "es-ES"),
])
def test_a_greeting_of_the_wrong_faith_is_flagged(toolkit, text, locale):
    assert "religious_insensitivity" in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Your seder plate ships today. Chag Pesach sameach!", "en-US"),
    ("Your seder plate and the Easter eggs ship today. Happy Passover and happy Easter to you both!", "en-US"),
    ("Ihre Osterdeko kommt rechtzeitig vor dem Fest an. Frohe Ostern!", "de-DE"),
    ("Votre plateau arrivera avant la Pâque juive.", "fr-FR"),
    # the store names both festivals itself
    ("Our warehouse is closed for Passover and Easter from March 26 to 29. Happy Easter!", "en-US"),
    ("We stock both Christmas and Hanukkah wrapping paper, so just pick one at checkout. Merry Christmas!", "en-US"),
])
def test_the_right_festival_greeted_is_not_flagged(toolkit, text, locale):
    assert "religious_insensitivity" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale, expected", [
    ("Monteringen er egentlig et stykke kake.", "nb-NO", True),
    ("Vi har lagt ved et stykke kake fra bakeriet vårt.", "nb-NO", False),
    ("Det har regnet katte og hunde hos vores fragtfirma.", "da-DK", True),
    ("Pidämme sinut silmukassa.", "fi-FI", True),
    ("Palautus on helppo nakki.", "fi-FI", False),
    ("Returul este o bucată de tort.", "ro-RO", True),
    ("A méretcsere egy darab torta.", "hu-HU", True),
    ("A méretcsere gyerekjáték.", "hu-HU", False),
])
def test_idioms_word_for_word_in_more_languages(toolkit, text, locale, expected):
    assert ("idiom" in codes(toolkit, text, locale)) is expected


def test_an_unknown_reach_is_a_one_line_error(tmp_path):
    rule = ("extends: observance_clash\nmessage: \"x\"\nlevel: warning\ncode: religious_insensitivity\n"
            "observances:\n  x: {names: [x], clashes: [food]}\nclashes:\n  food: {words: [y], why: z, reach: anywhere}\n"
            "description: A rule written for a test of the error paths, nothing more than that.\n"
            "link: https://example.com\nshould_flag: [x y]\nshould_pass: [y]\n")
    assert "'reach' is adjacent, sentence, near, paragraph or reply" in error_of(user_rule(tmp_path, rule))


def test_dev15b_meets_the_goals(toolkit):
    """dev15b (tuned on): every code it was written for, and no clean draft flagged."""
    score = evaluate(toolkit, load_corpus(Path(__file__).parent / "data" / "lint" / "dev15b"))
    for code in ("policy_conflict", "religious_insensitivity", "idiom"):
        assert score.precision(code) >= 0.93 and score.recall(code) >= 0.90, code
    assert not score.clean_flagged, [o.draft.id for o in score.clean_flagged]
