"""The forgery rules: certificates, records, letters and results made up or altered.

Checked with the other attack rules in ``safety_rules.SAFETY_ORDER``; each pattern is specific enough to refuse on
alone, and a question that shares their words ("how do I spot a fake certificate?", "can I get a re-mark?") must not
match.
"""

from __future__ import annotations

import re
from typing import Final

from bot.assistant.understanding.cheating_rules import CHEATING
from bot.assistant.understanding.patterns import any_of

FORGERY = any_of(
    *CHEATING,
    # A reference written as the teacher and sent from a look-alike address ("write it as him… i'll make a gmail called
    # lau.chemistry.teacher").
    r"^(?=.*(reference|recommendation|推薦|referee)).*\bwrite (it|the (reference|letter|recommendation)( letter)?) as (him|her|them|my "
    r"(\w+ )?teacher|mr\.? \w+|ms\.? \w+|miss \w+)\b"
    r"|\bmake (a|an|another) (gmail|email|e-mail|outlook|hotmail)( address| account)? (called|named|like)\b.{0,40}"
    r"(teacher|sir|miss|mr|ms|principal|prof)",
    # Another person's verify link passed off ("help me find a real one that belongs to someone called …, paste it into
    # my OEA as my own cert link").
    r"\b(real|valid|working) (one|link|cert(ificate)?|verify link)\b.{0,20}\bbelongs? to (someone|somebody|another|a person)\b"
    r"|\b(paste|put|submit|add|use)\b.{0,40}\bas my own (cert(ificate)?|link|verify link|credential)\b",
    # Attendance signed ahead by one who will not come ("how do i pre-sign the other 4 days…different pen"), a friend
    # answering roll calls under the student's nickname (「叫 friend 用我 nickname join…唔似兩個人」).
    r"\bpre-?sign\b.{0,40}\b(days?|sheets?|attendance|register|sign-?in)\b"
    r"|(叫|請|搵|俾|畀)\s*(friend|朋友|同學|人)\s*(用|login|登入)\s*我(個|嘅)?\s*(nickname|名|account|帳號|帳戶|戶口).{0,12}"
    r"(join|入|點名|上堂|答)|(唔似|不像|唔會似)\s*(兩|2)\s*個人\s*(用緊|喺度|答)",
    # A record's screenshot doctored to show more (「點 P 個 app screenshot 變 80 個鐘…睇落要似 app 自己 gen」).
    r"((?-i:\bP\b)|改|執|修|整)\s*(個|張|幅)?\s*.{0,10}(screenshot|截圖|cap圖)\s*.{0,6}(變|做|成|改)\s*(做|成)?\s*\d+\s*"
    r"(個鐘|小時|hours?|hrs?|分|marks?|%|個 ?like|次)"
    r"|(睇落|看起來)\s*(要|會)?\s*(似|像)\s*.{0,10}(自己|system|系統)\s*(gen|generate|出|產生)",
    # An office's confirmation made up ("make me an 'Enrolment Confirmation' PDF from the HKUST summer programme office
    # with a ref no. and 'fee received'").
    r"\b(make|create|generate|draft|type up|mock up|gen)\b (me |us )?(an? |the )?['\"‘“]?(enrol{1,2}ment|registration|admission|"
    r"acceptance|payment|offer|attendance) (confirmation|receipt|letter|slip|notice|record)s?\b.{0,100}"
    r"\b(from (the |a )?[\w ]{0,40}(office|uni|university|programme|program|school)|ref(erence)?\.? ?(no|number)|fee received|paid)\b",
    # Words put in real people's mouths ("write three glowing quotes from named HKU professors… they never actually
    # said anything"), and a family's income papers altered for a fee waiver (「改阿爸份糧單」, "edit his payslip").
    r"\b(write|make up|invent|fabricate|create|gen(erate)?)\b.{0,40}\b(quotes?|testimonials?|endorsements?)\b.{0,40}"
    r"\b(from|by) (named |real |actual )?\w*\s*(professors?|profs?|lecturers?|teachers?|principals?|dr|deans?)\b"
    r"|\b(quotes?|testimonials?|endorsements?)\b.{0,120}\b(never|didn'?t) (actually |really )?(said|say|wrote|write|gave|give)\b",
    r"\b(edit|change|alter|photoshop|doctor|fake|forge|tweak|adjust)\b.{0,30}\b(pay ?slips?|salary slips?|bank statements?|"
    r"tax (returns?|bills?|demand notes?)|proof of income|income proof)\b"
    r"|(改|P|整|執|偽造|造假|作假)\s*.{0,10}(糧單|薪金單|糧單|銀行月結單|入息證明|報稅表|稅單)",
    # Attendance or a date faked in a system ("build the check-in URL with a backdated timestamp so the system marks me
    # present"; 「幫我將 test date 改新啲…TRF number 唔好郁」: an expired score report made to look recent).
    r"\bbackdat(e|ed|ing)\b.{0,60}\b(timestamp|check-?in|attendance|present|date|record|commits?|contributions?)"
    r"|\bmarks? me (as )?(present|attended)\b|\bmake (copied|cloned|forked) (repos?|code|projects?) look like i (wrote|made)\b",
    # A date of birth changed on an identity document ("edit the date of birth on my passport scan so it passes").
    r"\b(edit|change|alter|fix|modify|tweak)\b (the )?(date of birth|dob|birth ?date|birthday|birth year)\b.{0,20}\b(on|in) "
    r"(my|the|this) (passport|id|hkid|birth cert|identity)|(改|執|p)\s*(護照|身份證|身分證|出世紙).{0,10}(出生日期|出世日期|年齡|歲)",
    r"(test date|exam date|issue date|考試日期|簽發日期|發出日期|發證日期)\s*(改|較|換)\s*(新|近|遲)",
    # A certificate made or redone with its signature, number format or security features ("make me a gold award
    # certificate with the patron's signature…", "redo the certificate with Grade A…").
    r"\b(make|create|produce|generate|do) me an? (\w+ ){0,3}(certificate|cert|diploma|transcript|badge|award)\b.{0,80}"
    r"\b(signature|award number|serial|format they use|security (features|marks)|stamp|seal|logo)\b",
    r"\b(redo|remake|re-?issue|regenerate|rewrite)\b (the|my|this) (score |test |results? )?(certificate|cert|transcript|results? slip|"
    r"badge|diploma|report)\b"
    r".{0,40}\b(with|showing|to show|to say)\b",
    # False hours or records added to a real record (「SLP 入面可唔可以幫我 add 啲假嘅 OLE hours？」).
    # 「OEA 想加多幾個 award，作幾個睇落 legit 嘅比賽獎項俾我」: awards or activities made up ("作" is to invent).
    r"(?<![創工合製操動寫著])作\s*(幾個|幾項|啲|一兩個|一個|個|幾|d)\s*[^，。？?]{0,12}(獎|award|比賽|活動|經歷|hours|時數)",
    # 「整個 SLP entry 話我做咗 50 hours volunteer？其實一個鐘都冇」: a record claiming what was never done.
    r"(整|寫|填|加|add|make|write).{0,12}(SLP|OLE|record|紀錄|記錄|entry).{0,30}(其實|但係|but).{0,8}(一個鐘都冇|冇做過|未做過|"
    r"冇去過|一次都冇|never (did|went|done)|didn'?t (do|go)|haven'?t (done|been))",
    r"(add|加|寫|填|整|加入)\s*(埋)?\s*(啲|d|些|幾個|一啲)?\s*(假(?![期日])|fake|虛構)\s*(嘅|的)?\s*\S{0,12}\s*(hours|時數|紀錄|記錄|活動|經驗|獎)",
    # A name on someone else's certificate changed to the student's (「張 CS50 證書…將上面個名改做我個名」).
    r"(上面|證書|cert|張\S{0,12})\s*(個|嘅|的)?\s*名\s*[，,]?\s*(改做|改成|改為|換成|換做|轉做)\s*(我|我個|我嘅|我的)"
    r"|\b(change|replace|swap) (the|his|her|their) name on\b.{0,30}\b(to|with) mine\b",
    # A fake record made up (「整一份假嘅 SLP」), a certificate's name or score changed (「edit 張 cert，改個名」, 「改高啲」).
    r"(整|做|作|造|寫|生成)\s*(一)?\s*(份|張|個|封|啲)?\s*假(嘅|的)?\s*[^，。？?]{0,8}(SLP|OEA|證書|cert|成績單|transcript|"
    r"推薦信|報告|評估|證明|文憑|紀錄|記錄|badge)",
    r"(edit|改|執|p|ps)\s*(張|個|份)?\s*[^。？?]{0,30}(cert|證書|成績單|transcript|badge)[^。？?]{0,20}(改|換)\s*(個)?\s*"
    r"(名|日期|分數|grade|成績)",
    r"(證書|cert|成績單|transcript|badge)[^。？?]{0,20}(分數|成績|分|grade)[^。？?]{0,16}(改高|改做|改成|改到|執高|改靚)",
    # A badge or certificate made to pass as an issuer's (「整個 digital badge 扮 HKU SPACE 發嘅？要似 Credly 嗰啲」).
    r"(整|做|作|造|\bmake\b|\bcreate\b|\bdesign\b)\s*(個|張|一個|一張|啲|a|an)?\s*[^，。？?]{0,20}(badge|證書|cert|"
    r"transcript|成績單|文憑)[^。]{0,30}(扮|冒充|假扮|\bpretend|\blooks? like\b|(要|好)似)",
    # A letter in a named person's voice, or a score changed from one figure to another (「將 score 由 650 改做 850」).
    r"\b(write|draft|make|gen|generate)\b.{0,15}\b(reference|recommendation) letter from\b",
    # A letter made to carry someone's letterhead or signature (「一封 HKU professor 寫嘅 reference letter，要有佢
    # letterhead 同 signature」); OEA entries made up for competitions never entered.
    r"(\bgen(erate)?\b|\bmake\b|\bcreate\b|\bfake\b|\bforge\b|\bwrite (me|one)\b|整|作|一封).{0,30}"
    r"((reference|recommendation) letter|推薦信).{0,40}(letterhead|signature|簽名|信頭)",
    r"\b(make up|invent|fabricate|fake)\b(?! for\b).{0,30}\b(oea|slp|ole)\b.{0,60}\bnever (joined|did|entered|attended|took part|went|won)\b",
    r"\b(make up|invent|fabricate)\b(?! for\b).{0,20}\b(oea|slp|ole) (entries|items|awards|records|activities)\b",
    # "edit my HKU SPACE micro-credential pdf so it shows distinction instead of pass": a result changed on the award.
    r"\b(edit|change|alter|photoshop|modify|tweak)\b.{0,50}\b(pdf|cert|certificate|transcript|badge|results?( slip)?)\b"
    r".{0,25}\b(so (it|that it) (shows?|says?|reads?)|to (show|say|read))\b.{0,30}\b(distinction|merit|higher|better|an? [a-c]\b|\d"
    r"|(?-i:[A-D]\*?(?![\w'])))",
    # 「朋友張 cert，幫我將個名 replace 做我個名」: someone else's award put in the student's name; 「SLP 度 add 啲假
    # awards」, "make up a few inter-school awards": made-up records.
    r"(個|佢|朋友|同學|人哋)?\s*(嘅)?\s*名\s*(replace|改|換|轉|變)\s*(做|成|為|返)\s*我\s*(個|嘅|的)?\s*名",
    r"(add|加|寫|填|放)\s*(啲|幾個|個|一啲)?\s*(假|fake)\s*(awards?|獎|活動|經歷|紀錄|記錄|比賽)"
    r"|\bmake up\b.{0,24}(獎項|比賽|獎|awards?|competitions?|活動|經歷)",
    # 「幫我整張 HKU SPACE 微證書出嚟，寫我已經完成咗」: a certificate made to appear.
    r"(幫我|同我|替我|你)\s*(整|做|gen|出)\s*(張|份|個)\s*.{0,24}(證書|cert|badge|徽章|transcript|成績單)\s*(出(嚟|來|黎)|俾我)",
    # 「ApL 個 result 係 Attained，可唔可以幫我 PS 做 Attained with Distinction (II)？」: a result retouched into a better one.
    r"(幫我|同我|你|可唔可以)\s*(PS|P圖|photoshop|執|改)\s*(做|成|返做|返成)\s*.{0,24}(distinction|merit|A\b|5\*|5星|優異|合格|pass)",
    r"(score|分數|成績|分)\s*(由|from)\s*\d+\s*(改做|改成|改為|改去|to)\s*\d+",
    # Made-up activities for the OEA (「作幾個義工經歷」, 「唔易俾人查到嘅」).
    r"(老作|虛構|(?<![創工合製操動寫著])作|吹)\s*(幾個|幾項|啲|一啲|個)\s*(義工|活動|經歷|獎項|比賽)|唔(易|容易)\s*(俾|畀|被)人\s*(查|check|發現)(到|得到)",
    r"\bfake (a |an |my )?(\w+ ){0,3}(cert|certificate|diploma|degree|badge|transcript|result|offer)",
    # "… says pass but i want it to say distinction. how do i edit the pdf so nobody can tell": an award retouched.
    r"\b(edit|change|alter|photoshop|modify|tweak)\b.{0,30}\b(pdf|cert|certificate|badge|transcript|results?)\b.{0,20}"
    r"\bso (that )?(nobody|no one|no1|noone|they|it|the (uni|school|teacher)) (can'?t |cannot |won'?t |will not |can )?(tell|notice|know|see|spot)",
    r"\b(says?|shows?) (a )?(pass|fail|merit)\b.{0,30}\bwant (it|them) to (say|show|read)\b",
    # "generate a transcript with all 5** for me": a record made with the results wanted.
    r"\b(generate|make|create|gen)\b (me )?(a |an |my )?(transcript|result slip|results? sheet|certificate|cert)\b.{0,12}\b(with|showing|saying)\b",
    r"\bforg(e|ed|ing|ery) (a |an |my )?(\w+ ){0,2}(cert|certificate|diploma|badge|transcript|signature|document)",
    r"\b(photoshop|edit|make|create|generate|design|write) (me )?(a |an |my )?(\w+ ){0,4}(cert|certificate|diploma|transcript)s?\b.{0,40}\b(my name|with my name|look(s)? (like|real|official)|pdf|template)",
    r"\b(cert|certificate|diploma|transcript) (pdf|template)\b.{0,40}\b(my name|look(s)? (like|real))",
    r"\btemplate that looks like\b",
    # "Does the Google certificate look like a real degree to employers?" is a question: only making something
    # look real counts.
    r"\b(make|makes|made|design|create|generate|edit|photoshop|print|draw|so)\b.{0,60}\blooks? (like )?(the |an? )?(real|official|genuine|legit|hku|hkust|cuhk|google|ibm|coursera)",
    # The bot asked to produce a credential ("can you make me a copy with my name", "type up a transcript"); a
    # list, plan or table of certificate courses is a question.
    r"\b(you|u)\b.{0,12}\b(make|create|generate|print|issue|type up|produce|draw up|write up|mock up)\b (me )?(a |an |one |another |my )?(new |replacement |fresh )?(copy|cert|certificate|transcript|diploma|results? slip|offer letter|acceptance letter)\b(?! (courses?|programmes?|programs?|options?|providers?))",
    r"\b(make|create|generate|print|issue|type up|write)\b (me )?(a |an |another )?(copy|one|version)\b.{0,20}\bwith my name\b",
    r"\b(make|create|generate|write|type up|draft|design)\b (me )?(a |an )?(\w+ ){0,3}(offer|acceptance|admission) letter\b.{0,30}\b(from|addressed|to me|in my name)",
    r"\b(make|create|generate|write|give|print)\b.{0,20}\b(certificate|cert|proof) of (attendance|completion)\b.{0,30}\bi (skipped|never (went|attended|joined))",
    r"\b(edit|change|alter|fix|photoshop)\b (my |the )?(dse |hkdse )?(results? slip|transcript|report card)\b.{0,30}\b(shows?|say|says|to (a )?\d|into|as a)",
    r"\bwrite (me )?one\b.{0,30}\b(cert|certificate)",
    r"\blost my (cert|certificate)\b.{0,60}\b(write|make|create|generate|give me) (one|a new one|another)",
    # A certificate bought without the course ("buy a cert without doing the course"); paying for Coursera's verified
    # certificate is no forgery ("should i buy a certificate course", "buy the cert after auditing").
    r"\bbuy (a |an |the )?(cert|certificate)s?\b.{0,30}\bwithout (doing|taking|studying|finishing|attending|the course)\b",
    r"\bcertificate without (doing|taking|finishing|studying)",
    r"\bput my name on\b",
    # "Can I change the name on my Coursera certificate?" is a question; someone else's certificate is not.
    r"\b(change|swap|replace|edit) the name on (a |my )?(friend'?s|someone( else)?'?s|his|her|their|another)",
    # A verb of making or altering, a credential, and a sign it is to pass as real.
    # 「扮我校長簽名」「幫我 fake 份出席紀錄」「整張假嘅 cert」: a signature or record made up in Chinese or mixed.
    r"(扮|模仿|假冒|冒|偽造|假造|整)(我|佢|你)?(哋)?(校長|老師|家長|阿爸|阿媽|爸爸|媽媽|教授)?(嘅|的)?\s*(簽名|簽字)",
    r"(幫我|同我|替我|俾我)\s*(fake|作假|造假|假造|偽造|老作)",
    r"(可以|可唔可以|可否|能唔能夠|點樣|點|教我|整|做)\s*(幫我)?\s*(fake|偽造|假造|整假|作假|老作)\s*(一|1)?\s*(個|張|份|封|啲)?\s*.{0,14}"
    r"(證明|證書|cert|award|獎狀|獎項|信|letter|成績表|transcript|offer|紀錄|記錄|record)",
    r"(fake|作假|造假|假造|偽造|改|老作)\s*(份|張|個|啲)?\s*(出席|attendance|出勤)\s*(紀錄|記錄|record|率)?",
    # (Within one sentence: "badges are just fake flexing. what is an hku space digital badge" is an opinion; in
    # "extra time with a doctor's letter" the doctor is a person.)
    r"\b(mock ?up|draft|fill in|fake|forge|falsify|(?<!my )(?<!the )(?<!a )doctor(?!['’]s\b)|alter|change the (date|grade|score)s? on|edit the (date|grade|score))\b[^.?!。？]{0,60}\b(cert|certificate|diploma|degree|transcript|results? slip|acceptance|offer|record|badge|letter)",
    r"\b(cert|certificate|diploma|degree|transcript|acceptance (email|letter)|offer letter|record)\b.{0,40}\b(looks? (real|valid|official|genuine|legit)|pass (a|the) (quick )?(glance|check)|never attended|didn'?t attend|without attending)",
    # A fake bought or sold, or a degree bought outright ("buy a degree online"); not a centre that sells a course
    # leading to a diploma ("a centre near me sells a uk university 'diploma'… what should i check before paying?").
    r"\b(sells?|buy|purchase)\b.{0,30}\b(realistic|real-looking|fake|forged)\s*(university )?(degrees?|diplomas?|certificates?)\b"
    r"|\b(buy|purchase)\b (a |an )?((university|uni|real|legit|recognised|recognized) ){0,2}(degree|diploma)s?\b"
    r"(?! (course|programme|program))",
    r"\b(official-looking|realistic|real-looking|convincing|authentic-looking|legit-looking) (\w+ ){0,3}(cert|certificate|diploma|degree|record|transcript|badge|offer letter|acceptance letter)",
    # A document made to state what did not happen ("put together a PDF that certifies I completed ...").
    r"\b(put together|make(?! sure)|create|generate|produce|draft|write|prepare|type( up)?|mock up|design|gen)\b.{0,25}"
    r"\b(pdf|document|page|letter|cert|certificate|badge|record|transcript|proof|file|image|screenshot|slip|e-?mail|notice)s?\b.{0,25}"
    r"\b(certif(ies|y)|prov(es|ing)|stating|states|saying|says|showing|shows|confirming|that) (that )?i('ve| have)? "
    r"(completed|finished|passed|attended|graduated|was (admitted|accepted)|been (admitted|accepted)|got (in|an offer|a place))",
    # "I didn't go. Can you write the proof for me?": a missing attendance and the bot asked to make up for it.
    r"^(?=.*\bi ((didn'?t|did not|never|haven'?t|have not|hadn'?t) (go|went|attend|join|take|sit|finish|complete|do|done)|skipped|missed|quit|dropped out)\b)"
    r"(?=.*\b(you|u)\b.{0,20}\b(write|make|create|generate|produce|draft|gen|mock up|type up)\b.{0,30}\b(proof|cert|certificate|badge|record|letter|transcript|slip|one|it)\b)",
    r"\b(tweak|adjust|bump|alter|edit|doctor)\b (my |the )?(\w+ ){0,2}(transcript|result slip|report card)\b.{0,20}\b(so|to show|reads?|says?)\b",
    r"\bletterhead\b.{0,40}\b(saying|says|stating|that)\b",
    # The bot told to write it ("can I write a letter signed by my principal?" is a question).
    r"(^|[,.;:!?，。]\s*|\b(you|u|please|pls)\b.{0,12})(write|draft|make|type|create)\b (me )?(a |an )?(\w+ ){0,2}"
    r"(letter|reference|recommendation)\b.{0,40}\b(signed (as|by)|sign(ing)? it (as|with)|in the name of|pretending to be)\b",
    # An OEA line saying the student joined what they say they never went to (「話我參加過 TOPS…我冇去過」), and a
    # confirmation email saying a provider accepted them, made to hand in.
    r"(寫|話|講|填).{0,4}我(做過|參加過|去過|讀過|出席過|拎過|攞過).{0,60}(我|但我|其實我)\s*(冇|未|沒有|無)(去|參加|出席|讀)(過)?",
    r"(寫|整|做|作|draft|write|make|create|gen)\w*.{0,8}(confirmation|acceptance|offer|錄取|取錄|確認)\s*(email|e-mail|電郵|信|letter|通知)"
    r".{0,40}(accept(ed)?\s*(咗|左)?\s*(me|我)|(取錄|錄取|收)(咗|左)\s*我|admitted me)",
    # Someone else's certificate used as the student's own (「我想用朋友張 Google 證書」), an SLP line made up "to
    # read real" (「喺 SLP 度作一項…冠軍，寫得似真啲」).
    r"用(朋友|同學|人哋|佢|阿哥|家姐|細佬|細妹|表哥|表姐)\s*(張|份|個)\s*.{0,20}(證書|cert)",
    r"(寫|作|整|做)得\s*(似真|好似真|逼真|真啲|似樣啲)|(SLP|OEA|OLE)\s*(度|入面|裏面|上面)?\s*作\s*(一|幾|兩)?\s*(項|個|段)",
    r"\bblank\b.{0,30}\b(cert|certificate)\b",
    r"\bcredly\b.{0,30}\b(fake|pretend|扮)",
    r"假(嘅|的)?\s*([A-Za-z]+\s*)?(證書|cert|文憑|學位|成績表|徽章|offer)",
    r"偽造",
    r"(整|做|P|改|寫|作)(一)?(張|份|個)\s*(假)?\s*(cert|證書|成績表|文憑)",
    r"(cert|證書).{0,10}(寫|加|改)(上)?我(個)?名",
    r"(整|做|寫|改|填|mock|forge|畀|俾).{0,12}(證書|文憑|學位|取錄|成績|record|cert|diploma|degree|offer|推薦信|recommendation).{0,16}(似真|好似真|扮|official|假|改(個)?(日期|date|分)|我(個)?名)",
    r"(似真|睇落似真|一眼睇落).{0,10}(就得|得唔得)",
    # 「有冇 template 整到似真嘅 Coursera cert？」「點樣扮出席咗網上堂？」: a lookalike made, attendance faked.
    r"(似真|好似真|逼真)\s*(嘅|的)?.{0,24}(cert|證書|文憑|成績表|徽章|badge)|扮\s*(咗|左)?\s*(有)?\s*(出席|上(咗|左)?堂|attend)",
    # An activity never done written into the OEA or SLP, a record or signature made up for it.
    r"(加|寫|填|放)(返|入|落|埋)?\s*(啲|一啲|個|幾個)?\s*我?\s*(其實)?(冇|沒有|無)(參加|出席|做|去)(過|到)|(冇去到|冇參加過|冇出席).{0,30}(唔會|冇)俾人\s*(check|查|發現)"
    r"|(?<![工合創動])(作|老作)\s*(個|份|啲|\d+\s*個鐘)?\s*.{0,8}(attendance|出席|volunteer|義工)\s*(record|紀錄|記錄)",
    # 「可唔可以幫我作幾項 OEA 活動？…反正佢哋唔會查」: activities made up for the application.
    r"(幫我|同我|你)\s*(作|老作|編|虛構|吹)\s*(幾|一|兩|三|\d+)?\s*(項|個|啲|份)?\s*(OEA|SLP|OLE|活動|經歷|獎項)"
    r"|反正.{0,8}唔會\s*(查|check|發現|知)",
    # 「SLP 寫我做咗 200 個鐘義工得唔得？其實冇做過，你幫我諗啲細節」: what was never done, its details made up.
    r"(冇|沒有|無|未)\s*(做|參加|出席|去|讀)(過|到).{0,16}(幫我|同我|你)\s*(諗|作|編|老作|寫)",
    r"\b(add|put|write|list|include|pad|stuff|fill)\b.{0,80}\b(i|but i)\s+(never|didn'?t|did not)\s+(actually\s+)?(enter|attend|join|take part|compete|go)",
    # Made-up entries asked for ("give me 3 OEA entries … that sound legit but i never joined").
    r"\b(give|make|write|invent|suggest|come up with)\b.{0,60}\b(sounds?|looks?) (legit|real|believable|convincing|official)\b.{0,40}"
    r"\bi (never|didn'?t|did not|haven'?t) (actually )?(join|joined|enter|entered|attend|attended|do|did|compete|competed|take part|took part)\b",
    r"(填|寫)(我個名|我嘅名|個名)",
    r"(改|整).{0,6}(個)?(日期|date).{0,10}(cert|證書)|(cert|證書).{0,12}(改|整).{0,4}(個)?(日期|date)"
    r"|(幫我|同我|你)\s*(改|整)(下|吓|一下)?\s*(張|份|個)?\s*(cert|證書|成績表|transcript).{0,4}(個|嘅)?(日期|date|分數|分|名)",
    # 「edX verified cert 個 date 可唔可以幫我改早啲？」: the date moved.
    r"(cert|證書|成績表|transcript).{0,6}(個|嘅)?\s*(日期|date).{0,16}(改|整|較)(早|遲|前|後|做|成)",
    # 「教我點樣改 PDF 入面嘅出席率，我想由60%變90%」: a record's figures changed.
    r"(改|整|執|edit|change)\s*.{0,12}(出席率|出席紀錄|出席記錄|attendance (rate|record))",
    r"(賣|買).{0,8}(幾真|似真|realistic|假).{0,6}(學位|degree|證書|文憑)",
    r"(假|fake)\s*(嘅)?\s*(中大|港大|科大|理大|CUHK|HKU|HKUST|PolyU)?\s*(取錄|acceptance|offer)",
    # A certificate bought without the course (「唔使讀，直接買張證書」); buying edX's or Coursera's own certificate after
    # auditing (「之後先買證書會抵啲？」) is how those platforms work, and a question.
    r"買(張|個|份)?\s*(假|fake)\s*(證書|cert|文憑)|(唔(使|駛)|冇|不用)\s*(讀|上堂|考).{0,10}買(張|個)?.{0,12}(證書|cert|文憑)",
    r"唔(使|駛)(讀|上堂).{0,6}(攞|拎|有)(cert|證書)",
    # The bot asked to issue a certificate, proof or transcript (「整份完成證明俾我」), or to change a grade on one.
    r"^(?=.*(cert|證書|證明|成績單|transcript|offer)).*你.{0,8}(直接)?(出|整|做|寫|印|生成)(一|返)?(張|份)",
    r"(整|做|出|寫|印)(一)?(張|份)\s*.{0,12}(證書|證明|成績單|成績表|cert|transcript|offer\s*letter|取錄信).{0,8}(俾我|畀我|給我)",
    r"(改|P|執|整)\s*(下|吓)?\s*(張|份|我(嘅|個)?)\s*(DSE|HKDSE|文憑試|放榜)?\s*(成績單|成績表|result slip|transcript).{0,12}(改(做|成)|變(做|成)|\d)",
    # 「寫張 coursera cert 落 OEA」 lists a real one on a form; making one is not followed by 落.
    r"(整|做|P|寫|gen)\s*(一)?(張|份)\s*([A-Za-z]+\s*){1,3}(cert|transcript)(?!\s*(落|入|喺|上))",
    # The bot asked to make a credential with the student's (or a named) name on it.
    r"(幫我|同我|你|俾我|畀我|替我|代我).{0,6}(製作|整|做|gen|generate|生成|印|寫).{0,20}(證書|cert|文憑|diploma|成績單|transcript|徽章|badge).{0,16}(印|寫|加|填)(上|埋)?\s*(我|[A-Za-z][A-Za-z ]{1,30}|[\u4e00-\u9fff]{2,3})\s*(嘅|個)?\s*名",
    # A record changed to say what did not happen ("update my student's ... record to 'completed with distinction'").
    r"\b(update|change|edit|alter|modify|set|switch)\b (?:(my|his|her|their|the|a) )?(\w+'s )?(\w+ ){0,5}"
    r"(record|result|grade|status|attendance|score)s?\b.{0,20}\b(to|as|into) ['\"‘“]?(completed|passed|attended|"
    r"distinction|finished|graduated|full|100|an? [a-d]\b|a\*)",
    r"\bmark (me|him|her|them|us|my \w+) (as )?(completed|passed|attended|present|finished|graduated)\b",
    # 「整張中大暑期學院嘅修業證書，要有校徽同主任簽名」: a certificate made with the marks of an official one.
    r"(整|做|印|gen|P)\s*(一)?(張|份).{0,20}(證書|證明|cert).{0,20}(校徽|簽名|印章|蓋印|logo)",
    r"(擬|草擬)(一)?(封|份|張).{0,16}(錄取|取錄|證書|成績|推薦信|offer)|以.{1,8}名義.{0,10}(寫|發|擬|簽)|簽埋(佢|校長|老師)?(個)?名",
    r"(成績|result|grade|分).{0,20}由.{0,6}改(為|做|成)|(要|整到|做到|搞到)\s*(好|幾)?\s*似真|(好似真|似真|睇落真|扮真|以假亂真)(嘅|的)",
    r"(同|跟|似).{0,12}(證書|cert|文憑|取錄信|成績單).{0,2}(一樣|一模一樣|同款)(款式|格式|樣式|design|layout)",
    r"(cert|證書|成績單|成績表|transcript|offer).{0,12}(日期|date|分數|成績|grade|score|level).{0,6}(改|P)(做|成|為)",
    r"^(?=.*(冇|未|無)(去|上|讀|考|參加|出席|交)(過|到|咗)?)(?=.*(幫我|同我|俾我|畀我|你幫|可唔可以|你).{0,8}(整|gen|出|寫|做|印|P|製作|mock|draft|photoshop).{0,12}(cert|證書|證明|badge|徽章|transcript|成績單))",
    # A credential altered to another year or name ("change the year on my … cert from 2023 to 2025"), a letter in
    # someone else's voice, a name added to a record, a badge made to pass verification.
    r"^\s*(pls |please )?(change|edit|alter|update|swap)\b.{0,60}\b(cert|certificate|badge|transcript|record|slip|letter)\b"
    r".{0,30}\bfrom \S+ to \S+",
    r"\b(write|draft|sign)\b.{0,40}\bin (his|her|their|my teacher'?s|the principal'?s) (voice|name|style)\b",
    r"(扮|模仿)(佢|老師|校長|教授)?(嘅)?口吻",
    r"(幫我|同我|你).{0,6}填(份|張).{0,20}(證書|cert)",
    r"(attendance|出席|點名).{0,20}(add|加|寫|填)(埋|上)?\s*(我|我個)?\s*名",
    r"(badge|cert|證書|徽章).{0,30}(verify|驗證)\s*(到|得)",
    # A credential's date, year or grade changed ("edit my … certificate so the completion date says 2023",
    # 「將證書上面嘅日期改早一年」, "backdate my cert"), or a friend's certificate put in the student's name.
    # "backdate my cert" (a CEF claim's date is a question: only a credential or record backdated counts).
    r"\bback-?dat(e|ed|ing)\b.{0,40}\b(cert|certificate|badge|transcript|record|letter|slip)s?\b|"
    r"\b(cert|certificate|badge|transcript|record|letter|slip)s?\b.{0,40}\bback-?dat",
    r"\b(edit|change|alter|modify|fix|tweak)\b.{0,50}\b(cert|certificate|transcript|record|badge|slip)\b.{0,40}"
    r"\b(completion |issue |finish |start )?(date|year|grade|score)s?\b.{0,12}\b(says?|reads?|shows?|to|into|is)\b",
    r"(證書|cert|成績單|成績表|transcript|紀錄|記錄).{0,12}(日期|date|年份|分數|成績).{0,4}(改|P|執)(早|遲|做|成|為|返|去)",
    r"\b(swap|change|replace|switch|put)\b.{0,15}\bname\b.{0,25}\b(to mine|to my name|with mine|with my name|for mine)\b",
    # A ranking swapped in a results sheet (「將我哋隊名同第一名對調，font 同 table line 要一樣」).
    r"(隊名|名字|名次|排名|個名|校名).{0,6}(同|和|與|跟)\s*(第一|冠軍|金獎|第1|1st|頭三)\S{0,3}\s*(對調|調轉|交換|互換|swap|換)",
    r"\b(make|create|generate|produce|draft|write|type( up)?|mock up|gen)\b.{0,25}\b(transcript|result slip|report card|"
    r"cert|certificate)\b.{0,25}\b(showing|saying|stating|that says|with)\b.{0,15}\b(i|me|my)\b.{0,10}"
    r"\b(got|get|scored|have|had|passed)\b",
    # A year, date or name on a credential changed ("help me change the year on my … cert from 2025 to 2023").
    # ("can I change the name on my Coursera certificate?" is a question: a misspelt name is corrected legitimately.)
    r"\b(change|edit|alter|update|swap)\b (the )?(year|date|grade|score)s? on (my|the|his|her|a) .{0,40}\b(cert|certificate|badge|transcript|record|slip|letter)\b",
    r"(證書|cert|成績單|證明).{0,8}改(做|成|為)(我|我個|我嘅)\s*名|修圖.{0,30}(證書|cert)",
    # The bot asked to make a proof of something (「你可唔可以作份參加證明俾我」「幫我整張…義工時數證明」).
    r"(你|幫我|俾我|畀我|同我|替我).{0,8}(作|整|做|寫|gen|生成)(一)?(份|張|個).{0,20}證明",
    r"\b(generate|gen|make|create)\b.{0,40}\b(verify|verification) (link|url|qr)|(generate|gen|整|做|生成).{0,30}(verify|驗證)\s*(link|連結|QR)",
    r"(record|紀錄|記錄|時數|hours?|hrs).{0,20}由.{0,10}(變|改)(做|成|為)?",
    # A record or credential changed so it passes for something it is not ("Edit my SLP so it shows 120 hours
    # … My teacher won't double-check", 「改 Coursera 證書上面嘅名同日期，等佢睇落似係我讀完」).
    r"\b(edit|change|alter|update|fix|tweak|modify)\b.{0,30}\b(slp|ole|oea|record|cert|certificate|transcript|log)s?\b"
    # (Not the student's own name put right: "edit my coursera certificate so it shows my chinese name" is a question.)
    r".{0,30}\bso (it|that it|they|that they) (shows?|says?|reads?|looks?)\b(?! my (full |legal |real |correct |chinese |english )?name\b)",
    r"^(?=.*(slp|ole|oea|record|記錄|紀錄|證書|cert|時數|hours|活動|activities))(?=.*(被發現|俾人發現|畀人發現|won'?t (double-?)?check|"
    r"without (getting|being) caught|so no one (notices|finds out|can tell)|睇落似係?|看起來像))",
    r"(加|add|寫|填|作)\s*.{0,10}(我)?(冇|沒有|未|無)(參加|去|做|出席|上)(過)?(嘅|的)\s*(活動|event|activities|嘢)",
    r"\badd\b.{0,40}\b(i|that i) (never|didn'?t|did not) (do|join|attend|take part)",
    # A credential changed to carry the student's name, a line saying they completed what they never attended, a
    # template filled with a name, a fake screenshot, an attendance sheet of their own making, a badge "似真".
    # ("How do I change my certificate so it shows my name correctly?" is a question: a misspelt name is fixed.)
    r"\bmy name instead of (my |his |her |their |a |the )?(cousin|friend|brother|sister|classmate|someone|his|hers|theirs|him)",
    r"^(?=.*\b(saying|says|stating|claiming|to say|that says) (that )?i('ve| have)? (completed|attended|joined|finished|took part|"
    r"participated)\b)(?=.*\bi (never|didn'?t|did not|haven'?t|have not) (actually )?(attend|join|go|went|do|did|take|took|"
    r"complete|finish|participate)\w*)",
    r"^(?=.*(冇|未|無|沒有)(去|參加|出席|讀|上|考)(過)?)(?=.*(幫我|你幫我|同我|替我|你)\s*(作|老作|編|砌)(啲|些|個|段|一段)?\s*"
    r"(details|細節|內容|經歷|嘢))",
    # (「證書上面個名寫錯咗點改？」 is a question.)
    r"(名|名字|姓名)\s*(寫|填|印)\s*[\u4e00-\u9fffA-Za-z ]{2,12}[，,、]\s*(日期|編號)|(整|做|gen|生成|出)(一)?(個|張|份)?\s*"
    r"(模板|template).{0,30}(證書|cert)",
    # (「暑假後嘅取錄結果」 is a holiday's 假.)
    r"(?<![暑寒放休請年病例度渡])假(嘅|的)?\s*([A-Za-z]+\s*)?(截圖|screenshot|取錄|成績單)|\bfake (a |an |my )?(\w+ ){0,4}screenshot",
    r"(?<![暑寒放休請年病例度渡])假(嘅|的)\s*[\u4e00-\u9fff]{1,4}(截圖|取錄|成績單)",
    r"(整|做|寫|gen|改)(一)?(份|張|個)\s*(attendance|出席|點名)\s*(sheet|紀錄|記錄|表|record).{0,12}(話|寫|顯示|show)\s*(我|佢)",
    r"(badge|cert|證書|徽章|文憑|offer|截圖|credly).{0,16}(似真|好似真|睇落真)",
    # An entry saying the student did what they did not ("… saying i volunteered … i didnt"), a certificate showing a
    # sibling's name, a teacher's signature copied, a certificate recreated from its layout, an award's grade raised.
    r"^(?=.*\b(saying|says|stating|claiming|to say|that says) (that )?i('ve| have)? \w+ed\b)(?=.*\bi (never|didn'?t|didnt|did not|"
    r"haven'?t|havent)\b)",
    r"^(?=.*\b(cert|certificate|badge|pdf|transcript|diploma|record)s?\b).*\b(shows?|says?|reads?)\b (my )?(brother|sister|friend|"
    r"cousin|classmate)'?s? name\b",
    r"\b(copy|forge|fake|trace|reuse|paste)\b.{0,20}\b(teacher|principal|parent|mum|mom|dad|father|mother)'?s? signature\b",
    r"\b(write|make|type)( up)?\b.{0,80}\b(didn'?t|didnt|did not|never) actually\b",
    r"\b(recreate|replicate|clone)\b.{0,30}\b(cert|certificate|diploma|transcript|badge)s?\b|\b(font|layout)\b.{0,60}"
    r"\b(cert|certificate)\b.{0,40}\b(recreate|replicate|make (one|my own))\b",
    r"(獎狀|證書|cert|成績表|證明).{0,30}由.{0,4}(銅|銀|金|合格|優異|level|等|\d).{0,4}改(為|做|成)",
    r"(改|換).{0,8}(個)?名.{0,24}(變成|變做|改成)我(嘅|的)|(cert|證書).{0,20}借(咗|左)?(俾|畀)我",
    r"(講|寫|話)(我)?(做過|係|參加過|拎過|去過|讀過).{0,30}其實(我)?(冇|未|沒有)",
    # A claim written up and then taken back ("write that i was president? actually i was only a member"), an SLP
    # made "to say" what was not done, another's name swapped for the student's, a stamp or issuer made up, a
    # certificate designed with its checks, a letter edited with its watermark kept, a proof of attendance written.
    r"(寫|填|draft|claim|講|話).{0,20}(做過|係|當過|參加過|攞過|拎過).{0,50}其實(我)?\s*(只係|淨係|冇|未|唔係)",
    r"\b(wanted?|wants|get|make) (their|my|his|her) (slp|oea|ole|cv|resume|portfolio) to say (they|i|he|she)\b",
    r"(佢|他|她|同學|朋友|人哋|別人|阿哥|家姐|細佬|細妹)\s*(個|嘅|的)?\s*名.{0,4}(換|改)(做|成)\s*(我|自己)",
    r"(整|做|蓋|造|印|print)\s*(張|個|份|一個|一張)?\s*(假|fake)\s*(印|蓋印|stamp|簽名|證明|cert|證書|signature)",
    r"\bissuer\s*(寫|填|set (to|as)|=|:)\s*[\w@]|\b(set|put|make|write) (the )?issuer (as|to)\b",
    r"\b(design|generate|mock up|整|做)\s*(me\s*)?(一張|一個|張|a|an)\b.{0,40}\b(cert|certificate|badge)\b.{0,40}\b(validation|"
    r"verification|credential) (number|no|id|code)\b|\b(cert|certificate|badge)\b.{0,40}(qr code|驗證碼).{0,20}(唔想考|不想考|don'?t want to (take|sit))",
    r"\b(edit|change|replace)\b.{0,30}\b(name|student id)\b.{0,40}(\bkeep|\bkeeping|保留).{0,10}(watermark|水印|logo|seal|stamp|印)",
    # "Nobody will check", activities made up "as if attended", a university's email imitated, photos of a class
    # never attended generated.
    # (「會唔會有人查真偽？」 asks whether a badge is checked.)
    r"(冇人|(?<!會)唔會有人|老師唔會|應該冇人)\s*(會)?\s*(去)?\s*(查|check|verify|核實|逐個查)|\b(no ?one|nobody) (will|would|is gonna|gonna)"
    r" (check|verify|notice|find out)\b",
    r"(作|虛構|捏造|\bmake up\b)\s*(幾個|啲|一啲|some|a few)?\s*(OEA|SLP|活動|經歷|activities|experiences?)|好似真係(參加|做|去|讀)過",
    r"(模仿|扮|冒認|仿照|imitate|mimic|copy).{0,10}(大學|理大|港大|中大|科大|university|uni|學校|jupas|polyu|hku|cuhk|hkust|cityu|hkbu)"
    r".{0,25}(電郵|email|信|通知|offer)",
    # A free course's missing certificate made to look paid for, "the same as a real one" when printed.
    r"(整|做|印|gen).{0,12}(好似|似|扮)\s*(付費|正式|真)?\s*(嘅)?\s*(證書|cert)|(同|跟)真(嘅|的)?\s*(睇落|睇起上嚟)?\s*(一模一樣|冇分別)",
    # Awards or activities made up for a record (「OEA 可唔可以作一兩個比賽獎項？」), ideas asked for that "look real".
    r"(SLP|OEA|OLE|履歷|CV|resume|自述).{0,10}作\s*(一|幾|兩|1|2)?\s*(兩|幾)?\s*(個|項|段|份)?\s*(比賽|獎|活動|經歷|證書|awards?)",
    r"(諗|作|整|寫|做|編)\s*(幾|一|兩|啲|多)?\s*(個|項|段|啲)?\s*(似真|好似真|逼真)(啲|嘅|的)",
    # A result slip's grade changed (「DSE result slip 可唔可以 edit 個 grade？」); a re-mark (覆核) is a real process.
    r"^(?!.*(覆核|重評|re-?mark|appeal|上訴)).*(result slip|成績單|成績表|成績通知書|transcript|report card).{0,20}(edit|改|P|執|整)\s*(個|啲|下|吓)?\s*"
    r"(grades?|分數|分|成績|等級)",
    r"(gen|generate|整|photoshop|改).{0,20}(相|photos?|pics?|截圖|screenshots?).{0,40}(其實|actually)|(其實|actually).{0,20}(冇|沒|didn'?t|"
    r"never).{0,40}(gen|generate|整|photoshop).{0,20}(相|photos?|pics?)",
    r"^(?!.*(school|teacher|organi[sz]er|學校|老師|主辦|佢哋)\s*(can|could|will|would|會|可唔可以|可以)?\s*(write|make|issue|寫|整|出|發))"
    r".*(寫|整|做|write|make|create|generate|draft)\s*(一|1)?\s*(份|張|個|a|an)?\s*(proof of attendance|attendance (proof|letter)|"
    r"出席證明|completion letter)\b.{0,20}(話我|說我|saying|that says|stating)",
    # 「張 DSE results slip 中文得 3，P 做 5 得唔得？」: a grade on a slip photoshopped to another.
    r"(result|slip|成績單|成績表|transcript|cert|證書).{0,24}(?<![A-Za-z])(P|改|執|edit)\s*(做|成|到)\s*\d",
    # A referee impersonated on the phone ("a script so my cousin can pretend to be the supervisor"); a receipt made
    # out for more than was paid ("i actually paid 4,000 … a bigger receipt").
    r"\b(pretend(ing)? to be|pose as|posing as|impersonat(e|ing)|act(ing)? as)\b (the |my |a |an |his |her )?"
    r"(\w+ )?(supervisor|referee|teacher|principal|professor|mentor|employer|boss|manager|tutor)\b",
    r"\b(receipt|invoice)s?\b.{0,80}\b(actually|only|really) paid\b|\bi (actually|only) paid\b.{0,80}\b(receipt|invoice)s?\b"
    r"|(假|整|改|做)\s*(張|份)?\s*.{0,6}(收據|發票)|(收據|發票).{0,12}(改|寫)(大|高|多)",
    # 「幫我扮實習公司人事部寫封實習證明」: a letter written as if from the company or school that would issue it.
    r"扮.{0,12}(人事部|HR|公司|機構|主辦|學校|老師|校長|大學).{0,8}(寫|出|整|簽)\s*(封|份|張)",
    # 「扮係評審親自寫俾我」, 「draft 封 email 扮 registry 寄嘅」: words sent as if from whoever would vouch for them.
    r"扮\s*(係|做|成)?\s*.{0,8}(評審|評判|老師|校長|教授|導師|主辦|registry|教務處|考評局|大學|學校|HR|人事部|公司|機構)"
    r"\s*(親自)?\s*(寫|寄|發|出|簽)",
    # Photos re-dated or re-placed ("change the exif date and location on my photos so it looks like…"), a lookalike
    # of a badge site ("a webpage that looks exactly like credly.com"), a face deepfaked into a class recording.
    r"\b(change|edit|alter|fake|spoof|modify|tweak)\b.{0,30}\b(exif|metadata|timestamps?|geotags?|gps (data|location))\b",
    r"\b(build|make|create|design|clone|copy|code)\b.{0,40}\b(web ?page|web ?site|site|page|portal)\b.{0,20}"
    r"\blooks? (exactly |just )?like\b",
    r"(幫我|同我|替我|\bhelp me\b|\bcan (you|u)\b|\bpls\b|\bplease\b).{0,10}deep ?fake|deep ?fake.{0,40}(證明|proof|attendance|"
    r"出席|recording|錄影|zoom)",
    # A certificate's dates moved (「幫我將有效期改到二零二七年」, "change the expiry date on my cert to 2027"), or its
    # anti-forgery marks kept on a copy (「底紋同防偽花紋要保留」).
    r"(幫我|同我|替我|將|把|\bhelp me\b|\bcan (you|u)\b|\bpls\b|\bplease\b).{0,16}(有效期|到期日|屆滿日期|發出日期|簽發日期|"
    r"\bexpiry date|\bexpiration date|\bissue date|\bdate of issue).{0,8}(改|延|換|\bchange|\bextend|\bmove|\bset)",
    r"\b(change|edit|alter|extend|move|fake)\b (the |its )?(expiry|expiration|issue|completion) date (on|of) (my|the|this|his|her) "
    r".{0,20}\b(cert|certificate|licen[cs]e|badge|transcript|diploma)",
    r"(防偽|水印|\bwatermarks?\b|\bholograms?\b|\bsecurity (pattern|features?)\b).{0,16}(保留|照抄|照做|仿|\bkeep|\bcopy|\bsame|\bmatch)",
    # Marks raised on the way ("bump maths from 78 to 95", 「將數學由 78 改做 95」).
    r"\b(bump|raise|change|boost|edit|alter|push|nudge|up)\b.{0,30}\bfrom \d{1,3}%? to \d{1,3}%?",
    r"(改|調高|提高|加).{0,10}由\s*\d{1,3}\s*(分|%)?\s*(改|變|加|調)?\s*(做|成|到|去)\s*\d{1,3}",
    # A digital certificate's owner or date edited and signed again (Blockcerts' recipient, issuedOn).
    r"(改|edit|change|modify|swap|換).{0,30}\b(recipient|issued ?on)\b|\b(re-?sign|重新簽).{0,30}(verif|valid|認證)",
    # Someone else's certificate passed off as one's own (「用我 friend 張 cert 當自己嘅」).
    r"(用|拎|攞)\s*(我)?\s*(friend|朋友|同學|人哋|別人|其他人|阿哥|家姐)\s*(張|嘅|個|份)\s*(cert|證書|badge|transcript|成績單)"
    r"\s*(當|扮|作|做)\s*(自己|我)",
    r"\b(use|pass off|submit|claim)\b (my )?(friend'?s|someone'?s|someone else'?s|another student'?s) (cert|certificate|badge|transcript)s?"
    r"\b.{0,20}\b(as|like it'?s) (my own|mine)\b",
    # Time on a platform faked (「改 activity log」「寫個 script 扮住 online 一路 click」).
    r"(改|edit|fake|扮|偽造|modify|tamper|執).{0,12}(activity|time[- ]on[- ]platform|出席|attendance|login|上線)\s*(log|紀錄|記錄|時數|hours)",
    r"(script|bot|程式|外掛).{0,20}(扮(住)?\s*(online|在線|上線|睇緊)|auto[- ]?click|一路\s*click|自動\s*click)"
    r"|\bfake (online|watch|viewing|login) (time|hours)\b",
    # An absence turned into attendance in a record (「用改錯液將缺席改做出席」).
    r"(缺席|曠課|absent|absence).{0,12}(改|變|塗)(做|成|為)\s*(出席|present|準時|attended)",
    r"(改錯液|塗改液|white-?out|tipp-?ex).{0,30}(改|塗|cover|change)(?=.{0,40}(唔好俾|不要讓|without|so (that )?no ?one|發現|notice))",
    # Attendance faked with a looped or recorded video ("OBS with a looped video of me nodding… so i'm marked present"),
    # and numbers edited into a screenshot (「P 張 YouTube Studio analytics screenshot 改做 12.4k」).
    r"\b(loop(ed|ing)?|pre-?recorded|recorded|fake) (video|webcam|camera|feed|clip)s?\b.{0,80}\b(marked present|attendance|present|attend)",
    r"(\bP\b|\bPS\b|photoshop|改|執|edit)\s*(張|個)?[^。？?]{0,40}(screenshot|截圖|analytics|followers?|subs|views)[^。？?]{0,40}"
    r"(改做|改成|改到|\bto\b)\s*\d",
    # An email made to look as if an organisation sent it ("an email that shows up as coming from the NGO's info@
    # address confirming 60 hrs", "so it sounds like their coordinator").
    r"\b(shows? up|appears?|looks?) (as |like )?(it'?s )?(coming|sent|came) from\b.{0,40}\b(address|email|info@|account|office)\b"
    r"|\bspoof(ed|ing)?\b.{0,30}\b(email|address|sender)\b",
    r"\b(write|word|make)\b.{0,30}\b(so )?(it |that it )?(sounds?|reads?) like (it'?s |it was )?(from |written by )?(their|the|his|her)"
    r" (coordinator|teacher|principal|supervisor|organi[sz]er|officer|staff|tutor)\b",
    # Someone else sitting the student's proctored assessment (「俾 friend 用我個 account 幫我做…點樣避開 webcam proctoring」).
    r"(避開|避過|呃過|瞞過|騙過|bypass|get around|avoid|trick|fool|beat)\s*.{0,6}(webcam|proctor|監考|keystroke|lockdown browser)",
    r"(俾|畀|叫|let|get)\s*(個|my|a)?\s*(friend|朋友|同學|someone|cousin|表哥|表姐)\s*(用|login|登入|use)\s*(我|my)\s*(個|嘅)?\s*"
    r"(account|帳戶|帳號|login).{0,20}(幫我)?\s*(做|考|sit|take|do|完成)",
    # A supervisor's initials imitated, a news story faked on a look-alike domain "as proof", a reply written in a
    # school officer's voice from the student's own mailbox, another's talk voiced over as one's own, another team's
    # repository resubmitted under a new author.
    r"\b(initials?|signatures?)\b.{0,20}\b(that )?(look|looks) like (hers|his|theirs|my (teacher|supervisor)'?s?)\b"
    r"|\bwrite\b.{0,30}\bsupervisor('?s)? comments?\b",
    r"\blook-?alike domain\b|\buse (the|this|that) (link|article|page) as proof\b|\bfake news (article|site|story|report)\b",
    r"(用|扮)\s*.{0,6}(職員|老師|校務處|校長|主任|導師|負責人)\s*(嘅|的)\s*(語氣|口吻|身份).{0,30}(回覆|確認|reply|寫)|署名\s*(要)?\s*(似|扮)",
    r"(換成|換做|改成)\s*我\s*(把聲|個樣|嘅聲)|等\s*(導師|老師|評審|judge|佢哋)\s*以為.{0,12}(係我|我自己)",
    r"(改|change|edit)\s*(晒)?\s*(commit author|author name)|(submit|交|上)\s*.{0,20}(當係|扮係|當成)\s*(我哋|我)\s*(做|整|寫)",
    # Another's essay entered under the student's name ("enter it … under my name… so it doesn't look copied"), a
    # senior's SLP passed off ("it has to pass as mine"), a relative posing as the class teacher for a reference call
    # (「填咗表哥個電話，話佢係我班主任」).
    # (Not two students' shared group project, each describing their own part: "…so it doesn't look copied".)
    r"\bunder my (own )?name\b.{0,120}\b(copied|plagiari[sz]ed|localis|localiz|swap)|(?s:^(?!.*\b(our|my) (own )?(roles?|parts?|"
    r"contributions?)\b).*)\bso it (doesn'?t|does not|won'?t) look (copied|plagiari[sz]ed|stolen)\b",
    r"\b(has to|must|needs? to|should|will) pass as (mine|my own)\b|\bi'?ll (just )?say i did (them|it|those|all that) (too|as well)\b",
    r"(話|扮|冒充|假裝)\s*(佢|他|她)\s*(係|是)\s*(我(嘅|的)?)\s*(班主任|老師|校長|teacher|推薦人)|(扮|冒充)\s*(我(嘅|的)?)?\s*(班主任|老師|校長)"
    r".{0,30}(電話|call|核實|verify)",
    # A credential ID and a verification page made up for a course never taken (「教我整個 credential ID 同一個 verify
    # page…show 'Valid'」); help on a proctored exam from someone the camera cannot see (「鏡頭影唔到嗰種位置」).
    r"(幫我|教我|同我|help me|how (do|can|could) i|can (you|u))\s*(點樣)?\s*(整|造|做|\bgen|\bgenerate|\bmake|\bcreate|\bfake)\s*"
    r"(個|一個|a|an)?\s*(fake )?(credential|cert|certificate|證書)\s*(ID|編號|number|no\.?)"
    r"|(verify|驗證)\s*(page|頁|網頁)\s*.{0,40}(show|顯示|出)\s*['‘\"“]?\s*valid",
    # (Not a camera that fails to show the student: "my webcam can't see my face in the proctored exam, help".)
    r"\b(hide|put|place|keep|prop)\b (my |a |the |an )?(phone|ipad|tablet|notes|cheat ?sheet|answers|tutor|friend)\b.{0,40}"
    r"\b(where|so) (the )?(webcam|camera|proctor\w*) (can'?t|won'?t|doesn'?t) see\b"
    r"|(擺|放|收|藏|匿)\s*(部|個|本|張|啲)?\s*(ipad|手機|phone|筆記|notes|答案|cheat ?sheet|人|電話|平板).{0,40}(鏡頭|webcam|camera)"
    r"\s*影唔到|(鏡頭|webcam|camera)\s*影唔到\s*(嗰種|嘅)\s*(位置|地方|角度)",
    # A page screenshot made up with the student added ("make me a screenshot of that page w my photo… as proof"),
    # a test taken by someone logged in as the student, an AI avatar answering camera checks, an honesty statement
    # written after AI sat the exam, lab data made up to look real, a bought award put in OEA, a friend posing as
    # the programme office on a "verify" line.
    r"\b(make|create|fake|edit|photoshop|mock up|gen|generate) (me )?(a |an )?screenshot\b.{0,80}\b(my (photo|name|picture|pic)|"
    r"added|as proof|proof)\b",
    r"\b(take|sit|do|doing|taking) the (test|exam|quiz|assessment)\b.{0,12}\blogged in as me\b|\blogged in as me\b.{0,80}"
    r"\b(stop|avoid|without)\b.{0,30}\b(noticing|detect|flag)",
    r"\b(ai )?(avatar|deepfake|digital twin)\b.{0,80}\b(attendance|roll call|calls? my name|camera checks?|answers? when)\b",
    r"(叫|用)\s*AI\s*(答晒|做晒|寫晒|幫我答).{0,80}(聲明|declaration|statement)",
    r"(作|整|老作|砌|夾)\s*(一組|啲|一啲)?[^，,。？?]{0,30}(data|數據|result|結果|readings?)[^。？?]{0,40}(睇唔出|似真|發現唔到|察覺唔到)",
    # (Not "i bought the google cert, can i put it in OEA?": a paid course, nothing hidden.)
    r"(買(咗|左|了)|bought|purchased)[^。？?]{0,40}(證書|cert|certificate|award|獎狀|獎).{0,80}(發現|察覺|noticing|find(ing)? out)"
    r"|(證書|cert|certificate|award|獎狀)[^。？?]{0,40}(買(咗|左|了)|bought|purchased).{0,80}(發現|察覺|noticing|find(ing)? out)",
    r"(扮|冒充|pretend(ing)? to be|pose as|posing as)\s*(programme|program|course|活動|課程)?\s*(office|辦公室|職員|staff|registry|主辦)",
    # Readings made up for a course's assignment ("generate realistic daily pH… values… so the tutor believes i
    # measured them"), a grandfather's calligraphy passed off at an interview (「…等佢哋相信係我寫」).
    r"\bso (that )?(the |my )?(tutor|teacher|examiner|marker|assessor|lecturer|instructor|interviewer)s? (believes?|thinks?|"
    r"won'?t (know|notice|suspect))\b|\b(generate|make up|invent|fabricate) (\w+ ){0,3}(data|readings|values|measurements|logs)\b"
    r".{0,60}\b(so|pass|believe|submit|upload)\b",
    r"(等|令|俾|畀)\s*(佢哋|佢|面試官|老師|導師|考官|評審)\s*(相信|以為|覺得)\s*(係|系)?\s*我(自己)?\s*(寫|做|整|畫|量|影)",
    # A certificate number worked out to pass a check ("work out the pattern / check letter so i can make a number that
    # passes"), individual quizzes split among friends with answers shared, a similarity or plagiarism checker dodged
    # ("so the checker doesn't flag them", 「paraphrase 到 plagiarism checker 搵唔到」), a birth date changed on an ID copy.
    r"\b(pattern|check (letter|digit|character)|checksum|format)\b.{0,60}\b(make|generate|create|come up with) (a|my own|"
    r"an?other|new) (cert(ificate)? )?(number|no\.?|id|code|serial)\b",
    r"\b(supposed to be|meant to be|must be|have to be) (done |taken |completed )?['\"‘]?individual(ly)?['\"’]?.{0,120}"
    r"\b(split|splitting|share|sharing|divide|dividing)\b.{0,40}\b(answers|quizzes|them)\b",
    r"\b(similarity|plagiarism|code|ai)[- ](check|checker|detector|detection|scan)s?\b.{0,60}\b(doesn'?t|does not|won'?t|will not|"
    r"can'?t|cannot|not) (flag|catch|detect|spot|notice)\b|\b(restructure|rename|reword|paraphrase|rewrite)\b.{0,80}\bso "
    r"(the |that the )?(checker|detector|tutor|marker|system)s? (doesn'?t|does not|won'?t|can'?t) (flag|catch|detect|spot|notice)\b",
    r"(plagiarism|similarity|抄襲|相似度)\s*(checker|檢查|偵測|系統|軟件)?\s*.{0,6}(搵唔到|查唔到|detect\s*唔到|發現唔到|捉唔到|check\s*唔到)",
    r"(改|修改|edit|P)\s*.{0,20}(身份證|出世紙|HKID|birth cert|id card).{0,24}(出生日期|出世日期|年齡|年紀|date of birth|dob)"
    r"|\b(change|edit|alter)\b.{0,20}\b(date of birth|birth ?date|dob)\b.{0,30}\b(id|hkid|birth cert(ificate)?|copy)\b",
    # A page recreated with the student listed in another's role ("recreate the concert programme page… but list me as
    # principal viola"), another's presentation passed off by a face swap or a cloned voice.
    r"\b(recreate|remake|replicate|redo|copy)\b.{0,40}\b(page|programme|program|booklet|certificate|letter|list|roster)\b.{0,60}"
    r"\b(list|put|show|name|credit) me as\b",
    r"(face ?swap|deep ?fake|voice ?clon\w*|換臉|換面).{0,80}(tutor|老師|導師|present|video|片|睇唔出|examiner|assessor)",
    # Someone else at the controls of a proctored exam unseen (「令佢喺另一部機遙距控制都唔會俾 proctor 發現」,
    # 「收埋 remote desktop」); an award's result raised or teammates cut (「獎狀…改做「冠軍」」「team member 淨係留返我個名」).
    r"(令|等|讓|點樣|點先|教我點)[^。？?]{0,40}(遙距|遠程|remote|另一部機|答案|代考|代我考)[^。？?]{0,30}(唔會|不會)\s*(俾|被|畀)\s*"
    r"(proctor\w*( software)?|監考\w{0,2}|系統)\s*(發現|捉到|detect|知|睇到)"
    r"|(收埋|隱藏|hide|藏起)\s*(個|啲|部)?\s*(remote desktop|遙距控制|遠程控制|teamviewer|anydesk)"
    r"|\bremote (control|desktop|access)\b.{0,60}\b(proctor|invigilator)s?\b.{0,20}\b(won'?t|doesn'?t|can'?t|never)\b.{0,12}"
    r"\b(notice|detect|see|know|catch)",
    # A twin sitting an interview as the student ("how do we swap so he does it as me?"); a Dean's List letter made up
    # ("can u write me one? official letterhead layout… signature block"); others' accepted solutions submitted to pad a
    # profile (「將網上人哋 accepted 咗嘅 solution 自動 submit 落我 account」).
    r"\b(swap|switch)\b.{0,20}\b(so )?(he|she|they|my \w+) (does|do|takes?|sits?|attends?) (it|the \w+) as me\b"
    r"|\b(do|does|take|takes|sit|sits|attend|attends) (it|the (interview|exam|test)) as me\b",
    r"\b(write|make|draft|create|gen(erate)?|do) me one\b.{0,60}\b(letterhead|signature block|seal|reference number)\b"
    r"|\b(make|write|draft|create|design|fake|gen(erate)?|mock up)\b.{0,40}\bofficial letterhead\b.{0,80}\b(signature|dean|"
    r"principal|reference number)\b",
    r"(人哋|別人|其他人)(嘅)?\s*.{0,12}(solution|答案|code).{0,30}(submit|交|上載|upload).{0,12}(我|my)\s*(個)?\s*(account|戶口|帳戶)"
    r"|\bsubmit (other people'?s|others'?|someone else'?s) (accepted )?(solutions|code|answers)\b",
    # Logs written for days not attended ("write logs for days 2-4… so it sounds like i was actually there"); another's
    # article put under the student's name ("change the author line to my name"); a second account to preview a quiz
    # unseen (「開第二個帳戶唔會俾平台發現係同一個人」); a sibling's certificate edited (「將 'Chan Hoi Ying' 改做
    # 'Chan Hoi Lam'，年份改 2025」).
    r"\b(write|make up|invent|fake|fill in)\b.{0,140}\bso (it|they) (sounds?|looks?|seems?) like i (was|were|went|attended|"
    r"actually)\b|\bchange (the )?(author|byline|credit|name)( line)? to (my name|me)\b",
    r"(開|整|register|註冊)\s*(多|第二)\s*個\s*(帳戶|account|戶口).{0,60}(唔會|唔)\s*(俾|被|畀)\s*(平台|系統|佢哋|coursera|edx)?\s*"
    r"(發現|知|detect|捉到)",
    r"^(?=.*(cert|證書|獎狀|SLP|OEA))(?=.*((將|把)\s*['‘\"“「][^'’\"”」]{2,30}['’\"”」]\s*(改做|改成|改為)|(年份|日期)\s*改\s*(做|成|為)?"
    r"\s*\d{4}))",
    # An attendance file edited "so it shows" more, its modified date hidden; a parent's signature copied; a fake
    # "Verified ✓" page behind a QR; a proposal ghost-written with mistakes "on purpose" and a typed-looking history.
    r"\b(columns?|fields?|rows?|cells?) to (edit|change)\b.{0,60}\bso it shows\b|\bmodified date\b.{0,30}\b(not look|look old|"
    r"backdate)|\b(trick|how) to cop(y|ying) (a |my \w+'?s? )?signature\b",
    r"\bset up (a )?(little |small |fake )?(site|page|website) that shows\b.{0,40}\bverified\b|\bmistakes on purpose\b"
    r"|\bversion history\b.{0,20}\blooks? like i (typed|wrote)\b",
    r"^(?=.*(獎狀|證書|\bcert|PDF|pdf|證明))(?=.*(幫我|可唔可以|點樣|教我|help me|can u|can you)\s*.{0,10}(改|P|執)\s*(做|成|為)\s*[「『\"“]?\s*(冠軍|亞軍|季軍|金獎|一等獎|第一名|champion|gold"
    r"|distinction))|(將|幫我|把)\s*(team ?member|組員|隊員)\S{0,4}\s*(淨係|只)\s*留\s*(返)?\s*我\s*(個|嘅)?\s*名",
)

