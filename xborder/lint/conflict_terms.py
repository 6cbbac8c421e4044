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

# A word that cancels a fee mention ("no restocking fee", "sin cargo", "frais de retour offerts";
# "sur la maison" is the calque of "on the house": free, though not French).
NEGATION = {
    "en": r"no|without|free(?: of)?|zero|never|not charge|on us|we (?:cover|pay)",
    "de": r"kein\w*|ohne|keine|kostenlos|kostenfrei|übernehmen wir",
    "es": r"sin|ning[uú]n\w*|no (?:cobramos|aplicamos|hay)|gratis|gratuit\w*|a nuestro cargo|por cuenta de la casa",
    "pt": r"sem|nenhum\w*|n[aã]o (?:cobramos|h[aá])|gr[aá]tis|gratuit\w*|por nossa conta",
    "fr": r"sans|aucun\w*|pas de|offert\w*|gratuit\w*|à notre charge|sur la maison",
    "it": r"senza|nessun\w*|non (?:applichiamo|addebitiamo)|gratuit\w*|a nostro carico|offert\w*",
    "nl": r"geen|zonder|gratis|voor onze rekening",
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

# A blanket refusal of any return or exchange ("final sale", "概不退换", "vom Umtausch
# ausgeschlossen"): void where the law gives a right of withdrawal or voids such clauses.
NO_RETURNS = {
    "en": r"final sale|all sales (?:are )?final|no returns?(?: or (?:exchanges?|refunds?))?(?! (?:needed|necessary|required|label|to))|non-?returnable|(?:cannot|can ?not|can't|won't|will not) (?:be )?(?:returned|exchanged|refunded|accept (?:any |the )?returns?|take (?:it|them|the \w+) back)|(?:is|are) not (?:eligible for (?:a )?return|returnable)|excluded from (?:returns?|exchanges?|refunds?)|no (?:refunds? (?:or|and) )?exchanges?",
    "de": r"vom (?:Umtausch|Widerruf|Rückgaberecht)\w*(?: und (?:von der|vom) \w+)? ausgeschlossen|von der (?:Rückgabe|Rücknahme|Erstattung)\w*(?: und (?:von der|vom) \w+)? ausgeschlossen|(?:Umtausch|Rückgabe|Rücknahme|Rücksendung)\w* (?:ist |sind )?(?:leider |grundsätzlich )?(?:nicht möglich|ausgeschlossen)|keine (?:Rückgabe|Rücknahme|Umtausch)\w*(?![^.!?\n]{0,30}(?:nötig|notwendig|erforderlich|veranlassen))|kein Umtausch|nehmen wir (?:\w+ ){0,3}nicht (?:mehr )?zurück",
    "fr": r"ni (?:repris|échangés?)(?: ni (?:repris|échangés?|remboursés?))?|(?:ne sont|n'est) (?:ni )?(?:pas )?(?:repris|échangés?|remboursables?)|non (?:repris|échangeables?|remboursables?)|vente (?:finale|ferme)|aucun (?:retour|échange)(?![^.!?\n]{0,20}(?:nécessaire|à effectuer|à faire))|exclus?e?s? (?:du droit de rétractation|de tout retour|des retours|des échanges)|n'acceptons (?:pas|aucun) (?:de )?(?:retours?|échanges?)",
    "es": r"no se (?:admiten|aceptan) (?:cambios|devoluciones)|sin (?:cambios? ni devoluci[oó]n(?:es)?|derecho a devoluci[oó]n)|venta final|no (?:tienen|tiene|admiten|aceptamos|aceptan|hacemos|realizamos) (?:cambios? ni )?(?:devoluci[oó]n|cambio)\w*|(?:excluid|exent)[oa]s? de (?:cambios?|devoluci[oó]n)\w*|no (?:son|es) (?:retornables?|reembolsables?|devolvibles?)|no se (?:puede|pueden) devolver",
    "it": r"non (?:sono|è) (?:rimborsabil[ei]|restituibil[ei]|sostituibil[ei])|non (?:si )?(?:accettano|accettiamo|effettuiamo) (?:resi|cambi|rimborsi)|esclus[ioae]? da(?:l|i|lla)? (?:reso|resi|cambio|cambi|diritto di recesso)|vendita (?:finale|definitiva)|nessun (?:reso|cambio)(?![^.!?\n]{0,20}(?:necessari|da effettuare))|non (?:è|sono) (?:possibile|previsto) (?:il |alcun )?(?:reso|cambio|recesso)",
    "pt": r"n[ãa]o (?:aceitamos|fazemos|realizamos|há|tem) (?:trocas?|devolu[cç][õo]es|devolu[cç][aã]o)|sem trocas? (?:nem|e|ou) devolu[cç](?:ão|ões|ao|oes)|venda final|n[ãa]o (?:pode|podem) ser (?:devolvid|trocad)\w*|n[ãa]o (?:são|é) (?:reembols[aá]ve|devolv|troc[aá]ve)\w*|exclu[íi]d[oa]s? (?:de|da|do) (?:troca|devolu)\w*",
    "nl": r"geen (?:retourrecht|ruilrecht|retouren|ruilen|terugname)(?![^.!?\n]{0,25}nodig)|(?:uitgesloten van|vallen niet onder|valt niet onder) (?:retour|ruil|het herroepingsrecht)\w*|kunnen (?:niet|niet meer) (?:worden )?(?:geretourneerd|geruild|teruggenomen)|niet retourneerbaar",
    "pl": r"(?:nie (?:podlega|podlegają)|wyłączon\w* z) (?:zwrot\w*|wymian\w*)|nie (?:przyjmujemy|przyjmuje|akceptujemy) (?:zwrot\w*|wymian\w*)|bez (?:możliwości|prawa do) zwrotu|nie (?:można|da się) (?:ich |go |jej )?(?:zwrócić|wymienić)|sprzedaż ostateczna",
    "tr": r"iade (?:ve değişim )?(?:kabul edilmemektedir|kabul edilmez|yapılmamaktadır|yapılmaz|alınmamaktadır|mümkün değildir|edilemez)|iade(?:si)? (?:ve değişimi )?(?:yoktur|bulunmamaktadır)|(?:iade|değişim) dışı",
    "ru": r"(?:возврат\w*|обмен\w*)(?: и (?:возврат\w*|обмен\w*))? не (?:подлеж\w*|принима\w*|производ\w*|осуществля\w*)|не (?:подлеж\w*|принима\w*) (?:возврат\w*|обмен\w*)|без права (?:на )?возврат\w*|возврат невозможен",
    "ar": r"(?:لا|غير) (?:يمكن|يُمكن|نقبل|يتم|يقبل)\s(?:\S+\s){0,2}?(?:إرجاع|ارجاع|استرجاع|استبدال|الإرجاع|الاسترجاع)|غير قابل(?:ة)? (?:للإرجاع|للاسترجاع|للاستبدال|للرد)|البيع نهائي|لا (?:يرد|ترد) ولا (?:يستبدل|تستبدل)",
    "ja": r"返品(?:・交換)?(?:は|を)?(?:一切)?(?:お受け|受け付け|受付)(?:でき|いたし|致し)?(?:かね)?(?:ません|ない)|返品(?:・交換)?(?:は)?(?:不可|お断り)|返品できません|ノークレーム・?ノーリターン",
    "ko": r"(?:반품|교환)(?:\s*(?:및|/)\s*(?:교환|반품))?\s*(?:이|은|이나)?\s*(?:불가|안 ?됩니다|되지 않습니다|받지 않)",
    "zh": r"概不退[换換]|不退不[换換]|不予退[换換货貨]|恕不退[换換货貨]|不支持(?:七天无理由)?退[换換货貨]|不接受退[换換货貨]|不可退[换換货貨]|售出(?:后|後)?不退|一经售出.{0,4}不",
}

# What makes a refusal lawful, in the same sentence: a statutory exception (made to order,
# hygiene seal, perishable, digital), a period that has run out, or a purchase in a shop.
LAWFUL_REFUSAL = {
    "en": r"gift ?cards?|vouchers?|tickets?|personali[sz]ed|custom(?:-made|i[sz]ed)?|made[- ]to[- ](?:measure|order)|engraved|hygien\w*|seal(?:ed)?|perishable|digital|download\w*|expired|(?:has|have) (?:passed|ended|run out)|after the \w+[- ]day|beyond the|outside the|in[- ]store|worn|used",
    "de": r"Gutschein\w*|Ticket\w*|personalisiert\w*|individuell\w*|maßanfertig\w*|nach Maß|Gravur|Hygiene\w*|versiegelt\w*|Siegel|verderblich\w*|digital\w*|Download\w*|abgelaufen\w*|verstrichen\w*|überschritten|nach Ablauf|im Laden|in der Filiale|getragen|benutzt",
    "fr": r"cartes? cadeaux?|bons? d['’]achat|billets?|personnalis\w*|sur mesure|gravé\w*|hygièn\w*|scell\w*|descell\w*|périssable\w*|numérique|téléchargement|expiré\w*|dépassé\w*|écoulé\w*|en magasin|porté\w*",
    "es": r"tarjetas? regalo|vales?|entradas|personalizad\w*|a medida|grabad\w*|higiene|precint\w*|desprecint\w*|pereceder\w*|digital\w*|descarga\w*|vencid\w*|expirad\w*|transcurrid\w*|superado|en tienda|usad[oa]s?",
    "it": r"gift card|buon[oi] regalo|bigliett\w*|personalizzat\w*|su misura|incis\w*|igien\w*|sigill\w*|deperibil\w*|digital\w*|scadut\w*|trascors\w*|superat\w*|in negozio|usat[oi]",
    "pt": r"vale-presente|cartão[- ]presente|ingressos?|personalizad\w*|sob medida|gravad\w*|higiene|lacrad\w*|lacre|perec[íi]ve\w*|digita\w*|vencid\w*|expirad\w*|ultrapassad\w*|na loja|usad[oa]s?",
    "nl": r"cadeaubon\w*|tickets?|gepersonaliseerd\w*|op maat|gegraveerd|hygiën\w*|verzegel\w*|bederfelijk\w*|digita\w*|verlopen|verstreken|in de winkel|gedragen|gebruikt",
    "pl": r"personalizowan\w*|na zamówienie|na wymiar|grawer\w*|higien\w*|zapieczętowan\w*|plomb\w*|łatwo psując\w*|cyfrow\w*|minął|minęł\w*|upłyn\w*|w sklepie stacjonarnym|używan\w*",
    "tr": r"kişiye özel|hijyen\w*|ambalaj\w* açıl\w*|çabuk bozul\w*|dijital|süre\w* (?:dol|geç)\w*|mağazadan",
    "ru": r"персонализ\w*|на заказ|по индивидуальн\w*|гигиен\w*|пломб\w*|скоропорт\w*|цифров\w*|ист[её]к\w*|прош(?:ёл|ел|ло|ли)|в магазине",
    "ar": r"مخصص|حسب الطلب|النظافة|مختوم|قابلة للتلف|رقمي|انتهت|انقضت|مضت",
    "ja": r"特注|オーダーメイド|名入れ|衛生|生鮮|デジタル|期間(?:を)?(?:過ぎ|経過)",
    "ko": r"주문\s*제작|맞춤|위생|신선|디지털|기간\s*(?:이)?\s*(?:지나|경과)",
    "zh": r"定制|定製|个性化|個性化|贴身|卫生|衛生|生鲜|生鮮|鲜活|数字商品|在线下载|超过|超過|已过|已過|逾期",
}

# A refund paid only as store credit: where the law says a withdrawal is reimbursed by the
# means the customer paid with (Directive 2011/83/EU art. 13(1)).
STORE_CREDIT_ONLY = {
    "en": r"(?:only|solely|exclusively) (?:as|in the form of|by|via|with|through|in) (?:a |an )?(?:store credit|voucher|gift card|credit note|coupon|credit)|(?:store credit|voucher|gift card|credit note) only|(?:refunds? (?:are|is)|refund will be) (?:only )?(?:issued|given|made|provided) (?:only )?(?:as|in) (?:a )?(?:store credit|voucher|gift card|credit note)|no cash refunds?",
    "de": r"(?:nur|ausschließlich|lediglich) (?:in Form (?:eines|von)|als|per|mit (?:einem|einer)) (?:\w+ )?(?:Gutschein|Warengutschein|Einkaufsgutschein|Guthaben)\w*|keine (?:Bar|Geld)(?:auszahlung|erstattung)|Erstattung\w* erfolg\w* (?:\w+ )?(?:als|in Form eines) (?:Gutschein|Warengutschein)\w*",
    "fr": r"(?:uniquement|seulement|exclusivement) (?:sous forme d['’]|par |en )(?:un )?(?:avoir|bon d['’]achat|carte cadeau)|(?:avoir|bon d['’]achat) uniquement|aucun remboursement en (?:espèces|argent)|rembours\w* (?:\w+ )?(?:sous forme d['’]|en )(?:un )?(?:avoir|bon d['’]achat)",
    "es": r"(?:solo|sólo|solamente|únicamente|exclusivamente) (?:en forma de|como|mediante|con) (?:un |una )?(?:vale|bono|cupón|crédito en (?:la )?tienda|saldo|tarjeta regalo|nota de crédito)|no (?:se )?(?:devolvemos|reembolsamos|devuelve) (?:el )?dinero|reembols\w* (?:\w+ )?(?:en forma de|como|mediante) (?:un |una )?(?:vale|bono|saldo|cupón)",
    "it": r"(?:solo|soltanto|esclusivamente|unicamente) (?:sotto forma di|come|tramite|con) (?:un |una )?(?:buono|voucher|credito|coupon|gift card)|rimbors\w* (?:\w+ )?(?:sotto forma di|con|tramite) (?:un |una )?(?:buono|voucher|coupon)|nessun rimborso in denaro",
    "pt": r"(?:apenas|somente|só|exclusivamente) (?:em|como|na forma de|por meio de) (?:um |uma )?(?:vale(?:-compras?)?|crédito na loja|cupom|cupão|saldo|cartão[- ]presente)|reembols\w* (?:\w+ )?(?:em|como|na forma de) (?:um |uma )?(?:vale|cupom|crédito na loja)|n[ãa]o (?:devolvemos|reembolsamos) (?:o )?dinheiro",
    "nl": r"(?:alleen|uitsluitend|enkel) (?:in de vorm van |als |met |via )?(?:een )?(?:tegoedbon|waardebon|cadeaubon|tegoed)|geen (?:geld|contant) terug",
    "pl": r"(?:tylko|wyłącznie|jedynie) (?:w formie|jako|w postaci) (?:bonu|vouchera|kuponu|karty podarunkowej|salda)|nie zwracamy (?:pieniędzy|gotówki)",
    "tr": r"(?:sadece|yalnızca|yalnız) (?:hediye çeki|mağaza kredisi|kupon|puan|indirim çeki)|para iadesi (?:yapılmamaktadır|yapılmaz|yoktur)",
    "ru": r"(?:только|исключительно|лишь) (?:в виде|в форме) (?:бонус\w*|купон\w*|подарочн\w*|сертификат\w*)|(?:только|исключительно) (?:бонус\w*|купон\w*|подарочн\w* сертификат\w*)|деньги не возвраща\w*",
    "ar": r"(?:فقط|إلا) (?:ك|على شكل |في صورة )?(?:قسيمة|رصيد|كوبون|بطاقة هدية)|(?:قسيمة|رصيد في المتجر|كوبون) فقط",
    "ja": r"(?:ポイント|クーポン|商品券|ギフトカード)(?:で|での)(?:のみ|だけ)",
    "ko": r"(?:적립금|포인트|쿠폰|상품권)(?:으로|로)만|현금 환불(?:은|이)? (?:불가|안 ?됩니다)",
    "zh": r"(?:只|仅|僅)(?:能)?(?:以|用|退(?:为|為|到|至)?)(?:店铺|店鋪|商城)?(?:优惠券|優惠券|代金券|购物券|購物券|积分|積分|余额|餘額|礼品卡|禮品卡)|不(?:退|支持退)现金",
}

# "Warranty void if opened": opening the goods to inspect them is the customer's right, and the
# statutory guarantee does not depend on an unbroken seal.
WARRANTY_VOID_OPENED = {
    "en": r"(?:warranty|guarantee) (?:is |will be |becomes )?(?:void(?:ed)?|invalid(?:ated)?|cancel+ed|lost)\b[^.!?\n]{0,40}(?:open\w*|seal|unseal\w*|remov\w*|tamper\w*|unbox\w*)|void if (?:opened|removed|broken|unsealed)|(?:opening|unsealing|unboxing|breaking the seal)[^.!?\n]{0,40}(?:voids?|invalidates?|cancels?) (?:the |your |any )?(?:warranty|guarantee)",
    "de": r"(?:Garantie|Gewährleistung)\w* (?:erlischt|entfällt|verfällt|ist (?:nichtig|ungültig|hinfällig))[^.!?\n]{0,40}(?:Öffn\w*|geöffnet|Siegel\w*|entsiegel\w*|ausgepackt|Verpackung)|(?:Öffn\w*|geöffnet\w*|Siegel|ausgepackt)[^.!?\n]{0,50}(?:erlischt|entfällt|verfällt|verlieren Sie) (?:die |Ihre |jede |jegliche )?(?:Garantie|Gewährleistung)",
    "fr": r"garantie\w* (?:est |sera )?(?:annulée|perdue|nulle|caduque|invalidée)[^.!?\n]{0,40}(?:ouvert\w*|ouverture|déball\w*|scell\w*|descell\w*)|(?:ouverture|ouvert\w*|déball\w*|descell\w*)[^.!?\n]{0,50}(?:annule|invalide|fait perdre|entraîne la perte de) (?:la |votre )?garantie",
    "es": r"garant[ií]a (?:se )?(?:anula|pierde|invalida|queda anulada|quedará anulada|deja de ser válida)[^.!?\n]{0,40}(?:abiert\w*|abr\w*|desprecint\w*|sello|desembal\w*)|(?:abrir|abierto|desprecint\w*|romper el sello)[^.!?\n]{0,50}(?:anula|invalida|pierde) (?:la |su )?garant[ií]a",
    "it": r"garanzia (?:decade|è nulla|viene annullata|si annulla|non è più valida|decadrà)[^.!?\n]{0,40}(?:apert\w*|apri\w*|sigill\w*|disimball\w*)|(?:apertura|aperto|apri\w*|rottura del sigillo)[^.!?\n]{0,50}(?:annulla|invalida|fa decadere) (?:la )?garanzia",
    "pt": r"garantia (?:é |será )?(?:anulada|perdida|cancelada|invalidada|perde a validade)[^.!?\n]{0,40}(?:abert\w*|abrir|lacre|violad\w*)|(?:abrir|abertura|violar o lacre|romper o lacre)[^.!?\n]{0,50}(?:anula|invalida|cancela) (?:a )?garantia",
    "nl": r"garantie (?:vervalt|komt te vervallen|is ongeldig)[^.!?\n]{0,40}(?:geopend|openen|zegel|verzegeling)|(?:openen|geopend|verbreken van de zegel)[^.!?\n]{0,50}(?:vervalt|verliest u) (?:de )?garantie",
    "pl": r"gwarancj\w* (?:traci ważność|wygasa|przepada|jest nieważna)[^.!?\n]{0,40}(?:otwar\w*|plomb\w*|zerwan\w*|rozpakow\w*)|(?:otwarcie|rozpakowanie|zerwanie plomby)[^.!?\n]{0,50}(?:powoduje utratę|unieważnia) gwarancji",
    "tr": r"garanti\w* (?:geçersiz|iptal|sona er)\w*[^.!?\n]{0,40}(?:açıl\w*|mühür\w*|ambalaj\w*)|(?:açılması|açıldığında|mühür\w* (?:kırıl|bozul)\w*)[^.!?\n]{0,50}garanti\w* (?:geçersiz|iptal)\w*",
    "ru": r"гаранти\w* (?:аннулиру\w*|теря\w*|прекраща\w*|недействительн\w*|не действует)[^.!?\n]{0,40}(?:вскрыт\w*|открыт\w*|пломб\w*|распаков\w*)|(?:вскрытие|распаковка|срыв пломбы|вскрыв\w*)[^.!?\n]{0,50}(?:аннулиру\w*|лиша\w*) (?:вас )?гаранти\w*",
    "ar": r"(?:يُلغى|يلغى|يسقط|تسقط|يبطل)\s(?:\S+\s){0,3}?الضمان[^.!?\n]{0,40}(?:فتح|الختم|العبوة)|(?:فتح|كسر الختم|فتح العبوة)[^.!?\n]{0,50}(?:يلغي|يُلغي|يبطل|يسقط) الضمان",
    "ja": r"開封(?:後|された場合|すると)[^。\n]{0,20}保証(?:は)?(?:対象外|無効|失効|受けられません)",
    "ko": r"개봉\s*(?:시|후|하면)[^.\n]{0,20}(?:보증|품질\s*보증|A/S)\s*(?:이|은)?\s*(?:불가|무효|제외|받을 수 없)",
    "zh": r"(?:拆封|开封|開封|撕毁封条|撕毀封條)(?:后|後)?[^。\n]{0,15}(?:不(?:予|再)?(?:保修|质保|保固)|(?:保修|质保|保固)(?:失效|无效|無效|作废))",
}

# The customer told to pay the return shipping: wrong where the law puts it on the trader.
CUSTOMER_PAYS_RETURN = {
    "en": r"(?:you|the customer|the buyer)(?: will)? (?:pay|pays|cover|covers|bear|bears|(?:are|is) responsible for) (?:for )?(?:the )?(?:cost of (?:the )?)?return (?:shipping|postage|delivery|costs?)|return (?:shipping|postage)(?: costs?)? (?:is|are) (?:at )?(?:your|the customer's|the buyer's) (?:own )?(?:expense|cost|responsibility)",
    "de": r"(?:Rücksende|Rückversand)\w*kosten (?:tragen Sie|trägt der Kunde|gehen zu Ihren Lasten|sind von Ihnen zu tragen|übernehmen Sie)|(?:tragen|übernehmen) Sie (?:die )?(?:Rücksende|Rückversand)\w*kosten",
    "fr": r"frais de retour (?:sont |restent )?(?:à (?:votre|la) charge|à la charge du client)|(?:vous|le client) (?:prenez|prend|payez|paie|supportez|supporte) (?:en charge )?les frais de retour",
    "es": r"(?:gastos|costes?|costos?) de (?:devoluci[oó]n|env[ií]o de (?:la )?devoluci[oó]n) (?:corren|son|serán|van) (?:por su cuenta|a (?:su|tu|cargo del cliente) cargo|a cargo del cliente)|(?:usted|tú) (?:paga|pagas|asume|asumes) (?:los )?(?:gastos|costes?|costos?) de (?:la )?devoluci[oó]n",
    "it": r"(?:spese|costi) di (?:reso|restituzione|spedizione del reso) (?:sono |restano )?a (?:suo|tuo|vostro) carico|a carico del cliente",
    "pt": r"(?:frete|custos?|despesas) de devolu[cç][aã]o (?:é|são|fica|ficam|será|serão) (?:por sua conta|de sua responsabilidade|por conta do cliente)",
    "nl": r"(?:retourkosten|kosten voor het retourneren|verzendkosten van de retour) (?:zijn )?(?:voor (?:uw|je|eigen) rekening|betaalt u zelf|betaal je zelf)",
    "pl": r"koszt\w* (?:odesłania|zwrotu|przesyłki zwrotnej) (?:ponosi Pan|ponosi Pani|ponoszą Państwo|ponosi klient|pokrywa klient|ponosisz)",
    "tr": r"(?:iade )?kargo (?:ücreti|bedeli|masrafı|masrafları)\w* (?:alıcıya|müşteriye|size) aittir|(?:iade )?kargo (?:ücretini|bedelini|masrafını|masraflarını) (?:sizin|alıcının|müşterinin) (?:ödemesi|karşılaması)|(?:iade )?kargo (?:ücreti|bedeli|masrafı) (?:tarafınızca|sizin tarafınızdan|alıcı tarafından) (?:karşılan|öden)\w*",
    "ru": r"(?:стоимость|расходы) (?:обратной доставки|на возврат|пересылки) (?:оплачивает|несёт|несет) (?:покупатель|клиент)|(?:вы|покупатель) оплачива\w* (?:обратную доставку|пересылку)",
    "ar": r"(?:تكاليف|رسوم|تكلفة) (?:شحن )?(?:الإرجاع|الارجاع) (?:على (?:حسابك|حسابكم|العميل|المشتري)|يتحملها (?:العميل|المشتري))|(?:تتحمل|يتحمل) (?:العميل |المشتري )?(?:تكاليف|رسوم|تكلفة) (?:شحن )?(?:الإرجاع|الارجاع)",
    "ja": r"返品(?:時の)?(?:送料|配送料)(?:は)?(?:お客様|お客さま)(?:の)?(?:ご)?負担",
    "ko": r"반품\s*(?:배송비|택배비)(?:는|은)?\s*(?:고객|구매자)\s*(?:님)?\s*부담",
    "zh": r"退[货貨]运费(?:由)?(?:您|买家|買家|顾客|顧客)(?:自行)?(?:承担|承擔|负责|負責)",
}
