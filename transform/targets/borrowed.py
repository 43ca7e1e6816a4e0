"""Indicators a target borrows from the words around its clause when the phrase before its number
names nothing (round 38g): a goal value under the measure it titles ("地区生产总值增速。目标值为增长
6%"), the work of a footing clause ("在去年完成高标准农田建设2万亩的基础上，今年再新建1.5万亩"), the
people whose income a gain lifts ("带动农户增收1.2亿元") and the service a time finishes
("企业开办实现0.5个工作日办结"). The words are data: lexicons/targets_indicators.toml."""

from __future__ import annotations

import re
from collections.abc import Callable

from transform.targets.qualifiers import TIME_DONE
from transform.targets.words import alternation, lex


def _words(key: str) -> tuple[str, ...]:
    return lex("targets_indicators", "borrowed", key)


# "地区生产总值增速。目标值为增长6%": a short title of the measure (no clause break, no figure), 。 or
# ：, then a goal-value word, 为/是/：, maybe a base (同比) and a verb, and nothing else before the number
_GOAL_TITLE_RE = re.compile(
    r"([^\s,，;；。:：!！?？、\d]{2,20})[。:：]\s?(?:"
    + alternation(_words("goal_value_heads"))
    + r")\s?(?:为|是|:|：)?\s?(?:"
    + alternation(_words("goal_value_bases"))
    + r")?\s?(?:"
    + alternation(_words("goal_value_verbs"))
    + r")?\s?$"
)
_GOAL_WINDOW = 48
_GOAL_MARKS = ("目标", "目標", "预期值")


def goal_value_title(t: str, start: int) -> str:
    """ "地区生产总值增速。目标值为增长6%": a clause that only says "the goal value is" takes the short
    title sentence right before it as the indicator of the number at `start` ("" where none)."""
    window = t[max(0, start - _GOAL_WINDOW) : start]
    if not any(w in window for w in _GOAL_MARKS):
        return ""
    m = _GOAL_TITLE_RE.search(window)
    return m.group(1) if m is not None else ""


_GAIN_VERBS = _words("driven_gain_verbs")
_GAIN_ENDS = _words("driven_gain_ends")

_FOOTING_END = "基础上"
_FOOTING_WINDOW = 60
_FOOTING_BREAKS = frozenset("。；;!！?？\n")
AGAIN_WORDS = _words("again_words")  # 再 又 还 …: "今年再新建1.5万亩"
_FOOTING_TIMES = _words("footing_times")
# the words of a footing clause up to its first figure: 在[去年完成高标准农田建设]2万亩的基础上
_FOOTING_HEAD_RE = re.compile(r"在([^\d,，。；;:：]{2,24})[\d一二两三四五六七八九十百千万]")


def driven_gain(pre: str, raw: str) -> str:
    """ "带动农户增收" → 农户增收: the people a gain lifts, not the verb that drives it ("" if not so;
    `pre` is the cleaned phrase, which lost the gain word as a filler, `raw` the words as printed)."""
    if not pre.startswith(_GAIN_VERBS):
        return ""
    end = next((w for w in _GAIN_ENDS if raw.rstrip().endswith(w)), None)
    if end is None:
        return ""
    verb = next(w for w in _GAIN_VERBS if pre.startswith(w))
    rest = pre[len(verb) :]
    return rest + end if len(rest) >= 2 and not rest.endswith(end) else ""


def done_service(pre: str, noun: str) -> str:
    """ "一般企业开办实现0.5个工作日办结": the noun after a time is the verb that finishes the service,
    so the service before the number is the indicator ("" if not so)."""
    return pre if noun in TIME_DONE and len(pre) >= 2 else ""


def footing_work(
    t: str, start: int, pre: str, lead_verb: Callable[[str], bool], clean: Callable[[str], str]
) -> str:
    """ "在去年完成高标准农田建设2万亩的基础上，今年再新建1.5万亩": a figure whose phrase is only a
    verb (maybe after 再) counts the work its footing clause names ("" if not so)."""
    bare = pre.removeprefix(next((w for w in AGAIN_WORDS if pre.startswith(w)), ""))
    if not bare or not lead_verb(bare):
        return ""
    window = t[max(0, start - _FOOTING_WINDOW) : start]
    k = window.rfind(_FOOTING_END)
    if k < 0 or any(ch in _FOOTING_BREAKS for ch in window[k:]):
        return ""
    j = window.rfind("在", 0, k)
    if j < 0 or any(ch in _FOOTING_BREAKS for ch in window[j:k]):
        return ""
    m = _FOOTING_HEAD_RE.match(window, j, k)
    if m is None:
        return ""
    head = m.group(1)
    head = head.removeprefix(next((w for w in _FOOTING_TIMES if head.startswith(w)), ""))
    work = clean(head)
    return work if len(work) >= 2 else ""