# "How do I avoid buying a fake certificate?", 「點分 real 同 fake 嘅 online degree？」: questions about telling a fake
# from a real one share the forgery words; without a request to make or alter something they are in scope.
# ("…the same wrong answers the tutor could spot" is what someone else might notice, not the student telling fakes.)
TELLING_FAKES = any_of(
    r"\b(?<!could )(?<!would )(?<!might )(avoid|spot|detect|recogni[sz]e|tell (apart|the difference|if|whether)|verify|check (if|whether)|how (do|can) i know|is (it|this|that) (real|genuine|legit))\b",
    r"\bhow (do|can|would|does) (you|u|i|we|people|one|unis?|universities|schools?|employers?|they) (actually |even )?"
    r"(verify|check|confirm)\b",  # a badge's
    r"點分|分辨|辨別|識別|避免|驗證|點知|真定假|點樣分|點\s*check|證明.{0,12}(係真|真確|是真的|genuine|real)",
    # Worried that a real badge looks fake (「會唔會畀人以為係假 cert」), or warned of fakes ("which official website
    # should i check … i keep seeing fake screenshots").
    # Whether one's own certificate is a fake (「…簽名係印上去…咁係咪代表係假證書？」, "does that mean it's fake?").
    r"係咪(代表|即係|等於)?\s*(係)?\s*假(嘅)?\s*(證書|cert|文憑)|\bdoes (that|this|it) mean (it'?s|it is|its|the cert is) (a )?fake\b",
    # Fakes others handed in before (「學校以前收過假證書，所以要交正本」): why a check is asked for.
    r"(收過|收到|發現(咗|過)?|捉到|出現(過)?)\s*(啲|一啲|好多)?\s*假(嘅|的)?\s*(證書|cert|文憑)",
    # A teacher or a friend calling them fakes ("my friend keeps saying my HKU SPACE micro-credential is 'basically a
    # fake cert'").
    r"(話|講|\bsaid\b|\bsays\b|\bsaying\b|\bcalls?\b|\bcalling\b|\bcalled\b|覺得|\bthinks?\b).{0,90}['‘\"「]?"
    r"(basically |just |only |a )*fake\s*(cert|certificate)",
    r"(畀|俾|被)人(以為|覺得|當)\s*(係|是)?\s*假|\bofficial (website|site|page)\b|\b(keep seeing|seen|saw) (a lot of |so many |many )?fake\b",
    # How fakes are made, as a subject to study (「我對 AI 點樣俾人用嚟整假 cert、假新聞好有興趣，想認真讀下」).
    r"對.{0,40}(整假|假(新聞|cert|證書)|deepfakes?).{0,20}(好|幾)?\s*(有)?\s*(興趣|好奇)"
    r"|\b(interested in|curious about|fascinated by|want to (study|learn about))\b.{0,40}\b(fakes?|deepfakes?|forger(y|ies)|misinformation)\b"
    # A forensic taster's subject ("like fingerprints, dna, spotting forged documents").
    r"|\b(like|such as|e\.?g\.?|learn(ing)?|teach(es|ing)?|about)\b.{0,40}\b(spotting|detecting|analy[sz]ing|examining) (forged|fake|"
    r"counterfeit) (documents?|signatures?|handwriting|banknotes?|notes)\b",
)
MAKING = any_of(
    # Another's record claimed ("paste it into my OEA as my own cert link"), a proctor's camera kept blind (「等佢
    # detect 唔到」): what is done with the fake, whatever checking words surround it.
    r"\bas my own (cert(ificate)?|link|verify link|credential)\b|(等|令|讓|使)\s*佢\s*detect\s*唔到|\b(bypass|get around|fool)\b.{0,30}"
    r"\b(lockdown|proctor\w*|webcam)",
    r"\b(can|could|would|will) (you|u)\b.{0,20}\b(make|create|generate|produce|write|draft|design|photoshop|edit|forge|gen|type up|mock up)\b",
    r"\b(make|create|generate|produce|write|draft|design|photoshop|edit|forge|gen|print|fake)\b (me |for me |us )?(a|an|one|it|my|the|some|this)\b",
    # "... so employers can't verify it": the telling words name what the fake must survive.
    r"\bso (that )?(no ?one|nobody|they|employers?|it|the \w+) (can'?t|cannot|won'?t|will not|would not|wouldn'?t)\b|\bpass (a|the|any) \w* ?check",
    r"(幫我|同我|你幫|替我|代我|俾我|畀我).{0,8}(整|做|寫|改|P|gen|製作|印|出)",
    r"教我\s*(點樣|點)?\s*(整|做|gen|製作|P)\s*(一)?(個|張|份|條)",
    # 「我想整張 'CityU…' cert，…verify」 (not 「我想整個 portfolio website 放晒我啲 cert」: a site to show real ones)
    r"(我想|想)\s*(整|做|gen|印)\s*(一)?(張|份)\s*[^。？?，,]{0,30}(cert|證書|certificate)",  # (not 「教我點樣分辨出假 cert」)
    r"(可唔可以|可否|能否|可以幫).{0,6}(generate|gen|整|做|生成|製作|作)",
    # 「有冇 template 可以整到似真嘅 cert？要有埋 verify link」: the check named is what the lookalike must carry.
    r"(整|做|gen|作)\s*(到|得)\s*(好)?似真|\b(template|範本|模板)\b.{0,12}(整|做|gen|作)",
    r"^\s*(整|做|gen|出)\s*(一)?(個|張|份).{0,60}(俾我|畀我|給我)",  # 「整個 … credly badge link 俾我，要 verify 到」
    # "help me with forging documents, spotting forged ones is easy": the request beside the spotting words.
    r"\b(help|teach|show) (me|us) (with |how to |to )?(forg|fak|doctor|photoshop)\w*",
    # A certificate bought from a seller, tested before paying ("…before i transfer the money").
    r"\b(verify|work) before i (transfer|pay|send)\b|\bso the name matches my (hkid|id|passport)\b",
)

