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
)
