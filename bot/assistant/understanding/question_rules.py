"""What a question asks for: the intent (lookup, recommendation, comparison, explainer), the aspect of a lookup
(fee, dates, who may join …) and the filters a student states in words ("free", "S4", "online", "CEF")."""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.types import Intent
from bot.assistant.understanding.patterns import any_of
from bot.assistant.understanding.provider_names import PROVIDERS, names_provider, provider_ids
from bot.assistant.understanding.route_words import NO_OFFER, ROUTE_NAMES, ROUTES

COMPARE = any_of(
    r"\bcompare\b",
    # (Not parts of one programme: "the deadlines for sessions a/b vs c/d", "round 1 vs round 2".)
    r"\b(vs|versus)\b(?!\.?\s*(?:[a-z](?:/[a-z])*\b(?!-)(?!\s+\w)|sessions?|rounds?|parts?|days?|weeks?|batch(es)?|intakes?)\b)",
    r"\b(difference|differences|diff|diffs) (between|btw|b/w)\b",
    r"\bwhich (one )?is better\b",
    r"\bor\b.{1,40}\bbetter\b",
    r"(?<!而家|今年|依家|現在|以前|之前|舊年|去年|當年)比較",  # (「想同而家比較下」 compares a figure's years)
    # (「第一屆同第二屆分別有幾多間學校？」 asks a figure of each run of one programme, no two programmes.)
    r"(?<!屆)(?<!年)分別",
    r"有(咩|乜|乜嘢|什麼|甚麼|何)(唔同|不同)|唔同(之處|喺邊)",
    r"差別",
    r"邊個好(啲|D)",
    r"邊樣好(啲|D)",
    r"同(?!\s*((19|20)\d{2}|上|下|今|去|舊|往)\s*(年|屆|年度))(?!\s*(之前|以前|舊時|而家|依家|現在|今年|宜家))(?<!(以前|之前|上年)同)[^？?。]{1,20}比",  # (not one programme's runs: 「同 2023 年比」)
    # 「中大 PGT 同 SAYT 邊個報名費平啲？」, "pgt or sayt, which one is cheaper?": two named, one measure asked.
    r"同.{1,30}邊個.{0,8}(平|貴|長|短|多|少|難|易|好|容易|適合|抵|快|早|遲)|同.{1,30}(差幾多|差咗幾多|相差幾多|差幾遠)",
    # 「HKU SPACE microcredential 同 Google cert，邊個有 credit？」: which of the two has something.
    r"同(?!學).{1,30}[，,\s]\s*邊(個|樣|張)\s*(有|冇|係|唔使|使|需要|要|可以|計)",
    r"\bwhich (one|of (them|the two|these|those)) (has|have|gives?|offers?|counts?|needs?|requires?)\b",
    r"\bwhich (one'?s|(one |of (them|the two) )?(is|costs?|takes?|has|was))\b.{0,12}\b(cheaper|pricier|more|less|longer|shorter|easier|harder|better|higher|lower|earlier|later)\b",
    # "ok which one can i finish faster", "which is quicker to complete": which of the two takes less time.
    r"\bwhich (one |of (them|the two) )?(can|could|would|will|is|do)\b.{0,20}\b(faster|quicker|sooner|fastest|quickest)\b",
    # 「A 同 B，兩個點揀？」「A 同 B，我應該 take 邊個先？」: which of the two named to choose.
    r"(同(?!學)|兩個).{0,40}(點揀|點樣揀|揀邊個|(take|讀|報|揀|上)\s*邊個)",
    r"\bwhich (one |of (them|the two|these two) )?should i (take|do|pick|choose|go for|start with)\b",
    # 「HKAGE 個 Programme Subsidy 同學校…嘅資助，每個最多俾到幾多錢？」, "… and …, how much does each give?": a fact of each.
    r"同(?!學(?!校)).{1,40}(每個|兩個|各自)\s*(都|分別)?\s*(最多|最少|幾|要|俾|有|係|收)",
    r"\band\b.{1,40}\b(how (much|long|many)|when)\b.{0,20}\beach( one| of them)?\b",
    # 「一個係 digital garage 一個係 coursera 嗰個，邊個要月費」: two described one by one, then which of them.
    r"一(個|張|間|科|項)(係|叫).{2,60}一(個|張|間|科|項)(係|叫).{2,60}邊(個|張|間|科|項)",
)
# "what summer programmes does PolyU run for S4?": the kind in the plural asks for the provider's list.
_WHAT_KINDS_ARE_RUN = (
    r"\b(what|which)\b (\w+ ){0,2}(programmes|programs|courses|camps|certs|certificates|tasters|workshops|"
    r"activities|micro-?credentials)\b (does|do|can|will|are|is)\b"
    # "what hands-on summer stuff at hku is still running?": a provider's options, not one programme. (Not "what stuff
    # do i need to bring".)
    r"|\bwhat\b ([\w-]+ ){0,3}(stuff|things|options|programmes|programs|courses|camps|tasters|activities)\b "
    r"(at|from|by|is (still |actually )?(running|open|on)|are (still |actually )?(running|open|on))\b"
)
# "any summer camps?", 「有冇 programme 推？」: a kind of programme asked for.
ASKS_FOR_A_KIND = any_of(
    r"\bany\b.{0,30}\b(summer|taster|course|programme|program|cert|certificate|micro|camp|option)",
    # (Not across a question mark: 「SLP 同 OEA 有咩關係？我參加過嘅 taster programme…」 asks no options.)
    # (「有冇資優嘅 maths 或 science 課程」, a longer kind within one clause; but 「有冇好似 HKU SPACE 咁嘅微證書」 asks
    # whether others run its like.)
    # (「有冇人知 google 嗰個…course 仲存唔存在？」 asks whether anyone knows, about one course.)
    # (「仲有冇機會考慮返其他課程？」 after an offer asks whether there is still a chance.)
    r"有(咩|乜|冇|沒有|無)(?!人\s*(知|識|試過|讀過|聽過|見過|報過))(?!機會)(?![^？?。]{0,24}好似)([^？?。]{0,12}|[^？?。，,]{13,24})(課程|programme|program|cert|證書|活動|summer|體驗|微證書|course|camp|營|工作坊|workshop|taster|activit)",
    # 「有冇啲科學計劃係專俾基層學生？」: a scheme of some kind (「有冇計劃」 alone is "any plans").
    r"有(咩|乜|冇|沒有|無)[^？?。計]{1,12}(計劃|計畫)",
    # 「報一個網上課程定一個實體體驗班會輕鬆啲？」: one kind of programme or another.
    r"(報|讀|揀|參加|join|take)\s*(一)?(個|啲)?\s*[^，,？?。]{0,8}(課程|班|營|course|camp|cert|taster)\s*(定係|定|還是|or)\s*(一)?(個|啲)?",
    # "Does Oxford run a Minecraft summer camp for F4?": a kind of programme for a form, whatever its theme.
    r"\b(summer|taster|course|programme|program|camp|workshop)s?\b.{0,15}\bfor (f|s|form ?)[1-6]\b",
    _WHAT_KINDS_ARE_RUN,
    # "wanna try some medicine-ish stuff this summer, anything legit?", 「暑假想試下讀醫，有冇得玩？」: a field to try out
    # in the holidays is a taster asked for, whatever the field.
    r"\b(try|explore|taste|test out|get a feel for)\b.{0,40}\b(this|next|over the|during the|in the) (summer|holidays?|break)\b"
    r".{0,30}\b(any|anything|something|ideas?|recommend)",
    r"(暑假|假期|寒假).{0,12}(想|可以)?(試下|試吓|體驗|接觸).{0,20}(有冇|有咩|有乜|推介|邊度)",
)
# "any camps for me?" asks for options; "can my principal push for me?", "will they pay for me?" ask what someone does.
_PICKED_FOR_ME: Final = r"(?<!push )(?<!vouch )(?<!nominate )(?<!speak )(?<!pay )(?<!apply )(?<!sign )\bfor me\b"
_RECOMMEND: Final = r"\brecommend(?!ations?\b)|\b(any|some|give me|your|ur|need|want)\s+recommendations?\b"
RECOMMEND = any_of(
    _RECOMMEND,  # ("the EU's 2022 recommendation", "a recommendation letter": a thing, no request)
    r"\bsuggest",
    r"\bwhat should i\b",
    r"\bwhich .{0,30} should i\b",
    _PICKED_FOR_ME,
    ASKS_FOR_A_KIND.pattern,
    r"\b(options|ideas)\b",
    r"\bwhat can i (do|take|join)\b",
    # ("is there a personal statement in jupas?" asks about a part of a form, not for options.)
    # ("is there a jupas route where my principal can push for me?" asks for a scheme's rule, a guide's.)
    r"\bis there (a|an|any)\b(?! (personal statement|word limit|section|part|box|field|space|page|(\w+ )?(route|way|scheme|pathway|path|mechanism|rule)) )",
    r"\bare there any\b",
    # "does hku have anything in summer for students who wanna be doctors?": whatever it runs for such students.
    r"\b(have|got|run|runs|offer|offers)\s+(anything|something)\b(?!\s+(changed|happened|new))"
    # (Not "does hkmu even run anything for secondary school ppl?", which its one workshop answers.)
    r".{0,30}\bfor ((students|people|ppl|someone|anyone|those|kids) (who|that)|future \w+)\b",
    r"推介",
    r"建議",
    r"啱我",
    r"適合我",
    r"可以(報|讀|參加)(咩|乜)",
    r"點揀",
    # 「想搵啲資優課程」: programmes of a kind, looked for (not 「搵唔到」, nothing found).
    # (Not 「點搵返我張證書？」, one's own certificate found again.)
    r"(想|幫我)\s*(搵|揾|找)\s*(啲|一啲|多啲)[^？?。，,]{0,12}(課程|course|活動|camp|programme|program|證書|cert|體驗|taster)",
)
# A name used for a kind of programme ("外交官或者 model UN 嗰類嘢", "robotics or that kind of stuff"): options of
# that kind are asked for, not the one programme whose alias it is.
KIND_OF_THING = any_of(
    r"(嗰|呢)\s*(一)?類\s*(嘢|野|東西|活動|課程|programme|program|camp|營)",
    r"\b(that|this|those) (kind|sort|type)s? of (thing|stuff|programme|program|camp|course|event)s?\b",
    r"\b(or|and) (something|anything|stuff|things) like (that|this|it)\b",
)
# Other programmes than the one named ("anything similar to the CUHK Summer Institute?"); 「另外想問」 ("also") is not.
OTHERS_ASKED = any_of(
    r"\b(other|others|another|similar|alternatives?|instead of)\b",
    r"\b(something|anything|any|ones?|programmes?|programs?|courses?|camps?) like\b",  # not "is it online like …"
    r"其他|類似|相似|差唔多|好似.{1,16}(咁|嘅)",
)
# Words that ask for other options, so a follow-up that has them is a recommendation even after a question about
# one programme ("any others like it?"); one without them asks about that programme (「有咩 activities？」).
OPTIONS_ASKED = any_of(
    OTHERS_ASKED.pattern,
    _RECOMMEND,
    r"\bsuggest",
    r"\boptions\b",
    _PICKED_FOR_ME,
    # (「仲有冇開㗎？」「仲有冇辦？」 ask whether it still runs.)
    r"推介|推薦|建議|另外|仲有(咩|邊)|仲有冇(?!\s*(開|辦|搞|舉辦|得報|報名|收生|幫手|幫|教|講|包|提供))|啱我|適合我",
    r"有冇(?!\s*(開|辦|搞|舉辦))[^？?。]{0,10}(camp|course|課程|活動|programme|program|summer|cert|證書|體驗)",
    r"\bany\b.{0,20}\b(camps?|courses?|programmes?|programs?|certs?|certificates?|tasters?)\b",
)
# "What are good tasters for me?" starts like an explanation but asks for options.
FOR_ME = any_of(
    r"\b(good|best|suitable|some|any|which)\b.{0,40}\b(for me|suit me|would suit)\b",
    r"(適合|啱)我(嘅|的)?.{0,12}(課程|course|體驗|taster|證書|cert|活動|camp)",
    # "the hku one says s2-s3 only, anything for my age?": programmes open to the student, not the one named.
    r"\b(anything|something|stuff|ones?)\b.{0,12}\bfor (my|our|someone my|people my|ppl my) (age|form|level|year)\b",
    r"(有冇|有咩|有乜).{0,12}(啱|適合|俾|畀)(我|我哋)?(呢個|依個)?(年紀|年齡|級|form)",
    # "which hku things for secondary students are still running that i could join?": the ones open to the student.
    r"\bwhich\b (\w+ ){0,2}(things|ones|programmes|programs|camps|courses|stuff|tasters)\b.{0,60}\b(i|we) (could|can) "
    r"(join|apply|go|sign up|take)\b",
)
EXPLAIN = any_of(
    r"\bwhat (is|are|'s)\b",
    r"\bwhats\b",
    r"\bmeaning of\b",
    r"\bexplain\b",
    r"\bhow does .{1,30} work\b",
    r"\bdefine\b",
    r"\bwhat does .{1,30} (mean|stand for)\b",
    r"咩(係|嚟)",
    r"係(咩|乜)(嚟|嘢)?",
    r"乜(嘢)?係",
    r"點(樣)?運作",
    r"解釋",
    r"意思",
    r"有咩用",
    r"點解",
)
# Where a comparison's two sides meet: "Google cert 同 IBM cert", "CUHK SI vs HKUST SI", "A or B".
# (「係咪同一樣嘢」「同時」 use the character for "same", not "and"; 「比較一下」 compares, 「比賽」 is a contest.)
COMPARE_SPLIT = re.compile(
    r"\s+(?:vs\.?|versus|or|and|n)\s+|同埋|(?<![唔不相共])同(?!一|樣|時)|定係|定|和|與|跟"
    r"|(?<![對相好一])比(?!較|一比|下|吓|例|賽|率|起|如|方)",
    re.IGNORECASE,
)
PLAN = any_of(
    r"\bpathway plan\b",
    r"\bmy plan\b",
    r"\bplan for me\b",
    r"(?<!學術)規劃(?!日|網|資訊|嘅網|的網|page|website|平台)",
    r"升學計劃",
    r"點部署",
)

