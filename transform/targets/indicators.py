"""The indicator of a target: the shortest phrase naming what is measured. It is the phrase
before the number in its clause (cleaned of 到2025年, 力争, 达到 …) or, when the number comes
first ("培育20家龙头企业"), the noun after it; "A、B分别下降27%、10%" pairs subjects with values.
The words are data: lexicons/targets_indicators.toml.

Long module: the cleaning steps (fillers, dates, scopes, list subjects, the noun after a count)
cut the same clause window in a fixed order, each step reading where the one before stopped.
"""

from __future__ import annotations

import re

from transform.lexicons import table
from transform.targets.borrowed import (
    AGAIN_WORDS,
    average_clause_subject,
    done_service,
    driven_gain,
    footing_work,
    goal_value_title,
    past_clause_subject,
    time_limit_work,
)
from transform.targets.comparators import _TO_LEVEL_RE, BASE_PERIOD, CHANGE_BY_RE
from transform.targets.qualifiers import (
    _FUNDING,
    _FUNDING_HEAD_RE,
    _FUNDING_NOISE,
    _FUNDING_NOUNS,
    _POST_LEAD_RE,
    _PURPOSE,
    CURRENCY_NOTES,
    _funded,
)
from transform.targets.scan import _Cand
from transform.targets.spans import _CLAUSE_CH, _SEG_RX
from transform.targets.words import (
    alternation,
    any_word_re,
    by_last_char,
    chars,
    first_ending,
    firsts,
    lasts,
    lex,
    tail_re,
)


def _i(key: str) -> tuple[str, ...]:
    return lex("targets_indicators", key)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


# (a span of years opens the phrase too: "2024—2026年每年建设…", and a school year "2025—2026学年";
# so does a year with its 的: "2026年的经济增长目标")
_YEAR_FILLER = (
    r"(?:到|至|截至|截止|于|在)?\s?(?:19|20)\d{2}\s?[/／\-—–]\s?\d{2}\s?(?:财政|財政)?年度(?:内|內)?"
    r"|(?:到|至|截至|截止|于|在)?\s?(?:(?:19|20)\d{2}\s?年?\s?[-—–－~～至到]\s?)?(?:19|20)\d{2}"
    r"\s?(?:学?年(?:度)?(?:底|末|前|内(?!蒙古))?(?:以前|之前|前)?(?:(?:"
    # (the age of a thing: "2000年底前建成的城镇老旧小区", targets_years.toml vintage_verbs)
    + _alt(tuple(sorted(lex("targets_years", "vintage_verbs"), key=len, reverse=True)))
    + r")的|的)?)?"
)
_QUALIFIER_RE = re.compile(
    r"首批|新一批|第[一二三四五六七八九十\d]{1,3}批"
    r"|[\u4e00-\u9fff]{1,8}[省市区县旗镇乡](?:、[\u4e00-\u9fff]{1,8}[省市区县旗镇乡]){1,12}"
)
# a month deadline, the figures spaced or not ("12月底前", "6 月 30 日前"), or a Chinese month
# with its 前 ("十月底前"; 三月份 alone may be what is measured)
_MONTH_FILLER = (
    r"\d{1,2}(?:-\d{1,2})?\s?月(?:份)?(?:\s?\d{1,2}\s?日)?(?:底|末)?(?:前|之前|以前)?"
    r"|\d{1,2}\s?日(?:前|之前|以前)"
    r"|(?:十[一二]?|[一二三四五六七八九])月(?:份)?(?:[一二三]?十[一二三四五六七八九]?日|[一二三四五六七八九]日)?"
    r"(?:底|末)?(?:前|之前|以前)"
)
# a quarter's end as a deadline ("一季度末前", "二季度末", "第三季度前"), tried before the lead
# fillers (which strip a bare 一季度 and would leave 末前)
_QUARTER_FILLER = r"第?[一二三四]季度(?:(?:末|底)(?:前|之前|以前)?|前|之前|以前)"
# the time a measure starts from, ending in 起 ("今年下半年起", "自7月起", "从2026年起", "2027年起每年…")
_START_FILLER = (
    r"(?:自|从)?\s?(?:(?:19|20)\d{2}\s?年(?:\s?\d{1,2}\s?月(?:份)?)?|\d{1,2}\s?月(?:份)?(?:\s?\d{1,2}\s?日)?"
    r"|(?:今年|明年)?(?:上半年|下半年)|今年|明年)\s?起(?![草步])"
)
# the 在/于 that opens a deadline without a year ("在6月底前", "于年底前", "在10月前"): the deadline
# after it is a filler of its own (a place after 在 stays: 在10个乡镇)
_AT_DEADLINE = (
    r"[在于]\s?(?=\d{1,2}\s?月|(?:十[一二]?|[一二三四五六七八九])月|" + _alt(_i("deadline_after_at")) + ")"
)
# a five-year period or the plan's span that dates the phrase ("“十四五”期间新建…", "规划期内…")
_PERIOD_FILLER = r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间|期末|末)内?|规划期(?:内|间)"
# Leading words of the indicator phrase that are not part of what is measured.
_LEAD_FILLER_RE = re.compile(
    rf"^(?:\s|{_START_FILLER}|{_QUARTER_FILLER}|{_alt(_i('lead_fillers'))}|{_YEAR_FILLER}|{_PERIOD_FILLER}|{alternation(_i('lead_fillers_late'), _i('not_lead_fillers'))}"
    rf"|{_AT_DEADLINE}|{_MONTH_FILLER})+"
)
# what a match starts with, besides \s and \d
_LEAD_FILLER_FIRST = firsts(_i("lead_fillers") + _i("lead_fillers_late")) | frozenset(
    '到至截于在一二三四五六七八九十“"规自从'
)
# a plan named as the subject of what it says ("《方案》提出", "《三年行动》将"), not a title that
# is part of what is measured ("《民法典》宣传覆盖率")
_PLAN_SUBJECT_RE = re.compile(r"^《[^》\n]{1,30}》(?:的实施)?(?:还|也)?(?:将|要求|要|提出|明确|指出|会)")
_LEAD_VERB_RE = re.compile("^(?:" + alternation(_i("lead_verbs"), _i("not_lead_verbs")) + ")")
_LEAD_VERB_FIRST = firsts(_i("lead_verbs"))
_TAIL_VERSUS = (
    r"(?:比|较|与|較|與)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年|目前|当前|现在|現在|基准年|基期"
    r"|(?:[“\"]?十[一二三四五六]五|[“\"]十五)[”\"]?(?:规划)?(?:期末|末|时期末)(?:增|减)?)(?:相比)?"
)  # (比“十三五”末增0.8亿元: the baseline, and the increase over it; 较目前再增加3岁: the present)
# 在2020年(的)基础上: the footing of the change, no part of what is measured
_TAIL_FOOTING = r"在\s?(?:19|20)\d{2}\s?年(?:底|末)?\s?的?\s?基础上"
# 研发经费投入年增长10%: the 年 of a yearly rate (not the 年 of a year, 2025年增长)
_TAIL_RATE_YEAR = r"(?<![\d〇零一二三四五六七八九十])(?:年|每年)(?:增长|递增|增長|遞增|成长|成長|增)"
# 达到上年的1.2倍: the year a multiple is of, no part of what is measured
_TAIL_BASE_OF = r"(?:上年|去年|上一年)的"
_TAIL_FILLER_RE = re.compile(
    rf"(?:{_TAIL_RATE_YEAR}|{_alt(_i('tail_fillers'))}|{_TAIL_VERSUS}|{_TAIL_FOOTING}|{_TAIL_BASE_OF}|\s)+$"
)
# every character a match can hold, besides \s and \d
_TAIL_FILLER_CHARS = chars(_i("tail_fillers")) | frozenset(
    '比较与較與年底末上去相“”"十一二三四五六规划期时增减目前当现現在基础准的'
)
_TAIL_FILLER_RUN_RE = re.compile("[" + re.escape("".join(sorted(_TAIL_FILLER_CHARS))) + r"\s\d]*")
# what a match ends with, besides \s
_TAIL_FILLER_LAST = lasts(_i("tail_fillers")) | frozenset("年底末比增减前在上的")
_VERB_END_WORDS = _i("verbs_before_noun")
_VERB_END_RE = tail_re(_VERB_END_WORDS)
_VERB_END_TABLE = by_last_char([(_VERB_END_WORDS, True)])
_VERB_END_SET = frozenset(_VERB_END_WORDS)
_AGAIN_RE = re.compile("^(?:" + alternation(AGAIN_WORDS) + ")")
_FUNCTION_WORDS = frozenset(_i("function_words"))
_FUNCTION_TUPLE = tuple(_FUNCTION_WORDS)
_YING = frozenset(_i("ying_words"))
_JUN = frozenset(_i("jun_words"))
_YUE = frozenset(_i("yue_words"))
_KEPT_LAST = {
    "应": _YING,
    "均": _JUN,
    "约": _YUE,
    "約": _YUE,
}  # the last character of a word a tail filler may start with
_NOUN_CUT_RE = re.compile(_alt(_i("noun_cut_verbs")))
_LOCATIVE_HEADS = _i("locative_heads")
# (an end word goes on no place name: 在冀中南地区 ends at 地区, not at 中)
_LOCATIVE_RE = re.compile(
    f"^(?:{_alt(_LOCATIVE_HEADS)})[^,:;。]{{0,40}}?(?:{_alt(_i('locative_ends'))})(?![东南西北部])"
)
_PLACE_ENDS = _alt(_i("place_ends"))
# 在/于 + a place (全县各镇, 城区, 开发区园区内), a count of places (在17个乡镇(街道办)…, as
# EXTRACTION.md reads 在17个乡镇硬化道路10万平方米) or a span (三年内), then the work
_AT_PLACE_RE = re.compile(
    rf"^(?:在|于)(?:[一二两三四五六七八九十\d]{{1,3}}\s?(?:年|个月)(?:之内|内|期间)"
    rf"|(?:\d{{1,4}}|[一二两三四五六七八九十]{{1,3}})\s?个?(?:{_PLACE_ENDS})(?:\([^()]{{1,8}}\))?"
    rf"|(?:全|各|本|我)?[\u4e00-\u9fff]{{1,4}}?(?:{_PLACE_ENDS})(?:(?:各|全)[\u4e00-\u9fff]{{0,3}}?(?:{_PLACE_ENDS}))?"
    r"(?:范围内|境内|内)?)(?![级内外域])"
)
_LONG_CUT_RE = re.compile(f"(?:{_alt(_i('long_cut'))})")
# a verb of commitment followed by 或 is one of a pair that names a class (达到或优于Ⅲ类), no cut
_QUALIFIER_OR = "或"
_TRAIL_CONNECT_RE = re.compile(r"(?:和|及|与|或|以及|\s)+$")
_SUBJ_TAIL_RE = re.compile(
    r"(?:(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年"
    r"|(?:[“\"]?十[一二三四五六]五|[“\"]十五)[”\"]?(?:规划)?(?:期末|末|时期末))(?:相比)?|同比|年均"
    r"|[三五]年累计|累计)$"  # (…能耗和二氧化碳排放五年累计分别下降14%和18%)
)
_SUBJ_SPLIT_RE = re.compile(r"、|和|及|与")
_SUBJ_SPLIT_NOT_RE = re.compile(_alt(_i("subject_split_not")))
_GAP_RE = re.compile(r"\s?(?:、|和|及|与|以及)?\s?")
_GAP_DUN_RE = re.compile(r"\s?、\s?")
_FROM_VALUE_RE = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}\s?年(?:底|末)?|目前|现在|原来|现行|当前|上年|去年|"
    + BASE_PERIOD
    + r"|(?:原来|原先|原)[^\d,，;；。:：\s]{1,4}(?=的)"
    # what the old value was a share or multiple of: 由当地最低生活保障标准的1.5倍提高到2倍
    r"|[^\d,，;；。:：\s由从到至的]{2,12}(?=的)"
    # a measure word naming the baseline: 从月销售额10万元提高到15万元
    r"|[^\d,，;；。:：\s由从的]{1,5}(?=\d))?的?\s?[\d一二两三四五六七八九十百]"
)
_FROM_SPLIT_RE = re.compile(r"由|从")
_CONNECTORS = {"和", "及", "与", "以及", "或", "、"}
# a list bullet before the phrase (▶ ● ■ ◆ ★ • → …): anything but a word, a digit or a bracket
_BULLETS_RE = re.compile(r"^(?:[^\w\u4e00-\u9fff“”‘’\"'(（《〈【\[]+|\d{1,2}[.、．](?=[\u4e00-\u9fff]))+")


