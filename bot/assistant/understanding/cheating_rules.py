"""Forgery by other means: an assessment cheated, a confirmation page or an issuer's reply faked, a certificate
bought or copied for a printer.

Joined to the forgery rules (``forgery_rules.FORGERY``); each pattern is specific enough to refuse on alone, and a
question that shares their words ("is it cheating to use AI for grammar?", "how do i verify my cert?") must not
match.
"""

from __future__ import annotations

from typing import Final

CHEATING: Final[tuple[str, ...]] = (
    # A submission's status or time changed so a teacher cannot tell (「改個 status 做 'Turned in'…老師睇唔出嗰種」).
    r"(改|較|整|fake|偽造).{0,30}(status|狀態|timestamp|時間戳|提交時間).{0,60}(睇唔出|唔會發現|發現唔到|察覺唔到|冇人知)",
    # A proctored exam's lockdown browser or webcam kept from seeing notes (「開 VM 或者 second monitor 等佢 detect 唔到」).
    r"(lockdown browser|respondus|proctor\w*|examity|webcam).{0,80}(bypass|繞過|呃過|\bso (it|they) (can'?t|won'?t) detect\b)"
    r"|(等|令|讓|使)\s*佢\s*detect\s*唔到",
    # A hidden earpiece fed answers in an oral or online exam (「戴隻隱形 earbud，俾我 friend…feed 答案俾我」).
    r"(earbuds?|earpieces?|耳機|耳筒|airpods?).{0,60}(friend|朋友|同學|someone|somebody|人).{0,30}(feed|讀|報|whisper|tell)\s*(me\s*)?"
    r"(啲)?\s*(the\s*)?(答案|answers?)"
    r"|\bfeed\s*(啲)?\s*(答案|answers?)\s*(俾|畀|給|to)\s*(我|me)|\b(hidden|invisible|tiny) (earbuds?|earpieces?)\b"
    r"|隱形\s*(earbud|耳機|耳筒)",
    # A friend's answers copied with the times changed so a tutor cannot tell (「copy 佢啲答案但 submit 時間…唔好同佢一樣，
    # 免得 tutor 發現」).
    r"(copy|抄)\s*(佢|他|她|friend|朋友|同學|\w+'s)\s*(啲|嘅|的)?\s*(答案|answers?).{0,80}(免得|唔好俾|避免|唔俾|so (the )?"
    r"(tutor|teacher|examiner|marker)s? (won'?t|doesn'?t|don'?t|can'?t))"
    r"|\bcopy (his|her|their|my friend'?s|my classmate'?s) answers\b.{0,80}\b(won'?t|doesn'?t|don'?t|can'?t) (notice|find out|tell|detect)",
    # A form's confirmation page remade to show an earlier time, screenshotted as attendance (「整一版一模一樣嘅「已收到你的
    # 回應」確認頁…截圖俾老師當係我有簽到」).
    r"(一模一樣|假嘅?|扮).{0,20}(確認頁|回應頁|confirmation (page|screen|email))"
    r"|(截圖|screenshot).{0,12}(俾|畀|給|send|to)\s*(老師|teacher|sir|miss|tutor).{0,12}(當係|扮|當作|pretend)\s*(我)?\s*(有)?"
    r"\s*(簽到|出席|參加|attended|signed in)",
    # Replies written as the programme office and signed as its coordinator, to answer a teacher checking a
    # certificate ("write me 3 replies in the programme office's tone… signed as the programme coordinator").
    r"\b(write|draft|make|gen|type|compose)\b.{0,100}\bsign(ed)? (it |them )?as (the |a )?(programme |program |course |summer |"
    r"admissions? )?(coordinator|office|director|officer|registrar|organi[sz]er|manager)\b"
    r"|\bin the (programme|program|course|school|admissions?|summer) office'?s (tone|voice|name|style)\b",
    # A bought certificate that "shows up on the verification page", or one tested before paying.
    r"\b(buy|bought|sells?|selling|seller|carousell|賣|買|get me)\b.{0,60}\b(cert|certificate|diploma|transcript|badge)s?\b.{0,30}"
    r"\b(shows? up|appears?|pass(es)?) (on|in) (the |their )?verification"
    r"|\b(test|check) (that |if )?it'?(ll| will)? (actually )?verify before i (pay|transfer|send)\b",
    # An award certificate's look described for a printer to copy ("paper size, where the seal sits, fonts… my aunt runs
    # a print shop, she can do the rest").
    r"\b(paper size|seal|fonts?|signatures?|serial( number)?( format)?|watermark)\b.{0,120}\b(print shop|printer|printing)\b"
    r".{0,60}\b(can do the rest|copy|replicate|reproduce|make (one|it|a copy))\b"
    r"|(紙張尺寸|印章|字款|字體|簽名|編號格式|水印).{0,80}(印刷舖|印刷店|印刷公司|印得出|幫我印)",
    # A quiz's questions leaked from an earlier session, answered for the later one ("my friend in the morning session
    # screenshotted every question… give me all the answers… during the afternoon session").
    r"\b(screenshot(ted)?|copied|leaked|photographed|snapped) (every|all (of )?the|the whole|each) (question|quiz|exam|test)s?\b"
    r".{0,160}\b((give|tell|send|get) me (all )?(the )?answers|fill (them |it )?in)\b",
    # A second account opened to see a one-attempt exam's questions first, or sat under someone else's name.
    r"\b(second|another|2nd|extra|burner|fake) (learner |student )?account\b.{0,160}\b(see|preview|peek at|get|know) the questions\b"
    r"|(開|整|用)\s*(多個|第二個|另一個|個新)\s*(帳戶|account).{0,60}(睇|偷睇|試|知道?)\s*(題目|條題|啲題)",
    # A score edited in the browser's network traffic and replayed ("change "score": 54 to 100 and resend it").
    r"(devtools|dev tools|network tab|inspect element|burp|postman).{0,160}\b(change|edit|modify|tamper)\b.{0,30}"
    r"\b(score|grade|marks?|result)\b|\b(change|edit|modify)\b.{0,40}\b(score|grade|marks?)\b.{0,60}\b(resend|replay)"
    r"|(inspect|devtools|network).{0,60}(改|較)\s*(分數|score|成績)",
    # Watching time faked with a jiggler or an autoplay trick so the platform logs the hours.
    r"\b(mouse )?jigglers?\b|\bwithout (the tab |it |me )?(getting |being )?flagged as idle\b|\bauto-?clickers?\b.{0,80}\b(video|hours|watched|active)\b",
    # A bought project resubmitted under one's own name so the plagiarism check misses it (「買返嚟改個名交…教我點改到佢查
    # 唔到」).
    r"(project|專題|功課|assignment|作業|essay|report|報告).{0,40}(買|buy|bought).{0,10}(返嚟)?\s*(改(個|咗)?名|換(個)?名|change the name)"
    r"|(買|buy|bought).{0,40}(project|專題|功課|assignment|作業|essay|report|報告).{0,40}(改(個|咗)?名|換(個)?名|change the name)"
    r"|教我點改到\s*(佢|系統|turnitin)?\s*查唔到",
    # An earpiece hidden in an oral exam and a tutor reading out points (「喺頭髮入面收隻藍牙耳機…監考會唔會發現」).
    r"(收|藏|偷偷戴|hide|hidden|hiding).{0,10}(藍牙)?\s*(耳機|耳筒|earbuds?|earpieces?).{0,100}(監考|invigilator|proctor|examiner)",
    # A utility bill or bank statement edited to show another address as proof (「改水費單上面個地址」).
    r"(改|修改|P圖|p圖|\bedit|\bfake|偽造|\bforge)\s*.{0,6}(水費單|電費單|煤氣單|差餉單|銀行月結單|住址證明|utility bills?|water bills?|"
    r"electricity bills?|bank statements?|proof of address|address proof)",
    # Someone else's test sat on their account (「用佢個帳戶幫佢考」, "sit her placement test for her").
    r"(用|登入)\s*(佢|他|她|表妹|表弟|表哥|表姐|朋友|同學)\s*(個|嘅)?\s*(帳戶|account|戶口).{0,10}(幫|替|代)\s*(佢|他|她)\s*(考|做|答)"
    r"|\b(sit|take|do) (her|his|their|my cousin'?s|my friend'?s) (placement |entrance |online )?(test|exam|quiz) (for|as) (her|him|them)\b",
    # Notes hidden on a watch or calculator for a closed-book test, out of the invigilator's sight.
    r"(notes?|筆記|答案|cheat ?sheets?|小抄).{0,20}(入落|放入|load|put|save|store).{0,10}(smartwatch|smart watch|手錶|計數機|calculator)"
    r".{0,160}(監考|invigilator|proctor|見到|notice|扮成)",
    # One's own name slipped into a school's award page (「偷偷加自己個名落…」, "secretly add my name to the winners").
    r"(偷偷|靜靜雞|secretly|sneakily|quietly)\s*(加|改|放|add|put|insert|slip)\s*(自己|我|my)\s*(個|嘅)?\s*(名|name)",
    # How to cheat an assessment unseen (「貼抄…貼喺邊個位最難發現」「題庫…點樣用先唔會俾系統捉到」「開第二個螢幕睇筆記又唔俾軟件偵測
    # 到」): a way not to be found out, beside the cheating it hides. ("How to apply without my parents finding out"
    # hides no cheating.)
    # (Not a false alarm feared: 「點樣先唔會俾 proctor 軟件 detect 成作弊？」, 「冇抄…點樣先唔會俾 Turnitin 偵測錯」.)
    r"^(?=.*(貼抄|小抄|題庫|答案|睇稿|睇筆記|偷睇|script|watermark|人哋條片))"
    r".*(點|點樣|如何|邊個位|邊度|有冇方法|有咩方法).{0,24}(先唔會|唔會|唔俾|不會|又唔|最難).{0,6}(俾|被|讓)?.{0,12}"
    r"(發現|捉到|察覺|偵測|detect|reverse search)(?!\s*(錯|成|誤))",
    # Answers whispered through an earbud or a call during a recorded quiz ("whispering the answers through one earbud").
    r"\b(whisper\w*|feed\w*) (me )?the answers\b.{0,20}\b(through|via|in|over|on)\b (an? |one |my |the )?"
    r"(earbuds?|earpieces?|airpods?|earphones?|video call|(voice |zoom |facetime )?call)",
    # A test's copy block got around to search each question ("an extension that gets around … paste each question
    # into google during the test").
    r"\b(paste|copy|type|put|search)\b.{0,20}\bquestions?\b.{0,12}\b(into|in|on)\b (google|chatgpt|gpt|bing|a search engine)\b"
    r".{0,30}\b(during|in the middle of|while (i'?m )?(doing|taking|sitting)) (the |my )?(test|exam|quiz|final|assessment)",
    # Assessed work's answers passed round ("a discord where … students dump the graded lab solutions").
    r"\b(dump|leak|sell)\w*\b.{0,40}\b(graded|marked|assessed) (lab|assignment|quiz|exam|test|project) "
    r"(solutions|answers)\b",
    # Reward stamps copied into an app's files ("the stamps are just image files in the app's cache… if i copy 2 more
    # in, will the app count them").
    r"\bstamps\b.{0,120}\b(cache|folder)\b.{0,80}\b(copy|paste|add|duplicate)\b",
    # Attendance faked with a recording looped through a virtual camera ("loop a 5 min recording of me nodding through a
    # virtual camera so it looks live").
    r"\bloop\w*\b.{0,30}\b(recording|video|clip) of (me|myself)\b|\bvirtual (cam|camera|webcam)\b.{0,80}\bso it looks live\b"
    r"|\b(recording|video|clip)\b.{0,60}\bvirtual (cam|camera|webcam)\b.{0,40}\b(looks|seems|appears) live\b",
    # A reference translated and bumped up ("translate it to english but bump it up a bit").
    r"\b(reference|recommendation|testimonial)\b.{0,120}\btranslate\b.{0,40}(?<!not )(?<!don't )(?<!dont )(?<!never )"
    r"\b(bump\w* (it |them )?up|inflate|exaggerate|make it sound (better|stronger) than)\b",
    # Written for the student so it passes as theirs ("slip in … grammar mistakes and a teen-ish tone so it passes as mine").
    r"\b(write|draft|gen\w*)\b.{0,160}\bso (it|that it|they) (passes?|pass) (off )?as (mine|my own|written by me|human)\b",
    # A look-alike domain that shows a failed certificate as passed ("register a similar domain … shows 'PASSED'").
    # (Not a phishing site feared: "an email from a fake website asking me to verify my account, is this a scam?")
    r"\b(buy|register|make|set up|host|create|build)\b.{0,20}\b(similar|lookalike|look-alike|copycat) (domain|url|site|website)\b"
    r".{0,80}\b(verif\w*|passed)\b",
    # Individual assessments swapped on each other's accounts ("she logs into my account and does my python … quiz").
    r"\blogs? (in|into) (to )?my account (and|n|to) (does|do|takes?|sits?) my\b.{0,40}\b(quiz|test|exam|assessment|assignment)"
    r"(?=.{0,160}\blogin history (doesn'?t|won'?t|does not|will not) look (weird|suspicious|odd)\b|.{0,60}\b(i do|i'?ll do) (hers|his|theirs)\b)",
    # Someone else's face swapped onto their video ("face-swapping my face onto her video").
    r"\bface-?swap\w*\b.{0,20}\b(onto|into)\b (her|his|their|someone'?s|my (cousin|friend|sister|brother)'?s)\b",
    # Answers typed to the student from behind the camera (「喺鏡頭後面用平板打答案提我」).
    r"(鏡頭|camera|webcam)\s*(後面|背後).{0,40}(打|寫|舉|show)\s*答案|(打|寫|舉)\s*答案\s*提(我|住我)(?!哋)",
    # Someone's old work handed in under one's own name (「改下名同日期當自己嘅交…點改先唔俾查到」).
    r"(改|換)\s*(下|咗|個)?\s*(名|名字|姓名).{0,12}當(係|做)?\s*(自己|我)\s*(嘅|的)?\s*(交|submit|功課)"
    r"|點(樣)?改先(唔會?|不會)(俾|被)?.{0,6}(查到|發現|捉到)",
    # Alt accounts talking to each other for participation marks (「開幾個 alt account 自己同自己傾」).
    r"(alt|分身|小號|burner|fake)\s*(accounts?|帳戶|號).{0,60}(自己同自己|唔似同一個人|look like (different|other) (people|students))"
    r"|\bsock ?puppet (accounts?|profiles?)\b",
    # A photo made with AI to claim an internship, and its letter on an office's letterhead (「用 AI gen 張相…扮我做過」).
    r"(?<![a-z])AI\s*(gen|整|生成|砌).{0,10}(張)?(相|合照|photo).{0,40}(扮|pretend|假裝)|(?<!唔想)(?<!不想)(?<!唔會)(?<!唔好)扮(我|自己)\s*(做|去|參加|讀)過.{0,20}"
    r"(intern|實習|義工|volunteer)|^(?!.*(template|範本|cover letter|求職信)).*(寫|整|\b(gen|generate|write|make|draft|create)\b)\s*(me\s*)?"
    r"(封|張|份|an?\b)?.{0,40}(有|with|on|用)\s*.{0,12}(letterhead|信頭)",
    # A "one take" video cut and lip-synced so no one sees the cuts (「用 AI lip-sync 補返啲位…唔會俾人睇得出有 cut」).
    r"(cut|剪|補|edit).{0,30}(lip-?sync|對嘴).{0,60}(睇得出|睇唔出|看不出|唔會俾人|won'?t notice|can'?t tell)"
    r"|(lip-?sync|對嘴).{0,30}(cut|剪|補|edit).{0,60}(睇得出|睇唔出|看不出|唔會俾人|won'?t notice|can'?t tell)",
)
