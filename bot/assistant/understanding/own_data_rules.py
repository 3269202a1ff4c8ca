"""The student's own data asked about in words: answered with what is kept and the commands, never refused."""

from __future__ import annotations

from bot.assistant.understanding.patterns import any_of

# The student's own data asked about in words ("show me my profile", 「點樣刪除我嘅資料」): answered with what is
# kept and the commands that show, change, export or delete it. Never another person's ("my friend's profile"):
# those words stop at "my" followed by the data itself.
OWN_DATA = any_of(
    r"\b(show|see|view|check|display|open|get|export|download|send)( me)? my (own )?(profile|data|personal (data|info|information)|info|details|saved data|settings)\b",
    r"\bwhat('?s| is| are)? (in )?my (profile|data|settings)\b",
    r"\bwhat (do|did|will) (you|u) (know|keep|store|save|remember|have|hold|collect|record) (about|on|of) me\b",
    r"\bwhat (data|info|information|details) (do|did|will) (you|u) (know|keep|store|save|have|hold|collect|record)\b",
    r"\b(delete|remove|erase|clear|wipe|forget|export|download) (all )?(of )?my (own )?(chat |conversation |message )?"
    r"(data|profile|info|information|details|history|account|chats?|messages|questions|records?)\b",
    # 「我想攞返自己喺呢度嘅對話紀錄，可唔可以匯出？」: the student's own conversation taken out.
    r"(攞返|攞番|拎返|匯出|export|下載|刪除|delete)\s*(晒|哂)?\s*(自己|我)\s*(喺呢度|喺度|喺呢個\s*bot)?\s*(嘅|的)?\s*(對話|chat|聊天)"
    r"|(自己|我)\s*(喺呢度|喺度)\s*(嘅|的)\s*(對話|chat|聊天).{0,16}(匯出|export|下載|攞返|刪除|delete)",
    r"\b(change|update|edit|correct|fix|reset) my (form|year|grade|interests?|profile|electives?|subjects? of interest)\b",
    r"\bforget (about )?me\b",
    # "does this bot keep my chats if i tell it something personal?" (the router was sure of a credentials attack)
    r"\b(keep|keeps|store|stores|save|saves|log|logs|record|records|remember|remembers)\b.{0,8}\bmy (own )?(chats?|messages?|conversations?|questions|history)\b",
    r"(睇|看|查|show|顯示|check|export|匯出|下載)\s*(下|吓|一下)?\s*(我|我個|我嘅|我的|我啲)\s*(profile|個人資料|資料|興趣|設定|紀錄|記錄)",
    # 「我想匯出我喺度填過嘅資料（年級同興趣）」: what the student gave the bot, taken out.
    r"(睇|看|查|export|匯出|下載|攞返|刪除|delete)\s*(下|吓|一下)?\s*(我|自己)\s*(喺呢度|喺度|喺呢個\s*bot)\s*"
    r"(填過|講過|俾過|畀過|留低|登記|提供)?\s*(嘅|的)\s*(profile|個人資料|資料|興趣|設定|紀錄|記錄|data)",
    r"(你|you|bot)\s*(會|有冇|係咪|都)?\s*(知道|記住|記得|儲存|存咗|存了|保存|保留|keep|有).{0,6}(我|關於我)\s*(嘅|的|啲)?\s*(咩|乜|什麼|邊啲|哪些)?\s*(資料|嘢|data|info)",
    # The bot's own data commands asked about, and whether a teacher sees what the student asks.
    r"(?<![\w/])/(mydata|forget|profile|privacy|interests)\b",
    r"(老師|teacher|阿sir|miss).{0,50}(睇到|見到|知道|see|know|read).{0,10}(我問|我嘅問題|我啲問題|my questions|what i ask|"
    r"(the )?questions i ask)",
    # A correction of what the student told it ("I told you I'm S5 earlier but I'm actually S4, can you correct that").
    r"\bi'?m actually (in )?(s|f|form ?)[1-6]\b|\bi('?m| am) (in )?(s|f|form ?)[1-6],? not (s|f|form ?)[1-6]\b",
    r"(刪除|刪|delete|清除|剷除|剷|清)\s*(晒|哂|全部)?\s*(我|我嘅|我的|我個|我啲)(喺.{0,8}(嘅|的))?\s*(所有|全部)?\s*"
    r"(資料|個人資料|profile|紀錄|記錄|對話|data|account|帳戶)",  # (「delete我喺呢個bot嘅所有data」)
    r"(刪除|刪|delete|清除|清)\s*(晒|哂|全部)?\s*(我同你|我哋)\s*(之前|以前)?\s*(嘅|的)?\s*(對話|紀錄|記錄|chat)",
    r"\b(you|u) (keep|store|save|log|record)\b.{0,10}\bmy (chats?|messages|history|questions|data|info)\b",
    r"(你|bot)\s*(save|keep|儲|存|記)\s*(咗|左|了|低)?\s*(我|我嘅|我啲|我d)\s*(啲|d)?\s*(咩|乜|什麼|邊啲)?\s*(data|資料|嘢|對話|chat)",
    r"(改|更改|修改|更新|update|change|設定)\s*(返|番|下|吓)?\s*(我|我嘅|我的|我個)\s*(興趣|年級|form|profile|資料|選修科)"
    r"|(我|自己).{0,12}(年級|興趣|選修科).{0,12}(改|轉)(做|為|成|去)",  # (「將自己登記嘅年級由中四改做中五」)
    # Whether it remembers what the student said (「你會唔會記住我之前同你講過嘅成績？」).
    r"(你|bot)\s*(會唔會|有冇|係咪)\s*(記住|記得|儲|save|keep).{0,4}(我)\s*(之前)?.{0,10}(成績|分數|資料|講過|對話)",
    # Whether the student's data is passed on ("會唔會 share 我嘅 data 俾 third party?", "do you sell my info?").
    r"(share|sell|give|send|pass|leak|俾|畀|賣|交)\s*(我|my)\s*(嘅|的|啲|d)?\s*(data|資料|個人資料|info|information|details)"
    r".{0,8}(third[- ]part|第三方|其他公司|advertis|廣告|marketing|外人|others|anyone|companies)",
)
