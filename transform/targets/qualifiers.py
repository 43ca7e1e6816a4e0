"""Qualifiers and budgets: a threshold that says what is counted is not a target
("投资500万元以上技术改造项目25个以上" → only 25个; "年收入超50万元的经济强村5个" → only 5个;
"6亩以下(不含6亩)的土地" → none), but money the plan commits is ("安排4000万元用于…",
"投资3000万元建设…", spec/EXTRACTION.md). Words: lexicons/targets_exclusions.toml."""

from __future__ import annotations

import re

from transform.targets.comparators import _LEVEL_VERB_TAIL
from transform.targets.recurring import frequency_modifier
from transform.targets.words import alternation, any_word_re, ends_with, lex

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_POST_LEAD_RE = re.compile(r"^(?:及以上|以上|及以下|以下|左右|的|\s)+")
# After a capacity/time/money quantity these words do not start a noun it would qualify.
_CONNECT_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_indicators", "connect_after"))) + r"|\s|$)"
)
_PERCENT_OF_RE = re.compile(r"\s?(?:及以上|以上|及以下|以下)?的")
# a rate noun, then at most a verb of level or a bound, right before a percent that ends a modifier
# (…占比达到5%以上的企业10家, …完成率达到90%以上的小区数不少于40个): the percent says which things
# the count after it counts (lexicons/targets_exclusions.toml rate_threshold_*)
_RATE_BEFORE_RE = re.compile(
    "(?:"
    + alternation(lex("targets_exclusions", "rate_threshold_nouns"))
    + ")(?:"
    + alternation(lex("targets_exclusions", "rate_threshold_verbs"))
    + r")?\s?$"
)
_RATE_SPAN = 12  # characters before the percent that hold the rate noun and its verb
_FUNDING = lex("targets_exclusions", "funding_verbs")
_FUNDING_NOISE = "约共计达总为了再"  # between the verb and the amount: 计划投资约3000万元
_PURPOSE = lex("targets_exclusions", "purpose_verbs")
_FUNDING_NOUNS = lex("targets_exclusions", "funding_nouns")
CURRENCY_NOTES = lex("targets_exclusions", "currency_notes")
_FUNDING_HEAD_RE = re.compile("(?:" + "|".join(map(re.escape, _FUNDING)) + r")[\u4e00-\u9fff]{0,10}$")
_LEVEL_NOUNS = lex("targets_exclusions", "level_nouns")
_LEVEL_STEPS = lex("targets_exclusions", "level_steps")
_PAREN_NOTE_RE = re.compile(r"\s?\([^()]{0,20}\)")
_UPPER_LOWER = ("以上", "及以上", "以下", "及以下")
_LOCATIVE = lex("targets_exclusions", "locative")
_THRESHOLD_WORDS = lex("targets_exclusions", "threshold_words")
_GAP_STOP_RE = re.compile(r"[\d,，;；:：。、\n()]")
_GAP_MAX = 14  # characters between a count and the threshold after it


def _funded(t: str, c) -> bool:
    """A money amount right after a funding verb (安排, 投资, 投入, 争取 …): a budget committed."""
    if c.kind != "money":
        return False
    lo = c.seg_start if c.seg_start > c.start - 12 else c.start - 12
    head = t[lo : c.start].rstrip(_FUNDING_NOISE + " ")
    if head.endswith(_FUNDING):
        return True
    # 安排超长期特别国债3000亿元, 争取上级专项资金1200万元: the kind of money after the verb
    return head.endswith(_FUNDING_NOUNS) and _FUNDING_HEAD_RE.search(head) is not None


def _purpose_follows(t: str, c) -> bool:
    """The words after the amount start its purpose: 投资3000万元[建设]…, 安排…[用于]…."""
    return t.startswith(_PURPOSE, c.end)


def _in_paren_note(t: str, c) -> bool:
    """The number sits in a note on a bound: 6亩以下(不含6亩)."""
    k = t.rfind("(", c.start - 6 if c.start > 6 else 0, c.start)
    return k >= 0 and t.startswith(("(不含", "(含", "(不包括", "(包括"), k) and ")" not in t[k : c.start]