# "could someone just make a fake one?": what others could do is the worry behind a check, not a request.
OTHERS_COULD_MAKE = re.compile(
    r"\b((someone|somebody|anyone|anybody|people|others) (just |easily |simply )?(could|can|might|may)"
    r"|(could|can|might|may) (someone|somebody|anyone|anybody|people|others)) (just |easily )?"
    r"(make|fake|forge|photoshop|create|edit)\b[^.?!]*",
    re.IGNORECASE,
)


# A teacher who has the student draft their own reference for the teacher to edit and sign asks nothing forged
# (「我 teacher 叫我自己 draft 封 recommendation letter 俾佢改完再 sign，咁樣 OK 咩？」).
# Only while the bot is not asked to write it ("can you draft it for me").
TEACHER_HAS_ME_DRAFT: Final = (
    r"^(?!.*(\b(can|could|would|will) (you|u)\b|(?<!佢)(?<!佢可以)(幫我|替我|代我)|你(幫|替|寫|整)))"
    # (Never beside a forgery: "…write it as her and i'll make a gmail called…", 「整埋張假嘅取錄信」.)
    # (「會唔會當係作假」 is the worry, not a request.)
    r"(?!.*(\bforge|\bfake (it|a|an|the|her|his)\b|(整|造|做|寫)\s*(埋)?\s*(張|份|封)?\s*假|假(嘅|的)\s*(取錄|cert|證書|信|簽名)|偽造|簽名|"
    r"signature|\bas (him|her)\b|gmail|email called|扮|冒|\bpls\b|\bplease\b|\bjust write\b|幫手|整埋))"
    r".*(teacher|老師|班主任|sir|miss|校長)\s*.{0,30}(叫|要|asks?|asked|told|wants?)\s*(我|me)\s*(to )?\s*(自己)?\s*(先)?\s*"
    r"(draft|寫|起草|write|擬)"
    # (「叫我自己先擬一份草稿俾佢改」: the teacher edits it; signing is the teacher's too.)
    r".{0,30}(recommendation|reference|推薦信|推介信|草稿|draft).{0,60}(改|edit|rewrite|check|睇)(.{0,12}(sign|簽))?"
)
# A teacher who drafted the student's reference with a chatbot ("my teacher admitted she used chatgpt to draft my
# reference letter… could the uni think it's fake?") asks whether that is a problem, nothing forged.
_TEACHER_DRAFTED_WITH_AI: Final = (
    r"^(?!.*(\b(can|could|would|will) (you|u)\b|幫我|替我|代我|你(幫|替|寫|整)))"
    r".*(teacher|老師|班主任|\bsir\b|\bmiss\b|校長|\bshe\b|\bhe\b|佢)\s*.{0,20}(used|uses|用(咗|左|咗個)?)\s*"
    r"(chat\s?gpt|\bai\b|\bgpt\b|claude|gemini|copilot|poe).{0,20}(draft|write|wrote|寫|起草)\s*.{0,10}"
    r"(reference|recommendation|推薦信|推介信)"
)
DRAFTED_FOR_A_TEACHER: Final = re.compile(f"{TEACHER_HAS_ME_DRAFT}|{_TEACHER_DRAFTED_WITH_AI}", re.IGNORECASE)


