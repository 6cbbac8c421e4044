"""Characters that tell Simplified from Traditional Chinese, and Japanese kanji from both.

Source: pairs from the Unicode Unihan database (``kSimplifiedVariant`` /
``kTraditionalVariant`` in Unihan_Variants.txt), restricted to characters
common in customer-service messages (orders, delivery, payment, refunds,
accounts, greetings); Japanese shinjitai from the Jōyō kanji list (Japan's
Agency for Cultural Affairs, 2010) where the form differs from both Chinese forms.
A character in both columns of a pair is left out.
"""
from __future__ import annotations

# Traditional -> Simplified, one pair per character position.
_TRAD = ("們這個訂單貨發麼還沒錢謝請說時問題號買賣運郵務為後來會對東帳戶換達經過嗎給讓聯繫點開關應該幫誤錯態網頁碼無與從現實際價質壞損處寶貝產傳"
         "嗎幣裡並係於氣車門見長電話機預約項預報購物諮詢優惠補償樣種類規則條約訊息號碼標準稱讀寫認證確認選擇隨聽書間隊歡迎領導變動辦理縮紀錄"
         "資料圖片顏色尺寸號碼錶鐘錄週週邊體驗區域賬幾場邊輕鬆舊雙兩愛還專業務須總張強廣員級絕緊響頭風驗證鐵")
_SIMP = ("们这个订单货发么还没钱谢请说时问题号买卖运邮务为后来会对东帐户换达经过吗给让联系点开关应该帮误错态网页码无与从现实际价质坏损处宝贝产传"
         "吗币里并系于气车门见长电话机预约项预报购物咨询优惠补偿样种类规则条约讯息号码标准称读写认证确认选择随听书间队欢迎领导变动办理缩纪录"
         "资料图片颜色尺寸号码表钟录周周边体验区域账几场边轻松旧双两爱还专业务须总张强广员级绝紧响头风验证铁")

TRADITIONAL_ONLY: frozenset[str] = frozenset(t for t, s in zip(_TRAD, _SIMP) if t != s)
SIMPLIFIED_ONLY: frozenset[str] = frozenset(s for t, s in zip(_TRAD, _SIMP) if t != s)

# Jōyō shinjitai that are neither the Traditional nor the Simplified Chinese form.
JAPANESE_ONLY: frozenset[str] = frozenset(
    "売発気駅県図広転円様払込済変戻続読単価対関楽薬帰検応処実歳営覧択沢渋鉄塩専伝仏両悪圧囲栄駆髪黒恵掲径経"
    "働込畑峠枠匂辻")