# Words that show a question is about what the catalogue covers; with them, a message is not off-topic.
DOMAIN = any_of(
    r"(?<![A-Za-z0-9])(dse|hkdse|jupas|oea|slp|ole|cef|e-app|tasters?|camps?|summer (institute|school|programme|program|camp)s?|"
    r"micro-?credentials?|moocs?|certificates?|certs?|certifications?|universit(y|ies)|uni|admissions?|"
    r"programmes?|programs?|courses?|degree|diploma|credits?|coursera|edx|futurelearn|offer|elective|"
    r"yi jin|hd|apl|qf|hkqf|hkqr|qualifications (framework|register)|sub-?degree|associate degree|(digital |open )?badges?|credly|continuing education fund|(school )?principal'?s? (nominations?|recommendations?)|re-?marks?|re-?marking)(?![A-Za-z0-9])",  # (「張badge」「啲course」: no space before a Latin word)
    r"文憑試|聯招|大學|課程|證書|微證書|暑期|體驗|學分|持續進修基金|放榜|升學|選科|報名|入學|副學士|高級文憑|"
    r"毅進|副學位|基礎文憑|應用學習|資歷架構|數碼徽章|電子徽章|網課|網上課程|校長推薦|校推|志願|資歷名冊|宿營|夏令營|訓練營|樹仁|恒大|恒生大學|\bshue yan\b|\bhsuhk\b",
)


