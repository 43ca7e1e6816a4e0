"""Quantitative targets of a task: "到2025年，新能源新材料产业产值达到418亿元左右" → one row.

`extract_targets(text)` finds every number with a unit that the text commits to reach, keep,
build, complete or cut (spec/EXTRACTION.md) and returns one dict per target, in text order:

    indicator, value, unit, comparator, change, year, baseline_year, text,
    value_std, unit_std, ambiguous

How it works, in one pass over the text plus a few look-arounds per number:

1. Numbers are found by one compiled regex: Arabic or Chinese numerals, 百分之X, ranges
   (1-2个, 1或2部), 余/多, a scale word (万/亿) and a unit from `transform.unit_scale`.
2. Numbers that are not targets are dropped by context rules: inside “…” or 《…》 or the
   （牵头单位：…） clause; glued to Latin letters (5G, PM2.5, S319); ordinals (第N), rankings
   (前100项), denominators (每10万人); bare numbers without unit or comparator (document
   numbers, dates, phone numbers, section numbers); Chinese numerals outside a target verb
   (一企一策, 统一部署); voltage classes and capacities naming a thing (110千伏变电站,
   5万吨磷酸铁项目, 15分钟服务圈); qualifiers (投资500万元以上项目25个 → only 25个; 90%以上的
   行政村集体收入超10万元 → only 90%); scope counts (全县13个供电所, 等9类); progress
   figures (已建成…); baselines (由30%提高到50% → only 50%).
3. Comparator, change and baseline come from the words around the number; the year from
   the last 到YYYY年/YYYY年 before it in the same text (clauses before it have none),
   `default_year`, or `annual_year`; recurring targets (每年…) have none.
4. The indicator is the phrase before the number in its clause (cleaned of 到2025年, 力争,
   达到 …) or, when the number comes first ("培育20家龙头企业"), the noun after it;
   "A、B分别下降27%、10%" pairs subjects with values.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from transform.numerals import NUM_AR, NUM_CN, parse_number, to_halfwidth
from transform.unit_scale import BASE_UNITS, standardize, unit_kind

__all__ = ["extract_targets", "COMPARATORS"]

COMPARATORS = (">=", ">", "<=", "<", "~", "=")

# ---------------------------------------------------------------- the number regex
_UNITS = sorted(BASE_UNITS, key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_NUM = rf"(?:百分之(?:百|{NUM_CN}|{NUM_AR})|{NUM_AR}|{NUM_CN})"
_RANGE_SEP = r"(?:-|~|—|–|－|～|至|到|或)"
QTY_RE = re.compile(
    rf"(?P<num>{_NUM})"
    rf"(?:\s?(?P<rsep>{_RANGE_SEP})\s?(?P<num2>{NUM_AR}|{NUM_CN}))?"
    r"(?P<approx1>余|多)?"
    r"\s?(?P<scale>万亿|千万|百万|十万|万|亿)?"
    r"(?P<approx2>余|多)?"
    rf"(?:\s?(?P<unit>{_UNIT_RE}))?"
)
_SUFFIX_RE = re.compile(r"\s?(?P<suf>及以上|以上|及以下|以下|以内|之内|左右|上下|内)")
# A second bound written after the unit: 10%-15%, 3万-5万亩
_RANGE_TAIL_RE = re.compile(rf"\s?{_RANGE_SEP}\s?(?:{NUM_AR}|{NUM_CN})(?:万亿|千万|百万|十万|万|亿)?")

# ---------------------------------------------------------------- years
_YEAR_RE = re.compile(
    r"(?<![\d.])(?<!\d,)(?P<y1>(?:19[5-9]|20\d)\d)(?:\s?年)?\s?(?:-|—|–|－|~|～|至|到)\s?"
    r"(?P<y2>(?:19[5-9]|20\d)\d)\s?年"
    r"|(?<![\d.])(?<!\d,)(?P<y>(?:19[5-9]|20\d)\d)(?P<nian>\s?年)?(?![\d.,%])"
)
_BASE_PREFIX_RE = re.compile(r"(?:比|较|与|同|相比|对比|由|从|于)\s?$")
_BASELINE_RE = re.compile(r"(?:比|较|与|相比于?|对比)\s?(?P<y>(?:19|20)\d{2})\s?年")
_SAME_PERIOD_RE = re.compile(r"同比|(?:比|较)(?:上年|去年|上一年)")
_RECURRING_RE = re.compile(r"每年|每一年|逐年|年年|每季度|每个季度|每月|每周")

# ---------------------------------------------------------------- masked regions
_MASK_RE = re.compile(
    r"“[^“”。\n]{0,40}”"
    r"|《[^《》\n]{0,120}》"
    r"|「[^「」\n]{0,40}」"
    r"|[(\[【]\s?(?:牵头|责任单位|责任部门|主办|配合单位|参与单位|协办)[^)\]】]*(?:[)\]】]|$)"
)

# ---------------------------------------------------------------- boundaries
_SENT_CH = "。;!?\n"
_CLAUSE_CH = _SENT_CH + ",:"
_SEG_CH = _CLAUSE_CH + "、"
_SENT_RE = re.compile(f"[{re.escape(_SENT_CH)}]")
_CLAUSE_RE = re.compile(f"[{re.escape(_CLAUSE_CH)}]")
_SEG_RE = re.compile(f"[{re.escape(_SEG_CH)}]")

# ---------------------------------------------------------------- context vocabularies
_SCOPE_TAIL = re.compile(
    r"(?:全县|全市|全省|全国|全区|全州|全盟|全旗|全镇|全乡|辖区|现有|原有|其他|其余|其它|所有|共有|"
    r"等|共|各|这|该|此|上述|仅|剩余)\s?$")
_PROGRESS_RE = re.compile(r"(?<![而不])已|目前|当前|截至目前|截止目前|现有|共有|去年|上年末")
_REFERENCE_HEAD = re.compile(r"落实|贯彻|执行|按照|根据|依据|对照|参照|遵照")
_BASELINE_VALUE_TAIL = re.compile(r"(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s?$")
_TO_LEVEL_RE = re.compile(r"(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压减|压降|缩减|缩短|压缩|降|减|达)(?:到|至)")

_PREFIX_CMP = [
    (re.compile(r"(?:不超过|不高于|不大于|最多|控制在|控制到|压减到|压减至|压降到|压降至|压缩到|压缩至)$"), "<="),
    (re.compile(r"(?:不少于|不低于|不小于|至少|超过|突破|最少|超)$"), ">="),
    (re.compile(r"(?:大于|高于|多于)$"), ">"),
    (re.compile(r"(?:低于|小于|少于)$"), "<"),
    (re.compile(r"(?:约|大约|近|接近|大概)$"), "~"),
]
_CMP_WORDS = {"至少": ">=", "不少于": ">=", "不低于": ">="}
_CMP_VERB_TAIL = re.compile(
    r"(至少|不少于|不低于)(?:入选|完成|建成|新增|培育|打造|创建|实施|引进|招引|开展|举办|达到|建设|新建|认定)$")
_SUFFIX_CMP = {"及以上": ">=", "以上": ">=", "及以下": "<=", "以下": "<=", "以内": "<=",
               "之内": "<=", "内": "<=", "左右": "~", "上下": "~"}
# Words directly before a bare number (no unit) that still make it a target.
_LEVEL_VERB_TAIL = re.compile(
    r"(?:达到|达|提高到|提升到|提高至|提升至|降至|降到|下降到|降低到|控制在|稳定在|保持在|"
    r"不低于|不少于|不超过|不高于|不大于|不小于|突破|超过|低于|高于|小于|大于|至少)\s?$")
_INC_TAIL = re.compile(r"(?:增长|提高|提升|增加|上升|扩大|增)$")
_DEC_TAIL = re.compile(r"(?:下降|降低|减少|压减|压降|削减|缩减|缩短|压缩|降|减)$")
_NEW_TAIL = re.compile(r"(?:新增|净增|新建|增加值)$")
# Stripped from the tail of the phrase before a number before looking at change verbs.
_CHANGE_NOISE_TAIL = re.compile(
    r"(?:分别|(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年|上一年|基期)(?:相比)?|同比|年均|平均|累计|"
    r"了|共|再|约|大约|分别|都|均|\s)+$")
# Chinese numerals count only next to a verb of commitment or a comparator.
_TARGET_VERB_RE = re.compile(
    r"(?:达到|完成|新增|新建|建成|建设|建|培育|培植|打造|创建|争创|实施|引进|招引|改造|推动|开展|举办|组织|"
    r"入选|认定|累计|实现|突破|增加|提高|形成|培训|吸引|招聘|发展|扶持|支持|争取|选树|创作|申报|设立|"
    r"新培育|新申报|招商|落地|开工|投产|竣工|办好|配备|安装|改建|扩建|提升)")
# Leading words of the indicator phrase that are not part of what is measured.
_LEAD_FILLER_RE = re.compile(
    r"^(?:\s|[,:、]|至少|不少于|不低于|力争|争取|确保|努力|积极|着力|大力|持续|加快|全力|进一步|重点|计划|预计|其中|并且|并|同时|另外|"
    r"此外|全年|年内|年底前|年底|年末|当年|今年|我县|我市|我区|本县|本市|本区|全县|全市|全区|全镇|全乡|全省|"
    r"(?:到|至|截至|截止|于|在)?\s?(?:19|20)\d{2}\s?(?:年(?:底|末|前|内)?(?:前)?)?|到|至|要|将)+")
_LEAD_VERB_RE = re.compile(
    r"^(?:完成|实现|新增|新建|建成|建设|培育|培植|打造|创建|争创|实施|开展|推动|推进|组织|引进|吸引|新招聘|招聘|"
    r"选树|创作|新申报|申报|认定|入选|建|新培育|累计|力争|争取|确保|持续|稳步|加快|支持|扶持|赋能|帮助|提供|"
    r"为|对|向|给)+")
_TAIL_FILLER_RE = re.compile(
    r"(?:要|将|应|需|分别|(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年)(?:相比)?|同比|年均|平均|"
    r"达到|达|为|至|到|稳定在|保持在|控制在|提高到|提升到|提高至|提升至|增加到|增长到|降至|降到|下降到|降低到|"
    r"减少到|压缩至|压缩到|缩短至|缩短到|降低至|减少至|压减至|压减到|不少于|不低于|不小于|至少|超过|突破|高于|大于|多于|不超过|不高于|不大于|低于|小于|少于|约|大约|"
    r"接近|近|在|增长|提高|提升|增加|上升|下降|降低|减少|压减|压降|削减|缩减|的|\s|[,:、])+$")
_VERB_END_RE = re.compile(
    r"(?:新建|建成|建设|培育|培植|打造|创建|争创|实施|引进|招引|开展|举办|组织|新增|完成|推动|赋能|吸引|"
    r"招聘|选树|创作|申报|认定|配备|安装|改造|建)$")
_FUNCTION_WORDS = {"为", "对", "向", "给", "帮助", "在", "使", "让", "将", "把"}
_NOUN_CUT_RE = re.compile(r"提供|开展|实现|达到|参与|进行|获得|注册|纳入|享受|完成|建成|通过")
_POST_LEAD_RE = re.compile(r"^(?:及以上|以上|及以下|以下|左右|的|\s)+")
# After a capacity/time/money quantity these words do not start a noun it would qualify.
_CONNECT_RE = re.compile(r"(?:和|及|与|或|以|左右|上下|内|的|其中|并|同时|等|为|是|了|目标|规模|水平|用于|,|、|。|;|:|\)|\s|$)")
_PERCENT_OF_RE = re.compile(r"\s?(?:及以上|以上|及以下|以下)?的")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class _Cand:
    start: int          # number start
    end: int            # end of number + unit (+ suffix)
    qty_end: int        # end of number + unit (before suffix)
    value: float
    unit: str
    kind: str
    suffix: str
    approx: bool
    is_range: bool
    chinese: bool
    bare: bool
    keep: bool = True
    noun_end: int = -1  # end of the noun after the number consumed for the indicator


def _last_boundary(positions: list[int], pos: int) -> int:
    """Index just after the last boundary before pos (0 when none)."""
    i = bisect_left(positions, pos)
    return positions[i - 1] + 1 if i else 0


def _next_boundary(positions: list[int], pos: int, n: int) -> int:
    i = bisect_left(positions, pos)
    return positions[i] if i < len(positions) else n


def _in_mask(masks: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and masks[i][0] <= pos < masks[i][1]


def _year_events(t: str) -> tuple[list[int], list[int]]:
    """Positions and values of year mentions that set the year of what follows."""
    pos: list[int] = []
    val: list[int] = []
    for m in _YEAR_RE.finditer(t):
        if m.group("y2"):
            y, at = int(m.group("y2")), m.start()
        else:
            y, at = int(m.group("y")), m.start()
            after = t[m.end():m.end() + 3]
            if not m.group("nian"):
                # a lost 年: "力争2023市级…" — a year only before CJK text that is not a unit
                nxt = t[m.end():m.end() + 1]
                if not nxt or not _CJK_RE.match(nxt) or QTY_RE.match(t, m.start()).group("unit"):
                    continue
            elif after.startswith("以来") or after.startswith("度以来"):
                continue
        before = t[max(0, at - 3):at]
        if _BASE_PREFIX_RE.search(before):
            continue  # 比2020年 / 由2020年的 — a baseline, not the year of the target
        pos.append(at)
        val.append(y)
    return pos, val


def _scan(t: str, masks, mask_starts) -> list[_Cand]:
    cands: list[_Cand] = []
    n = len(t)
    for m in QTY_RE.finditer(t):
        start, qend = m.start(), m.end()
        num = m.group("num")
        prev = t[start - 1] if start else ""
        if prev and (prev.isascii() and (prev.isalnum() or prev in "._/-#")):
            continue  # PM2.5, S319, G240, P3, 113717/2023
        unit = (m.group("scale") or "") + (m.group("unit") or "")
        nxt = t[qend] if qend < n else ""
        if nxt and nxt.isascii() and nxt.isalnum():
            continue  # 5G, 3D, 4A级
        if _in_mask(masks, mask_starts, start):
            continue
        chinese = not num[0].isdigit() and not num.startswith("百分之")
        if num.startswith("百分之"):
            unit = "%"
        value = parse_number(num)
        if value is None or not math.isfinite(value):
            continue
        is_range = bool(m.group("num2"))
        if is_range:
            v2 = parse_number(m.group("num2"))
            if not unit or v2 is None or v2 <= value:
                continue  # 2023-2025, 07-31: not a range of values
        suffix = ""
        end = qend
        sm = _SUFFIX_RE.match(t, qend)
        if sm:
            suf = sm.group("suf")
            if suf != "内" or unit_kind(unit) == "time":
                suffix = suf
                end = sm.end()
        if unit and not is_range:
            rm = _RANGE_TAIL_RE.match(t, qend)
            if rm and t.startswith(unit.lstrip("万亿十百千"), rm.end()) and not suffix:
                is_range = True
                end = rm.end() + len(unit.lstrip("万亿十百千"))
        approx = bool(m.group("approx1") or m.group("approx2"))
        cands.append(_Cand(start=start, end=end, qty_end=qend, value=value, unit=unit,
                           kind=unit_kind(unit), suffix=suffix, approx=approx, is_range=is_range,
                           chinese=chinese, bare=not unit))
    return cands


def _drop_by_context(t: str, c: _Cand, seg_start: int, clause_start: int) -> bool:
    """True when the number is not a target, judged from its own surroundings."""
    before = t[max(0, c.start - 6):c.start]
    prev = before[-1:] if before else ""
    if prev in ("第", "前", "后", "每", "年", "月", "号", "准") or before.endswith("No."):
        return True
    if t.startswith("级", c.qty_end):
        return True  # 十亿级, 百亿级, 4A级: a class, not an amount
    sm = _SCOPE_TAIL.search(before)
    if sm and (c.kind in ("count", "none") or not sm.group(0).startswith("等")):
        return True  # 全县13个供电所, 等9类 (but 等10公里: the total of the list)
    seg_before = t[seg_start:c.start]
    clause_before = t[clause_start:c.start]
    if _PROGRESS_RE.search(clause_before):
        return True
    if _BASELINE_VALUE_TAIL.search(t, max(0, c.start - 12), c.start) and _TO_LEVEL_RE.search(t, c.end, min(len(t), c.end + 30)):
        return True
    if c.bare:
        if not (c.suffix in ("以上", "以下", "以内", "左右", "及以上", "及以下") or c.approx
                or _LEVEL_VERB_TAIL.search(seg_before)):
            return True
        if c.value.is_integer() and 1900 <= c.value <= 2100 and not c.suffix:
            return True
    after = t[c.end:c.end + 4]
    if c.chinese:
        num_txt = t[c.start:c.qty_end]
        if num_txt[0] in "百千" and c.value in (100, 1000) and len(num_txt) <= 2:
            return True  # 千项技改, 百城万站
        has_cmp = (bool(c.suffix or c.approx) or _PREFIX_CMP[1][0].search(seg_before) is not None
                   or _CMP_VERB_TAIL.search(seg_before) is not None)
        if c.unit in ("批", "类", "些", "期") or num_txt[0] in "零〇":
            return True  # 一批, 准四类, 二期, 零部件
        if not has_cmp:
            if c.value == 1 and not c.is_range:
                return True  # 统一部署, 一企一策, 打造一个…
            if not _TARGET_VERB_RE.search(t, seg_start, c.start):
                return True
        if after[:1] in ("不", "一", "两", "三", "四", "五"):
            return True  # 四个不摘
    if c.unit in ("千伏", "kV", "KV", "伏", "千伏安"):
        return True  # a voltage class names a thing (110千伏变电站)
    if _REFERENCE_HEAD.search(t[clause_start:c.start]) and c.unit in ("条", "款"):
        return True  # 落实…15条: a reference to a rule set
    if c.kind in ("capacity", "time", "money"):
        if not c.suffix and not _CONNECT_RE.match(t, c.end) and _CJK_RE.match(t, c.end):
            return True  # 5万吨磷酸铁, 100MW风电项目, 15分钟服务圈, 10亿元企业
    if c.suffix in ("以上", "及以上", "以下", "及以下") and c.kind not in ("count", "percent"):
        nxt = t[c.end:c.end + 1]
        if nxt and _CJK_RE.match(nxt) and nxt != "的":
            return True  # 投资500万元以上技术改造项目
    return False


def _comparator(t: str, c: _Cand, seg_before: str) -> str:
    if c.is_range:
        return ">="
    if c.suffix:
        return _SUFFIX_CMP[c.suffix]
    if c.approx:
        return ">="
    tail = seg_before.rstrip()
    tail = re.sub(r"(?:分别|均|都|平均|年均)$", "", tail)
    for rx, op in _PREFIX_CMP:
        if rx.search(tail):
            return op
    # 至少入选一人, 不少于建成5个: a comparator, then a verb of commitment
    m = _CMP_VERB_TAIL.search(tail)
    if m:
        return ">=" if m.group(1) in (">=",) else _CMP_WORDS[m.group(1)]
    return "="


def _change(seg_before: str) -> str | None:
    tail = _CHANGE_NOISE_TAIL.sub("", seg_before)
    if _NEW_TAIL.search(tail):
        return None
    if _INC_TAIL.search(tail):
        return "increase"
    if _DEC_TAIL.search(tail):
        return "decrease"
    return None


def _clean_pre(s: str) -> tuple[str, str]:
    """(indicator phrase, leading verb) from the text before a number."""
    prev = None
    while prev != s:
        prev = s
        s = _LEAD_FILLER_RE.sub("", s)
        s = _TAIL_FILLER_RE.sub("", s)
    verb = ""
    m = _LEAD_VERB_RE.match(s)
    if m:
        verb = m.group(0)
        s = s[m.end():]
        s = _LEAD_FILLER_RE.sub("", s)
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
    s = re.sub(r"(?:和|及|与|或|以及|\s)+$", "", s)
    return s, c.end + off + len(s)


_YEAR_HEAD_RE = re.compile(
    r"\s?(?:力争|争取|确保|预计)?\s?(?:到|至|截至|截止)?\s?(?:19|20)\d{2}\s?年(?:底|末)?(?:前)?\s?")


def _clause_text(text: str, t: str, clause_pos: list[int], c: _Cand) -> str:
    """The clause holding the number, with a leading "到2025年，" kept."""
    cs = _last_boundary(clause_pos, c.start)
    ce = _next_boundary(clause_pos, c.end, len(t))
    if cs >= 2 and t[cs - 1] == ",":
        ps = _last_boundary(clause_pos, cs - 1)
        if _YEAR_HEAD_RE.fullmatch(t, ps, cs - 1):
            cs = ps
    return text[cs:ce].strip()


def _subjects_before(t: str, seg_start_clause: int, pos: int) -> list[str]:
    """Subjects of "A、B分别…": the text before 分别 split on 、/和/及."""
    head = t[seg_start_clause:pos]
    k = head.find("分别")
    if k < 0:
        return []
    head = head[:k]
    head = re.sub(r"(?:(?:比|较|与)\s?(?:(?:19|20)\d{2}\s?年(?:底|末)?|上年|去年)(?:相比)?|同比|年均)$", "", head)
    head = _LEAD_FILLER_RE.sub("", head)
    parts = [p for p in re.split(r"、|和|及|与", head) if p.strip()]
    return [p.strip() for p in parts]


_CONNECTORS = {"和", "及", "与", "以及", "或", "、"}


def _is_continuation(t: str, a: _Cand, b: _Cand, clause_pos: list[int]) -> bool:
    """b continues a list started by a: only 、/和/及 between them, in the same clause."""
    gap = t[a.end:b.start]
    if a.noun_end > 0:
        return False
    return (re.fullmatch(r"\s?(?:、|和|及|与|以及)?\s?", gap) is not None
            and _last_boundary(clause_pos, a.start) == _last_boundary(clause_pos, b.start) or
            re.fullmatch(r"\s?、\s?", gap) is not None)


def _indicator(t: str, c: _Cand, kept: list[_Cand], i: int, boundary: int, seg_end: int,
               continuation: bool, prev_rec: dict | None) -> str:
    """Shortest phrase naming what the number measures."""
    raw = t[boundary:c.start]
    bm = re.search(r"(?:由|从)(?:(?:19|20)\d{2}\s?年(?:底|末)?的?)?\s?[\d一二两三四五六七八九十百]", raw)
    if bm and _TO_LEVEL_RE.search(raw, bm.end()):
        raw = raw[:bm.start()]  # 由2020年的85%提高到: the subject is before 由
    pre, verb = _clean_pre(raw)
    if pre in _CONNECTORS:
        pre = ""
    later_in_seg = i + 1 < len(kept) and kept[i + 1].start < seg_end
    ends_with_verb = bool(pre) and _VERB_END_RE.search(pre) is not None
    list_of_examples = pre.endswith("等") and t[c.end:c.end + 6].lstrip("及以上下左右内 ").startswith("的")
    if pre and not ends_with_verb and not list_of_examples:
        return pre
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
    head = re.split(r"由|从", head)[0]
    return _clean_pre(head)[0]


def _last_boundary_clause(t: str, pos: int) -> int:
    k = max(t.rfind(ch, 0, pos) for ch in _CLAUSE_CH)
    return k + 1


def extract_targets(text: str, *, default_year: int | None = None,
                    annual_year: int | None = None) -> list[dict]:
    """Quantitative targets in the text of one task (or one paragraph outside any task).

    `default_year` is a year inherited from the context (a section's 到2025年); `annual_year`
    is Y for an annual plan: every target without a year gets Y. Never raises on odd input.
    """
    if not text or not isinstance(text, str):
        return []
    t = to_halfwidth(text)
    n = len(t)
    masks = [(m.start(), m.end()) for m in _MASK_RE.finditer(t)]
    mask_starts = [a for a, _ in masks]
    sent_pos = [m.start() for m in _SENT_RE.finditer(t)]
    clause_pos = [m.start() for m in _CLAUSE_RE.finditer(t)]
    seg_pos = [m.start() for m in _SEG_RE.finditer(t)]
    ypos, yval = _year_events(t)

    cands = _scan(t, masks, mask_starts)
    # context rules on each number alone
    for c in cands:
        seg_start = _last_boundary(seg_pos, c.start)
        clause_start = _last_boundary(clause_pos, c.start)
        if _drop_by_context(t, c, seg_start, clause_start):
            c.keep = False
    kept = [c for c in cands if c.keep]
    # rules between numbers of the same clause
    for i, c in enumerate(kept):
        clause_end = _next_boundary(clause_pos, c.end, n)
        seg_end = _next_boundary(seg_pos, c.end, n)
        later = [d for d in kept[i + 1:] if d.keep and d.start < clause_end]
        if c.kind == "percent" and _PERCENT_OF_RE.match(t, c.end) and t[c.end:c.end + 4].find("的") >= 0:
            for d in later:
                d.keep = False  # 90%以上的行政村集体收入超10万元: the 10万元 defines who counts
        if c.kind not in ("count", "percent"):
            nxt = _POST_LEAD_RE.sub("", t[c.end:c.end + 3])[:1]
            if nxt and _CJK_RE.match(nxt) and not _CONNECT_RE.match(t, c.end):
                if any(d.start < seg_end and d.kind == "count" for d in later):
                    c.keep = False  # 营业收入过10亿元企业1家: the 10亿元 qualifies the count
    kept = [c for c in kept if c.keep]

    out: list[dict] = []
    starts: list[int] = []  # number start of each record in out
    cont = [i > 0 and _is_continuation(t, kept[i - 1], c, clause_pos) for i, c in enumerate(kept)]
    prev_c: _Cand | None = None
    prev_rec: dict | None = None
    list_subjects: list[str] = []
    list_idx = 0
    for i, c in enumerate(kept):
        seg_start = _last_boundary(seg_pos, c.start)
        seg_end = _next_boundary(seg_pos, c.end, n)
        clause_start = _last_boundary(clause_pos, c.start)
        sent_start = _last_boundary(sent_pos, c.start)
        boundary = seg_start
        if prev_c is not None and prev_c.start >= seg_start:
            boundary = max(boundary, prev_c.noun_end if prev_c.noun_end > 0 else prev_c.end)
        continuation = cont[i] and prev_rec is not None
        comparator = _comparator(t, c, t[seg_start:c.start])
        change = _change(t[seg_start:c.start])
        if continuation and prev_rec is not None and t[boundary:c.start].strip(" 、和及与以,") == "":
            # the 10% of "分别下降27%、10%" shares the words before the first value
            if change is None:
                change = prev_rec["change"]
            if comparator == "=" and not (c.suffix or c.approx or c.is_range):
                comparator = prev_rec["_prefix_cmp"]
        indicator = _indicator(t, c, kept, i, boundary, seg_end, continuation, prev_rec)
        # "A、B分别…X、Y": pair subjects with values
        if not continuation:
            list_subjects, list_idx = [], 0
            if "分别" in t[clause_start:c.start]:
                k = 1
                while i + k < len(kept) and cont[i + k]:
                    k += 1
                list_subjects = _subjects_before(t, clause_start, c.start)
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
        # year
        yi = bisect_left(ypos, c.start) - 1
        year = yval[yi] if yi >= 0 else default_year
        if _RECURRING_RE.search(t, sent_start, c.start):
            year = None
        if year is None and annual_year is not None:
            year = annual_year
        # baseline
        baseline = None
        sent_before = t[sent_start:c.start]
        bms = list(_BASELINE_RE.finditer(sent_before))
        if bms:
            baseline = int(bms[-1].group("y"))
        elif _SAME_PERIOD_RE.search(sent_before) and year is not None:
            baseline = year - 1
        value_std, unit_std = standardize(c.value, c.unit)
        if not math.isfinite(value_std):
            value_std, unit_std = c.value, c.unit
        rec = {
            "indicator": (indicator or "").strip(" ,、:") or None,
            "value": float(c.value),
            "unit": c.unit,
            "comparator": comparator,
            "change": change,
            "year": year,
            "baseline_year": baseline,
            "text": _clause_text(text, t, clause_pos, c),
            "value_std": float(value_std),
            "unit_std": unit_std,
            "ambiguous": bool(c.is_range),
        }
        out.append(rec)
        prev_rec = dict(rec, _prefix_cmp=_comparator(t, _Cand(c.start, c.start, c.start, 0.0, "", "none", "",
                                                              False, False, False, True), t[seg_start:c.start]))
        starts.append(c.start)
        prev_c = c
    return out