# a space between two Chinese words before a verb or a filler that opens a clause: a comma lost
# in a summary or a table rendered as text ("建设3个口袋公园 改造1个农贸市场")
_SPACE_CLAUSE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s+(?="
    + _alt(
        tuple(
            dict.fromkeys(
                w for w in _i("space_clause_openers") + _i("lead_verbs") + _VERB_END_WORDS if len(w) >= 2
            )
        )
    )
    + ")"
)


def _after_space_clause(raw: str) -> str:
    """The words before a number after the last space that opens a clause in them."""
    if " " not in raw and "\u3000" not in raw:
        return raw
    ends = [m.end() for m in _SPACE_CLAUSE_RE.finditer(raw)]
    return raw[ends[-1] :] if ends else raw


def _before_space_clause(s: str) -> str:
    """The noun after a number up to the first space that opens a clause in it."""
    if " " not in s and "\u3000" not in s:
        return s
    m = _SPACE_CLAUSE_RE.search(s)
    return s[: m.start()] if m is not None and m.start() >= 2 else s


_LEAD_ASIDE_RE = re.compile(r"^[(（][^()（）\n]{1,20}[)）]\s?[、,，]\s?")
# (the 含/包括 opening a part goes with the bracket: 含A路增设护栏6.7公里 measures A路增设护栏)
_PART_OPEN_RE = re.compile(r"^[(（](?:(?=其中)|含(?![量有])|包括)")


def _word_start(ch: str) -> bool:
    return (ch.isalnum() and not ch.isdigit()) or ch in "“”‘’\"'(（《〈【["


_FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]")


def _shorten(indicator: str | None) -> str | None:
    """Cap run-on phrases (lost punctuation): keep what follows the last verb of commitment; a
    report's footnote mark ("“双协员”[21]") is no part of the phrase."""
    s = (indicator or "").strip(" ,、:|")
    if "[" in s:
        s = _FOOTNOTE_RE.sub("", s)
    if s.endswith(")") and "(" not in s:
        s = s[:-1]  # 11座宽路窄桥): the close of an aside the number stood in
    if len(s) > 30:
        cuts = [m.end() for m in _LONG_CUT_RE.finditer(s) if len(s) - m.end() >= 2 and _cuts_here(s, m)]
        if cuts:
            s = s[cuts[-1] :]
        if len(s) > 30:
            s = _after_cut_bracket(s[-30:])
    return s.strip(" ,、:|") or None


def _after_cut_bracket(s: str) -> str:
    """s (the last characters of a long phrase) from after the close of a bracket whose opening was
    cut off ("見附件1)達到或好於Ⅲ類水體比例" -> "達到或好於Ⅲ類水體比例"), when words remain after it."""
    close = min((i for i in (s.find(")"), s.find("）")) if i >= 0), default=-1)
    if close < 0 or close + 2 >= len(s):
        return s
    before = s[:close]
    return s if "(" in before or "（" in before else s[close + 1 :]


def _cuts_here(s: str, m: re.Match[str]) -> bool:
    """Whether a long_cut match m opens what follows it: not a verb of a class qualifier
    ("水质达到或优于Ⅲ类比例": 达到 + 或 names the class, the verb of commitment comes after it),
    nor a word inside a bracket ("水质优良（达到或优于Ⅲ类）比例", "（一、二类）")."""
    if s.startswith(_QUALIFIER_OR, m.end()):
        return False
    before = s[: m.start()]
    opened = before.count("(") + before.count("（")
    return opened == 0 or opened <= before.count(")") + before.count("）")


def _strip_lead_filler(s: str) -> str:
    """_LEAD_FILLER_RE.sub("", s), without the call when s cannot start with a filler."""
    first = s[:1]
    if first and (first in _LEAD_FILLER_FIRST or first.isspace() or first.isdecimal()):  # \s, \d
        return _LEAD_FILLER_RE.sub("", s)
    return s


def _strip_tail_filler(s: str) -> str:
    """The last 16 characters of s without _TAIL_FILLER_RE (`s[:-16] + sub("", s[-16:])`: a
    "$"-anchored sub tries every start, only the end can match)."""
    last = s[-1:]
    if not (last in _TAIL_FILLER_LAST or last.isspace()):  # \s; also a final newline ($)
        return s  # cannot end with a filler
    k = len(s) - 16 if len(s) > 16 else 0
    w = s[k:]
    # A match runs to the end of w, so it starts within the longest tail of w made of
    # characters a match can hold: searching from there finds the leftmost match, the one the
    # sub finds, without trying every start before it (each try runs ~90 alternatives).
    run = _TAIL_FILLER_RUN_RE.match(w[::-1])  # a pattern that can match nothing: always a match
    j = len(w) - (run.end() if run else 0)
    m = _TAIL_FILLER_RE.search(w, j)
    if m is None:
        return s
    # the sub goes on after the match (nothing is left when it ends at the end of w)
    return s[:k] + w[: m.start()] + _TAIL_FILLER_RE.sub("", w[m.end() :])


# A date between the subject and its verb: "森林覆盖率[在2025年]达到45%", "…[力争在2026年]突破40家".
_TRAIL_DATE_RE = re.compile(
    r"(?:力争|争取|确保)?\s?(?:在|于|到|至)?\s?(?:19|20)\d{2}\s?年(?:年?底|末|初|内)?(?:前|以前)?\s?$"
)


def _strip_trail_date(s: str) -> str:
    """s without a date that ends it, when a phrase of two characters or more stands before."""
    if s[-1:] not in "年底末初内前 ":
        return s
    m = _TRAIL_DATE_RE.search(s[-16:])
    if m is None:
        return s
    k = len(s) - len(s[-16:]) + m.start()
    return _strip_tail_filler(s[:k]) if k >= 2 and "\u4e00" <= s[k - 1] <= "\u9fff" else s


_TRAIL_NEW = ("新增", "净增")
_EACH = ("每个", "每家", "每所", "每座", "每条")


