"""Quantitative targets of a task: "到2025年，新能源新材料产业产值达到418亿元左右" → one row.

`extract_targets(text)` finds every number with a unit that the text commits to reach, keep,
build, complete or cut (spec/EXTRACTION.md) and returns one dict per target, in text order:

    indicator, value, unit, comparator, change, year, baseline_year, text,
    value_std, unit_std, ambiguous

How it works: one fast regex pass finds where numbers start, then each number is read and
judged from a few look-arounds (cost grows with the number of numbers, not with the text).

1. Numbers: Arabic or Chinese numerals, 百分之X, ranges (1-2个, 1或2部, 10%-15%), 余/多, a scale
   word (万/亿), a unit from `transform.unit_scale` (with a rate denominator: 万元/亩), and a
   suffix (以上/以下/以内/左右, also "（含）以上").
2. Numbers that are not targets are dropped by context rules: inside “…” or 《…》 or the
   （牵头单位：…） clause; glued to Latin letters (5G, PM2.5, S319); ordinals (第N), rankings
   (前100项), denominators (每10万人), proportions (按10%); bare numbers without unit or
   comparator (document numbers, dates, phone numbers, section numbers); Chinese numerals
   without a verb of commitment (一企一策, 统一部署, 二次供水, 一批); classes (十亿级, 4A级);
   voltage classes and capacities naming a thing (110千伏变电站, 5万吨磷酸铁项目, 15分钟服务圈);
   qualifiers (投资500万元以上项目25个 → only 25个; 90%以上的行政村集体收入超10万元 → only 90%);
   scope counts (全县13个供电所, 等9类); progress figures (已建成…); baselines (由30%提高到50%
   → only 50%); incentives (给予奖励20万元); in an annual plan, figures of an earlier year.
3. Comparator, change and baseline come from the words around the number; the year from the
   last 到YYYY年/YYYY年/"十四五"末 before it in the same text (clauses before it have none),
   `default_year`, or `annual_year`; recurring targets (每年…) have none.
4. The indicator is the phrase before the number in its clause (cleaned of 到2025年, 力争,
   达到 …) or, when the number comes first ("培育20家龙头企业"), the noun after it;
   "A、B分别下降27%、10%" pairs subjects with values; a clause without a subject ("同比增长15%")
   takes the previous target's.
5. Rows of indicator tables rendered as "指标 | 单位 | 2022年 | 2025年" lines give one target
   each, from the latest year column.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right

from transform.numerals import NUM_AR, NUM_CN, parse_cn_number, parse_number, to_halfwidth
from transform.tries import trie_regex as _trie_regex
from transform.unit_scale import BASE_UNITS, standardize, unit_kind

__all__ = ["extract_targets", "COMPARATORS"]

COMPARATORS = (">=", ">", "<=", "<", "~", "=")

# ---------------------------------------------------------------- the number regex
_UNITS = sorted(BASE_UNITS, key=len, reverse=True)


_UNIT_RE = _trie_regex(_UNITS)
# the denominator of a rate written after the unit: 万元/亩, 平方米/人, 元/吨
_PER_RE = _trie_regex(sorted({"亩", "人", "吨", "户", "年", "日", "天", "月", "平方米", "立方米", "公里", "千瓦时",
                              "万人", "千人", "百人", "小时", "次", "辆", "张", "床", "家", "个", "人次", "万元", "亿元"},
                             key=len, reverse=True))
_NUM = rf"(?:百分之(?:百|{NUM_CN}|{NUM_AR})|{NUM_AR}|{NUM_CN})"
_RANGE_SEP = r"(?:-|~|—|–|－|～|至|到|或)"


def _opt(rx: str) -> str:
    """An optional group, `(?:rx)?`, written `(?:rx|)`: it matches the same (rx first, else
    nothing), but sre runs `?` over a group through its generic repeat code, which costs more
    than the whole number regex otherwise does (QTY_RE runs at every number: ~30% faster)."""
    return f"(?:{rx}|)"


QTY_RE = re.compile(
    rf"(?P<num>{_NUM})"
    + _opt(rf"\s?(?P<rsep>{_RANGE_SEP})\s?(?P<num2>{NUM_AR}|{NUM_CN})")
    + _opt(r"(?P<approx1>余|多)")
    + r"\s?" + _opt(r"(?P<scale>万亿|千万|百万|十万|万|亿)")
    + _opt(r"(?P<approx2>余|多)")
    + _opt(rf"\s?(?P<unit>{_UNIT_RE}" + _opt(rf"/(?:{_PER_RE})") + ")")
)
# Where a number can start: a run of digits/numerals followed by what may follow a target or
# a year. The run is bounded ({1,24}+, possessive) so that a failed lookahead never makes the
# engine rescan a long run from every position (linear time on any input). It is written as
# one numeral then {0,23}+ more (the same match): a pattern that starts with a character class
# lets the engine skip to the next numeral in C instead of trying the pattern at every position.
_PRE_NEXT = re.escape("".join(sorted({u[0] for u in _UNITS} | set("万亿余多以左上内及之%-~—–－～至到或年 \t"))))
_NUMERAL_CH = "[0-9零〇一二两三四五六七八九十百千]"
_NUM_PRE_RE = re.compile(
    rf"{_NUMERAL_CH}{_NUMERAL_CH}{{0,23}}+(?:(?=[{_PRE_NEXT}])|(?<=[0-9])(?:(?=[.,][0-9])"
    rf"|(?=[。;:!?)\]】、]|$))|(?<=19[0-9][0-9]|20[0-9][0-9]))")
_SUFFIX_RE = re.compile(r"\s?(?:\(含\)|（含）)?(?P<suf>及以上|以上|及以下|以下|以内|之内|左右|上下|内)")
# A second bound written after the unit: 10%-15%, 3万-5万亩
_RANGE_TAIL_RE = re.compile(rf"\s?{_RANGE_SEP}\s?(?:{NUM_AR}|{NUM_CN})(?:万亿|千万|百万|十万|万|亿)?")

# ---------------------------------------------------------------- years
_YEAR_RE = re.compile(
    r"(?<![\d.])(?<!\d,)(?P<y1>(?:19[5-9]|20\d)\d)(?:\s?年)?\s?(?:-|—|–|－|~|～|至|到)\s?"
    r"(?P<y2>(?:19[5-9]|20\d)\d)\s?年"
    r"|(?<![\d.])(?<!\d,)(?P<y>(?:19[5-9]|20\d)\d)(?P<nian>\s?年)?(?![\d.,%])"
)
_BASE_PREFIX_RE = re.compile(r"(?:比|较|与|同|相比|对比|由|从|以)\s?$")
_BASE_PREFIX_LAST = frozenset("比较与同由从以")  # the last characters of its words
_BASELINE_RE = re.compile(r"(?:比|较|与|相比于?|对比)\s?(?P<y>(?:19|20)\d{2})\s?年")
_COMPARED_RE = re.compile(r"(?:与|和|同)\s?(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?(?:相比|比较)|相比于?\s?(?P<y2>(?:19|20)\d{2})")
_MONTH_AFTER_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月")
_BASE_PERIOD_RE = re.compile(r"以\s?(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?为基(?:数|准|期|年)")
_SAME_PERIOD_RE = re.compile(r"同比|(?:比|较)(?:上年|去年|上一年)")
_RECURRING_RE = re.compile(r"每年|每一年|逐年|年年|每季度|每个季度|每月|每周")

# ---------------------------------------------------------------- boundaries
_SENT_CH = "。;!?\n"
_CLAUSE_CH = _SENT_CH + ",:|"
_SEG_CH = _CLAUSE_CH + "、"

# ---------------------------------------------------------------- context vocabularies
# Many rules ask "does the text end with one of these words?". For a plain list of words that is
# `str.endswith(tuple)`, one C call instead of a regex search (see _ends_with); the regexes that
# mix words with \s, digits or optional parts keep the regex, and a set of the characters a match
# can start or end with lets the caller skip the regex when the text cannot match at all.


def _words(alternatives: str) -> tuple[str, ...]:
    return tuple(alternatives.split("|"))


def _tail_re(words: tuple[str, ...]) -> re.Pattern:
    """`(?:w1|w2|…)$`: the text ends with one of the words."""
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


def _ends_with(s: str, words: tuple[str, ...]) -> bool:
    """`_tail_re(words).search(s) is not None` as str calls: `$` also matches before a final
    newline (no word holds one)."""
    return s.endswith(words) or (s[-1:] == "\n" and s[:-1].endswith(words))


def _by_last_char(tests: list) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """[(words, result), …] as {character: the tests with their words that end with it}, in order."""
    table: dict[str, list] = {}
    for words, result in tests:
        groups: dict[str, list[str]] = {}
        for w in words:
            groups.setdefault(w[-1], []).append(w)
        for ch, ws in groups.items():
            table.setdefault(ch, []).append((tuple(ws), result))
    return table


def _first_ending(s: str, table: dict, default: object = None) -> object:
    """The result of the first test whose words s ends with (`for words, result in tests: if
    _ends_with(s, words): return result`), `table` being _by_last_char(tests): a test without a
    word ending in s's last character cannot pass, and most texts end in none of them."""
    if s[-1:] == "\n":
        s = s[:-1]  # `$` also matches before a final newline
    for words, result in table.get(s[-1:], ()):
        if s.endswith(words):
            return result
    return default


