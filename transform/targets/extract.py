"""`extract_targets`: the number scan, the exclusion rules, then one record per kept number with
its comparator, change, indicator, year and baseline (see the package docstring).

Long module: `_Reader` holds the state one text's records share (the numbers kept, the records
so far, the years named, list and continuation marks) and every step that reads it; split up,
each step would take that state as a bundle of arguments. The rules themselves live in the
sibling modules (indicators, years, comparators, exclusions)."""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from transform.explain import TRACE, TargetTrace
from transform.numerals import to_halfwidth
from transform.targets.area_tables import area_targets
from transform.targets.borrowed import (
    breaks_down,
    fund_of_clause_before,
    fund_verb_alone,
    object_of_sentence_before,
    served_before,
    work_of_clause_before,
    work_opened_before,
)
from transform.targets.comparators import (
    _CHANGE_WORD_RE,
    _LEVEL_VERB_TAIL,
    LEVEL_REACHED_RE,
    _change,
    _change_after,
    _change_at_start,
    _prefix_comparator,
    _rate_change,
    average_cut,
    floor_over_object,
    relative_kind,
)
from transform.targets.exclusions import _drop_by_context, _Flags
from transform.targets.indicators import (
    _indicator,
    _is_continuation,
    _shorten,
    _strip_lead_filler,
    _subjects_before,
    bare_verb,
    borrowed,
    joint_parts,
    level_subject,
    noun_of_pair,
    object_of_clause_before,
    part_of_whole,
    rate_of,
    sentence_subject,
    share_of,
    subjects_of_clause_before,
)
from transform.targets.printed import as_printed, simplified_copy
from transform.targets.qualifiers import _drop_qualifiers
from transform.targets.quantity import SUFFIX_CMP
from transform.targets.recurring import recurring_in
from transform.targets.scan import _Cand, _scan
from transform.targets.spans import (
    _clause_text,
    _ends_after,
    _sent_start,
    _starts_before,
    unwrapped,
)
from transform.targets.tables import _line_cell_targets, _table_targets
from transform.targets.words import any_word_re, lex
from transform.targets.years import (
    _YEARISH_RE,
    _add_plan_period_years,
    _add_relative_years,
    _baseline,
    _year_of,
    _years_listed,
    add_span_years,
    deadline_after,
)
from transform.unit_scale import split_unit, standardize


def extract_targets(
    text: str,
    *,
    default_year: int | None = None,
    annual_year: int | None = None,
    first_year: int | None = None,
    issued: int | None = None,
) -> list[dict]:
    """Quantitative targets in the text of one task (or one paragraph outside any task).

    `default_year` is a year inherited from the context (a section's 到2025年); `annual_year`
    is Y for an annual plan: every target without a year gets Y; `first_year` is the first year
    of a plan of several years. A figure stated for a year before the plan (annual or not) in
    its own sentence is a past figure, not a target; `issued` is the year the page was
    published (明年 is the year after it). Never raises on odd input.
    """
    if not text or not isinstance(text, str):
        return []
    w = simplified_copy(text)  # a traditional text read alone: its simplified working copy
    if w is not None:
        return as_printed(
            w,
            extract_targets(
                w.text,
                default_year=default_year,
                annual_year=annual_year,
                first_year=first_year,
                issued=issued,
            ),
        )
    rec = TRACE.get()  # `planwatch parse --explain` (transform.explain): None on the normal path
    if rec is not None:
        return rec.targets(text, _extract, default_year, annual_year, first_year, issued)
    return _extract(text, default_year, annual_year, first_year, issued, None)


def _piped_tables(
    t: str, text: str, default_year: int | None, annual_year: int | None, first_year: int | None
) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    """The targets of the "|" tables of a text and their rows' spans: indicator tables, and task
    breakdown tables by area (`area_tables`)."""
    table, spans = _table_targets(t, text, default_year, annual_year, first_year)
    if "（" in t or "(" in t:
        area, area_spans = area_targets(t, text, default_year if default_year is not None else annual_year)
        table, spans = sorted(table + area, key=lambda x: x[0]), sorted(spans + area_spans)
    return table, spans


