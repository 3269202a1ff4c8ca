"""What a question asks about one programme: its fee, dates, who may join, credits, length, how to apply …

Each aspect is a pattern over the student's words in English, Cantonese or both; the composer picks the paragraphs
that answer each aspect asked (paragraphs.ASPECT_WORDS holds the words that answer them).
"""

from __future__ import annotations

import functools
import re

from bot.assistant.understanding.patterns import any_of

# 「使唔使校長推薦？」, "do i need a principal's recommendation": a requirement asked of the programme being talked
# about, whose words also name the JUPAS School Principal's Nominations guide and HKAPA's nomination scheme.
NOMINATION_ASKED: re.Pattern[str] = any_of(
    r"\b(need|needs|require|requires|must)\b.{0,20}\b(nominat\w*|recommendation)",
    # "do i need my principal to recommend me?"
    r"\b(need|needs|require|requires|must)\b.{0,20}\b(principal|teacher|school)\b.{0,12}\b(recommend|nominate)",
    r"(要|需要|使唔使|駛唔駛|一定要|要唔要|需唔需要)\s*(校長|老師|學校|(school )?principal|teacher|school)?('?s)?\s*"
    r"(推薦|提名|recommend\w*|nominat\w*)",
)

ASPECTS: dict[str, re.Pattern[str]] = {
    "fee": any_of(
        # (Not "how much has to be from one theme", "how much of it is online": a share, not a price.)
        # ("how much has to be paid upfront?", "how much of it do i get back?" still ask a price.)
        r"\bhow much\b(?!\s+(of\b|(has|have|needs?) to (be|come)\b|must (be|come)\b)"
        r"(?!.{0,40}\b(paid|pay|deposit|refunds?|discount|pocket|back|costs?|fees?|spend)\b))",
        r"\bfees?\b",
        r"\bcosts?\b",
        r"\bprice\b",
        r"\btuition\b",
        r"\bexpensive\b",
        r"\bcheap(er|est)?\b|\bpricier\b",
        r"\b(afford|affordable)\b|(負擔|俾|畀|交)(唔|不)起",  # "my family can't afford that, any aid?"
        r"幾(多)?錢",
        r"(唔|不)(使|駛|洗|用)?\s*(俾|畀)錢",  # 「係咪可以唔俾錢睇住先」: whether it can be had free
        r"費用",
        r"學費",
        r"收費",
        r"(考試|報名|申請|課程|報考|考)費",  # 「考試費係咪一樣？」
        r"貴(唔貴)?",
        r"平唔平",
        r"\$",
        # 「使唔使錢？」「要唔要俾錢？」「免唔免費？」「收唔收錢？」
        # (「要唔要另外俾錢？」: a charge beside the course's own; 「月費」「一個月幾多」: a subscription.)
        r"(使唔使|要唔要|駛唔駛|洗唔洗|需唔需要)\s*(另外|額外|再)?\s*(俾|畀|交|付)?錢|另外(收費|收錢)|月費|年費|一個月幾多|要\s*自己\s*(俾|畀|交|付)錢|"
        r"(俾|畀|交|付)唔(俾|畀|交|付)錢|收唔收(錢|費)|免唔免費|係咪免費",
        r"\b(is it|r they|are they|is that) free\b|\bdo (i|we|you) (have to|need to) pay\b"
        # "which one do i actually pay for": which of them charges.
        r"|\b(do|would|will|must) (i|we|you|u) (actually |even |really )?(have to |need to )?pay (for|anything)\b",
        r"\b(mind|okay with|ok with|fine with|don'?t want to|can'?t afford to) pay(ing)?\b",
        # 「自己要俾幾多？」「要交幾多？」: how much the student pays.
        r"(俾|畀|交|付|夾)(返)?幾(多)?(錢)?(?![個張份堂日])",
        # "whats the max it pays", 「最多資助幾多」: how much a scheme pays back.
        r"\b(max|maximum|most)\b.{0,12}\b(pays?|paid|covers?|subsid\w*|reimburs\w*|refunds?|claim)\b",
        # Who paid for it ("who funded it", 「邊個贊助」): the fee line names the sponsor.
        r"\bwho (funded|funds|sponsored|sponsors|paid for|pays for)\b|\b(funded|sponsored) by\b|邊個(贊助|資助|出錢)|贊助機構|(邊個|邊間|咩)\s*基金(會)?\s*(支持|資助|贊助)",
        r"(最多|最高).{0,4}(資助|津貼|發還|報銷|補貼|俾|畀)",
    ),
    "when": any_of(
        # Not "when" joining a clause ("which helps more when applying to uni", "when i apply"): no date is asked.
        r"\bwhen\b(?!\s+(applying|choosing|picking|filling|comparing|i|you|u|it comes|there'?s|there (is|are))\b)",
        r"\bdates?\b",
        r"\bdeadline",
        r"\bapply by\b",
        r"\bwhat time\b",
        r"\bschedule\b",
        r"幾時",
        r"\b(what|which) (months?|time of (the )?year|period)\b|幾月|邊個月",  # "what months does it run"
        r"日期",
        r"截止",
        r"死線",
        r"時間表",
        r"幾號",
        r"幾點(鐘)?\s*(到|至|開始|完|放|返|散)",  # 「每日幾點到幾點？」: the day's hours
        r"(係|喺|在|於)\s*邊(一)?日|哪(一)?天|\b(what|which) day\b",  # 「係邊日放榜？」
        # 「各自最近係邊年？」: the year it last ran (not 「邊年開始」, its history, nor 「邊一年嘅資料」, a figure's year).
        r"最近\s*(一次|一屆|嗰次|嗰屆)?\s*(係|喺|在)?\s*(邊|哪)(一)?年(?!級|班|制)",
        # Whether something handed in after the cut-off still counts ("will they still take it?"). (Not 「遲交呢？」, which
        # after the fees asks the late fee.)
        r"\bwill they still (take|accept) (it|my)\b|\blate (submissions?|entries|applications?)\b|\bsubmit(ted)? (it )?late\b",
    ),
    "who": any_of(
        r"\bwho can\b",
        r"\b(which|what) (forms?|years?|ages?|grades?) (can|may|are)\b",
        r"\beligib",
        r"\brequirements?\b",
        r"\bcan i (join|apply|take)\b",
        # 「我屋企人唔係學生都去得？」, "can my parents come too": whether people other than students may go.
        r"(唔係|不是|非)\s*(學生|中學生)\s*(都|也)\s*(去|參加|報|join)\s*(得|到)"
        r"|(屋企人|家人|爸媽|家長|阿媽|阿爸)\s*(可唔可以|可以|係咪|都)?\s*(一齊|陪我)?\s*(去|參加|入|join)\s*(得|埋)?\s*(㗎|嗎|咩)?\s*[?？]"
        r"|\bcan (my )?(parents|family|mum|mom|dad|non-students?) (come|go|join|attend)\b",
        # "my bro's in s3 and his ielts is 6.0 — can he get into …?": whether someone else may join.
        r"\b(can|could|would) (he|she|they|my \w+) (still )?(get in|get into|join|apply|go|take part)\b",
        r"\bqualif",
        r"\bfor (s|f|form ?)[1-6]\b",
        r"\bage\b|\bhow old\b|\bold enough\b",
        r"邊個可以",
        r"邊(個|間|一個)\s*(佢|佢哋|我|我哋|細佬|細妹)\s*(先)?(可以|得|啱)\s*(join|參加|報|去|讀)",  # 「邊個佢可以 join？」
        r"資格",
        r"對象",
        r"可(唔|以)可以\s*(報|參加|讀|用|申請|join|apply|use)",
        r"\bcan i use\b",
        r"\bam i (eligible|allowed|old enough)\b",
        # "which one can basically anyone go to?", "is it open to everyone?", 「係咪人人都可以去」
        r"\b(can|could) (basically |just |literally )?(anyone|anybody|everyone|everybody|the public) (go|join|attend|come|apply)\b"
        r"|\bopen to (everyone|everybody|anyone|anybody|all|the public)\b|(人人|任何人|公眾|所有人)\s*都\s*(可以|得|可)\s*(去|參加|報|入)",
        r"\b(take|takes|accept|accepts|admit|admits|open to)\b (\w+ ){0,2}(students|s[1-6]s?|f[1-6]s?|locals?)\b",
        r"\bhow (do|does|did) (they|it|the \w+) (choose|select|pick)\b",
        r"\bselection\b",
        r"(有冇|有無|有沒有)\s*(課程|course|嘢|programme|program|班|活動)?\s*(俾|畀|給)\s*(中[一二三四五六]|[sf][1-6])(?!\d)",
        # 「英文要去到咩 level 先報到？」, "what ielts do i need": the level the entry asks for is who may join.
        r"(英文|英語|english|中文|數學|maths|ielts|dse)\s*(要|需要|使)?\s*(去到|達到|有|考到|攞到)?\s*(咩|乜|幾多|邊個|what)\s*(level|程度|分|級|水平)\s*(先|才)",
        # (Not "what score do i need on the psets?", a certificate's pass mark.)
        r"\bwhat (english|ielts|dse|toefl) (level|score|grade|band)s? (do|does|would) (i|you|he|she|they|my \w+) need\b"
        r"|\bwhat (level|score|band) of (english|ielts|toefl)\b",
        NOMINATION_ASKED.pattern,
        r"點(樣)?揀(人|學生)",
        r"收生",
        r"要求",
        r"幾多歲",
        r"收(唔收)?(中四|中五|中六)",
        # 「係咪淨係高中生先參加得？」「只限中六？」: whether only some may join.
        r"(淨係|只限|限於).{0,8}(生|中[一二三四五六]|[sf][1-6])",
        r"(俾|畀|給)\s*(邊個|邊啲人|咩人)\s*(去|參加|讀|報|用|join)",  # 「主要係俾邊個去？」
        # Whether family may come too ("could my mum come along", 「阿媽可唔可以一齊去」): who it is open to.
        r"\b(can|could|may) my (mum|mom|mother|dad|father|parents?|sister|brother|sibling|grandma|family)\b.{0,12}"
        r"\b(come|join|go|attend|tag along)\b",
        r"(阿媽|媽媽|阿爸|爸爸|家長|屋企人|家人|細佬|細妹|家姐|阿哥).{0,4}(可唔可以|可以|能否|得唔得).{0,4}(一齊|一同|陪).{0,3}(去|參加|入)",
        # 「要唔要讀化學先報得？」「要學校推薦先得？」: what a student must have before joining.
        # (Not 「要幾多錢先得」「要等幾耐先得」「要點先得」: a fee, a wait, a way.)
        r"要\s*(唔要)?\s*(?=[^，,。？?]{0,12}?(推薦|提名|讀|修|考|識|level|ielts|證書|cert|成績|化學|物理|生物|數學|英文|中文|principal|"
        r"teacher|school))(?:(?!幾|錢|耐|時|等|點|咩|乜|交)[^，,。？?]){1,14}?\s*先\s*(報得|報到|可以報|參加得|參加到|入得|入到|join得|"
        r"apply得|得)",
        # 「一般人可唔可以去」「公眾可以參加嗎」: whether it is open beyond students.
        r"(一般人|普通人|公眾|市民|街外人|外人|成年人|大人)\s*(都)?\s*(可唔可以|可以|可否|能否|能不能|得唔得|係咪可以)\s*"
        r"(去|參加|入場|入|報|join)",
    ),
    "credits": any_of(
        r"\bcredits?\b",
        r"\bcount (for|towards)\b",
        r"\bexempt",
        r"學分",
        r"豁免",
        r"計唔計",
        # "how many psets do i need to pass", 「要幾多分先合格攞到證書？」: what earns the certificate.
        r"\b(need|have) to pass\b|\bpass(ing)? (mark|score|grade)\b|\bto (get|earn) (the|a|my) (cert|certificate)\b",
        # "how do u actually get the cert", "what's needed for the certificate", 「點樣先攞到張 cert」
        r"\bhow (do|does|can|would) (i|u|you|we|one|people) (actually |even )?(get|earn|receive|obtain) (the|a|my|their|its) "
        r"(cert|certificate)s?\b|\b(requirements?|needed|need) (for|to get) (the|a) (cert|certificate)\b",
        # (「DSE 唔合格」 is failing the exam, not what a course asks to pass.)
        r"(先|至|才|就)(算|會)?合格|合格(分|線|要求|標準)|(點|點樣|要)(先)?(可以)?合格|(先|至)(可以)?(拎|攞|取)(到|得)(張)?\s*(證書|cert)",
        # 「讀完毅進係咪等於數學都合格？」, "is it equivalent to level 2": what the award is recognised as.
        r"(係咪|係唔係|算唔算|會唔會)\s*等(於|同)|\b(equivalent|equal) to\b",
        # 「考完會拎到咩」「讀完有咩拎」: what passing or finishing earns (a certificate, a badge).
        r"(考|讀|做|修)(完|畢)\s*(又|再)?\s*(合格|及格|pass)?\s*(之後|後)?\s*(會|可以)?\s*(拎|攞|得|收)\s*(到)?\s*(咩|乜|啲咩|什麼|甚麼)|(考|讀|做)完\s*有\s*(咩|乜)\s*(拎|攞)",
        # 「audit 有冇證書？」: whether taking it earns a certificate.
        r"(有冇|有無|有沒有|會唔會有)\s*(證書|cert)\s*[？?]",
        # "did anyone get a cert?", "do students get a certificate": what taking part earned.
        r"\b(did|do|does|will|would|can) (anyone|anybody|students|they|participants|we|i|u|you) (get|receive|earn) "
        r"(a |an |any )?(cert|certificate)s?\b",
        # 「65 條題目係咪條條都計分？」, "are all 65 questions scored": how the exam is scored.
        r"計分題|(條條|全部|所有|每條|每一條)\s*(題目?)?\s*都\s*(係|會)?\s*計分|\b(un)?scored questions?\b"
        r"|\b(do|are|does|is) (all|every|each) (of )?(the )?(\d+ )?questions? (count|scored|counted)\b",
        # 「ApL 嘅成績點計？」, "how is it graded?": what the result is and what it counts as.
        r"(成績|分數|等級)\s*(係)?\s*(點|點樣|如何|怎樣)\s*(計|評|分)|點樣?評(分|級)|\bhow (is|are) (it|they|\w+) "
        r"(graded|assessed|marked|scored)\b|\bwhat (grades?|results?) (do|can|will|would) (you|i|u) get\b",
        # "does finishing it help with any other certification?": what else the certificate counts towards.
        r"\b(help|count|go|lead)s?\b.{0,20}\b(towards?|with|to|for)\b.{0,12}\bcertifications?\b",
        # "whats the attendance rule", 「出席率要幾多」: attending enough is what earns the credit or certificate.
        r"\battendance (rule|requirement|policy|rate)s?\b|\bhow many (classes|lessons|sessions) can i miss\b|出席率|出席要求"
        r"|\battendance\b.{0,12}(幾多|幾高|how (much|many|high)|%|percent)|(how much|what %|what percent) attendance"
        # "what if i skip 2 of the 5 classes", 「走咗兩堂得唔得」: classes missed, against the attendance rule.
        r"|\b(skip|miss|missed|skipped|skipping|missing)\s+(\w+\s+){0,4}(?<!info )(?<!information )(?<!briefing )(?<!open )(classes|lessons|sessions|days)\b"
        r"|(走|缺|請假|唔去|冇去)(咗|左)?\s*(一|兩|二|三|幾|\d)\s*(堂|日|節)",
    ),
    "duration": any_of(
        r"\bhow long\b",
        r"\bhours?\b|\bhow many hrs?\b|\bhrs? (of|per|a) (teaching|class|classes|lessons?|study|week|day|course)\b",
        r"\bduration\b",
        r"\bweeks?\b",
        r"幾耐",
        r"幾(多)?(個)?鐘",
        r"時數",
        r"幾多日",
        # "a data cert i can finish in a few months", 「幾個月內讀完」: how long it takes.
        r"\b(finish|complete|done)\b.{0,12}\b(in|within)\b.{0,10}\b(months?|weeks?|days?)\b",
        r"(幾|兩|三|數)個月(內|之內)?(讀|做|搞)?(完|得完)",
        # "which one can i finish faster", 「邊個讀得快啲」: which takes less time.
        r"\b(finish|complete|done)\b.{0,12}\b(faster|quicker|sooner)\b|\b(faster|quicker) to (finish|complete)\b"
        r"|(讀|做)(得)?(快|完)\s*(啲|D|些)",
    ),
    "apply": any_of(
        r"\bhow (do|can) i (apply|join|register|enrol|enroll|sign up)\b",
        r"\bapplication\b",
        r"\bsign up\b",
        r"點(樣)?(報|申請|參加|登記)",
        r"報名",
        r"申請",
        # "does it have an interview?", 「要唔要面試？」: how applicants are chosen (not how a taster helps at one).
        r"\b(have|has|is there|are there|any|need|needs|require|requires|got) (an |a |any )?interviews?\b"
        r"|(有冇|有無|要唔要|使唔使|駛唔駛|需唔需要|會唔會|要)\s*(面試|interview)",
        # 「有冇唔使學校提名、自己報到嘅課程？」: programmes a student applies to alone.
        r"(唔使|唔駛|唔洗|不用|無需|毋須|唔需要)\s*(學校|校長|老師)?\s*(提名|推薦|面試|interview|nominat)|自己\s*(可以)?\s*報(得|到)",
        # 「使唔使考試先入到？」, "is there an entrance test?": how applicants are selected.
        r"(使唔使|要唔要|駛唔駛|洗唔洗|需唔需要|係咪要)\s*(考試|考|甄選|測驗)\s*(先)?\s*(入到|入|報到|讀到|取錄)"
        r"|\b(entrance|selection|admission|placement) (test|exam|assessment)s?\b|入學(試|考試|測驗|評估)",
        # 「有冇方法 guarantee 到有 audition？」: being sure of an audition or interview is how applicants are chosen.
        r"(guarantee[ds]?|保證|肯定).{0,12}(audition|interview|試演|面試)",
        # 「可唔可以喺屋企網上考？」, "can i sit it online from home": where an exam is sat, chosen when it is booked.
        r"(網上|喺屋企|在家|屋企)\s*(應)?考(?!慮|古)|考試中心|\b(take|sit|do) (it|the exam|the test|this exam)( \w+)? (online|at home|from home)\b"
        r"|\b(online|remote|at-home) (exam|proctoring|sitting)\b",
        # 「點樣儲成 diploma？」, "how do i stack them into a certificate": a stacked award is applied for, in time.
        # (Not 「要儲幾多 credit 先有 Diploma？」: how many credits, which the credit paragraphs answer.)
        r"(點樣?|how)\s*.{0,8}(儲|累積|\bstack|\baccumulate).{0,16}(diploma|文憑|證書|certificate|award|資歷)",
        r"(點(樣)?|how (do|does|can|would) (it|they|i|you))\s*(先|才)?\s*(可以|會|能)?\s*(變成|變做|轉成|換成|儲成|turn into|become|add up to)"
        r"\s*.{0,6}(證書|文憑|diploma|certificate|資歷|qualification|award)",
        # 「報之前要做咩？」「要做咩先攞到資助？」, "what do i need to do before applying": the steps before applying.
        r"(報|申請|apply)(名)?\s*(之前|前).{0,4}(要|需要|使)?\s*(做|準備|prepare|讀|完成|修)|要做(咩|乜|啲咩|什麼)\s*(先|才)\s*(攞|拎|得|可以|申請|報)"
        r"|\bwhat (do|must|should) i (need to |have to )?do (to|before) (get|apply|join|use|qualify)",
        # 「兩個各有咩條件要做到？」, "what are the conditions": what a subsidy asks of the student in return.
        r"(咩|乜嘢?|啲咩|什麼|甚麼)\s*條件\s*(要|需要|須)?\s*(做到|符合|達到|遵守)|\bwhat (are the |were the )?conditions\b"
        r"|\bconditions? (to|for) (get|getting|keep|keeping|receive|receiving)\b"
        # "what strings are attached … what do u have to do for each".
        r"|\bstrings? (are |is )?attached\b|\bwhat strings\b"
        r"|\bwhat (do|would|will) (u|you|i|we) (have|need) to do (for (each|it|them|the (subsidy|scheme|grant|fund))|to get it|in return)\b",
        # "is it given automatically?", 「會唔會自動頒發？」: whether an award comes by itself or is applied for.
        r"\b(given|awarded|granted|issued|conferred|sent|added|counted|upgraded)\s+(to (me|you|u) )?automatically\b"
        r"|\bis (it|that|the award) automatic\b|\bautomatically (get|given|awarded)\b|自動\s*(頒發|發出|發|獲得|攞到|拎到|批出|升級|變成)",
        r"\b(have|had|need|needed|has) to do in return\b|\bin return\b.{0,20}\b(do|did|for)\b|(作為|作)\s*(交換|回報)|要(俾|畀)返(啲)?(咩|乜)",
    ),
    "language": any_of(
        r"\blanguage\b",
        r"\btaught in\b",
        r"\benglish\b.{0,20}\b(taught|teach|class)",
        r"語言",
        r"英文(授課|教)",
        r"廣東話",
        # 「上堂係咪全英文㗎？」, "is it all in english?": the language of the classes.
        r"(上堂|授課|教學|講課)\s*.{0,6}(英文|中文|英語|粵語|普通話)|全英(文|語)?(授課|上堂|教)?|\b(all|fully|only) in (english|chinese|cantonese)\b",
    ),
    "size": any_of(
        r"\bhow many ([a-z0-9]+ )?(people|students|participants|places|spots|seats|claims|applicants|learners|campers|kids)\b",
        r"\bhow many\b.{0,15}\b(joined|took part|attended|went|enrol+ed|signed up|made it (to|into|through)|got (in|into))\b",
        r"\b(class|group) size\b",
        r"\bquota\b",
        r"幾多(個)?人",
        r"幾多(個|位|名)?(營員|學員|參加者|同學|學生)",  # 「2018 年有幾多營員？」
        r"幾多(間)?(學校|間學校)|\bhow many (\w+ )?schools\b",
        # How many courses or providers a list or scheme holds (「總共列咗幾多個課程，幾多間機構開」).
        r"(總共|一共|合共).{0,8}幾多(個|間|項)|幾多間\s*(機構|院校|大學|大專|u\b|uni)|幾多(個|項)\s*(活動|課程|考試|exams?)"
        r"|\bhow many (different )?(courses|programmes|providers|exams|activities|institutions|unis|universities)\b",
        r"人數",
        r"名額",
        r"幾多個(學)?位(?!數)|幾多(個)?座位",  # 「最高嗰層有幾多個位？」 (not 「幾多位導師」)
        r"(好|會唔會|會不會)(迫|逼)",
        # Whether many take it (「CS50x 係咪好多人讀㗎」, "is it popular"): the enrolment figure answers.
        r"(好|很)多人(讀|報|參加|考|修讀)",
        # 「邊個多人參加啲？」, "which one had more people": the two programmes' head counts compared.
        r"邊(個|間|一個)\s*(比較|較)?\s*多(啲)?\s*人\s*(參加|讀|報|去)|\bwhich (one )?(had|has|got|gets|draws) more "
        r"(people|students|participants|applicants|campers)\b",
        r"\b(is|are) (it|they|this|that|[a-z0-9]+) (really )?popular\b",
        # How many a school may nominate (「每間學校最多可以推薦幾多個？」).
        r"(推薦|提名)\s*(到)?\s*(最多)?\s*幾多(個|位)?",
        r"\bhow many\b.{0,30}\bnominat",
    ),
    # 「完咗有咩好處？」, "what are the benefits": what a student gets out of it (credit, a certificate, a head start).
    "benefit": any_of(
        r"好處|著數|益處|\bbenefits?\b|\bperks?\b|\bwhat do (i|we|you|u) get (out of it|after|at the end)\b",
        r"\bwhat'?s in it for me\b",
        # "do i get anything job-related after?", 「完成後有冇求職支援？」: what it gives for finding work.
        r"\b(anything|something|stuff)\s+(job|career)[- ]?(related|wise)\b|\bjob[- ]?(help|support|board|boards)\b"
        # "do u get anything for jobs after?"
        r"|\b(get|give|gives|offer|offers) (you |u |me )?(anything|something|any help|help|stuff) (for|with) (jobs?|careers?|finding work|work)\b"
        r"|\bhelp (me )?(get|find|land) a job\b|求職(支援|平台|幫助)|搵工(支援|幫手)",
    ),
    # "where do u actually sleep during the camp", 「要唔要住宿舍？」: where the students stay.
    "stay": any_of(
        r"\bwhere (do|will|would|did|can) (we|i|u|you|students|they) (\w+ )?(sleep|stay)\b",
        r"\b(accommodation|housing|hostels?|dorms?|dormitory|overnight|residential|sleep over)\b|\bstay (in|at) (a |the )?(hall|dorm|hostel)",
        r"宿舍|住宿|留宿|過夜|(要|使|駛)唔(要|使|駛)住|住(喺)?邊|喺邊度?(瞓|住)",
        # 「兩個都要喺大學住咩？」「洗唔洗住 hall？」, "do i have to stay overnight / live on campus".
        r"(要|使|洗|駛)(唔(要|使|洗|駛))?\s*(喺|在)\s*(大學|校園|學校|campus)\s*住|(要|使|洗|駛)唔(要|使|洗|駛)住\s*hall|住\s*hall",
        r"\b(have to|need to|must) (stay|live|sleep) (on campus|overnight|in (a |the )?(hall|dorm))\b|\blive on campus\b",
        # "did u have to sleep there or just go home every day", 「一間房瞓幾多個人」: staying over, and who shares a room.
        r"\b(did|do|does|will|would) (u|you|we|i|they|students) (have to|need to|get to) (sleep|stay) (there|over|overnight)\b"
        r"|\bor (just )?go (back )?home every (day|night)\b|(一間|每間)?\s*房(?!間)\s*(瞓|住)\s*幾多(個)?人"
        r"|幾多(個)?人\s*(一間|同)\s*房(?!間)",
    ),
    # "does either one expire?", 「張 cert 會唔會過期？」: how long a certificate stays valid.
    "validity": any_of(
        r"\bexpir(e|es|ed|y|ation)\b",
        # "will it still be valid when i apply…, or would i have to redo it?", 「到時仲有冇效」
        r"\bvalid (for|until)\b|\bvalidity\b|\bstill (be )?valid\b|\b((have|need|got) to|gotta) redo\b|仍然有效"
        # "which cert lasts longer before i gotta redo it?": how long a pass stays good.
        r"|\b(cert|certificate|certification|badge|pass|result)s? (lasts?|stays? valid) (longer|for how long)\b"
        r"|\bhow long (does|do|will|would) (the|a|my) (cert|certificate|certification|badge|pass) last\b"
        # (「制度而家仲有冇效」 asks whether the rules still apply: status.)
        r"|^(?!.*(制度|規則|計劃)\s*(而家|依家|今年)?\s*仲(有冇|有沒有)效).*仲(有冇|有沒有)效",
        r"\brenew(al|ed|s)?\b",
        r"\brecertif",
        r"有效期|過期|續期|到期|有(冇)?期限",
        # 「幾耐之後要再考過」「要唔要重新考」: how long a pass lasts before it must be taken again.
        r"(幾耐|幾年|多久|幾時)(之後|後)?(要|就要|先要)?(再考|重考|重新考|續)|\b(have|need) to (re-?take|renew|re-?sit)\b",
        # "is there a time limit?", 「有冇時限？」: how long credits or a result can wait before they lapse.
        r"\btime limit\b|\bwithin how (long|many (years|months))\b|時限|幾(多)?年內",
    ),
    # "how many activities can i put in my oea max", 「最多填幾多項？」: a scheme's limit on what may be listed.
    "limit": any_of(
        r"\bhow many\b.{0,30}\b(can|may|could)\b.{0,12}\b(put|list|add|fill|enter|write|have|choose|pick|submit|"
        r"include|upload)\b",
        r"\b(max|maximum) (number|no\.?)\b|\bword (limit|count)\b|\bhow (long|many words) can\b",
        r"(最多|上限).{0,8}幾(多|個|項)|(填|寫|放|加|揀|上載)(得)?(最多)?\s*幾多(個|項|樣|份|頁|字)",
    ),
    # "any file format or size requirement?", 「點樣上載 SLP？」: how a document is handed in.
    "upload": any_of(
        r"\bupload(ed|ing|s)?\b|\bfile (format|size|type)s?\b|\b(pdf|word file|docx?)\b|\b\d+ ?mb\b",
        r"上載|上傳|(檔案|文件)\s*(格式|大小|size)|(格式|size)\s*(要求|限制)",
        # 「兩樣各自點交？」, "how do i submit them?": how each is handed in.
        # (Not a fee paid: 「留位費點交？」.)
        r"^(?!.*(費|錢|deposit|fee|訂金)).*((點|點樣|如何|怎樣|怎麼)\s*(遞)?交\s*(㗎|架|呀|啊)?\s*[?？]|\bhow (do|to|can|should) "
        r"(i|you|u|we) (submit|hand in|send in)( (it|them|each|both))?\s*[?？])",
    ),
    # (「資助大學」, a publicly funded university, "subsidised places": who runs it, not a subsidy for the student.)
    "cef": any_of(
        r"\bcef\b",
        r"\bcontinuing education fund\b",
        r"\bsubsid(?!i[sz]ed (universit|uni\b|places?|degree))",
        r"持續進修基金",
        r"資助(?!(大學|院校|學位|學士|課程學額|專上))",
        r"津貼",
    ),
    # "Is it still running?", 「今年仲有冇搞？」: whether the programme still runs (the answer states its currency).
    "status": any_of(
        r"\bstill (running|on|open|available|a thing|happening|going|offered|held|around|exists?|doing)\b",
        r"\b(running|held|offered|happening|on) (this|next) (year|summer|july|august|june)\b"
        r"|\b(is|will) (it|they) (be )?(on|running|happening|held|back) again\b",
        r"\b(discontinued|cancelled|canceled)\b",
        # "can i still join …?": whether there is anything to join now.
        r"\bcan (i|we|u|you) still (join|apply( for)?|sign up( for)?|enrol+( in)?|register( for)?|take part)\b",
        # 「仲有冇機會讀 HD？」 asks about a chance, not a programme's currency: a verb of running must follow.
        r"仲有冇(開|搞|辦|做(?!漏|錯|多|少|嘢)|舉辦|開辦|推行|得報|得參加|得join|得\s*去\s*([？?]|$))",
        # 「…嘅制度而家仲有冇效？」: whether a scheme or its rules still apply (a certificate's "仲有冇效" is validity).
        r"(制度|規則|計劃|scheme|system|rules?)\s*(而家|依家|今年)?\s*仲(有冇|有沒有)效|\b(rules?|scheme|system) still (apply|in (force|effect|place))\b",
        # 「個 MOOC 仲讀唔讀到？」: whether the course can still be taken (「英文唔夠 level 2 仲讀唔讀到 HD？」 asks
        # whether the student may).
        # (「AI-900 又仲考唔考到」: whether its exam still runs.)
        r"(個|課程|[A-Za-z])\s*(而家|依家|今年)?\s*仲(讀|報)唔(讀|報)(到|得)|(考試|[A-Za-z0-9])\s*(又|而家|今年)?\s*仲考唔考(到|得)",
        # (「…今年仲有冇？我想叫校長推薦我」: the clause ends at its question mark, with more said after.)
        r"今年(仲)?有冇(開|搞|辦|舉辦|開辦|得報)|今年仲有冇\s*([？?]|$)",
        r"仲(有)?(舉辦|開辦|搞緊|做緊|存在)|仲\s*(存唔存在|存在唔存在|係咪存在)",  # 「…嘅 course 仲存唔存在？」
        r"停(辦|咗)(未|咗)?",
        r"(仲|再)\s*會唔會\s*(再)?\s*(開|搞|辦|舉辦)|會唔會再(開|搞|辦|舉辦)",  # 「今個暑假仲會唔會開？」
    ),
    # "Is it worth it for JUPAS?", 「對 JUPAS 有冇幫助？」「寫落 OEA 會唔會幫到我？」: what a programme is worth to an
    # application (the entry's own line and the OEA guide answer it together).
    "jupas": any_of(
        r"\b(worth|help|helps|helpful|count|counts|useful|matter|matters|boost|advantage|good for|look good|extra points?|"
        r"bonus( points?)?|extra marks?|plus points?)\b"
        r".{0,40}\b(jupas|oea|slp|uni(versity)? (application|admission)s?|my application|appl(ying|y) (to|for) uni(versity)?)\b",
        r"\b(jupas|oea|slp)\b.{0,25}\b(help|helps|helpful|count|counts|useful|worth|matter|matters|boost)\b",
        # "if i apply there does it screw up my jupas", 「會唔會影響我 JUPAS」: whether it harms the application.
        r"\b(affects?|screws? (up|with)|mess(es)? (up|with)|hurts?|harms?|ruins?|clash(es)? with|interferes? with)\b"
        r".{0,15}\b(jupas|my (uni(versity)? )?application)\b",
        r"(影響|搞亂|搞到).{0,6}(jupas|聯招|大學申請)",
        # "can it go in my jupas application next year": whether the programme belongs in the application.
        r"\b(can|could|should|will|would) (it|this|that|the (programme|program|course|camp)) (go|be put|be listed|be included|"
        r"count) (in|into|on|towards?) (my )?(jupas|oea|slp|uni(versity)? application)\b",
        # 「E-APP 係咪同 JUPAS 分開㗎？」, "is e-app separate from jupas?": whether the two applications stand apart.
        r"(同|與|和|跟)\s*(jupas|聯招)\s*(係|是)?\s*(分開|獨立|冇關|無關)|(分開|獨立)\s*(於|過)?\s*(jupas|聯招)",
        r"\b(separate|independent|apart) (from|of) (jupas|my jupas)\b|\b(jupas)\b.{0,20}\b(separate|independent)\b",
        r"(對|幫|喺|於).{0,6}(jupas|oea|slp|入大學|升大學|報大學|入u|入 u).{0,6}(有冇|有無|有沒有|會唔會)?"
        r"(幫助|幫|用|影響|加分|優勢|着數|著數)",
        r"(寫落|寫入|放入|放落|填落).{0,6}(oea|slp).{0,12}(幫|有用|加分|着數|著數|優勢)",
        # 「咁仲寫唔寫到落 jupas oea 度？」: whether it can still go in the application.
        # (Not 「值唔值得寫落 oea」, whether it is worth it: an explanation from the OEA guides.)
        r"(寫|填|放|報)\s*唔\s*(寫|填|放|報)\s*(得|到)\s*(落|入)\s*(jupas\s*)?(oea|slp)",
        r"(jupas|oea|slp).{0,6}(有冇|有無|會唔會|算唔算)(幫助|幫|用|加分|計)",
        # 「讀完 Google cert 入大學有冇用？」: of use for getting into university, without 「對」 before it.
        r"(入|升|報)\s*(大學|uni|u)\s*(有冇|有無|有沒有|會唔會)\s*(幫助|幫|用|影響|加分|優勢|着數|著數)",
        # 「入大學會唔會計 credit？」: whether it counts when applying to (or entering) university.
        r"(入|升|報)\s*(大學|uni|u)\s*(會唔會|算唔算|有冇得|可唔可以)\s*(計|承認|認)",
    ),
    # "Tell me more", 「詳細啲講下」: the whole entry rather than its summary (and never a cry for help).
    "more": any_of(
        r"\btell (me|us) more\b",
        r"\bmore (details?|info|information)\b",
        r"\b(in )?(more )?detail(ed|s)? (pls|please)\b",
        r"\belaborate\b",
        r"\bexplain (it |that |this )?(more|further)\b",
        r"詳細(啲|d|些|一點|點)",
        r"講(多|詳細)(啲|d|些|少少|一點)",
        r"多(啲|d|些)(資料|資訊|細節|info)",
    ),
}


# Called for the question, its clauses and single words many times per message (names, paragraphs, distress parts):
# remembered for recent texts, as the patterns cost a millisecond a question.
@functools.lru_cache(maxsize=4096)
def stated_aspects(question: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in ASPECTS.items() if pattern.search(question))