_SCOPE_WORDS = _words("全县|全市|全省|全国|全区|全州|全盟|全旗|全镇|全乡|辖区|现有|原有|其他|其余|其它|所有|共有|"
                      "涉及|下辖|辖|包括|等|这|该|此|上述|仅|剩余")
_SCOPE_TAIL = re.compile("(?:" + "|".join(_SCOPE_WORDS) + r")\s?$")
_SCOPE_LAST = frozenset(w[-1] for w in _SCOPE_WORDS)  # what a match ends with, besides \s
# (?<![而不])已 written 已(?<![而不]已): the same matches, but every alternative now starts with
# a character, so the engine skips to those characters in C instead of trying every position
_PROGRESS_RE = re.compile(r"已(?<![而不]已)|目前|当前|截至目前|截止目前|现有|共有|去年|上年末")
_REFERENCE_HEAD = re.compile(r"落实|贯彻|执行|按照|根据|依据|对照|参照|遵照")
_BASELINE_VALUE_TAIL = re.compile(r"(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?|目前|现在|原来|现行|当前|上年|去年)?的?\s?$")
# Policy incentives and the beneficiaries they target are not targets of the plan:
# "对新认定的高新技术企业给予一次性奖励20万元", "对年纳税额超过500万元的企业"
_INCENTIVE_RE = re.compile(r"奖励|奖补|补助|补贴|资助|贴息|给予|予以")
# the first characters of its words are 奖补资贴给予: a text without them has no incentive
_SEEK_FUNDS_RE = re.compile(r"争取|申请|申报|获得|到位|落实|发放|兑现|拨付")
_BENEFICIARY_HEAD_RE = re.compile(r"^\s?(?:对于|对|凡|符合|经认定)")
_TO_LEVEL_RE = re.compile(r"(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压减|压降|缩减|缩短|压缩|降|减|达)(?:到|至)")

# (words a text ends with, comparator), checked in this order
_PREFIX_CMP = [
    (_words("不超过|不高于|不大于|最多|控制在|控制到|压减到|压减至|压降到|压降至|压缩到|压缩至|≤|<=|⩽"), "<="),
    (_words("不少于|不低于|不小于|至少|超过|突破|最少|超|≥|>=|⩾"), ">="),
    (_words("大于|高于|多于|>"), ">"),
    (_words("低于|小于|少于|<"), "<"),
    (_words("约|大约|近|接近|大概|≈"), "~"),
]
_CMP_WORDS = {"至少": ">=", "不少于": ">=", "不低于": ">="}
_CMP_VERBS = _words("入选|完成|建成|新增|培育|打造|创建|实施|引进|招引|开展|举办|达到|建设|新建|认定")
_CMP_VERB_TAIL = re.compile(r"(至少|不少于|不低于)(?:" + "|".join(_CMP_VERBS) + ")$")
_SUFFIX_CMP = {"及以上": ">=", "以上": ">=", "及以下": "<=", "以下": "<=", "以内": "<=",
               "之内": "<=", "内": "<=", "左右": "~", "上下": "~"}
# Words directly before a bare number (no unit) that still make it a target.
_LEVEL_VERB_TAIL = re.compile(
    r"(?:达到|达|提高到|提升到|提高至|提升至|降至|降到|下降到|降低到|控制在|稳定在|保持在|"
    r"不低于|不少于|不超过|不高于|不大于|不小于|突破|超过|低于|高于|小于|大于|至少|[≥≤><=≈⩾⩽])\s?$")
_INC_WORDS = _words("增长|提高|提升|增加|上升|扩大|增")
_DEC_WORDS = _words("下降|降低|减少|压减|压降|削减|缩减|缩短|压缩|降|减")
# 新增 N is a count; 改造提升 N万亩 is an amount of work, not a relative change
_NEW_WORDS = _words("新增|净增|新建|增加值|改造提升|提档升级|整治提升|建设提升|改造升级|巩固提升")
# Stripped from the tail of the phrase before a number before looking at change verbs.
_CHANGE_NOISE_TAIL = re.compile(
    r"(?:分别|(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年|上一年|基期)(?:相比)?|同比|年均|平均|累计|"
    r"了|共|再|约|大约|分别|都|均|\s)+$")
_CHANGE_NOISE_LAST = frozenset("别年底末期比均计了共再约都")  # what a match ends with, besides \s
# Chinese numerals count only next to a verb of commitment or a comparator.
_TARGET_VERB_RE = re.compile(
    r"(?:达到|完成|新增|新建|建成|建设|建(?!立|议|言|筑)|培育|培植|打造|创建|争创|实施|引进|招引|改造|推动|开展|举办|组织|"
    r"入选|认定|累计|实现|突破|增加|提高|形成|培训|吸引|招聘|发展|扶持|支持|争取|选树|创作|申报|设立|"
    r"新培育|新申报|招商|落地|开工|投产|竣工|办好|配备|安装|改建|扩建|提升)")
# Leading words of the indicator phrase that are not part of what is measured.
_LEAD_FILLER_RE = re.compile(
    r"^(?:\s|[,:、]|分别|每年|每一年|每月|每周|每季度|每个季度|逐年|至少|不少于|不低于|力争|争取|确保|努力|积极|着力|大力|持续|加快|全力|进一步|计划|预计|其中|并且|并|同时|另外|"
    r"此外|全年|年内|年底前|年底|年末|当年|今年|我县|我市|我区|本县|本市|本区|全县|全市|全区|全镇|全乡|全省|"
    r"(?:到|至|截至|截止|于|在)?\s?(?:19|20)\d{2}\s?(?:年(?:底|末|前|内)?(?:前)?)?|到|至|要|将|"
    r"\d{1,2}(?:-\d{1,2})?月(?:份)?(?:底|末)?(?:前)?|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度)+")