def _strip_trail_new(s: str) -> str:
    """s without a 新增/净增 after its subject ("高新技术企业新增50家"); 新增 alone or after a verb
    ("累计新增50家") heads the noun after the number and stays."""
    if len(s) < 4 or not s.endswith(_TRAIL_NEW):
        return s
    head = _strip_tail_filler(s[:-2])
    if len(head) < 2 or not "\u4e00" <= head[-1] <= "\u9fff" or _LEAD_VERB_RE.fullmatch(head):
        return s
    if head.startswith(_EACH):
        return s  # 每个乡镇(最多)新增1个大型超市: where each one is added, no subject measured
    return head


def _clean_pre(s: str) -> tuple[str, str]:
    """(indicator phrase, leading verb) from the text before a number."""
    s = s.lstrip()
    if s[:1] in "(（":
        # "(含幼儿园4所)、乡镇学校15所": the aside of the item before; "(其中主干道2条)": a part
        s = (
            _LEAD_ASIDE_RE.sub("", s, count=1)
            if _LEAD_ASIDE_RE.match(s)
            else _PART_OPEN_RE.sub("", s, count=1)
        )
    if s and not _word_start(s[0]):
        s = _BULLETS_RE.sub("", s)  # "▶新增公共停车位", "●改造老旧小区": a list bullet
    if s.startswith(_LOCATIVE_HEADS):  # the regex is anchored at the start: only then can it match
        s = _LOCATIVE_RE.sub("", s)
    if s.startswith("《"):
        s = _PLAN_SUBJECT_RE.sub("", s)  # "《三年行动》将推动建设…": the plan is the subject
    # The fixpoint of `s = strip_tail(strip_lead(s))`, with fewer passes: what the lead pass
    # leaves cannot start with a filler (its greedy repeat stopped there), nor can a prefix of
    # it, so one lead pass is enough; a tail pass that strips something only exposes a new
    # tail when the 16-character window moves onto new text (s longer than 16).
    s = _strip_lead_filler(s)
    if s[:1] == "在" and _LOCATIVE_RE.match(s):
        s = _strip_lead_filler(_LOCATIVE_RE.sub("", s))  # 其中在张家口坝上地区维持…: where, not what
    if (
        s[:1] in "在于"
        and (at := _AT_PLACE_RE.match(s)) is not None
        and len(s) - at.end() >= 2
        and "\u4e00" <= s[at.end()] <= "\u9fff"
    ):
        s = _strip_lead_filler(s[at.end() :])  # "在全县各镇新建…": where, not what
    if s[:1] == "在":
        s = _after_place(s)
    while True:
        stripped = _strip_tail_filler(s)
        if (
            len(stripped) < len(s)
            and (kept := _KEPT_LAST.get(s[len(stripped)])) is not None
            and s[len(stripped) - 1 : len(stripped) + 1] in kept
        ):
            stripped = s[: len(stripped) + 1]  # 供应200张, 人均增收: the 应/均 of a word, no filler
        if stripped == s or len(s) <= 16:
            s = stripped
            break
        s = stripped
    s = _strip_trail_new(_strip_trail_date(s))
    return _cut_lead_verb(s)


_FREQUENCY_WORDS = _i("frequency_after_subject")
_FREQUENCY_NOT_VERBS = tuple(_i("frequency_rest_not"))
_FREQUENCY_FIRSTS = frozenset(w[0] for w in _FREQUENCY_WORDS)
_FREQUENCY_REST = (2, 6)  # the verb after the frequency word: 召开, 专题研究, 组织督查


def _after_frequency(s: str) -> str:
    """ "镇禁毒委每季度召开" → 召开: who does it and how often are no part of the indicator; the verb
    after the frequency word goes on to the noun after the count (召开1次成员单位会议)."""
    if not any(ch in s for ch in _FREQUENCY_FIRSTS):
        return s
    for w in _FREQUENCY_WORDS:
        k = s.find(w, 1)
        rest = s[k + len(w) :] if k > 0 else ""
        if rest.startswith(_FREQUENCY_NOT_VERBS):
            return s  # 检查每年不多于2次, 近视率每年下降1个百分点: a level or a change, the subject measures
        if _FREQUENCY_REST[0] <= len(rest) <= _FREQUENCY_REST[1] and all(
            "\u4e00" <= ch <= "\u9fff" for ch in rest
        ):
            return rest
    return s


_PLACE_WORK_VERBS = _i("place_work_verbs")
_PLACE_NOT_HEADS = tuple(_i("place_not_heads"))
# the words of a place between 在 and the work verb: Chinese characters, 、 and a bracketed note
_PLACE_SPAN_RE = re.compile(r"[\u4e00-\u9fff、()]{2,16}")


def _after_place(s: str) -> str:
    """ "在人流密集公共场所配备自动体外除颤器" → 配备自动体外除颤器: a place opened by 在, then a
    work verb (the first one past the place, with at least two characters after it) and what is
    counted; the place is where the work is done, no part of the indicator."""
    if s.startswith(_PLACE_NOT_HEADS):
        return s  # 在校生, 在建项目: 在 begins a word
    best = -1
    for w in _PLACE_WORK_VERBS:
        k = s.find(w, 3)
        if k >= 3 and len(s) - k - len(w) >= 2 and (best < 0 or k < best):
            best = k
    if best < 0 or _PLACE_SPAN_RE.fullmatch(s, 1, best) is None:
        return s
    return s[best:]


def _cut_lead_verb(s: str) -> tuple[str, str]:
    """(the phrase without its leading verb, the verb) of a cleaned phrase."""
    m = _LEAD_VERB_RE.match(s) if s[:1] in _LEAD_VERB_FIRST else None
    if (
        m is None
        or _VERB_PAIR_RE.match(s)
        or s[m.end() : m.end() + 1] in _JOINED_VERB_LINKS
        or (s.startswith("和", m.end()) and _JOINED_SECOND_RE.match(s, m.end() + 1) is not None)
    ):
        # 新建改扩建幼儿园: a pair of work verbs names the work whole, no lead verb; so does a
        # verb joined to the next by 或/及 (新增或改扩建村卫生室, 新增及优化调整公交线路), or by 和
        # before another work verb (新建和改造提升城市燃气管网; 新建和平路 keeps its road)
        return s.strip(), ""
    verb = m.group(0)
    rest = s[m.end() :]
    # "实施好十项骨干工程", "建好3个卫生院": the 好 completing the verb right before the number
    # is no noun (好房子 is one)
    if rest.strip() == _DONE_WELL:
        return "", verb
    if rest[:1] == "(" and _VERB_ALTERNATIVE_RE.fullmatch(rest.strip()):
        return "", verb + rest.strip()  # 新建(改建)10家老年食堂: the verb's alternative
    return _strip_lead_filler(rest).strip(), verb


_DONE_WELL = "好"
_JOINED_VERB_LINKS = ("或", "及")
_JOINED_SECOND_RE = re.compile(
    "(?:" + alternation(_i("joined_seconds") + _i("lead_verbs"), _i("not_lead_verbs")) + ")"
)
_VERB_ALTERNATIVE_RE = re.compile(r"\([\u4e00-\u9fff、]{1,5}\)")
# a work verb and a second one that goes with it (新建改建, 新建改扩建, 建设改善)
_VERB_PAIR_RE = re.compile(f"(?:{_alt(_i('verb_pair_firsts'))})(?:{_alt(_i('verb_pair_seconds'))})")


_BENEFICIARY_VERBS = _i("beneficiary_verbs")
# 为/给/向 and a whole place before people counted (为全区1.8万名中小学生…开展视力筛查:
# `served_*` in targets_exclusions.toml)
_SERVED_TAILS = tuple(
    p + s
    for p in lex("targets_exclusions", "served_preps")
    for s in lex("targets_exclusions", "served_places")
)
_SERVED_UNITS = frozenset(lex("targets_exclusions", "served_units"))


_TASK_DONE_VERBS = frozenset(_i("task_done_verbs"))
_TASK_NOUNS = _i("task_nouns")


def _with_verb(verb: str, noun: str) -> str:
    """The verb and the noun after the number, but no 完成 before a task (完成15个城中村改造任务 ->
    城中村改造任务: the task names the work)."""
    return noun if verb in _TASK_DONE_VERBS and noun.endswith(_TASK_NOUNS) else verb + noun


def _serves(raw: str, c: _Cand) -> bool:
    """People counted right after 为/给/向 and a whole place (为全区1.8万名…): whom the work serves."""
    return raw.rstrip().endswith(_SERVED_TAILS) and c.unit.lstrip("万千百") in _SERVED_UNITS


def _after_beneficiary(pre: str, verb: str) -> str:
    """ "(对)50-74周岁户籍居民开展结直肠癌筛查" → 结直肠癌筛查: after 对/为 (the cut verb) the
    people served and the verb of the work frame what is counted (the first work verb, past the
    first two characters, with at least two characters after it)."""
    if verb not in _FUNCTION_WORDS or not pre or any(ch.isspace() for ch in pre):
        return pre  # the phrase runs over a space-separated clause: no one frame
    best = -1
    for w in _BENEFICIARY_VERBS:
        k = pre.find(w, 2)
        if k >= 2 and len(pre) - k - len(w) >= 2 and (best < 0 or k < best):
            best = k
    if best < 0:
        return pre
    return _clean_pre(pre[best:])[0] or pre


