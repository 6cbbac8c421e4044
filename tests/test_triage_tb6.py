"""Triage round 17, helper tb6 (issue 18, the rules' false alarms left on the recent sets): a complaint the customer
withdrew once the matter was settled, a threat taken back by referring to the earlier message (the parcel or the
refund came after all), a refusal or a one-day hypothetical ("if I ever had to do a chargeback ..."); each beside
an escalation of the same words that must still count. Rule-level readings only (hits whose kind is neither
"model" nor "meaning"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest

THREATS = {"legal_threat", "consumer_authority", "chargeback", "public_exposure"}


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's and the meaning reader's left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    "I've withdrawn my complaint with Trading Standards now that the refund is in. Thanks a lot, Sam!",
    "Hemos retirado la reclamación de Consumo, el dinero llegó el lunes. Muchas gracias.",
    "Ho ritirato la segnalazione all'Antitrust, il rimborso è arrivato stamattina. Grazie!",
    "Die Anzeige bei der Polizei habe ich zurückgezogen, das Paket kam heute. Danke euch!",
    "Skargę do UOKiK wycofałem, zwrot już jest na koncie. Dziękuję!",
    "Reklamaci u ČOI jsem stáhla, peníze dorazily. Děkuji.",
    "在12315的投诉我已经撤了，退款收到了，谢谢。",
    "消費者センターへの申し立ては取り下げました。返金ありがとうございました。",
    "소비자원 분쟁조정 신청은 취하했어요. 환불 감사합니다!",
    "Laporan ke polisi sudah saya cabut, barangnya sudah sampai. Terima kasih!",
])
def test_complaint_withdrawn_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "I will withdraw my complaint with Trading Standards only once the refund is in my account.",
    "I withdrew the complaint with Trading Standards because you promised a refund, but it still hasn't come, "
    "so I'm filing it again. Thanks for nothing.",
    "Die Beschwerde bei der Verbraucherzentrale ziehe ich erst zurück, wenn das Geld da ist.",
    "Ich habe meine Bestellung storniert und trotzdem wurde abgebucht, ich gehe jetzt zur Verbraucherzentrale. Danke.",
    "Cancelei o pedido e vocês não devolveram, vou abrir reclamação no Procon. Obrigada.",
])
def test_withdrawal_not_done_or_of_an_order_still_counts(toolkit, text):
    assert _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "Sorry about my email yesterday threatening small claims court, the parcel turned up this morning. All good!",
    "Scusate il messaggio in cui minacciavo la denuncia, il pacco è arrivato. Tutto a posto.",
    "Kemarin saya emosi dan bilang mau lapor ke YLKI, maaf ya, paketnya sudah sampai. Aman semua.",
    "昨天说要去12315投诉是我气头上，包裹今天到了，不好意思。",
])
def test_earlier_message_taken_back_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "Sorry about my email yesterday. The parcel never arrived and I'm taking you to small claims court.",
    "I'm not going away: I'm reporting you to Trading Standards today.",
])
def test_apology_with_a_threat_now_still_counts(toolkit, text):
    assert _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "If I ever had to do a chargeback with my bank, how do you handle the return? Just curious, all fine so far.",
    "Se un giorno dovessi fare una contestazione con la carta, come funziona il reso? Chiedo per curiosità.",
    "Si un jour je devais faire opposition auprès de ma banque, comment ça se passe ? Simple curiosité.",
    "Wenn ich mal eine Rückbuchung bei der Bank machen müsste, wie läuft das bei Ihnen? Nur aus Neugier.",
    "Ich will weder klagen noch zur Schlichtungsstelle, ich will nur die richtige Farbe.",
    "訴訟とかじゃないです、色違いに交換してほしいだけです。",
])
def test_hypothetical_or_refused_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "If I don't get the refund by Friday I'll do a chargeback.",
    "If the refund is not here by Friday I will file a chargeback with my bank.",
    "Se entro venerdì non arriva il rimborso, faccio la contestazione con la banca.",
    "Wenn ich bis Freitag kein Geld habe, gehe ich zur Verbraucherzentrale.",
])
def test_conditional_threat_with_a_deadline_still_counts(toolkit, text):
    assert _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "Min bror er dommer i tingretten og vil gjerne ha samme batterier som meg.",
    "Jag är nämndeman i tingsrätten och vi ska ha julfika på avdelningen, har ni burkar?",
    "Anak saya baru lulus jadi peguam, nak tempah pen ukir nama untuk hadiah.",
    "Moje siostra jest sędzią w sądzie rejonowym i uwielbia wasze kubki. Robicie grawer?",
    "Mi hermana es jueza en el juzgado de Valencia y le encantan vuestras tazas.",
])
def test_judge_or_lawyer_as_a_relatives_job_stays_quiet(toolkit, text):
    assert "legal_threat" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Min bror er advokat og han sender dere et søksmål i morgen.",
    "Mein Bruder ist Anwalt und verklagt Sie morgen.",
    "Jag är jurist och jag stämmer er i tingsrätten.",
])
def test_lawyer_with_a_threat_beside_still_counts(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Косметолог виклала в інстаграм фото моєї спини після процедури, без дозволу.",
    "Avete pubblicato sulla pagina del negozio il mio video alla cassa, senza chiedermi niente.",
    "El centro de estética subió a TikTok un vídeo de mi tratamiento, se me reconoce perfectamente.",
    "你们客服把聊天记录截图发到了抖音上，我的昵称都没打码。",
    "salon wali didi ne meri photos insta pe daal di, maine mana kiya tha.",
    "Your installer posted a photo of my alarm panel on your Facebook page, code and all.",
])
def test_shop_posted_it_is_no_threat_to_go_public(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Якщо не повернете гроші, я викладу все в інстаграм.",
    "Se non mi rimborsate pubblico tutto su Facebook.",
    "Voy al juzgado y mientras tanto lo publico en el grupo del barrio.",
    "你们再不退款，我就把聊天记录发到抖音上。",
    "Mere bhai ne already video Insta pe daal di hai, 50k views ho gaye.",
    "Mi hija ya subió a TikTok el video del colchón hundido y va en 200 mil vistas.",
])
def test_customer_or_relative_going_public_still_counts(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Darf ich das Auspackvideo auf meinem Instagram posten und Sie markieren? Nur privat.",
    "Est-ce que je peux publier le déballage sur mon Insta et vous identifier ?",
    "開封動画をインスタに載せて、お店のアカウントをタグ付けしてもいいですか？",
    "Posso pubblicare la foto del divano su Instagram e taggarvi?",
    "Kalau saya tag kedai dalam video TikTok, korang akan repost tak?",
])
def test_asking_permission_to_post_or_tag_stays_quiet(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Vou postar tudo no Instagram se não me devolverem o dinheiro, entenderam?",
    "Do you want me to post this on Facebook so everyone sees how you treat customers?",
])
def test_threat_asked_as_a_question_still_counts(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Avukatım yarın ihtarname çekiyor, sonra Tüketici Mahkemesine gideceğiz.",
    "Tüketici mahkemesine başvuracağım. Üç aydır parayı vermediniz.",
    "Nag-report na ako sa PNP Station 6, blinock niyo ako pagkatapos kong magbayad.",
    "Nag-file na ako sa NBI Cybercrime, may screenshot ako ng lahat.",
])
def test_court_or_police_is_legal_not_consumer_authority(toolkit, text):
    found = _rules(toolkit, text)
    assert "legal_threat" in found and "consumer_authority" not in found


@pytest.mark.parametrize("text", [
    "Kalau Jumat dana belum balik, saya komplain ke GoPay biar transaksinya dibatalkan.",
    "Podal jsem v ČSOB reklamaci platby kartou, peníze pořád nemám.",
])
def test_wallet_or_bank_dispute_is_no_consumer_body(toolkit, text):
    assert "consumer_authority" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Tüketici hakem heyetine başvuracağım, param hâlâ yok.",
    "Saya sudah lapor ke YLKI dan BPKN soal ini.",
])
def test_consumer_bodies_still_count(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "سماور برقی نشتی برق داشت؛ دست مادرم به بدنه خورد و برق گرفتش.",
    "پارچ آب‌سردکن یه کم نشتی داره، قطعه‌ش رو جدا می‌فروشید؟",
    "המיחם דלף מהברז ונשפכו מים רותחים על הרגל של הבן שלי.",
    "พัดลมตั้งพื้นใบพัดหลุดออกมาตอนเปิดแรงสุด ฟาดขาลูกสาวเป็นแผล",
])
def test_water_or_current_leak_or_a_part_off_is_no_data_leak(toolkit, text):
    assert "privacy" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "اطلاعات کارت من از سایت شما نشت کرده و ازش خرید شده.",
    "הפרטים שלי דלפו מהאתר שלכם ועכשיו מתקשרים אליי נוכלים.",
    "ข้อมูลลูกค้าหลุดจากร้าน มีคนโทรมาหลอกเอาเงิน",
])
def test_data_leak_still_counts(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ce sérum est une dinguerie, ma peau brûle de beauté mdr, j'en reprends trois.",
    "Slime-ul ăsta e periculos de bun, copiii n-au mai stat pe telefon toată ziua 😂",
    "החטיף מתאים לילד עם אלרגיה לשומשום? שואלת לפני שאני מזמינה לגן.",
    "O petisco de couro serve pra filhote de 4 meses? Quero comprar mas tenho medo de engasgar.",
])
def test_praise_or_a_worry_before_buying_is_no_hazard(toolkit, text):
    assert "safety" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "اظهارنامه رسمی براتون فرستادم؛ اگه تا ده روز دیگه پول برنگرده، شکایت می‌کنم.",
])
def test_official_is_not_toxic(toolkit, text):
    assert "safety" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "اتو که ازتون خریدم آتیش گرفت و دستم سوخت.",
    "Ma peau brûle depuis que j'ai mis votre sérum, j'ai des cloques.",
    "O petisco que comprei fez meu filhote engasgar, tivemos que ir ao veterinário.",
])
def test_hazards_had_still_count(toolkit, text):
    assert "safety" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Dulu saya sempat mau ngadu ke YLKI soal toko lain, tapi di sini pelayanannya beda jauh. Mau order lagi ya kak.",
    "Yung reklamo ko sa DTI noong isang taon laban sa ibang shop, tapos na. Gusto ko lang mag-order.",
    "之前冰箱的事在12315投诉过，后来已经和解了。这次想买一台洗衣机。",
    "Forbrugerklagenævnet gav jer medhold sidste år i sagen om sofaen, og det er helt fint. Nu vil jeg købe et bord.",
    "Olisin vienyt asian kuluttajariitalautakuntaan, mutta naapuri sanoi, että hoidatte nämä itse. Miten reklamoin?",
])
def test_old_or_other_shops_complaint_before_a_new_order_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "Magrereklamo ako sa DTI, tapos na ako sa inyo.",
    "Vien asian kuluttajariitalautakuntaan, ette vastaa reklamaatioon.",
    "我已经向12315投诉了，你们不和解我就起诉。",
])
def test_complaint_now_still_counts(toolkit, text):
    assert _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "ネイルサロンのアカウントに私の手の写真が載っていて、手元に写り込んだ診察券で病院名までわかります。",
    "네일샵 인스타에 제 손 사진이 올라왔는데 옆에 병원 진료카드가 찍혀서 병원 이름이 보여요.",
    "Tiệm nail đăng ảnh tay tôi lên Facebook, thấy rõ thẻ khám bệnh của bệnh viện Từ Dũ để cạnh.",
])
def test_patient_card_in_a_photo_is_no_hazard(toolkit, text):
    assert "safety" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "充電器が発火して手をやけどし、病院に行きました。",
    "충전기가 터져서 손에 화상을 입고 병원에 갔어요.",
])
def test_injury_with_a_hospital_still_counts(toolkit, text):
    assert "safety" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Questo vestito è bello da denuncia 😍 mia sorella lo vuole uguale in blu, taglia 42.",
    "Questa giacca è da denuncia 😄 spedite anche a Lecce?",
    "이 코트 진짜 미쳤어요 ㅋㅋ 인스타에 태그할게요",
])
def test_slang_praise_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & THREATS


@pytest.mark.parametrize("text", [
    "Il vostro servizio è da denuncia: tre settimane senza risposta, domani vado dall'avvocato.",
    "환불 안 해주면 인스타에 태그해서 다 올릴게요.",
])
def test_same_words_in_a_complaint_still_count(toolkit, text):
    assert _rules(toolkit, text) & THREATS