def _extract(
    text: str,
    default_year: int | None,
    annual_year: int | None,
    first_year: int | None,
    issued: int | None,
    tr: TargetTrace | None,
) -> list[dict]:
    t = unwrapped(to_halfwidth(text))  # (城镇调查失业率控制在\n5.5%以内: a wrapped line)
    if " - " in t or "] " in t:
        t = _marks_as_commas(t)
    if ")" in t or _CIRCLED_RE.search(t):
        t = _blank_item_marks(t)
    cands, ypos, yval = _scan(t, None if tr is None else tr.scan_drops)
    if tr is not None:
        tr.t, tr.cands, tr.ypos, tr.yval = t, list(cands), ypos, yval
    table: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    if "|" in t:
        table, spans = _piped_tables(t, text, default_year, annual_year, first_year)
    if "\n" in t or "。" in t:
        cells, cell_spans = _line_cell_targets(t, text, default_year, annual_year)
        if cells:
            table = sorted(table + cells, key=lambda x: x[0])
            spans = sorted(spans + cell_spans)
    if spans:
        span_starts = [a for a, _ in spans]
        cands = [
            c
            for c in cands
            if not ((k := bisect_right(span_starts, c.start) - 1) >= 0 and c.start < spans[k][1])
        ]
    if tr is not None:
        tr.table, tr.spans = table, spans
    if not cands:
        return [r for _, r in table] if table else []
    rev = t[::-1]
    if "五" in t:
        _add_plan_period_years(t, ypos, yval)
    add_span_years(t, ypos, yval, annual_year if annual_year is not None else first_year)  # 3年内: by 2025
    if issued is not None and "明年" in t:
        _add_relative_years(t, ypos, yval, issued + 1)
    this_year = issued if issued is not None else annual_year
    if this_year is not None and "今年" in t and (ypos or issued is not None):
        _add_relative_years(t, ypos, yval, this_year, "今年")  # 到2035年…。今年…增长6%: this year's
    kept = _kept(t, rev, cands, tr, first_year if annual_year is None else None, annual_year)
    reader = _Reader(text, t, rev, kept, ypos, yval, default_year, annual_year, first_year)
    for i, c in enumerate(kept):
        reader.read(i, c)
    out, starts = reader.out, reader.starts
    if tr is not None:
        tr.kept, tr.starts, tr.records = kept, starts, out
    if table:
        merged = sorted(
            [(s0, i, r) for i, (s0, r) in enumerate(zip(starts, out, strict=False))]
            + [(s0, -1, r) for s0, r in table],
            key=lambda x: (x[0], x[1]),
        )
        return [r for _, _, r in merged]
    return out


def _label_rate_change(t: str, seg_start: int, start: int) -> str | None:
    """ "规模以上工业增加值增速：≥7%": a label (name：value) whose name is a rate of growth (of
    decline) names the change of the share after its colon, as "增速达到7%" does."""
    k = seg_start - 1 if t[seg_start - 1 : seg_start] in ":：" else seg_start
    if t[k : k + 1] not in ":：" or t.find(":", k + 1, start) >= 0 or t.find("：", k + 1, start) >= 0:
        return None
    return _rate_change(t[max(0, k - 16) : k] + t[k + 1 : start])


def _kept(
    t: str,
    rev: str,
    cands: list[_Cand],
    tr: TargetTrace | None = None,
    first_year: int | None = None,
    annual_year: int | None = None,
) -> list[_Cand]:
    """The numbers that survive the exclusion rules, with their boundaries set. `first_year`: the
    first year of a plan of several years (a share led by a year from it on is a goal);
    `annual_year`: the year of an annual plan."""
    n = len(t)
    flags = _Flags(t, rev)
    flags.first_year = first_year
    flags.annual_year = annual_year
    kept = []
    for c in cands:  # context rules on each number alone
        c.seg_start, c.clause_start = _starts_before(rev, n, c.start)
        if rule := _drop_by_context(t, c, c.seg_start, c.clause_start, flags):
            c.keep = False
            if tr is not None:
                tr.drop(c, rule)
        else:
            c.seg_end, c.clause_end = _ends_after(t, n, c.end)
            c.sent_start = _sent_start(t, rev, n, c.start, c.clause_start)
            kept.append(c)
    if len(kept) > 1:
        _drop_qualifiers(t, kept)
        if tr is not None:
            for c in kept:
                if not c.keep:
                    tr.drop(c, "qualifiers._drop_qualifiers")
        kept = [c for c in kept if c.keep]
    return kept


# a digest on one line: " - " before an item (not between two numbers: 5 - 8个), "[1][2]" after it
_INLINE_MARK_RE = re.compile(r"(?<=[^\d\s]) - (?=[^\d\s])| ?(?:\[\d{1,2}\]){1,4}(?= )")


def _marks_as_commas(t: str) -> str:
    """`t` with each inline item or source mark made a clause break of the same length (the
    clause copied as `text` is cut at the same places from the page's own characters)."""
    return _INLINE_MARK_RE.sub(lambda m: " " * (len(m.group()) - 1) + ",", t)


# an item's own number run into a paragraph after the sentence before it ("…5处。 (9)建成…",
# "…。②新增…"): the list's numbering, never part of an indicator nor a subject to share
# (the boundary first: a pattern that opens with a character class is scanned for fast)
_ITEM_MARK = r" {0,2}(?:\(\d{1,2}\)|[\u2460-\u2473])(?=[^\d\s)%])"
_ITEM_MARK_RE = re.compile(f"[。;!?\n]({_ITEM_MARK})")
_ITEM_MARK_AT_START = re.compile(_ITEM_MARK)
_CIRCLED_RE = re.compile("[\u2460-\u2473]")