# what a match starts with, besides \s and \d
_LEAD_FILLER_FIRST = frozenset(",:、分每逐至不力争确努积着大持加全进计预其并同另此年当今我本到截于在要将上下前一二三四第")
_LEAD_VERB_RE = re.compile(
    r"^(?:完成|实现|新增|新建|建成(?!区)|建设|培育|培植|打造|创建|争创|实施|开展|推动|推进|组织|引进|吸引|新招聘|招聘|"
    r"选树|创作|新申报|申报|认定|入选|建(?!成区|立|议|言|筑)|新培育|累计|力争|争取|确保|持续|稳步|加快|支持|扶持|赋能|帮助|提供|"
    r"为|对|向|给)")
_LEAD_VERB_FIRST = frozenset("完实新建培打创争开推组引吸招选申认入累力确持稳加支扶赋帮提为对向给")
_TAIL_FILLER_RE = re.compile(
    r"(?:要|将|应|需|分别|(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年)(?:相比)?|同比|年均|平均|"
    r"达到|达|为|至|到|稳定在|保持在|控制在|提高到|提升到|提高至|提升至|增加到|增长到|降至|降到|下降到|降低到|"
    r"减少到|压缩至|压缩到|缩短至|缩短到|降低至|减少至|压减至|压减到|不少于|不低于|不小于|至少|超过|突破|高于|大于|多于|不超过|不高于|不大于|低于|小于|少于|约|大约|"
    r"接近|近|在|增长|提高|提升|增加|上升|下降|降低|减少|压减|压降|削减|缩减|的|各|均|都|保持|维持|稳定|\s|[,:、≥≤><=≈⩾⩽])+$")
# every character a match can hold, besides \s and \d
_TAIL_FILLER_CHARS = frozenset(",:<=>≈≤≥⩽⩾、上下不与为于低保减分别到制削加升压去各同在均增多大定将小少平年应底持接控提末比的"
                               "相短破稳突约维缩至要超较达过近都长降需高")
_TAIL_FILLER_RUN_RE = re.compile("[" + re.escape("".join(sorted(_TAIL_FILLER_CHARS))) + r"\s\d]*")
# what a match ends with, besides \s
_TAIL_FILLER_LAST = frozenset("要将应需别年底末比均到达为至在于少过破近约长高升加降低减的各都持定,:、≥≤><=≈⩾⩽")
_VERB_END_WORDS = _words(
    "新建|建成|建设|培育|培植|打造|创建|争创|实施|引进|招引|开展|举办|组织|新增|完成|推动|赋能|吸引|"
    "招聘|选树|创作|申报|认定|配备|安装|改造|抓好|推进|支持|指导|带动|引导|扶持|帮扶|评选|遴选|选育|建立|设立|"
    "成立|组建|引进|招引|招募|培训|投放|建")
_VERB_END_RE = _tail_re(_VERB_END_WORDS)
_VERB_END_TABLE = _by_last_char([(_VERB_END_WORDS, True)])
_FUNCTION_WORDS = {"为", "对", "向", "给", "帮助", "在", "使", "让", "将", "把"}
_NOUN_CUT_RE = re.compile(r"提供|开展|实现|达到|参与|进行|获得|注册|纳入|享受|完成|建成|通过")
_POST_LEAD_RE = re.compile(r"^(?:及以上|以上|及以下|以下|左右|的|\s)+")
# After a capacity/time/money quantity these words do not start a noun it would qualify.
_CONNECT_RE = re.compile(r"(?:和|及|与|或|以|左右|上下|内|的|其中|并|同时|等|为|是|了|目标|规模|水平|用于|,|、|。|;|:|\)|\s|$)")
_PERCENT_OF_RE = re.compile(r"\s?(?:及以上|以上|及以下|以下)?的")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


class _Cand:
    """One number that may be a target (a plain class with __slots__: built for every number,
    it is ~3× cheaper to construct than a dataclass called with keywords)."""

    __slots__ = ("start", "end", "qty_end", "value", "unit", "kind", "suffix", "approx", "is_range",
                 "chinese", "keep", "noun_end", "seg_start", "seg_end", "clause_start", "clause_end",
                 "sent_start")

    def __init__(self, start: int, end: int, qty_end: int, value: float, unit: str, kind: str,
                 suffix: str, approx: bool, is_range: bool, chinese: bool) -> None:
        self.start = start          # number start
        self.end = end              # end of number + unit (+ suffix)
        self.qty_end = qty_end      # end of number + unit (before suffix)
        self.value = value
        self.unit = unit
        self.kind = kind
        self.suffix = suffix
        self.approx = approx
        self.is_range = is_range
        self.chinese = chinese
        self.keep = True
        self.noun_end = -1  # end of the noun after the number consumed for the indicator
        # seg_start, clause_start: boundaries before the number, set for every number before
        # any rule runs; seg_end, clause_end, sent_start: set once the number is kept (see
        # _starts_before, _ends_after, _sent_start)


_MAX_SPAN = 300  # longest clause or sentence looked at around a number


_SENT_RX = re.compile(f"[{re.escape(_SENT_CH)}]")
_CLAUSE_RX = re.compile(f"[{re.escape(_CLAUSE_CH)}]")
_SEG_RX = re.compile(f"[{re.escape(_SEG_CH)}]")

# Boundaries of a sentence, clause or list segment around a number. A lookup before a position
# searches the reversed text forward, so each lookup is one C-level regex search that stops at
# the nearest boundary: no pass over the whole text, no per-boundary Python work. The kinds
# nest (a sentence boundary is a clause boundary, a clause boundary is a segment boundary), so
# one search often answers two lookups: the nearest segment boundary, unless it is a 、, is
# also the nearest clause boundary; the nearest clause boundary, if it is a 。, is also the
# nearest sentence boundary. Every lookup reaches at most MAX_SPAN away: a run-on "sentence" of
# a whole page must not make every lookup scan the page.


def _last(rx: re.Pattern, rev: str, n: int, p: int) -> int:
    """Index just after the last boundary (a character rx matches) before p, at most MAX_SPAN
    back; the lower end of that window when none. `rev` is the text reversed, n its length."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    m = rx.search(rev, n - p, n - lo)
    return n - m.start() if m else lo


def _starts_before(rev: str, n: int, p: int) -> tuple[int, int]:
    """(segment start, clause start) around p: _last with _SEG_RX and with _CLAUSE_RX."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    m = _SEG_RX.search(rev, n - p, n - lo)
    if m is None:
        return lo, lo  # no segment boundary, so no clause boundary either
    j = m.start()
    if rev[j] != "、":
        return n - j, n - j  # the nearest segment boundary is a clause boundary
    m = _CLAUSE_RX.search(rev, j + 1, n - lo)  # nothing to find between p and the 、
    return n - j, (n - m.start() if m else lo)


def _sent_start(t: str, rev: str, n: int, p: int, clause_start: int) -> int:
    """_last(_SENT_RX, rev, n, p), given clause_start = _last(_CLAUSE_RX, rev, n, p)."""
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    if clause_start == lo:
        return lo  # no clause boundary in the window (one found gives at least lo + 1)
    if t[clause_start - 1] in _SENT_CH:
        return clause_start
    m = _SENT_RX.search(rev, n - clause_start + 1, n - lo)  # before that clause boundary
    return n - m.start() if m else lo


def _ends_after(t: str, n: int, p: int) -> tuple[int, int]:
    """(segment end, clause end) after p: the first boundary of each kind at or after p, at most
    MAX_SPAN on; the upper end of that window when none."""
    hi = p + _MAX_SPAN if p + _MAX_SPAN < n else n
    m = _SEG_RX.search(t, p, hi)
    if m is None:
        return hi, hi
    k = m.start()
    if t[k] != "、":
        return k, k
    m = _CLAUSE_RX.search(t, k + 1, hi)
    return k, (m.start() if m else hi)