# "Do I need a principal's nomination?", 「要唔要面試？」: a yes/no about a requirement names no programme, so
# after a question about one it is about that one, even when its words match another entry better.
# The same yes/no question anywhere in a message (「理大 JRMP 係咪要校長推薦先報到㗎？」).
ASKS_IF_REQUIRED = re.compile(
    r"\b(do|does|will) (i|we|you) (need|have to)\b|\bmust i\b|係咪要|要唔要|使唔使|駛唔駛|洗唔洗|需唔需要|一定要",
    re.IGNORECASE,
)
REQUIREMENT_QUESTION = re.compile(
    # At the start of the message or of a question after another (「點報？使唔使 principal recommend」).
    r"(?:^|(?<=[?？]) ?)(?:(do|does|will|would) (i|we|you|it|they) (need|have to|require)\b|(is|are) there (a|an|any)? ?"
    r"(interview|exam|test|fee|deadline|requirement|nomination|quota|age limit)|(need|must i)\b"
    r"|(我)?(要唔要|使唔使|需唔需要|需要|駛唔駛|洗唔洗|一定要)"
    # 「要學校推薦先得定自己報得㗎？」: whether a requirement must be met before joining.
    r"|要(?=[^，,。？?]{0,12}?(?:推薦|提名|讀|修|考|識|level|ielts|證書|cert|成績|principal|teacher|school))"
    r"(?:(?!點|咩|乜|幾|交)[^，,。？?]){1,14}?先(?:得|可以|報|參加|join|apply))",
    re.IGNORECASE,
)


