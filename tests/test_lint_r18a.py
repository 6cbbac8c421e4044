"""Calendar, clock and idiom checks after fresh17 (issue 15, tests/data/lint/dev18a): a parcel waiting at a
locker or pick-up point, an occasion said to be on a day, a weekday inside a holiday's name, short holiday
names, bracketed Latin weekday abbreviations, Hebrew supply verbs, order deadlines published for an occasion,
postcodes that tell the state a shared suburb name does not, and Chinese calques of English idioms."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

MAR = "2037-03-30T09:00:00+02:00"  # a Monday; Good Friday 3 April, Easter Monday 6 April 2037
SEP = "2037-09-14T09:00:00+02:00"  # a Monday; Fri 25 Sep: Grand Final Friday (VIC); Tue 3 Nov: Melbourne Cup (VIC)
NOV = "2037-11-30T09:00:00+01:00"  # a Monday; Tue 8 Dec: Immaculate Conception in ES, IT, AT


def flags(toolkit, text, locale, now=MAR):
    return lint_text(toolkit, text, locale, now=now, team_timezone="Europe/Berlin")


def codes(toolkit, text, locale, now=MAR):
    return {f.code for f in flags(toolkit, text, locale, now)}


@pytest.mark.parametrize("text, locale, promise", [
    # the parcel waits for the customer at a locker or pick-up point: they come when it suits them
    ("Paczka trafi do Paczkomatu w sobotę 11 kwietnia i będzie tam czekać 48 godzin.", "pl-PL", False),
    ("Zamówienie będzie gotowe do odbioru w punkcie Orlen Paczka w sobotę 11 kwietnia.", "pl-PL", False),
    ("Your order will be ready for collection at the parcel shop on Saturday 11 April.", "en-GB", False),
    ("Ihre Bestellung liegt ab Samstag, 11. April, in der Filiale zur Abholung bereit.", "de-DE", False),
    ("Votre commande sera prête pour le retrait en magasin le samedi 11 avril.", "fr-FR", False),
    ("O seu pedido estará pronto para levantamento no sábado, 11 de abril.", "pt-PT", False),
    ("Je bestelling is zaterdag 11 april klaar om op te halen.", "nl-NL", False),
    ("Zboží bude připraveno k vyzvednutí ve výdejně v sobotu 11. dubna.", "cs-CZ", False),
    # ... not when the carrier or the store's team brings it to the door that day
    ("Kurier DPD dostarczy paczkę pod Twój adres w sobotę 11 kwietnia.", "pl-PL", True),
    ("Our driver will deliver the parcel to your door on Saturday 11 April.", "en-GB", True),
    ("Our courier will collect the parcel from your home on Saturday 11 April.", "en-GB", True),
])
def test_a_parcel_waiting_for_the_customer(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale", [
    ("Since Easter is on Sunday, April 5, UPS will deliver your basket on Thursday, April 2.", "en-US"),
    ("As your daughter's christening is on Sunday 12 April, we'll deliver the cake on Friday 10 April.", "en-GB"),
    ("Since Father's Day is on Sunday, June 21, your gift will arrive on Thursday, June 18.", "en-US"),
    ("Como la boda de tu hermana es el sábado 11 de abril, te lo entregamos el jueves 9.", "es-ES"),
    ("Da Ihre Hochzeit am Samstag, 11. April, stattfindet, liefert DHL am Donnerstag, 9. April.", "de-DE"),
    ("Omdat je feest op zaterdag 11 april is, bezorgen we donderdag 9 april.", "nl-NL"),
    ("Eftersom bröllopet är lördag 11 april levererar vi torsdag 9 april.", "sv-SE"),
    # festivals no public calendar lists, in the customer's language
    ("Comme la fête des mères est le dimanche 31 mai, Colissimo vous livrera le vendredi 29 mai.", "fr-FR"),
    ("Como el Día de la Madre es el domingo 3 de mayo, te lo entregamos el jueves 30 de abril.", "es-ES"),
    ("Da Muttertag am Sonntag, 10. Mai, ist, liefern wir am Freitag, 8. Mai.", "de-DE"),
    ("Omdat Moederdag op zondag 10 mei valt, bezorgen we vrijdag 8 mei.", "nl-NL"),
    # a weekday inside a holiday's name is no day of its own, and the name before its date says when it is
    ("Como el Viernes Santo es el 3 de abril, te lo entregamos el miércoles 1 de abril.", "es-ES"),
    ("Siden skjærtorsdag er 2. april, leverer Posten pakken onsdag 1. april.", "nb-NO"),
])
def test_an_occasion_said_to_be_on_a_day(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale)


@pytest.mark.parametrize("text, locale", [
    ("Our engineer will come on Sunday, April 5, to install the dryer.", "en-US"),
    ("Te lo entregamos el Viernes Santo, 3 de abril.", "es-ES"),
    ("Posten leverer pakken skjærtorsdag 2. april.", "nb-NO"),
    ("Nous vous livrerons le dimanche 31 mai, jour de la fête des mères.", "fr-FR"),
    ("Wir liefern Ihr Geschenk zum Muttertag am Sonntag, 10. Mai.", "de-DE"),
])
def test_the_day_itself_promised_still_counts(toolkit, text, locale):
    assert "weekend_promise" in codes(toolkit, text, locale)


def test_a_short_holiday_name_needs_its_own_word(toolkit):
    # "Holi" (4 letters) is read as a name, and not inside "holiday"
    now = "2034-02-13T09:00:00+01:00"
    assert "weekend_promise" not in codes(
        toolkit, "Since Holi is on Sunday 5 March, it will reach you in Jaipur by Saturday 4 March.", "en-IN", now)
    assert "weekend_promise" in codes(
        toolkit, "Our technician will visit on Sunday 5 March to fit the purifier.", "en-IN", now)


@pytest.mark.parametrize("text, locale, now, promise", [
    ("Our fitters will be with you on the 11th (Sat) to hang the doors.", "en-GB", MAR, True),
    ("Our crew will assemble the desk on 4/11 (Sat) in the morning.", "en-US", MAR, True),
    ("Unser Monteur kommt am 06.04. (Mo) zu Ihnen.", "de-DE", MAR, True),
    ("Notre technicien passera le 6 (lun.) dans la matinée.", "fr-FR", MAR, True),
    ("El técnico pasará el 8 (mar.) por la mañana.", "es-ES", NOV, True),
    ("O técnico vai instalar no dia 21/04 (ter.) pela manhã.", "pt-BR", MAR, True),
    # working days, and an abbreviation that is not the date's weekday: no day off read
    ("Our fitters will be with you on the 9th (Thu) to hang the doors.", "en-GB", MAR, False),
    ("Unser Monteur kommt am 07.04. (Di) zu Ihnen.", "de-DE", MAR, False),
    ("Our fitters will be with you on the 11th (Wed) to hang the doors.", "en-GB", MAR, False),
])
def test_a_bracketed_latin_weekday_after_a_date(toolkit, text, locale, now, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale, now)) is promise


def test_hebrew_supply_verbs_promise_the_day_and_their_window_is_at_the_door(toolkit):
    found = codes(toolkit, "המקרר יסופק אליך לפתח תקווה בשבת, 11 באפריל, בין 8:00 ל-12:00.", "he-IL")
    assert found == {"weekend_promise"}
    assert not codes(toolkit, "המקרר יסופק אליך ביום ראשון, 12 באפריל, בין 8:00 ל-12:00.", "he-IL")


@pytest.mark.parametrize("text, locale, flagged", [
    # an order deadline published for an occasion on a named day: the market's clock
    ("설 선물로 받으시려면 2월 5일(목) 오후 2시까지 주문해 주세요.", "ko-KR", False),
    ("母の日までにお届けするには、5月6日（水）14時までにご注文ください。", "ja-JP", False),
    ("To have it in time for Christmas, order by 2pm on Monday 21 December.", "en-US", False),
    # today's cut-off and a call-back stay the team's clock
    ("설 전에 받으시려면 오늘 오후 2시까지 주문해 주세요.", "ko-KR", True),
    ("설 전에 받으시려면 2월 5일(목) 오후 2시에 전화 주세요.", "ko-KR", True),
])
def test_an_order_deadline_for_an_occasion(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale, NOV)) is flagged


@pytest.mark.parametrize("text, promise", [
    ("Your desk will be delivered to 3 Church St, Richmond 3121 on Tuesday 3 November.", True),
    ("Your desk will be delivered to Hawthorn VIC 3122 on Tuesday 3 November.", True),
    ("Your desk will be delivered to 3 Church St, Richmond 2753 on Tuesday 3 November.", False),
    ("Your desk will be delivered to your Richmond address on Tuesday 3 November.", False),
    # a listed suburb's name gives way to the postcode of its own address (St Kilda is Melbourne's and Adelaide's)
    ("Your fridge will be delivered to 4 Mangrove Rd, St Kilda SA 5110 on Tuesday 3 November.", False),
    ("Your fridge will be delivered to your St Kilda flat on Tuesday 3 November.", True),
    # a year after a month is no postcode
    ("Your desk from our November 3121 range will be delivered on Friday 25 September.", False),
])
def test_a_postcode_tells_the_state(toolkit, text, promise):
    assert ("weekend_promise" in codes(toolkit, text, "en-AU", SEP)) is promise


def test_a_canadian_postal_code_tells_the_province(toolkit):
    # Mon 24 June 2037 is no national holiday; Quebec keeps la Fête nationale on 24 June (a Wednesday)
    text = "Our technician will install it at 1200 rue Peel, Montréal area, H3B 2T6 on Wednesday June 24."
    assert "weekend_promise" in codes(toolkit, text, "en-CA", MAR)
    text = "Our technician will install it at 200 Bay St, M5J 2J2 on Wednesday June 24."
    assert "weekend_promise" not in codes(toolkit, text, "en-CA", MAR)


@pytest.mark.parametrize("text, calque", [
    ("有任何进展我们都会让您留在环里。", True),
    ("审核有结果前，我们会把您放在循环里。", True),
    ("质检没有通过，我们只能回到绘图板。", True),
    ("先从低垂的果实入手。", True),
    ("我们会为您多走一英里。", True),
    ("新款采用环保包装。", False),
    ("配送范围在三环内，当天送达。", False),
    ("有任何进展我们会第一时间通知您。", False),
])
def test_chinese_calques_of_english_idioms(toolkit, text, calque):
    assert ("idiom" in codes(toolkit, text, "zh-CN")) is calque


@pytest.mark.parametrize("text, locale", [
    ("If you'd prefer, we can also deliver it on Saturday 11 April.", "en-GB"),
    ("Si lo prefieres, también podemos entregártelo el sábado 11 de abril.", "es-ES"),
    ("Wenn Sie möchten, liefern wir auch am Samstag, 11. April.", "de-DE"),
])
def test_an_option_the_customer_may_prefer(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale)


def test_norway_states_its_own_facts(toolkit):
    """Norway is in the EEA, not the EU: its facts cite Norwegian statutes (lovdata.no) and inherit nothing."""
    from xborder.policy import get_profile

    profile = get_profile(toolkit, "NO")
    assert profile.chain == ("NO",)
    assert profile.value("withdrawal_days") == 14
    assert profile.value("legal_guarantee_months") == 24
    assert profile.value("dsar_deadline_days") == 30 and profile.value("breach_notification_hours") == 72
    assert "Forbrukerklageutvalget" in profile.value("consumer_authorities")
    assert "LOV-2018-06-15-38" in profile.facts["privacy_law"].source
    assert "§ 27" in profile.facts["legal_guarantee_months"].source
    # the presumption period, once verified (§ 18 as amended from 1 January 2024), carries its date and note
    guarantee = profile.facts["legal_guarantee_months"]
    assert guarantee.extras["burden_reversal_months"] == 24
    assert str(guarantee.source_date) == "2024-01-01" and "Prop. 49 LS" in guarantee.note


@pytest.mark.parametrize("text, locale, promise", [
    # the occasion a delivery comes before, by its name (fresh17's "before Holi"): the day is the occasion's
    ("We shipped it today so it reaches you before Easter on Sunday, April 5.", "en-US", False),
    ("Wir versenden heute, damit das Paket noch vor Ostern am Sonntag, 5. April, bei Ihnen ist.", "de-DE", False),
    ("Dispatched today, so it reaches you before Diwali on Sunday 5 April.", "en-IN", False),
    # ... after a comma the day is the promise's own
    ("Our engineer will come before Easter, on Saturday 4 April.", "en-GB", True),
    ("Wir liefern vor Ostern, am Samstag, 4. April.", "de-DE", True),
])
def test_the_named_occasion_a_delivery_comes_before(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, flagged", [
    # the holiday's order or dispatch deadline as a notice
    ("설 연휴 전 택배 마감: 2월 10일(수) 오후 3시 결제 건까지 출고됩니다.", "ko-KR", False),
    ("Our last order date for Christmas delivery is Monday, December 21 at 2 p.m.", "en-US", False),
    ("Order by 2 p.m. today and it ships today.", "en-US", True),
])
def test_a_holiday_order_deadline_notice(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale, NOV)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    # a pick-up point, a locker bank or a post office keeps its own town's hours, as a shop does
    ("The UPS Access Point is open until 7 p.m. on weekdays.", "en-US", False),
    ("Пункт выдачи работает с 10:00 до 21:00.", "ru-RU", False),
    ("편의점 픽업은 오후 10시까지 가능합니다.", "ko-KR", False),
    # a call or a payment deadline stays the team's clock
    ("We'll call you at 3pm to confirm the pick-up point.", "en-GB", True),
    ("편의점에 오후 3시까지 결제해 주세요.", "ko-KR", True),
])
def test_a_pick_up_points_hours(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("value", ["[3121]", "{AU: 3121}", "{AU: {ranges: [[3000, 3999, AU-VIC]]}}",
                                   "{AU: {pattern: '\\b(?P<code>3\\d{3})\\b'}}"])
def test_bad_postcodes_are_one_line_errors(tmp_path, value):
    from xborder import Toolkit
    from xborder.errors import DataError
    from xborder.lint import lint_text

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: weekend_promise\nmessage: \"x\"\nlevel: warning\n"
                                     f"postcodes: {value}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-AU")
    assert "\n" not in str(info.value) and "postcodes" in str(info.value)
