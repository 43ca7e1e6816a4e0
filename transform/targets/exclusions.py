"""Numbers that are not targets, judged from their surroundings (spec/EXTRACTION.md "Not
targets"): ordinals, rankings, denominators, classes, scope counts, progress figures,
baselines, incentives, qualifiers, Chinese numerals in words and slogans. The words are data:
lexicons/targets_exclusions.toml (and the verbs of targets_indicators.toml)."""
from __future__ import annotations

import re

from transform.targets.comparators import (
    _AT_LEAST_WORDS,
    _LEVEL_VERB_TAIL,
    _TO_LEVEL_RE,
    _cmp_before_verb,
)
from transform.targets.words import alternation, ends_with, firsts, lasts, lex
from transform.unit_scale import VOLTAGE_UNITS


def _x(key: str) -> tuple[str, ...]:
    return lex("targets_exclusions", key)


_SCOPE_WORDS = _x("scope")
_SCOPE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _SCOPE_WORDS)) + r")\s?$")
_SCOPE_LAST = lasts(_SCOPE_WORDS)  # what a match ends with, besides \s
# 已 not after 而/不 is written 已(?<!而已)(?<!不已): every alternative starts with a character,
# so the engine skips to those characters in C instead of trying every position
_PROGRESS_RE = re.compile(alternation(_x("progress"), _x("not_progress")))
_REFERENCE_HEAD = re.compile("|".join(map(re.escape, _x("rule_reference"))))
_BASELINE_VALUE_TAIL = re.compile(r"(?:由|从)(?:(?:19|20)\d{2}年(?:底|末)?|目前|现在|原来|现行|当前|上年|去年)?的?\s?$")
# Policy incentives and the beneficiaries they target are not targets of the plan:
# "对新认定的高新技术企业给予一次性奖励20万元", "对年纳税额超过500万元的企业"
_INCENTIVE_RE = re.compile("|".join(map(re.escape, _x("incentive"))))
_INCENTIVE_FIRST = firsts(_x("incentive"))  # a text without them has no incentive
_SEEK_FUNDS_RE = re.compile("|".join(map(re.escape, _x("seek_funds"))))
_BENEFICIARY_HEAD_RE = re.compile(r"^\s?(?:" + "|".join(map(re.escape, _x("beneficiary_head"))) + ")")
_BEFORE_NUMBER = frozenset(_x("before_number"))
_INDEFINITE = frozenset(_x("indefinite"))
_CN_KIND_UNITS = frozenset(_x("cn_kind_units"))
_CN_SLOGAN_NEXT = frozenset(_x("cn_slogan_next"))
# Chinese numerals count only next to a verb of commitment or a comparator.
_TARGET_VERB_RE = re.compile("(?:" + alternation(lex("targets_indicators", "commit_verbs"),
                                                 lex("targets_indicators", "not_verbs")) + ")")
_POST_LEAD_RE = re.compile(r"^(?:及以上|以上|及以下|以下|左右|的|\s)+")
# After a capacity/time/money quantity these words do not start a noun it would qualify.
_CONNECT_RE = re.compile("(?:" + "|".join(map(re.escape, lex("targets_indicators", "connect_after")))
                         + r"|\s|$)")
_PERCENT_OF_RE = re.compile(r"\s?(?:及以上|以上|及以下|以下)?的")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _drop_by_context(t: str, c, seg_start: int, clause_start: int, has_from: bool,
                     has_incentive: bool) -> bool:
    """True when the number is not a target, judged from its own surroundings.

    has_from / has_incentive: whether t holds 由 or 从 / a first character of an incentive word
    (looked up once per text; without them those rules cannot fire).
    """
    start = c.start
    before = t[start - 6 if start > 6 else 0:start]
    prev = before[-1:]
    if prev in _BEFORE_NUMBER or before.endswith("No."):
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
    if unit in VOLTAGE_UNITS:
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


def _drop_chinese(t: str, c, prev: str, seg_before: str, seg_start: int) -> bool:
    """The rules of _drop_by_context for a Chinese numeral (统一, 一批, 四个不摘 …)."""
    num_txt = t[c.start:c.qty_end]
    if num_txt[0] in "百千" and c.value in (100, 1000) and len(num_txt) <= 2:
        return True  # 千项技改, 百城万站
    if prev in _INDEFINITE:
        return True  # 数十家, 上百家, 成千: no definite number
    has_cmp = (bool(c.suffix or c.approx) or ends_with(seg_before, _AT_LEAST_WORDS)
               or _cmp_before_verb(seg_before) is not None)
    if c.unit in _CN_KIND_UNITS or num_txt[0] in "零〇":
        return True  # 一批, 准四类, 二期, 二次供水, 零部件
    if not has_cmp:
        if c.value == 1 and not c.is_range:
            return True  # 统一部署, 一企一策, 打造一个…
        if not _TARGET_VERB_RE.search(t, seg_start, c.start):
            return True
    if t[c.end:c.end + 1] in _CN_SLOGAN_NEXT:
        return True  # 四个不摘
    return False


def _drop_qualifiers(t: str, kept: list) -> None:
    """Rules between numbers of the same clause: a number that defines what the next one
    counts is not a target (sets `keep` False). They only act on a number followed by another
    one in its clause: none with a single number."""
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