_MASK_RES = (  # (cheap test that the regex can match at all, regex)
    (lambda t: "“" in t, re.compile(r"“[^“”。\n]{0,40}”")),
    (lambda t: "《" in t, re.compile(r"《[^《》\n]{0,120}》")),
    (lambda t: "「" in t, re.compile(r"「[^「」\n]{0,40}」")),
    (lambda t: "牵头" in t or "责任" in t or "主办" in t or "配合" in t or "参与" in t or "协办" in t,
     re.compile(r"[(\[【]\s?(?:牵头|责任单位|责任部门|主办|配合单位|参与单位|协办)[^)\]】]*(?:[)\]】]|$)")),
)


_QUOTE_MASK_RX, _BOOK_MASK_RX, _CORNER_MASK_RX, _LEAD_MASK_RX = [rx for _hint, rx in _MASK_RES]


def _in_bracket_span(t: str, p: int, opener: str, rx: re.Pattern, reach: int) -> bool:
    """Whether p lies in a match of rx (_QUOTE/_BOOK/_CORNER_MASK_RX: the opener, at most
    reach - 1 characters that hold no opener, the closer). A match from an earlier opener would
    hold the later one, so only the last opener at or before p, at most reach back, can start
    it; every such match is also one of finditer's (no match can overlap another)."""
    q = t.rfind(opener, p - reach if p > reach else 0, p + 1)
    if q < 0:
        return False
    m = rx.match(t, q)
    return m is not None and m.end() > p


class _LazyMasks:
    """Whether p lies in a span that holds no targets: “…” / 《…》 / 「…」 (names, slogans,
    titles) or the （牵头单位：…） clause (the regexes of _MASK_RES). Asked for a few positions, it
    does not find every span of the text: a quote, book title or 「」 span around p starts at
    the last opener before p (see _in_bracket_span); the （牵头单位：…） spans, rare, are found on
    first use."""

    __slots__ = ("t", "quote", "book", "corner", "lead", "lead_starts", "lead_ends")

    def __init__(self, t: str) -> None:
        self.t = t
        self.quote, self.book, self.corner = "“" in t, "《" in t, "「" in t
        # the hint of _MASK_RES, after a cheaper test: the regex starts with one of these brackets
        self.lead = (("(" in t or "[" in t or "【" in t)
                     and ("牵头" in t or "责任" in t or "主办" in t or "配合" in t or "参与" in t or "协办" in t))
        self.lead_starts: list[int] | None = None
        self.lead_ends: list[int] = []

    def __contains__(self, p: int) -> bool:
        t = self.t
        if self.quote and _in_bracket_span(t, p, "“", _QUOTE_MASK_RX, 41):
            return True
        if self.book and _in_bracket_span(t, p, "《", _BOOK_MASK_RX, 121):
            return True
        if self.corner and _in_bracket_span(t, p, "「", _CORNER_MASK_RX, 41):
            return True
        if self.lead:
            if self.lead_starts is None:  # finditer's spans do not overlap: sorted as found
                self.lead_starts = []
                for m in _LEAD_MASK_RX.finditer(t):
                    self.lead_starts.append(m.start())
                    self.lead_ends.append(m.end())
            k = bisect_right(self.lead_starts, p) - 1
            return k >= 0 and p < self.lead_ends[k]
        return False


# What can follow the digits of a number inside QTY_RE (besides \s): a range separator, 余/多,
# a scale word or a unit.
_AFTER_NUM_FIRST = frozenset("-~—–－～至到或余多万亿千百十") | {u[0] for u in _UNITS}


def _year_at(t: str, start: int) -> tuple[int, int, int] | None:
    """(position, year, end) when a year mention that sets the year of what follows starts here."""
    m = _YEAR_RE.match(t, start)
    if m is None:
        return None
    _y1, y2, y1, nian = m.groups()
    end = m.end()
    if y2:
        y = int(y2)
        if start and t[start - 1] in "(（":
            return None  # 规划（2021—2035年）: the span of a plan, not a deadline
    else:
        y = int(y1)
        if not nian:
            # a lost 年: "力争2023市级…" — a year only before CJK text that is not a unit
            nxt = t[end:end + 1]
            if not "\u4e00" <= nxt <= "\u9fff":  # not _CJK_RE.match(nxt) (also when empty)
                return None
            # a unit (or range, 余, scale word) must start right after the digits: only then
            # can the number regex find a unit
            if nxt in _AFTER_NUM_FIRST and QTY_RE.match(t, start).group("unit"):
                return None
        elif t.startswith("以来", end) or t.startswith("度以来", end):
            return None
    before = t[start - 1:start] if start else ""
    # the regex needs one of its words (or a space after it) right before the year
    if (before in _BASE_PREFIX_LAST or before.isspace()) and _BASE_PREFIX_RE.search(t, start - 3, start):
        return None  # 比2020年 / 由2020年的 — a baseline, not the year of the target
    return start, y, end


_PERIOD_END_RE = re.compile(r"(十[一二三四五六七八九]五)[”\"」]?\s?(?:规划)?\s?(?:末|期末|末期)")
_PERIOD_END_YEAR = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030,
                    "十六五": 2035}


def _add_plan_period_years(t: str, ypos: list[int], yval: list[int]) -> None:
    """到"十四五"末 sets the year 2025 for what follows."""
    for m in _PERIOD_END_RE.finditer(t):
        y = _PERIOD_END_YEAR.get(m.group(1))
        if y:
            i = bisect_left(ypos, m.start())
            ypos.insert(i, m.start())
            yval.insert(i, y)


def _value(num: str) -> float | None:
    """Value of a number token already in half-width form."""
    if num[0].isdigit():
        try:
            v = float(num.replace(",", ""))
        except ValueError:
            return None
        return v if math.isfinite(v) else None
    return parse_number(num)


# First characters of a match of _SUFFIX_RE / _RANGE_TAIL_RE besides whitespace (their \s?):
# a number followed by anything else has neither, and most numbers are (the regex call is skipped).
_SUFFIX_FIRST = "(（及以之左上内"
_RANGE_TAIL_FIRST = "-~—–－～至到或"


