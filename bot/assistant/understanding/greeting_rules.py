"""Messages that ask nothing of the catalogue: a greeting or thanks, and questions about the bot itself."""

from __future__ import annotations

import re

from bot.assistant.understanding.patterns import any_of

GREETING = re.compile(
    r"^\s*(hi+|hello|hey|yo|hiya|good (morning|afternoon|evening)|thanks?( you)?|thx|ty|ok(ay)?|bye|"
    r"你好|哈囉|早晨|早安|午安|晚安|多謝|唔該|謝謝|拜拜|好的|好)\s*[!！.。~～?？]*\s*$",
    re.IGNORECASE,
)
# The bot asked what it is ("are you a bot or a real person?", 「你係咪真人嚟㗎？」): a student deserves a straight
# answer before trusting advice, and the router took 「係 bot 定真人」 for scorn.
ABOUT_BOT = any_of(
    r"\b(are|r) (you|u) (a |an )?(real )?(bot|robot|ai|human|person|chatbot|real person|actual person|teacher)\b",
    r"\b(bot|ai|robot|machine|chatbot) or (a |an )?(real )?(human|person|teacher)\b|\b(human|person) or (a |an )?(bot|ai|robot)\b",
    r"\bis (this|it) (a |an )?(bot|real person|human|ai|robot)\b|\bam i (talking|chatting|speaking) (to|with) (a |an )?(bot|human|person|real|ai)",
    r"\bwho (made|built|created|runs|programmed) (you|u|this bot|this app)\b",
    r"(你|你哋)\s*(係咪|係唔係|是不是|是否|係)\s*(真人|機械人|機器人|bot|AI|人工智能|電腦|老師)",
    r"(真人|機械人|機器人|bot|AI|人工智能|電腦)\s*(定|還是|定係|或者)\s*(係)?\s*(真人|機械人|機器人|bot|AI|人工智能|老師)",
    r"邊個(整|寫|開發|做|設計)(你|呢個\s*bot)",
    # Whether it makes things up ("do u make stuff up or tell me you don't know?"), what it can help with.
    r"\b(do|would|will|did) (you|u) (ever )?(make (stuff|things|answers|it|facts) up|hallucinate|invent (stuff|things|facts))\b",
    r"(你|bot)(啲|嘅)?\s*(答案|回答)\s*(係)?\s*點(樣)?\s*(揀|decide|決定|搵)|(你|bot)\s*點(樣)?\s*(decide|決定|判斷|揀).{0,10}(source|來源|資料)",
    r"(你|bot)\s*(會唔會|係咪|有冇)\s*(作|亂作|亂講|亂估|呃)|(你|bot)\s*(可以|能夠)?\s*幫(到|得)\s*(我)?\s*(咩|乜|什麼|邊啲)\s*(範圍|嘢|野)",
)