_MODIFIER_ENDS = frozenset(_i("modifier_ends"))
_MOD_END = "[" + "".join(sorted(_MODIFIER_ENDS)) + "]"
# after a modifier (引领性): more modifiers, each after a 、, then the last one and its noun (bounded
# runs of Chinese characters, no digit: a number after the 、 starts the next item)
_MODIFIER_RUN_RE = re.compile(
    f"(?:、[\u4e00-\u9fff]{{1,4}}{_MOD_END})*、[\u4e00-\u9fff]{{1,4}}{_MOD_END}[\u4e00-\u9fff]{{1,10}}"
)


def _post_noun(t: str, c: _Cand, limit: int, cut_at_verb: bool) -> tuple[str, int]:
    """The noun right after the number ("培育20家[大型农业产业化龙头企业]")."""
    s = t[c.end : limit]
    lead = _POST_LEAD_RE.match(s)
    off = lead.end() if lead else 0
    s = s[off:]
    if s[:1] in _THRESHOLD_FIRST and (gate := _NOUN_THRESHOLD_RE.match(s)) is not None:
        off += gate.end()  # 实施300个500万元以上工业技改项目: the threshold qualifies the noun
        s = s[gate.end() :]
    if s[:1] == "(" and (inc := _INCLUSIVE_NOTE_RE.match(s)) is not None:
        off += inc.end()  # 新增3所以上(含3所)区属公立幼儿园: the bound's note, then the noun
        s = s[inc.end() :]
    if s[:1] == "(":
        return "", c.end + off  # 改造12座(其中:…): an aside after the number, no noun
    if s[:1] in ".…":
        return "", c.end + off  # 增长20.7%……云南省…: an ellipsis ends the phrase (NFKC: ......)
    if "(" in s and ")" not in s[s.rfind("(") :]:
        s = _through_bracket(t, c.end + off, s)  # 60个县(市、区)水源置换工作: the 、 is inside
        k = s.rfind("(")
        if k >= 2 and ")" not in s[k:]:
            s = s[:k]  # 4处交叉口信号灯(九龙大道和粮棉河路、…): a list of places after the noun
    if "“" in s and "”" not in s[s.rfind("“") :]:
        s = _through_quote(t, c.end + off, s)  # 1个“小菜园、小果园”示范点: the 、 is inside the quote
    if cut_at_verb:
        m = _NOUN_CUT_RE.search(s)
        if m and m.start() > 0:
            s = s[: m.start()]
    q = s.find("“")
    if q >= 2:
        r = s.find("”", q)
        if not (r > q and "\u4e00" <= s[r + 1 : r + 2] <= "\u9fff") and not s[:q].endswith(("级", "的")):
            # 50个政务服务事项“县乡通办”: the noun ends before the quoted predicate (but
            # 10条城市“断头路”畅通工程 goes on after the quote, and 5处区级“家门口的好去处”
            # follows a modifier: then it is inside the noun)
            s = s[:q]
    if s[-1:] in _MODIFIER_ENDS and (m := _MODIFIER_RUN_RE.match(t, c.end + off + len(s))):
        s += m.group(0)  # 培育100个引领性、创新性产品: the 、 joins modifiers of one noun
    q = s.find("进行")
    if q >= 2:
        s = s[:q]  # 对28个小区进行改造: 进行 starts the predicate, never the noun
    s = _before_space_clause(s)
    s = s[:-8] + _TRAIL_CONNECT_RE.sub("", s[-8:])
    return s, c.end + off + len(s)


_QUOTE_TAIL_RE = re.compile(r"[^“”，,。；;：:\d\n]{1,16}”[\u4e00-\u9fff]{0,10}")


def _through_quote(t: str, start: int, s: str) -> str:
    """s (from start) opens a quote it does not close: on through the closing ” and the noun after it,
    when the quote closes within a few characters with no clause mark or number on the way
    ("建成1个“小菜园、小果园”示范点")."""
    m = _QUOTE_TAIL_RE.match(t, start + len(s))
    return s + m.group(0) if m is not None else s


# a threshold between a count and its noun (500个[5000万元以上]重大项目, 20家[产值亿元及以上]…
# is no part of it): an amount, its measure, 以上/以下 and maybe 的
_NOUN_THRESHOLD_RE = re.compile(
    r"(?:\d+(?:\.\d+)?\s?[千万亿]{0,2}|[百千]?万|千万|亿)(?:"
    + _alt(_i("threshold_units"))
    + r")(?:及以上|以上|及以下|以下)的?"
)
# a note that the bound is included ("3所以上(含3所)", "(含)"), between a count and its noun
_INCLUSIVE_NOTE_RE = re.compile(r"\(含[^()]{0,8}\)")
_THRESHOLD_FIRST = frozenset("0123456789百千万亿")


def _through_bracket(t: str, start: int, s: str) -> str:
    """The noun `s` (from `start`) cut by a 、 inside its bracket, run on to the next boundary
    after the bracket closes, unless a number stands there."""
    end = start + len(s)
    close = t.find(")", end, end + 16)
    if close < 0:
        return s
    m = _SEG_RX.search(t, close + 1, close + 41)
    stop = m.start() if m else close + 1
    rest = t[close + 1 : stop]
    return s if any(ch.isdigit() for ch in rest) else t[start:stop]


def _subjects_before(t: str, seg_start_clause: int, pos: int) -> list[str]:
    """Subjects of "A、B分别…": the text before 分别 split on 、/和/及."""
    head = t[seg_start_clause:pos]
    k = head.find("分别")
    if k < 0:
        return []
    head = head[:k]
    head = _SUBJ_TAIL_RE.sub("", head)
    head = _LEAD_FILLER_RE.sub("", head)
    parts = [p.strip() for p in _split_subjects(head) if p.strip()]
    # "工业、服务业产值": a measure word shared whole goes first (no 工业业产值 by position)
    parts = _shared_measure(parts if _shared_tail(parts) else _shared_noun(parts))
    return _compound_parts(parts[0]) if len(parts) == 1 else parts


def _same_shape(parts: list[str]) -> list[str]:
    """ "城镇居民、农村居民天然气气化率": items of one length ending in the same word (居民) share
    what the last one says after it."""
    size = len(parts[0])
    head = parts[-1][:size]
    rest = parts[-1][size:]
    same = all(len(p) == size >= 3 and p[-2:] == head[-2:] for p in parts[:-1])
    if not same or len(rest) < 2 or rest[-1] not in _MEASURE_ENDS:
        return _shared_middle(parts)
    return [p + rest for p in parts[:-1]] + [parts[-1]]


def _shared_middle(parts: list[str]) -> list[str]:
    """ "地表水国控、省控断面水质优良比例": the last item opens with a two-character word (省控) ending as
    each item before it does (国控) and unlike it; those items share what follows the word."""
    last = parts[-1]
    word, rest = last[:2], last[2:]
    if len(rest) < 3 or not rest.endswith(_MIDDLE_ENDS) or any(ch in "、和及与" for ch in rest):
        return parts
    if not all(2 <= len(p) <= 8 and p[-1] == word[1] and p[-2:] != word for p in parts[:-1]):
        return _shared_group(parts)
    return [p + rest for p in parts[:-1]] + [last]


_GROUP_NOUNS = tuple(_i("shared_group_nouns"))


def _shared_group(parts: list[str]) -> list[str]:
    """ "高血压、糖尿病患者规范管理率": the last item names who is measured (a `shared_group_nouns` word
    after its own name) and then the measure; items before it, short names with no measure or group
    word of their own, share both (高血压患者规范管理率)."""
    last = parts[-1]
    at, noun = next(((last.find(w), w) for w in _GROUP_NOUNS if last.find(w) > 0), (-1, ""))
    rest = last[at:]
    if at < 0 or len(rest) < len(noun) + 2 or rest[-1] not in _MEASURE_ENDS:
        return parts
    if not all(2 <= len(p) <= 8 and p[-1] not in _MEASURE_ENDS and noun not in p for p in parts[:-1]):
        return parts
    return [p + rest for p in parts[:-1]] + [last]


_MIDDLE_ENDS = tuple(_i("middle_measure_ends"))
_SHARED_TAILS = _i("shared_measure_tails")
_MEASURE_ENDS = frozenset(_i("measure_item_endings"))
_GROUP_BEFORE_TAIL_RE = re.compile(r"等[^\d、,，]{1,8}$")


def _shared_tail(parts: list[str]) -> str:
    """The measure word of `shared_measure_tails` closing the last of two items or more, else ""."""
    if len(parts) < 2:
        return ""
    last = parts[-1]
    return next((w for w in _SHARED_TAILS if last.endswith(w) and len(last) > len(w) + 1), "")


def _shared_measure(parts: list[str]) -> list[str]:
    """ "二氧化硫、氮氧化物(NOX)等主要污染物排放总量": the items before the last one share its
    measure word when none of them names a measure of its own; a group word after 等 ("等主要污染物")
    is left out."""
    tail = _shared_tail(parts)
    if not tail:
        return _same_shape(parts) if len(parts) >= 2 else parts
    last = parts[-1]
    if any(p[-1] in _MEASURE_ENDS or tail in p for p in parts[:-1]):
        return parts
    own = _GROUP_BEFORE_TAIL_RE.sub("", last[: -len(tail)])
    return [p + tail for p in parts[:-1]] + [own + tail]


_COMPOUND_SUBJECTS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in table("targets_indicators")["compound_subjects"].items()
}


def _compound_parts(subject: str) -> list[str]:
    """ "城乡居民人均可支配收入" before 分别: one subject per group its compound word names
    (城镇居民…, 农村居民…); the subject alone when it starts with none."""
    for word, groups in _COMPOUND_SUBJECTS.items():
        if subject.startswith(word) and len(subject) > len(word):
            return [g + subject[len(word) :] for g in groups]
    return [subject]