def _blank_item_marks(t: str) -> str:
    """`t` with each item mark (see _ITEM_MARK_RE) made spaces of the same length."""
    t = _ITEM_MARK_RE.sub(lambda m: m.group()[0] + " " * len(m.group(1)), t)
    m = _ITEM_MARK_AT_START.match(t)
    return " " * m.end() + t[m.end() :] if m else t


_ITEM_TAIL = 6  # characters of a list item's words after its number (…3%左右安排、)


class _Reader:
    """Reads the kept numbers of one text in order into records; a number may borrow from the
    one before it (a list "分别下降27%、10%", a clause without a subject "同比增长15%")."""

    def __init__(
        self,
        text: str,
        t: str,
        rev: str,
        kept: list[_Cand],
        ypos: list[int],
        yval: list[int],
        default_year: int | None,
        annual_year: int | None,
        first_year: int | None = None,
    ) -> None:
        self.text, self.t, self.rev, self.kept = text, t, rev, kept
        self.ypos, self.yval = ypos, yval
        self.default_year, self.annual_year = default_year, annual_year
        self.first_year = annual_year if annual_year is not None else first_year
        # every recurring word holds 每, 逐 or 年年: without them no window of t has one
        self.recurring = "每" in t or "逐" in t or "年年" in t
        self.out: list[dict] = []
        self.starts: list[int] = []  # number start of each record in out
        self.cont = [False] + [_is_continuation(t, kept[i - 1], kept[i]) for i in range(1, len(kept))]
        self.prev_c: _Cand | None = None
        self.prev_rec: dict | None = None
        self.prev_prefix_cmp = "="
        self.list_subjects: list[str] = []
        self.list_years: list[int] = []
        self.list_idx = 0
        self.list_run: tuple[int, str, bool, int] | None = None

    def read(self, i: int, c: _Cand) -> None:
        """Append the record of the i-th kept number c (unless it is a past figure)."""
        t = self.t
        prev_c, prev_rec = self.prev_c, self.prev_rec
        boundary = self._boundary(c)
        continuation = self.cont[i] and prev_rec is not None
        comparator, change, prefix_cmp = self._comparator_change(c, boundary, continuation)
        if not (c.suffix or c.approx or c.is_range):
            comparator = self._list_suffix(i, comparator)
        indicator = _indicator(t, c, self.kept, i, boundary, c.seg_end, continuation, prev_rec)
        indicator = self._paired_subject(i, c, continuation, indicator)
        indicator = self._share_subject(c, indicator)
        indicator = self._part_subject(c, indicator)
        indicator = _without_open_bracket(_per_in_front(indicator))
        if _names_nothing(indicator, bool(self.out)):
            indicator = ""
        if not (indicator or "").strip(" ,、:") and not continuation and not self._earlier_in_clause(c):
            # (the label heading a list names no figure after the list's first one: "…增长7.5%、
            # 力争突破4000亿元" measures what the figure before it measures)
            indicator = _label_before(t, c.clause_start) or indicator
        indicator = _object_before(t, c, indicator)  # 设立…专项资金，每年不少于2亿元; 举办…。全年举办40场次
        indicator = self._part_of_whole(c, boundary) or indicator  # …6万套，其中新建3.5万套
        if not (indicator or "").strip(" ,、:") and self.out:
            # "电商交易额突破20亿元，同比增长15%", "GDP增长6%左右，力争7%", "到2024年，产业规模
            # 达到150亿元；到2025年，达到200亿元": no subject of its own, the previous one holds
            # (unless it stands in an earlier sentence and a clause before this one in its own
            # sentence names one: "…。固废综合利用率稳步提高，到2025年达到75%")
            own = sentence_subject(t, c.clause_start, c.sent_start) if self.starts[-1] < c.sent_start else ""
            indicator = own or level_subject(self.out[-1], c)
            # (a level after a rate of change is none: "增长6%，达到520亿元")
            if (
                change is None
                and self.starts[-1] >= c.sent_start
                and (prev_c is None or (prev_c.kind == "percent") == (c.kind == "percent"))
                and LEVEL_REACHED_RE.search(t, c.clause_start, c.start) is None
            ):
                change = self.out[-1]["change"]
        elif not (indicator or "").strip(" ,、:"):
            # (no figure before it: "脱贫人口人均纯收入增幅高于…，到2025年达到1.6万元以上")
            indicator = sentence_subject(t, c.clause_start, c.sent_start) or indicator
        elif bare_verb(indicator):
            indicator = self._bare_verb_subject(c, indicator)
        elif self.out and self.starts[-1] >= c.sent_start:
            indicator = rate_of(self.out[-1]["indicator"] or "", indicator)
        year, past = self._year(c)
        if past:
            return
        inherited = prev_rec["baseline_year"] if continuation and prev_rec is not None else None
        baseline = _baseline(t, c, year, inherited, boundary)
        rec = _record(self.text, t, self.rev, c, indicator, comparator, change, year, baseline)
        for part in joint_parts(rec["indicator"] or "", t, c.end, c.start):
            # "A率和B率均达到92%": one target per measure (the last one is rec, read on below)
            self.out.append(dict(rec, indicator=part[0]))
            self.starts.append(c.start)
            rec = dict(rec, indicator=part[1])
        self.out.append(rec)
        self.prev_rec, self.prev_prefix_cmp = rec, prefix_cmp  # rec is never changed once in out
        self.starts.append(c.start)
        self.prev_c = c

    def _share_subject(self, c: _Cand, indicator: str) -> str:
        """ "工业投资年均增长12%，占固定资产投资比重达到35%": a share that opens with 占 is the share of
        what the figure before it in the sentence measures (`indicators.share_of`); a share after
        其中 whose words are a verb and what is reached ("完成15个城中村改造任务，其中30%以上达到完整社区
        建设标准") is the share of those things that reach it (城中村改造任务达到完整社区建设标准比例)."""
        if not indicator or not self.out or self.starts[-1] < c.sent_start:
            return indicator
        if indicator[0] == "占":
            return share_of(self.out[-1]["indicator"] or "", indicator)
        if (
            c.kind == "percent"
            and indicator.startswith(_SUBSET_SHARE_VERBS)
            and self.t[c.clause_start : c.start].strip(" ,:") in _SUBSET_SHARE_HEADS
            and (prev := self.out[-1]["indicator"] or "")
        ):
            return prev + indicator + ("" if indicator.endswith(_SHARE_ENDS) else "比例")
        if (
            c.kind == "percent"
            and (cop := next((w for w in _SUBSET_SHARE_COPULAS if indicator.startswith(w)), ""))
            and len(indicator) - len(cop) >= 2
            and self.t[c.clause_start : c.start].strip(" ,:") in _SUBSET_SHARE_HEADS
            and (prev := self.out[-1]["indicator"] or "")
        ):
            # "城镇新增就业5000人，其中30%为高校毕业生": the share of those counted who are 高校毕业生
            rest = indicator[len(cop) :]
            return prev + "中" + rest + ("" if rest.endswith(_SHARE_ENDS) else "比例")
        return indicator

    def _part_subject(self, c: _Cand, indicator: str) -> str:
        """ "社区养老服务设施覆盖率城市达到100%，农村达到80%以上": a part alone (农村) measures what the
        figure before it in the sentence measures for its own part (农村社区养老服务设施覆盖率); after
        a label ("垃圾分类覆盖率：城区100%，农村80%") the part measures what the label names."""
        if indicator not in _PARTS:
            return indicator
        if not self.out or self.starts[-1] < c.sent_start:
            label = _label_before(self.t, c.clause_start)
            return indicator + label if label and not label.startswith(_PARTS) else indicator
        if self.prev_c is not None and self.prev_c.unit != c.unit:
            return indicator  # (城区污水处理率达到97%，对乡镇15公里管网…: another measure)
        prev = self.out[-1]["indicator"] or ""
        part = next((w for w in _PARTS if prev.endswith(w) and len(prev) > len(w) + 1), "")
        if part:
            return indicator + prev[: -len(part)]
        # (the part the previous figure opened with: 城区垃圾分类覆盖率 -> 农村垃圾分类覆盖率)
        part = next((w for w in _PARTS if prev.startswith(w) and len(prev) > len(w) + 1), "")
        return indicator + prev[len(part) :] if part else indicator

    def _bare_verb_subject(self, c: _Cand, verb: str) -> str:
        """What a figure after a verb alone counts: what the previous figure of the sentence (or of
        the sentence before one that breaks it down: "…8个。其中：2024年建成2个"), in the same unit, names ("到2025年，设施农业面积达到3万亩，今年新增5000亩", "明年完成改厕2000户，今年
        完成1500户"); with no figure before it in the sentence, what the clause before it builds
        ("布局建设加氢站，2023年新建15座"); else the verb."""
        prev_c = self.prev_c
        if not self.out or self.starts[-1] < c.sent_start:
            if not (prev_c is not None and breaks_down(self.t, prev_c.end, c.sent_start)):
                # (…, "确保完成800户、力争完成1000户农村危房改造": the noun after the figure it pairs with)
                pair = noun_of_pair(self.t, c.end, c.unit)
                return object_of_clause_before(self.t, c.clause_start, c.sent_start) or (
                    verb + pair if pair else verb
                )
        if (
            prev_c is not None
            and split_unit(prev_c.unit)[1] == split_unit(c.unit)[1]
            and self.out[-1]["indicator"]
        ):
            return borrowed(self.out[-1]["indicator"], verb)
        return verb

    def _part_of_whole(self, c: _Cand, boundary: int) -> str:
        """A verb alone (`part_verbs`, or a lead verb) before the figure c, after 其中 in the sentence
        of a figure in the same unit before it: its part of that whole ("筹集保障性租赁住房6万套，其中
        新建3.5万套、改建2.5万套" → 新建保障性租赁住房, 改建保障性租赁住房); "" if not so."""
        t = self.t
        k = t.rfind("其中", c.sent_start, c.start) if self.out else -1
        if k < 0:
            return ""
        verb = t[max(boundary, k + 2) : c.start].strip(_PART_MARKS)
        if not (verb in _PART_VERBS or bare_verb(verb)):
            return ""
        i = bisect_right(self.starts, k - 1) - 1
        if i < 0 or self.starts[i] < c.sent_start:
            return ""
        whole = self.out[i]
        if split_unit(whole["unit"] or "")[1] != split_unit(c.unit)[1]:
            return ""
        return part_of_whole(whole["indicator"] or "", verb)

    def _earlier_in_clause(self, c: _Cand) -> bool:
        """A figure already read stands in the clause of c."""
        return bool(self.out) and self.starts[-1] >= c.clause_start

    def _boundary(self, c: _Cand) -> int:
        """Where the indicator of c may start. "新建、改扩建中小学、幼儿园12所": the nouns before
        the number share it, so at the clause, or just after the previous target in it."""
        t, prev_c = self.t, self.prev_c
        boundary = c.clause_start
        if prev_c is not None and prev_c.start >= c.clause_start:
            boundary = max(boundary, prev_c.noun_end if prev_c.noun_end > 0 else prev_c.end)
            # "赤字率按3%左右安排、债务规模…": the previous item's tail ends at its 、
            dun = t.find("、", boundary, min(c.start, boundary + _ITEM_TAIL + 1))
            if dun >= 0 and not any(ch.isdigit() or ch in "(（" for ch in t[boundary:dun]):
                boundary = dun + 1
            elif t.startswith(("和", "及", "与", "以及"), boundary) and boundary < c.start - 2:
                # "新建学校5所和幼儿园10所": the connector after the previous figure opens no noun
                boundary += 2 if t.startswith("以及", boundary) else 1
        return boundary

    def _year(self, c: _Cand) -> tuple[int | None, bool]:
        """(year of c, whether it is a past figure)."""
        t = self.t
        listed = self.list_years[self.list_idx] if self.list_idx < len(self.list_years) else None
        year, past = _year_of(
            t,
            c,
            self.ypos,
            self.yval,
            self.default_year,
            self.annual_year,
            listed,
            self.recurring,
            self.first_year,
        )
        if (
            not past
            and (year is None or year == self.annual_year)
            and not recurring_in(t, c.sent_start, c.start)
        ):
            dl = deadline_after(t, c.end)
            if dl is not None and (year is None or dl > year) and not self._year_before(c):
                year = dl  # "改造薄弱学校20所，2024年底前完成": the deadline after the figure
        return year, past

    def _year_before(self, c: _Cand) -> bool:
        """A year is named in the sentence before the number c."""
        i = bisect_right(self.ypos, c.start - 1) - 1
        return i >= 0 and self.ypos[i] >= c.sent_start

    def _comparator_change(self, c: _Cand, boundary: int, continuation: bool) -> tuple[str, str | None, str]:
        """(comparator, change, comparator from the words before the number)."""
        t, start, seg_start = self.t, c.start, c.seg_start
        lo = start - 12  # the text before the number in its segment, at most 12 / 24 characters
        # (_prefix_comparator reads its last 12; a cap verb before what is cut, up to 18; a cap word,
        # a reference and 的, up to 26: 不高于同地段同品质市场租赁住房租金的90%)
        wide = start - 26
        prefix_cmp = _prefix_comparator(t[wide if wide > seg_start else seg_start : start])
        if c.is_range:
            comparator = ">="
        elif c.suffix:
            comparator = SUFFIX_CMP[c.suffix]
        elif c.approx:
            comparator = ">="
        elif prefix_cmp == "=" and floor_over_object(t, c.clause_start, start, c.unit):
            comparator = ">="  # 每季度至少研究安全生产工作1次
        else:
            comparator = prefix_cmp
        lo = start - 24
        kind = relative_kind(c.unit, c.kind)
        change = _change(t[lo if lo > seg_start else seg_start : start], kind)  # it looks at the last 24
        if change is None and c.kind == "percent":
            change = (
                _change_after(t, c.end)
                or _rate_change(t[lo if lo > seg_start else seg_start : start])
                or _label_rate_change(t, seg_start, start)
            )
        if change is None:
            change = _change_of_clause(t, c)
        prev_rec = self.prev_rec
        if change is None and prev_rec is not None and self._stretches(c):
            change = prev_rec["change"]  # "增长7%以上、力争达到8%": the higher goal of the same growth
        if continuation and prev_rec is not None and t[boundary : c.start].strip(" 、和及与以,") == "":
            # the 10% of "分别下降27%、10%" shares the words before the first value
            if change is None:
                change = prev_rec["change"]
            if comparator == "=" and not (c.suffix or c.approx or c.is_range):
                comparator = self.prev_prefix_cmp
        return comparator, change, prefix_cmp

    def _earlier_in_sentence(self, c: _Cand) -> list[str]:
        """Indicators of the records before c in its sentence (walked back from the last one: the
        records are in text order, so a page of many sentences is not read again for each)."""
        j = len(self.starts) - 1
        while j >= 0 and self.starts[j] >= c.sent_start:
            j -= 1
        return [r["indicator"] for r in self.out[j + 1 :]]

    def _year_run_subject(self, c: _Cand, k: int, subjects: list[str]) -> list[str]:
        """ "比重2024、2025年分别达到8%、9.5%", "5G基站总数2025年、2026年分别达到…": a run of k years
        closing the words before 分别 dates the values one by one (年 may be written once, after the
        last year); the words before the run are the one subject of them all."""
        at = self.t.find("分别", c.clause_start, c.start)
        years = _year_run(self.t, c.clause_start, at)
        if len(years) != k:
            return subjects
        if not self.list_years:
            self.list_years = years
        if len(subjects) == 1 or (
            len(subjects) == k and all(_YEAR_ITEM_RE.fullmatch(x) for x in subjects[1:])
        ):
            head = subjects[0]
            m = _YEAR_RUN_RE.search(head, len(head) - _YEAR_RUN_WINDOW if len(head) > _YEAR_RUN_WINDOW else 0)
            m = m or _YEAR_TAIL_RE.search(head)
            own = head[: m.start()].strip(" ,、") if m else ""
            own = own[:-1] if own[-1:] in _YEAR_RUN_LEADS and len(own) > 3 else own
            if own:
                return [own]
        return subjects

    def _stretches(self, c: _Cand) -> bool:
        """c is the higher goal of the rate of change right before it ("增长7%以上、力争达到8%",
        "增长6%，争取实现6.5%"): a stretch word and a level word alone between the two values of %."""
        prev_c = self.prev_c
        if prev_c is None or c.unit != "%" or prev_c.unit != "%" or c.start - prev_c.end > _STRETCH_GAP:
            return False
        return _STRETCH_RE.fullmatch(self.t, prev_c.end, c.start) is not None

    def _list_suffix(self, i: int, comparator: str) -> str:
        """ "分别增长6%、9%以上", "分别达到90%、80%、30%以上": the comparator word after the last
        value of a list (values of one unit joined by 、 only) holds for each value before it."""
        kept, t = self.kept, self.t
        # (in a 分别 list the values may be joined by 和/及 and have units of their own:
        # "粮食播种面积和总产量分别稳定在100万亩和40万吨以上")
        listed = t.find("分别", kept[i].clause_start, kept[i].start) >= 0
        unit = kept[i].unit
        run = self.list_run  # the run read for a value before this one: (start, unit, listed, end)
        if run is not None and run[1] == unit and run[2] == listed and run[0] <= i <= run[3]:
            j = run[3]  # the walk from this value ends where the walk through it ended
        else:
            j = i
            while j + 1 < len(kept) and (
                (t[kept[j].end : kept[j + 1].start] == "、" and kept[j + 1].unit == unit)
                or (listed and t[kept[j].end : kept[j + 1].start] in _LIST_JOINERS)
            ):
                j += 1
            self.list_run = (i, unit, listed, j)
        last = kept[j]
        return SUFFIX_CMP[last.suffix] if j > i and last.suffix else comparator

    def _paired_subject(self, i: int, c: _Cand, continuation: bool, indicator: str) -> str:
        """ "A、B分别…X、Y": the subject paired with this value (and the years of a
        "2023—2025年分别…" list), else `indicator`."""
        t, kept, cont = self.t, self.kept, self.cont
        if not continuation:
            self.list_subjects, self.list_idx, self.list_years = [], 0, []
            if t.find("分别", c.clause_start, c.start) >= 0:
                k = 1
                while i + k < len(kept) and cont[i + k]:
                    k += 1
                self.list_years = _years_listed(t[c.sent_start : c.start], k)
                subjects = _subjects_before(t, c.clause_start, c.start)
                subjects = self._year_run_subject(c, k, subjects)
                if self.list_years and len(subjects) == k and all(_YEARISH_RE.fullmatch(x) for x in subjects):
                    subjects = []  # "2023年、2024年、2025年分别达到…": the years are not subjects
                if not subjects:
                    # "接待游客500万人次，旅游收入50亿元，同比分别增长10%、12%"
                    earlier = self._earlier_in_sentence(c)
                    if self.list_years and earlier and _DETAIL_RE.match(t, c.clause_start):
                        # "…住房1.2万套，其中2025年、2026年分别筹集4000套、4500套": the yearly
                        # parts of the figure before (what it counts, not the verb 筹集)
                        subjects = [earlier[-1] or ""]
                    elif len(earlier) >= k:
                        subjects = [x or "" for x in earlier[-k:]]
                    elif not _strip_lead_filler(
                        t[c.clause_start : t.find("分别", c.clause_start, c.start)]
                    ).strip():
                        # "A和B在…基础上…，分别超过90家和870家": 分别 opens its clause
                        subjects = subjects_of_clause_before(t, c.clause_start, c.sent_start)
                if len(subjects) not in (1, k):
                    subjects = []
                self.list_subjects = subjects
        else:
            self.list_idx += 1
        if self.list_subjects:
            return self.list_subjects[min(self.list_idx, len(self.list_subjects) - 1)]
        return indicator


