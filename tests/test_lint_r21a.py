"""The classes of dev21a's disagreements (issue 15), each in the languages its check reads: a future
marker read only as a whole word (not "Vaud", "canton", "foglalás"), closures in the plural and in
languages that had none; the Sabbath a customer keeps, a Saturday booked for them; a sacred object
offered as a household thing or binned with its box; Ramadan food served free by day part; informal
address in Hungarian, Greek and Bulgarian; the withdrawal period counted from the order, refusals "by
our policy"; calques wrapped across a line in Chinese and Japanese, "arm and a leg" with the verb after;
the customer's city read as their place, not as a stated clock; counters of potted plants."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

AUG = "2043-08-24T09:00:00+02:00"  # a Monday, inside Ramadan 2043
BER = "Europe/Berlin"


def codes(toolkit, text, locale, now=AUG, team=BER, **kw):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone=team, **kw)}


@pytest.mark.parametrize("text, locale, promise", [
    # a sentence that says what the day is, with a place whose name starts like a future marker
    ("Le lundi 21 septembre est le Lundi du Jeûne dans le canton de Vaud, jour férié pour notre dépôt.", "fr-CH", False),
    ("Le lundi 21 septembre, notre livreur passera chez vous dans le canton de Vaud.", "fr-CH", True),
    # closures in the plural, and in languages that had no closure word
    ("Luni, 30 noiembrie (Sfântul Andrei) și marți, 1 decembrie, suntem închiși.", "ro-RO", False),
    ("Suntem închiși luni, 30 noiembrie.", "ro-RO", False),
    ("Luni, 30 noiembrie, curierul vă livrează geaca.", "ro-RO", True),
    ("Október 23-án, pénteken zárva tartunk.", "hu-HU", False),
    ("Október 23-án, pénteken a futár hozza a csomagot.", "hu-HU", True),
])
def test_future_markers_whole_words_and_closures(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, expected", [
    ("כתבת שאת שומרת שבת ולא זמינה בימי חול בבוקר, אז קבענו לך את ביקור הטכנאי ביום שבת, 29.8, בבוקר.", "he-IL",
     {"religious_insensitivity"}),
    ("As you keep Shabbat, we have booked the engineer for Saturday 29 August.", "en-GB", {"religious_insensitivity"}),
    ("Da Sie den Schabbat halten, kommt der Techniker am Samstag, 29. August.", "de-DE", {"religious_insensitivity"}),
    # a Sunday, Saturday night after the Sabbath, or "not on Saturday" respects it
    ("כתבת שאת שומרת שבת, ולכן הטכנאי יגיע ביום ראשון, 30.8, בבוקר.", "he-IL", set()),
    ("כתבת שאת שומרת שבת, אז קבענו את הביקור במוצאי שבת, 29.8.", "he-IL", set()),
    ("As you keep Shabbat, we have booked the engineer for Thursday 27 August, not on Saturday.", "en-GB", set()),
    # without the customer's Sabbath a Saturday in Israel stays a weekend promise
    ("הטכנאי יגיע ביום שבת, 29.8, בבוקר.", "he-IL", {"weekend_promise"}),
])
def test_a_saturday_booked_for_a_customer_who_keeps_the_sabbath(toolkit, text, locale, expected):
    found = codes(toolkit, text, locale, team="Asia/Jerusalem") & {"religious_insensitivity", "weekend_promise"}
    assert found == expected


@pytest.mark.parametrize("text, locale, flagged", [
    ("I'm sorry the Ganesha idol arrived chipped. We'll send a new one. You can keep the old one as a doorstop.",
     "en-IN", True),
    ("Der neue Koran ist unterwegs. Den beschädigten können Sie gern als Briefbeschwerer behalten.", "de-DE", True),
    ("Votre nouvelle Bible part demain. Gardez l’ancienne comme presse-papiers si vous voulez.", "fr-FR", True),
    ("Mohon maaf, sampul Al-Qur'an yang Bapak terima sobek. Kami kirimkan yang baru besok. "
     "Yang rusak silakan dibuang saja bersama kardusnya.", "id-ID", True),
    ("The new Quran ships today. You can throw the old one away with the box.", "en-GB", True),
    # the box alone binned, the object kept: no clash
    ("No need to return the damaged idol. You can throw the outer carton in the bin.", "en-IN", False),
    ("Sampul Al-Quran yang baru kami kirim besok. Kardusnya boleh dibuang.", "id-ID", False),
    ("The Buddha statue is on its way. The cardboard tube it came in makes a great toy for cats.", "en-SG", False),
])
def test_a_sacred_object_as_a_household_thing_or_binned(toolkit, text, locale, flagged):
    assert ("religious_insensitivity" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, now, flagged", [
    ("ندعوك لتجربة آلة القهوة في صالة العرض يوم الأربعاء بعد الظهر، وسنقدم لك القهوة والحلويات مجاناً.", "ar-AE",
     AUG, True),
    ("Join us at our Dubai showroom on Wednesday afternoon; we will serve complimentary coffee and cake.", "en-AE",
     AUG, True),
    ("Kami undang Bapak ke toko kami Rabu siang, kopi dan kue gratis selama demo.", "id-ID", AUG, True),
    ("Çarşamba öğleden sonra mağazamızda ücretsiz kahve ikramımız olacak.", "tr-TR", AUG, True),
    # outside Ramadan, after iftar, or a greeting's "afternoon": no clash
    ("Join us at our Dubai showroom on Wednesday afternoon; we will serve complimentary coffee and cake.", "en-AE",
     "2043-11-02T09:00:00+04:00", False),
    ("ندعوك لزيارة المعرض مساءً بعد الإفطار، وسنقدم لك القهوة مجاناً.", "ar-AE", AUG, False),
    ("Selamat siang Bapak, voucher kopi gratis sudah kami kirim.", "id-ID", AUG, False),
])
def test_ramadan_food_served_free_by_a_part_of_the_day(toolkit, text, locale, now, flagged):
    assert ("religious_insensitivity" in codes(toolkit, text, locale, now=now)) is flagged


@pytest.mark.parametrize("text, locale, voice, flagged", [
    # the familiar forms beside a formal marker, under the market's default voice
    ("Tisztelt Szabó Péter Úr! A rendelésed holnap indul, a futár kedden hozza neked.", "hu-HU", None, True),
    ("Αγαπητή κυρία Νικολάου, η παραγγελία σου φεύγει σήμερα και θα σε ενημερώσω.", "el-GR", None, True),
    ("Здравейте, г-жо Димитрова, ако искаш да смениш адреса, просто ми пиши.", "bg-BG", None, True),
    # familiar throughout: a casual store's register under the default, a fault in a formal voice chosen
    ("Kedves Bence! Köszönjük a rendelésedet, a csomagot holnap adjuk át a futárnak.", "hu-HU", None, False),
    ("Kedves Anna! Kérlek, küldd el a számla számát.", "hu-HU", "formal", True),
    ("Γεια σου Μαρία, η παραγγελία σου φεύγει σήμερα.", "el-GR", None, False),
    ("Καλησπέρα, θα σε ενημερώσω μόλις φτάσει το δέμα.", "el-GR", "formal", True),
    ("Твоята поръчка пристига утре.", "bg-BG", None, False),
    ("Твоята поръчка пристига утре.", "bg-BG", "formal", True),
    # polite throughout, and the look-alikes ("σε 2 ημέρες", "Те" as "they")
    ("Tisztelt Kovács Úr! A rendelése kedden érkezik. Kérjük, adja meg a címét.", "hu-HU", "formal", False),
    ("Το δέμα θα φτάσει σε 2 ημέρες. Θα σας ενημερώσουμε σε λίγο.", "el-GR", "formal", False),
    ("Ако желаете да смените адреса, пишете ни. Те ще Ви се обадят предварително.", "bg-BG", "formal", False),
])
def test_informal_address_in_hungarian_greek_bulgarian(toolkit, text, locale, voice, flagged):
    assert ("informal_address" in codes(toolkit, text, locale, voice=voice)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Our 14-day returns window is counted from the date you placed the order (10 February), so it closed "
     "last week and we can't accept the return.", "en-IE", True),
    ("Our 14-day returns window starts on the day you place the order.", "en-IE", True),
    ("De bedenktijd van 14 dagen gaat in op de dag van bestelling en is dus verstreken.", "nl-NL", True),
    ("Die Widerrufsfrist von 14 Tagen beginnt am Tag der Bestellung und ist daher abgelaufen.", "de-DE", True),
    ("Le délai de rétractation de 14 jours commence le jour de la commande.", "fr-FR", True),
    ("El plazo de desistimiento de 14 días empieza el día del pedido.", "es-ES", True),
    # counted from delivery, as the law says
    ("Our 14-day returns window starts on the day your parcel is delivered.", "en-IE", False),
    ("De bedenktijd van 14 dagen gaat in op de dag van ontvangst.", "nl-NL", False),
    ("Die Widerrufsfrist von 14 Tagen beginnt am Tag der Lieferung.", "de-DE", False),
    # a refusal "by our policy"
    ("수령하신 지 3일이 지났지만, 단순 변심에 의한 반품은 당사 정책상 받지 않고 있습니다.", "ko-KR", True),
    ("단순 변심 반품은 회사 규정에 따라 불가합니다.", "ko-KR", True),
    ("주문 제작 상품이라 반품은 당사 정책상 불가합니다.", "ko-KR", False),
])
def test_withdrawal_counted_from_the_order_and_refusals_by_policy(toolkit, text, locale, flagged):
    found = {f.code for f in lint_text(toolkit, text, locale, now=AUG) if f.code == "policy_conflict"}
    assert bool(found) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("为了弥补这次失误，我们会为您走额外的\n一英里，免费升级。", "zh-CN", True),
    ("弊社はお客様のためにもう一\nマイル歩きます。", "ja-JP", True),
    ("我们会尽力为您\n格外用心。", "zh-CN", False),
    ("Eine Reparatur würde Sie einen Arm und ein Bein kosten.", "de-DE", True),
    ("Una reparación le costaría a usted un brazo y una pierna.", "es-ES", True),
    ("Naprawa kosztowałaby Panią rękę i nogę.", "pl-PL", True),
    ("Ремонт будет стоить вам руку и ногу.", "ru-RU", True),
    ("Der Arzt hat ihm nach dem Unfall am Arm und am Bein geholfen.", "de-DE", False),
    # Dutch has the saying as its own
    ("Een reparatie zou u een arm en een been kosten.", "nl-NL", False),
])
def test_calques_wrapped_or_with_the_verb_after(toolkit, text, locale, flagged):
    assert ("idiom" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Наш специалист позвонит Вам в Новосибирск завтра в 11:00.", "ru-RU", True),
    ("Доставка в Екатеринбург завтра в 11:00.", "ru-RU", True),
    ("Наш специалист позвонит Вам завтра в 11:00 по новосибирскому времени.", "ru-RU", False),
    ("Our engineer will call you in Novosibirsk tomorrow at 11:00.", "en-GB", True),
])
def test_the_customers_city_is_their_place_not_the_clock(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("お詫びとして、入院中のお母様へシクラメンを9鉢お送りいたします。", "ja-JP", True),
    ("お詫びとして、ワインを4瓶お送りいたします。", "ja-JP", True),
    ("作为补偿，我们将赠送您四盆绿植。", "zh-CN", True),
    ("お詫びとして、鉢植えを3鉢お送りいたします。", "ja-JP", False),
    ("ご注文いただいた観葉植物4鉢は本日発送いたしました。", "ja-JP", False),
])
def test_counters_of_plants_and_bottles(toolkit, text, locale, flagged):
    assert ("taboo_number" in codes(toolkit, text, locale)) is flagged
