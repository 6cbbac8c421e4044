"""weekend_promise after fresh15 (issue 15, tests/data/lint/dev16a): whose day a date is (the customer's
choice, read as "as + a verb of asking or agreeing" in every language), which place is the customer's (not
one inside a holiday's name, one a day-off noun is said of, or the store's own), which carrier brings it
(one that delivers on holidays there, the day known as one), and what is promised (an office closing,
replies slowed, a reopening, the deadline before an occasion, a promise made with a noun)."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

APR = "2033-04-04T09:00:00+02:00"  # a Monday; 2033: Good Friday 15 April, Easter Monday 18 April
JAN = "2033-01-03T09:00:00+01:00"  # a Monday; 6 January 2033 (Epiphany) is a Thursday


def flagged(toolkit, text, locale, region=None, now=APR):
    return "weekend_promise" in {f.code for f in lint_text(toolkit, text, locale, region=region, now=now,
                                                           team_timezone="Europe/Berlin")}


@pytest.mark.parametrize("text, locale, promise", [
    # the customer's choice: "as" + a few words + a verb of asking, agreeing or choosing
    ("As agreed with you on the phone, our fitter will come on Saturday 9 April.", "en-GB", False),
    ("Wie mit Ihnen am Telefon besprochen, kommt der Monteur am Samstag, 9. April.", "de-DE", False),
    ("Come ci hai chiesto, il corriere passerà sabato 9 aprile.", "it-IT", False),
    ("Zoals u ons heeft gevraagd, komt de monteur op zaterdag 9 april.", "nl-NL", False),
    ("Belirttiğiniz gibi, teknisyenimiz 9 Nisan Cumartesi günü gelecek.", "tr-TR", False),
    ("ご依頼どおり、4月9日（土）に技術者が伺います。", "ja-JP", False),
    # "as we said" is the store's own word: the promise stands
    ("As we mentioned, our fitter will come on Saturday 9 April.", "en-GB", True),
    ("Belirttiğimiz gibi, teknisyenimiz 9 Nisan Cumartesi günü gelecek.", "tr-TR", True),
    ("Bildiğiniz gibi, teknisyenimiz 9 Nisan Cumartesi günü gelecek.", "tr-TR", True),  # "as you know"
    ("Comme indiqué dans notre e-mail, le technicien passera le samedi 9 avril.", "fr-FR", True),
    ("Come indicato nella mail, il tecnico passerà sabato 9 aprile.", "it-IT", True),
])
def test_the_customers_choice(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("text, locale, promise", [
    # a carrier that delivers on holidays in that market, the day marked as one
    ("ご注文の品は4月29日（金・祝）にヤマト運輸にてお届けいたします。", "ja-JP", False),
    ("祝日も通常どおり配達しておりますので、4月29日（金）にお届けいたします。", "ja-JP", False),
    # not marked: Yamato delivers on holidays all the same (the coordinator's decision of 2026-12-07) ...
    ("ご注文の品は4月29日（金）にヤマト運輸にてお届けいたします。", "ja-JP", False),
    # ... but the store's own call that day is a promise of its own work
    ("ヤマト運輸にて発送いたしました。4月29日（金）に担当者よりお電話いたします。", "ja-JP", True),
    # a carrier said to run its normal schedule on the holiday
    ("FedEx runs its normal schedule on Memorial Day, so your order arrives Monday, May 30.", "en-US", False),
    ("FedEx will deliver your order on Monday, May 30.", "en-US", True),
])
def test_which_carrier(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("text, locale, region, promise", [
    # a place inside a holiday's name, a place a day-off noun is said of, the store's own place
    ("It's the Adelaide Cup holiday down there, but your delivery to Perth is on Monday 14 March.", "en-AU", None,
     False),
    ("Dreikönig ist in Bayern ein Feiertag, Ihr Paket nach Hamburg kommt am Donnerstag, 6. Januar.", "de-DE",
     None, False),
    ("Our Munich warehouse is closed on Thursday 6 January, but DHL brings your parcel to Hamburg on "
     "Thursday 6 January.", "en-GB", "DE", False),
    # ... and the customer's own place keeps its holiday
    ("DHL bringt Ihr Paket am Donnerstag, 6. Januar, zu Ihnen nach Augsburg.", "de-DE", None, True),
    ("Our engineer will visit your home in Glasgow on Tuesday 4 January.", "en-GB", None, True),
    # "nach" is "to" here: the promise is the day's
    ("Die Lieferung nach Innsbruck erfolgt am Donnerstag, 6. Jänner.", "de-AT", "AT", True),
])
def test_whose_place(toolkit, text, locale, region, promise):
    assert flagged(toolkit, text, locale, region, now=JAN) is promise


@pytest.mark.parametrize("text, locale, promise", [
    # an office closing, replies slowed, a reopening: no handover promised on the day
    ("Our offices close on Good Friday, 15 April, and reopen on Tuesday 19 April.", "en-GB", False),
    ("Any replies over Easter Monday will be slower than usual.", "en-GB", False),
    ("Nos bureaux rouvrent le lundi 18 avril.", "fr-FR", False),
    # in English "a" before a holiday's name is the article: "a Christmas purchase" names no day
    ("As it was a Christmas purchase, we can offer an exchange.", "en-GB", False),
    ("We will deliver it on Christmas Day.", "en-GB", True),
    # a deadline before the customer's occasion, and a date in brackets after its weekday
    ("Pour la fête des mères, le dimanche 29 mai, commandez avant le mardi 24 mai afin que le colis arrive à "
     "temps.", "fr-FR", False),
    ("Como o Dia das Mães é no domingo (08/05), peça até quarta-feira (04/05) para a entrega chegar a tempo.",
     "pt-BR", False),
    # the head-final "day, holiday, copula": the draft says what the day is
    ("23 Nisan Cumartesi resmi tatil olduğu için kargo o gün dağıtım yapmayacak; paketiniz 22 Nisan Cuma günü "
     "elinizde olacak.", "tr-TR", False),
    ("19 Mayıs Perşembe günü paketiniz teslim edilecek.", "tr-TR", True),
])
def test_what_is_promised(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("value", ["[Yamato]", "{JP: []}", "{JP: Yamato}"])
def test_bad_daily_carriers_are_one_line_errors(tmp_path, value):
    from xborder import Toolkit
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: weekend_promise\nmessage: \"x\"\nlevel: warning\n"
                                     f"daily_carriers: {value}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "daily_carriers" in str(info.value)

