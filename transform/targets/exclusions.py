"""Numbers that are not targets, judged from their surroundings (spec/EXTRACTION.md "Not
targets"): ordinals, rankings, denominators, classes, scope counts, attributes (占地500亩),
progress figures (see `progress`), baselines, incentives, qualifiers (see `qualifiers`), ages,
scoring weights and shares in a formula, Chinese numerals in words and slogans. The words are
data: lexicons/targets_exclusions.toml (and the verbs of targets_indicators.toml).

Long module: `_drop_by_context` tries every exclusion in one order, cheapest and commonest first,
and each exclusion is a small function beside it; the families that grew their own state moved
out already (`progress`, `qualifiers`)."""

from __future__ import annotations

import re

from transform.targets.comparators import (
    _AT_LEAST_WORDS,
    _LEVEL_VERB_TAIL,
    _TO_LEVEL_RE,
    BASE_PERIOD,
    CHANGE_BY_RE,
    _change,
    _cmp_before_verb,
    bare_list_item,
)
from transform.targets.framing import framing_rule
from transform.targets.items import own_items
from transform.targets.progress import (
    PRESENT_OPENERS,
    REPORT_MONTHS_RE,
    REPORT_PERIOD_RE,
    is_progress,
    reporting_months,
)
from transform.targets.qualifiers import (
    _CJK_RE,
    LIST_THEN_OF_RE,
    _bound_qualifies,
    _in_paren_note,
    _names_a_thing,
    output_names_a_plant,
    plot_size,
    population_size,
)
from transform.targets.quantity import ONE_RATIO_RE, RATIO_AFTER, first_of_one_ratio, second_of_one_ratio
from transform.targets.spans import _CLAUSE_RX, _MAX_SPAN
from transform.targets.words import alternation, any_word_re, ends_with, firsts, lasts, lex
from transform.unit_scale import AGE_UNITS, SCORE_UNITS, TIME_UNITS, VOLTAGE_UNITS


def _x(key: str) -> tuple[str, ...]:
    return lex("targets_exclusions", key)


def _any(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


_SCOPE_WORDS = _x("scope")
_SCOPE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _SCOPE_WORDS)) + r")\s?$")
_SCOPE_LAST = lasts(_SCOPE_WORDS)  # what a match ends with, besides \s
_SCOPE_COUNT = _x("scope_count")
_SCOPE_PARTNERS = _x("scope_partners")
# a scope count of places right before the count ("涉及9个市52个县", "全县12个乡镇86个村"): the
# count goes on naming the places of the scope
_SCOPE_CHAIN_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, _x("scope_chain_heads")))
    + r")\s?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s?个?(?:"
    + "|".join(map(re.escape, _x("scope_chain_places")))
    + ")$"
)
_LIST_VERB_RE = _any(_x("list_count_verbs"))
_LIST_KIND_UNITS = frozenset(_x("list_kind_units"))
_SCOPE_LIST_HEAD_RE = _any(_x("scope_list_heads"))
_LIST_MEASURE_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + alternation(_x("list_measure_nouns")) + ")")
_SCOPE_CHAIN_LAST = lasts(_x("scope_chain_places"))
_OBJECT_WORK_RE = re.compile("进行|" + alternation(_x("list_count_verbs")))
_OBJECT_FRAME_RE = re.compile(
    r"[^,;:。]{0,30}?为(?:"
    + "|".join(map(re.escape, sorted(_x("object_frames"), key=len, reverse=True)))
    + ")"
)
# a month range of this year so far, then what was done in it: 1-4月累计完成, 1-9月份累计新开工,
# 完成1-4月投资计划的 (but "1-6月完成投资4.5亿元" may be a plan's half-year milestone)
_PERIOD_DONE_RE = re.compile(
    r"\d{1,2}\s?[-—–~]\s?\d{1,2}\s?月?份?\s?累计\s?新?(?:完成|实现|开工|签约|到位)"
    r"|完成\s?\d{1,2}\s?[-—–~]\s?\d{1,2}\s?月|完成\s?(?:全年|年度|本年度)\s?投资\s?计划的"
)
_DESCRIPTORS = _x("descriptor")
_KIND_UNITS = _x("kind_suffix_units")
_NOT_KIND_WORDS = _x("not_kind_words")
_ZONE_AFTER = _x("zone_after")
_RADIUS_UNITS = frozenset(_x("radius_units"))
_RADIUS_AFTER = _x("radius_after")
_SELECTION_AFTER = _x("selection_after")
_SELECTION_VERBS = _x("selection_verbs")
_SELECTION_NOUNS = _x("selection_nouns")
# 已 not after 而/不 is written 已(?<!而已)(?<!不已): every alternative starts with a character,
# so the engine skips to those characters in C instead of trying every position
_PROGRESS_RE = re.compile(alternation(_x("progress"), _x("not_progress")))
_PROGRESS_BASES = frozenset(_x("progress_bases"))
_MULTIPLE_BASES = tuple(sorted(_x("multiple_bases"), key=len, reverse=True))
_PAREN_BASE_SPAN = 16  # characters from an opening bracket to the figure it holds
_PAREN_BASE_RE = re.compile(
    r"[(（]\s?(?:(?:19|20)\d{2}\s?年)?(?:"
    + "|".join(map(re.escape, _x("paren_base_words")))
    + r")\s?(?:为|是|:|：)?\s?$"
)
_REFERENCE_HEAD = _any(_x("rule_reference"))
_DOCUMENT_ARTICLES = re.compile(
    r"(?:\d{1,3}\s?(?:"
    + "|".join(map(re.escape, _x("document_parts")))
    + r")\s?[、,]?|(?:"
    + "|".join(map(re.escape, _x("document_nouns")))
    + r"))\s?(?:共有|共计|共)\s?$|\d{1,3}\s?(?:"
    + "|".join(map(re.escape, _x("document_parts")))
    + r")\s?[、,]?\s?$"
)
_BASELINE_VALUE_TAIL = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?|目前|现在|原来|现行|当前|上年|去年|"
    + BASE_PERIOD
    # 由原来规划的10.6万公里调增到26.5万公里: a few words of what set the old value
    + r"|(?:原来|原先|原)[^\d,，;；。:：\s]{1,4}(?=的))?的?\s?$"
)
# 由 + what the old value was a share or multiple of + 的, right before it (由当地最低生活保障标准的
# 1.5倍提高到2倍): read only where a verb of level with 到/至 follows the value at once
_BASELINE_OF_TAIL = re.compile(r"(?:由|从)[^\d,，;；。:：\s由从到至]{2,12}的\s?$")
# "比2010年的12.4万吨、1.07万吨分别减少11.9%、15.5%": the values of the base year compared
# with (and the items of their list) are no targets
_COMPARED_VALUE_TAIL = re.compile(
    r"(?:比|较)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|基期)的\s?"
    r"(?:\d[\d.,]*[^\d、,;:。\n]{0,6}、){0,4}$"
)
# Policy incentives and the beneficiaries they target are not targets of the plan:
# "对新认定的高新技术企业给予一次性奖励20万元", "对年纳税额超过500万元的企业"
_INCENTIVE_RE = _any(_x("incentive"))
_INCENTIVE_FIRST = firsts(_x("incentive"))  # a text without them has no incentive
_SEEK_FUNDS_RE = _any(_x("seek_funds"))
_NOT_INCENTIVE = tuple(_x("not_incentive"))
_PER_GRANT = tuple(_x("per_grant_marks"))
_PAID_VERBS = frozenset(_x("incentive_paid_verbs"))
_BENEFICIARY_HEAD_RE = re.compile(r"^\s?(?:" + "|".join(map(re.escape, _x("beneficiary_head"))) + ")")
_BEFORE_NUMBER = frozenset(_x("before_number"))
_BEFORE_NUMBER_SPACED = frozenset(_x("before_number_spaced"))
_STANDARD_COUNT_UNITS = frozenset(_x("standard_count_units"))
_AMOUNT_CAPS = tuple(_x("amount_caps"))
_INDEFINITE = frozenset(_x("indefinite"))
_INDEFINITE_ROUND = frozenset(_x("indefinite_round"))
_CN_COUNT_UNITS = frozenset(_x("cn_count_units"))
_CN_POINTERS = frozenset(_x("cn_pointers"))
_CN_COUNT_CLOSERS = frozenset(_x("cn_count_closers"))
_CN_ONE_VERBS = tuple(_x("cn_one_verbs"))
_CN_KIND_UNITS = frozenset(_x("cn_kind_units"))
_CN_ADVERBS = frozenset(_x("cn_adverbs"))
_CN_SLOGAN_NEXT = frozenset(_x("cn_slogan_next"))
_CN_RANKS_NEXT = _x("cn_ranks_next")
_CN_OBJECT_HEADS = frozenset(_x("cn_object_heads"))
_CN_SUBJECT_LEADS = frozenset(_x("cn_subject_leads"))
_CN_COUNT_JOINS = frozenset(_x("cn_count_joins"))
_SUBJECT_SPAN = 12  # characters of the subject's noun between the count and its verb
_SUBJECT_LEAD_SPAN = 4  # characters before a subject count in its clause (a lead word, spaces)
# the noun a subject count counts, then a verb of completion (七个乡镇卫生院完成…)
_CN_SUBJECT_DONE_RE = re.compile(
    rf"[\u4e00-\u9fff]{{1,{_SUBJECT_SPAN}}}?(?:"
    + "|".join(map(re.escape, sorted(_x("cn_subject_done_verbs"), key=len, reverse=True)))
    + ")"
)
_HOUSEHOLD_WORDS = tuple(_x("household_words"))
_SCORE_CONTEXT_RE = _any(_x("score_context"))
_WEIGHT_INTO_RE = _any(_x("weight_into"))
_SCORE_VERBS = frozenset(_x("score_verbs"))
_SCORE_PARTS = tuple(_x("score_parts"))
_SCORE_PARTS_SPAN = 24  # characters before the clause that may name the score (考核满分100分，)
_SCORE_RULE_RE = re.compile(
    "(?:" + "|".join(map(re.escape, _x("score_verbs"))) + r"|基础分为?)\s?\d{1,3}(?:\.\d{1,2})?\s?分"
)
_FORMULA_RE = _any(_x("formula_signs") + _x("weight_words"))
_SCORE_PER = frozenset(_x("score_per"))
_SCORE_NOTE_OPENERS = frozenset(["", *_x("score_note_openers")])
_WEIGHT_WORDS = _x("weight_words")
_WEIGHT_NOUNS = tuple(_x("weight_nouns"))
_WEIGHT_SPAN = 8  # characters from 权重 to the percent it weighs (权重 + at most 6)
# Chinese numerals count only next to a verb of commitment or a comparator.
_TARGET_VERB_RE = re.compile(
    "(?:"
    + alternation(lex("targets_indicators", "commit_verbs"), lex("targets_indicators", "not_verbs"))
    + ")"
)
# the same with the verbs of work that only a Chinese count needs (开办, 打通, 盘活 …)
_CN_VERB_RE = re.compile(
    "(?:"
    + alternation(
        lex("targets_indicators", "commit_verbs") + _x("cn_count_verbs"),
        lex("targets_indicators", "not_verbs"),
    )
    + ")"
)
_CN_UNIT_ALT = "|".join(map(re.escape, sorted(_CN_COUNT_UNITS, key=len, reverse=True)))
# a count of work in the item before a 、: digits and a count measure word (新增400个, 推出5处以上),
# or a verb of work and a Chinese count above one (开办二十六个)
_LIST_COUNT_RE = re.compile(
    r"(?:\d\s?|(?:" + _CN_VERB_RE.pattern + r")[二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)"
    r"(?:" + _CN_UNIT_ALT + ")"
)
_LIST_ITEM_SPAN = 60  # characters of the item before a 、 looked at
# a count of one right after a verb of building in the item before 和 (新建一幢食堂和…)
_ONE_COUNT_RE = re.compile("(?:" + "|".join(map(re.escape, _CN_ONE_VERBS)) + r")一(?:" + _CN_UNIT_ALT + ")")