def _shared_noun(parts: list[str]) -> list[str]:
    """Short subjects share the last one's noun: "城、乡居民人均可支配收入" (but in
    "化学需氧量、氨氮、…挥发性有机物重点工程减排量" the subjects are names of their own)."""
    if len(parts) > 1 and all(len(p) <= 2 for p in parts[:-1]):
        last = parts[-1]
        parts = [p + last[len(p) :] if len(p) <= 2 and len(last) >= len(p) + 3 else p for p in parts]
    return parts


_SUBJECT_CLAUSE_CUT_RE = re.compile(_alt(_i("subject_clause_cuts")))


def subjects_of_clause_before(t: str, clause_start: int, sent_start: int) -> list[str]:
    """ "全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家": the
    subjects of a 分别 list that opens its clause, from the start of the clause before it in
    the sentence (up to the first word of `subject_clause_cuts`); [] when that clause names fewer
    than two or holds a number."""
    end = clause_start - 1
    if end <= sent_start:
        return []
    lo = max(_last_boundary_clause(t, end), sent_start)
    clause = t[lo:end]
    if any(ch.isdigit() for ch in _YEAR_RE_ANY.sub("", clause)):
        return []
    head = _strip_lead_filler(_SUBJECT_CLAUSE_CUT_RE.split(clause, maxsplit=1)[0].strip())
    with_ = head.find("与")
    if with_ > 0 and ("和" in head[:with_] or "、" in head[:with_]):
        head = head[:with_]  # "A和B与经济增长同步": 与 names what they keep pace with
    parts = _shared_noun([p.strip() for p in _split_subjects(head) if p.strip()])
    return parts if len(parts) >= 2 and all(2 <= len(p) <= 20 for p in parts) else []


_YEAR_RE_ANY = re.compile(r"(?:19|20)\d{2}\s?年")
_SENTENCE_SUBJECT_CUT_RE = re.compile(_alt(_i("subject_clause_cuts") + _i("sentence_subject_cuts")))
_SENTENCE_SUBJECT_VERB_RE = re.compile(_alt(_i("sentence_subject_verbs")))
_SUBJECT_MIN, _SUBJECT_MAX = 2, 20  # characters of a subject read from a clause


def sentence_subject(t: str, clause_start: int, sent_start: int) -> str:
    """ "工业固废综合利用率稳步提高，到2025年达到75%": the subject named by the clause before the
    value's in its sentence (its words up to the first of `subject_clause_cuts` or
    `sentence_subject_cuts`); "" when there is no such clause, it holds a number other than a
    year, the rest of it holds none of `sentence_subject_verbs`, or its head is no phrase of 2-20
    characters."""
    end = clause_start - 1
    if end <= sent_start:
        return ""
    lo = max(_last_boundary_clause(t, end), sent_start)
    clause = t[lo:end]
    if any(ch.isdigit() for ch in _YEAR_RE_ANY.sub("", clause)):
        return ""
    parts = _SENTENCE_SUBJECT_CUT_RE.split(clause, maxsplit=1)
    if len(parts) < 2:
        return ""  # no verb or adverb ends the subject: the clause may be anything
    if _SENTENCE_SUBJECT_VERB_RE.search(clause, len(parts[0])) is None:
        return ""  # "全市上下持续发力": the clause says nothing of a measure
    head = _strip_lead_filler(parts[0].strip())
    return head if _SUBJECT_MIN <= len(head) <= _SUBJECT_MAX else ""


_OBJECT_VERB_RE = re.compile(alternation(_i("object_verbs")))
_OBJECT_CLAUSE_MAX = 30  # characters of the clause looked at for the thing it builds
_OBJECT_MAX = 12


def object_of_clause_before(t: str, clause_start: int, sent_start: int) -> str:
    """ "布局建设加氢站，2023年新建15座、2024年新建20座": the thing the clause before the value's in
    its sentence builds (the words after its last verb of `object_verbs`), which the figures
    after it count; "" when that clause holds a number other than a year, is long, or ends on
    its verb."""
    end = clause_start - 1
    if end <= sent_start:
        return ""
    lo = max(_last_boundary_clause(t, end), sent_start)
    clause = t[lo:end]
    if len(clause) > _OBJECT_CLAUSE_MAX or any(ch.isdigit() for ch in _YEAR_RE_ANY.sub("", clause)):
        return ""
    verbs = list(_OBJECT_VERB_RE.finditer(clause))  # (a clause of at most 30 characters)
    obj = clause[verbs[-1].end() :].strip() if verbs else ""
    return obj if _SUBJECT_MIN <= len(obj) <= _OBJECT_MAX and not _OBJECT_VERB_RE.search(obj) else ""


_PAIR_RE = re.compile(
    r"\s?[、，,]\s?(?:" + alternation(_i("pair_openers")) + r")[^\d，,。；;、\n]{0,6}?\d+(?:\.\d+)?\s?"
)
_PAIR_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{2,16}(?=[。；;，,）)\n]|$)")


def noun_of_pair(t: str, end: int, unit: str) -> str:
    """ "确保完成800户、力争完成1000户农村危房改造": a figure whose phrase is a verb alone, then 、 and a
    word of commitment (力争, 确保) before a figure in the same unit with a noun after it: that noun
    counts both figures ("" if not so)."""
    m = _PAIR_RE.match(t, end)
    if m is None or not unit or not t.startswith(unit, m.end()):
        return ""
    noun = _PAIR_NOUN_RE.match(t, m.end() + len(unit))
    return noun.group(0) if noun is not None else ""


def _split_subjects(head: str) -> list[str]:
    """`head` split on 、/和/及/与, not inside a word that holds one (普及率, 参与率)."""
    masked = (
        _SUBJ_SPLIT_NOT_RE.sub(lambda m: "\x00" * len(m.group()), head)
        if _SUBJ_SPLIT_NOT_RE.search(head)
        else head
    )
    parts, last = [], 0
    for m in _SUBJ_SPLIT_RE.finditer(masked):
        parts.append(head[last : m.start()])
        last = m.end()
    parts.append(head[last:])
    return parts


def _is_continuation(t: str, a: _Cand, b: _Cand) -> bool:
    """b continues a list started by a: only 、/和/及 between them, in the same clause."""
    gap = t[a.end : b.start]
    if a.noun_end > 0:
        return False
    return (
        _GAP_RE.fullmatch(gap) is not None
        and a.clause_start == b.clause_start
        or _GAP_DUN_RE.fullmatch(gap) is not None
    )


def _qualified(pre: str, raw: str, c: _Cand) -> bool:
    """Does the phrase before the number only qualify the noun after it? A qualifier word, or a
    clause ending in 的 before a count ("对车流量较大的85个高速公路服务区充电站进行扩容")."""
    return _qualifies(pre) or (c.kind == "count" and raw.rstrip().endswith("的") and len(pre) >= 2)


def _opens_item(t: str, c: _Cand, raw: str, limit: int) -> bool:
    """The number opens an item of a 、-list, the words before it naming other items: a share
    before 的 ("…标准、50%以上的乡镇达到…") or a count with a noun after it ("完成A工程、B工程、
    5座小型水库除险加固")."""
    if not raw.rstrip().endswith("、"):
        return False
    if c.kind == "percent":
        return t.startswith("的", c.end)
    return c.kind == "count" and bool(_post_noun(t, c, max(limit, c.end), True)[0])


_CONJUNCTION_ENDS = frozenset("和及与")


def _names_others(pre: str, c: _Cand) -> bool:
    """The words before the number name other things than what it counts: examples ("引进A、B等8家
    研发机构", "新增黄石、十堰、荆门、孝感4个…城市") or a first conjunct ("狠抓招商引资和23个省重大
    项目"): the noun after the number names it."""
    if pre[-1:] == "等":
        return True
    return c.kind == "count" and (_names_listed(pre) or (pre[-1:] in _CONJUNCTION_ENDS and len(pre) > 1))


# A deadline between a subject and its verb ("黑臭水体[于2025年底前]消除比例"): a preposition of
# time after a word, a year, and the words of the verb after it (not 截至, 直到: no 至 here;
# not a baseline: 在2020年(的)基础上, 在2020年同期).
_INNER_DATE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!直)(?:力争|争取|确保|力爭|爭取|確保)?\s?(?:在|于|於|到)\s?(?:19|20)\d{2}\s?年"
    r"(?:年?底|末|初|内|內)?(?:前|以前)?\s?(?=[\u4e00-\u9fff]{2})(?![的基同底末初内內前])"
)


def _raw_before(t: str, boundary: int, c: _Cand) -> str:
    """The words before the number, without a 由… baseline, a deadline standing between the
    subject and its verb, and how a rate is counted (以县为单位)."""
    raw = t[boundary : c.start]
    bm = _FROM_VALUE_RE.search(raw) if ("由" in raw or "从" in raw) else None
    if bm and (
        _TO_LEVEL_RE.search(raw, bm.end())
        or CHANGE_BY_RE.search(t, boundary + bm.end(), c.start + 1) is not None
    ):
        # 由2020年的85%提高到 / 由2020年的85%提高5个百分点: the subject is before 由
        raw = raw[: bm.start()]
    if "年" in raw:
        raw = _INNER_DATE_RE.sub("", raw)
    return _COUNTED_BY_RE.sub("", raw) if "单位" in raw or "單位" in raw else raw


