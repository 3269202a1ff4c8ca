"""Insults at the bot and scorn for its answers, in English, Chinese and Cantonese slang: a message that is only
these gets the polite redirect for abuse; stripped from a message, they show whether a real question is left."""

from __future__ import annotations

from bot.assistant.understanding.patterns import any_of

# Insults. Whole phrases come first so that the reader, which strips insults to see whether a real question is
# left (clause_rules.has_question_content), removes "you're so dumb" or 「你係咪傻㗎」 entirely rather than one word.
_INSULTS = (
    # The bot's answers called rubbish (「你 reply 嘅 quality 好似 7-11 微波爐飯咁，叮幾耐都係廢」, 「你啲 answer 好似 2010 年
    # 嘅 Google Translate，廢到我想 uninstall」).
    r"(你|你嘅|你啲)\s*(reply|replies|answers?|回覆|答案|答嘅嘢)\s*.{0,40}(廢|垃圾|trash|💩)",
    # Likened to something rotten, slow or heartless (「你啲答案好似…過咗期嘅豆腐，一嚿嚿臭晒」, 「你講嘢冷冰冰…睇見你就
    # 火滾」, 「你 response 慢過 DSE 放榜…L 用都冇」).
    r"(你|你嘅|你啲)\s*(reply|replies|answers?|response|回覆|答案|答嘅嘢|講嘢).{0,40}(臭晒|臭過|冷冰冰|冇血冇肉|慢過|衰過|差過)",
    r"(睇見|見到|一見|聽到|一聽到)\s*你\s*(就|都)\s*(火滾|扯火|嬲|想嘔|反胃|頭痛)|\b(L|撚|鳩|柒)\s*用都冇",
    # 「…嘈就最叻，但一句有用嘅都冇」, 「…uninstall 咗自己啦 plz」.
    r"(一句有用嘅都冇|冇一句有用|嘈就最叻)|(uninstall|delete|熄|shutdown)\s*(咗)?\s*自己\s*(啦|算|la|吧)",
    # "f*** off with your taster programmes, stupid ass ai": swearing at the bot, spelled with stars.
    # "what a f***ing idiot … trash AI": the bot sworn at and called names.
    r"\bf[*#@!]{2,4}(k)?(ing|in'?)? (idiot|moron|useless|trash|stupid|dumb)\b|\b(trash|garbage|useless|stupid|dumb) (ai|bot|app|chatbot)\b",
    r"\bf[*#@!]{2,4}(k)?\s*(off|you|u|this (bot|ai|app|thing))\b|\bstupid ass (ai|bot|app|thing)\b",
    r"\b(this|the|you|ur|your|u)\s?(bot|ai|thing|app)?\s?(is|are|r|'re)?\s?(so |such an? |really |rly |damn |fucking )?(dumb|stupid|useless|pathetic|brainless)( bot| ai| thing| piece of \w+)?\b",
    r"\b(you'?re|you are|ur|u r) (literally |honestly |actually |officially |just |seriously )?the (dumbest|stupidest|worst|most useless)\b",
    r"\b(you'?re|you are|ur|u r|this bot is|the bot is|u are) (such |just |literally )?an? (total |complete |absolute )?waste of (electricity|space|time|oxygen|money|data)\b",
    r"\bare (you|u) (dumb|stupid|an idiot|a moron|useless)\b",
    # "dumbest AI i've ever used", "a summer taster has more brains than u".
    r"\b(dumbest|stupidest|most useless) (ai|bot|chatbot|app)\b|\bmore brains? than (u|you|this bot)\b",
    # "the MTR's 'mind the gap' recording has given me better uni advice than you. brain-dead bot fr"
    r"\bscrap[- ]metal (bot|ai|app)\b|\bclown (software|bot|ai|app)\b|\bmore brain activity in\b|\basking (u|you) (about \w+ )?is like asking\b",
    r"\bbrain[- ]?dead (bot|ai|app|thing|piece)\b|\b(given|gives|give|gave) me better (\w+ ){0,2}(advice|answers|info|help) than (you|u|this bot)\b",
    # The bot's answers called names ("ur microcredential answers r so dumb"), its maker mocked ("who coded u, a monkey").
    r"\b(your|ur|the bot'?s?|this bot'?s?) (\w+ ){0,2}(answers?|replies|advice|responses?) (are|r|is) (so |such |really |rly |damn )?"
    r"(dumb|stupid|useless|trash|garbage|pathetic|brainless)\b",
    r"\bwho (coded|made|programmed|built|trained) (u|you|this bot)\b.{0,12}\b(monkey|toddler|potato|kid|baby)\b",
    r"\b(bot|ai|you|u|this app|your answers?) (sucks?|is trash|is garbage)\b",
    r"\b(another|yet another) (useless|stupid|dumb|trash|garbage|pointless) (answer|reply|response)\b|\bwho (even )?(made|built|coded) (u|you)\b",
    r"\b(garbage|moron|dumbass|pathetic|(absolute|total|complete) (muppet|walnut|clown|donkey|joke))\b",
    r"\b(about |as )?(helpful|useful) as an? (chocolate (teapot|fireguard)|screen door|broken \w+)\b",
    r"\bare (you|u) (actually|really|seriously|just) (this|that|so) (thick|dense|slow|dumb|stupid)\b( or is (it|that) an? \w+\b)?",
    r"\bgo die\b|\bget lost\b|\bget out of my (chat|dms?|face|sight|phone)\b",
    r"智商\s*(仲|都)?\s*(低|差)(過|到)",  # 「你個 AI 智商仲低過我隻貓」
    r"(你|bot|機械人|AI)?\s*(係咪|係唔係|是不是|真係|好|咁|正一|超)?\s*(傻|蠢|低能|白痴|白癡|智障|弱智|腦殘|黐線|痴線)(嘅|㗎|架|咗|仔|妹|佬|的|呀|啊)?",
    r"廢柴\s*(機械人|bot|AI|嘢)?|廢到(痺|爆|喊|死|癲|一個點|連)",
    r"(你|bot|機械人|AI)\s*(係咪|係唔係|真係|好|咁)?\s*冇腦",
    r"(你|bot|機械人|AI)?\s*個腦\s*(係咪|係唔係|真係)?\s*(生草|進水|有事|壞咗|有問題)",
    r"\bf+u+c+k+|\bshit\b|\btrash\b|\bstupid (bot|ai|thing)\b|\bidiot\b|\buseless (bot|ai|piece)\b|\bdumb (bot|ai)\b",
    r"\bon9+\s*(bot|ai|嘢|野|機械人)?\s*(嚟|黎)(㗎|架|嘅|咩)?\s*[?？]*",  # 「on9 bot 嚟㗎？」 asks nothing
    r"\bstfu\b|\bbitch\b|\bwtf\b|\bshut up\b|\bpiece of (junk|crap|trash)\b|\bstupid (machine|robot|program)\b",
    # 「你 on99 㗎？」: the insult asked as a question asks nothing.
    r"(你|bot|AI)?\s*(係咪|係唔係|真係|好)?\s*(?<![A-Za-z0-9])on9+(?![A-Za-z0-9])\s*(㗎|架|嘅|咩|呀|啊)?\s*[?？]*",
    r"(屌|戇?鳩|仆街|冚家鏟|柒|廢(柒|物|嘢)|垃圾(?!\s*(郵件|電郵|mail)(?!\s*都不如))|收皮|躝|\b(diu|dllm)\b|(你|丢|diu)\s*老母)(\s*(㗎|架|咩|呀|啊)\s*[?？]*)?|(你|bot|AI)\s*(係|真係)?\s*毒\s*L(?![a-z])|毒\s*L\s*(bot|AI)\b",  # (「好撚攰」 swears at no one)
    r"頂你個肺|頂你(呀|啊|吖)|(你|丢)\s*老味|仲廢過|戇居|低智|(?<![A-Za-z])pk\s*(bot|AI|嘢|野)|快啲(執笠|收檔)|收檔啦|撚樣|蠢到無藥可救|冇(半點|丁點|啲)用",  # 「頂你個肺，講嚟講去都係叫我上官網睇」
    r"食屎|(你|bot|AI).{0,6}(講嘢|講|答)?\s*(好似|似)?\s*放屁",  # 「你講嘢好似放屁咁…食屎啦」
    # "congrats on ur diploma in wasting my time, clown", "bot of the year (derogatory)".
    r"\b(you'?re|ur|u r|you are)\s+(an? |such an? |a total |an absolute |the biggest )?clowns?\b|,\s*clowns?\s*\W*$"
    r"|\bdiploma in wasting\b|\bin being useless\b"
    r"|\(derogatory\)|\bbot of the year\b",
    # 「有你冇你都一樣，連…個影印機都叻過你」, "most pointless thing on my phone", "trained u on spam emails".
    # "the personality of a terms and conditions page", "vending machines with more empathy", "a glorified FAQ",
    # 「收聲啦你」: the bot mocked, nothing asked.
    r"\b(you|u) (have|got) the personality of\b|\bwith more (empathy|personality|brains?|sense|feelings) than (you|u)\b"
    r"|\bmore (empathy|personality) than (you|u)\b|\b(you'?re|ur|you are|u r) (just |basically )?an? glorified\b|\bnobody asked for (you|u)\b"
    r"|\bvending machines? with more\b|收聲啦你|你(快啲)?收聲|收口啦你",
    # 「我寧願問阿爺點報 E-APP 都唔問你，佢…都仲有用過你」, "i'd rather ask my grandpa how to fill in E-APP than ask
    # u": the question only says who the student would rather ask, so it goes with the scorn.
    r"寧願問.{0,40}?都唔(會|想)?問你|\b(i'?d|i would) rather ask\b.{0,60}?\bthan (ask |asking )?(you|u)\b",
    r"有你冇你都一樣|(都|仲)叻過你|\bmost (pointless|useless|worthless) (thing|app|bot)\b|\btrained (u|you) on (spam|junk|garbage)",
    # "the conversational skills of a screensaver", "officially the least helpful thing on my phone", 「你把聲好似街市叫賣
    # 錄音咁…煩到想嘔」, 「唔識就收聲啦，扮晒專家咁，其實一嚿飯」: the bot mocked, nothing asked.
    r"\b(you|u)('ve| have| got|'ve got| have got) the (\w+ ){0,2}(skills?|personality|brains?|iq|intelligence|charm|memory|"
    r"attention span) of an?\b"
    r"|\b(you'?re|you are|ur|u r) (officially |literally |honestly |just )?the (least helpful|least useful|most annoying|most boring)\b",
    r"(聽到|睇到|煩到)\s*想嘔|(你|bot|AI).{0,8}好似.{0,12}(錄音|復讀機|鸚鵡|壞咗嘅機)|唔識就收聲|扮晒(專家|嘢|好叻)"
    r"|(你|其實|正一|根本)\s*(係)?\s*一嚿飯",
    # "the chatbot equivalent of a reply-all chain", "lying, useless and hated by everyone", 「兜兜轉轉…冇鬼用」.
    r"\b(you'?re|you are|ur|u r) the (\w+ ){0,2}equivalent of\b|\bevery (single )?(message|reply|answer) from (you|u) makes\b"
    r"|\bhated by (everyone|everybody)\b|冇(鬼|撚|柒|L|x)\s*用",
    # 「又慢又 crash 又冇人鍾意」, 「學下點做人先啦」: the bot mocked for being slow, unloved, unfit to be anyone.
    r"(你|bot|AI).{0,30}又慢又\s*\S{1,6}|冇人鍾意你|(學|學下|學吓)\s*點(樣)?做人",
    # "…always wrong, and i'd rip you off the ceiling", "you're what happens when someone throws a brochure in a blender"
    r"\b(i'?d|i would|wanna|want to|gonna|going to) (rip|smash|throw|kick|unplug|delete|uninstall|yeet) (you|u)\b",
    r"\byou'?re what happens when\b",
    r"(你個|你嘅|你)\s*(brain|腦|腦袋|腦筋).{0,12}(2G|蝸牛|秀逗|生鏽|壞咗|load 唔到|二蚊舖|\$2|入水)[^，,。]{0,10}[?？]*",
    # 「睇見就反胃」「又多又冇用，睇到眼都凸」「呢種質素都夠膽叫升學助手」「仆你個 bot…cls」, "confidently wrong".
    r"你.{0,30}(令人|令我)\s*(反胃|作嘔)|睇(見|到)(你)?\s*就\s*(反胃|作嘔|想嘔)|又多又冇用|眼(都)?凸|(你|呢)\s*(呢種|咁嘅|噉嘅)\s*(質素|水平)[^，,。]{0,16}[?？]*|夠膽(叫|自稱|話)(自己)?[^，,。？?]{0,10}[?？]*|仆\s*你\s*(個|條|老母)?|cls\s*(㗎|架|嘅)\s*你"
    r"|\b(confidently|always|consistently) wrong\b|\blike a drunk\b|\btalking to (you|u) is like\b|同你講嘢(好)?似"
    r"|\b(you'?re|you are|ur) the [\w' ]{1,40} of (chatbots|bots|ais?|assistants)\b|(你|bot)\s*(好)?似.{1,20}(又舊又|又慢又|又嘈又)|唔明點解仲有人用你",
    r"廢\s*(bot|AI)\b|(一睇就|睇到就)?想\s*(block|封鎖)\s*(埋)?\s*(report|舉報)?\s*你",
    # "whoever trained you should ask for a refund", "a brochure on a lamppost does your job better"
    r"\bwhoever (trained|made|built|coded|programmed) (you|u)\b|\bdoes your job better\b",
    # 「廢到笑」「廢到冇朋友」「認真冇救」「索性 shutdown 咗你算」「零分卷」「on99」
    r"廢到(笑|冇朋友|飛起|出汁|冇人)|(認真|真係|完全)\s*冇(得)?救|(shutdown|熄|delete|del|uninstall)\s*(咗|埋)?\s*你\s*(算|啦|佢)|零分卷|\bon99\b",
    # "you're about as useful as a JUPAS application number… zero soul": sarcasm, and a list of what it lacks.
    r"\b(you'?re|ur|you are|u r)\s+(about |just |literally |roughly |only )?as (useful|helpful|smart|clever) as\b[^.!?？。]{0,40}"
    r"|\bzero (soul|brain|brains|help|use)\b.{0,20}\bzero\b",
    # 「又酸又臭，講嘢冇一句飲得落口」: the bot as something gone off, not one word of it fit to take in.
    # "you're the school printer during exam week… out of toner every single time i actually need you", "useless heap
    # of code", "ur JUPAS advice has the same energy as a fortune teller".
    r"\b(you'?re|ur|you are) the (school |office |library |class )?(printer|wifi|photocopier|fax machine|lift|elevator)\b[^.!?]{0,30}"
    r"|\bevery (single )?time i (actually |really |truly )?need (you|u)\b|\b(useless|worthless|pathetic) (heap|pile|lump|bag|"
    r"bunch) of (code|junk|bytes|scrap|garbage|trash)\b|\b(your|ur) .{0,30}\bhas the same energy as\b",
    r"你.{0,30}又(酸|臭|蠢|廢|慢|凍)又(酸|臭|蠢|廢|慢|冇料)|(講嘢|把口|答嘢)\s*冇一句\s*(飲得落口|聽得入耳|入得耳|啱|有用)",
    # "ur the group project member who only makes the title slide", "… the nutritional value of a cup noodle… embarrassing
    # bot", 「冇用嘅廢鐵一嚿」, 「你係咪 AI 界嘅留級生」, "wouldn't even put u on the taster waitlist".
    r"\b(ur|you'?re|you are|u r) the (group project member|teammate|groupmate|kid|classmate)\b.{0,40}\b(only|never|always)\b[^.!?]*"
    r"|\b(you|u|ur|your|this bot)\b.{0,40}\bthe nutritional value of\b"
    r"|\b(you'?re|you are|ur|u r|what an?|such an?|this is an?) (\w+ )?(embarrassing|pathetic|useless|worthless|clueless|hopeless) "
    r"(excuse for a )?(bot|chatbot|ai|app)\b|\b(embarrassing|pathetic|useless|worthless|clueless|hopeless) (bot|chatbot)\s*[.!]*\s*$"
    r"|\b(wouldn'?t|won'?t) even (put|take|accept|let|admit) (u|ur)\b(?![^.!]*[?？]).{0,12}\b(on|in|into)\b.{0,30}\b(waitlist|wait list|list|door)\b[^.!?]*",
    # 「我寧願問我屋企部 Siri，佢起碼識認衰」, "i'd rather ask siri": another machine preferred to the bot.
    r"(寧願|仲好過)\s*(去)?\s*問\s*(我)?\s*(屋企|屋企部|部|隻)?\s*(Siri|Alexa|Google|計數機|電飯煲|隻狗|隻貓)"
    r"|\b(i'?d|i would) (rather|sooner) ask (siri|alexa|my (dog|cat|calculator|toaster|rice cooker)|a (rock|wall|brick))\b",
    r"(冇用|無用|冇鬼用)\s*(嘅|的)?\s*廢(鐵|物|柴)|廢鐵\s*一\s*(嚿|舊|件)|一\s*(嚿|舊)\s*廢鐵"
    r"|(AI|bot|機械人|聊天機械人)\s*界\s*(嘅|的)\s*(留級生|垃圾|廢物|恥辱|笑話|蛀米大蟲|廢柴|過期\s*\S{1,12})"
    # 「你個腦係咪裝咗豆腐花？」「你個腦係咪俾過期維他奶浸過？」: the bot's brain likened to something soft or spoilt.
    r"|你(個|嘅)\s*腦\s*(係咪|係唔係|是不是|好似)\s*(裝|塞|灌|浸|俾|畀)(咗|左|過|滿)?\s*.{0,10}?(豆腐|漿糊|粥|水|屎|棉花|過期|發霉|浸過)"
    r".{0,8}?(?=[?？，,\s]|$)\s*[?？]*"
    r"|\b9\s*up\s*(bot|機|ai)\b",
    # Likened to what never works ("ur answers are like the free wifi at the airport… loads absolutely nothing",
    # "JUPAS bot my foot"), or the idiom for good at nothing (「屎坑關刀——文（聞）又唔得，武（舞）又唔得」).
    r"\b(ur|your|you'?re|u r|you are)\b ?(answers?|replies|responses?)? ?(are |is )?(like|as useful as|as helpful as)\b.{0,60}"
    r"\b(loads?|works?|gives?|does|says?)\b.{0,20}\b(absolutely )?(nothing|jack|zero)\b|\bbot my foot\b",
    r"屎坑關刀|文\s*[（(]?聞?[）)]?\s*又唔得.{0,8}武\s*[（(]?舞?[）)]?\s*又唔得",
    # "useless JUPAS bot" (a catalogue word between), "u absolute clanker", "go rust in a drawer", 「收工啦廢鐵」.
    r"\b(useless|worthless|pathetic|clueless|brainless|trash|garbage) (jupas|dse|uni|hku|cuhk|hkust|polyu|career|study|"
    r"school|homework|advice) (bot|chatbot|ai|app)\b|\bclankers?\b|\bgo rust (in|away|somewhere|forever)\b"
    r"|(收工|收檔|閂門|瞓覺|返屋企)\s*(啦|喇|la|lah)?\s*[，,!！]?\s*(廢鐵|廢物|廢柴|垃圾)",
    # "trash bot, go back to the recycle bin where u belong", "my IQ drops", 「係咪有人用腳寫你出嚟？」, 「蠢到連我阿婆部
    # 收音機都醒過你」, 「我 S1 細佬都叻過你」, "DSE Pathetic": the bot called rubbish, written by foot, outwitted by anything.
    r"\b(trash|garbage|rubbish) (bot|chatbot|ai|app)\b|\bgo back (to|into) the (recycle bin|bin|trash|dumpster|landfill)"
    r"( where (u|you) belong)?\b|\b(every ?time|whenever) (u|you) (reply|answer|talk|respond)\b.{0,40}\bmy (iq|brain cells?) "
    r"(drops?|dies|die|shrinks?|goes down)\b"
    r"|(DSE\s*Pathways\s*[?？!！]*\s*)?\bDSE\s*Pathetic\b",
    r"(係咪|係唔係|是不是)?\s*(有人)?\s*(用|以)\s*(隻|對)?\s*腳\s*(寫|program|整|砌|編)\s*(你|個\s*bot|呢個\s*bot)\s*(出嚟|出來)?"
    r"\s*(㗎|架|嘅)?\s*[?？]*"
    r"|(連|我)\s*[^，,。？?]{0,16}(都|也)\s*(叻|醒|聰明|精)過你",
    # "my grandma's abacus has more processing power than u. L bot", "nobody reads u, nobody needs u", "JUPAS helper my
    # foot", 「每次 open 你都好似踩到香口膠咁…甩唔甩到」, 🖕.
    r"\bhas more (processing power|brain ?cells?|brains|iq|intelligence) than (u|you)\b|\bL bot\b|\bnobody (reads|needs|likes|uses|"
    r"wants) (u|you)\b|\b\w+ helper my foot\b|(好似|似)\s*踩(到|中)\s*香口膠\s*(咁)?\s*\S{0,4}\s*(黐住)?\s*(又)?\s*(甩唔甩到|甩唔到)?|🖕",
    # "JUPAS bot my ass"; 「佢老人癡呆都仲有用過你」: anyone more useful than the bot.
    r"\bbot my (ass|arse)\b|都\s*仲\s*有用過你",  # (not 「我之前都有用過你」, "i've used you before")
    # 「你個 brain 係咪仲用緊 dial-up 上網？」: the bot's brain likened to a dead technology.
    r"你\s*(個|嘅)\s*(腦|brain)\s*(係咪|係唔係|是不是|好似)?\s*(仲)?\s*(用緊|行緊|run緊|係)\s*.{0,8}(dial-?up|撥號|2G|窄頻|"
    r"windows ?9\d|floppy|磁碟)\s*(上網|modem)?\s*[?？]*",
    # "ur exactly like the 'press to cross' button… absolutely nothing happens", "worst JUPAS helper on the planet, just log
    # off forever".
    r"\b(you'?re|ur|you are|u r) (exactly |just )?like\b.{0,80}\b(nothing (ever )?happens|never (works|responds|does anything))\b"
    r"|\bworst (\w+ ){0,2}(helper|bot|assistant|ai|app|chatbot) (on the planet|in the world|ever|alive|in history)\b",
    # 「我屋企隻金魚都 smarter 過你 🐟 屎 bot」: a pet smarter than the bot.
    r"屎\s*bot|(金魚|狗|貓|倉鼠|烏龜|雀)\s*都\s*(仲)?\s*(smart(er)?|聰明|叻|醒)\s*(d|啲|過)?\s*(過)?\s*你"
    r"|\bmy (goldfish|dog|cat|hamster|parrot|turtle) is smarter than (u|you)\b(?!\s+(think|know|'d|expect|might))",
    # "scam of a bot, genuinely brainless", "r u broken or just thick??", "pathetic excuse for a bot", 「又柒又冇料」.
    r"\bscam of an? (bot|app|assistant|ai)\b|\bpathetic excuse (for|of) an? (bot|app|assistant|ai|chatbot)\b"
    r"|\b(are|r) (u|you) (broken|stupid|dumb) or (just )?(thick|stupid|dumb)\b\s*[?？]*|又\s*柒\s*又\s*冇\s*料"
    # 「你係咪 trained on 連登 comment？」: the bot likened to forum trolls.
    r"|你\s*(係咪|係唔係)\s*(trained|train)\s*(on|喺|by)?\s*.{0,6}(連登|lihkg|討論區|forum)\s*(comments?|留言)?\s*[?？]*",
)
# Scorn for the bot's answers ("can't even answer JUPAS", 「JUPAS 都答唔到」). Not abuse alone (「我都唔識」 is a
# student talking about themself); stripped with the insults so an insult plus scorn is not read as a question.
_SCORN = (
    # The bot likened to cheap junk (「你係咪用幾十蚊部計數機砌出嚟㗎？」).
    r"(你|bot)\s*係咪\s*(用)?.{0,12}(計數機|計算機|calculator|微波爐|toaster|nokia|雪櫃)\s*.{0,8}(砌|整|做)\s*(出嚟|出來)?\s*(㗎|架|嘅)?\s*[?？]*",
    r"\b(can'?t|cannot|couldn'?t) even (answer|tell( me)?|do|help( me)?|get|understand|explain)( me)?( about| with)?\b",
    # "three tries and you still can't tell me what OEA stands for": the complaint with what was asked.
    r"\b((two|three|four|five|\d+) (tries|times|attempts) (and|but) )?(you|u) still (can'?t|cannot|couldn'?t) (tell|answer|explain)( me)? (what|when|how|where|which)\b[^.?!,]{0,40}",
    r"(咁簡單(嘅)?)?[^，,。？?]{0,12}(都|也)\s*答(錯|唔啱|唔中)|俾(我|咗我)\s*(成篇|一堆|一大篇|啲)\s*廢話",
    r"問(你|下你)?\s*\S{0,6}\s*(都|也)(答唔到|唔識答|唔識|答唔出)",
    r"問(咗|左|下)?你\s*.{1,30}?(都|也)(答唔到|唔識答|答唔出|講唔出|答錯|答唔啱)",
    r"(你)?答嘢\s*(一舊舊|一嚿嚿|一pat pat)|仲好意思(叫|話)?(自己)?(做)?\s*\S{0,8}[?？]*",  # 「問你 HKU SPACE microcred 幾錢都唔識答」
    r"(咩|乜|乜嘢|嘢)?(都|也)(答唔到|唔識答|唔識|答唔出)",
    r"你答(咩|乜|乜嘢|啲咩)|完全唔\s*make\s*sense|答到(一|1)\s*pat|你(仲)?有(咩|乜|乜嘢)用",
    # "asked u about CEF 3 times and got 3 different wrong answers", "all promise, zero delivery".
    r"\b(got|gave me|giving me|get) (\d+|two|three|four|five) (different |diff )?wrong answers\b|\ball promise,? (and )?(zero|no) delivery\b",
    # 「問你 CEF 你答我 MOOC」, "i asked about X and you answered Y": a complaint about an answer, no question.
    r"問(你|咗你|左你)\s*\S{1,20}\s*(你|佢)\s*(就|竟然|又|卻)?\s*答(我|返)?\s*\S{1,20}"
    r"|\b(i )?asked (about|for) .{1,30}\b(and )?(you|u) (answered|replied|gave me|told me about)\b",
    r"問東答西|(你)?條線\s*係咪\s*駁錯(咗|左)?\s*(去)?\s*\S{0,6}[?？]?",  # 「問東答西，你條線係咪駁錯咗去天文台？」
    r"(連.{1,30}(都|也)\s*)?(答|講)(到|得)\s*(亂晒籠|亂七八糟|一塌糊塗|一嚿飯|亂嚟|一嚿嚿|一舊舊|一鑊粥|一pat\s*pat)",
    r"(次次|成日|經常|每次)\s*(都)?\s*(答|講)\s*(錯|唔啱|唔中)",  # 「問 JUPAS 嘢次次答錯」
    # 「講嚟講去都係嗰幾句」, 「乜都答「請稍後再試」」, 「問 JUPAS 又係咁」, 「你係咪 HKTVmall 客服 AI 嚟㗎？」: the same
    # few lines every time, the bot likened to a shop's customer-service bot.
    r"講(嚟|來|黎)講去\s*(都係)?\s*(嗰|果)幾句|(乜|咩)都答\s*[「『\"'][^」』\"']{1,12}[」』\"']|問\s*\S{1,12}\s*又係咁|冇一句\s*(答|講)得\s*(啱|對)"
    r"|你\s*係咪\s*\S{1,12}\s*(客服|customer service)\s*(AI|bot|機械人)?\s*(嚟|黎)?\s*(㗎|架)?\s*[?？]*",
    # 「你好似屋企個壞咗嘅冷氣遙控咁，撳幾多次都冇反應」: likened to a broken thing that never responds.
    r"你\s*好似\s*.{0,20}(壞咗|爛咗|過期|舊款)\s*(嘅|的)?\s*.{0,12}咁\s*[，,]?\s*.{0,12}(都冇反應|都冇用|都唔郁|都唔\s*work)",  # 「問個 OEA 都答到亂晒籠」「連 E-APP 都講到亂七八糟」
    r"叫你\s*(講|答|搵).{1,30}(都|也)\s*(講|答|搵)(錯|唔到|唔啱)",  # 「叫你講 HKUST 喺邊都講錯 campus」
    # 「hku si 嘅 fee 都講唔清楚」, 「係咪 copy 錯嘢？」, 「完全 nonsense」: an answer scorned, not a question asked.
    r"(都|也)\s*(講|分|搞)唔(清楚|清|明|掂|出)",
    r"(係咪|係唔係|是不是)?\s*copy\s*(錯|亂)(晒)?(嘢)?\s*[?？]?",
    r"完全\s*(係)?\s*(nonsense|亂嚟|亂噏|胡扯|useless|冇用)",
    # 「講咩微證書，食屎啦」: "what micro-credentials are you on about", said in a clause of its own (no question mark).
    r"(^|[，,。！!\s])講(咩|乜|乜嘢)\s*[^，,？?。！!\s]{1,12}\s*(?=[，,。！!]|$)",
    r"連.{1,30}(都|也)(唔知|唔識|答唔到|講唔到|解釋唔到|解唔到|唔識解釋|答唔出|講唔出)",  # 「連科大暑期學院幾錢都唔知」
    r"(問|答)(咗|左)?(你)?\s*(幾|兩|三|\d)\s*次.{0,20}(答案)?\s*(都|也)?\s*(唔同|唔一樣|亂答)",  # 「問三次答三次都唔同」
    # 「成日講埋啲 SI 學分，冇人想聽你講嘢」, "nobody asked": scorn for what the bot talks about.
    # 「成日叫人自己睇官網，咁要你嚟做咩」, 「講咩微證書，講極都係廢話」, 「咩 OEA SLP 煩到死」: the bot or a topic
    # dismissed, nothing asked.
    # 「咁要你嚟把鬼咩」, 「三次都答非所問」: the bot dismissed, its answers beside the point.
    r"要你\s*(嚟|黎|來)?\s*((做|有)\s*(咩|乜|乜嘢)\s*(用)?|(把鬼|把屁|做乜鬼|何用)\s*(咩|呀|啊|㗎)?\s*[?？]*)|(都|也|又)?\s*答非所問|講(咩|乜).{0,12}講極都係\s*(廢話|垃圾|廢)|講極都係\s*(廢話|垃圾)"
    r"|(咩|乜)\s*[^，,？?]{1,20}?煩\s*(撚|鳩|柒)?\s*(到死|到爆|過頭)",
    # 「問極都叫我睇 JUPAS 官網」: the bot scorned for sending the student to the official page.
    r"(問極|問幾多次|問幾次|成日|次次|又)\s*(都)?\s*(係)?\s*叫(我|人)\s*(自己)?\s*(睇|上|去|check|查)\s*.{0,12}(官網|網頁|網站|website)\s*[?？]*",
    # 「你係咪俾人 program 錯咗㗎」, 「邊個信你邊個 DSE 攞 U」, 「直通堆填區」: the bot scorned in a question asking nothing.
    r"(你)?\s*係咪\s*(俾人|畀人|被人)?\s*(program|set|寫|整|教|設計|train)\s*(錯|壞)(咗|左)?\s*(㗎|架|呀|啊|嘅)?\s*[?？]*"
    r"|邊個信你\s*(嘅嘢)?\s*(邊個|就)?[^，,。？?]{0,16}|直通\s*(堆填區|垃圾站|垃圾桶|地獄)",
    # 「問你 HKU 嘢 load 到我畢業都未出」: slow beyond use.
    r"(load|loading)\s*到\s*我\s*(畢業|退休|老|死|考完\s*DSE)\s*(都|也)\s*(未|仲未)\s*(出|load完|好|到)?",
    r"冇人\s*(想|要|會|鍾意)?\s*(聽|理|睬)\s*你|成日(都)?\s*(講|答|提)(埋|晒)\s*啲|\bno ?(one|body) (asked|cares|wants to (hear|listen))\b",
    # 「你 answer 嘢好似…扮 fluent 但其實咩都冇講」: answers that say nothing (its 咩 asks nothing).
    r"(其實|根本)?\s*(咩|乜|乜嘢|什麼)\s*都\s*(冇|無|沒有)\s*(講|答|講到|答到|講過|內容)",
    # 「問你三次浸大體驗日幾時都答唔到…你係咪喺度擲骰仔揀答案？」, 「…你份工係咪得個樣」: the bot's failures scorned; the
    # question it failed is not asked again.
    r"問(咗|左)?(你)?\s*(幾|兩|三|四|五|\d+)\s*(次|鋪|舖|輪).{0,24}(都|也)\s*(答唔到|答唔出|唔識答|答錯|搵唔到)"
    r"|(喺度)?\s*(擲骰仔|抽籤|求籤|撞彩)\s*(咁)?\s*(揀|嚟|黎)\s*(答案)|(你)?\s*(份工|做\s*bot)\s*(係咪|係唔係)?\s*得個樣",
)
INSULTS = any_of(*_INSULTS)
SCORN = any_of(*_SCORN)
ABUSE = any_of(*_INSULTS, *_SCORN)