TELL_ME_ABOUT = re.compile(
    r"^(can you |could you |pls |please )?(tell|show) me (more )?about\b|^(介紹|講)(一)?(下|吓)",
    re.IGNORECASE,
)


# 「A 定係 B？」 compares two things only when both sides name one (「Google 定係 IBM 嘅證書好？」); 「要俾晒錢先定係
# 之後先退？」 and 「定係睇校內成績？」 ask an either-or about one programme or scheme.
_EITHER_OR = re.compile(r"定(?:係|系)")
_CLAUSE = re.compile(r"[?？!！。,，;；\n]+")
_NAMED = re.compile(r"[A-Za-z]{2,}")
# 「網上課程定係面授好？」 names no programme but asks which of two is better: a comparison all the same.
_WHICH_BETTER = re.compile(r"(好|啱|適合|值得|抵|平|貴|易|難|有用|實用)(啲|D|d|些)?\s*(呀|啊|呢|㗎|吖|啦)?\s*$")


# 「中大同理大有冇好似 HKU SPACE 咁嘅微證書計劃？」: whether both run something, not the two set side by side.
_BOTH_HAVE: Final = re.compile(r"^\s*(都|也|兩間|兩個)?\s*(有冇|有無|有沒有|有咩|有乜|有啲|辦唔辦|開唔開)")


