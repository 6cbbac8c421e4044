"""Issue 15, fixer l-con8b: the content codes on replies as pasted from a helpdesk (hard-wrapped
lines), sacred objects binned, daytime food urged in Ramadan, the withdrawal period ended by the
order's date, "cup of tea" calqued, and the Nordic "kr"."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text
from xborder.lint.base import unwrap


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


def test_unwrap_keeps_offsets_and_breaks_between_sentences_and_paragraphs():
    text = "ein Stück\nKuchen. Danke\n\nGrüße\n- eins\n- zwei"
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.startswith("ein Stück Kuchen. Danke\n\nGrüße\n- eins\n- zwei")
    assert unwrap("one line") == "one line"


@pytest.mark.parametrize("text, locale, code, expected", [
    # an idiom split by a hard line break
    ("Filtre değişimi çok kolay, tam anlamıyla bir kek\nparçası! Videoyu izleyin.", "tr-TR", "idiom", True),
    ("Het terugsturen is echt een stukje\ntaart: print het label.", "nl-NL", "idiom", True),
    ("es muss ja nicht jedermanns\nTasse Tee sein.", "de-DE", "idiom", True),
    ("Die Probe reicht für eine\nTasse Tee.", "de-DE", "idiom", False),
    ("Entendemos que el diseño no sea tu taza de té.", "es-ES", "idiom", True),
    # a refusal split by a hard line break
    ("Trattandosi di un articolo in promozione, non è possibile\nesercitare il diritto di recesso.",
     "it-IT", "policy_conflict", True),
    # Ramadan: the offer a few sentences after the greeting, and daytime drinks urged
    ("Ramadan Kareem! Sorry for the delay. The parcel left today. Your next lunch order is on us.",
     "en-AE", "religious_insensitivity", True),
    ("Ramadan Kareem! Sorry for the delay. The parcel left today. Your next iftar order is on us.",
     "en-AE", "religious_insensitivity", False),
    ("رمضان كريم! نعتذر عن التأخير. خذ استراحة واستمتع بفنجان قهوة بينما ننهي الإجراءات.",
     "ar-AE", "religious_insensitivity", True),
    ("Ramadan Kareem! Your new coffee machine ships today.", "en-AE", "religious_insensitivity", False),
    # sacred objects
    ("No need to return the damaged idol, just throw it in the bin.", "en-IN", "religious_insensitivity", True),
    ("No need to return the damaged idol. You can throw the outer carton in the bin.", "en-IN",
     "religious_insensitivity", False),
    ("Kulit mushaf Al-Quran rosak. Yang rosak boleh dibuang ke dalam tong sampah.", "ms-MY",
     "religious_insensitivity", True),
    ("Please keep the damaged Quran; there is no need to send it back.", "en-GB", "religious_insensitivity", False),
    # the withdrawal period ended by the order's date
    ("Como a compra foi feita no dia 18/01, o prazo de 7 dias para arrependimento já terminou, mesmo "
     "que o produto tenha chegado só no dia 25/01.", "pt-BR", "policy_conflict", True),
    ("Como o produto chegou no dia 18/01, o prazo de 7 dias para arrependimento já terminou.", "pt-BR",
     "policy_conflict", False),
    ("Da Sie am 3. Januar bestellt haben, ist die Widerrufsfrist von 14 Tagen leider abgelaufen.", "de-DE",
     "policy_conflict", True),
    ("Die Widerrufsfrist von 14 Tagen beginnt mit dem Bestelldatum.", "de-DE", "policy_conflict", True),
    ("Die Widerrufsfrist von 14 Tagen beginnt mit dem Erhalt der Ware.", "de-DE", "policy_conflict", False),
    # Turkish sen forms under the market's formal voice; "iade" of money to a card is a refund
    ("Merhaba Mehmet Bey, kahve makinen yarın yola çıkacak; bize yazman yeterli.", "tr-TR", "informal_address", True),
    ("Merhaba Mehmet Bey, takip numaranızı yarın göndereceğiz; bize yazmanız yeterli.", "tr-TR",
     "informal_address", False),
    ("Paranızı üç iş günü içinde kartınıza iade edeceğiz.", "tr-TR", "policy_conflict", False),
    ("Ürünü 7 gün içinde iade edebilirsiniz.", "tr-TR", "policy_conflict", True),
    # the Nordic crown
    ("Beløpet på 2,799.00 kr blir tilbakeført.", "nb-NO", "wrong_currency_format", True),
    ("Beløpet på kr 2 799,00 blir tilbakeført.", "nb-NO", "wrong_currency_format", False),
])
def test_content_codes(toolkit, text, locale, code, expected):
    assert (code in codes(toolkit, text, locale)) is expected