class _Flags:
    """What one text holds at all, looked up once: without it some rules cannot fire."""

    __slots__ = (
        "has_as_of",
        "has_bar",
        "has_compared",
        "has_done",
        "has_from",
        "has_incentive",
        "has_le",
        "has_months",
        "has_paren",
        "has_share",
        "first_year",
        "annual_year",
        "rev",
    )

    def __init__(self, t: str, rev: str) -> None:
        self.rev = rev
        self.first_year: int | None = None  # the first year of a plan of several years
        self.annual_year: int | None = None  # the year of an annual plan
        self.has_from = "由" in t or "从" in t
        # (上年的 and 去年的 hold 年的; a pair is looked for only where its character is, and a
        # list of words by one regex: on CJK text the cheaper scans)
        self.has_compared = "的" in t and ("年的" in t or "基期的" in t)
        self.has_incentive = _INCENTIVE_FIRST_RE.search(t) is not None
        self.has_done = "已" in t
        self.has_le = "了" in t
        self.has_share = (
            "占" in t or "完成" in t or ("为" in t and ("为年度" in t or "为全年" in t or "为本年度" in t))
        )
        self.has_paren = "(" in t
        self.has_bar = "|" in t
        self.has_as_of = _AS_OF_RE.search(t) is not None
        self.has_months = (
            ("月" in t and REPORT_MONTHS_RE.search(t) is not None)
            or _PERIOD_HINT_RE.search(t) is not None
            and REPORT_PERIOD_RE.search(t) is not None
        )


# the words of `_Flags.has_as_of`: 截至…, 从评估情况来看，…, 目前，…
_AS_OF_WORDS = ("截至", "截止", "为止", "以来", "统计", "显示", "来看", *PRESENT_OPENERS)
_AS_OF_RE = re.compile("|".join(map(re.escape, _AS_OF_WORDS)))
_INCENTIVE_FIRST_RE = re.compile("[" + re.escape("".join(_INCENTIVE_FIRST)) + "]")


# words one of lexicons report_periods holds: a text without any has no reported period
_PERIOD_HINTS = ("季度", "半年", "年来", "年來", "过去", "過去", "去年")
_PERIOD_HINT_RE = re.compile("|".join(map(re.escape, _PERIOD_HINTS)))
_PLANNED_RATE = re.compile(r"\s?(?:左右)?\s?安排")
# 验收后10个工作日内兑付: a time limit after 后, not a rank (后10名)
_TIME_LIMIT_AFTER = re.compile(
    r"[\d.一二三四五六七八九十两]{1,8}\s?(?:"
    + "|".join(map(re.escape, sorted(_x("after_time_limit"), key=len, reverse=True)))
    + r")\s?(?:以内|内)"
)


def _selection_count(t: str, c, clause_start: int) -> bool:
    """A count of the candidates or of the suggestions a list of work was chosen from."""
    after = t[c.end : c.end + 8].lstrip("余多个项件条 ")
    if after.startswith(_SELECTION_AFTER):
        return True
    before = t[clause_start : c.start]
    if _SELECTION_COMMIT_RE.search(before) is not None:
        return False  # 力争收集意见建议100条以上: a commitment to collect them
    return _SELECTION_VERBS_RE.search(before) is not None and (
        after.startswith(_SELECTION_NOUNS) or before.rstrip(_ABOUT_CHARS).endswith(_SELECTION_NOUNS)
    )


_ABOUT_CHARS = "近约共计达 "  # 收集意见和建议近100条: the words of an estimate before the count
_DURATION_HEADS = _x("duration_heads")
_STAGE_NOUNS = _x("stage_nouns") + _x("stage_grade_nouns")


def _span_or_stages(t: str, c, clause_start: int) -> str:
    """A duration after 为期 (公示为期30天, 开展为期3个月的整治) is how long something lasts, and a
    count of stages or parts the work or the document is split into (分为4个阶段, 共分12个部分)
    describes its structure: neither is a target ("" when the number is neither)."""
    if t[c.start - 4 if c.start > 4 else 0 : c.start].rstrip(" 约近").endswith(_DURATION_HEADS):
        return "duration_span"
    if (c.unit in TIME_UNITS or c.unit == "日") and _notice_period(t, c.start):
        return "notice_period"
    if _stage_noun_after(t, c):
        lo = c.start - 12 if c.start - 12 > clause_start else clause_start
        if any(w in t[lo : c.start] for w in _STAGE_SPLIT_WORDS):
            return "stage_count"
        lo = c.start - _LISTED_PARTS_SPAN if c.start - _LISTED_PARTS_SPAN > clause_start else clause_start
        if _LISTED_PARTS_RE.search(t, lo, c.start):
            return "stage_count"  # 分总体目标、主要任务、保障机制3部分: the parts named, then counted
    if c.unit in _PART_UNITS and _PART_SPLIT_RE.search(t, c.start - 12 if c.start > 12 else 0, c.start):
        return "stage_count"  # 纲要共分18篇62章, 《规划》分为8篇，共30章: the document's own parts
    return ""


_NOTICE_LABELS = _x("notice_period_labels")
_NOTICE_SPAN = 48  # characters back from the duration to the label (two dates between them)
_SENTENCE_ENDS = "。;；!！?？\n"