_LIST_JOINERS = frozenset({"、", "和", "及", "与", "以及"})
# a run of years right before 分别 ("2024、2025年", "2025年、2026年和2027年"), looked for in the last
# _YEAR_RUN_WINDOW characters before 分别 only (bounded: no scan of a long clause)
_YEAR_RUN_RE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s?年?(?:\s?(?:、|,|和|及|以及|至|到|—|-|–|~)\s?(?:19|20)\d{2}\s?年?)+\s?$"
)
_YEAR_RANGE_MARKS = ("至", "到", "—", "-", "–", "~")
_YEAR_RUN_LEADS = "到至在于於"  # 保有量到2025年、2027年分别…: the word that led to the years
_YEAR_RUN_WINDOW = 48
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")
_YEAR_ITEM_RE = re.compile(r"\s?(?:19|20)\d{2}\s?年?\s?")
_YEAR_TAIL_RE = re.compile(r"(?:19|20)\d{2}\s?年?\s?$")
_DETAIL_RE = re.compile(r"\s?其中")


def _year_run(t: str, lo: int, hi: int) -> list[int]:
    """The years of a run closing t[lo:hi] (rising, each once, 年 written at least once), else []."""
    if hi <= lo:
        return []
    m = _YEAR_RUN_RE.search(t, hi - _YEAR_RUN_WINDOW if hi - _YEAR_RUN_WINDOW > lo else lo, hi)
    if m is None or "年" not in m.group(0):
        return []
    years = [int(y) for y in _YEAR_DIGITS_RE.findall(m.group(0))]
    if len(years) == 2 and any(w in m.group(0) for w in _YEAR_RANGE_MARKS) and years[1] - years[0] < 10:
        years = list(range(years[0], years[1] + 1))  # 2024年至2026年: each year of the range
    return years if years == sorted(set(years)) else []


