"""Triage round 16, helper tb4 (issue 18, after fresh24): small-claims and payment-order procedures by their local
names, police and cyber-crime reports, consumer and standards bodies by local name, card disputes through local
banks and wallets, and look-alikes that stay quiet (a dispute withdrawn once refunded, a toy police car, a question
before buying, a body named for another errand). Rule-level readings only (hits whose kind is not "model"): the
model is rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's own readings left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    # a payment order or small-claims procedure by its local name
    "Si no me devolvéis los 300 € esta semana, os meto un monitorio y listo.",
    "Ya tengo preparado el proceso monitorio por la factura del sofá, lo presento el lunes.",
    "Se não devolverem o dinheiro avanço com uma injunção contra a vossa empresa.",
    "Já falei com a minha solicitadora, ela trata da injunção na próxima semana.",
    "J'ai saisi l'autorité de conciliation pour le canapé jamais livré.",
    "Si rien n'est remboursé, je dépose une demande d'injonction de payer.",
    "دادخواست دادم، به زودی از دادگاه باهاتون تماس می‌گیرن.",
    "شکایت‌نامه رو توی دفتر خدمات قضایی ثبت کردم، منتظر ابلاغیه باشید.",
    "我只能通过法律途径解决。",
    "如果本周五前仍未处理，我将通过法律途径解决",
    # a police or cyber-crime report
    "1930 helpline pe complaint kar di hai, ab police dekhegi.",
    "Cyber cell mein complaint daal di hai bhai, paisa wapas karo.",
    "साइबर सेल में रिपोर्ट लिखवा दी है, आपका नंबर दे दिया।",
    "ون فائیو پر کال کر کے رپورٹ کروا دی ہے۔",
    "সাইবার ক্রাইম ইউনিটে অভিযোগ জমা দিয়েছি, টাকা ফেরত দিন।",
    "112에 신고하고 경찰서에서 진술서 썼어요. 입금했는데 물건이 안 와요.",
    "사이버수사대에 신고 접수했습니다. 돈만 받고 잠수 타셨네요.",
    "da to giac len cong an phuong roi, chuyen tien xong shop block",
    "Tôi đã làm đơn tố giác gửi công an quận rồi.",
    "ลงบันทึกประจำวันที่โรงพักแล้วค่ะ โอนไปแล้วร้านหายเงียบ",
])
def test_legal_procedures_by_local_name(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ya he presentado una reclamación en Kontsumobide por la lavadora.",
    "Voy a poner una queja en Kontsumo si no me cambiáis el horno.",
    "Abri uma reclamação no Idec sobre a cobrança indevida.",
    "Sou associado do Idec e já mandei o caso pra eles.",
    "Zgłosiłem sprawę do sanepidu, jedzenie było zepsute.",
    "Powiadomię sanepid o tym mięsie.",
    "Подала скаргу до Антимонопольного комітету щодо ваших цін.",
    "اشتكيت عليكم للمنظمة التونسية للدفاع عن المستهلك.",
    "بلغت هيئة المواصفات والمقاييس عن الشواحن المقلدة.",
    "הגשתי תלונה למכון התקנים על המוצר.",
    "פניתי לאמון הציבור והם ייצרו איתכם קשר.",
    "保健所に通報しました。食品に異物が入っていました。",
    "JAROに苦情を申し立てました。",
    "我已经向海关举报了假货。",
    "I've reported the mouldy food to environmental health at the council.",
    "Kuluttajaliiton juristi neuvoi minua odottamaan viikon ja sitten viemään asian eteenpäin.",
    "Dah report kat pejabat kesihatan pasal kek berkulat tu.",
])
def test_consumer_and_standards_bodies_by_local_name(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Die Erste hat die Zahlung zurückgeholt, ich hab in George reklamiert.",
    "Hab die Abbuchung in George beeinsprucht.",
    "Ich habe die Belastung bei Cembra bestritten.",
    "Olen tehnyt korttivalituksen S-Pankkiin.",
    "از طریق زرین‌پال اعتراض ثبت کردم و پول برگشت خورد.",
    "توی زرین پال شکایت زدم، پول فعلا بلوکه شده.",
    "I disputed the charge with my bank, they're getting the money back.",
])
def test_disputes_through_local_banks_and_wallets(toolkit, text):
    assert "chargeback" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    # a dispute withdrawn once the refund came, or offered by the bank and refused
    "Danke für die Gutschrift! Den Widerspruch bei der Bank ziehe ich natürlich wieder zurück.",
    "Refund received, thanks. I've withdrawn the dispute with my bank, all sorted.",
    "I opened a chargeback back in May, then you refunded and I cancelled it. Can I order the blue one now?",
    "Reembolso recibido, ya he retirado la disputa con el banco. ¡Gracias!",
    "Reembolso recebido, já cancelei a contestação no banco. Obrigada!",
    "Remboursement reçu, j'ai annulé la contestation auprès de ma banque. Merci !",
    "Rimborso arrivato, ho ritirato la contestazione con la banca, grazie.",
    "Terugbetaling ontvangen, ik heb de terugboeking bij de bank ingetrokken. Bedankt!",
    "收到退款了，谢谢！我就不去银行申请拒付了。",
    "退款收到了，我已经撤回了信用卡争议。",
    "ریفنڈ مل گیا، بینک نے ڈسپیوٹ کا پوچھا تھا مگر میں نے منع کر دیا۔",
    "Pieniądze wróciły, wycofałam reklamację w banku. Dziękuję!",
    "Деньги пришли, отозвал спор в банке, спасибо.",
    "Para iade edildi, bankadaki itirazımı geri çektim, teşekkürler.",
    # a question before buying
    "Mijn moeder vraagt of ze met iDEAL het geld kan laten terugboeken als er iets misgaat. Klopt dat?",
    "Before I order: if the parcel never arrives, can my bank get the money back?",
])
def test_withdrawn_or_hypothetical_disputes_stay_quiet(toolkit, text):
    assert "chargeback" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "¿El monitor de 27 pulgadas viene con cable HDMI?",
    "A injeção eletrónica do carro não tem nada a ver, só queria saber o prazo de entrega.",
    "1930 ke vintage gramophone ka design hai kya aapke paas?",
    "यह 1930 के दशक की डिज़ाइन वाली घड़ी है क्या?",
    "这个法律书籍的价格是多少？我是法律专业的学生。",
    "이 과자 정말 고소해요! 또 주문할게요.",
    "Onko teillä lasten poliisiautoa, jossa on sireeni? Lahjaksi pojalle.",
    "My son wants a toy police car with lights for his birthday, do you have one?",
    "Ein Spielzeug-Polizeiauto mit Sirene für meinen Sohn, habt ihr das?",
])
def test_legal_look_alikes_stay_quiet(toolkit, text):
    assert "legal_threat" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Haben Sie das Buch von George Orwell auf Deutsch?",
    "Die erste Lieferung war super, die zweite auch.",
    "Mein Kollege George hat mir euren Shop empfohlen.",
    "پرداخت با زرین‌پال امکان داره؟",
    "Sanepid był u nas w restauracji na kontroli, potrzebuję nowych fartuchów.",
    "Jutro idę do sanepidu po zaświadczenie do pracy, czy zdążycie dostarczyć buty?",
    "Tengo que ir a Kontsumobide a recoger un folleto para el colegio, ¿vendéis carpetas?",
    "保健所の近くに住んでいますが、配達は可能ですか？",
    "אני עובד במכון התקנים, יש לכם מגפי עבודה?",
    "I work in environmental health, do you sell hi-vis vests?",
    "海关把我的包裹扣了，已经三天了，什么时候能放行？",
    "我已经交了海关税，包裹怎么还没到？",
])
def test_names_for_another_errand_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"consumer_authority", "chargeback"}


@pytest.mark.parametrize("text", [
    # a tribunal application, a police station, the prosecutor, a conciliation request, the court turned to
    "Our VCAT claim is lodged, hearing date comes by post.",
    "The small claims form is filled in and goes to the court tomorrow unless you refund me.",
    "Apresentei queixa na PSP contra a vossa loja, o telemóvel nunca chegou.",
    "Fiz boletim de ocorrência na delegacia, vocês sumiram com meu dinheiro.",
    "Ich habe beim Friedensrichteramt ein Schlichtungsgesuch eingereicht.",
    "Die Vorladung zur Schlichtungsverhandlung bekommen Sie diese Woche.",
    "Puse la denuncia en el Ministerio Público, ya tengo número de carpeta.",
    "Tein tutkintapyynnön poliisille, rahat on maksettu mutta tavaraa ei näy.",
    "期日までにご返金がない場合、法的措置を取らざるを得ません。",
    "سجلت دعوى في ناجز ضد المتجر.",
    "Sudah buat pengaduan ke Polres Bekasi soal penipuan ini.",
    "我已经去派出所报案了，你们等着吧。",
    "已經向警方報案，收了錢唔出貨。",
    "Karakolda şikayetimi yazdırdım, dolandırıldım.",
    "Dacă nu rezolvați, merg la instanță cu factura și pozele.",
    "Mijn rechtsbijstandsverzekeraar is ingeschakeld en neemt contact met u op.",
])
def test_police_prosecutor_and_court_by_local_name(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Apresentei queixa na PSP contra a vossa loja, o telemóvel nunca chegou.",
    "Puse la denuncia en el Ministerio Público, ya tengo número de carpeta.",
    "Ich habe beim Friedensrichteramt ein Schlichtungsgesuch eingereicht.",
])
def test_police_and_courts_are_no_consumer_body(toolkit, text):
    assert "consumer_authority" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Tein ilmoituksen Tukesille vaarallisesta laturista.",
    "Ilmoitin Tukesille, että lastenistuimen solki aukeaa itsestään.",
    "Kuluttajaneuvoja kehotti minua antamaan teille vielä viikon.",
    "NITEに製品事故として報告しました。",
    "JAROに誇大広告として申し立てしました。",
])
def test_safety_and_advertising_bodies(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Meu vizinho é agente da PSP e recomendou a vossa loja.",
    "Moramos ao lado da esquadra, podem entregar lá?",
    "Der Friedensrichter unseres Dorfes hat euren Käse gelobt.",
    "¿Hacéis envíos al Ministerio Público? Es para la oficina de mi madre.",
    "Onko teillä Tukes-hyväksyttyjä palovaroittimia?",
    "Polsek dekat rumah saya, bisa kirim ke alamat itu?",
    "派出所旁边那个快递点可以自提吗？",
    "Karakolun yanındaki adrese teslimat yapıyor musunuz?",
    "Am o instanță de judecată lângă birou, livrați acolo?",
    "Onze rechtsbijstandsverzekering is geregeld, nu nog een nieuwe bank kopen.",
    "Our small claims case with another seller is closed, can I order the blue lamp?",
])
def test_places_and_bodies_named_for_another_errand_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    "Inireklamo ko na kayo sa DTI dahil sa pekeng warranty.",
    "Nagsumbong na ako sa NTC tungkol sa naka-lock na phone.",
    "Saya sudah mengadu ke Komdigi soal SMS promo yang terus masuk.",
    "Sudah lapor ke BPKN kak, tunggu saja.",
    "قدمت شكوى لمكتب حماية البيانات لأنكم نشرتوا رقمي.",
    "Fiz a participação na DECO contra a loja.",
])
def test_regulators_by_acronym_or_role(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Saya kerja di Kominfo, bisa kirim ke kantor?",
    "Ang DTI sticker po ba ay kasama sa produkto?",
    "سياسة حماية البيانات عندكم وين ألقاها؟",
    "Obrigado pela participação no inquérito, adorei a loja.",
])
def test_regulator_look_alikes_stay_quiet(toolkit, text):
    assert "consumer_authority" not in _rules(toolkit, text)


def test_card_reversal_through_the_bank_is_no_body(toolkit):
    text = "Panaszt tettem a banknál a kártyás fizetés miatt, ők intézik a visszaterhelést."
    assert "consumer_authority" not in _rules(toolkit, text)