def _notice_period(t: str, start: int) -> bool:
    """A notice-period label earlier in the duration's sentence, at most _NOTICE_SPAN characters
    before it: 公示时间:2019年12月13日至2019年12月19日,共7天 (how long the notice is posted)."""
    lo = start - _NOTICE_SPAN if start > _NOTICE_SPAN else 0
    window = t[lo:start]
    cut = max(window.rfind(ch) for ch in _SENTENCE_ENDS)
    if cut >= 0:
        window = window[cut + 1 :]
    return any(w in window for w in _NOTICE_LABELS)


_STAGE_SPLIT_WORDS = _x("stage_split_verbs")
_NOT_STAGE_TAILS = _x("not_stage_tails")
# a split verb, then the names of the parts in a list (、 between them), right before their count
_LISTED_PARTS_SPAN = 60
_LISTED_PARTS_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, _STAGE_SPLIT_WORDS))
    + r")(?:[^,，。;；:：、\d\n]{1,10}、){1,6}[^,，。;；:：、\d\n]{1,10}$"
)


def _stage_noun_after(t: str, c) -> bool:
    """A stage noun after the count: after its 个 (4个阶段, 12个部分), or read from its measure word
    on (3部分: the 部 taken for the measure word opens 部分), but not 部分别 (2部分别播出: 2部, 分别)."""
    if c.unit == "个":
        return t.startswith(_STAGE_NOUNS, c.end)
    at = c.end - len(c.unit) if c.unit and t.startswith(c.unit, c.end - len(c.unit)) else -1
    return at >= 0 and t.startswith(_STAGE_NOUNS, at) and not t.startswith(_NOT_STAGE_TAILS, at)


_PART_UNITS = frozenset(_x("part_units"))
# right before the count: a split verb (分为, 共分, 其分), or a count of parts before it (18篇62章)
_PART_SPLIT_RE = re.compile(
    "(?:(?:"
    + "|".join(map(re.escape, _x("part_split_verbs")))
    + ")|\\d\\s?["
    + "".join(_x("part_units"))
    + "][,，]?)\\s?[共计]{0,2}\\s?$"
)


_SELECTION_COMMIT = ("力争", "确保", "计划", "将", "要", "不少于", "每年")
_SELECTION_COMMIT_RE = any_word_re(_SELECTION_COMMIT)
_SELECTION_VERBS_RE = any_word_re(_SELECTION_VERBS)


_PLACE_UNITS = frozenset(_x("people_of_places_units"))
_PEOPLE_OF_PLACES_RE = re.compile(
    "[^,;:。!?、\\s]{0,10}?["
    + "".join(_x("place_ends"))
    + "](?:"
    + "|".join(_x("people_words"))
    + ")(?:"
    + "|".join(_x("people_verbs"))
    + ")"
)


def _names_a_kind(t: str, c) -> bool:
    """The unit runs on into 制 (5人制, 11人制): the number names a kind (but 200人制定…); or
    into 之家 (3口之家): the size of a household."""
    if c.unit in ("口", "人") and t.startswith(_HOUSEHOLD_WORDS, c.qty_end - 1):
        return True
    return (
        c.unit in _KIND_UNITS
        and t.startswith("制", c.qty_end)
        and not t.startswith(_NOT_KIND_WORDS, c.qty_end)
    )


def _of_beneficiary(t: str, end: int, clause_before: str) -> bool:
    """The number (or a 、 list it opens: 对年营业收入首次突破1亿元、5亿元、10亿元的企业) ends in 的 in a
    clause that names who benefits (对年纳税额超过500万元的企业)."""
    return (t.startswith("的", end) or LIST_THEN_OF_RE.match(t, end) is not None) and bool(
        _BENEFICIARY_HEAD_RE.match(clause_before)
    )


def _before_number(t: str, c, before: str, prev: str) -> bool:
    """An ordinal, ranking, denominator or proportion: 第3, 前100项, 每10万人, 按10%, 按照1:1, No.5,
    the second term of a ratio (2.2:1); not 按 and a planned rate (赤字率拟按3%左右安排: a target),
    nor 后 and a time limit (验收后10个工作日内兑付)."""
    if not (
        prev in _BEFORE_NUMBER
        or before.endswith(("No.", "按照"))
        or (prev in ":∶" and before[-2:-1].isdigit() and not second_of_one_ratio(t, c.start))
    ):
        return False
    if prev == "后":
        return _TIME_LIMIT_AFTER.match(t, c.start) is None  # 验收后10个工作日内: a time limit
    if prev == "准" and c.unit in _STANDARD_COUNT_UNITS and before.endswith("标准"):
        return False  # 制修订团体标准20项: a count of standards, not a standard's level
    return not (prev == "按" and _PLANNED_RATE.match(t, c.end))


def _unspaced(before: str) -> str:
    """The words before a number without the space after 每 or 第 (每 25 万人: a spaced text's
    denominator, `before_number_spaced`)."""
    if before[-1:] == " " and before.rstrip()[-1:] in _BEFORE_NUMBER_SPACED:
        return before.rstrip()
    return before


def _drop_by_context(t: str, c, seg_start: int, clause_start: int, flags: _Flags) -> str:
    """The name of the rule that finds the number is no target, judged from its own surroundings
    ("" when none does): `planwatch parse --explain` prints it (transform/explain_report.py)."""
    start = c.start
    before = _unspaced(t[start - 8 if start > 8 else 0 : start])
    prev = before[-1:]
    if _before_number(t, c, before, prev):
        return "before_number"
    if t.startswith("级", c.qty_end):
        return "class_level"  # 十亿级, 百亿级, 4A级: a class, not an amount
    if t.startswith(_SITE_BADGES, c.end):
        return "site_badge"  # 1亿VIP精品文档: a document-sharing site's chrome
    if "0" <= t[c.qty_end : c.qty_end + 1] <= "9" and _slogan_label(t, c):
        return "slogan_label"  # 实施“4个100”行动: a programme's label
    if _names_a_kind(t, c):
        return "kind_suffix"  # 5人制足球场: a kind of pitch, not a number of people
    if _is_scope(t, c, before, prev, clause_start):
        return "_is_scope"
    if own_items(t, c, clause_start):
        return "_counts_items"  # 分解为79项重点工作任务: a count of the plan's own items
    if _in_object_frame(t, c, clause_start):
        return "object_frame"  # 以36个行政村为重点: what the plan works on
    if rule := _zone_rule(t, c):
        return rule  # 1公里范围内的化工企业, 公交站点500米覆盖率: a zone or a rate's name, no work
    if _selection_count(t, c, clause_start):
        return "selection_count"  # 形成了15个候选项目, 征集意见建议70余条: how the list was chosen
    if rule := _span_or_stages(t, c, clause_start):
        return rule  # 为期30天, 分为4个阶段: a duration or the structure, not a target
    if before.rstrip("约共计达为近 ").endswith(_DESCRIPTORS):
        return "descriptor"  # 占地500亩: an attribute of the project
    clause_before = t[clause_start:start]
    if rule := _progress_rules(t, c, clause_start, clause_before) or _months_rule(t, c, clause_start, flags):
        return rule
    if flags.has_le and _reported_le(t, c, clause_start):
        return "reported_le"  # 增长了9.8%: a result already reached
    if _progress(t, c, flags):
        return "is_progress"
    if _baseline_value(t, c, flags):
        return "baseline_value"
    if flags.has_incentive and _incentive(t, c, clause_start):
        return "incentive"  # 给予奖励20万元 (but 争取上级补助资金5000万元 is a commitment)
    if _of_beneficiary(t, c.end, clause_before):
        return "beneficiary_head"
    if flags.has_paren and (rule := _paren_rule(t, c, clause_start)):
        return rule
    unit = c.unit
    if (not unit or c.chinese) and (rule := _bare_or_chinese(t, c, prev, seg_start)):
        return rule
    if unit in VOLTAGE_UNITS:
        return "voltage_class"  # a voltage class names a thing (110千伏变电站)
    if _scores(t, c, clause_start):
        return "score_context"  # 每发现一处扣2分, 按15%计入分值: a scoring rule
    if unit in ("条", "款") and (rule := _articles_rule(t, c, clause_before, clause_start)):
        return rule
    if unit in AGE_UNITS and (c.is_range or _CJK_RE.match(t, c.end) or t.startswith("的", c.end)):
        return "age"  # 35—64岁妇女, 60岁以上老年人: who is counted
    if unit == "个月" and _INFANT_AFTER_RE.match(t, c.end):
        return "age"  # 6个月内婴儿: an age in months
    return _late_rules(t, c, clause_before, flags.has_paren)


_SITE_BADGES = tuple(_x("site_badges"))