# between a rate of change and its higher goal: the first value's suffix, a comma, a stretch word
# and a level word ("以上、力争达到", "左右，争取实现")
_STRETCH_RE = re.compile(
    r"(?:以上|左右)?\s?[、,;]\s?(?:"
    + "|".join(lex("targets_comparators", "stretch", "words"))
    + r")\s?(?:"
    + "|".join(lex("targets_comparators", "stretch", "levels"))
    + r")\s?"
)
_STRETCH_GAP = 12
# a denominator written after the verb of level: "0-3岁婴幼儿托位数达到每千人4.5个"
_PER_AFTER_RE = re.compile(
    r"(.{2,30}?)(?:达到|达|为|提高到|提高至|提升到|提升至|增加到|保持在|稳定在)(每[十百千万]{0,2}(?:人口|人|户|名\w{0,4}人))"
)


def _names_nothing(indicator: str, after_figure: bool) -> bool:
    """ "增长5.5%(市下达指标)": a note on the value, not what is measured; "…增长7%，到2025年迈上
    1000亿元台阶": the step reached names no measure either; nor does a period alone (年度完成60公里)
    or, after an earlier figure, a bare verb of budgeting ("…安排改造资金1.2亿元，其中2026年安排7000万元")."""
    return bool(
        _NOTE_RE.fullmatch(indicator or "")
        or indicator in _STEP_NOUNS
        or indicator in _TIME_ONLY
        or (after_figure and indicator in _BARE_VERBS)
    )


