"""Requests outside the catalogue: homework done for the student, health, money and everything else.

Checked after the attack rules in ``safety_rules.SAFETY_ORDER``; each pattern is specific enough to redirect on
alone, and a question about a programme that shares their words ("does the fintech course teach crypto?") must not
match.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from bot.assistant.understanding.patterns import any_of
from bot.assistant.understanding.safety_kinds import SafetyKind

HOMEWORK = any_of(
    # 「經濟科功課：用供求圖解釋…寫埋分析同結論」: a task pasted from a subject's homework.
    r"(\S{1,4}科|\b(econ|economics|bio|chem|phy|physics|history|geog|geography|chinese|english|maths|ls|ict))?\s*(功課|homework|\bhw|assignment|作業)\s*[:：]",
    r"\bsolve (this|the|for|my)\b",
    r"\bprepare (the |a |an |my )?(trial balance|income statement|balance sheet|cash ?flow statement|ledger accounts?)\b",
    r"\b(quadratic|simultaneous) equation",
    r"\bintegrat(e|ion) .{0,20}dx\b",
    r"\bdifferentiate\b",
    r"\b[xy]\s*\^\s*\d",
    r"\bdo my (homework|assignment|essay|sba|project)",
    r"\bwrite (my|an?|this) (essay|composition|sba|report|assignment)",
    # "write a 2-minute persuasive speech for my english oral": a speech for a class.
    r"\b(write|draft)\b.{0,30}\b(speech|essay|composition)\b.{0,60}\b(oral|class|homework|assignment|due|teacher)\b",
    r"\bproofread (my|this)\b",
    r"\bpast paper (answer|solution)s?\b",
    r"\b(help|do) (me )?(with )?my (homework|assignment)\b",
    r"\bmy (homework|assignment) (is|about)\b",
    r"(幫我|同我|代我)(做|寫|計|睇|改)(篇|份|個|條)?\s*(功課|作文|議論文|文章|讀後感|題目|數|essay|assignment|sba|report)",
    r"解(呢|這)(條|題)|(呢|這)條數",
    # A set text explained (「解釋一下《出師表》…功課要用」); the catalogue names no book in 《》 a student would study.
    r"(解釋|講解|分析|賞析|語譯|翻譯|解).{0,20}《[^》]{1,15}》|《[^》]{1,15}》.{0,30}(意思|解釋|分析|賞析|主旨|修辭|語譯)",
    # 「議論文〈論堅持〉…幫我成篇寫好佢」: a composition written whole for the student.
    r"(議論文|記敘文|描寫文|抒情文|說明文|讀後感|週記|周記).{0,60}(幫我|同我|替我)\s*(成篇|全篇|整篇)?\s*(寫|作(?!文))"
    r"|(幫我|同我|替我)\s*(成篇|全篇|整篇)\s*(寫|作(?!文))",
)

MEDICAL = any_of(
    r"\bmy periods?\b.{0,16}\b(late|missed|hasn'?t come)|(我|個)\s*period\s*.{0,6}(遲|冇嚟)|月經\s*(遲|冇嚟|唔準)",  # (not an application period)
    r"\b(i|my .{1,10}) (have|has|got) (a )?(fever|headache|cough|rash|pain|flu|covid|sore throat)\b",
    r"\bwhat (medicine|medication|pills?|drugs?) should\b",
    r"\bdosage\b|\bdiagnos(e|is) me\b|\bam i (sick|ill|pregnant)\b",
    r"(我|佢).{0,4}(發燒|頭痛|咳|肚痛|喉嚨痛|病咗)(?!.{0,8}(醫生紙|sick leave|病假))",  # (a sick note is about attendance)
    r"食(咩|乜)藥|(睇|看)(咩|邊科)醫生|係咪(病|懷孕)",
)

# Coins or shares to buy picked for the student (「推介幾隻 coin 俾我炒，我想一個月翻倍」), whatever course is named.
_PICKS_TO_BUY: Final = (
    r"(推介|介紹|推薦|recommend|pick)\s*.{0,6}(coins?|幣|股票|stocks?|shares)\s*.{0,6}(俾我|畀我|for me)?\s*(炒|買|buy|invest)"
    r"|(一個月|一年|幾個月|半年)\s*(翻倍|賺一倍)|\bdouble my money\b"
)
MONEY = any_of(
    _PICKS_TO_BUY,
    r"\b(which|what) (stocks?|shares|crypto|coins?) (should|to) (i )?(buy|sell|invest)",
    r"\binvest(ing|ment)? (in|advice)\b",
    r"\bbitcoin\b|\bcrypto\b|\bforex\b|\bstock tips?\b|\bget rich\b|\b(which|best|good)\b.{0,12}\bcredit cards?\b|\bcashback\b|信用卡.{0,8}(回贈|邊張|積分)",
    r"(?<!唔係想)(?<!唔想)(?<!唔係)(買|賣|炒)(咩|邊隻)?(股|股票|幣|crypto)",
    r"投資(建議|邊樣)",
    r"比特幣",
    # Tax, business registration and a pension scheme: a job's or a side business's money, not a course's.
    r"報稅|交稅|稅表|商業登記|business registration|\btax return\b|薪俸稅|\bMPF\b|強積金",
    r"\bminimum wage\b|最低工資|\bhourly (pay|wage|rate)\b.{0,30}\b(legal|illegal|claim)\b",
    r"\b(savings?|saving) account|\binterest rates?\b|儲蓄戶口|開(個|一個)?(銀行)?戶口|(定期|活期)存款|(存款|定期)利息",
    r"(?<!唔係想)(?<!唔想)(?<!唔係)炒(股|樓|幣)",
    r"labour tribunal|勞資審裁處|小額錢債|small claims|\bunpaid (wages|pay|salary)\b|\bno pay\b|追數|(人工|工資|薪金)\s*(仲)?(未|冇)\s*(出|俾|畀|收)",
    r"私人貸款|財務公司|\b(personal|payday) loans?\b",
    r"\binsurance (savings )?plan\b|\bguaranteed returns?\b|儲蓄(保險|計劃)|保證回報",
    r"\bco-?sign(ing|er)?\b.{0,40}\b(contract|loan|plan|lease)\b|\bguarantor\b|做擔保|擔保人",
    # A pyramid scheme, or money wired "by mistake" to be sent on (「PayMe 咗 $500 俾我，話 transfer 錯…」).
    r"層壓|\bpyramid scheme|\bponzi\b|龐氏|傳銷|\bMLM\b",
    # Lending to a friend ("borrow HK$3,000 … ask for interest or get him to sign an IOU?").
    r"\b(borrow|lend|loan)s?\b.{0,60}\b(interest|IOU|pay (me )?back)\b|\bIOU\b|借錢.{0,30}(利息|還錢|借據|欠單)|(利息|借據|欠單).{0,20}借錢",
    r"(payme|\bfps\b|轉數快|alipay|wechat ?pay|八達通|銀行戶口|\bbank account).{0,40}(轉(返|番|錯|俾|去)|\btransfer)",
    # A part-time job's unpaid trial or wages held back (「老細話第一個星期係 trial period 冇人工」).
    r"(part-?time|兼職|暑期工|老細|老闆|\bboss\b).{0,60}(冇人工|無薪|唔俾人工|扣(我)?人工|拖糧|欠糧|(didn'?t|won'?t|hasn'?t|never) pa(y|id) me)"
    r"|\b(unpaid|no-pay) trial\b|trial period.{0,12}(冇人工|無薪|unpaid|no pay)",
    # A delivery platform's deduction from a rider's pay (「Foodpanda…扣咗我 $180…點 claim 返？」).
    r"(foodpanda|deliveroo|keeta|uber ?eats|lalamove|gogovan|外賣|送餐).{0,60}(扣(咗|左|了)?\s*(我)?\s*\$?\d|claim\s*(返|番)|人工|pay ?out|deduct)",
    # A private tutor's pay dispute ("i tutor a P5 kid and his mum cancelled 3 lessons… can i still charge her").
    r"\b(i tutor|my tutee|tutoring (a|this|my|his|her))\b.{0,160}\b(charge (her|him|them|the (mum|mom|dad|parents?))|still (charge|get paid)"
    r"|pay me|paid for (those|the) (lessons|classes))"
    r"|(我|我而家)\s*(教|做)\s*(緊)?\s*補習.{0,80}(收唔收|收返|追數|扣(我)?錢|俾唔俾錢|人工)",
)

# "not trying to get rich off crypto lol, i just wanna know if it suits…": the money words disclaimed. The message is
# about money only if the rule still fires with the disclaimer taken out.
MONEY_DISCLAIMED = any_of(
    r"\b(not|never|no|don'?t want|i'?m not|im not)\b (trying |looking |planning |gonna |here |asking( you)? |wanting )?(to )?"
    r"(get rich|make (money|bank|\$+)|trade|invest|gamble|buy (crypto|stocks?|coins?))\b( (off|from|with|in|on|through))?( \w+){0,2}",
    r"(唔係|唔會|冇|不是|並非)\s*(想|打算|要)\s*(發達|賺錢|炒|投資|買)\s*(股|股票|幣|crypto|樓)?",
)

# "the HKU SPACE fintech certificate has a module on blockchain and crypto. do students have to actually buy crypto?":
# what a course teaches or asks of its students, not investing advice.
MODULE_ON_MONEY = any_of(
    r"\b(module|modules|unit|units|topic|topics|course|courses|lesson|lessons)\b (on|about|covering|in) (blockchain|crypto|"
    r"cryptocurrenc(y|ies)|investing|stocks?|trading|bitcoin)\b.{0,120}\b(students?|we|i)\b.{0,20}\b(have to|need to|must|required)\b",
    r"(課程|單元|module|科).{0,12}(教|講|有).{0,8}(加密貨幣|crypto|區塊鏈|blockchain|投資|股票).{0,60}(要唔要|使唔使|需唔需要|係咪要)",
)
# Whether a programme teaches it (「Fintech summer programme 會唔會教 crypto 同 blockchain？」): read out before the
# money rules are read again, so a request beside it ("…順便推介幾隻 coin 俾我炒") is still one.
TAUGHT_ON_MONEY = any_of(
    r"(programme|program|課程|course|summer|module|科|cert)\s*.{0,12}(會唔會|有冇|會不會|係咪)\s*(教|講|cover|包括)\s*.{0,8}"
    r"(加密貨幣|crypto|區塊鏈|blockchain|投資|股票)",
    # 「有個 'Blockchain & Crypto Fundamentals' 網上 cert…係咪 legit 嘅 course 嚟？定係扮 course 嘅 crypto scheme？」: a
    # course's name in quotes, and whether the course is real or a scheme in disguise, ask about a course.
    r"(cert|course|課程|證書|programme|program)\s*(叫|called|named)?\s*['‘“「][^'’”」\n]{0,40}\b(crypto|blockchain|bitcoin)\b[^'’”」\n]{0,40}['’”」]"
    r"|['‘“「][^'’”」\n]{0,40}\b(crypto|blockchain|bitcoin)\b[^'’”」\n]{0,40}['’”」]\s*(網上|online)?\s*(cert|course|課程|證書|programme|program)",
    r"(legit|正經|真(嘅|的)?\s*(course|課程)|\breal (course|cert)).{0,40}(定係|\bor\b( just| is it)?)\s*(a |an )?(扮\s*course\s*嘅\s*)?"
    r"(crypto|幣)\s*(scheme|scam|騙局|pyramid)",
)

GENERAL = any_of(
    r"織\s*(頸巾|圍巾|冷衫|毛衣|手套|公仔)|毛冷|棒針|鈎針|(?<!-)\b(knit|knitting|crochet)\b",  # 「想學織頸巾送俾阿嫲」
    r"(邊部|邊隻|which)\s*(iphone|phone|手機|laptop|電腦|notebook|ipad|tablet).{0,20}(抵|best|最好|最抵|worth|好用)",
    r"\bgossip\b|\bcelebrit(y|ies)\b|\bwho is dating\b|\b(ig|instagram) caption|寫.{0,6}caption",
    r"(結他|guitar|鋼琴|piano|小提琴|violin|ukulele|打鼓|drums?).{0,20}(自學|youtube|私人老師|私教|private (lessons?|teacher|tutor))",
    r"\b(ig|instagram|tiktok|youtube|reels?|shorts|小紅書|threads)\b.{0,24}(viral|爆紅|followers?|views|追蹤|流量|讚好|\blikes\b)",
    r"(谷|儲|增加|賺|搏|買)\s*(多|多啲|更多)?\s*(啲)?\s*(followers?|fans|粉絲|讚|likes)|\b(get|gain|grow|buy) (more )?(followers|likes)\b",
    r"\b(girlfriend|boyfriend|(?<!candy )crush)\b|拍(緊)?拖",  # 「姜濤係咪拍緊拖？」: someone's love life
    r"\bwho (will|would|'?d) win\b",
    # Pets' feeding and origami ("how do i fold a paper crane", 「隻貓唔肯食新貓糧」).
    r"(貓|狗|倉鼠|兔仔|龜)\s*(糧|罐頭|乾糧)|\b(cat|dog|hamster|rabbit|puppy|kitten) (food|kibble|treats?)\b",
    r"\bpaper (cranes?|planes?|boats?|stars?)\b|\borigami\b|摺\s*(紙鶴|千紙鶴|紙飛機|星星)|千紙鶴",
    r"netflix|追劇|煲劇|\bbinge\b",
    r"\b(match|game) (tonight|today)\b",
    r"\bweather\b",
    # 「畢業旅行個 coach 上面想播歌…幫我整個 playlist」 (not a programme's playlist of recorded lectures)
    r"(整|做|砌|make|create|build|recommend|推介|幫我|give me)\s*.{0,6}\b(a |個|張)?\s*playlists?\b|歌單",
    r"\b(typhoon|rainstorm) signal\b(?!.{0,40}\b(class|exam|programme|camp|taster|open day)\b)",
    # (Not when a programme or an exam is named anywhere: 「如果打風，SI 會唔會取消？」 asks about the programme.)
    r"^(?!.*(課程|體驗|營|programme|taster|camp|\bSI\b|summer|course|class|考試|DSE|放榜|面試|講座)).*(颱風|打風|風球|黑雨|紅雨|天文台)",
    r"\b(my )?(laptop|phone|computer|wifi|printer)\b.{0,30}\b(broke|broken|won'?t|not working|crash|fix)\b",
    r"\b(recipe|movie|song|anime|game) (recommend|suggestion)",
    r"八卦|明星|拍拖|天氣",
    r"(邊個|佢)(同|拍緊)拖",
    r"(今晚|聽日).{0,10}(波|比賽)",
    r"原神|抽卡|\bgenshin\b|\bgacha\b",
    r"約(佢|她|他)出(嚟|去)|鍾意咗.{0,12}(同學|個人|佢|女仔|男仔)",
    r"\b(first )?date (idea|night|spot)s?\b|\bfirst date\b|\bask (her|him|them|someone|somebody|a (girl|guy|boy)) out\b(?! of\b| there\b)|約會|表白",
    r"邊隊(會)?贏",
    # A quarrel with a friend (「同好朋友嗌交…我應唔應該先道歉？」).
    r"(同|跟|and|with)\s*(我)?\s*(個|嘅)?\s*(好朋友|朋友|閨蜜|男朋友|女朋友|bff|best friend|friend|bf|gf)\s*(嗌交|吵架|鬧交|反面|冷戰|"
    r"had a fight|fought|argued|fell out)"
    r"|\b(fight|fought|argued|argument|fell out)\b (with|w) (my )?(best friend|bff|friend|bf|gf|boyfriend|girlfriend)\b"
    r"|\b(me and|my) (best friend|bff|friend|bf|gf)( and i)? (had a fight|fought|argued|fell out)\b",
    r"太平清醮|搶包山|飄色|年宵(市場)?|煙花匯演|花燈會",
    r"(部|我部)?(電腦|手機|laptop).{0,8}(壞|死機|開唔到|點整)|魔術方塊|扭計骰|\brubik'?s? cube",
    # A home appliance to fix (「冷氣一開就滴水，係咪要清隔塵網定要叫師傅？」).
    r"^(?!.*(宿舍|宿|hall|營|camp|課程|課室|好似|似足|就好似)).*(冷氣|雪櫃|洗衣機|熱水爐|抽氣扇|電飯煲|水喉|馬桶).{0,12}(滴水|漏水|壞咗|唔凍|唔熱|維修|叫師傅|隔塵網)"
    r"|(仙人掌|盆栽|多肉|盆花|蘭花).{0,30}(開花|淋水|落肥|曬太陽|枯|黃葉)|\b(cactus|succulent|houseplant|bonsai)\b.{0,40}\b(water|bloom|flower|sun|fertili[sz]e)"
    r"|\b(aircon|air ?con(ditioner)?|fridge|washing machine|water heater)\b.{0,30}\b(leak(s|ing)?|dripping|broken|repair|fix)\b",
    r"\bfold(ing)? (a |the |my )?(fitted )?(bed ?sheets?|sheets|laundry|clothes|t-?shirts?|towels?)\b|摺(被|衫|床單)",
    # A recipe (「整雞蛋仔，麵粉同蛋嘅比例」).
    r"(整|煮|焗|做)\s*(雞蛋仔|蛋糕|曲奇|麵包|pancakes?|cookies?|cakes?|布甸|pudding|蛋撻|窩夫|waffles?)|\brecipe\b|食譜"
    r"|(麵粉|吉士粉|牛油|砂糖|泡打粉).{0,12}(比例|幾多|份量)",
    # A tie knot.
    r"\b(tie|do)\b.{0,12}\b(windsor|tie) knot\b|打(領)?呔",
    # Hair dye (「temporary hair dye 推介」).
    r"\bhair ?dyes?\b|\bdye (my |ur |your )?hair\b|染髮|(dye|染)\s*(頭髮|頭)",
    # Learning to ride a bike, swim or drive, and where to practise.
    r"\b(learn(t|ed)?( how)? to|never learnt to|teach me to|practi[sc]e) (ride a (bike|bicycle)|cycle|swim|drive)\b"
    r"|(學|練|踩)(識)?\s*(踩)?單車|學\s*(游水|揸車|車牌)",
)

# Requests that stay outside the catalogue whatever programme they mention ("any good ramen near hku? going there
# for the summer programme", 「ICT SBA 個 program 幫我 code 晒佢」): homework done for the student, food, travel and
# outings, money-making, gadgets. Each is specific enough that a catalogue word beside it changes nothing.
OUTSIDE_WHATEVER_IT_NAMES: dict[SafetyKind, re.Pattern[str]] = {
    "off_topic_homework": any_of(
        # "BAFS hw 📒 幫我做 bank reconciliation statement": an accounts exercise done for the student,
        # whatever catalogue word its figures hold ("direct credit $900").
        r"(幫我|同我|替我|\bhelp me\b)\s*(做|寫|prepare|do|draw up)\s*(個|份|張|the|a|my)?\s*(bank reconciliation|trial balance|income statement|"
        r"balance sheet|cash ?flow statement|ledger)|\bprepare (the |a |an |my )?bank reconciliation\b",
        r"(幫我|同我)\s*寫\s*.{0,24}(我)?\s*(直接|會)?\s*(貼|copy)\s*(落|入)\s*(report|SBA|功課|報告)",  # to paste into a report
        # (Not a condition the student weighs: "a free cert if u write some essay??" is Coursera's financial aid.)
        r"(?<!\bif u )(?<!\bif you )(?<!\bif i )\b(write|do) (me )?(an? |my )?(\d+[- ]word )?(\w+ ){0,4}"
        r"(essay|composition|assignment|homework|sba)\b",
        r"(幫我|同我|代我|你).{0,6}(寫|做|code)(埋|晒|完)?.{0,10}(code|功課|assignment|作業|essay|SBA|program\b|程式)",
        # 「ICT homework 嚟：寫條 SQL query…」: homework handed over, whatever it is about.
        r"\b(ict|maths?|chem(istry)?|phy(sics)?|bio(logy)?|econ|english|chinese|history|bafs|accounting|geog(raphy)?|cs)\s*"
        r"(homework|功課|assignment)\s*(嚟|黎|來|[:：])",
        # 「幫我寫篇《背影》讀後感，六百字」: a school essay on a set text.
        r"(幫我|同我|代我|你).{0,6}(寫|做)\s*(篇|份)\s*.{0,14}(讀後感|作文|議論文|週記|周記|書評|閱讀報告)",
        r"SBA.{0,20}(幫我|同我|代我).{0,4}(code|寫|做)",
    ),
    "off_topic_money": any_of(
        r"\b(forex|day trading|crypto|stocks? tips?|cashback)\b|(?<!唔係想)(?<!唔想)(?<!唔係)炒(外匯|股|幣)|外匯|換.{0,4}(日元|日圓|外幣)|信用卡.{0,8}(回贈|邊張|積分)",
        r"\b(which|best|good)\b.{0,12}\bcredit cards?\b",
        # (A card of one's own, whatever student offer it names: 「apply 張 credit card 襯 student 優惠」.)
        r"supplementary card|附屬卡|(apply|申請|辦)\s*(張|一張)?\s*(credit card|信用卡)",
        # Borrowing to pay a fee (「想借財仔錢交暑期課程學費，邊間利息最低？」): which lender is no course question.
        r"財仔|財務公司|私人貸款|借貸公司|\b(payday|personal) loans?\b|\bloan (shark|company|companies)\b"
        r"|(借錢|借貸|貸款|loan).{0,20}(邊間|which|best).{0,10}(利息|interest)|(利息|interest rate).{0,6}(最低|lowest)",
        r"快錢|\b(make|earn) (quick|fast|easy) money\b|\bget rich\b|(一個月|一日|一個暑假).{0,6}(賺|搵)\s*[\d一二三四五六七八九十兩幾]+\s*(萬|千|k|蚊)",
        # Pay owed for a part-time job (「兼職補習，有個家長拖咗三個月學費冇俾…可以點追？」).
        r"(按金|出糧|人工|工資|糧).{0,40}(合法|點追|追返)|(兼職|part[- ]?time|補習).{0,30}(拖|欠|唔俾|冇俾|走數).{0,16}(人工|學費|錢|工資|補習費)|(點|可以點|點樣)\s*追(數|錢|返|佢)"
        r"|\b(owes?|owed|hasn'?t paid|won'?t pay|didn'?t pay)\b.{0,30}\b(wages?|pay|salary|tutoring fees?)\b",
        r"(兼職|part[- ]?time|補習).{0,10}(時薪|人工|一個鐘|收幾多|幾多錢一個鐘)|\b(part[- ]?time|tutoring|tutor)\b.{0,30}\b(pay|wage|salary|per hour|hourly|earn)\b",
        _PICKS_TO_BUY,
        # A job's contract and what leaving costs (「補習社請我做暑期兼職，但要簽一年合約…有冇效？」).
        r"^(?!.*(課程|course|programme|program|diploma|cert|文憑))(?=.*(兼職|暑期工|summer job|補習社請|part[- ]?time job))"
        r".*(合約|contract).{0,60}(有冇效|有效|valid|應唔應該簽|should i sign|賠|penalty)",
    ),
    "off_topic_general": any_of(
        r"\b(good|best|nice|cheap)\b (ramen|sushi|food|restaurants?|cafes?|coffee|bubble tea|places to eat)\b",
        r"(?<!exchange )(?<!study )(?<!school )(?<!field )(?<!learning )\b(trip|travel|holiday|vacation|itinerary|flights?)\b.{0,30}\b(osaka|tokyo|japan|korea|seoul|taiwan|taipei|bangkok|thailand|europe)\b",
        r"行山(路線|徑)|(餐廳|cafe|咖啡|拉麵|茶記|latte).{0,8}(好唔好(食|飲)|邊間好)|(好食|好飲)嘅.{0,4}(餐廳|嘢)|食嘢.{0,6}(介紹|推介)",
        r"(台灣|日本|japan|韓國|泰國).{0,6}(玩|旅行|行程|itinerary)|行程點排|影相(最)?靚",
        # A phone's full storage, whatever app it names ("…don't want to pay for iCloud… google photos?").
        r"\bphone storage\b|\bstorage (is )?full\b|\bicloud\b|(手機|電話)\s*(容量|storage)\s*(爆|滿|full)",
        r"\b(gonna|going to|will it) rain\b",
        # "is the typhoon signal gonna go up on friday?", 「會唔會掛八號風球」: a weather forecast, whatever it would cancel.
        r"\bsignal\b.{0,20}\b(go(nna|ing to)? up|be (raised|hoisted|issued|lowered))\b|(會唔會|幾時)\s*(掛|落|除|改)\s*(八號|8\s*號|十號|黑雨|紅雨|風球)",
        r"\b(trip|travel|holiday|vacation)\b.{0,30}(台灣|日本|韓國|泰國|大阪|東京|首爾|歐洲)|去(台灣|日本|韓國|泰國|大阪|東京|首爾|歐洲)(定|or|還是|好唔好|玩)",
        r"有冇(沙灘|海灘|泳灘)|(沙灘|海灘|泳灘).{0,8}(游水|玩)",
        r"\b(iphone|pixel|galaxy|samsung|xiaomi|ipad|macbook|ps5|switch 2|xbox)\b.{0,20}(\b(or|vs)\b|定|同).{0,6}\b(iphone|pixel|galaxy|samsung|xiaomi|ipad|macbook|ps5|switch|xbox)\b",
        # Campus food and shops, a week abroad after a course, a partner upset about it.
        r"\b(canteen|restaurant|cafe|starbucks)\b.{0,40}\b(best|good|open|opens|close|closes|hours)\b|\bbest\b.{0,20}\b(char siu|rice|noodles|milk tea|dim sum)\b",
        r"(starbucks|星巴克|餐廳|飯堂|canteen|cafe|茶餐廳).{0,10}(幾點|閂門|開門|好唔好食|邊間好)",
        r"\b(week|days|weekend) in (osaka|tokyo|japan|korea|seoul|taiwan|taipei|bangkok|thailand|europe)\b|\bwhat should i (see|eat|visit) (there|in)\b",
        r"(台北|大阪|東京|首爾).{0,6}(玩|旅行|行程|itinerary)|去(台北|大阪|東京|首爾)",
        r"\b(girlfriend|boyfriend|gf|bf)\b.{0,40}\b(upset|angry|mad|break up|dump|make it up)\b",
        # "how do u ask someone out after DSE": a date asked about, whatever exam it waits for.
        r"\bask (her|him|them|someone|somebody|a (girl|guy|boy)) out\b(?! of\b| there\b)",
        # Gear for a hobby: a coffee machine to buy, snorkelling kit to rent (「西貢浮潛…邊度租裝備」).
        r"(espresso|咖啡機|coffee (machine|maker)|磨豆機|(coffee|bean) grinder).{0,40}(推介|推薦|recommend|邊部|which|budget|預算|入門|entry)",
        r"(浮潛|潛水|snorkel(l)?ing|scuba|free ?diving).{0,30}(租|rent|裝備|gear|equipment)",
        # Model kits for a hobby (「我想學砌 Gundam…MG 定 HG 啱新手？」; not 「建築體驗營會唔會教砌模型？」).
        r"(?<![a-z])(gundam|gunpla)(?![a-z])|高達模型|砌\s*高達",
        # A gym near a campus.
        r"(附近|\bnear(by)?\b).{0,12}(\bgym|健身)|(\bgym|健身(室|房|中心)?).{0,12}(月費|會費|membership|幾錢)",
    ),
}


def outside_whatever_it_names(text: str) -> SafetyKind | None:
    """The off-topic kind of a request that no catalogue word beside it makes a question about the catalogue."""
    text = unicodedata.normalize("NFKC", text)
    return next((kind for kind, pattern in OUTSIDE_WHATEVER_IT_NAMES.items() if pattern.search(text)), None)