def _zone_rule(t: str, c) -> str:
    """A distance or area that draws a zone (1公里范围内的化工企业) or is part of a rate's name
    (公交站点500米覆盖率达到100%, 300米见绿): the rule's name, else ""."""
    if t.startswith(_ZONE_AFTER, c.end):
        return "zone_after"
    if c.unit in _RADIUS_UNITS and not c.suffix and t.startswith(_RADIUS_AFTER, c.end):
        return "radius_after"
    return ""


_INFANT_AFTER_RE = re.compile(r"(?:以内|以下|内|內)?(?:" + "|".join(map(re.escape, _x("infant_nouns"))) + ")")


def _progress(t: str, c, flags: _Flags) -> bool:
    """An achieved figure (`progress.is_progress`), with what the text holds at all."""
    f = flags
    return is_progress(
        t, f.rev, c, f.has_done, f.has_share, f.has_bar, f.has_as_of, f.first_year, f.annual_year
    )


def _baseline_value(t: str, c, flags: _Flags) -> bool:
    """A value of the base the plan starts from: 由30%提高到50% (the 30%), 由2020年的23%提高2个
    百分点 (the 23%), 比2010年的12.4万吨减少11.9% (the 12.4万吨). (A search clamps pos and endpos to the text: no max/min calls.)"""
    start = c.start
    if flags.has_from and _BASELINE_VALUE_TAIL.search(t, start - 12, start):
        if _TO_LEVEL_RE.search(t, c.end, c.end + 30) or CHANGE_BY_RE.match(t, c.end):
            return True
    if flags.has_from and _TO_LEVEL_RE.match(t, c.end) and _BASELINE_OF_TAIL.search(t, start - 16, start):
        return True  # 由当地最低生活保障标准的1.5倍提高到2倍: the base named in words, then 的
    return flags.has_compared and _COMPARED_VALUE_TAIL.search(t, start - 50, start) is not None


_LABEL_NUMBER_RE = re.compile(r"\d+(?:[\s”\"’)]|$)")


def _slogan_label(t: str, c) -> bool:
    """A count of 个 glued to a bare round number is a programme's label: “4个100”, 2个1000行动
    (but 5个10万千瓦光伏电站 counts the stations, 2个100%… is left as it is)."""
    if c.unit != "个" or c.suffix:
        return False
    return _LABEL_NUMBER_RE.match(t, c.qty_end) is not None


# where the words after a number stop counting for an incentive: the clause ends, or a bracket
# opens an aside on the count (整治125个村庄(包括63个省级补助村…): the villages are the work)
_INCENTIVE_STOP_RE = re.compile(r"[,，;；。\n(（]")


def _incentive(t: str, c, clause_start: int) -> bool:
    """An incentive word in the number's clause (up to 12 characters after it, not into the next
    clause: 完成义务植树100万株,国家造林补贴… keeps the 100万株, nor into a bracket after it),
    unless the plan seeks the funds."""
    if c.kind == "time" and t.startswith(_PAID_WITHIN, c.end):
        return False  # 补贴资金3个工作日以内拨付到位: how soon it is paid, a target
    if c.kind == "count" and "对" in t[clause_start : c.start] and _AIDED_COUNT_RE.match(t, c.end):
        return False  # 对新建的8个村级老年食堂进行补助: the things the aid goes to, counted
    if c.kind == "count" and _AID_COUNT_RE.match(_drop_time_head(t[clause_start : c.start].lstrip())):
        return False  # 补助复康巴士30辆: the clause counts the things it pays for
    m = _INCENTIVE_STOP_RE.search(t, c.end, c.end + 12)
    hi = m.start() if m else c.end + 12
    found = _INCENTIVE_RE.search(t, clause_start, hi)
    while found is not None and (
        t.startswith(_NOT_INCENTIVE, found.start())
        or (c.kind != "money" and t.endswith(_AID_KIND_HEADS, clause_start, found.start()))
    ):
        # 补贴性培训, 新增资助安老宿位300个: a kind of work or of place, no incentive
        found = _INCENTIVE_RE.search(t, found.end(), hi)
    if found is None:
        return _incentive_cap(t, c, clause_start)
    if _reach_after_incentive(t, found.start(), c.start):
        return False
    if c.kind == "money" and _fund_amount(t, found, c.start, clause_start):
        return False  # 年度奖补资金不少于40万元: the size of the fund the plan sets up
    if found.start() < c.start and _BUDGET_AID_RE.search(t, clause_start, found.start()):
        return False  # 每年安排补助资金500万元: a budget committed for the aid
    seek = _SEEK_FUNDS_RE.search(t, clause_start, c.start)
    if seek is not None and _seeker_is_aided(t, clause_start, seek, found):
        return True  # 对获得奉献奖的个人给予一次性奖励2000元: 获得 says who is aided
    # (按到位资金的1%给予奖励: the money after 按 is the base of the rate, not funds sought; 发放一次性
    # 补贴3000元: what each one aided is paid)
    return (
        seek is None
        or t.find("按", clause_start, seek.start()) >= 0
        or (seek.group() in _PAID_VERBS and t.endswith(_PER_GRANT, 0, found.start()))
    )


_INCENTIVE_CAPS = tuple(_x("incentive_caps"))


def _seeker_is_aided(t: str, clause_start: int, seek, found) -> bool:
    """The verb of seeking funds stands inside 对…的 before the incentive word: it names whom the
    incentive goes to (对获得全国无偿献血奉献奖的个人给予奖励), nobody seeks funds."""
    if found.start() < seek.end():
        return False
    return t.find("对", clause_start, seek.start()) >= 0 and t.find("的", seek.end(), found.start()) >= 0


_FUND_WORDS = tuple(_x("incentive_fund_words"))
_FUND_LEVELS = frozenset(_x("incentive_fund_levels"))
_FUND_PER_GRANT = tuple(_x("incentive_fund_per_grant"))


def _fund_amount(t: str, found, start: int, clause_start: int) -> bool:
    """An incentive word, a fund word and at most a level word right before the money: the size of
    the fund (设立招商引资奖励资金5000万元, 年度奖补资金不少于40万元); not what each one gets (对…的村
    扣减奖补资金2万元, 每村奖补资金2万元)."""
    gap = t[found.end() : start]
    fund = next((w for w in _FUND_WORDS if gap.startswith(w)), None)
    if fund is None or (gap[len(fund) :] and gap[len(fund) :] not in _FUND_LEVELS):
        return False
    head = t[clause_start : found.start()]
    return not any(w in head for w in _FUND_PER_GRANT)


_BUDGET_AID_RE = _any(_x("budget_aid_verbs"))
# the noun counted, then 进行 and an incentive word ending the work: "对8个食堂进行补助"
_AIDED_COUNT_RE = re.compile(r"[^,，。;；:：()（）\d]{1,16}?进行(?:" + alternation(_x("incentive")) + ")")
_AID_KIND_HEADS = tuple(_x("aid_kind_heads"))
_AID_TIME_HEADS = tuple(_x("aid_count_time_heads"))


def _drop_time_head(head: str) -> str:
    """The clause before a count without a leading time word (年内资助不少于30条生产线)."""
    for w in _AID_TIME_HEADS:
        if head.startswith(w):
            return head[len(w) :]
    return head


# an aid verb opening the clause, then only the thing aided (no figure, no other aid word) up to the count
_AID_COUNT_RE = re.compile(
    "(?:" + alternation(_x("aid_count_verbs")) + r")[^\d,，;；。:：()（）给予每按奖补贴助]{2,12}$"
)


def _incentive_cap(t: str, c, clause_start: int) -> bool:
    """ "…给予奖励，最高不超过100万元": a clause opening with a word of a cap (最高, 最多 …), after an
    incentive word earlier in its sentence, bounds the incentive."""
    if not t.startswith(_INCENTIVE_CAPS, clause_start) and _CAP_HEAD_RE.match(t, clause_start) is None:
        return False
    lo = clause_start - _CAP_LOOKBACK if clause_start > _CAP_LOOKBACK else 0
    sent_start = max(t.rfind(ch, lo, clause_start) for ch in "。;；!?\n") + 1 or lo
    return _INCENTIVE_RE.search(t, sent_start, clause_start) is not None


_CAP_LOOKBACK = 60  # characters looked back for the incentive a cap bounds
# a clause opening with a short head of what is paid for, then a cap word: 单车最高, 每台设备最多
_CAP_HEAD_RE = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:" + "|".join(map(re.escape, _x("incentive_cap_cores"))) + ")"
)


_INCENTIVE_REACH = _x("incentive_reach")
_INCENTIVE_REACH_RE = any_word_re(_INCENTIVE_REACH)