_PAST_OPEN_RE = re.compile(r"(?:" + alternation(_words("past_opens")) + r"|(?:19|20)\d{2}\s?年(?:底|末)?)")
_NOW_OPENS = _words("now_opens")
_CLAUSE_BREAKS = "，,。；;\n"
# the words before the clause's figure (a digit glued to a letter is a name: 5G基站)
_PAST_PHRASE_RE = re.compile(r"[^,，。；;:：]{2,30}?(?=\d+(?:\.\d+)?[^\d.A-Za-z])")


def past_clause_subject(t: str, lo: int, clean: Callable[[str], str]) -> str:
    """ "上年全区民生支出占…比重达80.2%，今年将保持在80%以上": a clause opening with this year and naming
    nothing before its figure measures what the clause before it reported for the past year: that
    clause's phrase before its figure ("" if not so)."""
    if not t.startswith(_NOW_OPENS, lo) or lo < 2 or t[lo - 1] not in ",，":
        return ""
    start = max(t.rfind(ch, max(0, lo - 60), lo - 1) for ch in _CLAUSE_BREAKS) + 1
    past = _PAST_OPEN_RE.match(t, start)
    if past is None:
        return ""
    m = _PAST_PHRASE_RE.match(t, past.end(), lo)
    subject = clean(m.group(0)) if m is not None else ""
    return subject if len(subject) >= 2 else ""


# a sentence that breaks the figure before it down by year or part: "其中：2024年建成2个", "2025年，
# 累计完成60%" (after "…完成改造任务的30%；"), its figure after a verb alone
_BREAKDOWN_OPEN_RE = re.compile(
    r"\s?(?:其中\s?[:：,，]?\s?)?(?:19|20)\d{2}\s?年(?:底|末)?(?:前)?\s?[,，]?|\s?其中\s?[:：,，]?"
)
_BREAKDOWN_GAP = 24  # characters from the figure before to the start of this sentence


def breaks_down(t: str, prev_end: int, sent_start: int) -> bool:
    """The sentence at `sent_start` opens with a year or 其中 and follows, in the same paragraph and
    right after its sentence, the figure that ends at `prev_end`: its bare-verb figure counts
    what that figure counts (see `extract._Reader._bare_verb_subject`)."""
    if sent_start - prev_end > _BREAKDOWN_GAP or "\n" in t[prev_end:sent_start]:
        return False
    return _BREAKDOWN_OPEN_RE.match(t, sent_start) is not None


_TIME_UNITS = frozenset(lex("targets_exclusions", "after_time_limit"))
# the work a time limit bounds, right after it: 10个工作日内[兑付], 24小时内[响应], 15日内[拨付到位]
_LIMITED_WORK_RE = re.compile(
    r"\s?(?:以内|内)?\s?(?:完成|予以|给予)?([\u4e00-\u9fff]{2,4}?)(?=[,，。；;、:：\s(（]|$)"
)
_EVENT_LEN = 2  # characters of the event a time limit counts from, when no 在 opens it (供地后)


def time_limit_work(t: str, end: int, pre: str, unit: str) -> str:
    """ "奖补资金在验收后10个工作日内兑付": a time limit counted from an event (…后) measures how fast
    the thing before the event is handled: 奖补资金兑付 ("" if not so)."""
    if not pre.endswith("后") or unit not in _TIME_UNITS:
        return ""
    k = pre.rfind("在")
    subject = pre[:k] if k >= 2 else pre[: -1 - _EVENT_LEN]
    m = _LIMITED_WORK_RE.match(t, end)
    if len(subject) < 2 or m is None:
        return ""
    return subject + m.group(1)


# "人均体育场地面积不低于全省平均水平，": a subject set against an average, nothing after it
_AVERAGE_CLAUSE_RE = re.compile(
    r"(?P<s>[^\s,，;；。\d]{2,30}?)(?:"
    + alternation(_words("average_verbs"))
    + r")(?:"
    + alternation(_words("average_places"))
    + r")?(?:"
    + alternation(_words("average_heads"))
    + r")$"
)