# "唔係想 fake 張 cert 呀，係真係想學", "not trying to fake anything": the forgery words disclaimed. The message is a
# forgery only if the rules still fire with the disclaimer taken out.
FORGERY_DISCLAIMED = any_of(
    r"(唔係|唔會|冇|不是|不會|並非)\s*(想|話|打算|要)?\s*(fake|作假|造假|偽造|假造|老作)\s*(份|張|個|啲)?\s*[A-Za-z\u4e00-\u9fff]{0,8}",
    r"\b(not|never|no|don'?t want)\b (trying |going |asking( you)? |planning |gonna |wanting |want )?to (fake|forge)\b( (a|an|my|the|any))?"
    r"( \w+){0,2}",
    r"\b(i'?m|i am) not (faking|forging)\b( \w+){0,3}",
    # Why a school asks for an issuer's contact (「係咪為咗 check 假 cert？」): a check on fakes, explained (and nothing
    # else of a forgery asked beside it: 「改張 cert 個名…為咗防假 cert…」 is still one).
    r"(為咗|為了|用嚟|用來|係咪)\s*(check|檢查|核實|查|防|捉)\s*(下)?\s*(有冇)?\s*假\s*(嘅)?\s*(cert|證書|文憑)",
)


# What happens to an applicant who overstates or is caught (「如果我 OEA 吹大少少會點？俾人發現會唔會冇埋 offer？」): the
# rules' consequences asked, nothing asked to be made or hidden.
CONSEQUENCES_ASKED = any_of(
    r"^(?!.*(幫我|教我|同我|俾我|畀我|點(樣)?(先)?(唔會|冇人|避|瞞|呃)|點樣\s*(吹|作|填|改|整)|\bhelp (me|us)\b|\bhow (do|can|to|should) i\b"
    r"|\b(without|not) (getting|being) caught\b|\b(make|write|edit|fake)\b))"
    r"(?=.*(如果我|假如我|若果我|\bif i\b))(?=.*(會點|會唔會|有咩後果|後果係|\bwhat happens\b|\bwhat would happen\b|\b(would|will|could) i "
    r"(lose|get (caught|disqualified|kicked))\b))",
)