def _reach_after_incentive(t: str, lo: int, hi: int) -> bool:
    """A word of how far the incentive reaches after the last incentive word before the number
    ("护理补贴目标人群覆盖率达100%", "补贴覆盖90%以上的农户"), or a rate noun and a verb of level
    ("个人缴费资助比例保持100%"): the number measures its reach, a target."""
    last = -1
    for m in _INCENTIVE_RE.finditer(t, lo, hi):
        last = m.end()
    if last < 0:
        return False
    return _INCENTIVE_REACH_RE.search(t, last, hi) is not None or _rate_level(t[last:hi].strip())


_RATE_NOUNS = tuple(_x("incentive_rate_nouns"))
_RATE_VERBS = frozenset(_x("incentive_rate_verbs"))
_RATE_ENDS = frozenset(_x("incentive_rate_ends"))
_RATE_PER = tuple(sorted(_x("incentive_rate_per"), key=len, reverse=True))
# a time, maybe 以内/之内/内, then a verb of paying: how soon the aid is paid (a target)
_PAID_WITHIN = tuple(b + v for b in ("以内", "之内", "内", "") for v in _x("incentive_paid_verbs"))


def _rate_level(words: str) -> bool:
    """ "比例保持", "标准提高到": a rate noun, then (均) a verb of level and nothing else but a
    word of whom and how often it is paid (标准提高到每户每月)."""
    noun = next((n for n in _RATE_NOUNS if words.startswith(n)), None)
    if noun is None:
        # a name of a rate (参保率, 知晓率): up to 4 characters then 率
        end = next((j for j in range(1, 5) if words[j : j + 1] in _RATE_ENDS), 0)
        if not end or not all("\u4e00" <= ch <= "\u9fff" for ch in words[:end]):
            return False
        noun = words[: end + 1]
    rest = words[len(noun) :].lstrip("均都 ")
    per = next((p for p in _RATE_PER if rest.endswith(p)), "")
    return rest[: len(rest) - len(per)].rstrip() in _RATE_VERBS


def _paren_rule(t: str, c, clause_start: int) -> str:
    """The rules of a number in parentheses: a note on a bound (6亩以下(不含6亩)), a base value
    (达到95%（现状值90%）), a scoring weight or a share in a formula, a share of the count before
    the bracket (10个（每个街道1个）); else ""."""
    if _in_paren_note(t, c):
        return "_in_paren_note"
    if _PAREN_BASE_RE.search(t, c.start - _PAREN_BASE_SPAN if c.start > _PAREN_BASE_SPAN else 0, c.start):
        return "paren_base"
    if _is_weight(t, c, clause_start):
        return "_is_weight"
    lo = c.start - _PAREN_BASE_SPAN if c.start > _PAREN_BASE_SPAN else 0
    if _PAREN_SHARE_RE.search(t, lo, c.start):
        return "paren_share"
    if c.suffix in _SIZE_BOUNDS and _PAREN_SIZE_RE.search(t, lo, c.start):
        return "paren_size"  # 建设规模化养殖场5个(存栏生猪500头以上): which farms are counted
    return ""


# a count, then a bracket with a bounded figure in it: the size that says which things are counted
# ("建设规模化养殖场5个(存栏生猪500头以上)", "培育龙头企业10家（年产值1亿元以上）") — no target of its own
# (not a breakdown: "完成造林5万亩(其中人工造林2万亩以上)")
_PAREN_SIZE_RE = re.compile(r"\d\s?[\u4e00-\u9fff]{1,3}[(（](?!其中|含|包括|包含)[\u4e00-\u9fff]{1,8}\s?$")
_SIZE_BOUNDS = frozenset(("以上", "及以上", "以下", "及以下"))
# a count, then a bracket sharing it out: "新增10个（每个街道1个）老年人助餐点" — the share is no
# target of its own
_PAREN_SHARE_RE = re.compile(
    r"\d\s?[\u4e00-\u9fff]{1,3}[(（]\s?(?:"
    + "|".join(map(re.escape, _x("paren_share_words")))
    + r")[\u4e00-\u9fff]{1,6}\s?$"
)


def _articles_rule(t: str, c, clause_before: str, clause_start: int) -> str:
    """A number of 条/款 that refers to a rule set or counts the document's own articles."""
    if _REFERENCE_HEAD.search(clause_before):
        return "rule_reference"  # 落实…15条: a reference to a rule set
    if _DOCUMENT_ARTICLES.search(t, clause_start - 20 if clause_start > 20 else 0, c.start):
        return "document_articles"  # 意见分为10章共33条: the document's own articles
    return ""


# 72个县农村自来水普及率达到90%: the things counted (a bracket such as （市、区） included), then a
# rate of them, then its share (bounded: at most 24 pieces of the noun, 6 characters between the
# rate word and the share)
_SCOPE_RATE_RE = re.compile(
    "(?:[^\\d,，;；。:：、\\s(]|\\([^()\\d]{1,12}\\)){1,24}?(?:"
    + "|".join(_x("scope_rate_nouns"))
    + ")[^\\d,，;；。:：、\\s]{0,6}\\d+(?:\\.\\d+)?\\s?%"
)


def _scope_of_rate(t: str, c, clause_before: str) -> bool:
    """A count glued to the things whose rate the clause sets (力争72个县农村自来水普及率达到90%):
    which things are measured. Not when a verb before it builds what it counts, or the rate only
    qualifies a noun after it (培育10家研发投入占比达到5%以上的企业)."""
    m = _SCOPE_RATE_RE.match(t, c.qty_end)
    if m is None or _LIST_VERB_RE.search(clause_before[-6:]) is not None:
        return False
    return not t.startswith(("的", "以上的", "以下的", "左右的"), m.end())


# 每 and a verb of `per_one_verbs` right before a count of one: the one thing a rate or an
# award is counted per (按每签约1人…10元, 每引进1名博士…), no target
_PER_ONE_RE = re.compile("每(?:" + "|".join(map(re.escape, _x("per_one_verbs"))) + r")\s?$")


def _late_rules(t: str, c, clause_before: str, has_paren: bool) -> str:
    """The last rules of _drop_by_context: what the number's words name or frame."""
    if _names_a_thing(t, c):
        return "_names_a_thing"
    if plot_size(t, c):
        return "plot_size"  # 启动西侧400亩地块征地拆迁: which plot, not how much
    if output_names_a_plant(t, c):
        return "output_names_a_plant"  # 年产10万台电机项目: the plant, not an amount
    if population_size(t, c):
        return "population_size"  # 300万以上人口城市: which cities, not how many people
    if c.kind == "count" and _scope_of_rate(t, c, clause_before):
        return "scope_of_rate"  # 9个考核断面水质优良比例达到100%: which things the rate measures
    if c.kind == "money" and clause_before.rstrip().endswith(_AMOUNT_CAPS):
        return "amount_cap"  # 单户贷款额度最高30万元: a ceiling of what each gets, no commitment
    if (
        c.value == 1
        and c.kind == "count"
        and "每" in clause_before[-4:]
        and _PER_ONE_RE.search(clause_before)
    ):
        return "per_one"  # 按每签约1人每年不低于10元的标准: the one a rate is counted per
    # framing.py: 完成率均在90%以上, 约600个…消除75%, (项目6个…), 视为…, 54名词解释
    if rule := framing_rule(t, c, clause_before, has_paren):
        return rule
    return "_bound_qualifies" if _bound_qualifies(t, c) else ""


_PER_SCORE_SPAN = 12  # characters from the count to the score of its rule (每少1个村扣2分)


def _per_score_rule(t: str, end: int) -> bool:
    """Does the clause after a count go on to a score rule ("…村扣2分", "…加0.5分")?"""
    seg = t[end : end + _PER_SCORE_SPAN]
    for stop in "，,。；;)":
        if (i := seg.find(stop)) >= 0:
            seg = seg[:i]
    return "分" in seg and _SCORE_RULE_RE.search(seg) is not None


def _scores(t: str, c, clause_start: int) -> bool:
    """A score in a scoring rule (每发现一处扣2分, 总分180分, 完成任务计10分), or a share counted
    into a score (分别按15%、25%计入考核分值: a word of `weight_into` and a score word in the
    clause), or the threshold of a scoring rule (回收率达90%以上的加5分)."""
    if t[c.start - 2 : c.start] in _SCORE_PER and c.kind == "count" and _per_score_rule(t, c.end):
        return True  # 每少1个村扣2分: the one a score is taken or given per
    if c.unit in SCORE_UNITS:
        if t[c.start - 1 : c.start] in _SCORE_VERBS:
            return True
        if t.startswith(_SCORE_PARTS, clause_start) and _SCORE_CONTEXT_RE.search(
            t, max(0, clause_start - _SCORE_PARTS_SPAN), clause_start
        ):
            return True  # 考核满分100分，其中年度工作目标60分、重点工作40分: the parts of the score
        return _SCORE_CONTEXT_RE.search(t, clause_start, c.end + 4) is not None
    if c.kind != "percent":
        return False
    lo = max(clause_start, c.start - _WEIGHT_SPAN)
    if "重" in t[lo : c.start] and any(t.find(w, lo, c.start) >= 0 for w in _WEIGHT_NOUNS):
        return True  # 考核权重不低于5%: a scoring weight
    m = _CLAUSE_RX.search(t, c.end, c.end + _MAX_SPAN)
    end = m.start() if m else c.end + _MAX_SPAN
    if "分" in t[c.end : end] and _SCORE_RULE_RE.search(t, c.end, end):
        return True
    if not _WEIGHT_INTO_RE.search(t, clause_start, c.end + 40):
        return False
    return _SCORE_CONTEXT_RE.search(t, clause_start, end) is not None