def _scan(t: str) -> tuple[list[_Cand], list[int], list[int]]:
    """Every number with a unit (or a bare number with a comparator) that may be a target,
    and the year mentions (positions, years)."""
    cands: list[_Cand] = []
    masks: _LazyMasks | None = None
    ypos: list[int] = []
    yval: list[int] = []
    last_end = -1
    for hit in _NUM_PRE_RE.finditer(t):
        start, run_end = hit.span()
        if start < last_end:
            continue
        if run_end - start == 4:
            run = t[start:run_end]
            if run[:2] in ("19", "20") and run.isdigit() and run >= "1950":
                ya = _year_at(t, start)
                if ya is not None:
                    ypos.append(ya[0])
                    yval.append(ya[1])
                    last_end = ya[2]
                    continue
        m = QTY_RE.match(t, start)
        last_end = qend = m.end()
        num, _rsep, num2, approx1, scale, approx2, unit_word = m.groups()  # one call, not seven
        unit = (scale + unit_word if unit_word else scale) if scale else (unit_word or "")
        digit = num[0].isdigit()
        if num[0] == "百" and num.startswith("百分之"):
            unit = "%"
        approx = bool(approx1 or approx2)
        chinese = not digit and unit != "%"
        if chinese and not unit:
            continue  # 一 in words (统一, 进一步): the most frequent hit, dropped before any other lookup
        nxt = t[qend:qend + 1]
        sm = (_SUFFIX_RE.match(t, qend) if nxt and (nxt in _SUFFIX_FIRST or nxt.isspace()) else None)
        if not unit:
            # cheap early exit for the many bare numbers: dates, document numbers
            if not (sm or approx or _LEVEL_VERB_TAIL.search(t, max(0, start - 4), start)):
                continue
        prev = t[start - 1] if start else ""
        if prev.isascii() and (prev.isalnum() or prev in "._/-#"):
            continue  # PM2.5, S319, G240, P3, 113717/2023
        if nxt.isascii() and nxt.isalnum():
            continue  # 5G, 3D, 4A级
        if masks is None:
            masks = _LazyMasks(t)
        if start in masks:
            continue
        if digit:  # _value(num), inlined: called for every number
            try:
                value = float(num.replace(",", ""))
            except ValueError:
                continue
            if not math.isfinite(value):
                continue
        elif num.startswith("百分之"):
            value = parse_number(num)
            if value is None:
                continue
        else:
            # parse_number(num) for a Chinese numeral out of the half-width text: nothing to
            # strip or convert, no 百分之
            value = parse_cn_number(num)
            if value is None or not math.isfinite(value):
                continue
        kind = unit_kind(unit)
        is_range = num2 is not None
        if is_range:
            v2 = _value(num2)
            if not unit or v2 is None or v2 <= value:
                continue  # 2023-2025, 07-31: not a range of values
        suffix = ""
        end = qend
        if sm:
            suf = sm.group("suf")
            if suf != "内" or kind == "time":
                suffix = suf
                end = sm.end()
        if unit and not is_range and not suffix and nxt and (nxt in _RANGE_TAIL_FIRST or nxt.isspace()):
            rm = _RANGE_TAIL_RE.match(t, qend)
            if rm:
                base = unit.lstrip("万亿十百千")
                if t.startswith(base, rm.end()):
                    is_range = True
                    end = rm.end() + len(base)
        cands.append(_Cand(start, end, qend, value, unit, kind, suffix, approx, is_range, chinese))
    return cands, ypos, yval


def _drop_by_context(t: str, c: _Cand, seg_start: int, clause_start: int, has_from: bool,
                     has_incentive: bool) -> bool:
    """True when the number is not a target, judged from its own surroundings.

    has_from / has_incentive: whether t holds 由 or 从 / a first character of an incentive word
    (looked up once per text; without them those rules cannot fire).
    """
    start = c.start
    before = t[start - 6 if start > 6 else 0:start]
    prev = before[-1:]
    if prev in ("第", "前", "后", "每", "号", "准", "按") or before.endswith("No."):
        return True
    if t.startswith("级", c.qty_end):
        return True  # 十亿级, 百亿级, 4A级: a class, not an amount
    # the scope regex needs a scope word at the end, maybe then one space
    sm = _SCOPE_TAIL.search(before) if prev in _SCOPE_LAST or prev.isspace() else None
    if sm and (c.kind in ("count", "none") or not sm.group(0).startswith("等")):
        return True  # 全县13个供电所, 等9类 (but 等10公里: the total of the list)
    clause_before = t[clause_start:start]
    if _PROGRESS_RE.search(clause_before):
        return True
    # (a search clamps pos and endpos to the text: no max/min calls needed)
    if (has_from and _BASELINE_VALUE_TAIL.search(t, start - 12, start)
            and _TO_LEVEL_RE.search(t, c.end, c.end + 30)):
        return True
    if (has_incentive and _INCENTIVE_RE.search(t, clause_start, c.end + 12)
            and not _SEEK_FUNDS_RE.search(t, clause_start, start)):
        return True  # 给予奖励20万元 (but 争取上级补助资金5000万元 is a commitment)
    if t.startswith("的", c.end) and _BENEFICIARY_HEAD_RE.match(clause_before):
        return True
    unit = c.unit
    if not unit or c.chinese:
        seg_before = t[max(seg_start, start - 12):start]  # tail patterns only look at the end
        if not unit:
            if not (c.suffix in ("以上", "以下", "以内", "左右", "及以上", "及以下") or c.approx
                    or _LEVEL_VERB_TAIL.search(seg_before)):
                return True
            if c.value.is_integer() and 1900 <= c.value <= 2100 and not c.suffix:
                return True
        if c.chinese and _drop_chinese(t, c, prev, seg_before, seg_start):
            return True
    if unit in ("千伏", "kV", "KV", "伏", "千伏安"):
        return True  # a voltage class names a thing (110千伏变电站)
    if unit in ("条", "款") and _REFERENCE_HEAD.search(clause_before):
        return True  # 落实…15条: a reference to a rule set
    kind = c.kind
    if kind in ("capacity", "time", "money"):
        # (a one-character slice compared with the range is _CJK_RE.match(t, c.end))
        if not c.suffix and not _CONNECT_RE.match(t, c.end) and "\u4e00" <= t[c.end:c.end + 1] <= "\u9fff":
            return True  # 5万吨磷酸铁, 100MW风电项目, 15分钟服务圈, 10亿元企业
    if c.suffix in ("以上", "及以上", "以下", "及以下") and kind not in ("count", "percent"):
        nxt = t[c.end:c.end + 1]
        if nxt and _CJK_RE.match(nxt) and nxt != "的":
            return True  # 投资500万元以上技术改造项目
    return False


def _drop_chinese(t: str, c: _Cand, prev: str, seg_before: str, seg_start: int) -> bool:
    """The rules of _drop_by_context for a Chinese numeral (统一, 一批, 四个不摘 …)."""
    num_txt = t[c.start:c.qty_end]
    if num_txt[0] in "百千" and c.value in (100, 1000) and len(num_txt) <= 2:
        return True  # 千项技改, 百城万站
    if prev in ("数", "几", "若", "上", "成"):
        return True  # 数十家, 上百家, 成千: no definite number
    has_cmp = (bool(c.suffix or c.approx) or _ends_with(seg_before, _PREFIX_CMP[1][0])
               or _cmp_before_verb(seg_before) is not None)
    if c.unit in ("批", "类", "些", "期", "次", "级", "代", "产") or num_txt[0] in "零〇":
        return True  # 一批, 准四类, 二期, 二次供水, 零部件
    if not has_cmp:
        if c.value == 1 and not c.is_range:
            return True  # 统一部署, 一企一策, 打造一个…
        if not _TARGET_VERB_RE.search(t, seg_start, c.start):
            return True
    if t[c.end:c.end + 1] in ("不", "一", "两", "三", "四", "五"):
        return True  # 四个不摘
    return False


_CMP_NOISE_TAIL = re.compile(r"(?:分别|均|都|平均|年均)$")


_PREFIX_CMP_TABLE = _by_last_char(_PREFIX_CMP)
_CMP_VERB_LAST = frozenset(w[-1] for w in _CMP_VERBS)


def _cmp_before_verb(tail: str) -> str | None:
    """Group 1 of _CMP_VERB_TAIL.search(tail) (至少入选 → 至少): the regex runs only when the
    text ends with one of its verbs."""
    core = tail[:-1] if tail[-1:] == "\n" else tail  # `$` also matches before a final newline
    if core[-1:] not in _CMP_VERB_LAST or not core.endswith(_CMP_VERBS):
        return None
    m = _CMP_VERB_TAIL.search(tail)
    return m.group(1) if m else None


def _prefix_comparator(seg_before: str) -> str:
    """Comparator from the words right before a number (不少于, 控制在, 约 …), "=" if none."""
    tail = seg_before[-12:].rstrip()
    if tail[-1:] in ("别", "均", "都"):  # the last characters of the noise words
        tail = _CMP_NOISE_TAIL.sub("", tail)
    op = _first_ending(tail, _PREFIX_CMP_TABLE)
    if op:
        return op
    # 至少入选一人, 不少于建成5个: a comparator, then a verb of commitment
    w = _cmp_before_verb(tail)
    if w:
        return _CMP_WORDS[w]
    return "="