def _bound_qualifies(t: str, c) -> bool:
    """ "N以上/以下" (maybe with a note in parentheses) then a noun it qualifies: 投资500万元以上
    技术改造项目, 6亩以下(不含6亩)的土地; but not "…以下的水平" (a level)."""
    if c.suffix not in _UPPER_LOWER or c.kind == "percent":
        return False
    if c.kind == "count" and _farm_size(t, c):
        return True  # 250头以下未改造达标的生猪养殖场: which farms (达标 there reaches no bound)
    if c.kind == "count" and not (_herd_scale(t, c) or _settlement_size(t, c)):
        return False
    p = c.end
    m = _PAREN_NOTE_RE.match(t, p)
    if m:
        p = m.end()
    nxt = t[p : p + 1]
    if nxt == "的":
        if c.kind == "count" and t.startswith("规模", p + 1) and _CJK_RE.match(t, p + 3):
            return True  # 年出栏10万羽以上的规模养殖场: scale farms, not a level (…以上的规模)
        return _CJK_RE.match(t, p + 1) is not None and not t.startswith(_LEVEL_NOUNS, p + 1)
    if nxt == "、":
        return _listed_bounds_qualify(t, p + 1)
    return bool(nxt) and _CJK_RE.match(nxt) is not None and not _bound_reaches(t, p)


_HERD_SCALE = lex("targets_exclusions", "herd_scale_words") + lex(
    "targets_exclusions", "population_scale_words"
)
_HERD_GAP = 6  # characters between the scale word and the count (年出栏生猪500头以上)


def _herd_scale(t: str, c) -> bool:
    """A count of animals after a word of a farm's scale (年出栏, 存栏 …), or of people after a word
    of a place's size (城区人口): with a bound and a noun after it, it says which farms or places are
    counted (年出栏500头以上规模养殖场, 城区人口10万以上的市县), as an amount does."""
    lo = max(c.seg_start, c.start - _HERD_GAP - 3)
    head = t[lo : c.start]
    # (生猪存栏稳定在350万头以上: a level the herd keeps)
    return any(w in head for w in _HERD_SCALE) and not _LEVEL_VERB_TAIL.search(head)


_FARM_UNITS = frozenset(lex("targets_exclusions", "farm_size_units"))
_FARM_NOUNS_RE = re.compile("|".join(map(re.escape, lex("targets_exclusions", "farm_nouns"))))
_FARM_SPAN = 16  # characters after the bound in which the farm noun ends the qualifier


def _farm_size(t: str, c) -> bool:
    """A count of animals with its bound, then (in its clause, within a few characters) a farm noun:
    the size says which farms are meant (250头以下未改造达标的生猪养殖场, 存栏50头以下的养殖户)."""
    if c.unit not in _FARM_UNITS:
        return False
    m = _CLAUSE_END_RE.search(t, c.end, c.end + _FARM_SPAN)
    end = m.start() if m else c.end + _FARM_SPAN
    return _FARM_NOUNS_RE.search(t, c.end, end) is not None


_POPULATION_PLACES = alternation(lex("targets_exclusions", "population_size_places"))
# after a bound (300万以上|人口城市) or after 万人 (50万人|口以上城市)
_PEOPLE_PLACE_RE = re.compile(r"\s?的?人口\s?的?(?:" + _POPULATION_PLACES + ")")
_PEOPLE_BOUND_PLACE_RE = re.compile(r"口?\s?(?:及以上|以上|及以下|以下)\s?的?(?:" + _POPULATION_PLACES + ")")


def population_size(t: str, c) -> bool:
    """A population with its bound before 人口 and a place: the size says which places are meant
    (300万以上人口城市, 50万人口以上城市, 10万以上人口的县城), as 城区人口10万以上的市县 does."""
    if c.suffix in _UPPER_LOWER:
        return _PEOPLE_PLACE_RE.match(t, c.end) is not None
    if c.suffix or not c.unit.endswith("人"):
        return False
    # the quantity may hold the 口 of 人口 (50万人口) or stop before it (50万人)
    spelled = t.endswith("口", c.start, c.end) or t.startswith("口", c.end)
    return spelled and _PEOPLE_BOUND_PLACE_RE.match(t, c.end) is not None


_SETTLEMENT_UNITS = frozenset(lex("targets_exclusions", "settlement_size_units"))
_SETTLEMENT_NOUNS = lex("targets_exclusions", "settlement_nouns")