# How a rate is counted, between the rate and its level ("接种率[以乡(镇、街道)为单位]保持在…").
_COUNTED_BY_RE = re.compile(r"(?<=[\u4e00-\u9fff])以[^以为為,，。;；\s]{1,12}[为為][单單]位")


def _indicator(
    t: str,
    c: _Cand,
    kept: list[_Cand],
    i: int,
    boundary: int,
    seg_end: int,
    continuation: bool,
    prev_rec: dict | None,
) -> str:
    """Shortest phrase naming what the number measures."""
    raw = _after_frequency(_after_space_clause(_raw_before(t, boundary, c)))
    pre, verb = _clean_pre(raw)
    if borrowed := _borrowed(t, c, raw, pre, verb):
        return borrowed
    if limited := time_limit_work(t, c.end, pre, c.unit):
        return limited  # 奖补资金在验收后10个工作日内兑付 -> 奖补资金兑付
    served = _serves(raw, c)  # 为全镇4000名群众开展筛查: whom the work serves; the noun after counts
    pre = "" if served else _without_scope_tail(_unframed(_after_beneficiary(pre, verb)))
    if named := _subject_named(t, c, kept, i, boundary, prev_rec, pre, raw):
        return named
    limit = min(seg_end, kept[i + 1].start) if i + 1 < len(kept) else seg_end
    if pre and _opens_item(t, c, raw, limit):
        pre = ""  # the words before name other items: the noun after the number is counted
    if _funded(t, c):
        budget = _money_named(raw) or _budget_indicator(t, c, raw, max(limit, c.end))
        if budget:
            return budget
    ends_with_verb = first_ending(pre, _VERB_END_TABLE, False)  # _VERB_END_RE.search(pre)
    # "引进A、B等8家研发机构", "新增黄石、十堰、荆门、孝感4个…城市": the noun after the number
    list_of_examples = _names_others(pre, c)
    # "新增市级5家龙头企业": a level alone before the number qualifies the noun after it
    level_only = pre.endswith("级") and len(pre) <= 4
    qualifier = _qualified(pre, raw, c) or _can_add(pre)
    if pre and not ends_with_verb and not list_of_examples and not level_only and not qualifier:
        return pre
    later_in_seg = i + 1 < len(kept) and kept[i + 1].start < seg_end
    cut = later_in_seg or (c.kind == "percent" and "的" in t[c.end : c.end + 4])
    noun, noun_end = _with_work_done(t, raw, pre, limit, *_post_noun(t, c, max(limit, c.end), cut))
    if noun:
        c.noun_end = noun_end
        if service := (_after_beneficiary(noun, "为") if served else done_service(pre, noun)):
            return service  # 企业开办实现0.5个工作日办结; …4000名群众开展早期消化道肿瘤筛查 -> the work
        if level_only or qualifier:
            return (pre if level_only else "") + noun
        if pre and ends_with_verb:
            if _VERB_PAIR_RE.fullmatch(pre):
                return pre + noun  # 新建改建10个市民益智健身苑点
            m = _VERB_END_RE.search(pre)
            if m is not None:
                return _with_verb(m.group(0), noun)
        if verb and verb not in _FUNCTION_WORDS and (len(verb) <= 4 or verb.endswith(")")):
            return _with_verb(verb, noun)
        return noun
    if pre.endswith("完成"):
        # "集中供热计划完成575户、…": no noun after the number; the subject is before the verb
        head = _strip_tail_filler(pre[:-2]).removesuffix("计划").strip()
        if len(head) >= 2:
            return head
    return _last_resort(t, c, kept, i, boundary, pre, verb, prev_rec if continuation else None)


_MEASURE_FIRST = _i("measure_first_nouns")
_MEASURE_OF_MAX = 20
_MEASURE_OF_STOP = frozenset(_CLAUSE_CH + "、的()")


def _measure_of_after(t: str, c: _Cand, pre: str) -> str:
    """A measure noun (规模, 总面积) alone before the number, perhaps after a short verb, and 的 and
    a noun right after it: the measure of that noun (设立总规模100亿元的产业招商基金群 ->
    产业招商基金群总规模; 建成面积200平方米的驿站 -> 驿站面积)."""
    if not pre.endswith(_MEASURE_FIRST) or not t.startswith("的", c.end):
        return ""
    measure = next(w for w in _MEASURE_FIRST if pre.endswith(w))
    if len(pre) - len(measure) > 2:
        return ""  # 项目建设规模: the words before name what is measured
    end = c.end + 1
    while end < len(t) and end - c.end <= _MEASURE_OF_MAX and t[end] not in _MEASURE_OF_STOP:
        end += 1
    noun = t[c.end + 1 : end].strip()
    if len(noun) < 2 or end - c.end > _MEASURE_OF_MAX or (end < len(t) and t[end] in "的("):
        return ""
    return noun + measure


def _last_resort(
    t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int, pre: str, verb: str, prev_rec: dict | None
) -> str:
    """The indicator of a number with no noun after it: the work of a footing clause, the phrase
    before it, the indicator of the figure it continues (`prev_rec`), its verb, the clause's
    subject or that of a report of last year before it."""
    if work := footing_work(t, c.start, pre or verb, _is_lead_verb, _clean_phrase):
        return work  # 在…完成高标准农田建设2万亩的基础上，今年再新建1.5万亩
    if _is_lead_verb(_AGAIN_RE.sub("", pre or verb)) and (
        past := past_clause_subject(t, boundary, _clean_phrase)
    ):
        return past  # 去年全市建成5G基站2800个，今年再新建1200个
    if pre:
        return pre
    if average := average_clause_subject(t, boundary, _clean_phrase):
        return average  # 人均体育场地面积不低于全省平均水平，达到2.9平方米
    if prev_rec is not None:
        return prev_rec["indicator"] or ""
    if verb and verb not in _FUNCTION_WORDS:
        return verb
    return (
        _clause_subject(t, c, kept, i)
        or past_clause_subject(t, boundary, _clean_phrase)
        # 长者日间护理中心服务名额，达到1200个: the clause before names what
        or _verb_clause_subject(t, c, kept, i)
    )


def _verb_clause_subject(t: str, c: _Cand, kept: list[_Cand], i: int) -> str:
    """The number's clause is its verb alone ("，达到1200个", "，增加至3500个") and the clause
    before, a comma apart, is a noun phrase that opens with no work verb and ends with no verb of
    change ("安老院舍宿位，增加至3500个"; not "…转化率进一步提升，达到70%", which the sentence's
    subject rule reads): that phrase names what is measured."""
    lo = _last_boundary_clause(t, c.start)
    if t[lo : c.start].strip() not in _LEVEL_VERBS:
        return ""
    subject = _comma_subject(t, lo, kept[i - 1].end if i > 0 else 0)
    before = t[max(0, lo - 1 - _CHANGE_TAIL_MAX) : lo - 1]
    if not subject or _LEAD_VERB_RE.match(subject) or before.endswith(_CHANGE_TAILS):
        return ""  # (农产品加工转化率进一步提升，达到70%: the sentence's subject rule reads it)
    return subject


_LEVEL_VERBS = frozenset(_i("level_verbs_alone"))
_CHANGE_TAILS = _i("sentence_subject_verbs")
_CHANGE_TAIL_MAX = max(map(len, _CHANGE_TAILS))


def _borrowed(t: str, c: _Cand, raw: str, pre: str, verb: str) -> str:
    """An indicator the phrase before the number borrows: a title sentence before a bare goal
    value (目标值为增长6%), the people a driven gain lifts (带动农户增收), the noun after 的 whose
    measure is named before (设立规模50亿元的产业基金 -> 产业基金规模), the object a fund's money is
    allotted to (`fund_allotted`); "" if none."""
    if not pre and (title := goal_value_title(t, c.start)):
        return title
    if measured_after := _measure_of_after(t, c, pre):
        return measured_after
    if c.kind == "money" and (allotted := fund_allotted(pre)):
        return allotted  # 省级体育产业发展资金每年安排户外运动项目不低于2000万元 -> 户外运动项目资金
    return driven_gain(verb + pre, raw) if pre else ""


def _is_lead_verb(s: str) -> bool:
    """A verb of work alone (新建, 改造): the phrase names no thing."""
    if s[:1] in _LEAD_VERB_FIRST and _LEAD_VERB_RE.fullmatch(s) is not None:
        return True
    return s in _VERB_END_SET


def _clean_phrase(s: str) -> str:
    return _clean_pre(s)[0]


def _with_work_done(t: str, raw: str, pre: str, limit: int, noun: str, noun_end: int) -> tuple[str, int]:
    """ "为5000户困难重度残疾人家庭进行无障碍改造": after a preposition, the people or things
    counted, then the work done for them after 进行 (困难重度残疾人家庭无障碍改造); else the noun
    after the number as it is."""
    if noun and not pre and raw.rstrip().endswith(_FUNCTION_TUPLE):
        work = _WORK_AFTER_RE.match(t, noun_end, limit)
        if work is not None:
            return noun + work.group(1), work.end()
    return noun, noun_end


# the work after what a preposition-led count counts: 进行, then the work up to the clause's end
_WORK_AFTER_RE = re.compile(r"(?:进行|進行)([^,，。;；、:：\s()（）]{2,16})(?=[,，。;；、:：\s(（]|$)")

_RATE_WORDS = _i("rate_words")


