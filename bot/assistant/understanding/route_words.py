"""Words of a student who fears low results or has no offer, and the other routes named: the questions answered
with sub-degrees, foundation diplomas, Yi Jin and non-JUPAS applications."""

from __future__ import annotations

from bot.assistant.understanding.patterns import any_of

# Low results: a student who fears missing a university place wants the other routes (sub-degrees, foundation
# diplomas, Yi Jin, non-JUPAS applications).
ROUTES = any_of(
    r"\b(fail|failed|failing|bad|low|poor) (my )?(dse|results?|grades?|marks?)\b",
    r"\b(dse|results?|grades?|marks?) (is|are|was|were|might be|may be) (bad|low|poor|not enough)\b",
    r"\bnot (get|getting) (into|in) (a |any )?(uni|university)\b",
    # "im prob getting 2s in basically everything": expected results too low for a degree.
    r"\b(getting|get|got|only get|gonna get) (level )?[12]s?\b.{0,20}\b(every|all|most|basically)",
    r"\b(end up|ending up|stuck) with (level )?[12]s?\b|\blevel [12]s?\b.{0,12}\b(across the board|in everything|all round)\b"
    r"|\b(mocks?|results?|dse) (were|was|went|are|is) (rough|terrible|awful|a disaster)\b",
    r"\b(if|when|in case) (i|u|you) (don'?t|do not|dont|didn'?t|did not|can'?t|cannot) (get|make it) (into|in|to) "
    r"(a |any |the )?(uni|university|college)\b",
    r"\b(can'?t|cannot|won'?t|might not|may not) (get|make it) (into|in|to) (a |any )?(uni|university)\b",
    r"\bno (uni|university) (offer|place)\b",
    # "what happens if i get zero jupas offers?": no place through JUPAS.
    r"\b(zero|no|0|none of (my|the)) (jupas |uni(versity)? )?offers?\b(?! (yet|so far))",
    r"\b(other|alternative) (routes?|pathways?|ways?)\b",
    r"\bplan b\b",
    r"\b(don'?t|do not|didn'?t|fail to|can'?t|won'?t|might not|not gonna|not going to|never gonna) (even |really |actually )?"
    r"(get|meet|reach|make|hit|pass)"
    r" (the )?332a\b",
    r"\bwhat (can|should|do) i do if\b.{0,40}\b(fail|don'?t get|didn'?t get|no offer|not enough)",
    r"\b332a\b.{0,20}\b(not|fail|miss|can'?t)",
    r"\b(not|never|no way i'?m|unlikely to be) (getting|meeting|reaching|making|hitting|passing) (the )?332a\b",
    r"\b(miss|missing|short of|below|under|not reaching)\s+(the\s+)?332a\b",
    r"\b(options?|routes?|paths?|choices|ways?)\b.{0,20}\b(apart from|besides|other than|except)\s+(repeating|retaking|"
    r"repeat|retake|redoing)\b",
    r"(除咗|除了)\s*(重讀|重考|repeat|retake)",
    r"唔夠分",
    # Core subjects' grades listed, Chinese or English at level 2 or under or Maths at 1, below 332A ("chi 5** eng 2
    # math 4, can i still get a degree?", 「中文 3、英文 2 同 數學 3」); or electives short of a degree's two ("only one
    # elective at level 2, is hkmu's degree out for me?").
    r"^(?=.*(\b(chi|chin|chinese|eng|english|maths?)\s*[:=：]?\s*(level\s*|lv\s*)?([1-5]\*{0,2}|u)(?!\w)([\s,;/|、:\-–]|and|&|同){0,6}){3})"
    r"(?=.*(\b(chi|chin|chinese|eng|english)\s*[:=：]?\s*(level\s*|lv\s*)?[12u]\b|\bmaths?\s*[:=：]?\s*(level\s*|lv\s*)?[1u]\b))"
    r"|^(?=.*((中文|英文|數學)\s*[:：]?\s*([1-5]\*{0,2}|U)\s*(級)?\s*([,，、 ]|同|及){0,3}){3})"
    r"(?=.*((中文|英文)\s*[:：]?\s*[12U](?![\d*])|數學\s*[:：]?\s*[1U](?![\d*])))"
    r"|\bonly (one|1) elective\b.{0,40}\b(degree|uni|university)\b|(得|只有)\s*(一|1)\s*科\s*選修.{0,30}(學位|大學|degree)",
    r"(肥|炒|fail)(咗|左)?\s*(dse|DSE|科)",
    r"考(得)?(唔好|差|爛)",
    r"(其他|別的)(出路|途徑|路)",
    r"出路",
    # "my results r probably gonna be bad", "results will likely be terrible"
    r"\b(results?|grades?|marks?|dse) ((r|are|is|will|would)\s+)?(probably |prob |likely |definitely |def )?"
    r"(gonna |going to |will )?be (bad|low|poor|terrible|horrible|trash|awful)\b",
    # Expected results below the entry requirements: a level 1 in a core subject, or 22222 and under.
    r"\b(get|getting|got|gonna get|expect(ing)?|predicted|only)( \w+){0,2} level ?1\b|\blevel ?1 in (english|chinese|maths?|math)\b",
    # "i'll only get around level 2 in most subjects": at the sub-degree entry line.
    r"\b(only|just|mostly|around|about|probably)( \w+){0,2} (level ?2s?|2s)\b|\blevel ?2 in (most|all|every)\b",
    r"(得|拎|攞|考|估計?|預計|大概|only|get|got|expect\w*|looking at)\s*.{0,12}(?<!\d)[12]{4,5}(?!\d)"
    r"|(?<!\d)[12]{4,5}(?!\d)\s*(左右|咁上下|度|or so|ish|at best|at most|max|tops)",
    r"(唔夠|未夠|達唔到|考唔到|攞唔到|拎唔到|冇)\s*332\s*A|\b(backup|back-up|fallback|safety net) (plan|options?|routes?)\b",
    r"後備|(入|上)唔到\s*(JUPAS|聯招|大學|U\b|u\b|uni)",
    # 「我數學應該攞唔到第 2 級」: a core subject expected under the entry line.
    r"(攞唔到|拎唔到|考唔到|達唔到|唔夠)\s*(第)?\s*[23]\s*級",
    # Low results expected as a fact ("pretty sure i won't get 5 level 2s", 「應該考唔到五科第 2 級」).
    r"\b(pretty sure|sure|probably|prob|likely|def(initely)?|i think|i doubt)\b.{0,12}\b(won'?t|will not|can'?t|cannot|"
    r"not gonna|not going to|wont|i'?ll) (get|make|reach|hit|meet|attain|pass)\b.{0,20}(level ?[1-5]|\b[1-5]s\b|332|"
    r"requirements?|the (minimum|min)\b|(entrance|entry) req)",
    r"(應該|實|肯定|好大機會|都係)\s*(攞|考|拎)?唔(到|夠)\s*(五科|5科|入大學|門檻|最低)",
    # "mock exam english = level 2 😭 does that kill any chance of a degree?", 「英文得 2 級點算」: a core subject of the
    # student's under the degree line, or the chance of one said to be gone. (Not "are there english level 2
    # requirements?" or 「英文 2 級或以上」: an entry rule.)
    r"\b(my|mock|got|get|only)\s+(mock\s+)?(exam\s+)?(english|chinese|eng|chi)\b\s*(=|is|was|:)?\s*(only\s+)?(a\s+)?"
    r"(level|lv|lvl) ?[12]\b(?!\d)"
    r"|\b(english|chinese|eng|chi)\s*(=|:)\s*(level|lv|lvl)? ?[12]\b(?!\d)"
    r"|\b(kills?|ruins?|ends?|destroys?) (any|all|my) chances? (of|for) (a |getting (a |into )?)?(degree|uni|university)\b"
    r"|(英文|中文)\s*(得|只有|淨係|only)\s*(level|lv)?\s*[12]\s*級(?!\s*(或)?以上)",
    # "i might not get 'attained' in CSD", 「CSD 未必達標」: the one pass-or-fail core subject under the line.
    r"\b(might|may|will|won'?t|prob(ably)?|could)( not)? (not )?(get|reach|make|pass)\b.{0,6}['‘\"“]?attained\b"
    r"|\bnot (getting|get|reach(ing)?) ['‘\"“]?attained\b|(CSD|公社科?|公民與社會發展科?)\s*(唔|未必|可能唔|應該唔|冇)\s*(達標|attain)",
    # "prob level 2 max. so 332A is out right?": a core subject capped under the degree line.
    r"\blevel ?[12] (max|at most|tops)\b|\b(max|at most) (a )?level ?[12]\b|\b332a\b.{0,6}\b(is |'s )?(out|off the table|"
    r"impossible|not happening)\b",
)
# No JUPAS offer: a routes question whose first answer is the Subsequent Round and direct admission.
NO_OFFER = any_of(
    r"\b(no|without|didn'?t get|did not get|don'?t get|not get) (an? |any )?(jupas |uni |university )?offers?\b",
    r"(冇|無|未有|攞唔到|拎唔到) ?(任何)? ?(offer|取錄|學位)",
)
# The routes by name: "what is an associate degree?" is an explainer, "any HD options?" a routes question.
ROUTE_NAMES = any_of(
    r"\b(associate degree|higher diploma|sub-?degree|foundation diploma|yi jin|non-jupas|e-app)\b",
    r"副學士|高級文憑|高級證書|毅進|基礎文憑|自資|非聯招|非 ?JUPAS",
    r"\b(asso|HDs?)\b",
)