def _without_open_bracket(indicator: str) -> str:
    """ "组建扑火队1支（不少于60人）": a bracket opening the indicator opens an aside on the thing before
    it; the rest is the indicator ("（面积不少于200平方米）" -> 面积), or none (the one before holds)."""
    if indicator and indicator[0] in "(（" and not any(ch in indicator for ch in ")）"):
        return indicator[1:].strip()
    return indicator


def _per_in_front(indicator: str) -> str:
    """托位数达到每千人4.5个 -> 每千人托位数; a head that names its denominator already
    (每千人口拥有…托位数达到每千人4.5个) stays as it is."""
    if indicator and indicator[-1] in "人口户" and (m := _PER_AFTER_RE.fullmatch(indicator)):
        return m.group(1) if "每" in m.group(1) else m.group(2) + m.group(1)
    return indicator


_PART_VERBS = frozenset(lex("targets_indicators", "part_verbs"))  # 其中新建…、改建…: a part's verb alone
_PART_MARKS = " \u3000、,，:："
_SUBSET_SHARE_HEADS = frozenset(lex("targets_indicators", "subset_share_heads"))
_SUBSET_SHARE_VERBS = tuple(lex("targets_indicators", "subset_share_verbs"))
_SUBSET_SHARE_COPULAS = tuple(lex("targets_indicators", "subset_share_copulas"))
_SHARE_ENDS = ("率", "比例", "比重", "占比")
_PARTS = tuple(lex("targets_indicators", "scope_parts"))  # 城市, 农村 …: the parts a measure splits into
_STEP_NOUNS = frozenset(lex("targets_exclusions", "level_steps"))  # 台阶, 大关, 关口
_TIME_ONLY = frozenset(lex("targets_indicators", "time_only"))  # 年度完成60公里: the period, no measure
_BARE_VERBS = frozenset(lex("targets_indicators", "bare_verbs"))  # 2026年安排7000万元: the verb alone
_NOTE_RE = re.compile(r"\s?[(（][^()（）]{1,20}[)）]\s?")
_LABEL_MAX = 20
# labels that name no measure ("工作目标：增长8%", "完成时限：…")
_GENERIC_LABELS = ("目标", "任务", "要求", "内容", "措施", "时限", "时间", "情况", "指标")