def bare_verb(indicator: str | None) -> bool:
    """The indicator is a lead verb alone (新增, 完成, 再建成), maybe after an adverb of degree
    (基本建成, 全面完成): it names the work, not what is counted."""
    if not indicator:
        return False
    verb = indicator.removeprefix("再")
    if verb in _DEGREE_ADVERBS:
        return True  # 全面完成200户: the verb cut, its adverb left
    if verb.startswith(_DEGREE_ADVERBS):
        verb = verb[2:] if verb[:2] in _DEGREE_ADVERBS else verb
    return _LEAD_VERB_RE.fullmatch(verb) is not None


_DEGREE_ADVERBS = tuple(_i("bare_verb_adverbs"))  # (two characters each)


_LEAD_VERB_TAIL_RE = tail_re(tuple(w for w in _i("lead_verbs") if len(w) >= 2))


def borrowed(prev_indicator: str, verb: str) -> str:
    """The indicator of a bare `verb` taken from the figure before it in the sentence: what it
    measures, with the verb of this figure where that one ends with its own verb (改造项目开工
    400套，建成400套 -> 改造项目建成)."""
    m = _LEAD_VERB_TAIL_RE.search(prev_indicator)
    if m is not None and m.start() >= 2:
        # (an adverb alone, its verb cut: 开工300户，全面完成200户 -> the work without its verb)
        return prev_indicator[: m.start()] + ("" if verb in _DEGREE_ADVERBS else verb.removeprefix("再"))
    return prev_indicator


_WHOLE_VERBS = tuple(
    sorted(set(_i("lead_verbs") + _i("whole_verbs") + _i("part_verbs")), key=len, reverse=True)
)


def part_of_whole(whole: str, verb: str) -> str:
    """ "筹集保障性租赁住房6万套，其中新建3.5万套": a verb alone after 其中 counts its part of the
    whole the figure before 其中 counts, in the whole's word order: a whole that opens with its verb
    gives the part's verb and the whole's object (新建保障性租赁住房, "新建、改建城市公厕120座，其中新建
    40座" → 新建城市公厕), a whole named by its noun alone the noun, then the verb ("建设高标准农田15万亩，
    其中…改造提升7万亩" → 高标准农田改造提升); "" where the whole names nothing."""
    verb = verb.removeprefix("再")
    own = next((w for w in _WHOLE_VERBS if whole.startswith(w) and len(whole) - len(w) >= 2), "")
    thing = whole[len(own) :]
    if len(thing) < 2 or verb in thing:
        return ""
    return verb + thing if own else thing + verb


def level_subject(prev_rec: dict, c: _Cand) -> str:
    """The indicator a value takes over from the one before it in the clause; a level after a
    rate ("旅游总收入年均增速17%以上,达到1200亿元") measures the subject without the rate words."""
    ind = prev_rec["indicator"] or ""
    if c.kind != "percent" and prev_rec.get("unit") == "%":
        for w in _RATE_WORDS:
            if ind.endswith(w) and len(ind) - len(w) >= 2:
                return ind[: -len(w)]
    return ind


_JOINT_RE = re.compile(
    r"^(?P<a>[^和及与、,，;；]{2,30}?(?:" + "|".join(map(re.escape, _i("joint_ends"))) + r"))"
    r"(?:和|及|与|以及|、)"
    r"(?P<b>[^和及与、,，;；]{2,30}?(?:" + "|".join(map(re.escape, _i("joint_ends"))) + r"))$"
)
_JOINT_MARKS = tuple(_i("joint_marks"))
_JOINT_MARKS_RE = any_word_re(_JOINT_MARKS)
_JOINT_WORD_RE = any_word_re(tuple("和及与、"))  # what joins two measures


def joint_parts(indicator: str, t: str, end: int, start: int) -> list[tuple[str, str]]:
    """ "孕产妇系统管理率和3岁以下儿童系统管理率均达到92%以上": two measures joined by 和 (及, 与, 、),
    each ending on a word of a rate, then 均 (都) before the value: [(first, second)], one target
    each; [] otherwise ("高血压、糖尿病患者基层规范管理服务率" is one rate of two groups)."""
    if _JOINT_WORD_RE.search(indicator) is None:
        return []
    lo = start - 8 if start > 8 else 0
    if _JOINT_MARKS_RE.search(t, lo, start) is None:
        return []
    m = _JOINT_RE.match(indicator)
    return [(m.group("a"), m.group("b"))] if m is not None else []


def rate_of(prev_indicator: str, indicator: str) -> str:
    """ "规模以上工业总产值达到800亿元，年均增速8%以上": a rate word alone (年均增速) measures the growth of
    what the figure before it in the sentence measures (规模以上工业总产值年均增速); `indicator` as it is
    where it is no rate word alone or the figure before names a rate itself."""
    if indicator not in _RATE_WORDS or len(prev_indicator) < 2 or prev_indicator.endswith(_RATE_WORDS):
        return indicator
    return prev_indicator + indicator


def share_of(subject: str, share: str) -> str:
    """The share `share` (占…比重) of what `subject` measures, without its rate words (工业投资年均增速 ->
    工业投资占…); `share` alone when the subject is none or a share itself."""
    for w in _RATE_WORDS:
        if subject.endswith(w) and len(subject) - len(w) >= 2:
            subject = subject[: -len(w)]
            break
    if len(subject) < 2 or "占" in subject or _SHARE_SUBJECT_RE.fullmatch(subject) is None:
        return share  # (no figure or code: 5G用户, 年1.)
    return subject + share


_SHARE_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff()（）“”]+")


_TOTAL_WORDS = frozenset(_i("total_words"))


def _rate_subject(c: _Cand, kept: list[_Cand], i: int, prev_rec: dict | None) -> str:
    """ "地区生产总值年均增长6%,总量突破3000亿元": a measure word after a growth rate in the
    same sentence is the level of the rate's subject."""
    if prev_rec is None or i == 0 or kept[i - 1].start < c.sent_start or c.kind == "percent":
        return ""
    level = level_subject(prev_rec, c)
    if len(level) < 2 or level.endswith(_RATE_WORDS):
        return ""  # "力争增速实现15%,总量达到2万亿元": the rate names no subject
    if prev_rec.get("change") == "increase" or level != prev_rec["indicator"]:
        return level
    return ""


def _measured(t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int, prev_rec: dict | None) -> str:
    """What a measure word alone before the number (数量, 总量) measures: what the clause
    before names, or the subject of a rate before it; "" when neither is found."""
    return _named_before(t, c, kept, i, boundary) or _rate_subject(c, kept, i, prev_rec)


_GENERIC_MEASURES = frozenset(_i("generic_measures"))
_GROWTH_SUBJECTS = frozenset(_i("growth_subjects"))


def _subject_named(
    t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int, prev_rec: dict | None, pre: str, raw: str
) -> str:
    """The indicator where the words before the number name no measure alone: 经济 before 增长
    keeps the verb (经济增长5%左右); a generic measure word (数量, 规模) takes what the clause
    before names. "" otherwise."""
    if pre in _GROWTH_SUBJECTS and raw.find(pre + "增长") >= 0:
        return pre + "增长"
    if pre in _GENERIC_MEASURES:
        return _measured(t, c, kept, i, boundary, prev_rec) or _total_of(c, kept, i, prev_rec, pre)
    return ""


_TOTAL_MEASURES = frozenset(_i("total_measures"))


def _total_of(c: _Cand, kept: list[_Cand], i: int, prev_rec: dict | None, pre: str) -> str:
    """ "培育龙头企业3家以上，总数达到25家": a total right after a count in the same measure word and
    sentence is the total of what that count counts (龙头企业总数); "" otherwise."""
    if pre not in _TOTAL_MEASURES or prev_rec is None or i == 0 or kept[i - 1].start < c.sent_start:
        return ""
    if not c.unit or kept[i - 1].unit[-1:] != c.unit[-1:]:
        return ""
    ind = prev_rec["indicator"] or ""
    if len(ind) < 2 or ind.endswith(pre) or bare_verb(ind) or ind in _VERB_END_SET:
        return ""  # (今年完成改造120户，总数达到500户: a verb alone names no thing counted)
    return ind + pre


def _named_before(t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int) -> str:
    """ "实施城市更新项目,数量为500个": a measure word alone names nothing; the clause before the
    comma names what is counted (not when a number of its own stands in it)."""
    if boundary != c.clause_start or boundary < 3 or t[boundary - 1] != ",":
        return ""
    lo = _last_boundary_clause(t, boundary - 1)
    if i > 0 and kept[i - 1].end > lo:
        return ""
    named = _shorten(_clean_pre(t[lo : boundary - 1])[0]) or ""
    if len(named) < 2 or any(ch.isdigit() for ch in named):
        return ""
    return named


def _clause_subject(t: str, c: _Cand, kept: list[_Cand], i: int) -> str:
    """ "由2020年的85%提高到90%": the subject sits at the start of the clause; "" where a value
    before it in the clause holds it ("确保增长6%、力争增长7%": the reader takes that one's)."""
    lo = _last_boundary_clause(t, c.start)
    if i > 0 and kept[i - 1].start >= lo:
        return ""
    head = _FROM_SPLIT_RE.split(t[lo : c.start])[0]
    subject = _clean_pre(head)[0]
    if not subject and _BASELINE_OPEN_RE.match(head):
        return _comma_subject(t, lo, kept[i - 1].end if i > 0 else 0)
    return "" if subject in _TOTAL_WORDS else subject