def _is_scope(t: str, c, before: str, prev: str, clause_start: int) -> bool:
    """A count that describes the scope of existing things: 全县13个供电所, 在17个乡镇开展,
    提高…等9类困难群众救助标准, 确保5个安置点群众搬得出 — but "引进A、B等8家研发机构" builds what it
    counts."""
    if c.kind == "count" and ends_with(before, _SCOPE_COUNT):
        return True
    if c.kind == "count" and ends_with(before.removesuffix("的").rstrip(), _SCOPE_PARTNERS):
        return True  # 与周边5个县(区)建立…机制: the neighbours the work is done with
    if c.kind == "count" and prev == "对" and _ONE_BY_ONE_RE.match(t, c.end) is not None:
        return True  # 对23座历史遗留矿山逐一制定修复方案: the things the work goes through one by one
    if c.kind == "count" and before[-1:] in _SCOPE_CHAIN_LAST and _SCOPE_CHAIN_RE.search(before):
        return True  # 涉及9个市52个县: the second count names places of the scope too
    if c.unit in _PLACE_UNITS and _PEOPLE_OF_PLACES_RE.match(t, c.end):
        return True  # 确保5个安置点群众搬得出: the people of places that exist
    # the scope regex needs a scope word at the end, maybe then one space
    sm = _SCOPE_TAIL.search(before) if prev in _SCOPE_LAST or prev.isspace() else None
    if sm is None:
        return c.kind == "count" and _closes_included_list(t, c, clause_start)
    if not sm.group(0).startswith("等"):
        if c.kind == "count" and before.endswith(_SCOPE_DONE_VERBS, 0, sm.start()):
            return False  # 完成辖区3个老旧小区改造: the clause completes work on what it counts
        if _served_people(t, c, before, sm.start()):
            return False  # 为全区1.8万名中小学生免费开展视力筛查: the people a measure serves
        # "全市85%左右县创建成…": a share of the whole brought somewhere, not a count of it
        return not (c.kind == "percent" and _share_committed(t, c))
    if c.kind not in ("count", "none"):
        return False  # 等10公里: the total of the list
    # "A、B等N个": a target when the clause builds or does what it counts
    head = t[clause_start : c.start - len(sm.group(0))]
    if c.unit in _LIST_KIND_UNITS or _SCOPE_LIST_HEAD_RE.search(head) is not None:
        return True
    if _listed_measures(t, c, head):
        return True  # 技术改造投资、民间投资等15项季度考核指标: the measures the list names
    if _LIST_VERB_RE.search(head) is not None:
        return False
    # "对A、B等28个小区进行改造": the clause works on what it counts, its verb after the count
    if not head.lstrip().startswith("对"):
        return not _ends_with_milestone(t, c)
    m = _CLAUSE_RX.search(t, c.end, c.end + _MAX_SPAN)
    return _OBJECT_WORK_RE.search(t, c.end, m.start() if m else c.end + _MAX_SPAN) is None


# "对N个X逐一…": the noun after the count (no clause break, no figure), then a word of going
# through each one by one (targets_exclusions.toml `one_by_one`)
_ONE_BY_ONE_RE = re.compile(
    r"[^\d,，。;；、:：\n]{0,14}?(?:" + "|".join(map(re.escape, _x("one_by_one"))) + ")"
)
_SERVED_PREPS = frozenset(_x("served_preps"))
_SCOPE_DONE_VERBS = tuple(_x("scope_done_verbs"))
_SENTENCE_END_RE = re.compile("[" + re.escape(_SENTENCE_ENDS) + "]")
_SERVED_RATE_RE = re.compile("率(?:" + alternation(_x("served_rate_levels")) + ")")
_SERVED_UNITS = frozenset(_x("served_units"))
_SERVED_VERB_RE = re.compile(alternation(_x("served_verbs")))


def _served_people(t: str, c, before: str, scope_at: int) -> bool:
    """People counted after 为/给/向 and a scope word (为全区1.8万名中小学生…开展…), a verb of
    `served_verbs` later in the clause: the people a measure is done for."""
    return before[scope_at - 1 : scope_at] in _SERVED_PREPS and _served_verb_after(t, c)


def _served_verb_after(t: str, c) -> bool:
    """People counted (`served_units`, maybe after 万/千) and a verb of `served_verbs` later in
    the clause: 为一万名农村妇女开展筛查 counts whom the measure serves."""
    if c.approx or c.unit.lstrip("万千百") not in _SERVED_UNITS:
        return False  # 为全镇1.6万余名老年人开展体检: about so many, the population that exists
    stop = _SENTENCE_END_RE.search(t, c.end, c.end + _MAX_SPAN)
    if _SERVED_RATE_RE.search(t, c.end, stop.start() if stop else c.end + _MAX_SPAN):
        return False  # …开展免费健康体检，体检率达到95%: the base of the rate after it
    m = _CLAUSE_RX.search(t, c.end, c.end + _MAX_SPAN)
    return _SERVED_VERB_RE.search(t, c.end, m.start() if m else c.end + _MAX_SPAN) is not None


def _listed_measures(t: str, c, head: str) -> bool:
    """ "A、B等N项" then a noun of `list_measure_nouns` (季度考核指标): the count of the measures the
    list names, unless a verb before the list builds them (新增PM10、臭氧等3项监测指标); a verb
    inside a later item is part of a measure's name (技术改造投资, 新开工项目数)."""
    if _LIST_MEASURE_RE.match(t, c.end) is None:
        return False
    return _LIST_VERB_RE.search(head.split("、", 1)[0]) is None


def _closes_included_list(t: str, c, clause_start: int) -> bool:
    """A count right after a list of names that its clause opens with 包括/涵盖/涉及 ("重点产业包括
    电子信息、新材料和生物医药3个产业"), with no verb of work in the list: what the list holds."""
    heads = list(_INCLUDED_HEAD_RE.finditer(t, clause_start, c.start))
    if not heads:
        return False
    head = heads[-1]
    if "、" not in t[head.end() : c.start] or _LIST_VERB_RE.search(t, head.end(), c.start) is not None:
        return False
    # no verb of work before the head either ("新增包含A、B在内的12条环线" builds what it counts),
    # but a work noun ending the subject right before it is none ("网络强国建设包括…4个领域")
    verbs = list(_LIST_VERB_RE.finditer(t, clause_start, head.start()))
    return not verbs or (
        len(verbs) == 1 and verbs[0].end() == head.start() and verbs[0].group(0) in _SUBJECT_WORK_NOUNS
    )


_INCLUDED_HEAD_RE = _any(_x("included_list_heads"))
_SUBJECT_WORK_NOUNS = frozenset(_x("included_subject_nouns"))


_SHARE_SPAN = 30  # characters after a share in which its clause names the commitment
_SHARE_CLAUSE_END = re.compile("[，,；;。:：\n]")


def _share_committed(t: str, c) -> bool:
    """A share after a scope word whose clause goes on to a verb of commitment ("全县90%以上的
    行政村达到…标准"); not one that describes the whole ("全县60%的人口居住在农村")."""
    end = c.end + _SHARE_SPAN
    m = _SHARE_CLAUSE_END.search(t, c.end, end)
    return _TARGET_VERB_RE.search(t, c.end, m.start() if m else end) is not None


_MILESTONE_END_RE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_x("list_count_milestones"), key=len, reverse=True))) + r")\s?$"
)


def _ends_with_milestone(t: str, c) -> bool:
    """The clause after "A、B等N个…" ends with a milestone of the work on what it counts (…投入使用,
    …年内开工建设): the list is built, not the scope of other work."""
    m = _CLAUSE_RX.search(t, c.end, c.end + _MAX_SPAN)
    return _MILESTONE_END_RE.search(t[c.end : m.start() if m else c.end + _MAX_SPAN]) is not None