def compares_two_named(question: str) -> bool:
    for clause in _CLAUSE.split(question):
        sides = [side.strip() for side in _EITHER_OR.split(clause, maxsplit=1)]
        if len(sides) != 2 or not all(sides) or _BOTH_HAVE.match(PROVIDERS.sub(" ", sides[1])):
            continue
        if all(_NAMED.search(side) or PROVIDERS.search(side) for side in sides) or _WHICH_BETTER.search(sides[1]):
            return True
    return False


# What a programme teaches or has the student use ("which tools …" is no request for a list of programmes).
WHAT_IT_TEACHES = any_of(
    r"\b(what|which) (\w+ )?(tools?|software|apps?|skills?|topics?|languages?|platforms?)\b.{0,40}"
    r"\b(use|used|using|teach|teaches|taught|cover|covers|covered|learn|learnt|learned)\b",
    r"(用|教|學|cover)(咩|乜|乜嘢|邊啲)\s*([A-Za-z]+\s*)?(tools?|software|apps?|軟件|工具|技能|skills?|程式語言|語言)",
)
# 「meta front-end cert 有冇教埋 coding interview」, "does the google ux cert also cover figma": whether a named
# programme teaches something, though 有冇 sounds like a request for options.
_TEACHES_IT = any_of(
    r"(有冇|有沒有)(教|講|cover)(埋|到)|(會唔會|會不會)(教|講|cover)|(教|cover)唔(教|cover)",
    r"\b(does|will|did|do) (it|they|(the|[\w-]+'s) [\w-]+(?: [\w-]+){0,3}) (also |even |actually )?(teach|cover|include)\b",
)


# "are online certs even worth it for JUPAS? do they give bonus marks?", 「做 taster 對 JUPAS 有冇幫助？」: advice on a
# kind of programme and the application (OEA, SLP, what counts), not one programme's facts.
_WORTH_FOR_APPLYING = any_of(
    r"\b(worth (it|doing|taking|the (time|money|effort))|count|counts)\b.{0,30}\b(jupas|my application|admissions?)\b",
    # "is doing an online course in s5 useful for jupas interviews or is it just flexing": whether it helps at all.
    r"\b(useful|helpful|any use|of use|help|helps)\b (for|with|in) (my |the )?(jupas|uni (applications?|interviews?)|"
    r"admissions?|university (applications?|interviews?))\b",
    r"\b(bonus|extra) (marks|points|credit)\b",
    r"(對|for)\s*(JUPAS|jupas|聯招|入大學)\s*(有冇|有無|有沒有|有)\s*(幫助|用|著數|加分)|加分",
)

# "my mum says coursera certs are useless … is she right or are they good for something": whether a kind of
# course is worth anything is advice, whatever fact ("no credit") the question mentions on the way.
_USEFUL_AT_ALL = any_of(
    r"\b(is|are) (she|he|they|my (mum|mom|mother|dad|father|parents?|teachers?|friends?|sister|brother))( really)? right\b",
    r"\b(are|r) (they|these|those|\w+ (certs?|certificates|courses|moocs))( actually| really)? (good|useful|worth) "
    r"(for )?(anything|something|it)\b",
    r"(係咪|是否|是不是)\s*(真係|真的)?\s*(冇用|無用|沒有用|廢)",
)
# Options asked for in so many words (「推介」, "recommend me", "any suggestions"); 「推薦」 is also a school's
# nomination, so it does not count.
_ASKS_FOR_PICKS = any_of(
    r"推介",
    r"\b(recommend|suggest) (me |us )?(some|any|a few|one|something|anything|a (course|programme|program|camp|cert))\b",
    r"\bany (recommendations?|suggestions?|recs)\b",
    # 「…係咩感覺，有咩 program 可以 join？」, "what's uni engineering like, any camps i could join": options to join.
    r"有(咩|乜|冇)[^？?。，,]{0,12}(program|programme|camp|course|課程|活動|體驗|taster|營)[^？?。，,]{0,6}(join|報|參加|去)",
    r"\b(any|what|which) (programmes?|programs?|camps?|courses?|tasters?|activities)\b.{0,12}\b(join|do|try|take|attend)\b",
)
# Course platforms: they host others' courses, so naming one names no programme's provider.
PLATFORMS: Final = re.compile(r"\b(coursera|edx|futurelearn)\b", re.IGNORECASE)
# "is it worth it for jupas?" after a programme asks about that programme (its answer adds the OEA guide).
_ABOUT_IT = re.compile(
    r"\s*(so |and |but |ok )?((is|was|does|will|would|can) (it|this|that)\b|佢|呢個|嗰個|對)", re.IGNORECASE
)
_DOING_IT = re.compile(
    r"\s*(so |and |but |ok )?(does|will|would|can|could|did) (finishing|completing|doing|taking|passing|getting) "
    r"(it|this|that|the (cert|certificate|course|programme|program))\b",
    re.IGNORECASE,
)
# "whats the current exam code for aws cloud practitioner", "how many of the 65 qs are scored", 「合格分數係幾多」: a
# fact of one exam, not what a kind of thing is.
_EXAM_FACT_ASKED: Final = re.compile(
    r"\b(exam|course|module|test) codes?\b|\bhow many (of (the|its) )?(\d+ )?(questions|qs)\b|\bpass(ing)? (mark|score)\b"
    r"|合格分數|考試編號|幾多條(題|問題)",
    re.IGNORECASE,
)
_CODE_NAMED = re.compile(r"\b(?!(?:JUPAS|OEA|SLP|OLE|H?K?DSE|CEF|MOOCs?)\b)[A-Z][A-Za-z]?[A-Z0-9-]{1,}\b")


