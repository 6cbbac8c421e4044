"""Words a reply uses for returns, refunds, fees, guarantees and data requests, per language.

Hand tables (no library knows support-reply vocabulary), written for the shipped
locales (en es pt fr de it nl pl tr ru ar ja ko zh) and matched case-insensitively.
Each entry is a regular expression fragment; Latin-script ones get word
boundaries at the start.
"""
from __future__ import annotations

# Withdrawing from the sale / sending goods back.
RETURN = {
    "en": r"return(?:s|ed|ing)?|send (?:it|them|the items?|your items?|the parcel) back|withdraw(?:al)?|cooling[- ]off|cancel (?:the|your) (?:order|purchase)",
    "de": r"zurück(?:zu)?(?:senden|schicken|geben)|zurücksend\w*|zurückschick\w*|rücksendung\w*|rückgabe\w*|retournier\w*|widerruf\w*",
    "es": r"devol(?:ver\w*|uci[oó]n\w*)|devuelv\w+|desist\w+|retracto",
    "pt": r"devol(?:ver\w*|u[cç][aãõ]o\w*|v[eê]-l[oa]s?)|devolv\w+|arrependimento|desist\w+",
    "fr": r"retour(?:ner|nez|s)?|renvo(?:yer|yez)|r[ée]tractation|r[ée]tracter",
    "it": r"res[oi]|restitu\w+|recesso|rendere",
    "nl": r"retour\w*|terug(?:sturen|te sturen|zenden)|herroep\w*|bedenktijd",
    "pl": r"zwr(?:ot\w*|óci[ćc]\w*|aca[ćc]\w*)|odst[aą]pi\w*",
    "tr": r"iade|cayma",
    "ru": r"возврат\w*|верн(?:уть|ёте|ете|ите)|отказ\w* от (?:товара|покупки|заказа)",
    "ar": r"إرجاع|ارجاع|استرجاع|الإرجاع|المرتجع|إعادة المنتج",
    "ja": r"返品|返送|クーリング・?オフ",
    "ko": r"반품|청약\s*철회",
    "zh": r"退货|退貨|退回|无理由退|無理由退",
}

# Paying the money back: a number near these is a refund time, not a return window.
REFUND = {
    "en": r"refund\w*|reimburs\w*|money back|credited",
    "de": r"erstatt\w*|rückerstatt\w*|betrag|gutschrift\w*|geld zurück",
    "es": r"reembols\w*|reintegr\w*|devoluci[oó]n del (?:dinero|importe|pago)|devolver(?:emos|le)? (?:el|su) (?:dinero|importe)",
    "pt": r"reembols\w*|estorn\w*|devolu[cç][aã]o do (?:dinheiro|valor|pagamento)|devolver(?:emos)? o (?:dinheiro|valor)",
    "fr": r"rembours\w*",
    "it": r"rimbors\w*|restitu\w+ (?:dell'|l')importo",
    "nl": r"terugbetal\w*|terugstort\w*|gestort",
    "pl": r"zwrot\w* (?:pieni[ęe]dzy|[śs]rodk[óo]w|należno\w*|kwoty|płatno\w*)|pieni[ąaę]dz\w*|[śs]rodk\w*|należno\w*|kwot\w*|kont[oa]\w*|koncie|rachun\w*|zaksięgowan\w*",
    "tr": r"(?:[üu]cret|para|bedel|tutar)\w*(?: (?:iade|i̇ade)\w*)?|geri [öo]deme",
    "ru": r"(?:верн\w*|возврат\w*)\s+(?:вам\s+)?(?:деньг|средств|оплат)\w*|деньг\w*|денежн\w*|средств\w*|возмещ\w*",
    "ar": r"المبلغ|استرداد|سنرد|رد المبلغ",
    "ja": r"返金|払い戻し|払戻",
    "ko": r"환불",
    "zh": r"退款|退还款|退錢|退钱",
}

RESTOCKING_FEE = {
    "en": r"restock(?:ing)? (?:fee|charge)|re-?stocking (?:fee|charge)|handling fee on returns?|return(?:s)? (?:fee|charge)",
    "de": r"wiedereinlagerungs\w*|rücknahmegebühr\w*|rücksendegebühr\w*|bearbeitungsgebühr\w*",
    "es": r"(?:tarifa|cargo|gastos?|comisi[oó]n) (?:de|por) (?:reposici[oó]n|reabastecimiento|devoluci[oó]n)",
    "pt": r"taxa de (?:reposi[cç][aã]o|reestocagem|devolu[cç][aã]o)",
    "fr": r"frais de (?:remise en stock|restockage|retour|traitement du retour)",
    "it": r"(?:costo|commissione|spese) di (?:riassortimento|restocking|reso|rientro)",
    "nl": r"(?:herbevoorradings|terugname|retour|verwerkings)kosten",
    "pl": r"opłat\w* (?:za (?:zwrot|ponowne)|manipulacyjn\w*)",
    "tr": r"(?:yeniden stoklama|iade|i̇ade) (?:ücreti|bedeli|kesintisi)",
    "ru": r"(?:плат\w*|сбор\w*|комисси\w*) за (?:возврат|пополнение)",
    "ar": r"رسوم (?:إعادة التخزين|الإرجاع|الارجاع)",
    "ja": r"再入庫手数料|返品手数料",
    "ko": r"(?:재입고|반품)\s*수수료",
    "zh": r"补货费|重新入库费|退货手续费|退貨手續費",
}