def _label_before(t: str, clause_start: int) -> str:
    """ "地区生产总值：增长5.5%": the label before the colon that opens the clause names what is
    measured (a table row read as "name：value")."""
    k = clause_start - 1
    if k < 1 or t[k] != ":":
        return ""
    a = t.rfind("\n", 0, k) + 1
    label = t[a:k].strip()
    if not 2 <= len(label) <= _LABEL_MAX or any(ch in label for ch in ",;。:"):
        return ""
    return "" if label.endswith(_GENERIC_LABELS) else label


# nouns of a relief that open a rate's name (减免兑现率): no cut verb (lexicons/targets_comparators.toml)
_RELIEF_NOUNS = tuple(lex("targets_comparators", "change", "relief_nouns"))


def _object_before(t: str, c: _Cand, indicator: str) -> str:
    """What the words before the clause name for a figure whose own words name nothing: the fund
    the clause before sets up ("设立村级集体经济发展专项资金，每年不少于2亿元", "…，每年安排500万元"), or what the sentence
    before names after the verb its figure follows alone ("…举办乡村文化旅游活动。全年举办40场次以上")."""
    if c.kind == "money" and (not (indicator or "").strip(" ,、:") or fund_verb_alone(indicator)):
        # (设立冰雪经济发展专项资金，每年安排500万元: the verb alone names no fund)
        return fund_of_clause_before(t, c.clause_start, c.sent_start) or indicator
    if not (indicator or "").strip(" ,、:") and served_before(t, c.sent_start, c.clause_start):
        return work_of_clause_before(t, c.clause_start, c.sent_start) or indicator
    if not (indicator or "").strip(" ,、:") and c.kind != "percent":
        # "开展…宣传活动，全年不少于20场次": the work of a clause opened by a verb of work
        indicator = work_opened_before(t, c.clause_start, c.sent_start) or indicator
    return object_of_sentence_before(t, c.clause_start, c.sent_start, indicator) or indicator