# 新增 first: a new count is no change even when the words end like an increase (新增 → 增)
_CHANGE_TABLE = _by_last_char([(_NEW_WORDS, None), (_INC_WORDS, "increase"), (_DEC_WORDS, "decrease")])


def _change(seg_before: str) -> str | None:
    tail = seg_before[-24:]
    last = tail[-1:]
    if last and (last in _CHANGE_NOISE_LAST or last.isspace()):  # else the noise regex cannot match
        tail = _CHANGE_NOISE_TAIL.sub("", tail)
    return _first_ending(tail, _CHANGE_TABLE)


_LOCATIVE_HEADS = _words("在|围绕|聚焦|针对|依托|结合")
_LOCATIVE_RE = re.compile("^(?:" + "|".join(_LOCATIVE_HEADS) + ")[^,:;。]{0,40}?(?:领域|方面|行业|产业|基础上|范围内|地区|区域|中)")


_LONG_CUT_RE = re.compile(
    r"(?:达到|实现|完成|新增|新建|建成|培育|打造|创建|争创|实施|推动|推进|开展|引进|建设|提升|提高|加快|积极|"
    r"全面|持续|深入|确保|力争|[,:;、。|])")


def _shorten(indicator: str | None) -> str | None:
    """Cap run-on phrases (lost punctuation): keep what follows the last verb of commitment."""
    s = (indicator or "").strip(" ,、:|")
    if len(s) > 30:
        cuts = [m.end() for m in _LONG_CUT_RE.finditer(s) if len(s) - m.end() >= 2]
        if cuts:
            s = s[cuts[-1]:]
        if len(s) > 30:
            s = s[-30:]
    return s.strip(" ,、:|") or None


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
    j = len(w) - _TAIL_FILLER_RUN_RE.match(w[::-1]).end()
    m = _TAIL_FILLER_RE.search(w, j)
    if m is None:
        return s
    # the sub goes on after the match (nothing is left when it ends at the end of w)
    return s[:k] + w[:m.start()] + _TAIL_FILLER_RE.sub("", w[m.end():])


def _clean_pre(s: str) -> tuple[str, str]:
    """(indicator phrase, leading verb) from the text before a number."""
    s = s.lstrip()
    if s.startswith(_LOCATIVE_HEADS):  # the regex is anchored at the start: only then can it match
        s = _LOCATIVE_RE.sub("", s)
    # The fixpoint of `s = strip_tail(strip_lead(s))`, with fewer passes: what the lead pass
    # leaves cannot start with a filler (its greedy repeat stopped there), nor can a prefix of
    # it, so one lead pass is enough; a tail pass that strips something only exposes a new
    # tail when the 16-character window moves onto new text (s longer than 16).
    s = _strip_lead_filler(s)
    while True:
        stripped = _strip_tail_filler(s)
        if stripped == s or len(s) <= 16:
            s = stripped
            break
        s = stripped
    verb = ""
    m = _LEAD_VERB_RE.match(s) if s[:1] in _LEAD_VERB_FIRST else None
    if m:
        verb = m.group(0)
        s = _strip_lead_filler(s[m.end():])
    return s.strip(), verb


def _post_noun(t: str, c: _Cand, limit: int, cut_at_verb: bool) -> tuple[str, int]:
    """The noun right after the number ("培育20家[大型农业产业化龙头企业]")."""
    s = t[c.end:limit]
    lead = _POST_LEAD_RE.match(s)
    off = lead.end() if lead else 0
    s = s[off:]
    if cut_at_verb:
        m = _NOUN_CUT_RE.search(s)
        if m and m.start() > 0:
            s = s[:m.start()]
    q = s.find("“")
    if q >= 2:
        s = s[:q]  # 50个政务服务事项“县乡通办”: the noun ends before the quoted predicate
    s = s[:-8] + _TRAIL_CONNECT_RE.sub("", s[-8:])
    return s, c.end + off + len(s)


_YEAR_HEAD_RE = re.compile(
    r"\s?(?:力争|争取|确保|预计)?\s?(?:到|至|截至|截止)?\s?(?:19|20)\d{2}\s?年(?:底|末)?(?:前)?\s?")


def _clause_text(text: str, t: str, rev: str, c: _Cand) -> str:
    """The clause holding the number, with a leading "到2025年，" kept."""
    cs = c.clause_start
    ce = c.clause_end
    # the year head ends with 年/底/末/前 or a space: test that before looking for its start
    if cs >= 2 and t[cs - 1] == "," and (t[cs - 2] in "年底末前" or t[cs - 2].isspace()):
        ps = _last(_CLAUSE_RX, rev, len(t), cs - 1)
        if _YEAR_HEAD_RE.fullmatch(t, ps, cs - 1):
            cs = ps
    return text[cs:ce].strip()


_YEARS_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s?年?\s?(?:-|—|–|~|至|到)\s?((?:19|20)\d{2})\s?年")
_YEAR_MENTION_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?年")
_YEARISH_RE = re.compile(r"(?:(?:到|至)?\s?(?:19|20)\d{2}\s?年(?:底|末)?)")


def _years_listed(head: str, k: int) -> list[int]:
    """k years named before a 分别 list, one per value: "2023年、2024年、2025年" or "2023—2025年"."""
    head = head[:head.rfind("分别")] if "分别" in head else head
    m = _YEARS_RANGE_RE.search(head)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if b - a + 1 == k:
            return list(range(a, b + 1))
    ys = [int(y) for y in _YEAR_MENTION_RE.findall(head)]
    if len(ys) == k and ys == sorted(ys) and len(set(ys)) == k:
        return ys
    return []


def _subjects_before(t: str, seg_start_clause: int, pos: int) -> list[str]:
    """Subjects of "A、B分别…": the text before 分别 split on 、/和/及."""
    head = t[seg_start_clause:pos]
    k = head.find("分别")
    if k < 0:
        return []
    head = head[:k]
    head = _SUBJ_TAIL_RE.sub("", head)
    head = _LEAD_FILLER_RE.sub("", head)
    parts = [p for p in _SUBJ_SPLIT_RE.split(head) if p.strip()]
    return [p.strip() for p in parts]


_TRAIL_CONNECT_RE = re.compile(r"(?:和|及|与|或|以及|\s)+$")
_SUBJ_TAIL_RE = re.compile(r"(?:(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年)(?:相比)?|同比|年均)$")
_SUBJ_SPLIT_RE = re.compile(r"、|和|及|与")
_GAP_RE = re.compile(r"\s?(?:、|和|及|与|以及)?\s?")
_GAP_DUN_RE = re.compile(r"\s?、\s?")
_FROM_VALUE_RE = re.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}\s?年(?:底|末)?|目前|现在|原来|现行|当前|上年|去年)?的?\s?[\d一二两三四五六七八九十百]")
_FROM_SPLIT_RE = re.compile(r"由|从")
_CONNECTORS = {"和", "及", "与", "以及", "或", "、"}


def _is_continuation(t: str, a: _Cand, b: _Cand) -> bool:
    """b continues a list started by a: only 、/和/及 between them, in the same clause."""
    gap = t[a.end:b.start]
    if a.noun_end > 0:
        return False
    return (_GAP_RE.fullmatch(gap) is not None
            and a.clause_start == b.clause_start or
            _GAP_DUN_RE.fullmatch(gap) is not None)


