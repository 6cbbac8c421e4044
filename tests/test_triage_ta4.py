"""Issue 18, round 16 (ta4, fresh24's privacy and public-exposure classes): a bought device or app showing
someone else's data (the last owner's floor plan, another child's location) or mine to others (a public
profile by default, footage sent to a stranger's account, a "your neighbours bought" widget); the shop's
marketing using my photo, card or names (a promo video, portfolio, "sample work", story) unasked; my data
passed to partner lenders, a credit check run without consent, a call to my workplace or spouse about the
instalments, a duplicate SIM issued to a stranger, remote-access software left on; and public exposure named
by outlet (a national news programme, a regional forum, tagging on X). Rule-level readings only
(kind != "model"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules give ``text`` (the model's own readings aside)."""
    return {hit.reason for hit in toolkit.triage(text).hits if hit.kind not in ("model", "meaning")}


PRIVACY = [
    # inherited: a bought device × someone else's (last owner's, another child's) × traces
    "Bought an open-box robot hoover from your outlet. The app still had the previous owner's floor plan and their wifi name.",
    "The kids' GPS watch I bought from you shows another child's location and school in the app.",
    "Comprei o relógio infantil com GPS e no app aparece a localização de outra criança, com nome e escola.",
    "Die gebrauchte Smartwatch aus Ihrem Outlet zeigt noch die Laufstrecken und die Adresse des Vorbesitzers.",
    "L'ordinateur reconditionné contenait encore les photos et les mails de l'ancien propriétaire.",
    "Купила у вас планшет из уценки, а там фото и переписка прежнего владельца.",
    "二手平板里还有前机主的照片和聊天记录，你们根本没清空。",
    "중고로 산 카메라 메모리 카드에 전 주인 사진이 그대로 있어요.",
    # unveiled: my device or app × public by default, a stranger's account, the neighbours
    "Die Waagen-App zeigt in der Community mein Gewicht und meinen vollen Namen öffentlich an.",
    "Mijn slimme deurbel stuurt de beelden naar een account van iemand anders. Hij zag mij de deur uitgaan.",
    "Jeres fitnessur-app viser mine løberuter offentligt med start ved min hoveddør. Det var slået til som standard.",
    "La app del reloj publica mis rutas de running con mi casa como punto de salida, era público por defecto.",
    "आपके किराना ऐप पर पड़ोसियों ने भी खरीदा में मेरा नाम और मेरी दवाइयाँ दिख रही हैं।",
    # published: my photo, card or names × promo video, portfolio, sample work × unasked
    "Nel video promozionale del vostro negozio si vede la mia faccia e la mia carta. Nessuno mi ha chiesto niente.",
    "Düğün davetiyemizi sitenize örnek çalışma diye koymuşsunuz, isimlerimiz açık. Kimse bize sormadı.",
    "You put photos of our kitchen in your portfolio with our house number showing, nobody asked us.",
    "Jeres montør lagde billeder af vores køkken op på jeres Instagram uden at spørge.",
    # probed: a credit check × without consent, paid up front
    "Für die Ratenzahlung hat Ihr Finanzierungspartner eine SCHUFA-Abfrage gemacht, obwohl ich auf Vorkasse umgestellt hatte.",
    "Your finance partner ran a credit check on me without my consent, I paid in full by card.",
    "Zrobiliście zapytanie w BIK bez mojej zgody, a płaciłem gotówką.",
    # brokered: my contact or quote × partner lenders
    "Pedi orçamento e o vendedor enviou o meu contacto para três financeiras parceiras. Ligaram-me as três.",
    "The salesman passed my number and the quote to three partner lenders, they all called me the same evening.",
    # overshared: the workplace or spouse × instalments
    "Someone from your finance team rang my work reception to confirm my employment. Now my manager knows.",
    "El de la tienda llamó a mi marido para preguntarle por las cuotas del móvil.",
    "المحل اتصل بزوجي يسأل عن أقساط الموبايل، أنا ما عطيتكم رقمه.",
    # cloned and remote: a duplicate SIM to a stranger; remote access left on
    "Na vaší pobočce vydali duplikát mé SIM karty cizímu člověku, bez občanky.",
    "Your store issued a replacement SIM to a stranger, he got into my bank app within an hour.",
    "Il tecnico ha installato sul mio PC un programma di controllo remoto e non l'ha tolto.",
    "Cửa hàng cài ứng dụng quản lý từ xa lên máy, giờ họ xem được vị trí và cả ảnh trong máy.",
    "Your technician put AnyDesk on my laptop for the repair and never removed it.",
    # a wedding registry on Google with our address; staff copying my photos or logged into my account
    "La mesa de regalos que abrimos con ustedes sale en Google con nuestra dirección completa y la fecha de la boda.",
    "Our wedding registry with you shows up on Google with our full address and the date.",
    "Aapke mobile store wale ne data transfer karte time mere photos apne laptop pe copy kar liye.",
    "The repair shop guy copied my photos onto his own laptop while fixing the phone.",
    "দোকানের ছেলেটা আমার ফেসবুকে লগইন করে রেখে দিয়েছে। এখন ওর ফোন থেকে আমার মেসেঞ্জার খোলা দেখাচ্ছে।",
    # a pickup code in a group SMS to other customers
    "Le code de retrait de mon casier a été envoyé dans un SMS groupé à d'autres clients.",
    "My parcel locker pickup code went out in a group text to loads of other customers.",
    "Mein Abholcode für die Packstation kam als Sammel-SMS an andere Kunden.",
    # inherited where it was missing (th, fa, bn, ur)
    "ซื้อนาฬิกา GPS เด็กจากร้าน แต่ในแอปขึ้นตำแหน่งของเด็กคนอื่นพร้อมชื่อโรงเรียน",
    "گوشی دست دومی که ازتون خریدم هنوز عکس‌ها و پیام‌های صاحب قبلی توشه.",
    "আপনাদের থেকে কেনা বাচ্চাদের ঘড়ির অ্যাপে অন্য বাচ্চার লোকেশন আর স্কুলের নাম দেখাচ্ছে।",
    "آپ سے لی گئی بچوں کی گھڑی کی ایپ میں کسی اور بچے کی لوکیشن اور اسکول کا نام نظر آ رہا ہے۔",
]