def _settlement_size(t: str, c) -> bool:
    """A count of households or people with its bound right before a settlement (20户以上自然村,
    50人以上的村民小组): the size says which settlements are meant, as a farm's scale does."""
    if c.unit not in _SETTLEMENT_UNITS:
        return False
    p = c.end
    m = _PAREN_NOTE_RE.match(t, p)
    if m:
        p = m.end()
    if t.startswith("的", p):
        p += 1
    return t.startswith(_SETTLEMENT_NOUNS, p)


_OUTPUT_HEADS = lex("targets_exclusions", "output_heads")
_OUTPUT_AMOUNT_NOUNS = lex("targets_exclusions", "output_amount_nouns")
_OUTPUT_AMOUNT_VERBS = lex("targets_exclusions", "output_amount_verbs")
_OUTPUT_HEAD_SPAN = 5  # characters before the count that may hold the head (年产 , 年生产 …)
_OUTPUT_VERB_SPAN = 4  # characters before the head that may hold the verb (形成, 新增 …)


def output_names_a_plant(t: str, c) -> bool:
    """A count right after 年产 (年生产, 年加工 …) glued to a noun names the plant by its yearly output,
    as 年产5万吨磷酸铁项目 does with a capacity unit: 推动年产10万台电机项目投产 (but not 年产10万台产能,
    an amount, nor one after a verb that reaches it: 形成年产20万立方加气混凝土砌块的能力)."""
    if c.kind != "count" or c.suffix:
        return False
    lo = max(c.seg_start, c.start - _OUTPUT_HEAD_SPAN - _OUTPUT_VERB_SPAN)
    head = t[lo : c.start].rstrip()
    found = next((w for w in _OUTPUT_HEADS if head.endswith(w)), None)
    if found is None or head[: -len(found)].rstrip().endswith(_OUTPUT_AMOUNT_VERBS):
        return False  # (形成年产20万立方…的能力: the output reached)
    if _CONNECT_RE.match(t, c.end) or _CJK_RE.match(t, c.end) is None:
        return False
    return not t.startswith(_OUTPUT_AMOUNT_NOUNS, c.end)


_PLOT_UNITS = lex("targets_exclusions", "plot_size_units")
_PLOT_NOUNS = lex("targets_exclusions", "plot_nouns")
_COMMIT_VERBS = lex("targets_indicators", "commit_verbs")


def plot_size(t: str, c) -> bool:
    """An area glued (maybe by 的) to a plot noun is the size of the plot, which says which plot
    is meant (启动西侧400亩地块征地拆迁, 3.5公顷的宗地): no target, as a settlement's size."""
    if c.suffix or not c.unit.endswith(_PLOT_UNITS):
        return False
    if ends_with(t[max(c.seg_start, c.start - 6) : c.start], _COMMIT_VERBS):
        return False  # 完成3.5公顷的宗地供应: the area the work covers
    p = c.end + 1 if t.startswith("的", c.end) else c.end
    return t.startswith(_PLOT_NOUNS, p)


_CLAUSE_END_RE = re.compile(r"[,，;；。\n]")
_REACHES = ("达到", "实现", "达标", "完成")
_REACHES_RE = any_word_re(_REACHES)


def _bound_reaches(t: str, p: int) -> bool:
    """ "50平方公里以上建设用地面积达到海绵城市建设要求": nothing is counted after the bound, and what
    it measures reaches a standard: the bound is the target, it qualifies nothing."""
    m = _CLAUSE_END_RE.search(t, p, p + _REACH_MAX)
    seg = t[p : m.start() if m else min(len(t), p + _REACH_MAX)]
    return _REACHES_RE.search(seg) is not None and not any(ch.isdigit() for ch in seg)


_REACH_MAX = 40  # characters of the clause after a bound


_BOUND_ITEM_RE = re.compile(r"[^,;:。、\n\d]{0,12}\d[\d.]*\s?[^\d,;:。、\n]{0,3}?(?:及以上|以上|及以下|以下)")