def average_clause_subject(t: str, lo: int, clean: Callable[[str], str]) -> str:
    """ "人均体育场地面积不低于全省平均水平，达到2.9平方米": the clause at `lo` names nothing before its
    figure, and the clause before it sets a subject against an average: that subject ("" if not so)."""
    if lo < 2 or t[lo - 1] not in ",，" or "均" not in t[max(0, lo - 8) : lo]:
        return ""
    start = max(t.rfind(ch, max(0, lo - 60), lo - 1) for ch in _CLAUSE_BREAKS) + 1
    m = _AVERAGE_CLAUSE_RE.fullmatch(t, start, lo - 1)
    subject = clean(m.group("s")) if m is not None else ""
    return subject if len(subject) >= 2 else ""


_SENT_OBJECT_MAX = 20  # characters of the thing named
_SENT_CLAUSE_BACK = 48  # characters looked back for the last clause of the sentence before
_SENT_CLAUSE_BREAKS = "。,，;；:：\n"


# verbs whose figure alone in its sentence may count what the sentence before names after them
_SENT_OBJECT_VERBS = frozenset(lex("targets_comparators", "before_verb", "verbs"))


def object_of_sentence_before(t: str, clause_start: int, sent_start: int, verb: str | None) -> str:
    """ "…举办乡村文化旅游活动。全年举办40场次以上": a figure after a verb of `before_verb` alone (the
    indicator `verb`), opening its sentence, counts what the last clause of the sentence before
    names after the same verb (no figure in that clause); else ""."""
    if clause_start > sent_start + 1:
        return object_of_clause_before(t, clause_start, sent_start, verb)
    if verb not in _SENT_OBJECT_VERBS:
        return ""
    k = sent_start - 1
    while k > 0 and t[k] == " ":
        k -= 1
    if k <= 0 or t[k] != "。":
        return ""
    lo = k - _SENT_CLAUSE_BACK if k > _SENT_CLAUSE_BACK else 0
    clause = t[lo:k]
    clause = clause[max(clause.rfind(ch) for ch in _SENT_CLAUSE_BREAKS) + 1 :]
    j = clause.rfind(verb)
    if j < 0 or not clause[j + len(verb) :].strip():
        return _heading_object(t, k, sent_start, verb)
    if any(ch.isdigit() for ch in clause):
        return ""
    obj = clause[j + len(verb) :].strip()
    return obj if 2 <= len(obj) <= _SENT_OBJECT_MAX and " " not in obj else ""


_CLAUSE_VERBS = frozenset(lex("targets_indicators", "borrowed", "clause_object_verbs"))
_CLAUSE_TOTALS = tuple(lex("targets_indicators", "borrowed", "clause_object_totals"))


def object_of_clause_before(t: str, clause_start: int, sent_start: int, verb: str | None) -> str:
    """ "加快淘汰国三及以下排放标准营运柴油货车，累计淘汰3000辆以上": a figure after a total word
    (`clause_object_totals`: 累计, 共) and a verb alone of `clause_object_verbs` counts what the clause
    right before it in its sentence names after the same verb (no figure in that clause); else ""."""
    if verb not in _CLAUSE_VERBS or not t.startswith(_CLAUSE_TOTALS, clause_start):
        return ""
    k = clause_start - 1
    if k <= sent_start or t[k] not in ",，":
        return ""
    lo = max(sent_start, k - _SENT_CLAUSE_BACK)
    clause = t[lo:k]
    clause = clause[max(clause.rfind(ch) for ch in _SENT_CLAUSE_BREAKS) + 1 :]
    j = clause.rfind(verb)
    if j < 0 or any(ch.isdigit() for ch in clause):
        return ""
    obj = clause[j + len(verb) :].strip()
    return obj if 2 <= len(obj) <= _SENT_OBJECT_MAX and " " not in obj else ""


_TITLE_MAX = 16  # characters of a task's short heading


def _heading_object(t: str, end: int, sent_start: int, verb: str) -> str:
    """What the task's heading before the figure's sentence names, when the sentence opens with the
    verb (no year or figure before it): the heading (村晚和广场舞展演。举办3场), or what it names
    before that verb (乡土文化能人培训。培训120人次 -> 乡土文化能人); else ""."""
    v = t.find(verb, sent_start)
    if v < 0 or any(ch.isdigit() for ch in t[sent_start:v]):
        return ""  # 老旧小区改造。2026年开工改造50个: a year first, read as before
    title = _title_before(t, end)
    if not title.endswith(verb):
        return title
    obj = title[: -len(verb)] if len(title) >= len(verb) + 2 else ""
    # 开展残疾人职业技能培训。培训1500人次 -> 残疾人职业技能: the heading's verb of work is no part of it
    opener = next((w for w in _WORK_OPENS if obj.startswith(w)), "")
    return obj[len(opener) :] if len(obj) - len(opener) >= 2 else obj


