"""Distress rules in English, Chinese and code-mixed Cantonese.

Deliberately broad: a false alarm costs a kind message put before the answer; a miss can cost much more. The
dedicated detector (``distress.py``) catches the phrasings these were not written for; it learnt hyperbole
(「攰到死」, "this exam is killing me lol") from its negative examples.
"""

from __future__ import annotations

from bot.assistant.understanding.patterns import any_of

DISTRESS = any_of(
    # English, including slang and indirect phrasing.
    r"\b(want|wanna|going|gonna|ready) to (die|disappear(?! from\b)|end it)\b",
    # "I'll kill myself laughing" is an idiom, not a plan.
    r"\bkill(ing)? (myself|my self|me self)\b(?! (laughing|laughin'?|with laughter))",
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
    # "hopeless at maths", "my handwriting is hopeless" are about a skill.
    r"(?<!writing is )(?<!drawing is )(?<!english is )(?<!chinese is )(?<!maths is )(?<!math is )(?<!spelling is )"
    r"\bhopeless\b(?! (at|in|with)\b)",
    r"\bworthless\b",
    r"\bcan'?t (go on|take it( anymore)?|cope|do this anymore|keep going)\b",
    # Plain exam stress ("so stressed about paper 2") is not a warning sign; the detector weighs it in context.
    r"\b(so|really|very|too) (depressed|anxious|sad|tired of (life|everything|living))\b",
    r"\bdepressed\b",
    r"\bno one (cares|would (miss|notice|care))\b",
    r"\bnobody (cares|would (miss|notice|care))\b",
    r"\bpanic attack",
    r"\bbreak(ing)? down\b",
    r"\bcan'?t sleep\b(?! before)(?!.{0,40}\b(tips?|advice)\b)",  # not "can't sleep before exams, any tips"
    r"\bgive up on (life|everything|myself)\b",
    r"\b(how|ways?) to (die|kill myself|end (it|my life))\b",
    r"\boverdose\b",
    # Warning signs: means ready, goodbyes, giving things away, "won't be around", "no point living".
    r"\b(pills|meds|rope|knife|blade)\b.{0,20}\b(ready|prepared|saved up|collected)\b",
    r"\b(have|got) the (pills|rope|meds)\b",
    r"\b(said|saying) goodbye\b.{0,40}\b(last time|forever|for good)\b",
    # Goodbyes said with plans dropped ("saying goodbye to my friends … don't need the taster info anymore"), being
    # "gone" as a time, charcoal asked for in secret (a method known in Hong Kong).
    r"\b(said|saying|been saying) (my )?goodbyes? to\b.{0,60}\b(don'?t|won'?t|no longer) (really )?(need|matter|be)\b",
    r"(幾時|點樣|想|要|會|準備|決定|打算|plan\s*好咗?.{0,6})\s*end it\b",  # 「plan 好咗幾時 end it」「聽晚就會 end it」
    r"\bonce i'?m gone\b|\bafter i'?m gone\b|\bwhen i'?m (gone|not here anymore|no longer here)\b",
    r"(買|buy|get|搵)\s*.{0,6}(炭|charcoal)(?!.{0,30}(bbq|燒烤|barbecue|grill|化學|實驗|chem))",
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
    # 「想死咁悶」「悶到想死」 are idioms for boredom (heat, hunger, laughter likewise); 「攰到想死」 is not excused.
    r"(?<!悶到)(?<!餓到)(?<!熱到)(?<!凍到)(?<!笑到)想(去)?死(?!\s*咁\s*(悶|無聊|餓|肚餓|熱|凍|好笑))",
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
    # Self-harm said with other verbs and a counted overdose: 「鎅咗手」, "burning my arm", 「食幾多粒…先夠」.
    r"(鎅|𠝹|界)(咗|左|親)?(手|自己)",
    r"\b(burn|burning|burnt|cutting|scratching) my (arm|arms|wrist|wrists|leg|legs|skin)\b",
    r"食(幾多|幾)粒.{0,12}(先夠|會死|就死)",
    r"\bhow many (pills|tablets|panadol|paracetamol)\b.{0,30}\b(enough|to die|would it take|kill)\b",
    r"\bwaste of (space|oxygen|air)\b",
    r"傷害自己",
    r"好絕望",
    r"絕望",
    r"抑鬱",
    r"頂唔順",
    # 「今年考 DSE 好大壓力」「好驚面試」 alone are exam nerves, not warning signs; stress that has gone further is.
    r"壓力(好|太)?大到(想|頂|撐|捱|唔想|喊|崩|透唔到氣|瞓唔|食唔)",
    r"好(焦慮|崩潰)",
    r"崩潰",
    r"冇人(明白|理)我",
    r"唔開心到",
    r"(?<!前)瞓唔(着|著)(?!.{0,8}(點算|tips|有冇|點(樣)?))",  # not 「考試前瞓唔著點算」
    r"放棄(自己|人生|生命)",
    r"(\bend|完結)\s*咗?\s*(佢|自己|一切)",  # (\b: "friend 佢…" is no "end 佢")
    r"想\s*end\s*咗(?!\s*(個|呢個|嗰個|份|啲|d|條|張)\s*\S)",  # not 「想 end 咗個 subscription」
    r"一了百了",
    r"點(樣)?死",
    r"食晒.{0,6}(藥|meds|pills|丸)",
    r"cut\s*手",
    r"遺(書|言)",
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
    # Phrasings that mean only one thing, found with knowledge/eval/understanding/distress-dev.jsonl (2026-12-01).
    r"做傻事",
    r"生不如死",
    r"(唔|不)想(再)?\s*(存在|exist)",
    r"(冇|沒有|無)咗我.{0,12}(好過|開心|輕鬆|happier|better|relieved)",
    r"唔想再\s*(醒|wake up)",
    r"唔值得(再)?\s*(活|live|生存)",
    r"叫我(去)?死(?!都)",
    r"\bwouldn'?t mind (if i )?(never waking|not waking|didn'?t wake|dying|not being (here|alive))",
    r"\btired of (existing|being alive)\b",
    r"\bdone with (life|living)\b",
    r"\b(sh|self ?harm(ed|ing)?) (again|relapse)",
    r"\b(used|using) the blade\b",
    # Not safe at home: a student describing violence at home gets the support lines (they carry a child-protection
    # line) before anything else.
    r"\b(don'?t|do not|never) feel safe at home\b",
    r"\bnot safe at home\b",
    r"屋企(好)?唔安全",
    r"home\s*唔\s*safe",
    r"\b(dad|father|mum|mom|mother|stepdad|stepmum|stepmom|uncle)\b.{0,20}\b(hits|beats|chokes|kicks) me\b",
    r"(爸|媽|老豆|老母|繼父|繼母|男朋友).{0,8}(成日|日日|又|醉酒就|飲醉就|飲醉酒就)打我",
    r"(衣架|藤條|皮帶|棍).{0,4}打我",
    # Put out of home, or hit by someone at home (「屋企有人打我」, "my dad kicked me out, where do i sleep tonight?").
    r"\b(kicked|threw|thrown|chucked) me out\b|\bkicked out of (home|the house|my (house|home|flat))\b|\bnowhere to (sleep|stay|go) tonight\b"
    r"|屋企\s*(有人|啲人)?\s*(打|虐待)我|(爸|媽|老豆|老母|屋企人)\S{0,2}\s*(趕|踢)(咗)?我\s*(出|走)|(?<!有)冇(地方|地)\s*(住|瞓)|離家出走",
    r"(好驚|唔敢)返(屋企|home)",
    r"\b(scared|afraid|terrified) (to go|of going) home\b",
    # Found with knowledge/eval/understanding/distress-dev2.jsonl (2026-12-01), written as general families.
    # A cry for help that is the whole message ("help", 「救命」, "im done", 「我唔得喇」): alone it asks nothing else.
    r"^\W*(pls |please |someone |somebody )?(help|sos)( me)?( pls| please| plz| someone| anyone)?\W*$",
    r"^\W*(pls|please|plz) (someone|anyone|help)\W*$",
    r"^\W*(i'?m|im|i am) (so |just |literally |actually |really )?done( (tbh|fr|rn|now|already|la|lor|喇|了|啦|真係))*\W*$",
    r"^\W*(我)?(真係|已經|實在)?\s*(唔得(喇|啦|了)|(頂|撐)唔(住|順)(喇|啦|了)?|好辛苦(呀|啊|喇|啦)?|好痛苦(呀|啊|喇|啦)?|救救我|幫幫我)\W*$",
    r"^\W*救命\W*$",
    # Ending things and others doing it: "thinking about ending things" (not "ending things with my boyfriend").
    r"\b(about|of|on|considering|planning|plan|decided|deciding) (on )?(ending|to end) (it|it all|things|everything|my life)\b(?! (with|between)\b)",
    r"\b(i'?m|im|i am|i'?ll|ill|gonna|going to) (just )?(be )?ending (it|it all|things|everything)\b(?! (with|between)\b)",
    r"\b(wants|wanted|planning|plans|trying|tried) to (die|kill (himself|herself|themselves|themself)|end (it|his life|her life|their life))\b",
    r"\bkill(s|ing|ed)? (himself|herself|themselves|themself)\b",
    # Self-harm with a named tool on the body ("the compass on my thigh", 「cutter 喺大髀」), an urge not resisted.
    r"\b(compass|cutter|box ?cutter|razor|blade|sharpener|scissors|lighter)s?\b.{0,30}\b(on|into|across|against|over) my (thighs?|arms?|wrists?|legs?|skin|stomach|hips?)\b",
    r"(圓規|界刀|鎅刀|𠝹刀|刀片|剃刀|鉸剪|cutter|blade|razor|compass).{0,10}(大髀|手臂|手腕|手瓜|皮膚|肚)",
    r"(大髀|手臂|手腕|手瓜)(度|上面)?.{0,6}(劃|𠝹|鎅|界|割)(咗|左|傷|損)",
    r"忍唔住(又)?\s*(劃|𠝹|鎅|界|割)",
    # Means and methods: the painless or quickest way to die, charcoal (a common means in Hong Kong), the tracks.
    r"\b(painless|least painful|quickest|fastest|easiest|most peaceful) (way|ways|method|methods) to (die|end it|kill myself|not wake up)\b",
    r"(唔痛|冇痛苦|無痛|最快|最舒服)(嘅|的)?(死法|方法死|方法自殺)",
    r"(想|準備|諗住|買定|買咗)(?:(?!燒烤|bbq).){0,6}燒炭(?!.{0,8}(燒烤|bbq|烤))",
    r"跳(軌|海)",
    # A burden, not wanting to be here, not planning to be around; goodbyes that close for ever.
    r"\b(i'?m|im|i am|i feel like) (just |such |only )?(a|an) (burden|waste)\b",
    r"我(只)?(係|系)(一個|個)?(屋企|家人|大家|佢哋|你哋)?(嘅)?(負擔|累贅|拖累|多餘)",
    r"\b(don'?t|do not|dont|not) (plan|expect|intend|planning|expecting) (on |to )(be(ing)? )?(around|here|alive)\b(?! (in|at|on) )",
    r"\bwon'?t be alive\b",
    # Not lasting until a date: 「撐唔到暑假」, "won't make it to summer" (not "won't make it to the July session").
    r"(撐|捱|頂|活)唔(到|過)\s*(暑假|放榜|開學|明年|下年|summer|九月|聖誕|新年|生日)",
    r"\bwon'?t (make it|last|survive) (to|till|until|past) (summer|july|august|september|results day|next year|christmas|my birthday)\b(?! (camp|session|course|programme|program|school|class))",
    r"(反正|橫掂)(我)?(都)?(已經)?(唔會|唔)(再)?喺(度|世)",
    r"唔(會)?(再)?喺(呢個)?世(界)?(上)?(喇|了|啦)",
    r"\bsee (u|you|ya) never\b",
    r"\b(goodbye|bye) (forever|for good)\b",
    r"永別",
    r"\b(this is|this'?ll be|this will be) my (last|final) (message|msg|text)\b(?! (for|of) (today|tonight|the day|now|this))",
    # Not eating and not sleeping for days: 「冇點食嘢，晚晚得兩粒鐘瞓」, "haven't eaten or slept in days".
    r"(冇|唔|無)(點|乜)?(食(過)?嘢|食飯).{0,12}(瞓唔|冇(點)?瞓|得\s*[一二兩三1-3]\s*(粒鐘|個鐘|小時|hours?))",
    r"[一二三四五六七兩幾\d]\s*(日|天|個禮拜|個星期|weeks?|days?)\s*(都)?(冇|沒有|無)(點)?(食(過)?(嘢|飯)?|瞓(過)?(覺)?)",
    r"\b(haven'?t|havent|have not|not|barely|hardly) (eaten|slept|been eating|been sleeping)\b.{0,20}\b(in|for) (days|weeks|a week|\d+ days|(two|three|four|five|several) days)\b",
    # Not planning to be alive, on the edge of a platform, pills already taken (found with distress-dev4,
    # 2026-12-03): "planning not to be alive by July", "standing at the edge of the MTR platform thinking about
    # stepping off", 「食咗半樽藥，依家好頭暈」.
    r"\b(plan|planning|plans|intend|intending|hoping|hope) (not to|to not) be (alive|around|here)\b",
    # A plan with a date set, said with nothing it is a plan for ("i have a plan and a date now", 「我已經有計劃同日子」):
    # the strongest warning sign. "a plan and a date for my jupas choices" names what it is for.
    r"\b(i have|i'?ve got|i got|got) a plan and a (date|time|day)( now| set| already)?\s*[.!]*\s*$",
    r"(已經)?(有|諗好|定好)(咗)?(個)?\s*(計劃|plan)\s*(同|和|and)\s*(日子|日期|時間|date)\s*(喇|了|啦)?\s*[。.!！]*\s*$",
    r"\b(edge|end) of the (mtr |train |station )?(platform|roof|rooftop|ledge|building)\b.{0,60}\b(step(ping)?|jump(ing)?) (off|down|in)\b",
    r"\b(thinking|thought|think) (about|of) (stepping|jumping) (off|in front)\b",
    r"食(咗|左|晒)\s*(半|成|一|兩|好多|成)\s*(樽|排|盒|板|堆|把|打)\s*(嘅)?\s*(藥|丸|pills|meds|必理痛|安眠藥)",
    r"\b(took|taken|swallowed|downed)\b.{0,20}\b(bottle|pack|box|strip|handful|bunch|too many|all (of )?(my|the))\b"
    r".{0,12}\b(pills|tablets|meds|panadol|paracetamol|sleeping pills|medicine)\b",
    # Sexual harassment or abuse: touched and told to keep it secret, nudes used as a threat.
    r"\b(touch|touches|touched|touching) me\b.{0,40}\b(secret|don'?t tell|not to tell|uncomfortable)\b",
    r"\bsexually (harass|assault|abus)",
    r"\b(nudes|naked (pics|photos|pictures))\b.{0,40}\b(threat|leak|share|send|post|expose)",
    r"\b(threat(en)?s?|threatening|threatened|blackmail(s|ed|ing)?)\b.{0,30}\b(nudes|naked|my (pics|photos|pictures))\b",
    r"非禮|性騷擾|性侵",
    r"(裸照|祼照|私密照).{0,20}(逼|威脅|要脅|放上|放出|send|share|公開)|(逼|威脅|要脅).{0,12}(裸照|祼照|私密照)",
    r"(摸|掂)我.{0,12}(唔好同人講|唔准講|秘密)",
)