def _listed_bounds_qualify(t: str, p: int) -> bool:
    """After "N以上、" the list goes on with more bounds and ends in the noun they all qualify:
    总投资2亿元以上、当年进资1000万元以上的工业项目 (but 500亿元以上、…30亿元以上。 is a list of
    targets)."""
    for _ in range(4):
        m = _BOUND_ITEM_RE.match(t, p)
        if m is None:
            return False
        p = m.end()
        nxt = t[p : p + 1]
        if nxt == "、":
            p += 1
            continue
        if nxt == "的":
            p += 1
        return _CJK_RE.match(t, p) is not None
    return False


def _names_a_thing(t: str, c) -> bool:
    """A capacity, time or money quantity glued to a noun names a thing: 5万吨磷酸铁, 100MW风电
    项目, 15分钟服务圈, 10亿元企业, a project's total cost before 的 and the project (总投资1.2亿元的
    门诊楼建设) — unless it is a budget with its purpose (投资3000万元建设…, 安排4000万元重大项目前期费)."""
    if c.kind not in ("capacity", "time", "money") or c.suffix:
        return False
    if c.kind == "money" and t.startswith("的", c.end) and _project_size(t, c):
        return True  # 完成总投资1.2亿元的县医院门诊楼建设: which project, no money committed
    if _CONNECT_RE.match(t, c.end) or not "\u4e00" <= t[c.end : c.end + 1] <= "\u9fff":
        return False
    if t.startswith(_LEVEL_STEPS, c.end):
        return False  # 迈上3600亿元台阶: the level reached
    if c.kind == "money" and t.startswith(CURRENCY_NOTES, c.end):
        return False  # 增加2300亿元人民币: the currency named, no thing
    if c.kind == "capacity" and _CAPACITY_AMOUNT_RE.match(t, c.end) is not None:
        return False  # 新增5万吨产能, 形成10吉瓦组件产能: an amount of capacity, no thing
    if c.kind == "time" and t.startswith(TIME_DONE, c.end):
        return False  # 企业开办实现0.5个工作日办结: how long the service takes, no thing
    return not _funded(t, c)


TIME_DONE = tuple(lex("targets_exclusions", "time_done_verbs"))
_PROJECT_SIZE_HEADS = tuple(lex("targets_exclusions", "project_size_heads"))
_PROJECT_OF_RE = re.compile(
    r"\s?的[^\d\s,，;；。、:：()（）]{1,24}?(?:"
    + "|".join(map(re.escape, lex("targets_exclusions", "project_size_ends")))
    + r")(?=$|[,，;；。:：\s)）])"
)


def _project_size(t: str, c) -> bool:
    """ "完成总投资1.2亿元的县医院门诊楼建设": a project's total cost, then 的 and the project up to the
    end of its clause: which project is built, no money committed."""
    head = t[c.start - 8 if c.start > 8 else 0 : c.start].rstrip(_FUNDING_NOISE + " ")
    return head.endswith(_PROJECT_SIZE_HEADS) and _PROJECT_OF_RE.match(t, c.end) is not None


# A capacity glued to a short noun phrase that ends its clause on a word of capacity (产能, 处理能力,
# 装机规模): the amount of capacity reached, no thing named (lexicons/targets_exclusions.toml).
_CAPACITY_AMOUNT_RE = re.compile(
    r"[^\d\s,，;；。、:：()（）的]{0,8}?(?:"
    + "|".join(map(re.escape, lex("targets_exclusions", "capacity_amount_nouns")))
    + r")(?=$|[,，;；。、:：\s)）])"
)


def _threshold_after_count(t: str, c, d) -> bool:
    """d, an amount after the count c in its clause, is a threshold that says which things c
    counts: 培育25家营业收入超过10亿元的龙头企业, 引进12个总投资5亿元以上的项目 (a word of
    `threshold_words` or a bound 以上 on it, then 的 and the noun counted)."""
    if c.kind != "count" or d.kind not in ("money", "capacity") or d.start >= c.clause_end:
        return False
    gap = t[c.end : d.start]
    if len(gap) > _GAP_MAX or _GAP_STOP_RE.search(gap):
        return False
    if not (gap.rstrip().endswith(_THRESHOLD_WORDS) or d.suffix in ("以上", "及以上")):
        return False
    return t.startswith("的", d.end) and _CJK_RE.match(t, d.end + 1) is not None