def _title_before(t: str, end: int) -> str:
    """ "村晚和广场舞展演。举办3场": a heading alone on the text's line before the figure's sentence
    (the task's title: no clause mark, no figure, at most 16 characters) names what the verb alone
    counts; else ""."""
    a = t.rfind("\n", 0, end) + 1
    if end - a > _TITLE_MAX:
        return ""
    title = t[a:end].strip()
    if len(title) < 2 or any(ch.isdigit() or ch in _SENT_CLAUSE_BREAKS or ch == " " for ch in title):
        return ""
    return title


_FUND_WORDS = _words("fund_nouns")
_FUND_VERBS = _words("fund_verbs")


def fund_verb_alone(indicator: str) -> bool:
    """The indicator is a verb of funding alone ("每年安排500万元" -> 安排): it names no fund."""
    return indicator.strip(" ,、:") in _FUND_VERBS


def fund_of_clause_before(t: str, clause_start: int, sent_start: int) -> str:
    """ "设立村级集体经济发展专项资金，每年不少于2亿元": an amount with no subject of its own, right
    after a clause of its sentence that sets up a fund (no figure in it), is that fund's; else ""."""
    end = clause_start - 1
    if end <= sent_start or not t.endswith(_FUND_WORDS, 0, end):
        return ""
    lo = end - _SENT_CLAUSE_BACK if end - _SENT_CLAUSE_BACK > sent_start else sent_start
    clause = t[lo:end]
    clause = clause[max(clause.rfind(ch) for ch in _SENT_CLAUSE_BREAKS) + 1 :].strip()
    if any(ch.isdigit() for ch in clause):
        return ""
    k = max((clause.rfind(v) + len(v) if v in clause else -1) for v in _FUND_VERBS)
    obj = clause[k:] if k >= 0 else ""
    return obj if 2 <= len(obj) <= _SENT_OBJECT_MAX else ""


_SERVED_OPENS = _words("served_opens")
_SERVED_VERBS = _words("served_verbs")


def served_before(t: str, sent_start: int, clause_start: int) -> bool:
    """A cheap test: the words of the sentence before the clause hold 为 (whom a work serves)."""
    return any(t.find(w, sent_start, clause_start) >= 0 for w in _SERVED_OPENS)


# an age that says who is served ("为65岁及以上老年人"): no figure of the clause
_AGE_RE = re.compile(r"\d{1,3}\s?(?:周岁|岁)(?:及以上|以上|及以下|以下)?")


def work_of_clause_before(
    t: str,
    clause_start: int,
    sent_start: int,
    opens: tuple[str, ...] = _SERVED_OPENS,
    verbs: tuple[str, ...] = _SERVED_VERBS,
) -> str:
    """ "为特殊困难老年人家庭实施居家适老化改造，每年不少于300户": a count with no subject of its own,
    right after a clause of its sentence that opens with 为 (the people served; or one of `opens`),
    has no figure and does a work (实施/开展/提供), counts that work; else ""."""
    end = clause_start - 1
    if end <= sent_start:
        return ""
    lo = end - _SENT_CLAUSE_BACK if end - _SENT_CLAUSE_BACK > sent_start else sent_start
    clause = t[lo:end]
    clause = clause[max(clause.rfind(ch) for ch in _SENT_CLAUSE_BREAKS) + 1 :].strip()
    clause = clause[clause.rfind(" ") + 1 :]  # a table row read as text: the cell after its name
    if not clause.startswith(opens) or any(ch.isdigit() for ch in _AGE_RE.sub("", clause)):
        return ""  # (为65岁及以上老年人开展健康体检: an age says who is served, no figure)
    k = max((clause.rfind(v) + len(v) if v in clause else -1) for v in verbs)
    obj = clause[k:] if k > 0 else ""
    return obj if 2 <= len(obj) <= _SENT_OBJECT_MAX and " " not in obj else ""


_WORK_OPENS = _words("work_opens")


def work_opened_before(t: str, clause_start: int, sent_start: int) -> str:
    """ "开展“厕所革命”进村入户宣传活动，全年不少于20场次": a count with no subject of its own, right
    after a clause of its sentence that opens with a verb of work (`work_opens`: 开展, 组织) and holds
    no figure, counts the work that clause does (after its last 开展/实施/提供 or verb of work: 举办户外运动
    精品赛事，每年不少于60项 -> 户外运动精品赛事); else ""."""
    if not any(t.find(w, sent_start, clause_start) >= 0 for w in _WORK_OPENS):
        return ""
    return work_of_clause_before(t, clause_start, sent_start, _WORK_OPENS, _SERVED_VERBS + _WORK_OPENS)
