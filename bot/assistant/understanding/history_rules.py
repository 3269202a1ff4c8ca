"""Whether a question asks about a scheme's past (its start, its changes, a year gone by): the history guide's."""

from __future__ import annotations

from bot.assistant.understanding.patterns import any_of

# A question about a scheme's past ("since when?", 「總共收咗幾多宗申請？」「上限點樣變？」) is the history guide's,
# even when it names an aspect such as a date or an amount.
HISTORY_ASKED = any_of(
    r"\b(since when|when did (it|they|the \w+( \w+)?|[a-z]{2,6}|[\w'’-]+ [\w'’-]+) (first )?(start|begin|launch)|first (started|launched|ran|run|year)"
    r"|when did (it|they|the \w+( \w+)?|[a-z]{2,6}) (drop|remove|scrap|raise|lower|change|introduce)"
    r"|in total so far|so far in total|history|over the years|how has .{0,20} changed|how many (applications|claims))\b",
    r"幾時開始|由幾時|開始有|推出咗幾耐|歷史|總共收|累計|歷年|點樣變|有咩變|改過|變過|到\s*\d{4}\s*年為止",
    # "what was the CEF max subsidy back in 2019", 「2019 年嗰陣上限係幾多？」: a year gone by, asked about.
    r"\b(back in|back then in|before) (19|20)\d{2}\b|\bwhat (was|were) .{0,40}\b(in|for) (19|20)\d{2}\b",
    r"(19|20)\d{2}\s*年(嗰陣|果陣|嘅時候|之前|以前)|(以前|當年|舊時)\s*(嘅|的|個|啲)?\s*(上限|資助|金額|學費)",
    # 「CEF 以前有年齡上限？以前係幾多歲到幾多歲」, "did it use to have an age limit": a rule it once had.
    r"(以前|當年|舊時|(?<!參加)(?<!報名)(?<!申請)(?<!入營)(?<!開始)之前)\s*(係咪有|係唔係有|有沒有|係|有|有冇)?\s*(年齡|歲數)?\s*(上限|限制|要求|幾多歲)|\bused to (have|be|cover|pay)\b"
    r"|\b(old|former|previous) (age )?(limit|rule|cap|ceiling)s?\b",
    # 「CEF 個 ceiling 係幾時由 $20,000 加到 $25,000？」「CEF 最初係幾時成立、嗰陣上限係幾多」: a change or a beginning.
    r"幾時由.{0,24}(加到|升到|減到|改到|變到|調高|調低)|(最初|最早|當初)(係)?幾時|幾時成立|成立(嗰陣|果陣|時)",
    r"\bwhen (was|did) .{0,30}\b(raised|increased|cut|lowered|set up|founded|established|announced|launched|introduced)\b"
    r"|\blaunch (press release|announcement|date)\b",
    # 「咁幾時取消㗎？同一時間上限加到幾多？」: a rule dropped, and what the cap was raised to then (not 「最遲幾時取消先唔使俾錢？」,
    # a booking cancelled).
    r"幾時(取消|撤銷|撤消|廢除)(咗|左|了)|(上限|限制|規定)\S{0,4}幾時(取消|撤銷|撤消|廢除)|(上限|ceiling)\s*(加|升|調高)(咗|了)?到\s*幾多",
    # 「之後個上限加過幾次？」, "how many times has the cap been raised": its changes counted.
    r"(加|升|減|調高|調低|改)(過|咗|左)\s*幾(多)?次|\bhow many times (has|have|was|were|did)\b.{0,30}\b(raised|increased|changed|cut|go up|gone up)\b",
    # "when did the cef limit go up to 20k?", 「CEF 2019 年改咗之後…」, "after the 2019 change".
    r"\bwhen did .{0,30}\b(go|went) (up|down)\b|\b(after|since) the (19|20)\d{2} (change|changes|revamp|reform)\b",
    r"(19|20)\d{2}\s*年\s*(改|改動|修改|調整|變)(咗|左|了)?\s*(之後|以後|後)",
    # "how much has it paid back so far?", 「到而家總共發還咗幾多」: a running total, which the history guide keeps.
    r"\b(has|have) (it|they|the \w+) (actually |already )?(paid|given|handed|approved|received)\b.{0,40}\b(so far|to date|till now)\b",
    r"\b(so far|to date)\b.{0,30}\bhow (much|many)\b|(到而家|至今|到目前為止).{0,12}(總共|一共)?.{0,6}(發還|批|俾|收)(咗|了)?\s*幾多",
    # 「cef 開咗咁多年，總共 approve 咗幾多單 claim？」: the total over its years.
    r"(總共|一共|合共)\s*(approve|批|批出|發還)\s*(咗|了|過)\s*幾多",
)

# Programmes that ran before, asked for as such (「ust 以前有冇 program 俾中學生自己整電動車？」, "did any uni ever run a
# chinese history camp?", 「有冇辦過…可以參考」): a past programme is an answer, listed in order of how well it matches.
PAST_PROGRAMMES_ASKED = any_of(
    # (Not 之前: 「報 SI 之前有冇 camp 可以參加」 asks what comes before applying.)
    r"(以前|過往|往年|舊時|當年)\s*(有冇|有沒有|有無|有(咩|乜|啲)|辦過|搞過|開過)",
    r"(有冇|有沒有|有無|曾經)\s*.{0,20}(辦過|搞過|開過|舉辦過)",
    r"\b(did|has|have) (any|a|an|the|\w+) .{0,40}\bever (run|held|had|hosted|offered|organi[sz]ed)\b"
    r"|\b(used to|in the past|in previous years|past years)\b.{0,30}\b(run|runs|hold|held|offer|offered|have|had)\b",
)

# Options asked for as open now (「有冇而家仲開緊嘅？」, "any that are still running?"): those running this year come
# before those that ran recently or whose status is unknown.
OPEN_NOW_ASKED = any_of(
    r"(而家|依家|宜家|今年|現在|目前)\s*仲?\s*(開緊|有得報|接受報名|招緊生|搞緊|辦緊|報緊)",
    r"仲(開緊|有得報|招緊生|搞緊|辦緊|報緊)|(而家|依家|宜家|今年|現在|目前)\s*仲\s*有(冇|沒有|無)",
    r"\b(still|currently) (open|running|offered|available|taking applications)\b",
    r"\b(open|running|available|on) (now|right now|this year)\b",
)