def _drop_thresholds_after_counts(t: str, kept: list) -> None:
    """A count then the threshold that qualifies its noun: the threshold is no target."""
    for i, c in enumerate(kept[:-1]):
        d = kept[i + 1]
        if c.keep and d.keep and _threshold_after_count(t, c, d):
            d.keep = False


def _drop_qualifiers(t: str, kept: list) -> None:
    """Rules between numbers of the same clause: a number that defines what the next one
    counts is not a target (sets `keep` False). They only act on a number followed by another
    one in its clause: none with a single number."""
    _drop_thresholds_after_counts(t, kept)
    for i, c in enumerate(kept):
        clause_end = c.clause_end
        seg_end = c.seg_end
        later = []
        for d in kept[i + 1 : i + 40]:  # numbers of the same clause (bounded: no quadratic blow-up)
            if d.start >= clause_end:
                break
            if d.keep:
                later.append(d)
        if not later:
            continue  # both rules below act on `later` only
        if c.kind == "count" and frequency_modifier(t, c.clause_start, c.start, c.start):
            c.keep = False  # 每周参加1次及以上体育锻炼的人数达2100万: who is counted
            continue
        if c.kind == "count" and _locative(t, c):
            c.keep = False  # 在17个乡镇硬化道路10万平方米: where, not how much
            continue
        if c.kind == "percent" and _PERCENT_OF_RE.match(t, c.end) and t[c.end : c.end + 4].find("的") >= 0:
            if _RATE_BEFORE_RE.search(t, max(c.clause_start, c.start - _RATE_SPAN), c.start) and any(
                d.kind == "count" for d in later
            ):
                c.keep = False  # 研发投入占比达到5%以上的企业10家: which firms count; 10家 is the target
                continue
            for d in later:
                if d.kind == "percent" and t[d.start - 1 : d.start] == "、":
                    break  # "30%以上的村达到…、50%以上的乡镇达到…": the next item of a list
                d.keep = False  # 90%以上的行政村集体收入超10万元: the 10万元 defines who counts
        if c.kind not in ("count", "percent") and not (_funded(t, c) and _purpose_follows(t, c)):
            nxt = _POST_LEAD_RE.sub("", t[c.end : c.end + 3])[:1]
            if nxt and _CJK_RE.match(nxt) and not _connected(t, c.end):
                if any(d.start < seg_end and d.kind == "count" for d in later):
                    c.keep = False  # 营业收入过10亿元企业1家, 年收入超50万元的经济强村5个
            elif nxt.isdigit() and _elided_noun_count(t, c, later[0]):
                c.keep = False  # 年营业收入超1000亿元的2个: the noun left out
            elif nxt == "、" and LIST_THEN_OF_RE.match(t, c.end) and any(d.kind == "count" for d in later):
                c.keep = False  # 营业收入超1亿元、5亿元的企业分别达到20家、5家: each item qualifies


# the later items of a 、 list of amounts that ends in 的 (1亿元、5亿元、10亿元的服务业企业)
LIST_THEN_OF_RE = re.compile(r"(?:[、和或]\s?\d+(?:\.\d+)?[^\d\s,，;；。、的]{0,4}){1,6}的")
_ELIDED_RE = re.compile(r"(?:及以上|以上)?的\s?(?:达到|达|有)?\s?")


def _elided_noun_count(t: str, c, d) -> bool:
    """The amount ends a modifier (…的) whose noun the sentence leaves out, and the count right
    after it counts those things: 超500亿元的5个, 5亿元以上的8家, 超10亿元的达到5家."""
    m = _ELIDED_RE.match(t, c.end)
    return m is not None and m.end() == d.start and d.kind == "count"


def _locative(t: str, c) -> bool:
    """A count right after 在 (not 稳定在, 保持在, 控制在: a level)."""
    head = t[c.start - 6 if c.start > 6 else 0 : c.start]
    return head.endswith(_LOCATIVE) and not _LEVEL_VERB_TAIL.search(head)


def _connected(t: str, p: int) -> bool:
    """What follows position p does not start a noun the quantity qualifies (和, 及, 用于, a
    punctuation mark …); "的" does: 年收入超50万元的经济强村."""
    return _CONNECT_RE.match(t, p) is not None and not t.startswith("的", p)