# A word that cancels a fee mention ("no restocking fee", "sin cargo").
NEGATION = {
    "en": r"no|without|free of|zero|never|not charge",
    "de": r"kein\w*|ohne|keine",
    "es": r"sin|ning[uú]n\w*|no (?:cobramos|aplicamos|hay)",
    "pt": r"sem|nenhum\w*|n[aã]o (?:cobramos|h[aá])",
    "fr": r"sans|aucun\w*|pas de",
    "it": r"senza|nessun\w*|non (?:applichiamo|addebitiamo)",
    "nl": r"geen|zonder",
    "pl": r"bez|żadn\w*|nie (?:pobieramy|ma)",
    "tr": r"yok|alınmaz|almıyoruz|ücretsiz",
    "ru": r"без|никак\w*|не (?:взимаем|берём|берем)",
    "ar": r"بدون|دون|لا (?:توجد|نفرض)",
    "ja": r"なし|無料|かかりません|不要",
    "ko": r"없이|없습니다|없음|무료",
    "zh": r"无需|無需|不收|免|没有|沒有",
}

GUARANTEE = {
    "en": r"warrant(?:y|ies)|guarantee",
    "de": r"garantie\w*|gewährleistung\w*",
    "es": r"garant[ií]a\w*",
    "pt": r"garantia\w*",
    "fr": r"garantie\w*",
    "it": r"garanzia\w*",
    "nl": r"garantie\w*",
    "pl": r"gwarancj\w*|rękojmi\w*",
    "tr": r"garanti\w*",
    "ru": r"гарант\w*",
    "ar": r"ضمان|الضمان",
    "ja": r"保証",
    "ko": r"보증|품질\s*보증",
    "zh": r"保修|质保|質保|保固",
}

DATA_REQUEST = {
    "en": r"personal data|data (?:access |subject )?request|your data|gdpr|access request",
    "de": r"personenbezogen\w* daten|auskunft\w*|dsgvo|ihre daten",
    "es": r"datos personales|rgpd|sus datos|solicitud de acceso",
    "pt": r"dados pessoais|lgpd|rgpd|seus dados",
    "fr": r"données personnelles|données à caractère personnel|rgpd|vos données",
    "it": r"dati personali|gdpr|i suoi dati",
    "nl": r"persoonsgegevens|avg|uw gegevens",
    "pl": r"dan\w* osobow\w*|rodo",
    "tr": r"kişisel veri\w*|kvkk",
    "ru": r"персональн\w* данн\w*",
    "ar": r"البيانات الشخصية|بياناتك",
    "ja": r"個人情報|個人データ",
    "ko": r"개인정보",
    "zh": r"个人信息|個人資料|个人数据",
}

DAY_UNITS = (r"days?|tage?n?|d[ií]as?|jours?|giorni|giorno|dagen|dag|dni|dzie[nń]|g[üu]n|"
             r"дн(?:ей|я)|день|суток|أيام|يوما|يومًا|يومً?ا|يوم|日間|日|일|天")
# Between the number and the day unit: "30 calendar days", "30 Kalendertage", "30 календарных дней",
# "30 takvim günü", "30个自然日" (a stated window in calendar days is still a window in days).
CALENDAR_QUALIFIERS = r"calendar|kalender|календарн\w*|takvim|个?自然|個?日曆"
WEEK_UNITS = (r"weeks?|wochen?|semanas?|semaines?|settimane?|weken|week|tygodni\w*|tydzie[nń]|hafta|"
              r"недел[иьяю]\w*|أسابيع|أسبوع|週間|주|周|星期")
MONTH_UNITS = (r"months?|monate?n?|meses|mes|mois|mesi|mese|maanden|maand|miesi[ęe]cy|miesi[ąa]c\w*|ay|"
               r"месяц\w*|أشهر|شهرا|شهر|か月|ヶ月|カ月|개월|个月|個月")
YEAR_UNITS = (r"years?|jahre?n?|a[ñn]os?|ans?|ann[oi]|jaar|lat|rok|lata|y[ıi]l|год\w*|лет|سنة|سنوات|"
              r"年間|年|년")

NUMBER_WORDS = {
    # en, de, es, fr, pt, it, nl — what agents write instead of digits
    "one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30,
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "fünf": 5, "sieben": 7, "zehn": 10, "vierzehn": 14,
    "dreißig": 30, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cinco": 5, "siete": 7, "diez": 10,
    "catorce": 14, "treinta": 30, "une": 1, "deux": 2, "trois": 3, "cinq": 5, "sept": 7, "dix": 10,
    "quatorze": 14, "trente": 30, "um": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "dez": 10,
    "trinta": 30, "due": 2, "tre": 3, "sette": 7, "dieci": 10, "quattordici": 14, "trenta": 30,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zeven": 7, "tien": 10, "veertien": 14, "dertig": 30,
    "七": 7, "十四": 14, "十": 10, "五": 5, "三": 3, "一": 1, "两": 2, "二": 2, "三十": 30, "十五": 15,
}