PUBLIC = [
    "If nobody calls me back by Friday my review goes up on ProductReview with every screenshot.",
    "Am trimis filmarea cu mașina de spălat la Observator, au zis că mă sună mâine.",
    "Vă anunț că am trimis tot dosarul la Digi24, un reporter m-a sunat deja.",
    "Cevap vermezseniz X'te sizi etiketleyip her şeyi yazacağım.",
    "再唔回覆我就放上連登，等大家睇下你哋點做生意。",
]

QUIET = [
    # a credit check asked about, or passed; a finance partner asked about
    "Do you run a credit check for the monthly payment plan?",
    "The credit check went through fine, when can you deliver the sofa?",
    "Can I pay through your finance partner? What are the rates?",
    # a device's own fault, a public wishlist asked for, others' review photos
    "My GPS watch shows the wrong time after the update, can you help?",
    "Can I make my wishlist public so my family can see it?",
    "Your app shows other customers' photos of the sofa, looks nice!",
    # marketing liked, a portfolio offered, a story seen
    "Love the promo video you made with the new sofas, can I order the grey one?",
    "Can I send photos of my kitchen for your portfolio? Happy to be featured!",
    "I saw your Instagram story about the sale, is the code still valid?",
    # remote help wanted, a SIM asked for, a call asked for, remote access removed
    "Can your technician use TeamViewer to fix my printer settings remotely? I'm fine with it.",
    "I need a replacement SIM, I lost my phone yesterday. Which documents do I bring?",
    "Please call my husband to arrange the delivery, my number is off today.",
    "Your technician removed the remote access app after the repair, thanks for being careful.",
    # news and forums seen, ads liked, a glowing review
    "Am văzut aseară la Observator o știre despre mașini de spălat, aveți modelul ăla?",
    "Mi-a plăcut reclama voastră de la Pro TV, aveți și varianta albă?",
    "我在連登看到有人推薦你們的吸塵機，想問有冇貨？",
    "X'te kampanyanızı gördüm, indirim hâlâ geçerli mi?",
    "Left you a glowing review on ProductReview, thanks for the quick delivery!",
    # a registry added to, photos moved on request, a pickup code asked for again
    "Can I add the blue vase to our wedding registry? We still have room on the list.",
    "Can you copy my photos to the new phone when I pick it up? Thanks.",
    "The shop guy helped me move my photos to the new phone, great service.",
    "Can you send me the pickup code again by text? I deleted the message.",
    "Le code de retrait ne marche pas au casier, vous pouvez m'en renvoyer un?",
    "Ich habe meinen Abholcode verloren, können Sie ihn neu schicken?",
    "นาฬิกาที่ซื้อไปแสดงเวลาผิด ช่วยแนะนำวิธีตั้งค่าหน่อยค่ะ",
]


@pytest.mark.parametrize("text", PRIVACY)
def test_privacy_told_by_device_marketing_or_partner(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", PUBLIC)
def test_public_exposure_by_named_outlet(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"privacy", "public_exposure"}