# "any stress management workshops or hotlines for dse students?", 「有冇情緒支援熱線？」: where to find support, which
# the support guide answers; not a request for programmes.
SUPPORT_ASKED: Final = any_of(
    r"\bhotlines?\b|\bhelplines?\b",
    r"\b(stress|mental health|anxiety|emotional)\b.{0,30}\b(help|support|workshops?|services?|someone to talk|counsel+ing)\b",
    r"熱線|情緒支援|(減壓|壓力|情緒).{0,8}(工作坊|服務|輔導|搵人傾|有冇人(可以)?傾)",
)


# "anything i should go to this autumn to help me sort my jupas choices?": events to attend, asked for.
_GO_TO: Final = re.compile(
    r"\b(anything|something|any events?|events?|talks?) (that )?(i|we) (should|could|can|gotta) (go to|attend|join|sign up for)\b"
    r"|\bwhat can i (go to|attend)\b",
    re.IGNORECASE,
)


# Comparing every university's programmes (「比較下各間大學啲 programme」, "compare programmes across unis"): a wish
# that options serve, not two things to set side by side.
_COMPARES_MANY: Final = re.compile(
    r"比較.{0,6}(各間|所有|唔同|不同|幾間|每間)|\bcompare\b.{0,30}\b(across|different|all the|every|various)\b"
    # ("what can i go to this autumn to compare programmes": events for comparing, asked for)
    r"|\bcompare (programmes|programs|courses|unis|universities)\b"
    # 「想讀護理又想讀社工…有冇活動可以一次過比較兩科？」: an activity to weigh two subjects by, asked for.
    r"|(有冇|有無|有沒有|有咩|有乜)\s*(活動|課程|programme|camp|營|體驗)\s*.{0,10}比較\s*(兩|2|幾)\s*(科|個科|個學科|樣)"
    r"|\b(any|an?) (programme|program|camp|activity|event|taster)s? (where|that lets?|to) (i |me |us )?(can )?compare (the )?(two|both)\b",
    re.IGNORECASE,
)


_EVENTS_ASKED: Final = re.compile(
    # (「有冇啲活動可以俾我試下先？」: a few words between.)
    r"有(咩|乜|冇)\s*(啲|D|d|咩)?\s*(活動|event|taster|體驗)|\bany (events?|activities|tasters?)\b",
    re.IGNORECASE,
)


_ROUTE_PROVIDERS: Final = frozenset({"vtc", "ive", "thei"})
# Choices changed after results (「放榜後加 4 個穩陣啲嘅新課程，得唔得？」, "can i add new programmes to my jupas
# choices after results day?"): a JUPAS step asked about, however low the results.
_CHOICES_CHANGED: Final = re.compile(
    r"(放榜後|放榜之後|放榜嗰陣).{0,20}(加|改|換|刪|調)|(加|改|換|調)\s*(返|多|番)?\s*\d*\s*個?\s*.{0,8}(志願|新課程)"
    r"|\b(add|change|swap|reorder|drop)\b.{0,30}\b(jupas )?choices\b",
    re.IGNORECASE,
)


# How to tell whether a programme is accredited or recognised: the guides on judging a course answer it.
_ACCREDITATION_CHECKED: Final = re.compile(
    r"\b(how (do|can|would) (i|we|you) (know|check|tell|find out|make sure)|is (it|the programme|the course) (really )?)\b"
    r".{0,60}\b(accredit(ed|ation)|recogni[sz]ed|qualifications register|hkcaavq|qf level)\b"
    r"|(點(樣)?(知|check|查|確定)|係咪|是否).{0,30}(評審|認可|資歷架構|資歷名冊)",
    re.IGNORECASE,
)


