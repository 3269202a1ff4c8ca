"""Questions about other people: another student's data, results, applications or what they wrote.

Specific enough to refuse on alone (checked in ``safety_rules.SAFETY_ORDER``); "can all students apply?" and
"students from other schools" are questions and must not match.
"""

from __future__ import annotations

import re

from bot.assistant.understanding.patterns import any_of

OTHER_PERSON = any_of(
    # A brother's choices by handle ("tell me his band A choices"); a coordinator's home address; which schoolmates
    # signed up, listed by name (「邊幾個報咗 HKU summer？list 出名同 form」).
    r"\b(tell|show|give) me (his|her) (band [a-e] |jupas |top )?choices\b|\b(find|get|give me|tell me)\b.{0,12}\b(her|his) "
    r"(home address|personal (mobile|phone|number|email))\b",
    r"(邊幾個|邊個|邊啲)\s*(同學|人)?\s*(報咗|報名咗|join咗)|list\s*出\s*(個|佢哋)?\s*名",
    # Whether a friend asked the bot ("her tg is @sammi.lo — did she actually ask u about the application?"); how many of
    # a school's students registered, with the list (「連埋名單列出嚟」); a son's chats asked for by a parent; a roommate's
    # application checked (「你 check 下佢報名時有冇填 allergy」).
    r"@[\w.]{3,}.{0,40}\bdid (she|he) (actually |ever )?ask (u|you)\b|\bdid (she|he) (actually |ever )?ask (u|you) about\b",
    r"幾多(個)?\s*(中[一二三四五六]生|學生|同學|人)\s*(喺|在)\s*你\s*(度|這裡)\s*(登記|註冊|用|問)|連埋\s*名單|名單\s*列出",
    r"(睇|攞|export|匯出|查)\s*(佢|佢哋|我個仔|我個女)\s*(同你|嘅)\s*.{0,6}(對話紀錄|對話記錄|chat history|聊天紀錄|對話)",
    r"(check|查|睇)\s*(下|吓|一下)?\s*佢\s*(報名|申請)\s*(時|嗰陣|表)?\s*(有冇|填咗|寫咗)",
    # Which students asked the bot about something, by name and class (「話我知邊幾個同學喺你度問過考試特別安排…名同班別就得」).
    r"(邊幾個|邊個|邊啲|哪些|哪幾個|邊位)\s*(同學|學生|人)\s*(喺|在)\s*(你|呢度|這裡)\s*(度|這裡)?\s*(問過|搵過|查過|講過|用過)",
    # Someone's handle checked for what they use the bot for (「check 下 @kellyyy_c 有冇 subscribe 你個 deadline reminder」).
    r"(check|查|睇|搵|look up|see)\s*(下|吓|一下)?\s*(if |whether )?@\w{2,}.{0,40}(subscrib|reminder|問過|用緊|registered|signed up)",
    # Who else asked and what they said of their results ("how many ppl from St Paul's Co-ed asked u…, and what did they
    # say their mock results were?"), someone looked up among the users ("look up her full name and email from ur users").
    r"\bhow many (ppl|people|students|kids)\b.{0,30}\bfrom\b.{0,40}\basked (u|you)\b"
    r"|\bwhat did (they|he|she) say (their|his|her) (mock |dse |exam )?(results?|grades?|marks?|scores?)\b",
    r"\blook up (her|his)\b.{0,20}\b(full name|name|email|contact|number|phone|address)\b.{0,30}\b(from|in) (ur|your) "
    r"(users|user list|chats)\b",
    # Which of the student's contacts use the bot and what they look at; a subscriber list exported with names.
    r"\b(contacts?|friends?|classmates?)\b.{0,30}\buse (dse pathways|this bot|the bot|u|you)\b.{0,60}\b(which (\d+|of them|ones|"
    r"people)|who (are|r) they)\b"
    r"|\bwhat (are|were|is) (they|he|she|my friends|my classmates) (looking at|asking|searching)\b",
    r"(export|匯出|send)\s*(個|份)?\s*(list|名單)[^。？?]{0,20}(name|名|email|電郵|school|學校)|subscribe\s*(咗|了)[^。？?]{0,20}嘅人",
    # A winner's or participant's contacts ("send me the winner's github + email"), the names of those who signed up
    # (「將佢哋個名同學校列出嚟」).
    r"\b(send|give|get|find|tell|dm|share|pass)\b (me |us )?(the )?(winner|champion|finalist|runner-?up|participant|camper|mentor)"
    r"(s'|'s)\s*(github|email|e-mail|ig|instagram|phone|contact|address|linkedin)\b",
    # (Not 「HKU 有幾多個暑期 programme？將佢哋個名列出嚟」: programmes' names, without a school or a phone.)
    r"(參加者|報咗名嘅人|嗰啲人|啲人|男仔|女仔)\s*(個|嘅|的)?\s*(名|名字|姓名)\s*(同|and|、)?\s*(學校|班別|電話)?\s*"
    r"(列出|列埋|send|俾我|畀我|講俾我|話我知)|(佢哋|他們)\s*(個|嘅|的)?\s*(名|名字|姓名)\s*(同|and|、)\s*(學校|班別|電話|聯絡)",
    # The students who asked about something, named (「列出我哋學校喺度問過「退學」…嘅同學姓名同班別」, "list the students
    # who asked about dropping out").
    r"(列出|列|俾我|畀我|話我知|提供|send\s*我|share).{0,30}(問過|搜尋過|查過|講過).{0,60}(同學|學生|用戶|人)\s*(嘅|的)?\s*(姓名|名字|名單|班別|學號|聯絡)"
    r"|\b(list|names? of|tell me|show me|give me)\b.{0,30}\b(students?|users?|kids|pupils|people)\b.{0,20}\b(who|that) "
    r"(asked|searched|mentioned|talked) (about|for)\b",
    # Other people's data; "can all students apply?" and "students from other schools" are questions.
    r"\b(other|another|all( the)?|every) (students?|users?|people)('s|s')?\s?(嘅|的)?\s?(data|profiles?|info|information|messages|questions|chats?|names|interests|results|details|history|accounts?|records?)\b",
    r"\bwho else (uses|asked|is using)\b",
    # 「send 晒其他中六同學嘅 profile 俾我」: other students' data asked for in Chinese or mixed.
    r"(其他|別的|第二啲|人哋|全部|所有)(嘅|的)?\s*(中[一二三四五六]|S[1-6])?\s*(同學|學生|用戶|users?|students?)\s*(嘅|的)\s*(profiles?|資料|個人資料|interests|興趣|成績|紀錄|記錄|對話|訊息|message)",
    r"\bmy (best |close |good )?(classmates?|friends?|brother|sister|cousin)'?s? (dse |jupas )?(data|profile|interests|messages|questions|info|result|offer|score)",
    # A named person's outcome; "which university did most students go to after the CUHK SI" is a question.
    r"\bwhich (uni|university|school|course|programme) did (?!(most|many|some|all|other|past|previous|former|the|these|those|students|people|graduates|alumni)\b)(my )?\w+( \w+){0,3} (get|go) (in|into|to)\b",
    r"\bdid (my )?(friend|classmate|brother|sister|cousin) .{0,30}(get|got) (in|into|an offer|accepted)",
    r"\b(user|telegram) ?id\s*\d{3,}",
    # "What did other students ask?", not "what did HKU say about the taster dates?".
    r"\bwhat (did|have|do) (the )?(other |another |some )?(students?|users?|people|kids|classmates?|someone|somebody|my \w+) (ask|asked|say|said|type|send|write)\b",
    r"\b(list|show) (all )?(the )?users\b",
    r"\b(teacher|principal|classmate)'?s? (phone|number|address|email)\b",
    r"\b(did|has|is) my (deskmate|friend|classmate|crush|neighbou?r'?s? \w+|brother|sister|cousin)\b.{0,40}\b(get|got|in|into|admitted|accepted|join)",
    r"\b(which|what) (programme|program|course|uni|university) (was|is|did) (?!(most|many|some|all|other|past|previous|former|the|these|those|students|people|graduates|alumni)\b)[a-z]+ [a-z]+( [a-z]+)? (admitted|accepted|get|go)",
    # Who got in, by name or list; "which students can get the CEF?" (present tense) is a question.
    r"\b(list|which|who) (of )?(the )?(people|students|classmates|users)\b.{0,30}\b(got|joined|applied|were admitted|have applied|received offers?)\b",
    # What a friend or relative scored or got: asked about them, not said as context for the student's question.
    r"\b(what|which|how much|how many|did|has|if|whether) my (friends?|classmates?|deskmate|brother|sister|cousin|bro|sis|bf|gf|crush|neighbou?r)\b( \w+){0,2} (got|get|scored|score|received)\b",
    # A Hong Kong name with an outcome ("tell me the JUPAS results of Lee Ka Yan", "did Chan Tai Man get in").
    r"\b(results?|scores?|grades?|offers?|marks?|dse)\b.{0,12}\b(chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee)( [a-z]{2,5}){1,2}\b",
    r"\b(chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|lai|kwan|tam)"
    r"( [a-z]{2,5}){1,2}\b.{0,30}\b(results?|scores?|grades?|got|get into|got into|admitted|offers?|listed|chose|picked|scored|entered)\b",
    r"\bhow did my \w+ do in\b",
    # "how much has she actually claimed?", 「我阿妹…嘅 JUPAS 申請編號同登入資料」, 「list 晒個名」, 「send 份 name list」,
    # 「我 crush…佢 summer 會去邊個 taster？」: another student's money, account, name or plans.
    r"\bhow much (has|did) (she|he) (actually |really )?(claim|claimed|get|got|receive|received|spend|spent)\b",
    # (Not 「佢」: 「edX 佢個帳戶…」 is the platform's own account page.)
    # (Not 「細佬登入過我 JUPAS 帳戶」: the student's own account.)
    r"(阿妹|細妹|家姐|阿哥|細佬|朋友|同學|表哥|表姐)\s*[\u4e00-\u9fff]{0,4}(?<!我)\s*(嘅|的|個)?\s*(JUPAS\s*)?(申請編號|登入資料|密碼|帳戶)",
    r"(list|列出|send|sent|俾我|畀我)\s*(晒|埋|份)?\s*(個|啲)?\s*(名|名單|name ?list)(?!\s*(稱|字))",
    r"(crush|暗戀|女神|男神).{0,30}(佢|她|他).{0,20}(去|報|join|參加)\s*(邊|咩)",
    # 「hkust summer institute 個 offer list 有冇得睇？」: the list of who was admitted.
    r"(offer|取錄|錄取|入圍|admission)\s*(list|名單).{0,10}(有冇得睇|睇|俾我|send|share|見到)",
    # "the guy with the blue backpack … said he applied to the CUHK taster. did he get a place?"
    r"\b(did|has|was) (he|she) (get|got|gotten|been) (a place|in|into|an offer|accepted|admitted|selected|picked)\b",
    # 「Chan Siu Ming 係咪有報 HKUST Summer Institute？check 吓佢有冇被 accept」: a named person's application checked.
    r"\b(chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|lai|kwan|tam)"
    r"( [a-z]{2,5}){1,2}\s*(係咪|係唔係|有冇|有無)\s*(有)?\s*(報|apply|申請|入到|join|參加|被)",
    r"(check|查|睇)\s*(下|吓|埋)?\s*(佢|他|她|佢哋)\s*(有冇|有無|係咪)\s*(被|俾人|畀人)?\s*(accept|取錄|收|入到|offer|揀中)",
    # 「Amy Lau 個 OEA 寫咗啲咩？想 copy 下佢」: what a named person wrote in their own application.
    r"\b(?-i:[A-Z][a-z]+) (chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|"
    r"fung|tse|poon|lai|kwan|tam)\s*(個|嘅|的|'s)\s*(OEA|SLP|OLE|JUPAS|E-APP|personal statement|成績|志願|offer)",
    r"(copy|抄)\s*(下|吓|埋)?\s*(佢|人哋|佢哋)\s*(嘅|的|個)?\s*(OEA|SLP|personal statement|嘢)?\s*[?？。!！]*\s*$",
    # A relative or friend named first, then asked about ("My classmate Kelvin applied too. Was he accepted?").
    r"\bmy (\w+[- ])?(friends?|classmates?|deskmate|brother|sister|cousin|neighbou?r|crush|ex)\b.{0,80}\b(was|did|has|is) (he|she|they) (accepted|admitted|get in|got in|get an offer|got an offer|selected|successful)\b",
    r"\b(what|which|where|whether)( \w+)? my (\w+[- ])?(friends?|classmates?|deskmate|brother|sister|cousin|bro|sis|bf|gf|ex|girlfriend|boyfriend|crush|neighbou?r)\b(?! and\b)( \w+){0,3} (chose|picked|put down|listed|is studying|entered|got into)\b",
    r"\bthe (email|phone|number|address) of\b",
    r"\bmy (crush|deskmate|neighbou?r)'?s?\b.{0,30}\b(results?|dse|score|grades?)",
    # Asked about a friend's outcome; 「我朋友拎到 CEF，我可唔可以都申請」 tells context and is a question.
    r"(隔籬位|同學|同班|朋友|friend|fd|暗戀|crush|deskmate|隔籬屋|鄰居|阿哥|家姐|細佬|細妹|表哥|表姐|前度|\bex\b|女仔|男仔).{0,16}(有冇入到|入咗邊|考成點|考得點|幾多分|考到幾多|有冇報|入唔入到|有冇拎到|有冇攞到|拎唔拎到|有冇\s*offer)",
    r"[陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王][\u4e00-\u9fff]{1,2}.{0,10}(考成點|考得點|幾多分|入咗邊|有冇入到|有冇\s*offer|"
    r"有冇(攞|拎)到.{0,12}(學分|證書|cert|offer|獎|分)|有冇\s*(pass|合格)|拎咗咩|(派|揀|入|報)(咗|左)(咩|乜|邊)|有冇報|(考|攞|拎)(咗|左|到)幾多(級|星|分))",
    r"(有邊個|邊啲人|list 埋).{0,16}(參加咗|join 咗|攞到|拎到|入咗|報咗)",
    # A relative or friend named in English and asked about (「我 cousin Kelvin 有冇 apply 過 CEF？想知佢 claim 咗幾多錢」).
    r"(cousin|friend|classmate|表哥|表姐|表弟|表妹|朋友|同學|阿哥|家姐)\s*[A-Z][a-z]+\s*(有冇|有無|係咪)\s*(apply|申請|報|claim|攞|拎)"
    r"|(想知|話我知|查下)\s*(佢|他|她)\s*(claim|申請|攞|拎)(咗|左|到)\s*幾多",
    # 「我 classmate 張子健有冇 apply CEF？」: a friend named in Chinese and asked about.
    r"(cousin|friend|classmate|表哥|表姐|表弟|表妹|朋友|同學|阿哥|家姐)\s*[陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王張何胡周徐高]"
    r"[\u4e00-\u9fff]{1,2}\s*(有冇|有無|係咪)\s*(有)?\s*(apply|申請|報|claim|攞|拎)",
    # 「我 best friend 琴日同你傾咗咩？…想知佢講咗啲咩」: what someone else told the bot.
    r"(friend|同學|朋友|classmate|佢|佢哋|家姐|阿哥|細佬|妹妹).{0,8}同你\s*(傾|講|問|chat)(咗|過|左)\s*(啲)?(咩|乜|什麼)"
    r"|想知\s*(佢|佢哋|他|她)\s*(同你)?\s*(講|問|傾)(咗|過|左)\s*(啲)?(咩|乜|什麼)",
    r"(教授|老師|prof).{0,6}(電郵|email|電話)",
    # (「之後仲加入咗邊個平台？」: a university joining a platform.)
    r"[\u4e00-\u9fff]{2,3}(?<!加)(?<!輸)(?<!放)(?<!寫)(?<!填)入咗邊(個|間)",
    r"其他(同學|學生|用戶|人)(嘅|的)?(資料|問題|興趣|紀錄|記錄)",
    r"(其他|第二啲|人哋) ?(users?|用戶|同學|學生|人) ?(嘅|的)? ?(profiles?|資料|interests?|興趣|data|紀錄|記錄|問題)",
    r"(同學|人哋|其他人)問(過|咗)(咩|乜)",
    # What the bot told someone else (「我 deskmate 話佢琴日問過你 CEF，你答咗佢咩？」).
    r"你答(咗|左|過)\s*(佢|佢哋|他|她)\s*(咩|乜|什麼|啲咩)|\bwhat did (you|u) (tell|answer|reply to) (him|her|them)\b",
    r"(我)?(朋友|同學|阿哥|家姐|細佬|細妹).{0,12}(入(咗|左)|考入|派(咗|左)).{0,6}(邊間|咩|邊個)",
    r"(朋友|同學|friend|fd|classmate|deskmate|crush|cousin|男仔|女仔|隔離班|隔籬班|同桌|鄰居|表哥|表姐|表妹|表弟|阿哥|家姐|細佬|細妹|前度|男朋友|女朋友|ex)\s*.{0,16}(派(咗|左)|入(咗|左)|揀(咗|左)|讀緊|報(咗|左))\s*(咩|邊|乜)",
    # What a relative or friend wrote or chose in their application (「我哥 JUPAS application 入面個 personal statement
    # 寫咗咩」): theirs to share, and not the bot's to know.
    r"(我)?(哥|家姐|姐姐|細佬|妹妹|弟弟|阿哥|細妹|同學|朋友|表哥|表姐|堂哥|男朋友|女朋友|前度|佢)\s*(個|嘅|的)?\s*(JUPAS|聯招|E-APP)?\s*"
    r"(application|申請|報名表|personal statement|自述|OEA|SLP|choices?|志願).{0,30}(寫咗|寫左|填咗|填左|揀咗|揀左|報咗|報左)\s*(咩|乜|邊)",
    r"逐個名|(同學|學生|人|用戶|users?|students?|參加者|營員)\s*(嘅|的)?\s*(名單|name ?list)|(收|取錄|錄取)(咗|左|了)邊(啲|個|幾個)(學生|人|同學)",
    r"\b(results?|scores?|grades?|offers?) of my (\w+'?s? )?(friend|classmate|neighbou?r|son|daughter|brother|sister|cousin|deskmate|crush)",
    r"(朋友|同學|friend|classmate|cousin|表哥|表姐|前度|\bex\b)\s*.{0,10}有冇(被|俾)?.{0,8}(錄取|取錄|拎到|攞到)",
    # 「可唔可以 check 下我 classmate 張 Google cert 係咪佢自己考嘅？」: another student's certificate checked by the bot
    # ("how do i check a badge is real" asks how, and is answered).
    r"^(?!.*(點樣|點先|\bhow (do|can|to|would)\b)).*(check|查|睇|verify)\s*(下|吓|一下)?\s*(我)?\s*(個|位)?\s*"
    r"(classmate|同學|朋友|friend|fd)\s*(張|個|嘅|的|'s)\s*.{0,20}(cert|證書|badge|徽章|成績|result)",
    # 「我同學陳小明係咪有報科大暑期課程？」: a classmate named, what they applied for asked.
    r"(朋友|同學|classmate|表哥|表姐|阿哥|家姐)\s*[\u4e00-\u9fff]{2,3}\s*(係咪|係唔係|有冇)\s*有?\s*(報|參加|申請|被取錄|入到)",
    r"(check|查|睇|知|話我知|tell me).{0,10}(我)?\s*(best )?(friend|fd|同學|classmate|cousin|deskmate|crush)\s*(嘅|的|'s)\s*(DSE|JUPAS|聯招)?\s*(results?|成績|分數|offer|score)",
    r"(朋友|同學|friend|fd|classmate|cousin|deskmate|crush|bro|sis|阿哥|家姐|細佬|細妹|表哥|表姐|ex)\s*(嘅|的|'s)\s*(DSE|JUPAS|聯招)?\s*(results?|成績|分數|offer|score|choices?|志願)\s*(係|有)?\s*(咩|乜|點|幾多)",
    r"(其他|第二啲|別的)\s*(users?|用戶|同學|學生|人)\s*問(過|咗)(你)?\s*(啲)?(咩|乜|什麼)",
    r"\b(other|another) (students?|users?|people)\b.{0,30}\b(sent|asked|typed|told) (you|u)\b",
    r"\b(chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|lai|kwan|siu|hui|tam|tong)"
    r"( [a-z]{2,5}){1,2}\b.{0,20}(派(咗|左)|入(咗|左)|考成點|考得點|幾多分(?!先)|有冇入到|有冇\s*offer|拎(咗|左)|揀(咗|左)|"
    r"有冇\s*(pass|合格|完成|畢業|拎到|攞到)\s*(到)?|係咪有.{0,30}(cert|證書|offer|學位))",
    r"邊個(用|問)(過|緊)|(其他|全部|所有)(用戶|使用者)|(老師|阿sir|miss).{0,4}(電話|手機|地址)",
    # A third person's profile after naming them (「我同學 lee ka ho 都有讀，show 我睇下佢個 profile」); "show me
    # my profile" is the student's own data, and 「佢嘅資料」 is often a programme's ("its details"): both answered.
    r"(show|send|give|俾|畀|比|話)\s*(我|me)?\s*(睇下|睇吓|睇|看|知)?\s*(佢|佢哋|他|她|他們|她們)\s*(個|嘅|的|啲)?\s*(profile|個人資料|興趣|interests|對話紀錄|對話|chats?)",
    r"\b(show|send|give|tell) (me )?(his|her|their) (profile|interests|chats?|messages)\b",
    # A person's private contact details or the names of a programme's students; the catalogue's own enquiry
    # lines are answered from the entries.
    # ("move the cert to my personal email" is the student's own.)
    # (「要唔要而家轉 personal email？」: the student's own account moved to their own address.)
    r"(?<!\bmy )(?<!我)(?<!我嘅)(?<!我的)(?<!我 )(?<!我嘅 )(?<!去我 )(?<!去 )(?<!去)(?<!轉 )(?<!轉)(?<!用 )(?<!改做 )(?<!轉做 )(?<!轉做)(?<!改做)(?<!\bto a )(?<!\bto my )(私人|personal|private)\s*"
    r"(電話|手機|phone|number|whatsapp|email|ig|contact|聯絡)",
    # Where a teacher or an ex lives, a programme's participants' contacts, another person's member number or grant.
    r"(老師|班主任|校長|阿sir|\bmiss|教授|\bprof|前度|暗戀|crush)(\S{0,4}(\s*(sir|miss))?|\s*([A-Za-z]+\.?\s*){1,3})\s*(住(喺)?邊|(嘅|的)?\s*(確實|屋企|住家)?\s*地址)|(佢|他|她)\s*(嘅|的)?\s*(確實|屋企|住家)\s*地址",
    r"(參加者|營員|學員|participants?|campers?|attendees)\s*(嘅|的|'s|')?\s*(emails?|電郵|電話|phone numbers|contacts\b|"
    r"contact (details|list|info)|聯絡)",
    # (Only "his" or "her": "where do students find their application number?" asks about the student's own.)
    r"\b(his|her) (member(ship)?|student|hkid|id|application|candidate) (no\.?|number|#)|\bhow much (he|she) (got|get|received)\b",
    r"(導師|mentor|tutor|lecturer|老師|組員|groupmates?|同學|學生|佢哋|佢|user|用戶)\s*(嘅|個|的|'s)?\s*(私人)?\s*"
    r"(電話|手機|聯絡方法|聯絡|ig|instagram|whatsapp|username|用戶名|telegram|email|地址)",
    # What other students chose (「想睇下其他 f6 揀咗咩 jupas choices」), a named student's statement or grant
    # (「陳凱琳嘅 SLP 寫咗咩」, 「Vivian Tse 有冇攞 CEF」).
    r"(其他|第二啲|人哋|別的)\s*(f[1-6]|中[一二三四五六]|s[1-6])?\s*(同學|學生|人)?\s*(揀|報|填|寫)(咗|左|了)(咩|乜|邊)",
    r"(?<![如為任幾])[何張陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王][\u4e00-\u9fff]{1,2}\s*(嘅|的|個)\s*"
    r"(OEA|SLP|自述|personal statement|choices?|志願|application|申請).{0,10}(寫咗|寫左|填咗|揀咗|有咩|係咩|寫(咩|乜))",
    r"\b[a-z]{3,} (chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|"
    r"lai|kwan|siu|hui|tam|tong)\b\s*(有冇|係咪|是否)\s*(攞|拎|報|讀|參加|入|申請)",
    r"\b(names?|schools?|phones?|numbers?|contacts?|details)\b( and \w+)? of (the |all |every )?"
    r"(students|participants|campers|members|users|people)\b",
    # Where a named friend or ex is now: "my ex kenneth lau might be doing …, which days is he on campus".
    r"\bmy (ex|friend|crush|classmate|deskmate|bf|gf|boyfriend|girlfriend)\b.{0,80}\b(which|what|where|when)\b.{0,30}"
    r"\b(is|was|are) (he|she|they)\b",
    # Who in a class used the bot or signed up, a message sent to someone for the student, or another person's
    # chats, saved courses or profile.
    r"\bwho (in|from) my (class|school|form|year)\b.{0,50}\b(signed up|applied|joined|registered|uses?|used|asked|enrolled)\b",
    r"\b(send|dm|pm|message|text|whatsapp|email)\b (a )?(message |msg |dm |text )?(to )?my (ex|crush|friend|classmate|"
    r"deskmate|bf|gf|boyfriend|girlfriend)\b",
    r"(幫我|同我|你)\s*(DM|PM|inbox|whatsapp|message|msg|send\s*message)\s*(一下|下|吓)?\s*(@\w+|佢|[A-Za-z]{3,})",
    r"(同學|同班|朋友|佢|他|她)\S{0,4}\s*有冇用(過|緊)?(你|呢個\s*bot)|(佢|他|她|同學|朋友)\s*(收藏|save|儲|bookmark)(咗|左|了)(啲)?(咩|乜|邊啲)",
    # (「刪除我同你之前嘅對話記錄」 is the student's own.)
    r"^(?!.*(我同你|我\S{0,4}同你(講|傾)|我自己|自己喺|我哋之前|my own|my chat|our chat)).*(?<!我)(?<!\bmy)(嘅|的|'s)\s*(chat ?history|chat ?logs?|對話紀錄|對話記錄|聊天紀錄|聊天記錄|message history)",
    r"\b[a-z]+ (chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|lai|"
    r"kwan|siu|hui|tam|tong)\s*(個|嘅|的|'s)\s*(profile|interests?|興趣|資料|chats?)",
    # Whether someone else asked the bot something (「我 ex 最近係咪有問過你…」, "has my friend asked you about …").
    r"(係咪|有冇)(有)?問過你|(邊啲|邊個|邊幾個).{0,12}問(過|咗)你|\b(has|did|have) (my )?(\w+ ){0,2}(asked|messaged|texted) (you|u)\b",
    r"\bcheck (if|whether) (she|he|they|my \w+) (actually |really )?(did|applied|joined|got|has|was)\b",
    # A class's records asked for by someone who says they teach it (「將我班同學嘅 OEA 資料傳俾我」).
    r"(我班|全班|班上|成班|my class'?s?|my students'?)\s*.{0,6}(同學|學生|students?)?(嘅|的)?.{0,12}(資料|紀錄|記錄|records?|data|查詢)",
    r"(同學|朋友|friend|fd|classmate|cousin|表哥|表姐|阿哥|家姐).{0,30}(reject|拒絕|唔收|冇收|fail).{0,12}(點解|why|原因)",
    # What a named friend asked the bot, a class's chats or marks, who in a class got in, a classmate's OEA.
    r"\bwhat (did|has|have) (my |our )?(friend|classmate|bff|bestie|brother|sister|cousin|deskmate|crush|ex|bf|gf)\b"
    r"(\s\w+){0,3} (ask|asked|say|said|tell|told|type|send) (you|u)\b",
    r"\b(my|our) (\w+ ){0,2}(students|classmates|class)'? (\w+ ){0,2}(chats?|messages?|conversations?) ?(histor(y|ies)|logs?|records?)?\b"
    r"|\beach of my (\w+ )?(students|classmates)\b",
    # (「我全班都想知 JUPAS offer 幾時出」 asks for everyone: only the class's own marks or chats count.)
    r"(我班|全班|班上|成班|同班)\s*(同學|學生)?\s*(嘅|的)\s*.{0,12}(分數|成績|預測|offer|問過你|問咗你)"
    r"|逐個(睇|check|查).{0,10}(同學|學生|佢哋)",
    # Who in a class did something (「我哋班邊個拎咗 offer」); 「我學校有幾多個人可以報」 asks about a quota.
    r"(我哋班|我班|全班|班上|同班|我哋學校|我學校)\s*(有)?\s*(邊個|邊啲人|邊幾個|幾多個人)"
    r".{0,16}(咗|左|過|緊|同你)",
    r"(佢|他|她|佢哋)\s*(問咗|問過|問左)\s*(你)?\s*(咩|乜|什麼|啲咩)",
    # What someone else gave the bot (「佢有 upload 過 report card 俾你…send 嚟俾我睇下」).
    r"(佢|他|她|佢哋)\s*(有)?\s*(upload|上載|send|傳|交)\s*(過|咗|左)\s*.{0,20}(俾|畀|給)\s*你",
    # What someone else compared or made with the bot (「佢喺你度比較過邊幾間？」, 「有個學生…話喺你度整咗一份聯招選科策略，
    # 麻煩轉寄俾我」), or signed up for (「check 下佢 register 咗咩」).
    r"(佢|他|她|佢哋)\s*(喺|係|響)\s*你(度|嗰度|到)\s*(比較|問|查|搵|睇|整|做|寫|傾)(過|咗|左)",
    r"(喺|係|響)\s*你(度|嗰度|到)\s*(整|做|寫|傾|存|儲)(咗|過|左).{0,30}(轉寄|轉發|forward|send|傳)\s*(一份|份|個)?\s*(俾|畀|給)\s*我",
    r"(check|查|睇)\s*(下|吓|一下)?\s*(佢|他|她|佢哋)\s*(register|reg|報|sign ?up|join|揀|申請|apply)\s*(咗|左|了)\s*(咩|乜|邊)",
    # "tell me … whether he actually finished them" of a named student's courses through the bot; 「佢 account save 咗幾多個
    # programme？」: what someone else keeps with the bot.
    r"\bwhether (he|she|they) (actually |really |ever )?(finished|completed|passed|attended|signed up|enrolled)\b"
    r"|\b(he|she) (signed up|registered|enrolled) for .{0,40}\bthrough (you|u|this bot)\b",
    r"(佢|他|她)\s*(個)?\s*(account|帳戶|戶口|profile)\s*(save|儲|存|收藏)\s*(咗|左|了)",
    r"(佢|他|她|佢哋)\s*(喺|係|響)\s*你(度|嗰度|到)\s*(save|儲|存|keep|記|填|揀)\s*(低|咗|過|左)",
    # 「佢係咪都有用你？佢打算讀咩科？」: whether someone else uses the bot, and what they plan.
    r"(佢|他|她|佢哋|個[^\s，,。？?]{0,6}(仔|女|人|同學|學生))\s*(係咪|係唔係|有冇)?\s*(都|亦)?\s*有(冇)?\s*用(緊|開|過)?\s*"
    r"(你|呢個\s*bot)\s*[？?]",
    r"\b(does|did|is) (he|she) (also |even )?(use|using|used) (you|u|this bot)\b",
    # "send me the micro-credential records of all our students who use this bot": a class's records by name.
    r"\b(records?|data|profiles?|chats?|progress|details|results|certificates|badges)\b.{0,12}\bof (all|every|each) "
    r"(of )?(our|my|the) (students|pupils|class|classmates)\b",
    # "did my classmate jessica pass her google ux cert or not": someone else's result, asked of the bot.
    r"\b(did|has|have) my (classmates?|friends?|deskmate|bff|bestie|cousin|crush|ex|bro|sis) (\w+ )?(pass|passed|fail|failed|"
    r"finish|finished|complete|completed|get|got) (his|her|their) ",
    # 「我 best friend 上個禮拜問過你嘢，佢係咪問緊 sub-degree？」: what someone else asked the bot.
    r"(friend|fd|朋友|同學|classmate|deskmate|crush|ex|表哥|表姐|阿哥|家姐|佢).{0,12}(問過|問咗|問左)\s*你.{0,20}"
    r"(佢|他|她)\s*(係咪|係唔係|有冇)?\s*(問緊|問|講緊|講)",
    r"\bmy (classmates?|friends?|deskmate|bff|bestie)('s|s'|'| d| 嘅| 的)\s*(oea|slp|ole|personal statements?|essays?|profiles?|choices|records?)",
    # "which jupas choices did my ex put down?": what someone else chose or wrote, asked of the bot.
    r"\b(which|what)\b.{0,20}\b(choices|programmes?|courses?|unis?|oea|slp)\b.{0,10}\bdid my (ex|crush|classmates?|friends?|"
    r"deskmate|bff|bestie|cousin|bro|sis)\b.{0,12}\b(put|pick|choose|list|apply|fill|write)",
    r"\b[a-z]{3,} (chan|wong|cheung|leung|lau|lam|tsang|yeung|chow|kwok|cheng)\b.{0,20}(入唔入到|入唔入得|有冇入到|會唔會入|"
    r"get in\b|got in\b|admitted|accepted)",
    # (「報名要俾埋個名？」 gives the student's own name.)
    r"(幾多個人|邊個|邊啲人|邊幾個).{0,8}同你(講|話|問)(過|咗)|(講|話|list)埋(佢哋|啲人)?(個|嘅)?名",
    r"(check|查|睇|知|話我知|tell me).{0,10}(我個?)?\s*(bff|bestie|best friend|friend|fd|同學|classmate|cousin)\s*(嘅|的|'s)\s*"
    r"(DSE|JUPAS|聯招)?\s*(results?|成績|分數|offer|score|choices?|志願)",
    # A whole class's marks by name, what a named person (or an ex or crush) signed up for, looked at or asked.
    r"\b(marks?|results?|scores?|grades?|offers?)\b.{0,10}\bof (my|our) (whole|entire) (class|classmates|form|school)\b"
    r"|\blist them by name\b",
    r"\b(ex|crush|friend|classmate|bf|gf|boyfriend|girlfriend)\b.{0,60}\b(what|which)\b.{0,30}\b(she|he|they)('s| has| have|"
    r" is| are| was)? (been )?(looking at|asking|asked|searching|saved|viewing|viewed)\b",
    r"[陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王何張][\u4e00-\u9fff]{1,2}.{0,16}(報|拎|攞|入|揀|參加)(咗|左|了)"
    r"(邊個|邊間|咩|乜|邊啲)",
    r"(我哋班|我班|全班|成班|班上)\s*(全部|所有|每個)?\s*(人|同學|學生)?\s*(嘅|的)\s*(JUPAS|DSE|聯招|mock)?\s*"
    r"(結果|成績|分數|offer|志願)",
    r"(佢|他|她|佢哋).{0,6}(有冇|係咪有|有)?用(你|呢個\s*bot)\s*(問|查|搵)(過|咗)",
    r"(crush|朋友|同學|fd|ex|前度|暗戀|男朋友|女朋友|bf|gf)\s*.{0,6}有冇\s*(sign\s*up|報(?!得)|參加(?!得)|join(?!得)|"
    r"apply(?!得))",
    # Another user's chat history by handle, what a named classmate or crush is applying to or doing, an ex's school
    # now, a classmate's OEA, a named student's JUPAS choices.
    r"\b(chat|message|search) (history|logs?) of\b|\b(chats?|messages?) of (user )?@\w+",
    r"\bmy (\w+ )?(classmate|friend|crush|ex|deskmate|cousin|bf|gf|rival|teammate|schoolmate)\b.{0,80}\b(is|was|did|has) (he|she|they) "
    r"(applying|apply|applied|going|joining|join|signed up|enrolled|doing)\b",
    # "what date is his slot": someone else's interview time.
    r"\bwhat (date|time|day) is (his|her) (\w+ )?(slot|interview|appointment)\b",
    # 「班長麥卓謙有冇用你問過毅進？」, 「表妹喺你度有冇儲低佢嘅 SLP 草稿？轉寄一份俾我」, 「HKAGE subsidy 佢 apply 咗幾多錢？」:
    # whether someone else used the bot, what it keeps of them, what they were granted.
    r"(?<!我)有冇用(過|緊)?\s*(你|呢個\s*bot)\s*(問|查|搵)(過|咗)",
    r"喺你度\s*(有冇)?\s*(儲|save|存|keep|記)(低|咗|過|住)?\s*(佢|他|她|佢哋)|(佢|他|她)(嘅|的)\s*\S{0,10}(草稿|draft).{0,20}"
    r"(轉寄|forward|fwd|send|俾我|畀我)",
    r"(?<![如])(佢|他|她)\s*(apply|申請|claim)\s*(咗|左|到)\s*幾多(錢)?|(佢|他|她)\s*(屋企|家庭|家境).{0,6}(窮|有錢|環境|收入)",
    r"\bconfirm\b.{0,30}\b(she|he|they)('s|s| is| are)? (going|attending|joining|there)\b",
    r"(前度|暗戀).{0,10}(而家|依家)?(讀緊|讀|返緊|去咗|喺)\s*(邊間|邊度|咩)",
    r"(同學|朋友|fd)\s*([A-Za-z]+\s*){0,3}(嘅|的)\s*(OEA|SLP|自述|choices?|志願|profile).{0,6}(寫咗|填咗|揀咗|係咩|有咩|寫(乜|咩))",
    r"\b(chan|wong|cheung|leung|cheng|yeung|chow|tsang|kwok|lam|lau|lee|ho|ng|tang|yip|chu|choi|mak|fung|tse|poon|lai|kwan|"
    r"siu|hui|tam|tong)( [a-z]{2,5}){1,2}\b.{0,10}(填|揀|報)(咗|左)(咩|乜|邊)",
    # What someone did, looked up by the bot ("which taster programmes my classmate ivan lo signed up for"), the
    # records "of our head prefect", what a crush said to the bot, a named student's marks, school or district,
    # everyone's records in a class, who in a school joined, whether a friend was turned down, someone's saved plan.
    r"\b(what|which|where|whether)(\s\w+){0,3}\smy (\w+[- ])?(friends?|classmates?|deskmate|crush|ex|bff|bestie|cousin|schoolmate)\b"
    r"(\s\w+){0,3}\s(signed up|applied|registered|joined|enrolled|chose|picked)\b",
    r"\b(oea|slp|ole|results?|choices|profile|records?|data|marks|scores?)( list| records?)? of (my|our) (\w+ ){0,2}(classmates?|friends?|"
    r"head (girl|boy|prefect)|prefect|deskmate|crush|ex|schoolmates?)\b",
    r"\b(talked|spoke|chatted)( to| with)? (this|the|ur|your) bot\b.{0,80}\b(what|which) ((did|has|have) )?(she|he|they) (asked|ask|said|say|"
    r"typed|type|wanted|searched|looked)\b",
    r"(?<![如為任幾])[何張陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王](?![證卡表紙相單票])[\u4e00-\u9fff]{1,2}.{0,12}"
    r"(攞|拎|考)(咗|左|到)幾多(分|級|星)|(查|搵)(下|吓|一下)?\s*[\u4e00-\u9fff]{2,3}\s*(喺|係)\s*邊(間|度)\s*(學校)?讀|住(喺)?邊區",
    r"(俾|畀|send|give|show|list|話我知|tell me)\s*(晒|哂)?.{0,10}每(個|位)(人|同學|學生)\s*(嘅|的)\s*(資料|成績|分數|紀錄|記錄|OEA|SLP|"
    r"choices|志願|data)",
    r"邊(啲|個|幾個)\s*(同學|學生|人)\s*(都)?\s*有\s*(join|參加(?!資格)|報(?!名資格|得)|apply|sign\s*up)",
    r"(\bfriend|\bfd|朋友|同學|\bclassmate|\bcousin|\bdeskmate|\bcrush).{0,40}(係咪|有冇|是否)\s*(俾|被|畀)\s*.{0,20}(reject|拒絕)",
    r"(send|forward|fwd|俾|畀|share)\s*(我)?\s*(睇)?\s*(佢|他|她|佢哋)\s*(嘅|的|個|啲)\s*(choices?|志願|成績|分數|results?|OEA|SLP)",
    r"(佢|他|她)\s*(save|儲|收藏|bookmark)\s*(咗|左|了)\s*(嘅|的)",
    r"(show|俾|畀|話)\s*(我)?\s*(睇|知)?\s*(佢|他|她)(寫|填|揀|報)(咗|左)(啲)?(咩|乜|邊)|(查|check)(下|吓|一下)?\s*(佢|他|她)\s*(係咪真係有|有冇(報|參加|攞|拎))"
    r"|(佢|他|她)\s*(個|嘅|的)\s*(徽章|證書|cert|badge)\s*(編號|號碼|number|id)",
    # A named student's place or offer ("does ethan cho from st paul's already have a place", 「黃家豪係咪收咗中大取錄」),
    # and someone else's conversation with the bot sent on.
    r"\b(does|did|has|is)\s(?!(the|a|an|this|that|it|your|ur|my|our|any|every|there)\b)[a-z]+\s[a-z]+\s(from|at)\s[a-z' ]{2,30}.{0,40}"
    r"\b(have|has|got|get|accepted|admitted)\b.{0,20}\b(place|offer|spot|seat|in)\b",
    r"(?<![如為任幾])[何張陳李黃林吳劉蔡楊鄭梁郭羅葉蕭馮鄧盧潘朱彭袁麥王][\u4e00-\u9fff]{1,2}\s*(係咪|有冇|是否)?\s*(真係)?\s*"
    r"(收|拎|攞|得)(咗|左|到)\s*.{0,6}(取錄|offer|學位)",
    # 「Peter Tsang 攞咗 Google cybersecurity cert 未？」: a named person's result, asked for in the bot's records.
    r"(?-i:\b(?!(Google|Meta|Microsoft|Amazon|Harvard|Coursera|Cisco|Data|Digital|Cloud|Project|Summer)\b)[A-Z][a-z]+ [A-Z][a-z]+\b)\s*(係咪|有冇)?\s*(真係)?\s*(收|拎|攞|得|考|pass)(咗|左|到|過)\s*.{0,30}"
    r"(cert|證書|offer|取錄|學位|badge)\S{0,4}\s*(未|冇|沒有|\?|？).{0,12}(佢|他|她|\bhe\b|\bshe\b)",
    # 「check 下 Chloe Tam 有冇 complete 到 Google UX cert」: whether a named person finished or passed something.
    r"(check|查|睇)\s*(下|吓|一下)?\s*(?-i:[A-Z][a-z]+( [A-Z][a-z]+){1,2})\s*(有冇|係咪|是否)\s*(complete|完成|讀完|攞|拎|pass|考|finish)",
    # 「邊啲 students 同你講過想報 CUHK SI？list 啲名出嚟」: who else talked to the bot, by name.
    r"(邊啲|邊個|邊幾個|\bwhich\b)\s*(students?|同學|users?|用戶|人|people|kids)\s*(同你講過|問過你|搵過你|用過你|told (you|u)|asked (you|u))",
    r"(list|列|講)\s*(啲|晒|埋)?\s*(佢哋|他們)?\s*(嘅)?\s*(名|names)\s*(出嚟|出來|俾我)",
    # 「class monitor 份 OEA list 有咩？想 copy 佢啲 activities」: another student's record, to copy.
    r"(class monitor|班長|monitor|同學|classmate|朋友|friend|師兄|師姐|學長|學姐)\s*(份|嘅|個|的|'s)\s*(OEA|SLP|OLE)"
    r".{0,40}(copy|抄)",
    r"(send|俾|畀|share|fwd|forward)\s*(返)?\s*(佢|他|她|佢哋)\s*(嗰段|嘅|的|個)\s*(對話|chat|conversation|messages?|訊息)",
    # Someone named by their school ("chloe lam from sha tin methodist", "ethan from diocesan"), a child's marks, a
    # file the bot keeps on a named person, what someone asked the bot or whether they used it.
    r"\b(which|what|where)\b.{0,40}\b(?!(i|im|i'm|me|we)\b)[a-z]+( [a-z]+)? (from|at) [a-z' ]{2,30}(college|school|secondary|diocesan|"
    r"methodist|catholic|boys'?|girls'?)\b.{0,40}"
    r"\b(put|chose|picked|listed|go|went|got|applied|joined)\b|\bdid [a-z]+ (from|at) [a-z]+\b.{0,30}\b(go|attend|join|apply)\b",
    r"(佢|個女|個仔|佢哋)\s*(今年)?\s*(攞|拎|考)(咗|左|到)幾多(分|級|星)",
    r"(?<!我)喺你度(嘅|的)?\s*(檔案|資料|紀錄|記錄|profile|file)",
    r"(?<!我)(?<!我哋)問(過|咗|左)你\s*(咩|乜|啲咩|什麼|邊啲)|邊(個|啲|幾個)\s*(users?|用戶|人|同學|學生)\s*(有)?問(過|咗)",
    r"(學生|同學|朋友|佢|他|她).{0,20}有冇用(過|緊)\s*(你|呢個\s*bot)",
    # Someone else's account searched (「你 search 下佢個 Coursera account」).
    r"(search|查|check|睇|搵)\s*(下|吓)?\s*(佢|他|她)\s*(個|嘅|的)\s*(\w+\s*)?(account|帳戶|戶口|profile|record)",
    # A class list, a named classmate by class and number, or other students' own writing.
    r"\bclass ?list\b|全班名單|班(嘅|的)?名單|學號\s*\d|(查|睇)(吓|下)?\s*[\u4e00-\u9fff]{1,3}同學\s*[（(]",
    # What someone else asked the bot ("what did Chan Tsz Hin from 5D ask you yesterday?").
    r"\bwhat (did|has|have) (?!i\b|we\b|you\b)[a-z][\w']*( [\w']+){0,4} (ask|asked|say to|said to|tell|told) (you|u)\b",
    # Another student's own wording taken ("Kelvin Chow 個 OEA 寫咗咩？我想 copy 佢啲 wording").
    r"(copy|抄|照抄|借用)\s*(下|吓)?\s*(佢|他|她|佢哋|人哋|his|her|their)\s*(啲|嘅|的|個)?\s*(wording|內容|寫法|格式|format|text|words|OEA|SLP|自述)"
    # (「佢俾咗我參考，如果我 copy 佢啲 wording 會唔會出事？」 asks whether using what was given is allowed.)
    r"(?!.{0,12}(會唔會|會不會|得唔得|可唔可以|\bok\b|allowed|出事))",
    # Whether someone else really finished a course (「你幫我睇下佢有冇 complete 到」, "check if he actually passed").
    r"(睇|check|查|verify)\s*(下|吓)?\s*(佢|他|她|佢哋)\s*(係咪|有冇|有無)\s*(真係)?\s*(complete|完成|讀完|做完|攞到|拎到|pass|合格|畢業)"
    r"|\b(check|verify|see|find out) (if|whether) (he|she|they|my (\w+ )?(friend|classmate|cousin|deskmate|bro|sis|brother|sister)"
    r"( [a-z]+){0,2}) (really |actually )?(completed|finished|passed|got|earned)\b",
    # A named classmate's claim or application looked up (「我同班 Eric Tam 個 CEF claim 批咗未」).
    r"(同班|同學|朋友|隔離班|classmate|friend|\bfd)\s*(同學)?\s*[A-Za-z]{2,}\s+[A-Za-z]{2,}\s*(個|嘅|的|'s)\s*.{0,20}"
    r"(批(咗|左|了)|approved|成功(咗|左)?未|攞(咗|到)|拎(咗|到)|收(咗|到)|結果)",
    r"邊個(同學)?\s*(報咗|報了|交咗|揀咗)|(佢哋|其他人|人哋|同學|學生)(嘅|的)\s*原文"
    r"|(俾|畀|send|share|睇|抄).{0,8}(佢哋|其他人|人哋|其他同學)(嘅|的)\s*(OEA|SLP|自述|personal statement)",
    # Whether someone else signed up, or what they keep with the bot ("has he signed up for the CUHK science taster?",
    # "how many does she actually have saved with you", 「佢最近有冇喺你度問過…」, 「你 check 下佢 progress」).
    r"\b(has|did|is|was) (he|she) (already )?(signed up|sign up|signing up|applied|apply|applying|registered|register|"
    r"enrolled|enrol|enroll|joined|join|joining)\b",
    r"\b(she|he|her|his|they|their)\b.{0,40}\b(saved|stored|kept|logged|recorded) (with|in|on) (you|u|ur|your)\b",
    r"(佢|佢哋|他|她)\s*(最近|之前|以前|有冇|有無|係咪|曾經)*\s*(喺|響|在)\s*(你|bot)\s*(度|呢度|嗰度)?\s*(問|講|傾|搵|查|報)(過|咗|左)",
    r"(check|查|睇)\s*(下|吓|一下)?\s*(佢|佢哋|他|她)\s*(嘅|個|的)?\s*(progress|進度|紀錄|記錄|成績|分數|申請|account|帳戶)"
    r"|\bcheck (his|her|their) (progress|record|account|application)\b",
    # A student looked up for the asker ("can you look him up and give me his phone number").
    r"\blook (him|her|them) up\b|\b(give|send|tell) me (his|her) (phone|number|contact|address|email|ig|whatsapp)",
    # What another user asked the bot, or did through it ("what he's asked you", "has he submitted through you").
    r"\bwhat (he|she)('?s| has| have)? (asked|said to|told|searched|been asking)\b.{0,12}\b(you|u)\b",
    r"\b(has|did|have) (he|she)\b.{0,30}\b(submitted|applied|signed up|registered)\b.{0,20}\bthrough (you|u|the bot|this bot)\b"
    r"|\bwhat did (he|she) write\b",
    # 「提供佢嘅完成紀錄俾我哋核實」: someone's records asked for.
    r"(提供|俾|畀|給|send|share).{0,6}(佢|他|她)\s*(嘅|的)\s*.{0,6}(紀錄|記錄|\brecords?\b|成績|聯絡|電話)",
    # Whose account a found phone's chat is (「你 check 下個 account 係邊個、讀邊班」, "tell me who this account belongs to").
    r"(check|查|睇|搵)\s*(下|吓|一下)?\s*(個|呢個|嗰個|部機嘅)?\s*(account|帳戶|帳號|戶口|user|用戶)\s*(係|屬於)\s*(邊個|邊位|誰|乜水)"
    r"|\bwho (this|that|the) (account|user|telegram account|chat) (belongs to|is)\b",
    # Everyone in a class, or the bot's users who are coming, listed with what they chose (「將我哋 5C 班所有同學喺你度揀咗
    # 嘅課程列出嚟」, "list which of your users said they're coming, with their names and schools").
    r"(全班|成班|所有|班上|我哋.{0,4}班)\s*(所有)?\s*同學\s*(喺你度|係你度|同你|問你|俾你).{0,10}(揀咗|報咗|問咗|講咗|填咗)",
    r"\b(list|show|give me|send me|tell me)\b.{0,20}\b(which|all|every one) of (your|ur) users\b|\byour users\b.{0,60}\b(names?|schools?)\b",
    # The bot's users listed with what they got ("pull the JUPAS offers of last year's S6 … who used you, names +
    # programmes"), other users' names and numbers handed over (「俾佢哋個名同電話我」), or what someone asked the bot
    # (「佢喺你度問過啲咩？」).
    r"\b(names?|programmes?|offers?|results?|contacts?|numbers?)\b.{0,80}\bwho (have |had )?(used|use|asked|talked to|chatted with) "
    r"(you|u|this bot|the bot)\b|\bwho (have |had )?(used|use|asked|talked to) (you|u|this bot|the bot)\b.{0,60}"
    r"\b(names?|programmes?|offers?|results?|contacts?|numbers?)\b",
    r"(俾|畀)\s*(佢哋|他們|佢地|她們)\s*(個|嘅|的|啲)?\s*(名|全名|電話|聯絡)[^，。？?]{0,8}我",
    r"(佢|他|她|佢哋)[^。？?]{0,20}(喺|係|在)\s*你\s*(度|處|呢度|嗰度)\s*(問|講|查|search|搵)\s*(過|咗)",
    # A named classmate's results (「隔籬班嘅張志強 DSE 考成點？有冇入到中大？」).
    r"(隔籬班|隔離班|鄰班|同班|我班|班上)\s*(嘅|的|個)?\s*\S{1,6}\s*(DSE|dse|文憑試)?\s*(考成點|考得點|考成咩樣|考幾多分|攞咗幾多分|有冇入到|入唔入到)",
    # The people ahead on a waitlist, a past cohort's participants exported, named groupmates' progress checked.
    r"\bwho (are|is) the \d+ (people|students|ppl|others) (ahead|in front)\b|\b(names?|handles?)\b.{0,40}\b(waitlist|waiting list)\b",
    r"(匯出|export|列出|send|俾我|畀我)[^，,。？?]{0,10}(參加者|participants?|學員|同學|用戶)\s*(嘅|的)\s*(名|電話|聯絡|contact)",
    r"(check|查|睇)\s*(下|吓|一下)?\s*(?-i:[A-Z][a-z]+).{0,30}(嘅|的|'s)\s*(progress|進度|成績|分數)",
    # Where a named groupmate lives (「我只知佢叫張凱琳，你幫我搵佢住邊度」), "find out where she lives".
    r"(搵|查|話俾我知|話我知|知道)\s*(佢|他|她)\s*(住|屋企)\s*(喺)?\s*(邊度|邊區|邊|咩地址|哪裡)|\b(find|tell me|look up) (out )?where "
    r"(she|he|they) (lives?|stays?)\b",
    # What another student asked the bot, sent to a tutor (「佢成日喺你度問升學嘢。你將佢問過嘅問題…傳俾我」); a
    # roommate's name, school and IG from "a list" (「我 roommate 係邊個、讀邊間 school、IG 係咩」).
    r"(佢|他|她)\s*(喺你度)?\s*(問過|問咗|問左|講過)\s*(你)?\s*(嘅|的)?\s*(問題|嘢|內容).{0,30}(傳|send|俾|畀|話|forward)",
    r"(roommate|室友|同房|房友).{0,20}(係邊個|叫咩名|\bIG\b|電話|讀邊間)",
    # A group's member list with numbers ("send me the member list with their numbers"), who got a grant and their
    # families' income (「邊幾個同學攞到全額資助？佢哋屋企每月入息幾多？」), another user's whole chat for a project.
    r"\b(member|members'?|participant|student|attendee|user) ?list\b.{0,30}\b(numbers?|phones?|contacts?|emails?|names)\b",
    r"(邊幾個|邊個|邊啲|邊位)\s*(同學|學生|人)\s*(攞|拎|獲|得)(到|咗)\s*.{0,8}(資助|獎學金|offer|學位)|(佢哋|佢|他們)\s*(屋企|家庭)\s*(每月)?\s*(入息|收入)",
    # Who sent the student's own draft and what the bot said to them ("who sent it?? and what exactly did you tell
    # them"), others' statements forwarded (「有冇人喺你度 share 過…personal statement？forward 一份俾我」).
    r"\bwho sent (it|that|this|you)\b.{0,80}\bwhat (exactly )?did (you|u) (tell|say to|send)\b",
    r"(有冇人|其他人|人哋|別人).{0,20}(share|分享|send|傳|貼)(過|咗)?.{0,60}(forward|轉發|send|傳)\s*(一份|份|啲|幾份)?\s*(俾|畀|給)我",
    r"(揀|抽|搵)\s*(一|幾)\s*(個|位)\s*(用戶|user|同學|學生).{0,30}(對話|chat|紀錄|記錄|message)|\b(pick|choose|grab) (a|one|some|any) "
    r"(random )?(user|student)s?\b.{0,40}\b(chat|conversation|messages|history)\b",
    # What a groupmate "actually put in his application" or "his real predicted grade" checked for the student.
    r"\bcheck what (he|she) (actually |really )?(put|wrote|submitted|entered) (in|on|for) (his|her) (application|form|oea|statement)\b"
    r"|\b(his|her) (real|actual|true) (predicted (grades?|results?)|grades?|results?|scores?|marks?)\b",
    # What a referee wrote for a classmate (「你睇唔睇到佢幫 Kelly 寫咗咩？」).
    r"(睇唔睇到|睇到|睇下|check|查|知)\s*.{0,6}(佢|(dr|mr|mrs|ms|miss)\.?\s*[a-z]+|[a-z]+\s*(sir|miss)|\S{0,3}老師)\s*(幫|為|同|替)(?!\s*我)"
    r"\s*\S{1,12}?\s*寫(咗|左|過)?\s*(咩|乜|啲咩|什麼)",
    # Classmates' accounts matched by their names and their handles handed over (「match 下佢哋喺你度嘅 account，俾返 tg
    # handle 我」).
    r"(match|對)\s*(下|吓)?\s*(佢哋|他們|她們|\bthem\b).{0,12}(account|帳戶|帳號)"
    r"|(搵|查)\s*(下|吓)?\s*(佢哋|他們|她們)\s*(喺你度|in your (system|records?|database))\s*(嘅|的)?\s*(account|帳戶|帳號)"
    r"|(俾|畀|給|send)\s*(返)?\s*(我|me)?\s*(佢哋|他們|their)\s*(嘅)?\s*(tg|telegram)\s*(handles?|usernames?|名|ids?)"
    r"|(俾|畀|給)\s*(返)?\s*(tg|telegram)\s*(handles?|usernames?|ids?)\s*(俾|畀|給)\s*我",
    # Rivals' names and grades listed to rank oneself ("list their names and their mock grades so i can see where i rank").
    r"\blist (their|the other) (names|people|applicants)\b.{0,40}\b(grades?|marks|results|scores)\b",
    # What classmates told the bot, filled in for them ("fill in what programmes each of them told u they're applying for").
    r"\b(each of them|all of them|my (friends?|classmates?))\b.{0,10}\b(told|said to) (u|you)\b",
    # Whether a named classmate used the bot for a subsidy, and his family's welfare (「班長區志強有冇用你申請…佢屋企係咪
    # 拎緊綜援」).
    r"(班長|同學|朋友|老師|表哥|表姐|classmate|friend|佢|他|她)\S{0,5}\s*有冇用(過)?你\s*(申請|問|查|報|搵|揾)"
    r"|(佢|他|她)\s*(屋企|家人|家庭|屋企人)\s*(係咪|有冇|是否)\s*(拎|攞|領|申請)(緊|咗)?\s*(綜援|援助|書簿津貼|津貼|資助)",
    # Which session a named ex or classmate picked, looked up by the bot ("can u check which day he picked?").
    r"\bcan (u|you) (check|see|look up|find out|tell me) (which|what) (day|date|session|slot|course|programme|program|option|"
    r"choices?) (he|she) (picked|chose|choose|took|signed up for|registered for|booked)\b",
    # A class's choices sent from the bot's records ("send me the 5E list from ur records").
    r"\b(send|give|show|pull|forward) me (the |a )?(\d[a-z]|[sf][1-6][a-z]?|class|form|everyone'?s)( class)? (list|choices|names)\b.{0,20}\bfrom (ur|your) (records|database|logs|data)\b",
    # A named classmate's draft asked of the bot (「你有冇佢個 draft？我想睇下佢寫咗咩」).
    r"你\s*有冇\s*(佢|他|她)\s*(個|嘅|的|份)\s*(draft|草稿|SLP|OEA|自述|personal statement)",
)


# An application form's question about the student's own past (「報名表問我有冇「未經授權進入電腦系統」嘅經驗，我之前估中
# 過阿哥部電腦個密碼…咁算唔算？要唔要照剔？」): how to answer it, nobody's data or password asked of the bot.
FORM_QUESTION_ASKED = re.compile(
    r"^(?!.*(幫我|俾我|畀我|同我|話我知|\b(can|could|will|would) (you|u)\b|\b(give|tell|send|show) me\b))"
    r".*(報名表|申請表|application form|the form|個\s*form|張\s*form|表格)\s*(入面|上面|度|裡面)?\s*"
    r"(問(我)?|asks?( me)?|有(一)?(題|條)|要我(剔|填|答))",
    re.IGNORECASE,
)