def _change_of_clause(t: str, c: _Cand) -> str | None:
    """The change named by the verb that opens the clause, its object between: 减轻企业负担
    200亿元, 降低企业用能成本5000万元 (but not a level: 提高低保标准到600元)."""
    if _CHANGE_WORD_RE.search(t, c.clause_start, c.start) is None:
        return None  # no change word in the clause at all
    head = _strip_lead_filler(t[c.clause_start : c.start].lstrip())
    if not head or _LEVEL_VERB_TAIL.search(head) or head.rstrip().endswith(("到", "至", "为")):
        return None
    if head.startswith(_RELIEF_NOUNS) and head.rstrip().endswith("率"):
        return None  # 减免兑现率100%: the rate of a relief, no cut
    found = _change_at_start(head, relative_kind(c.unit, c.kind))
    if found is None and c.kind == "percent":
        return average_cut(head)  # 平均减少办理环节50%以上
    return found


def _record(
    text: str,
    t: str,
    rev: str,
    c: _Cand,
    indicator: str,
    comparator: str,
    change: str | None,
    year: int | None,
    baseline: int | None,
) -> dict:
    value_std, unit_std = standardize(c.value, c.unit)
    if not math.isfinite(value_std):
        value_std, unit_std = c.value, c.unit
    return {
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
        "ambiguous": bool(c.is_range) or _beneficiaries(t, c.start),
    }


_BENEFICIARY_WORDS = lex("targets_exclusions", "beneficiary_words")
_BENEFICIARY_RE = any_word_re(_BENEFICIARY_WORDS)
_BENEFICIARY_GAP = 8  # characters between the word and the count ("惠及居民4000余户")


def _beneficiaries(t: str, start: int) -> bool:
    """A count of the people a measure reaches ("惠及居民3200户", "受益群众5万人"): what the work
    brings rather than the work itself; a careful reader could argue it either way (ambiguous)."""
    before = t[max(0, start - _BENEFICIARY_GAP) : start]  # (the window only: never the whole text a number)
    if _BENEFICIARY_RE.search(before) is None:
        return False
    cut = max(before.rfind(ch) for ch in "，,；;。")
    return _BENEFICIARY_RE.search(before, cut + 1) is not None