# A clause that opens with its baseline ("，比2020年下降18%"): the subject is the clause before.
_BASELINE_OPEN_RE = re.compile(r"\s?(?:比|较|較|与|與)\s?(?:19|20)\d{2}\s?年")


def _comma_subject(t: str, lo: int, floor: int) -> str:
    """The clause before `lo` (a comma apart) as a subject: a noun phrase of 4-20 characters with
    no number, after the last value read (`floor`)."""
    end = lo - 1
    if end <= floor or t[end : end + 1] not in ",，":
        return ""
    start = max(_last_boundary_clause(t, end), floor)
    clause = _clean_pre(t[start:end])[0]
    if not 4 <= len(clause) <= 20 or any(ch.isdigit() for ch in clause):
        return ""
    return clause


_NAME_MAX = 6  # characters of a name in a list of names before a count


def _names_listed(pre: str) -> bool:
    """`pre` is a list of short names (城东、城西、城南): examples of what the count counts."""
    if "、" not in pre:
        return False
    parts = pre.split("、")
    return len(parts) >= 2 and all(0 < len(p) <= _NAME_MAX for p in parts)


def _unframed(pre: str) -> str:
    """The phrase before a number without what frames it: a lone connector, a goal frame
    (…的预期目标是), who commits (…将)."""
    if pre in _CONNECTORS or pre in _TOTAL_WORDS:
        return ""  # (共40人: a total, no name)
    if _REPORTED_FIRST.intersection(pre):
        pre = _after_reported(pre)
    if "目标" in pre:
        return _after_goal_frame(pre)
    if "将" in pre:
        return _after_will(pre)
    if "要" in pre:
        return _after_modal(pre)
    return pre


_GOAL_FRAME_RE = re.compile(r"目标(?:值)?(?:是|为)")
_REPORTED_VERBS = _i("reported_frame_verbs")
_REPORTED_FIRST = frozenset(w[0] for w in _REPORTED_VERBS)
_REPORTED_FRAME_RE = re.compile(
    f"(?:{_alt(_REPORTED_VERBS)})(?:{_alt(_i('reported_frame_times'))})的?"
    f"|(?:{_alt(_i('reported_frame_de_verbs'))})的"
)


def _after_reported(pre: str) -> str:
    """ "政府工作报告提出今年的经济" → 经济: who reported the goal, the reporting verb and the
    time word or 的 after it frame the indicator."""
    m = _REPORTED_FRAME_RE.search(pre)
    if m is None or len(pre) - m.end() < 2:
        return pre
    return _clean_pre(pre[m.end() :])[0] or pre


_SCOPE_TAILS = _i("scope_tails")
_ALONE_SCOPES = frozenset(_i("scope_alone"))


def _without_scope_tail(pre: str) -> str:
    """ "走访慰问全市" → 走访慰问: the whole place named between a work verb and the number is
    the scope of the work, no part of what is counted."""
    tail = next((w for w in _SCOPE_TAILS if pre.endswith(w)), "")
    if tail and tail == pre and tail in _ALONE_SCOPES:
        return ""  # 完成辖区3个老旧小区改造: the scope alone before the count, the noun after names it
    head = pre[: -len(tail)] if tail else ""
    return head if head and _VERB_END_RE.search(head) is not None else pre


def _after_goal_frame(pre: str) -> str:
    """ "某市提出今年的预期目标是进出口总值" → 进出口总值: who set the goal and the goal noun frame
    the indicator, they are no part of it."""
    ends = [m.end() for m in _GOAL_FRAME_RE.finditer(pre)]
    if not ends or len(pre) - ends[-1] < 2:
        return pre
    return _clean_pre(pre[ends[-1] :])[0]


def _after_will(pre: str) -> str:
    """ "丰都今年将完成外墙瓷砖脱落整治" → 外墙瓷砖脱落整治: who commits and when (…将) frame the
    indicator (but 将军, 将来 are words)."""
    k = pre.rfind("将")
    if k <= 0 or len(pre) - k <= 3 or pre[k + 1 : k + 2] in "军来":
        return pre
    return _clean_pre(pre[k + 1 :])[0] or pre


_MODAL_FRAMES = _i("modal_frames")
_NOT_MODAL = frozenset(_i("not_modal_words"))


def _after_modal(pre: str) -> str:
    """ "甲省要实现人均体育场地面积" → 人均体育场地面积: who commits and its modal frame the
    indicator (要 of 主要, 需要 is no modal: only 要 before a verb of commitment counts)."""
    k = max(pre.rfind(w) for w in _MODAL_FRAMES)
    if k <= 0 or len(pre) - k <= 4 or pre[k - 1 : k + 1] in _NOT_MODAL:
        return pre
    return _clean_pre(pre[k + 1 :])[0] or pre


def _qualifies(pre: str) -> bool:
    """ "首批100个示范社区", "甲区、乙区50%的城市社区": a batch or a list of places alone before the
    number qualifies the noun after it."""
    return ("批" in pre or "、" in pre) and _QUALIFIER_RE.fullmatch(pre) is not None


_OF = "的"


_MODAL_CAN = _i("modal_can")
_NOT_MODAL_CAN = _i("not_modal_can")


def _can_add(pre: str) -> bool:
    """The phrase ends with the modal 可 (教学楼可[增加]1000个学位): it names what can add the count."""
    return len(pre) >= 2 and pre.endswith(_MODAL_CAN) and not pre.endswith(_NOT_MODAL_CAN)


def _budget_indicator(t: str, c: _Cand, raw: str, limit: int) -> str:
    """What a budget pays for: "区级财政安排4000万元重大项目前期费" → 区级财政重大项目前期费,
    "投资3000万元建设养殖基地" → 养殖基地投资; "" when no purpose follows the amount."""
    purpose = t[c.end : limit].strip(" ,、:")
    purpose = next((purpose[len(w) :] for w in CURRENCY_NOTES if purpose.startswith(w)), purpose)
    for _ in range(2):  # 用于建设…
        if purpose.startswith(_PURPOSE):
            purpose = purpose[len(next(w for w in _PURPOSE if purpose.startswith(w))) :]
    purpose = _TRAIL_CONNECT_RE.sub("", purpose).strip(" ,、:")
    # "总投资约44.2亿元的石大路南延工程": the amount qualifies the project after 的, which it pays for
    qualified = purpose.startswith(_OF)
    if qualified:
        purpose = purpose[len(_OF) :].lstrip()
    if not purpose:
        return ""
    head = raw.rstrip(_FUNDING_NOISE + " ")
    verb = next((w for w in _FUNDING if head.endswith(w)), "")
    head = _strip_lead_filler(head[: len(head) - len(verb)].rstrip(_FUNDING_NOISE + " "))
    if qualified:
        head = ""  # 实施投资3000万元的…项目, …、总投资16.7亿元的…: the project named is all it pays for
    if "将" in head and head[head.rfind("将") + 1 : head.rfind("将") + 2] not in ("军", "来"):
        head = head[head.rfind("将") + 1 :]  # 该区将投资3亿元建设…: who invests is no part of it
    if verb.endswith(("投资", "投入")):
        return head + purpose + "投资"
    return head + purpose


_MONEY_NAMES = _FUNDING_NOUNS + _i("money_nouns_extra")
_MODAL_BEFORE_VERB = "拟擬将將"


def _money_named(raw: str) -> str:
    """The money a budget names, without its funding verb: 安排超长期特别国债 → 超长期特别国债,
    中央预算内投资拟安排 → 中央预算内投资; "" when the words name no money (区级财政安排)."""
    head = raw.rstrip(_FUNDING_NOISE + " ")
    verb = next((w for w in _FUNDING if head.endswith(w)), "")
    if verb:
        noun = head[: len(head) - len(verb)].rstrip(_MODAL_BEFORE_VERB + _FUNDING_NOISE + " ")
        noun = _strip_lead_filler(noun).strip()
        return noun if len(noun) >= 3 and noun.endswith(_MONEY_NAMES) else ""
    m = _FUNDING_HEAD_RE.search(head)
    if m is None or not head.endswith(_MONEY_NAMES):
        return ""
    verb = max((w for w in _FUNDING if head.startswith(w, m.start())), key=len)
    noun = head[m.start() + len(verb) :].strip()
    return noun if len(noun) >= 3 else ""


_ALLOT_NOUNS = ("资金", "经费", "資金", "經費")  # a fund's money, named by its last word
_ALLOT_RE = re.compile(
    "(?P<fund>"
    + "|".join(_ALLOT_NOUNS)
    + ")(?:每年|每年度|年均|年度)?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_exclusions", "funding_verbs"), key=len, reverse=True)))
    + r")(?P<obj>[\u4e00-\u9fff“”]{2,12})$"
)


def fund_allotted(pre: str) -> str:
    """A fund, then (every year) a funding verb and what it is allotted to, right before the amount:
    that object's money ("省级体育产业发展资金每年安排户外运动项目" -> 户外运动项目资金); else ""."""
    m = _ALLOT_RE.search(pre)
    if m is None or m.group("obj").endswith(_MONEY_NAMES):
        return ""
    return m.group("obj") + m.group("fund")


def _last_boundary_clause(t: str, pos: int) -> int:
    lo = max(0, pos - 400)
    k = max(t.rfind(ch, lo, pos) for ch in _CLAUSE_CH)
    return k + 1 if k >= 0 else lo
