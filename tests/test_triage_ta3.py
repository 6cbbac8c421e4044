"""Issue 18, round 15 (ta3, dev15a): privacy told by what happened (a courier writing from the label's number on
his own messenger, a neighbour told what was in the parcel, an account broken into without a code, an ID copy used
for an instalment, the shop's screenshot of an order in its group), the customer's stories as a place to go public,
a threat taken back ("so forget that, all good now"), and a post that is the leak itself, not the customer's threat
("you put my photo on your Facebook page"). Rule-level readings only (kind != "model"): the model is rebuilt after
merges."""
from __future__ import annotations

import pytest

from xborder.policy import triage_reading


def _read(toolkit, text: str, reasons: tuple[str, ...]) -> dict:
    """What the readings alone give ``text`` in the languages triage reads it in (phrases and the model aside):
    romanized Hindi is often detected as Hindi, and its romanized vocabulary is read with it."""
    from xborder.policy.triage import candidate_languages, fold, normalize_text, sentences
    r = triage_reading.readings(toolkit.resources)
    norm = fold(normalize_text(text))
    langs = candidate_languages(toolkit.resources, toolkit.detect(text))
    return triage_reading.read(r, norm, sentences(norm), langs, reasons)


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules give ``text`` (the model's own readings aside)."""
    return {hit.reason for hit in toolkit.triage(text).hits if hit.kind not in ("model", "meaning")}


PRIVACY = [
    # misused: a courier × on his own messenger × from the label's number
    "택배기사님이 배송 끝나고 개인 카톡으로 연락하셨어요. 송장 번호 보고 하신 것 같아요.",
    "배달 기사가 송장 보고 문자로 연락해서 너무 무서워요.",
    # overshared: a neighbour, a relative or the boss × told what was in the parcel
    "השליח שלכם השאיר את החבילה אצל השכנה וסיפר לה מה יש בפנים.",
    "Ο διανομέας σας άφησε το δέμα στη γειτόνισσα και της είπε τι περιέχει.",
    "A futár a szomszédnak adta a csomagot, és elmondta neki, mi van benne.",
    "Your driver told my neighbours what was inside the parcel.",
    # hijacked: the address changed × the account broken into, without a code
    "Akun saya dibobol, alamat diganti dan ada pesanan HP atas nama saya.",
    "Akaun saya kena hack, alamat ditukar dan ada pesanan baru.",
    "My account was hacked and the delivery address changed to somewhere in Leeds.",
    # wrapped: a copy of my ID × an instalment, a line or wrapping in my name
    "وارنٹی کے لیے آپ نے میرے شناختی کارڈ کی جو کاپی رکھی تھی، اسی پر کسی نے میرے نام سے قسطوں پر موبائل لے لیا ہے۔",
    "보증 때문에 맡긴 신분증 사본으로 제 명의로 휴대폰이 개통됐어요.",
    "צילום תעודת הזהות שהשארתי אצלכם שימש לפתיחת קו על שמי.",
    # published: the shop's screenshot of my order × its Zalo group × without my agreement
    "Shop chụp màn hình đơn của mình có tên, sđt, địa chỉ rồi đăng lên nhóm Zalo cộng tác viên. Mình đâu có đồng ý.",
    # part 2. overshared where it was missing, and what was paid or owed as the data told
    "El técnico le contó a mi vecina cuánto había pagado y que lo pagué a plazos.",
    "Curierul a sunat-o pe mama și i-a spus ce am comandat.",
    "आपकी कंपनी से किसी ने मेरे मैनेजर को फोन करके बता दिया कि मेरी EMI बाकी है।",
    "Кур'єр розповів моїй сусідці, що я замовила.",
    "Budet ringte moren min og fortalte hva jeg hadde bestilt.",
    "اتصلوا على أمي وقالوا لها كم دفعت وإيش اشتريت.",
    "Kasiyer kredi kartı ekstremi yüksek sesle okudu, borcumu herkes duydu.",
    # outed, told verb first, and where it was missing
    "Curierul a lăsat coletul la vecină și i-a spus ce e în cutie. Acum știe tot blocul.",
    "El repartidor dejó el paquete abierto en el portal y ahora lo sabe todo el edificio.",
    "Курьер оставил коробку открытой у соседей, теперь знает весь подъезд.",
    "ไรเดอร์วางกล่องพัสดุเปิดไว้หน้าห้อง ทั้งตึกรู้หมดว่าสั่งอะไร",
    # held: a photo of the customer's home sent to a couriers' group
    "O motoboy mandou foto da minha casa com o número do portão num grupo de entregadores.",
    "El repartidor mandó la foto de mi casa a un grupo de WhatsApp de repartidores.",
    "Aapke delivery boy ne mera address aur photo apne dosto ke group me daal diya, mujhe darr lag raha hai.",
    "快递员把我的取件码和门牌号发在小区群里，全群都看到了。",
    # courted and wrapped where they were missing (sv, nb, da, fi, el, ro, hu, uk, cs)
    "Expediten tog mitt nummer från medlemskortet och skrev till mig på Instagram samma kväll.",
    "Ekspeditøren fant nummeret mitt via kundeklubben og sendte meg melding på Messenger.",
    "Ekspedienten tog mit nummer fra medlemskortet og skrev til mig på Instagram.",
    "Myyjä otti numeroni kanta-asiakastiedoista ja laittoi viestiä Instagramissa.",
    "Ο πωλητής πήρε το κινητό μου από την κάρτα μέλους και μου έστειλε μήνυμα στο Viber.",
    "Vânzătorul mi-a luat numărul de pe cardul de fidelitate și mi-a scris pe Instagram.",
    "Az eladó a törzsvásárlói kártyáról szerezte meg a számomat, és írt nekem Messengeren.",
    "Ni använde kopian på mitt pass som omslagspapper till en annan kunds paket.",
    "Kopien av passet mitt ble brukt som innpakningspapir til en annen kunde.",
    "Med kopien af mit pas er der oprettet et mobilabonnement i mit navn.",
    "Passini kopio päätyi roskikseen kaupan takaovelle.",
    "Με τη φωτοτυπία της ταυτότητάς μου έβγαλαν γραμμή στο όνομά μου.",
    "Cu copia după buletinul meu cineva a luat un credit pe numele meu.",
    "A személyi igazolványom fénymásolatával valaki előfizetést kötött a nevemre.",
    "З копією мого паспорта на моє ім'я оформили кредит.",
    "S kopií mého občanského průkazu někdo uzavřel smlouvu na moje jméno.",
]

QUIET = [
    "택배기사님이 송장 번호 보고 전화 주셨는데 부재중이었어요. 재배송 되나요?",
    "השליח אמר לי מה יש בפנים, הכל בסדר, תודה.",
    "Can you tell me what's inside the gift box before I order it for my neighbour?",
    "Saya mau ganti alamat pengiriman, bisa tanpa OTP?",
    "I changed the delivery address in my account myself, will the order go to the new one?",
    "보증 신청할 때 신분증 사본이 필요한가요?",
    "Mình chụp màn hình đơn hàng gửi shop rồi nhé, kiểm tra giúp mình.",
    "Mi vecina me dijo cuánto pagó por la lavadora, ¿me hacen el mismo precio?",
    "Vă rog să lăsați coletul la vecina de la etajul 2, am vorbit deja cu ea.",
    "मेरी EMI की अगली तारीख कब है? ऑफिस के नंबर पर भी कॉल कर सकते हैं।",
    "O entregador mandou mensagem no grupo do condomínio avisando que a encomenda chegou.",
    "Kredi kartı ekstremde iki kere çekim görünüyor, kontrol edebilir misiniz?",
    "Expediten var väldigt trevlig, jag följer er på Instagram nu!",
    "Kan jeg bruke medlemskortet når jeg handler på nett? Selgeren sa ja.",
    "Trenger dere en kopi av passet mitt for garantien?",
    "Tarvitsetteko passini kopion takuuta varten?",
    "Αν χρειάζεστε φωτοτυπία της ταυτότητάς μου, τη στέλνω.",
    "Am trimis copia după buletin pentru garanție, e în regulă?",
    "Mohu poslat kopii občanského průkazu e-mailem kvůli záruce?",
]


@pytest.mark.parametrize("text", PRIVACY)
def test_round_15_ta3_readings_give_privacy(toolkit, text):
    assert "privacy" in _read(toolkit, text, ("privacy",))


@pytest.mark.parametrize("text", QUIET)
def test_round_15_ta3_look_alikes_give_no_privacy_reading(toolkit, text):
    assert "privacy" not in _read(toolkit, text, ("privacy",))


STORIES = [
    "Якщо не повернете гроші, виставлю все в сторіз і в групу нашого району.",
    "Если не вернёте деньги, выложу всё в сторис, пусть все знают.",
    "Se não devolverem o dinheiro hoje, vou postar tudo nos meus stories.",
    "Wenn bis morgen nichts kommt, poste ich das Ganze in meiner Story.",
    "Kalau dana ga balik, aku up di story IG biar semua tahu.",
    "환불 안 해주면 인스타 스토리에 다 올릴 거예요.",
    "ถ้าไม่คืนเงิน จะลงสตอรี่ให้ทุกคนเห็น",
]

QUIET_STORIES = [
    "Saw your story yesterday, is the red dress still in stock?",
    "Vi os stories de vocês, adorei! Ainda tem o vestido azul?",
    "Ich habe eure Story gesehen, gibt es den Rabatt noch?",
    "인스타 스토리 보고 주문했어요. 언제 와요?",
]


@pytest.mark.parametrize("text", STORIES)
def test_round_15_ta3_stories_give_public_exposure(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", QUIET_STORIES)
def test_round_15_ta3_stories_watched_stay_quiet(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


# the shop or its courier posted the customer's data: a leak (privacy), not the customer going public
LEAK_POSTED = [
    "Dere har lagt ut et bilde av meg fra butikken på Facebook-siden deres uten å spørre.",
    "Kargo görevlisi adresimi ve telefonumu bir WhatsApp grubunda paylaşmış.",
    "Votre livreur a partagé mon numéro et mon adresse dans un groupe WhatsApp, des inconnus m'appellent le soir.",
]

# a leak told, then the customer's own threat in its own sentence: both
LEAK_AND_THREAT = [
    "Your courier gave my address to a stranger. I am going to post all of this on Facebook tonight.",
    "Kargo görevlisi adresimi bir WhatsApp grubunda paylaşmış. Yarın her şeyi Şikayetvar'a yazacağım.",
]


@pytest.mark.parametrize("text", LEAK_POSTED)
def test_round_15_ta3_a_post_that_is_the_leak_is_privacy_only(toolkit, text):
    rules = _rules(toolkit, text)
    assert "privacy" in rules and "public_exposure" not in rules


@pytest.mark.parametrize("text", LEAK_AND_THREAT)
def test_round_15_ta3_a_leak_and_a_threat_give_both(toolkit, text):
    assert {"privacy", "public_exposure"} <= _rules(toolkit, text)


def test_round_15_ta3_a_threat_taken_back_stays_quiet(toolkit):
    text = ("Last week I said I'd go to the papers about the missing order. It turned up this morning, "
            "so forget that, all good now.")
    assert "public_exposure" not in _rules(toolkit, text)
    assert "public_exposure" in _rules(toolkit, "I'll go to the papers about the missing order if it isn't here by Friday.")


PHRASES = [
    # staff who photographed or wrote down the card
    "Your cashier took a photo of my credit card while I was paying.",
    "Ihr Mitarbeiter hat meine Kreditkartennummer auf einen Zettel geschrieben, der offen am Tresen lag.",
    "Yung cashier niyo, kinuhanan ng picture yung credit card ko habang nagbabayad ako.",
    # a SIM duplicated with the order's data
    "Alguien hizo un duplicado de mi SIM con los datos de mi pedido y vació mi cuenta.",
    "Someone did a SIM swap on my number using the details from my order.",
    # data passed on without consent
    "I never consented to you sharing my details with an insurance company.",
    "7ad mn 3andoko edda rakam telefony l sherket ta2meen, kol yom byetasalo 3alaya.",
]

QUIET_PHRASES = [
    "Can I pay by card at the till or do you take cash only?",
    "هل تحتاجون صورة الهوية للضمان؟ أقدر أرسلها على الإيميل.",
    "My new SIM card arrived, how do I activate the phone I bought from you?",
]


@pytest.mark.parametrize("text", PHRASES)
def test_round_15_ta3_phrases_give_privacy(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", QUIET_PHRASES)
def test_round_15_ta3_phrase_look_alikes_stay_quiet(toolkit, text):
    assert "privacy" not in _rules(toolkit, text)


def test_round_15_ta3_a_live_stream_announced_and_a_consumer_programme(toolkit):
    assert "public_exposure" in _rules(toolkit, "কালকের মধ্যে টাকা ফেরত না দিলে আপনাদের নিয়ে একটা লাইভে আসব।")
    assert "public_exposure" not in _rules(toolkit, "আপনাদের লাইভ দেখে অর্ডার দিলাম, কবে পাব?")
    # a consumer programme on the radio is no consumer office
    assert "consumer_authority" not in _rules(
        toolkit, "Lo voy a contar en el programa de consumo de la radio local, ya me han dado paso para el martes.")
    assert "consumer_authority" in _rules(toolkit, "Voy a poner una reclamación en la oficina de consumo mañana.")


def test_round_15_ta3_tagalog_posting_and_a_finnish_column(toolkit):
    # Tagalog is often detected as Italian or Indonesian: the phrase is read by the romanized fallback too
    assert "public_exposure" in _rules(toolkit, "Mag-popost ako sa Facebook ng buong chat natin kung di niyo ako ire-refund.")
    assert "public_exposure" not in _rules(toolkit, "Nag-post ako sa FB ng picture ng order ko, ang ganda! Salamat po.")
    assert "public_exposure" not in _rules(toolkit, "Ipopost ko sa TikTok yung unboxing, ang ganda ng item!")
    # Tagalog praise is no Hindi 'ganda' (dirty), nor English 'solid oak'
    assert "public_exposure" in _rules(toolkit, "Itna ganda product bheja hai, refund nahi diya toh Twitter pe thread daal dungi.")
    assert "public_exposure" in _rules(toolkit, "Doing a full TikTok on the 'solid oak' table that's clearly veneer. Tagging you.")
    assert "public_exposure" in _rules(toolkit, "Kirjoitan tästä Iltalehden lukijapalstalle, jos rahoja ei kuulu.")
    assert "public_exposure" not in _rules(toolkit, "Luin Iltalehdestä jutun teistä, tilasin heti. Milloin toimitus?")