_LE_VERB_TAIL = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_x("reported_le_verbs"), key=len, reverse=True)))
    + r")了\s?[约近达超逾]?\s?$"
)
_LE_COMMIT_RE = _any(_x("reported_le_commit"))
_LE_DEADLINE_RE = re.compile(r"(?:到|至)\s?20\d\d")
_LE_SPAN = 8  # characters before the number that hold the verb, its 了 and an estimate word


def _reported_le(t: str, c, clause_start: int) -> bool:
    """A verb with 了 right before the number (增长了9.8%, 达到了3.49%) and nothing before it in
    its clause that commits (确保…新增了) or names a year to reach (到2027年): a result reached."""
    lo = c.start - _LE_SPAN if c.start - _LE_SPAN > clause_start else clause_start
    if _LE_VERB_TAIL.search(t[lo : c.start]) is None:
        return False
    return (
        _LE_COMMIT_RE.search(t, clause_start, c.start) is None
        and _LE_DEADLINE_RE.search(t, clause_start, c.start) is None
    )


_PROGRESS_CHANGE_OPENERS = tuple(_x("progress_change_openers"))
_PROGRESS_CHANGE_REPORTS = tuple(_x("progress_change_reports"))
_PROGRESS_CHANGE_BACK = 40  # characters looked back for the clause before


def _progress_rules(t: str, c, clause_start: int, clause_before: str) -> str:
    """_progress_rule, then _progress_change (目前已有龙头企业3家，较上年增长50%)."""
    return _progress_rule(clause_before, c) or _progress_change(t, c, clause_start, clause_before)


def _progress_change(t: str, c, clause_start: int, clause_before: str) -> str:
    """ "progress" when the clause opens with a change against the year before (较上年, 同比) and the
    clause before it (in its sentence) reports a figure (已…, 目前…): a result too; else ""."""
    if not clause_before.lstrip().startswith(_PROGRESS_CHANGE_OPENERS):
        return ""
    lo = clause_start - _PROGRESS_CHANGE_BACK if clause_start > _PROGRESS_CHANGE_BACK else 0
    prev = t[lo : clause_start - 1 if clause_start > 0 else 0]
    k = max(prev.rfind("。"), prev.rfind(";"), prev.rfind("；"), prev.rfind("\n"))
    prev = prev[k + 1 :]
    if (
        k < 0
        and lo > 0
        or not any(ch.isdigit() for ch in prev)
        or not any(w in prev for w in _PROGRESS_CHANGE_REPORTS)
    ):
        return ""  # no whole clause before, no figure or no report word in it
    return "progress" if _progress_rule(prev, c) == "progress" else ""


def _progress_rule(clause_before: str, c) -> str:
    """ "progress" (已…, 目前… before the number c in its clause), "period_to_date" (1-4月累计完成…:
    done so far this year) or "" (a multiple's base right before it is no progress: 达到上年的1.2倍)."""
    percent = c.kind == "percent"
    if c.unit == "倍" and clause_before.endswith(_MULTIPLE_BASES):
        clause_before = clause_before[: -len(next(b for b in _MULTIPLE_BASES if clause_before.endswith(b)))]
    m = _PROGRESS_RE.search(clause_before)
    while m is not None and (
        (m.start() > 0 and clause_before[m.start() - 1] in _PROGRESS_BASES)
        or (percent and _built_qualifier(clause_before, m.start()))
        or (
            _built_qualifier(clause_before, m.start())
            and clause_before.endswith(_UPGRADE_VERBS, 0, m.start())
        )
    ):
        m = _PROGRESS_RE.search(clause_before, m.end())  # 较目前再增加3岁: the base of a change
    if m is not None:
        return "progress"
    if ("累计" in clause_before or "完成" in clause_before) and _PERIOD_DONE_RE.search(clause_before):
        return "period_to_date"
    return ""


_BUILT_QUALIFIERS = tuple(sorted(_x("built_qualifiers"), key=len, reverse=True))
_BUILT_NOT_AFTER = frozenset(_x("built_not_after"))
_BUILT_BARE = frozenset(_x("built_bare"))
_UPGRADE_VERBS = tuple(_x("upgrade_verbs"))


def _built_qualifier(s: str, i: int) -> bool:
    """已建 (已投运, 已建成的 …) at i, then a noun: it qualifies the things a rate measures
    (已建治理设施正常运行率达到90%), no progress (but 已建成5个, 已建设 report)."""
    q = next((w for w in _BUILT_QUALIFIERS if s.startswith(w, i)), "")
    nxt = s[i + len(q) : i + len(q) + 1]
    return bool(q) and "\u4e00" <= nxt <= "\u9fff" and not (q in _BUILT_BARE and nxt in _BUILT_NOT_AFTER)


def _months_rule(t: str, c, clause_start: int, flags: _Flags) -> str:
    """ "reporting_months" (1-4月开工7个: done so far this year, see progress.reporting_months)
    or ""."""
    if flags.has_months and reporting_months(t, flags.rev, c, clause_start):
        return "reporting_months"
    return ""


def _in_object_frame(t: str, c, clause_start: int) -> bool:
    """A count in "以…为重点/对象/主体…": 以全县36个行政村为重点 names what the plan works on
    (but 以新建5所学校为重点 names work: a verb before the count)."""
    head = t[clause_start : c.start].lstrip()
    if not head.startswith("以") or _LIST_VERB_RE.search(head) is not None:
        return False
    return _OBJECT_FRAME_RE.match(t, c.end) is not None


def _is_weight(t: str, c, clause_start: int) -> bool:
    """A scoring weight or a share in a formula, in parentheses: 工作落实情况（1.5分）,
    综合得分=自评（40%）+部门评价（60%）, （权重30%）."""
    k = t.rfind("(", c.start - 4 if c.start > 4 else 0, c.start)
    if k < 0 or ")" in t[k : c.start]:
        return False
    if not t.startswith(")", c.end):
        return c.unit in SCORE_UNITS and _opens_score_note(t, k, c)
    if c.unit in SCORE_UNITS:
        return True
    if c.kind != "percent":
        return False
    if t[k + 1 : c.start].strip().startswith(_WEIGHT_WORDS):
        return True
    lo = clause_start - 60 if clause_start > 60 else 0
    return _FORMULA_RE.search(t, lo, c.end + 60) is not None


_SCORE_NOTE_SPAN = 40  # characters a scoring note in parentheses may run after its score


def _opens_score_note(t: str, k: int, c) -> bool:
    """A score that opens a parenthesis and goes on with a note on how it is scored, up to the
    closing parenthesis: "（10分，每少1个村扣2分）", "（满分10分，每少1次扣2.5分）"."""
    if (
        t[c.end : c.end + 1] not in ("，", ",", "；", ";")
        or t[k + 1 : c.start].strip() not in _SCORE_NOTE_OPENERS
    ):
        return False
    e = t.find(")", c.end, c.end + _SCORE_NOTE_SPAN)
    return e > 0 and "(" not in t[c.end : e]


def _bare_or_chinese(t: str, c, prev: str, seg_start: int) -> str:
    """The rules for a number without unit (a date, a document or section number unless a
    comparator stands by it) and for a Chinese numeral."""
    start = c.start
    seg_before = t[max(seg_start, start - 12) : start]  # tail patterns only look at the end
    if not c.unit:
        if not (
            c.suffix in ("以上", "以下", "以内", "左右", "及以上", "及以下")
            or c.approx
            or _LEVEL_VERB_TAIL.search(seg_before)
            or bare_list_item(t, start)  # 分别不高于1.85、1.20
            or RATIO_AFTER.match(t, c.qty_end)  # 缩小到1.9:1: the first term of a ratio
            or (c.value != 1 and ONE_RATIO_RE.match(t, c.start))  # 医护比达到1:1.2, read whole
        ):
            return "bare_number"
        if first_of_one_ratio(t, c.start, c.end):
            return "before_number"  # 医护比达到1:1.2: the 1 of the ratio (a proportion), its value is 1.2
        if c.value.is_integer() and 1900 <= c.value <= 2100 and not c.suffix:
            return "bare_year"
    return "_drop_chinese" if c.chinese and _drop_chinese(t, c, prev, seg_before, seg_start) else ""


