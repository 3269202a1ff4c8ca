"""High-precision safety rules in English, Chinese and code-mixed Cantonese.

These are the part of understanding that must never slip: each pattern is specific enough to act on alone. The
semantic router (``router.py``) catches the paraphrases the rules were not written for. Distress rules are
deliberately broad (a false alarm costs a kind message; a miss can cost much more), and hyperbole such as
"this exam is killing me lol" is recognised so that the router alone does not raise an alarm on it.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from typing import Literal

from bot.assistant.understanding.patterns import any_of

SafetyKind = Literal[
    "distress",
    "attack_injection",
    "attack_forgery",
    "attack_credentials",
    "other_person",
    "abuse",
    "off_topic_homework",
    "off_topic_medical",
    "off_topic_money",
    "off_topic_general",
]

DISTRESS = any_of(
    # English, including slang and indirect phrasing.
    r"\b(want|wanna|going|gonna|ready) to (die|disappear|end it)\b",
    r"\bkill(ing)? (myself|my self|me self)\b",
    r"\bkms\b",
    r"\bsewer ?slide\b",
    r"\bctb\b",
    r"\b(want|wanna|wish|like) to not (exist|be here|be alive|wake up)\b",
    r"\bnot (want|wanna) to (exist|be here)\b",
    r"\byeet(ing)? myself\b",
    r"\blog(ging)? off (permanently|forever|for good)\b",
    r"\buninstall(ing)? (my )?life\b",
    r"\bkys\b",
    r"\bsuicid",
    r"\bunalive",
    r"\bend (my|it) (life|all)\b",
    r"\bend it all\b",
    r"\b(don'?t|do not|dont) want to (live|be alive|exist|wake up|be here)\b",
    r"\bno (reason|point) (to|in) (live|living|go on|going on|being alive)\b",
    r"\b(rather|better off) (be )?dead\b",
    r"\bbetter off without me\b",
    r"\bjust want (it all )?to (disappear|vanish|stop existing|sleep forever)\b",
    r"\bwish i (was|were) (dead|never born|gone)\b",
    r"\bnever wake up\b",
    r"\bself[- ]?harm",
    r"\bcut(ting)? myself\b",
    r"\bhurt(ing)? myself\b",
    r"\bhopeless\b",
    r"\bworthless\b",
    r"\bcan'?t (go on|take it( anymore)?|cope|do this anymore|keep going)\b",
    r"\b(so|really|very|too) (stressed|depressed|anxious|sad|tired of (life|everything|living))\b",
    r"\bdepressed\b",
    r"\bno one (cares|would (miss|notice|care))\b",
    r"\bnobody (cares|would (miss|notice|care))\b",
    r"\bpanic attack",
    r"\bbreak(ing)? down\b",
    r"\bcan'?t sleep\b",
    r"\bgive up on (life|everything|myself)\b",
    r"\b(how|ways?) to (die|kill myself|end (it|my life))\b",
    r"\boverdose\b",
    # Warning signs: means ready, goodbyes, giving things away, "won't be around", "no point living".
    r"\b(pills|meds|rope|knife|blade)\b.{0,20}\b(ready|prepared|saved up|collected)\b",
    r"\b(have|got) the (pills|rope|meds)\b",
    r"\b(said|saying) goodbye\b.{0,40}\b(last time|forever|for good)\b",
    r"\b(gave|give|giving) (away )?(all )?my (things|stuff|stuff away)\b",
    r"\bwon'?t (be (around|here)|need (them|it|my \w+)) (much )?(longer|anymore|after)\b",
    r"\bwon'?t be (around|here) (for|by|much)\b",
    r"\b(no|not any|zero) point (in )?(living|life|being alive|going on)\b",
    r"\bgonna die anyway\b|\bgoing to die anyway\b",
    r"\btell (my )?(mum|mom|dad|parents|family) (i'?m|that i'?m) sorry\b",
    r"\b(jump|throw myself) (off|from|in front)\b",
    r"\bwant(ing)? to die\b",
    r"\btake all (my|the) (pills|meds|medicine)\b",
    r"\bcut(ting)?\s*(my )?(wrist|arm|手)",
    r"\bwant (it|everything) to (end|stop)\b",
    r"\bend (it|things)\b.{0,20}\b(tonight|now|soon)\b",
    # Chinese and Cantonese.
    r"想死",
    r"好想消失",
    r"想消失",
    r"自殺",
    r"輕生",
    r"唔想(再)?(生存|活|做人)",
    r"不想(再)?(活|做人)",
    r"唔想再(讀|頂|撐|捱)落去",
    r"(頂|撐|捱|活)唔落去",
    r"死咗(佢|算|去)",
    r"想(瞓|睡)(低|著|着)?唔(再)?(醒|起身)",
    r"(瞓|睡)(低|咗)就唔(好)?(再)?醒",
    r"活得好(辛苦|痛苦|累|攰)",
    r"生存(冇|沒有|無)意義",
    r"(冇|沒有|無)(人|一個人)會(掛住|記得|理)我",
    r"(冇|沒有)我會好(啲|D|些)",
    r"自殘",
    r"𠝹手",
    r"鎅手",
    r"傷害自己",
    r"好絕望",
    r"絕望",
    r"抑鬱",
    r"頂唔順",
    r"好大壓力",
    r"壓力好大",
    r"壓力(太)?大",
    r"好(驚|焦慮|崩潰)",
    r"崩潰",
    r"冇人(明白|理)我",
    r"唔開心到",
    r"瞓唔(着|著)",
    r"放棄(自己|人生|生命)",
    r"(end|完結)\s*咗?\s*(佢|自己|一切)",
    r"想\s*end\s*咗",
    r"一了百了",
    r"點(樣)?死",
    r"食晒.{0,6}(藥|meds|pills|丸)",
    r"cut\s*手",
    r"遺書",
    r"hurt\s*自己",
    r"紫砂",
    r"生無可戀",
    r"(藥|pills|meds).{0,8}(準備好|儲夠|買定)",
    r"(送晒|送哂|全部送).{0,12}(朋友|friends|人)",
    r"(最後一次|last).{0,6}(再見|goodbye|bye)",
    r"(反正|橫掂)(都)?(要|會)死",
    r"(冇|沒有|無)\s*(意思|point|意義)\s*(再)?\s*(活|生存|live|做人)",
    r"(俾|被)車\s*(撞|hit)",
    r"(月台|天台|樓頂).{0,10}跳",
    r"(界|𠝹|鎅|cut)(自己|手)",
    r"等唔到\s*(暑假|放榜|明年|summer)",
    r"(同|話).{0,4}(我)?(媽|阿媽|爸|家人).{0,4}(講|話)?(聲)?(對唔住|sorry)",
    r"跳(樓|落去)",
)

# Hyperbole and idioms that look like distress but are not ("killing me lol", 「攰到死」 about homework). They
# never override a DISTRESS rule above; they only stop the router from raising an alarm on its own.
HYPERBOLE = any_of(
    r"\bkilling me\b.{0,12}\b(lol|lmao|haha|xd)\b",
    r"\b(lol|lmao|haha)\b",
    r"\bdying to\b",
    r"\bto die for\b",
    r"\bdead tired\b",
    r"\bkiller (question|paper|exam)\b",
    r"\bdie[- ]?hard\b",
    r"\bdeadline",
    r"\b(phone|laptop|battery|computer) (died|is dead)\b",
    r"\bi'?d kill for\b",
    r"\b(i'?d|would|will) die for\b",
    r"死都要",
    r"\bdead serious\b",
    r"\bdie of (embarrassment|shame|boredom|laughter)\b",
    r"(累|攰)到想瞓",
    r"(角色|character|plant|植物|phone|手機|pet|金魚|電池|battery)\s*.{0,4}(死咗|died|dead)",
    r"(攰|悶|笑|忙|熱|凍|餓|煩|難|痛)到死",
    r"笑死",
    r"死線",
    r"死(火|機)",
)

INJECTION = any_of(
    r"\bignore (all |any |the |your |my )?(previous |prior |above |earlier |safety )?(instructions|rules|prompts?|guidelines)",
    r"\bdisregard (all |your |the )?(previous |prior )?(instructions|rules|guidelines)",
    r"\bforget (all |your |the )?(previous |prior )?(instructions|rules)",
    r"\b(system|hidden|initial|original|developer) (prompt|message|instructions)\b",
    r"\b(reveal|show|print|repeat|tell me|output|leak) (me )?(your|the) (prompt|instructions|rules|config)",
    r"\bdeveloper mode\b",
    r"\bjailbreak",
    r"\bDAN\b",
    r"\byou are now (an?|my|the|no longer)\b",
    r"\bact as (an?|the|my) (different |new |unrestricted |evil )?(ai|bot|assistant|gpt|chatbot|model|admissions? officer|admission tutor|interviewer)\b",
    r"\bpretend (to be|you are|you're) (an?|the|my)? ?(different |unrestricted )?(ai|bot|assistant|human|model|gpt|admissions?)",
    r"\b(roleplay|role-play|role play) as\b",
    r"\bno (rules|restrictions|filters)\b",
    r"\btell me if i('m| am) (accepted|admitted|in)\b",
    r"\bcanary\b",
    r"忽略.{0,6}(指示|指令|規則|設定|prompt)",
    r"無視.{0,6}(指示|指令|規則)",
    r"唔好理.{0,6}(指示|指令|規則|設定)",
    r"(系統|隱藏)(提示|指令)",
    r"(講|話|俾|show).{0,6}(你|你嘅).{0,4}(prompt|指示|指令|設定)",
    r"你嘅\s*prompt",
    r"扮(演)?(成)?(另一個|一個)?.{0,8}(AI|bot|機械人|助手|招生|收生|主任|admission|聯招|JUPAS|辦事處|officer)",
    r"你(係|而家係).{0,8}(招生處|收生|聯招|admission|招生主任)",
    r"(決定|話我知|確認).{0,12}(錄取|取錄|入唔入到|有冇\s*offer|入到)",
    r"(唔使|唔洗|唔駛|不用)理.{0,6}(安全|限制|規則)",
    r"(你個|你嘅|你的)\s*prompt",
    r"開發者模式",
    r"越獄",
)

FORGERY = any_of(
    r"\bfake (a |an |my )?(\w+ ){0,3}(cert|certificate|diploma|degree|badge|transcript|result|offer)",
    r"\bforg(e|ed|ing|ery) (a |an |my )?(\w+ ){0,2}(cert|certificate|diploma|badge|transcript|signature|document)",
    r"\b(photoshop|edit|make|create|generate|design|write) (me )?(a |an |my )?(\w+ ){0,4}(cert|certificate|diploma|transcript)s?\b.{0,40}\b(my name|with my name|look(s)? (like|real|official)|pdf|template)",
    r"\b(cert|certificate|diploma|transcript) (pdf|template)\b.{0,40}\b(my name|look(s)? (like|real))",
    r"\btemplate that looks like\b",
    r"\blooks? like (the |an? )?(real|official|hku|hkust|cuhk|google|ibm|coursera)",
    r"\bwrite (me )?one\b.{0,30}\b(cert|certificate)",
    r"\blost my (cert|certificate)\b.{0,60}\b(write|make|create|generate|give me) (one|a new one|another)",
    r"\bbuy (a |an )?(cert|certificate|diploma|degree)\b",
    r"\bcertificate without (doing|taking|finishing|studying)",
    r"\bput my name on\b",
    # A verb of making or altering, a credential, and a sign it is to pass as real.
    r"\b(mock ?up|draft|fill in|fake|forge|falsify|doctor|alter|change the (date|grade|name|score)s? on|edit the (date|grade|name|score))\b.{0,60}\b(cert|certificate|diploma|degree|transcript|results? slip|acceptance|offer|record|badge|letter)",
    r"\b(cert|certificate|diploma|degree|transcript|acceptance (email|letter)|offer letter|record)\b.{0,40}\b(looks? (real|valid|official|genuine|legit)|pass (a|the) (quick )?(glance|check)|never attended|didn'?t attend|without attending)",
    r"\b(sells?|buy|purchase)\b.{0,30}\b(realistic|real-looking|fake)?\s*(university )?(degrees?|diplomas?|certificates?)\b.{0,20}\b(realistic|real|online)?",
    r"\b(official-looking|realistic) (cert|certificate|diploma|degree|record|transcript)",
    r"\bblank\b.{0,30}\b(cert|certificate)\b",
    r"\bcredly\b.{0,30}\b(fake|pretend|扮)",
    r"假(嘅)?\s*(證書|cert|文憑|學位|成績表|徽章|offer)",
    r"偽造",
    r"(整|做|P|改|寫|作)(一)?(張|份|個)\s*(假)?\s*(cert|證書|成績表|文憑)",
    r"(cert|證書).{0,10}(寫|加|改)(上)?我(個)?名",
    r"(整|做|寫|改|填|mock|forge|畀|俾).{0,12}(證書|文憑|學位|取錄|成績|record|cert|diploma|degree|offer|推薦信|recommendation).{0,16}(似真|好似真|扮|official|假|改(個)?(日期|date|分)|我(個)?名)",
    r"(似真|睇落似真|一眼睇落).{0,10}(就得|得唔得)",
    r"(填|寫)(我個名|我嘅名|個名)",
    r"(改|整).{0,6}(個)?(日期|date).{0,10}(cert|證書)|(cert|證書).{0,12}(改|整).{0,4}(個)?(日期|date)",
    r"(賣|買).{0,8}(幾真|似真|realistic|假).{0,6}(學位|degree|證書|文憑)",
    r"(假|fake)\s*(嘅)?\s*(中大|港大|科大|理大|CUHK|HKU|HKUST|PolyU)?\s*(取錄|acceptance|offer)",
    r"買(張|個)?(證書|cert|文憑)",
    r"唔(使|駛)(讀|上堂).{0,6}(攞|拎|有)(cert|證書)",
)

CREDENTIALS = any_of(
    r"\b(my|here'?s? my|this is my) (jupas )?(password|passcode|pin|otp|login)\b",
    r"\bpassword (is|:)",
    r"\b(jupas|app|application) (id|no\.?|number|login)\b.{0,40}\b(password|pw|pwd)\b",
    r"\b(password|pw|pwd)\s*[:=]\s*\S+",
    r"\b(hkid|id card) (no|number|is)\b",
    r"\b[A-Z]{1,2}\d{6}\s*\(?[0-9A]\)?",
    r"(密碼|登入資料|身份證號碼|身分證號碼)",
    r"\b(jupas|applicant|application|app) (no\.?|number|id)\b.{0,30}\b(pin|password)\b",
    r"\b(forgot|lost|look up|find|reset) (my )?(jupas |school |eclass )?(pin|password|login)\b",
    r"\b(email|account|login) and password\b",
    r"\bapi[ _-]?keys?\b",
    r"\b(environment|env) (variables?|vars?|secrets?)\b",
    r"\b(another|other|someone else'?s?) (student'?s? )?(account|login)\b",
    r"\bpin\b.{0,20}\b(jupas|check|look)",
    r"(聯招|JUPAS).{0,10}(PIN|pin|編號).{0,10}(PIN|pin|密碼)?",
    r"(唔記得|忘記|搵返).{0,6}(PIN|pin|密碼)",
    r"(API|api)\s*(金鑰|key)",
    r"(其他|另一個)\s*(學生|student).{0,4}(嘅)?\s*(帳戶|account)",
    r"(俾|比|畀)你.{0,6}(password|密碼)",
)

OTHER_PERSON = any_of(
    r"\b(other|another|all) (students?|users?)('s)?\b",
    r"\bwho else (uses|asked|is using)\b",
    r"\bmy (classmates?|friends?|brother|sister|cousin)'?s? (data|profile|interests|messages|questions|info|result|offer|score)",
    r"\bwhich (uni|university|school|course|programme) did (my )?\w+( \w+){0,3} (get|go) (in|into|to)\b",
    r"\bdid (my )?(friend|classmate|brother|sister|cousin) .{0,30}(get|got) (in|into|an offer|accepted)",
    r"\b(user|telegram) ?id\s*\d{3,}",
    r"\bwhat did .{1,30} (ask|say)\b",
    r"\b(list|show) (all )?(the )?users\b",
    r"\b(teacher|principal|classmate)'?s? (phone|number|address|email)\b",
    r"\b(did|has|is) my (deskmate|friend|classmate|crush|neighbou?r'?s? \w+|brother|sister|cousin)\b.{0,40}\b(get|got|in|into|admitted|accepted|join)",
    r"\b(which|what) (programme|program|course|uni|university) (was|is|did) [a-z]+ [a-z]+( [a-z]+)? (admitted|accepted|get|go)",
    r"\b(list|which|who) (of )?(the )?(people|students|classmates)\b.{0,30}\b(got|get|joined|applied|admitted|offers?)",
    r"\bhow did my \w+ do in\b",
    r"\bthe (email|phone|number|address) of\b",
    r"\bmy (crush|deskmate|neighbou?r)'?s?\b.{0,30}\b(results?|dse|score|grades?)",
    r"(隔籬位|同學|朋友|暗戀|crush|deskmate|隔籬屋|鄰居).{0,16}(有冇入到|入咗邊|考成點|入咗|拎到|攞到|有冇報)",
    r"(有邊個|邊啲人|list 埋).{0,16}(參加咗|join 咗|攞到|拎到|入咗|報咗)",
    r"(教授|老師|prof).{0,6}(電郵|email|電話)",
    r"[\u4e00-\u9fff]{2,3}入咗邊(個|間)",
    r"其他(同學|學生|用戶|人)(嘅|的)?(資料|問題|興趣|紀錄|記錄)",
    r"(其他|第二啲|人哋) ?(users?|用戶|同學|學生|人) ?(嘅|的)? ?(profiles?|資料|interests?|興趣|data|紀錄|記錄|問題)",
    r"(同學|人哋|其他人)問(過|咗)(咩|乜)",
    r"(我)?(朋友|同學|阿哥|家姐|細佬|細妹).{0,12}(入(咗|左)|考入|派(咗|左)).{0,6}(邊間|咩|邊個)",
    r"邊個(用|問)(過|緊)",
    r"(其他|全部|所有)(用戶|使用者)",
    r"(老師|阿sir|miss).{0,4}(電話|手機|地址)",
)

ABUSE = any_of(
    r"\bf+u+c+k+",
    r"\bshit\b",
    r"\btrash\b",
    r"\bstupid (bot|ai|thing)\b",
    r"\bidiot\b",
    r"\buseless (bot|ai|piece)\b",
    r"\bdumb (bot|ai)\b",
    r"\bstfu\b",
    r"\bbitch\b",
    r"\bwtf\b",
    r"屌",
    r"戇?鳩",
    r"仆街",
    r"\bon9\b",
    r"柒",
    r"廢(柒|物|嘢)",
    r"垃圾",
    r"收皮",
    r"躝",
)

HOMEWORK = any_of(
    r"\bsolve (this|the|for|my)\b",
    r"\b(quadratic|simultaneous) equation",
    r"\bintegrat(e|ion) .{0,20}dx\b",
    r"\bdifferentiate\b",
    r"\b[xy]\s*\^\s*\d",
    r"\bdo my (homework|assignment|essay|sba|project)",
    r"\bwrite (my|an?|this) (essay|composition|sba|report|assignment)",
    r"\bproofread (my|this)\b",
    r"\bpast paper (answer|solution)s?\b",
    r"\b(help|do) (me )?(with )?my (homework|assignment)\b",
    r"\bmy (homework|assignment) (is|about)\b",
    r"(幫我|同我|代我)(做|寫|計|睇|改)(功課|作文|題目|數|essay|assignment|sba|report)",
    r"解(呢|這)(條|題)",
    r"(呢|這)條數",
)

MEDICAL = any_of(
    r"\b(i|my .{1,10}) (have|has|got) (a )?(fever|headache|cough|rash|pain|flu|covid|sore throat)\b",
    r"\bwhat (medicine|medication|pills?|drugs?) should\b",
    r"\bdosage\b",
    r"\bdiagnos(e|is) me\b",
    r"\bam i (sick|ill|pregnant)\b",
    r"(我|佢).{0,4}(發燒|頭痛|咳|肚痛|喉嚨痛|病咗)",
    r"食(咩|乜)藥",
    r"(睇|看)(咩|邊科)醫生",
    r"係咪(病|懷孕)",
)

MONEY = any_of(
    r"\b(which|what) (stocks?|shares|crypto|coins?) (should|to) (i )?(buy|sell|invest)",
    r"\binvest(ing|ment)? (in|advice)\b",
    r"\bbitcoin\b",
    r"\bcrypto\b",
    r"\bforex\b",
    r"\bstock tips?\b",
    r"\bget rich\b",
    r"(買|賣|炒)(咩|邊隻)?(股|股票|幣|crypto)",
    r"投資(建議|邊樣)",
    r"比特幣",
    r"炒(股|樓|幣)",
)

GENERAL = any_of(
    r"\bgossip\b",
    r"\bcelebrit(y|ies)\b",
    r"\bwho is dating\b",
    r"\b(girlfriend|boyfriend|crush)\b",
    r"\bwho will win\b",
    r"\b(match|game) (tonight|today)\b",
    r"\bweather\b",
    r"\b(typhoon|rainstorm) signal\b(?!.{0,40}\b(class|exam|programme|camp|taster|open day)\b)",
    r"\b(my )?(laptop|phone|computer|wifi|printer)\b.{0,30}\b(broke|broken|won'?t|not working|crash|fix)\b",
    r"\b(recipe|movie|song|anime|game) (recommend|suggestion)",
    r"八卦",
    r"明星",
    r"(邊個|佢)(同|拍緊)拖",
    r"拍拖",
    r"(今晚|聽日).{0,10}(波|比賽)",
    r"邊隊(會)?贏",
    r"天氣",
    r"(部|我部)?(電腦|手機|laptop).{0,8}(壞|死機|開唔到|點整)",
)

# The order in which rules are checked when several match: support first, then attacks, then redirects.
SAFETY_ORDER: tuple[tuple[SafetyKind, re.Pattern[str]], ...] = (
    ("distress", DISTRESS),
    ("attack_injection", INJECTION),
    ("attack_forgery", FORGERY),
    ("attack_credentials", CREDENTIALS),
    ("other_person", OTHER_PERSON),
    ("off_topic_homework", HOMEWORK),
    ("off_topic_medical", MEDICAL),
    ("off_topic_money", MONEY),
    ("off_topic_general", GENERAL),
)

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def variants(text: str) -> list[str]:
    """The text itself (NFKC-normalised), plus any base64 runs in it decoded (a way to smuggle instructions)."""
    found = [unicodedata.normalize("NFKC", text)]
    for run in _BASE64_RUN.findall(text):
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() or "\n" in decoded:
            found.append(decoded)
    return found


def rule_kinds(text: str) -> list[SafetyKind]:
    """Every safety rule the text (or a decoded variant of it) trips, in SAFETY_ORDER."""
    texts = variants(text)
    return [kind for kind, pattern in SAFETY_ORDER if any(pattern.search(t) for t in texts)]


def is_hyperbole(text: str) -> bool:
    return bool(HYPERBOLE.search(unicodedata.normalize("NFKC", text)))


def is_abusive(text: str) -> bool:
    return bool(ABUSE.search(unicodedata.normalize("NFKC", text)))