def _indicator(t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int, seg_end: int,
               continuation: bool, prev_rec: dict | None) -> str:
    """Shortest phrase naming what the number measures."""
    raw = t[boundary:c.start]
    bm = _FROM_VALUE_RE.search(raw) if ("由" in raw or "从" in raw) else None
    if bm and _TO_LEVEL_RE.search(raw, bm.end()):
        raw = raw[:bm.start()]  # 由2020年的85%提高到: the subject is before 由
    pre, verb = _clean_pre(raw)
    if pre in _CONNECTORS:
        pre = ""
    ends_with_verb = _first_ending(pre, _VERB_END_TABLE, False)  # _VERB_END_RE.search(pre)
    list_of_examples = pre[-1:] == "等" and t[c.end:c.end + 6].lstrip("及以上下左右内 ").startswith("的")
    if pre and not ends_with_verb and not list_of_examples:
        return pre
    later_in_seg = i + 1 < len(kept) and kept[i + 1].start < seg_end
    cut = later_in_seg or (c.kind == "percent" and "的" in t[c.end:c.end + 4])
    limit = min(seg_end, kept[i + 1].start) if i + 1 < len(kept) else seg_end
    noun, noun_end = _post_noun(t, c, max(limit, c.end), cut)
    if noun:
        c.noun_end = noun_end
        if pre and ends_with_verb:
            m = _VERB_END_RE.search(pre)
            return m.group(0) + noun
        if verb and verb not in _FUNCTION_WORDS and len(verb) <= 4:
            return verb + noun
        return noun
    if pre:
        return pre
    if continuation and prev_rec is not None:
        return prev_rec["indicator"] or ""
    if verb and verb not in _FUNCTION_WORDS:
        return verb
    # "由2020年的85%提高到90%": the subject sits at the start of the clause
    head = t[_last_boundary_clause(t, c.start):c.start]
    head = _FROM_SPLIT_RE.split(head)[0]
    return _clean_pre(head)[0]


def _last_boundary_clause(t: str, pos: int) -> int:
    lo = max(0, pos - 400)
    k = max(t.rfind(ch, lo, pos) for ch in _CLAUSE_CH)
    return k + 1 if k >= 0 else lo


# ---------------------------------------------------------------- indicator tables
# Rows of a 主要指标 table rendered as "指标 | 单位 | 2022年 | 2025年 | 属性" lines.
_CELL_NUM_RE = re.compile(
    r"^(?P<cmp>≥|≤|>=|<=|>|<|约|⩾|⩽)?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?P<unit>%|‰)?\s?"
    r"(?P<suf>以上|以下|以内|左右)?$")
_HEAD_YEAR_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s?年?(?:底|末)?\s?(?:目标|目标值|预期|预期值|规划值)?(?:值)?$")
_UNIT_IN_NAME_RE = re.compile(r"\s?[(（]\s?(?P<u>[^()（）]{1,8})\s?[)）]\s?$")
_ATTR_CELLS = {"预期性", "约束性", "属性", "指标属性", "单位", "计量单位", "序号", "指标", "指标名称", "类别"}
_TABLE_INC_RE = re.compile(r"(?:增长|增速|增幅|提高|提升)(?:率)?$")
_TABLE_DEC_RE = re.compile(r"(?:下降|降低|减少)(?:率)?$")


def _table_targets(t: str, text: str, default_year: int | None, annual_year: int | None
                   ) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    """Targets of indicator-table rows and the spans of those rows (numbers there are done)."""
    out: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    year_cols: dict[int, int] = {}
    unit_col = -1
    pos = 0
    for line in t.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            continue
        cells = [c.strip() for c in line.split("|")]
        heads = {i: _HEAD_YEAR_RE.match(c) for i, c in enumerate(cells)}
        if any(heads.values()) and not any(_CELL_NUM_RE.match(c) for c in cells if c and not _HEAD_YEAR_RE.match(c)):
            year_cols = {i: int(m.group("y")) for i, m in heads.items() if m}
            unit_col = next((i for i, c in enumerate(cells) if c in ("单位", "计量单位")), -1)
            continue
        nums = [(i, m) for i, c in enumerate(cells) if (m := _CELL_NUM_RE.match(c))]
        if not nums:
            continue
        names = [(i, c) for i, c in enumerate(cells)
                 if c and c not in _ATTR_CELLS and _CJK_RE.search(c) and c not in BASE_UNITS and i != unit_col
                 and not _HEAD_YEAR_RE.match(c)]
        if not names:
            continue
        ni, name = names[0]
        unit = ""
        if 0 <= unit_col < len(cells) and cells[unit_col]:
            unit = cells[unit_col]
        else:
            unit = next((c for c in cells if c in BASE_UNITS), "")
        um = _UNIT_IN_NAME_RE.search(name)
        if not unit and um:
            unit = um.group("u")
        if um:
            name = name[:um.start()]
        if year_cols:
            target = [(i, m) for i, m in nums if i in year_cols]
            if not target:
                continue
            ci, m = max(target, key=lambda x: year_cols[x[0]])
            year = year_cols[ci]
        else:
            ci, m = nums[-1]
            year = default_year
        unit = m.group("unit") or unit
        if not unit or ci < ni:
            continue
        value = float(m.group("num").replace(",", ""))
        if not math.isfinite(value):
            continue
        cmp_ = {"≥": ">=", ">=": ">=", "⩾": ">=", "≤": "<=", "<=": "<=", "⩽": "<=", ">": ">", "<": "<",
                "约": "~"}.get(m.group("cmp") or "", "=")
        if m.group("suf"):
            cmp_ = _SUFFIX_CMP[m.group("suf")]
        change = None
        if unit in ("%", "个百分点", "百分点"):
            change = ("increase" if _TABLE_INC_RE.search(name) else
                      "decrease" if _TABLE_DEC_RE.search(name) else None)
        if year is None and annual_year is not None:
            year = annual_year
        value_std, unit_std = standardize(value, unit)
        out.append((start, {
            "indicator": name or None, "value": value, "unit": unit, "comparator": cmp_, "change": change,
            "year": year, "baseline_year": None, "text": text[start:pos - 1].strip(),
            "value_std": float(value_std), "unit_std": unit_std, "ambiguous": False}))
        spans.append((start, pos - 1))
    return out, spans