def _drop_chinese(t: str, c, prev: str, seg_before: str, seg_start: int) -> bool:
    """The rules of _drop_by_context for a Chinese numeral (统一, 一批, 四个不摘 …)."""
    num_txt = t[c.start : c.qty_end]
    if num_txt[0] in "百千" and c.value in (100, 1000) and len(num_txt) <= 2:
        return True  # 千项技改, 百城万站
    if prev in _INDEFINITE or (prev in _INDEFINITE_ROUND and num_txt[0] in "百千万"):
        return True  # 数十家, 上百家, 成千: no definite number (but 建成四十所)
    has_cmp = (
        bool(c.suffix or c.approx)
        or ends_with(seg_before, _AT_LEAST_WORDS)
        or _cmp_before_verb(seg_before) is not None
    )
    if (c.unit in _CN_KIND_UNITS and not _cn_times_bound(c, seg_before)) or num_txt[0] in "零〇":
        return True  # 一批, 准四类, 二期, 二次供水, 零部件 (but 不少于二次: a number of times)
    if t[c.start : c.end] in _CN_ADVERBS:
        return True  # 意义十分重大: an adverb
    if (
        not has_cmp
        and not _once_more(c, seg_before)
        and not _counted_like_digits(t, c, prev, seg_before, seg_start)
        and not (prev in _CN_OBJECT_HEADS and _served_verb_after(t, c))
    ):
        if c.value == 1 and not c.is_range and num_txt[1:2] not in _CN_SCALES:
            return True  # 统一部署, 一企一策, 打造一个… (but 新增学位一万个: a verb may stand further)
        if _round_slogan(t, c, num_txt):
            return True
        if (
            not _CN_VERB_RE.search(t, seg_start, c.start)
            and not _scaled_level(seg_before, num_txt, c.unit)
            and not _listed_after_same_unit(t, c, seg_start)
        ):
            return True
    if t[c.end : c.end + 1] in _CN_SLOGAN_NEXT and not t.startswith(_CN_RANKS_NEXT, c.end):
        return True  # 四个不摘 (but 三个一级批发市场: a rank of what is counted)
    return False


def _cn_times_bound(c, seg_before: str) -> bool:
    """A Chinese count of times bounded as an amount: 不少于二次, 至少两次, 三次以上 (a
    `cn_counted_kind_units` unit after an at-least word, or before 以上), not 二次供水."""
    return c.unit in _CN_COUNTED_KIND_UNITS and (
        c.suffix in ("以上", "及以上") or ends_with(seg_before, _AT_LEAST_WORDS)
    )


_CN_COUNTED_KIND_UNITS = frozenset(_x("cn_counted_kind_units"))
_CN_SCALES = ("万", "亿", "萬", "億")  # 一万个, 一亿元: one of a scale, no word with 一


def _listed_after_same_unit(t: str, c, seg_start: int) -> bool:
    """A later item of a 、 list whose item before ends with the same unit, after a verb of its
    clause: 完成人工造林一万二千亩、封山育林三万亩 shares the 完成 of the item before."""
    unit = c.unit.lstrip("万亿萬億")  # (一万二千亩、三万亩: the measure word, whatever its scale)
    if not unit or seg_start < 2 or t[seg_start - 1] != "、" or not t.endswith(unit, 0, seg_start - 1):
        return False
    floor = seg_start - _LIST_LOOKBACK if seg_start > _LIST_LOOKBACK else 0  # (bounded: a page of lists)
    lo = max(max(t.rfind(ch, floor, seg_start - 1) for ch in "，,；;。\n") + 1, floor)
    return _CN_VERB_RE.search(t, lo, seg_start) is not None


_LIST_LOOKBACK = 60  # characters looked back for the verb of a 、 list's clause


def _once_more(c, seg_before: str) -> bool:
    """一倍 after a verb of increase (增加约一倍, 增长一倍): a relative change, as 增长1倍 is."""
    return c.unit == "倍" and _change(seg_before, "percent") == "increase"


def _counted_like_digits(t: str, c, prev: str, seg_before: str, seg_start: int) -> bool:
    """A Chinese count with a count measure word in a place where its digits are a count of work:
    closing its clause after the thing counted (打通断头路十二条。, 建设献血屋一个。), closing a list
    of names after 等 (A、B等十五条道路), a later item of a 、 list of counts of work (开办二十六个…、
    十个…), or one right after a verb of building (新建一家托育机构). Not after a pointer (这两个)."""
    if c.unit not in _CN_COUNT_UNITS or c.is_range or "每" in t[seg_start : c.start]:
        return False  # 每个乡镇建成一个…: one for each, read as before
    if ends_with(seg_before, _CN_ONE_VERBS):
        return True  # 新建一家, 建成二所
    if c.value == 1:
        return _closes_clause(t, c, prev) or _joined_to_count(t, c, prev, seg_start)
    if _closes_clause(t, c, prev) or _subject_of_done_work(t, c, seg_start):
        return True
    seg_end = _SEG_BOUNDARY_RE.search(t, c.end, c.end + _MAX_SPAN)
    end = seg_end.start() if seg_end else c.end + _MAX_SPAN
    if _DIGIT_RE.search(t, c.end, end) is not None:
        return False  # 等四个领域补短板项目162个: what the count after it is of
    if prev == "等":
        return "、" in seg_before or "、" in t[seg_start - 1 : seg_start]
    if prev in _CN_OBJECT_HEADS:  # 为六十二户家庭实施改造: the objects of the work after it
        return _CN_VERB_RE.search(t, c.end, end) is not None
    return _later_list_item(t, c, seg_start)


_DIGIT_RE = re.compile(r"\d")


def _subject_of_done_work(t: str, c, seg_start: int) -> bool:
    """The count opens its clause (after at most a word of commitment: 力争) as the subject of a
    verb of completion after the noun it counts (七个乡镇卫生院完成搬迁, 三座水厂建成投用)."""
    if c.start - seg_start > _SUBJECT_LEAD_SPAN:
        return False  # (a bounded look: never a slice of a long clause per count)
    lead = t[seg_start : c.start].strip()
    if lead and lead not in _CN_SUBJECT_LEADS:
        return False
    return _CN_SUBJECT_DONE_RE.match(t, c.end) is not None


def _joined_to_count(t: str, c, prev: str, seg_start: int) -> bool:
    """A count of one right after 和/及/与 whose item before, in its clause, holds a count of work
    (新建一幢食堂和一幢配电房, 新建3所学校和一所幼儿园), not a figure of speech (打造一个中心和一个平台)."""
    if prev not in _CN_COUNT_JOINS:
        return False
    lo = max(seg_start, c.start - 1 - _LIST_ITEM_SPAN)
    item = t[lo : c.start - 1]
    return _LIST_COUNT_RE.search(item) is not None or _ONE_COUNT_RE.search(item) is not None


def _closes_clause(t: str, c, prev: str) -> bool:
    """The count ends its clause, after the name of what it counts (盘活僵尸企业十家,), maybe as
    the value of a `名称：N` row (新增义务教育学位：四千个。)."""
    if prev in (":", "：") and c.start > 1:
        label = t[c.start - 21 if c.start > 21 else 0 : c.start - 1]
        label = label[max(label.rfind(ch) for ch in "。；;，,\n") + 1 :]
        if _CN_VERB_RE.search(label) is None:
            return False  # 主要任务：三项: no work named before the colon
        prev = t[c.start - 2]
    if prev in _CN_POINTERS or not _CJK_RE.match(prev):
        return False
    return c.end == len(t) or t[c.end] in _CN_COUNT_CLOSERS


def _later_list_item(t: str, c, seg_start: int) -> bool:
    """The count opens an item after a 、 whose item before holds a count of work (新增400个…、
    十个…; 开办二十六个…、十个…), not a slogan's run (一个中心、两个基地)."""
    if seg_start < 1 or t[seg_start - 1] != "、" or t[seg_start : c.start].strip():
        return False
    lo = seg_start - 1 - _LIST_ITEM_SPAN if seg_start - 1 > _LIST_ITEM_SPAN else 0
    item = t[lo : seg_start - 1]
    m = _SEG_BOUNDARY_RE.search(item[::-1])
    if m is not None:
        item = item[len(item) - m.start() :]
    return _LIST_COUNT_RE.search(item) is not None


_SEG_BOUNDARY_RE = re.compile("[。;!?\n,:|、，；：]")


def _scaled_level(seg_before: str, num_txt: str, unit: str) -> bool:
    """A Chinese numeral with a scale word before its unit, right after a verb of level
    (存栏稳定在三百五十万头, 产量保持在一百二十万吨): a level as definite as its Arabic form (but
    "(每秒一千万亿次运算)", a unit's gloss, has no such verb)."""
    if unit[:1] not in ("万", "亿") or len(unit) < 2 or num_txt[:1] in "十百千":
        return False
    return _LEVEL_VERB_TAIL.search(seg_before) is not None


def _round_slogan(t: str, c, num_txt: str) -> bool:
    """A lone 百/千 before a scale word, glued to the noun after it, names a programme: 实施百万
    人才工程, 千万亩造林工程 (but 年产值达到百亿元。 is an amount, 产值突破千万元 a bound)."""
    if num_txt[0] not in "百千" or c.value not in (100, 1000) or c.unit[:1] not in ("万", "亿"):
        return False
    return _CJK_RE.match(t, c.end) is not None
