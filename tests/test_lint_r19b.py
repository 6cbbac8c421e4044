"""The classes of fresh19's disagreements (issue 15), each in the languages its check reads: Austria's
euro sign on either side; a day said to be a national or religious feast; returns refused for goods
tried as in a shop, for sale goods in the singular ("no admite devolución"), and a period the refusal is
applied under; the familiar verb with no pronoun (de, ru, uk, fr); "bite the bullet" and "drop the ball"
word for word; the customer's address abroad setting their clock; Ramadan named as the fasting month."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

MAR = "2039-03-14T09:00:00+01:00"  # a Monday; Greece's Independence Day Friday 25 March 2039
JUL = "2039-07-04T09:00:00+02:00"  # a Monday; France's fête nationale Thursday 14 July
MAY = "2039-05-02T09:00:00+03:00"  # a Monday; Russia's Victory Day Monday 9 May
OCT = "2038-10-18T09:00:00+02:00"  # a Monday; Turkey's Republic Day Friday 29 October 2038
JUN = "2039-05-30T09:00:00+02:00"  # a Monday; Sweden's national day Monday 6 June 2039


def flags(toolkit, text, locale, now=MAR, team="Europe/Berlin", **kw):
    return lint_text(toolkit, text, locale, now=now, team_timezone=team, **kw)


def codes(toolkit, text, locale, now=MAR, team="Europe/Berlin", **kw):
    return {f.code for f in flags(toolkit, text, locale, now, team, **kw)}


@pytest.mark.parametrize("text, locale, wrong", [
    ("Der Betrag von 219,90 € wurde bereits abgebucht.", "de-AT", False),
    ("Der Betrag von € 219,90 wurde bereits abgebucht.", "de-AT", False),
    ("Der Betrag von € 219.90 wurde bereits abgebucht.", "de-AT", True),  # the decimal mark is still read
    ("Der Betrag von € 219,90 wurde bereits abgebucht.", "de-DE", True),
    ("Le montant de € 59,90 a été débité.", "fr-FR", True),
])
def test_symbol_side_either_way_in_austria(toolkit, text, locale, wrong):
    assert ("wrong_currency_format" in codes(toolkit, text, locale)) is wrong


@pytest.mark.parametrize("text, locale, now, promise", [
    ("Την Παρασκευή 25 Μαρτίου είναι εθνική εορτή, οπότε η ACS θα παραδώσει το δέμα σας τη Δευτέρα "
     "28 Μαρτίου.", "el-GR", MAR, False),
    ("Η ACS θα παραδώσει το δέμα σας την Παρασκευή 25 Μαρτίου.", "el-GR", MAR, True),
    ("Le jeudi 14 juillet est la fête nationale : nous livrerons donc votre colis le vendredi 15 juillet.",
     "fr-FR", JUL, False),
    ("Nous livrerons votre colis le jeudi 14 juillet.", "fr-FR", JUL, True),
    ("Понедельник, 9 мая, — нерабочий день, поэтому курьер привезёт заказ во вторник, 10 мая.", "ru-RU", MAY,
     False),
    ("Курьер привезёт заказ в понедельник, 9 мая.", "ru-RU", MAY, True),
    ("29 Ekim Cuma ulusal bayram olduğu için kargonuz 1 Kasım Pazartesi günü teslim edilecek.", "tr-TR", OCT,
     False),
    ("Kargonuz 29 Ekim Cuma günü teslim edilecek.", "tr-TR", OCT, True),
    ("Måndag 6 juni är nationaldagen, så paketet levereras tisdag 7 juni.", "sv-SE", JUN, False),
    ("Paketet levereras måndag 6 juni.", "sv-SE", JUN, True),
])
def test_a_day_said_to_be_a_feast_is_no_promise(toolkit, text, locale, now, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale, now)) is promise


@pytest.mark.parametrize("text, locale, conflict", [
    # goods tried the way one tries them in a shop keep the right of withdrawal
    ("I'm sorry, but as you've already filled and boiled the kettle it no longer qualifies for a return under "
     "our 14-day cancellation policy.", "en-GB", True),
    ("Because the blender has been plugged in, we cannot accept the return.", "en-IE", True),
    ("Da Sie den Wasserkocher bereits befüllt haben, ist eine Rückgabe leider nicht mehr möglich.", "de-DE", True),
    ("Comme vous avez déjà branché la cafetière, le retour n'est malheureusement plus possible.", "fr-FR", True),
    ("Como ya ha lavado la chaqueta, no podemos aceptar la devolución.", "es-ES", True),
    ("Poiché ha già montato la libreria, il reso non è possibile.", "it-IT", True),
    ("Como já ligou a máquina, não aceitamos a devolução.", "pt-PT", True),
    ("Ponieważ zmontował Pan już regał, zwrot nie jest możliwy.", "pl-PL", True),
    ("Omdat u de stofzuiger al heeft aangesloten, is retourneren niet mogelijk.", "nl-NL", True),
    ("Omdat u de verpakking van de blender al heeft geopend, kunnen wij de bedenktijd helaas niet toepassen.",
     "nl-NL", True),
    # sale goods refused in the singular
    ("Sentimos que el abrigo no te quede bien, pero al ser un artículo de rebajas no admite devolución.",
     "es-ES", True),
    ("Por ser um artigo em promoção, não admite devolução.", "pt-PT", True),
    ("Essendo un articolo in saldo, non ammette reso.", "it-IT", True),
    # ... and the look-alikes that keep the right or give a lawful reason
    ("You've already washed the jumper, which is fine: you can still return it within 14 days.", "en-GB", False),
    ("Da Sie den Wasserkocher bereits befüllt haben, ziehen wir nichts ab; die Rücksendung ist bis zum "
     "28. März möglich.", "de-DE", False),
    ("Aunque ya lo ha probado, puede devolverlo dentro de los 14 días.", "es-ES", False),
    ("Ook als u het apparaat al heeft aangesloten, kunt u het binnen 14 dagen retourneren.", "nl-NL", False),
    ("Your return reached us after the 30-day period, so opened items can no longer be returned.", "en-GB", False),
    ("As the tap was made to measure and has been fitted, it cannot be returned.", "en-GB", False),
])
def test_goods_tried_and_sale_goods_refused(toolkit, text, locale, conflict):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is conflict


@pytest.mark.parametrize("text, locale, informal", [
    ("Hi Jana, danke für die Nachricht! Schick mir doch bitte ein Foto von dem Kratzer.", "de-DE", True),
    ("Gib mir kurz Bescheid, ob die Größe passt.", "de-DE", True),
    ("Probier es doch einfach noch mal.", "de-DE", True),
    ("Ich schreibe mir die Sendungsnummer auf und melde mich morgen bei Ihnen.", "de-DE", False),
    ("Schicken Sie mir bitte ein Foto vom Kratzer.", "de-DE", False),
    ("Здравствуйте, Дмитрий Сергеевич! Можешь прислать фото серийного номера?", "ru-RU", True),
    ("Напиши нам, если посылка не придёт.", "ru-RU", True),
    ("Здравствуйте! Можете прислать фото? Товары пришли на склад вчера, мы сообщим о замене.", "ru-RU", False),
    ("Добрий день, Олено! Можеш надіслати фото етикетки?", "uk-UA", True),
    ("Добрий день! Надішліть, будь ласка, фото етикетки.", "uk-UA", False),
    ("Bonjour Léa, envoie-moi une photo du colis.", "fr-FR", True),
    ("Bonjour Madame, envoyez-moi une photo du colis.", "fr-FR", False),
])
def test_the_familiar_verb_without_its_pronoun(toolkit, text, locale, informal):
    assert ("informal_address" in codes(toolkit, text, locale)) is informal


@pytest.mark.parametrize("text, locale, idiom", [
    ("Wir haben die Kugel gebissen und den Lieferanten gewechselt.", "de-DE", True),
    ("Nous avons mordu la balle et changé de transporteur.", "fr-FR", True),
    ("Hemos mordido la bala y cambiado de proveedor.", "es-ES", True),
    ("We hebben de kogel gebeten en zijn van leverancier gewisseld.", "nl-NL", True),
    ("Мы укусили пулю и сменили поставщика.", "ru-RU", True),
    ("今回の配送遅延は、弊社がボールを落としてしまったことが原因です。", "ja-JP", True),
    ("这次是我们掉了球，非常抱歉。", "zh-CN", True),
    ("Abbiamo lasciato cadere la palla con il suo ordine.", "it-IT", True),
    ("Deixamos cair a bola no seu pedido.", "pt-BR", True),
    ("Upuściliśmy piłkę przy Pana zamówieniu.", "pl-PL", True),
    # the languages' own sayings and a real ball pass
    ("Wir haben in den sauren Apfel gebissen und den Lieferanten gewechselt.", "de-DE", False),
    ("De kogel is door de kerk: we wisselen van leverancier.", "nl-NL", False),
    ("配送中にサッカーボールを落とした可能性があります。", "ja-JP", False),
    ("El perro dejó caer la pelota de tenis en el jardín.", "es-ES", False),
])
def test_bite_the_bullet_and_drop_the_ball_word_for_word(toolkit, text, locale, idiom):
    assert ("idiom" in codes(toolkit, text, locale)) is idiom


@pytest.mark.parametrize("text, locale, team, flagged", [
    ("Vielen Dank für Ihre Rückmeldung zur Lieferung nach New York. Ich rufe Sie am Mittwoch um 15 Uhr an.",
     "de-DE", "Europe/Berlin", True),
    ("Uw pakket naar New York is onderweg. We bellen u woensdag om 15:00.", "nl-NL", "Europe/Amsterdam", True),
    ("El envío a Ciudad de México ya salió; le llamaremos el miércoles a las 15:00.", "es-ES", "Europe/Madrid",
     True),
    ("Your parcel to Toronto is on its way; I'll call you on Wednesday at 3pm.", "en-GB", "Europe/London", True),
    # a city in the team's zone, or the place the goods come from
    ("Die Lieferung nach Wien ist unterwegs. Ich rufe Sie am Mittwoch um 15 Uhr an.", "de-DE", "Europe/Berlin",
     False),
    ("We ship from our warehouse in Shenzhen. I'll call you on Wednesday at 3pm.", "en-GB", "Europe/London", False),
    ("Ich rufe Sie am Mittwoch um 15 Uhr an.", "de-DE", "Europe/Berlin", False),
    # a zone's city that is also a town in the customer's country
    ("El envío a Córdoba ya salió; le llamaremos el miércoles a las 15:00.", "es-ES", "Europe/Madrid", False),
    ("Your parcel to Perth is on its way; I'll call you on Wednesday at 3pm.", "en-GB", "Europe/London", False),
])
def test_the_customers_address_abroad_sets_their_clock(toolkit, text, locale, team, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale, team=team)) is flagged


@pytest.mark.parametrize("text, locale, clash", [
    ("Danke, dass Sie trotz des Fastenmonats so schnell geantwortet haben. Als Entschuldigung laden wir Sie "
     "am Donnerstag zu einem Mittagessen in unserem Showroom ein.", "de-DE", True),
    ("We hope the fasting month is going well for you. Lunch is on us next Thursday!", "en-GB", True),
    ("Feliz mes de ayuno. Le invitamos a un almuerzo el jueves en nuestra tienda.", "es-ES", True),
    # Lent is the Fastenzeit; an iftar is the fast's own meal
    ("Während der Fastenzeit bieten wir im Showroom ein Mittagessen an.", "de-DE", False),
    ("We hope the fasting month is going well. Our iftar boxes are delivered after sunset.", "en-GB", False),
])
def test_ramadan_named_as_the_fasting_month(toolkit, text, locale, clash):
    assert ("religious_insensitivity" in codes(toolkit, text, locale)) is clash