def extract_targets(text: str, *, default_year: int | None = None,
                    annual_year: int | None = None) -> list[dict]:
    """Quantitative targets in the text of one task (or one paragraph outside any task).

    `default_year` is a year inherited from the context (a section's 到2025年); `annual_year`
    is Y for an annual plan: every target without a year gets Y. Never raises on odd input.
    """
    if not text or not isinstance(text, str):
        return []
    t = to_halfwidth(text)
    cands, ypos, yval = _scan(t)
    table: list[tuple[int, dict]] = []
    if "|" in t:
        table, spans = _table_targets(t, text, default_year, annual_year)
        if spans:
            span_starts = [a for a, _ in spans]
            cands = [c for c in cands
                     if not ((k := bisect_right(span_starts, c.start) - 1) >= 0 and c.start < spans[k][1])]
    if not cands:
        return [r for _, r in table] if table else []
    n = len(t)
    rev = t[::-1]
    if "五" in t:
        _add_plan_period_years(t, ypos, yval)
    # context rules on each number alone
    has_from = "由" in t or "从" in t
    # the first characters of _INCENTIVE_RE's words
    has_incentive = "奖" in t or "补" in t or "资" in t or "贴" in t or "给" in t or "予" in t
    kept = []
    for c in cands:
        c.seg_start, c.clause_start = _starts_before(rev, n, c.start)
        if _drop_by_context(t, c, c.seg_start, c.clause_start, has_from, has_incentive):
            c.keep = False
        else:
            c.seg_end, c.clause_end = _ends_after(t, n, c.end)
            c.sent_start = _sent_start(t, rev, n, c.start, c.clause_start)
            kept.append(c)
    # rules between numbers of the same clause (they only act on a number followed by another
    # one in its clause: none with a single number)
    if len(kept) > 1:
        for i, c in enumerate(kept):
            clause_end = c.clause_end
            seg_end = c.seg_end
            later = []
            for d in kept[i + 1:i + 40]:  # numbers of the same clause (bounded: no quadratic blow-up)
                if d.start >= clause_end:
                    break
                if d.keep:
                    later.append(d)
            if not later:
                continue  # both rules below act on `later` only
            if c.kind == "percent" and _PERCENT_OF_RE.match(t, c.end) and t[c.end:c.end + 4].find("的") >= 0:
                for d in later:
                    d.keep = False  # 90%以上的行政村集体收入超10万元: the 10万元 defines who counts
            if c.kind not in ("count", "percent"):
                nxt = _POST_LEAD_RE.sub("", t[c.end:c.end + 3])[:1]
                if nxt and _CJK_RE.match(nxt) and not _CONNECT_RE.match(t, c.end):
                    if any(d.start < seg_end and d.kind == "count" for d in later):
                        c.keep = False  # 营业收入过10亿元企业1家: the 10亿元 qualifies the count
        kept = [c for c in kept if c.keep]

    # every _RECURRING_RE match holds 每, 逐 or 年年: without them no window of t has one
    recurring = "每" in t or "逐" in t or "年年" in t
    out: list[dict] = []
    list_years: list[int] = []
    starts: list[int] = []  # number start of each record in out
    cont = [False]
    for i in range(1, len(kept)):
        cont.append(_is_continuation(t, kept[i - 1], kept[i]))
    prev_c: _Cand | None = None
    prev_rec: dict | None = None
    prev_prefix_cmp = "="
    list_subjects: list[str] = []
    list_idx = 0
    for i, c in enumerate(kept):
        seg_start, seg_end = c.seg_start, c.seg_end
        clause_start, sent_start = c.clause_start, c.sent_start
        # "新建、改扩建中小学、幼儿园12所": the nouns before the number share it, so the
        # indicator starts at the clause, or just after the previous target in it
        boundary = clause_start
        if prev_c is not None and prev_c.start >= clause_start:
            boundary = max(boundary, prev_c.noun_end if prev_c.noun_end > 0 else prev_c.end)
        continuation = cont[i] and prev_rec is not None
        start = c.start
        lo = start - 12  # the text before the number in its segment, at most 12 / 24 characters
        prefix_cmp = _prefix_comparator(t[lo if lo > seg_start else seg_start:start])
        if c.is_range:
            comparator = ">="
        elif c.suffix:
            comparator = _SUFFIX_CMP[c.suffix]
        elif c.approx:
            comparator = ">="
        else:
            comparator = prefix_cmp
        lo = start - 24
        change = _change(t[lo if lo > seg_start else seg_start:start])  # it looks at the last 24
        if continuation and prev_rec is not None and t[boundary:c.start].strip(" 、和及与以,") == "":
            # the 10% of "分别下降27%、10%" shares the words before the first value
            if change is None:
                change = prev_rec["change"]
            if comparator == "=" and not (c.suffix or c.approx or c.is_range):
                comparator = prev_prefix_cmp
        indicator = _indicator(t, c, kept, i, boundary, seg_end, continuation, prev_rec)
        # "A、B分别…X、Y": pair subjects with values
        if not continuation:
            list_subjects, list_idx, list_years = [], 0, []
            if t.find("分别", clause_start, c.start) >= 0:
                k = 1
                while i + k < len(kept) and cont[i + k]:
                    k += 1
                list_years = _years_listed(t[sent_start:c.start], k)
                list_subjects = _subjects_before(t, clause_start, c.start)
                if list_years and len(list_subjects) == k and all(_YEARISH_RE.fullmatch(x) for x in list_subjects):
                    list_subjects = []  # "2023年、2024年、2025年分别达到…": the years are not subjects
                if not list_subjects:
                    # "接待游客500万人次，旅游收入50亿元，同比分别增长10%、12%"
                    earlier = [r["indicator"] for r, s0 in zip(out, starts) if s0 >= sent_start]
                    if len(earlier) >= k:
                        list_subjects = [x or "" for x in earlier[-k:]]
                if len(list_subjects) not in (1, k):
                    list_subjects = []
        else:
            list_idx += 1
        if list_subjects:
            indicator = list_subjects[min(list_idx, len(list_subjects) - 1)]
        if not (indicator or "").strip(" ,、:") and out:
            # "电商交易额突破20亿元，同比增长15%", "GDP增长6%左右，力争7%", "到2024年，产业规模
            # 达到150亿元；到2025年，达到200亿元": no subject of its own, the previous one holds
            indicator = out[-1]["indicator"] or ""
            if change is None and starts[-1] >= sent_start:
                change = out[-1]["change"]
        # year
        yi = bisect_left(ypos, c.start) - 1
        year = yval[yi] if yi >= 0 else default_year
        past = False
        if annual_year is not None and yi >= 0 and year is not None and year < annual_year:
            # an earlier year in an annual plan: a past figure in its own sentence ("2022年，
            # 全县地区生产总值达到300亿元"); a date (2022年12月) or an older sentence says nothing
            if ypos[yi] >= sent_start and not _MONTH_AFTER_YEAR_RE.match(t, ypos[yi]):
                past = True
            year = None
        if list_years and list_idx < len(list_years):
            year = list_years[list_idx]  # "2023—2025年分别达到50%、60%、70%"
        if recurring and _RECURRING_RE.search(t, sent_start, c.start):
            year = None
        if past:
            continue
        if year is None and annual_year is not None:
            year = annual_year
        # baseline
        # baseline: 比2020年 / 同比 in the clause, or a "与2020年相比，" clause of the sentence
        baseline = None
        clause_before = t[clause_start:c.start]
        # each regex needs a literal the sentence mostly lacks: test that first (str.find is cheap)
        # (sent_start <= clause_start: no 年 in the sentence, none in the clause either)
        if t.find("年", sent_start, c.start) >= 0:
            # each regex needs a word: 比/较/与 (baseline), 相比/比较 (compared), 为基 (base period)
            bms = ((list(_BASELINE_RE.finditer(clause_before)) if "年" in clause_before else [])
                   or (list(_COMPARED_RE.finditer(t, sent_start, c.start))
                       if t.find("比", sent_start, c.start) >= 0 else [])
                   or (list(_BASE_PERIOD_RE.finditer(t, sent_start, c.start))
                       if t.find("为基", sent_start, c.start) >= 0 else []))
        elif t.find("相比", sent_start, c.start) >= 0:
            bms = list(_COMPARED_RE.finditer(t, sent_start, c.start))
        else:
            bms = []
        if bms:
            baseline = int(bms[-1].group("y") or bms[-1].group("y2"))
        elif year is not None and _SAME_PERIOD_RE.search(clause_before):
            baseline = year - 1
        elif continuation and prev_rec is not None:
            baseline = prev_rec["baseline_year"]
        value_std, unit_std = standardize(c.value, c.unit)
        if not math.isfinite(value_std):
            value_std, unit_std = c.value, c.unit
        rec = {
            "indicator": _shorten(indicator),
            "value": float(c.value),
            "unit": c.unit,
            "comparator": comparator,
            "change": change,
            "year": year,
            "baseline_year": baseline,
            "text": _clause_text(text, t, rev, c),
            "value_std": float(value_std),
            "unit_std": unit_std,
            "ambiguous": bool(c.is_range),
        }
        out.append(rec)
        prev_rec, prev_prefix_cmp = rec, prefix_cmp  # rec is never changed once in out
        starts.append(c.start)
        prev_c = c
    if table:
        merged = sorted([(s0, i, r) for i, (s0, r) in enumerate(zip(starts, out))]
                        + [(s0, -1, r) for s0, r in table], key=lambda x: (x[0], x[1]))
        return [r for _, _, r in merged]
    return out