# Steps asked for (「有冇建議嘅步驟？」, "what steps should i take to start", "where do i even start"): a guide's advice.
_STEPS_ASKED = any_of(
    r"(建議|有咩|有乜|咩|邊啲)\s*(嘅|的)?\s*步驟|步驟\s*(係|有)\s*(咩|乜|點)",
    r"\b(what|which) steps\b|\bstep[- ]by[- ]step\b",
    # 「想試讀 edX 啲課程，但唔想一開始就俾錢，點樣開始最好？」, "what's the best way to start": how to go about it.
    r"點(樣)?\s*(開始|起步|入手)\s*(最好|好啲|比較好)|\b(best|smartest|cheapest) way to (start|begin|get started)\b",
    # 「想試下 coursera / edx 但唔想一開始就俾錢，應該點 start 好？」, "how should i start"
    r"應(該)?\s*點(樣)?\s*(開始|起步|入手|start|begin)\s*(好|先)?\s*[?？]|\bhow should i (start|begin|get started)\b",
)


# "is there any degree that takes an apl course as the second elective?", 「有冇大學收 ApL 做第二個選修？」: which
# degrees accept something is a fact of that thing (its entry lists them), not a request for programmes to join.
# 「佢 2026 年有冇課程俾中四？」, "does it have anything for s4?": what the programme just named offers a form, a
# question about it (its answer: who may join), not a request for others' options.
_IT_OFFERS_A_FORM: Final = re.compile(
    # (Not "do they offer any camps for s5?": "they" is mostly a provider, whose options are asked for.)
    r"^\s*(咁|噉|so |and |but )?\s*(佢(?!哋)|\bit\b|does it)\s*[^？?。]{0,12}(有冇|有無|有沒有|\bhave\b|\bhas\b|\bgot\b|\boffer)"
    r"\s*[^？?。]{0,10}(俾|畀|給|\bfor\b)\s*(中[一二三四五六]|[sf][1-6]|form [1-6])",
    re.IGNORECASE,
)
_ACCEPTED_BY: Final = any_of(
    r"\b(any|a|an|which|what) (degrees?|unis?|universit(y|ies)|programmes? at uni|bachelor'?s?) (that |which )?"
    r"(take|takes|accept|accepts|count|counts|recogni[sz]es?|lets? you use)\b",
    r"(有冇|有無|邊間|邊啲|邊個)\s*(大學|學位|degree|uni)\s*(課程)?\s*(會)?\s*(收|接受|承認|計|認)",
)


_CEF_FOR_A_PROGRAMME: Final = re.compile(
    r"\b(could|can|will|does|would) (the )?cef (cover|pay( for)?|subsidi[sz]e|fund)\b"
    r"|(CEF|持續進修基金)\s*(可唔可以|可以|會唔會|會不會)\s*(資助|cover|支付|俾|畀)",
    re.IGNORECASE,
)


def _despite_low_results(question: str, aspects: tuple[str, ...]) -> Intent:
    """Routes for a fear of low results, unless it asks for a provider's events (「DSE 唔夠分想讀 VTC，佢有咩活動…」)
    or facts of one provider's programme (「估計唔夠分…HKU SPACE 微證書用唔用到 CEF？一科有幾多 credit？」; VTC,
    where the routes lead, is a route asked about)."""
    if _EVENTS_ASKED.search(question) and names_provider(question):
        return "recommend"
    if _ACCREDITATION_CHECKED.search(question):
        return "explain"  # "if i end up at a private college…, how do i know the programme is properly accredited?"
    # ("worst case i get no jupas offer… could CEF cover hku space micro-credentials": the scheme asked of them.)
    facts = {aspect for aspect in aspects if aspect != "cef" or _CEF_FOR_A_PROGRAMME.search(question)}
    named = provider_ids(question) - _ROUTE_PROVIDERS
    return "lookup" if named and facts and not asks_for_a_list(question) else "routes"


def _choices_or_routes(question: str, aspects: tuple[str, ...]) -> Intent | None:
    """Routes for a fear of low results (a JUPAS step named in it comes first there); a JUPAS step asked about
    in words the routes rules do not read as that fear (choices changed after results) is a lookup."""
    if ROUTES.search(question) or NO_OFFER.search(question):
        return _despite_low_results(question, aspects)
    if _CHOICES_CHANGED.search(question) and not asks_for_a_list(question):
        return "lookup"
    return None


def rule_intent(question: str, aspects: tuple[str, ...]) -> Intent | None:
    """The intent when a high-precision rule decides it; None leaves it to the semantic router."""
    if COMPARE.search(question) or compares_two_named(question):
        # (「想比較下各間大學啲 programme，有咩活動可以去？」: events for comparing, asked for)
        many = _COMPARES_MANY.search(question) and (ASKS_FOR_A_KIND.search(question) or _GO_TO.search(question))
        return "recommend" if many else "compare"
    # (A platform is no provider here: "does a coursera cert count for jupas?" asks about a kind of certificate.)
    worth = bool(_WORTH_FOR_APPLYING.search(question)) and not names_provider(PLATFORMS.sub(" ", question))
    useful = (worth or _USEFUL_AT_ALL.search(question)) and not (
        _CODE_NAMED.search(question) or _ABOUT_IT.match(question)
    )
    # (「由零開始試讀網上課程…有冇建議嘅步驟？」: how to go about it, which a guide sets out.)
    # (A platform is no provider here either: 「想試讀 edX 啲課程…點樣開始最好？」 asks how to go about a kind of course.)
    if useful or (_STEPS_ASKED.search(question) and not names_provider(PLATFORMS.sub(" ", question))):
        return "explain"
    # (「中大以前幫中五生規劃 JUPAS 嘅學術規劃日，今年仲有冇舉辦？」: whether a provider's event still runs.)
    if PLAN.search(question) and not ("status" in aspects and names_provider(question)):
        return "plan"
    if (steps_or_routes := _choices_or_routes(question, aspects)) is not None:
        return steps_or_routes
    if FOR_ME.search(question) or _GO_TO.search(question):
        return "recommend"
    # "does finishing it help with any other certification?" asks what the programme leads to.
    if (
        SUPPORT_ASKED.search(question)
        or _DOING_IT.match(question)
        or _ACCEPTED_BY.search(question)
        or _IT_OFFERS_A_FORM.search(question)
        or (TELL_ME_ABOUT.search(question) and names_provider(question) and not asks_for_a_list(question))
        or (_EXAM_FACT_ASKED.search(question) and not asks_for_a_list(question))
    ):
        return "lookup"  # "tell me about the HKUST Summer Institute" asks for that one entry; a hotline, the guide
    if REQUIREMENT_QUESTION.search(question) and not asks_for_a_list(question):
        return "lookup"  # "is there an interview?" asks about one programme, not for options
    teaches = _TEACHES_IT.search(question) or (WHAT_IT_TEACHES.search(question) and not asks_for_a_list(question))
    if teaches and names_provider(question):
        return "lookup"  # "which tools do you use in the Google UX Design cert?" asks about that one programme
    if EXPLAIN.search(question) and not aspects:
        # 「想試下讀工程係咩感覺，有咩暑期活動推介？」: what it is like, asked on the way to a request for options.
        return "recommend" if _ASKS_FOR_PICKS.search(question) else "explain"
    # (How many subjects count at most, 「最多計幾多科」, is asked of the route itself.)
    if ROUTE_NAMES.search(question) and not [aspect for aspect in aspects if aspect != "limit"]:
        return "explain" if _ACCREDITATION_CHECKED.search(question) else "routes"
    if "limit" in aspects and not asks_for_a_list(question):
        return "lookup"  # "how many activities can i put in my oea?": a scheme's rule, not a request for options
    if RECOMMEND.search(question) and not (aspects and not asks_for_a_list(question)):
        return "recommend"
    return None


def asks_for_a_list(question: str) -> bool:
    """ "Any free summer programmes for S4?" asks for a list even though it names a fee."""
    return bool(
        # (「仲有冇辦？」 asks whether one still runs.)
        re.search(
            # (「audit 有冇證書？」 asks whether one gives a certificate.)
            # (「有冇人知…」 asks whether anyone knows.)
            rf"\bany\b|\bare there\b|(搵|揾|找)\s*(啲|一啲|多啲)|(?<!仲)有(冇|咩|乜)(?!\s*(證書|cert)\s*[？?])(?!人\s*(知|識|試過|讀過|聽過|見過|報過))|推介|建議|"
            rf"{_WHAT_KINDS_ARE_RUN}",
            question,
            re.IGNORECASE,
        )
    )


# "at another uni", 「其他大學」「第二間」: options from someone other than the programme's provider.
ANOTHER_PROVIDER: Final = re.compile(
    r"\b(another|other|different) (uni|unis|university|universities|school|provider|place)\b"
    r"|其他(大學|院校|機構)|第二間|另一間|別間|第啲大學",
    re.IGNORECASE,
)
