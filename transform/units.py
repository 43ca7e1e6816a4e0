"""Lead and participating units of a task.

Forms met in real plans (the words are data: transform/lexicons/units_roles.toml):
- labelled: 牵头单位/牵头责任单位/主办/责任单位/责任科室/配合单位/协同责任单位/数据提供单位…, followed
  by ：or :, inside （）()【】[]〔〕, mid-sentence, on a line of their own, or with the colon lost;
  a list may run on over the next lines of a table cell, one unit a line;
- clauses (transform.unit_clauses): "X牵头，Y配合" / "由X牵头" / "（X负责，Y参与，Z负责落实）" /
  "A、B分别牵头", also inside a labelled value ("责任单位：A牵头，B配合");
- a section heading that states who leads its work ("县示范区管委会牵头工作（8项）", "三、县发改局（5项）",
  `heading=True`);
- a bracket of bare unit names that ends a sentence ("完成改造任务。（县住建局、县财政局）");
- the last fields of a space-separated table row, read against its header (`columns`,
  transform.unit_tables);
- notes inside a list ("（列第一位者为牵头单位，下同）") are cut from the names and applied as a rule;
- "按职责分工负责" after a list is no unit; people (责任领导, 责任人, 张三副县长) are never units.

When both 牵头/主办 units and 责任/配合/协同 units are named, 牵头 units lead and the others
participate; when only 责任单位 is named it leads (or only its first unit does, when the document
or the list says 列第一位者为牵头单位). Traditional pages are read through a simplified working
copy of the same length; names are returned as printed.

Long module: the role rules of one task (labels, clauses, notes, brackets) share their spans and read best together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from transform.gazetteer import is_unit_like
from transform.lexicons import words
from transform.unit_attributive import attributive_units, has_attributive
from transform.unit_by_shares import by_duty_shared, divided_after_duty
from transform.unit_clauses import (
    bare_unit,
    find_clauses,
    heading_clause,
    is_department,
    resolve,
)
from transform.unit_coordinators import drop_coordinators
from transform.unit_division import division_lines
from transform.unit_edges import last_sentence_units, opening_bracket_units
from transform.unit_guided import guided_units, masked_guides, subject_colon_leads
from transform.unit_handed import has_handed
from transform.unit_joint import (
    duty_sentence_units,
    first_line_end,
    has_joint_word,
    is_body,
    is_towns,
    joint_sentence_units,
)
from transform.unit_labels import _label_matches, _value_end
from transform.unit_names import CLOSE as _CLOSE
from transform.unit_names import NO_NOTE, Note, note_of, split_units, split_value
from transform.unit_names import OPEN as _OPEN
from transform.unit_objects import object_participants, object_shares, object_units
from transform.unit_rejoin import rejoined, spans_back
from transform.unit_requests import (
    charged_bodies,
    charged_roles,
    joined_after,
    orders_as_charges,
    request_units,
)
from transform.unit_spans import _block, _block_spans, strip_spans
from transform.unit_tables import column_units
from transform.unit_words import (
    BODY_LEVELS,
    DUTY_OPENERS,
    FIRST_LEAD_WORDS,
    FIRST_PLACERS,
    FIRST_POSITIONS,
    GUIDE_TAILS,
    JOINT_SENTENCE_WORDS,
    LABEL_KIND,
    LABELS,
    VERB_KIND,
    alternation,
    is_person,
    simplified,
    word_search,
)

__all__ = ["Units", "extract_units", "first_is_lead_rule", "split_units", "strip_spans"]

# A placed position ("排序第一", "排在最前面", "位列首位") then 的/者, the unit word and 为 before a lead
# word: "排序第一的为牵头单位", "由排在第一位的单位牵头", "排首位者牵头", "列第一位的为主办单位"; or a bare
# first position that must say 为…牵头单位: "第一个为牵头单位", "首位为牵头部门"; or "牵头单位列第一位".
_FIRST_IS_LEAD = re.compile(
    rf"(?:{alternation(FIRST_PLACERS)})(?:{alternation(FIRST_POSITIONS)})(的|者)?(责任)?(单位|部门)?(为|是)?(工作)?"
    rf"(?:{alternation(FIRST_LEAD_WORDS)})|"
    r"第一个?(责任)?(单位|部门)?为(工作)?牵头(单位|部门)|"
    r"首位(单位|部门)?为(工作)?牵头|牵头(单位|部门)(列|排)(在)?(第一|首)位"
)
#: the words every first-listed rule holds, around which `first_is_lead_rule` searches
_FIRST_HINTS = ("第一", "首位", "最前", "前面")
# Words that start a unit clause or name a unit role: a text with none of them names no unit.
_ANY_UNIT_WORD = re.compile(
    r"牵头|责任|主办|主责|主体|实施|承办|承担|落实|配合|参与|协办|协同|协助|协作|参加|负责|总责|"
    r"提供单位|支持单位|被考核|抓总|统筹|具体抓|按职责|按照职责|依职责|对接|服务保障|为主|调处|就地化解"
)


@dataclass
class Units:
    """The units of one text, and what the text says about them."""

    lead: list[str] = field(default_factory=list)
    participating: list[str] = field(default_factory=list)
    #: (start, end) spans of the unit blocks in the text, to keep them out of target extraction.
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: a list in the text says its first unit leads (列第一位者为牵头单位) ...
    first_is_lead_note: bool = False
    #: ... for the following tasks too (下同)
    note_following: bool = False
    #: the lead units come from 责任单位-type labels only: a first-is-lead rule may apply to them
    lead_from_responsible: bool = False
    #: the rules that found the units, for `--explain` ("label 牵头单位 -> lead", "clause 配合 -> part" …)
    rules: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.participating)


_VERB = word_search(tuple(VERB_KIND))


def first_is_lead_rule(text: str) -> bool:
    """Does the text say the first unit listed is the lead (列第一位者为牵头单位)?

    Same as `_FIRST_IS_LEAD.search` on the simplified text: every match holds one of `_FIRST_HINTS`
    and is at most 20 characters long, so only the windows around those words are searched.
    """
    text = simplified(text)
    for hint in _FIRST_HINTS:
        i = text.find(hint)
        while i >= 0:
            if _FIRST_IS_LEAD.search(text, max(0, i - 8), i + 24):
                return True
            i = text.find(hint, i + 1)
    return False


def extract_units(
    text: str,
    *,
    first_is_lead: bool = False,
    heading: bool = False,
    columns: tuple[tuple[str, ...], ...] = (),
    minutes: bool = False,
) -> Units:
    """Find the lead and participating units stated in a task's text.

    first_is_lead: the document says the first unit of a 责任单位 list leads. heading: the first
    line of the text is a section heading, which may say who leads its work ("X牵头工作").
    columns: the kinds of the trailing columns of the space-separated tables of the document
    (`unit_tables.table_columns`): a row's last fields may name its units. minutes: the text is an item
    of a meeting's minutes, where "县财政局要加快拨付资金" charges the body (round 42g).
    """
    # "县农业农村局抓\n总，…": a role word a PDF line break cut is read joined
    joined = rejoined(text) if "\n" in text else None
    if joined is not None:
        units = _extract(joined[0], first_is_lead, heading, columns, minutes)
        if units.lead or units.participating:
            units.spans = spans_back(units.spans, joined[1])
            units.rules.append("read with the line break that cut a role word taken out")
            return units
    return _extract(text, first_is_lead, heading, columns, minutes)


def _extract(
    text: str, first_is_lead: bool, heading: bool, columns: tuple[tuple[str, ...], ...], minutes: bool = False
) -> Units:
    # Long function: the order of the unit rules (each tried while none has found a unit) is one decision.
    """The units of a task's text (see extract_units)."""
    if not text:
        return Units()
    text, view = marks_as_parentheses(text, simplified(text))
    if "责令" in view:  # "责令县交通运输局限期整改": a 督查 order, read as 责成 (round 42g)
        text, view = orders_as_charges(text, view)
    if "/" in view or "／" in view:
        view = _slashes_after_verbs(view)  # "县发改局牵头/县住建局配合": the slash ends a clause
    text, view = subject_colon_leads(text, view)  # "区应急管理局：牵头组织…": the body leads
    view = division_lines(view)  # "…。\n责任分工：X负责，Y配合。": the line reads as a sentence (round 47g)
    guided = masked_guides(text, view)  # "县教育局负责指导，各中小学校负责实施。": the guide is no unit
    if guided is not None:
        text, view = guided
    # "牵头" is one of _ANY_UNIT_WORD's words and is in most task texts: `in` finds it for less than
    # the regex search costs.
    role_words = "牵头" in view or _ANY_UNIT_WORD.search(view) is not None or has_handed(view)
    if role_words or _unit_label_only(view):
        units = _labelled_units(text, view, first_is_lead)
    else:
        units = Units()
    if units.spans:
        _clauses_beside_labels(text, view, units, first_is_lead)
    if not units.lead and not units.participating:  # (not units, without the __bool__ call)
        if role_words:
            _clause_units(text, view, units, first_is_lead)
        if not units.lead and not units.participating and "下" in view:
            _guided_units(text, view, units)
        if not units.lead and not units.participating and has_joint_word(view):
            _joint_units(text, view, units)
        if not units.lead and not units.participating and role_words:
            _object_units(text, view, units)
        if not units.lead and not units.participating and ("请" in view or "责成" in view or "要求" in view):
            _request_units(text, view, units)
        if "要" in view:  # (minutes: beside a 配合 piece or a 牵头 lead, round 43b; else 要督促, round 43i)
            _charged_units(text, view, units, minutes)
        if not units.lead and not units.participating and ("）" in view or ")" in view or _open_tail(view)):
            _bare_bracket_units(text, view, units, first_is_lead)
        if not units.lead and not units.participating:
            _edge_units(text, view, units, first_is_lead)
        if not units.lead and not units.participating and "负责" in view:
            _duty_units(text, view, units)
        if heading and not units.lead and not units.participating:
            _heading_units(text, view, units)
        if columns and not units.lead and not units.participating:
            _column_units(text, columns, units, first_is_lead)
        if not units.lead and not units.participating and _SUBJECT_COLON.search(view, 0, _SUBJECT_MAX):
            _subject_units(text, view, units)
        if units.lead and role_words and (not units.participating or "配合" in view):
            # "…，由镇农业服务中心负责实施，各村委会配合做好入户动员。": a 配合 clause with its work takes part,
            # also beside 会同 bodies ("…牵头，会同区供电公司简化流程，区住建局配合做好审批", round 46b)
            _object_participants(text, view, units)
        if units.lead and "职" in view:  # "X负责…，Y按职责分工负责…" (round 47b)
            _divided_units(text, view, units)
    if units.lead and not units.participating and "统筹" in view:  # "县…领导小组负责统筹协调" (round 46k)
        drop_coordinators(text, view, units.lead, units.rules)
    if units.lead:
        _object_shares(text, view, units)  # "县农业农村局负责整改，县生态环境分局做好执法监管。"
    if units.lead:
        _marked_leads(units)
        if units.participating:
            _drop_leads_from_participating(units)
    return units


_VERB_ENDS = tuple(sorted(VERB_KIND, key=len, reverse=True))


def _slashes_after_verbs(view: str) -> str:
    """view with each slash right after a role verb read as a comma ("县发改局牵头/县住建局配合": two
    clauses); a slash between names (县发改局/县财政局) stays, a separator of names (round 39b)."""
    out = list(view)
    for slash in ("/", "／"):
        i = view.find(slash)
        while i >= 0:
            if view.endswith(_VERB_ENDS, 0, i):
                out[i] = "，"
            i = view.find(slash, i + 1)
    return "".join(out)


def _unit_label_only(view: str) -> bool:
    """A unit label that holds none of the role words ("（包抓领导：王军，包抓单位：区住建局）",
    "包联部门：", "会办单位："): the labelled lists are read, and no clause rule runs."""
    if "：" not in view and ":" not in view:
        return False
    return any(kind in _UNIT_KINDS for _s, _v, kind in _label_matches(view))


_UNIT_KINDS = frozenset(("lead", "resp", "part"))


def _labelled_units(text: str, view: str, first_is_lead: bool) -> Units:
    """The units of the labelled lists ("牵头单位：…；配合单位：…") of a text."""
    matches = _label_matches(view)
    n = len(view)
    buckets: dict[str, list[str]] = {"lead": [], "resp": [], "part": []}
    spans: list[tuple[int, int]] = []
    run_ons: list[tuple[int, int]] = []  # the lines lists ran on over (after the label blocks)
    rules: list[str] = []
    note = NO_NOTE
    for k, (m_start, m_end, kind) in enumerate(matches):
        # the value runs at most to the first later label that starts after m_end (matches are
        # sorted by start: this is bisect_right over the later starts, without building that list)
        j = k + 1
        while j < len(matches) and matches[j][0] <= m_end:
            j += 1
        limit = matches[j][0] if j < len(matches) else n
        end = _value_end(view, m_end, limit)
        if kind in buckets and _states_a_duty(view, m_end):
            rules.append("label word ends a subject whose duty follows (主管部门：负责…) -> no units")
            continue  # the duty is the task's text, not a unit block
        if kind in buckets:
            more = end + 1 if _closes_line(view, end) else end  # the lines a list may run on over
            run = _run_on(view, more, limit)
            if run == more:
                value, value_view = text[m_end:end], view[m_end:end]
            else:
                value, value_view = text[m_end:end] + text[more:run], view[m_end:end] + view[more:run]
            value_note = _value_roles(value, value_view, kind, buckets, rules)
            if run > more:
                run_ons.append((more, run))
            if value_note is not NO_NOTE:
                note = Note(
                    note.first_is_lead or value_note.first_is_lead, note.following or value_note.following
                )
        spans.append(_block(view, m_start, end))
    strong, resp, part = buckets["lead"], buckets["resp"], buckets["part"]
    if strong:
        lead, participating = strong, _dedupe(resp + part)
    else:
        lead, participating = resp, part
    units = Units(
        lead,
        participating,
        _block_spans(view, spans) + run_ons,
        note.first_is_lead,
        note.following,
        bool(resp) and not strong,
        rules,
    )
    if strong and resp:
        rules.append("responsible units beside a lead unit -> participating")
    if units.lead_from_responsible and (first_is_lead or note.first_is_lead) and len(lead) > 1:
        units.lead, units.participating = lead[:1], _dedupe(lead[1:] + participating)
        rules.append(
            "first listed unit leads (列第一位者为牵头单位)"
            + ("" if note.first_is_lead else ", stated for the document")
        )
    return units


_SUBJECT_COLON = re.compile(r"[:：]|——")
_SUBJECT_MAX = 42  # a subject of at most 40 characters, its colon
# (a long dash leads into the work as a colon does: "县应急管理局——统筹全县…")
_SUBJECT = re.compile(r"\s*([^:：。；;，,（()）—]{2,40}?)\s*(?:[:：]|——)")


def _joint_units(text: str, view: str, units: Units) -> None:
    """ "。县水利局要会同县生态环境分局做好…": the body before 会同 leads, the ones after it take part
    (transform.unit_joint)."""
    found = joint_sentence_units(text, view)
    if found is None:
        return
    lead, part, span = found
    _add(units.lead, lead)
    _add(units.participating, part)
    units.spans.append(span)
    units.rules.append(
        f"a body working with others (X会同Y) -> lead: {', '.join(lead)}; participating: {', '.join(part)}"
    )
    _object_participants(text, view, units, JOINT_SENTENCE_WORDS)  # (a 负责 share after it, round 43i)
    _carriers_after_joint(text, view, units, span[1])


def _carriers_after_joint(text: str, view: str, units: Units, start: int) -> None:
    """ "市教育局会同市体育局开展…，各县（市、区）教育部门具体实施。": a 落实 (配合) clause later in the 会同
    sentence names bodies that carry the work out beside the lead: they take part (round 47b)."""
    end = first_line_end(view)
    stop = view.find("。", start, end)
    end = end if stop < 0 else stop
    for c in find_clauses(text, view, start, end, strict=True):
        names = [n for n in c.names if n not in units.lead and n not in units.participating]
        if c.role in ("impl", "part") and names:
            _add(units.participating, names)
            units.spans.append((c.start, c.end))
            units.rules.append(f"clause {c.verb} after a 会同 sentence -> participating: {', '.join(names)}")


def _guided_units(text: str, view: str, units: Units) -> None:
    """ "在县教育局的指导下，各中小学校负责…": the doers carry the task; a coordinating body (统筹) leads
    them (transform.unit_guided)."""
    found = guided_units(text, view)
    if found is None:
        return
    lead, part, span, word = found
    _add(units.lead, lead)
    _add(units.participating, part)
    units.spans.append(span)
    units.rules.append(
        f"bodies working under another's {word} (在X的{word}下，Y负责) -> lead: {', '.join(lead)}"
    )


def _attributive_units(text: str, view: str, units: Units) -> None:
    """ "市教育局牵头的…工程进度滞后，市自然资源局配合的用地报批尚未完成": a 督查 通报's bodies before
    牵头的/配合的 (transform.unit_attributive, round 46b)."""
    found = attributive_units(text, view)
    if found is None:
        return
    _add(units.lead, found[0])
    _add(units.participating, found[1])
    units.rules.append(f"bodies before 牵头的/配合的 -> lead: {', '.join(found[0])}")


def _object_units(text: str, view: str, units: Units) -> None:
    """ "…，县水利局要牵头做好管网建设，县财政局配合做好资金保障。": role verbs with an object
    inside a sentence (transform.unit_objects)."""
    found = object_units(text, view)
    if found is None:
        if has_attributive(view):  # (牵头的/配合的 in a 督查 通报, round 46b)
            _attributive_units(text, view, units)
        return
    lead, part, clauses = found
    _add(units.lead, lead)
    _add(units.participating, part)
    units.spans.extend((c.start, c.end) for c in clauses)
    units.rules.extend(f"clause {c.verb} with its work: {', '.join(c.names)}" for c in clauses)


def _divided_units(text: str, view: str, units: Units) -> None:
    """ "由区财政局负责清理…，区发改局、区市场监管局按职责分工负责": the bodies responsible by their duties help
    the one that took the work on (transform.unit_by_shares.divided_after_duty, round 47b)."""
    found = divided_after_duty(text, view)
    if found is None or not all(n in units.lead for n in found[1]):
        return
    lead, part, spans = found
    units.lead[:] = [*lead, *(n for n in units.lead if n not in lead and n not in part)]
    _add(units.participating, [n for n in part if n not in units.lead])
    units.spans.extend(spans)
    units.rules.append(
        f"bodies by their duties beside a body with its work -> participating: {', '.join(part)}"
    )


def _object_participants(text: str, view: str, units: Units, lead_words: tuple[str, ...] = ("牵头",)) -> None:
    """ "…，由镇农业服务中心负责实施，各村委会配合做好入户动员。": a 配合 clause with its work beside the
    lead the clauses found takes part (transform.unit_objects)."""
    for c in object_participants(text, view, lead_words):
        names = [
            n
            for n in c.names
            if n not in units.lead
            and (_every_area(n) or _EVERY_VILLAGE.fullmatch(simplified(n)) or not _everyone(n))
        ]
        if not names:
            continue  # "各单位要积极配合做好…": everyone, no unit
        _add(units.participating, names)
        units.spans.append((c.start, c.end))
        units.rules.append(f"clause {c.verb} with its work: {', '.join(c.names)}")


def _object_shares(text: str, view: str, units: Units) -> None:
    """A body's share after a 负责 (牵头, 会同) piece of the same sentence, beside the lead the rules
    found: responsible after 负责, taking part after 牵头/会同 (transform.unit_objects, round 41h)."""
    for role, c in object_shares(text, view):
        names = [n for n in c.names if n not in units.lead and n not in units.participating]
        if names:
            _add(units.lead if role == "lead" else units.participating, names)
            units.spans.append((c.start, c.end))
            units.rules.append(f"clause {c.verb} with its work ({role}): {', '.join(names)}")


def _request_units(text: str, view: str, units: Units) -> None:
    """ "请县财政局尽快拨付…", "会议要求县城投公司加快…": the bodies a meeting charges lead
    (transform.unit_requests, round 42a)."""
    found = request_units(text, view)
    if found is None:
        return
    names, others, span = found
    _add(units.lead, names)
    # "请县公安局阅处，县教育局配合。": a 配合 clause of the same line takes part (round 42g)
    end = first_line_end(view)
    k = next((i for i in range(span[1], end) if view[i] in "，,；;。"), end)  # (from the next piece on)
    rest = (
        [c for c in find_clauses(text, view, k + 1, end, strict=True) if c.role == "part"] if k < end else []
    )
    joined = joined_after(text, view, k + 1, end) if k < end else ()  # (，会同X提出…: round 44b)
    _add(units.participating, (*others, *joined, *(n for c in rest for n in c.names)))
    units.spans.append(span)
    units.rules.append(f"bodies a request charges -> lead: {', '.join(names)}")


def _minutes_units(text: str, view: str, units: Units) -> None:
    """ "县财政局要加快拨付资金，县审计局要开展专项审计。": in a meeting's minutes the bodies charged with
    要 lead (transform.unit_requests.charged_bodies, round 42g); beside a 牵头 lead found before they take
    part (round 43b)."""
    if units.lead:
        if not units.participating and "牵头" in view:
            _minutes_beside_lead(text, view, units)
        elif not units.participating:  # "会议要求，区水务局要加快…，区财政局做好…" (a request: round 45b)
            _add(
                units.participating,
                [
                    n
                    for n in charged_roles(text, view, charged_bodies(text, view, _every_area))[1]
                    if n not in units.lead
                ],
            )
        return
    found = charged_bodies(text, view, _every_area)
    if found:
        lead, part = charged_roles(text, view, found)  # (要牵头, 要会同: round 43b)
        _add(units.lead, lead)
        _add(units.participating, [n for n in part if n not in units.lead])
        units.spans.extend(span for _, span in found)
        units.rules.append("bodies a meeting's minutes charge with 要 -> lead")


def _charged_units(text: str, view: str, units: Units, minutes: bool) -> None:
    """Bodies charged with 要: every charge in a meeting's minutes, else a charge of oversight beside a 配合
    clause."""
    if minutes:
        _minutes_units(text, view, units)
    elif not units.lead and units.participating:
        _charged_beside_helpers(text, view, units)


def _charged_beside_helpers(text: str, view: str, units: Units) -> None:
    """ "县城市管理局要督促燃气企业开展入户安检，各乡镇（街道）要配合做好宣传。": beside bodies that only help
    (a 配合 clause), the bodies printed with their level that a piece charges with 要 and a verb of
    oversight (lexicon units_charge_verbs: 督促, 督导) lead, on any page (round 43i; "县水利局要加强…" names
    no role outside minutes, round 39k; in minutes `_minutes_units` reads every such charge)."""
    found = [f for f in charged_bodies(text, view, _no_area) if view.startswith(_CHARGE_VERBS, f[1][1] + 1)]
    names = [n for names, _ in found for n in names if n not in units.participating]
    if names:
        _add(units.lead, names)
        units.spans.extend(span for _, span in found)
        units.rules.append("bodies charged with 要 beside a 配合 clause -> lead")


#: verbs after 要 that charge a body with the work of others (round 43i)
_CHARGE_VERBS = tuple(words("units_charge_verbs"))


def _no_area(name: str) -> bool:
    return False


def _minutes_beside_lead(text: str, view: str, units: Units) -> None:
    """ "市林业局要牵头压实防火责任，各县（区）人民政府要落实属地管理责任。": in a meeting's minutes the bodies
    charged with 要 beside a 牵头 lead take part (round 43b)."""
    found = charged_bodies(text, view, _every_area)
    names = [n for names, _ in found for n in names if n not in units.lead]
    if names:
        _add(units.participating, names)
        units.spans.extend(span for _, span in found)
        units.rules.append("bodies a meeting's minutes charge with 要 beside a 牵头 lead -> participating")


def _by_duty_units(text: str, view: str, units: Units) -> bool:
    """ "由X负责，Y做好…": the body after 由 leads; the share is read beside it (transform.unit_by_shares)."""
    found = by_duty_shared(text, view)
    if found is None:
        return False
    names, span = found
    _add(units.lead, list(names))
    units.spans.append(span)
    units.rules.append(f"由… 负责 before a share of the same sentence -> lead: {', '.join(names)}")
    return True


def _duty_units(text: str, view: str, units: Units) -> None:
    """ "。县财政局负责统筹安排项目资金。": bodies that open a sentence with 负责 and an object are the
    responsible units (transform.unit_joint)."""
    found = duty_sentence_units(text, view)
    if found is None:
        return
    names, span = found
    _add(units.lead, names)
    units.spans.append(span)
    units.rules.append(f"bodies opening a sentence with 负责… -> lead: {', '.join(names)}")


def _subject_units(text: str, view: str, units: Units) -> None:
    """A duty of a named unit ("县发改局：负责将创卫工作纳入规划。", a 成员单位职责 list): the units
    before the colon carry the item, as in a sentence "县发改局负责…"; a generic subject
    (各成员单位, 业务主管部门) or a label (牵头领导) names none."""
    m = _SUBJECT.match(view)
    if m is None:
        return
    duty = _states_a_duty(view, m.end())
    if not duty and not _work_follows(view, m.end()):
        return
    subject = m.group(1)
    if subject in LABEL_KIND or subject.endswith(("单位", "部门")):
        return
    names = split_value(text[m.start(1) : m.end(1)])[0]
    if not names or not all(is_unit_like(simplified(n)) for n in names):
        return
    if duty and not (_specific(names) or all(_every_area(n) for n in names)):
        return  # "各成员单位：负责…" names none; "各乡镇人民政府：负责…" names every town
    if not duty and not all(is_body(n) or _every_area(n) for n in names):
        return  # "1.县民政局：新建…": bodies printed with their level, or every town (各乡镇人民政府)
    _add(units.lead, names)
    units.rules.append(
        f"a named unit's {'duty (X：负责…)' if duty else 'work (X：新建…)'} -> lead: {', '.join(names)}"
    )
    units.spans.append((m.start(1), m.end()))
    if not duty:  # "各乡镇人民政府：做好…，县民政局配合。": a 配合 clause after the work takes part
        for c in find_clauses(text, view, m.end(), first_line_end(view), strict=True):
            if c.role == "part":
                _add(units.participating, [n for n in c.names if n not in units.lead])
                units.spans.append((c.start, c.end))
                units.rules.append(f"clause {c.verb}: {', '.join(c.names)}")


#: the areas every one of which a list may name as a unit (各乡镇人民政府, 各街道, 各县（市、区）)
_AREA_WORDS = ("乡", "镇", "街道", "村", "社区", "县", "市", "区")


#: every town or village named by its level alone ("镇应急办牵头，各村负责落实…", round 42a)
_EVERY_VILLAGE = re.compile(r"各(?:乡|镇|村|社区|街道|[（(、)）])+")


def _every_area(name: str) -> bool:
    """Every town or area of the level (各乡镇人民政府, 各街道办事处), not everyone (各部门, 各成员单位)."""
    view = simplified(name)
    return is_towns(name) and any(w in view for w in _AREA_WORDS)


def _everyone(name: str) -> bool:
    """Everyone of a kind (各单位, 有关部门, 相关单位): no unit that takes part, unless an area."""
    return simplified(name).startswith(("各", "有关", "相关"))


def _work_follows(view: str, i: int) -> bool:
    """Does the work of a unit open after its colon ("县民政局：新建…"), not a list of names or a
    number ("县发改局：县财政局", "县住建局：2处")?"""
    rest = view[i : i + 12].lstrip(" \t\u3000")
    return (
        bool(rest)
        and "\u4e00" <= rest[0] <= "\u9fff"
        and not is_unit_like(rest.split("，")[0].split("、")[0])
    )


def _states_a_duty(view: str, start: int) -> bool:
    """Does the value at `start` open with a duty ("负责具体任务的落实…") instead of unit names?"""
    while start < len(view) and view[start] in " \t\u3000":
        start += 1
    return view.startswith(DUTY_OPENERS, start) and not view.startswith("负责人", start)


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def _value_roles(value: str, view: str, kind: str, buckets: dict[str, list[str]], rules: list[str]) -> Note:
    """Put the units of one labelled value into the buckets; the note the value states.

    A value is a plain list (every unit takes the label's kind) or clauses ("A牵头，B配合": the
    verbs say the roles; 负责-type verbs and lists without a verb keep the label's kind).
    """
    names, note = split_value(value)
    clauses = (
        []
        if _VERB.search(view) is None
        else find_clauses(value, view, 0, len(view), strict=False, loose_role="label")
    )
    if not any(c.role != "label" for c in clauses):  # a plain list: most values
        _add(buckets[kind], names)
        if names:
            rules.append(f"label ({_KIND_NAME[kind]}) -> {', '.join(names)}")
        return note
    has_lead = any(c.role == "lead" for c in clauses)
    seen_responsible = False  # a clause before this one leads or is responsible
    for c in clauses:
        if c.role == "lead":
            role = "lead"
        elif c.role in ("part", "tail"):
            role = "part"
        elif c.role == "resp":
            role = "part" if has_lead else kind
        elif c.role == "impl":
            role = "part" if seen_responsible else kind
        else:  # names without a verb: the label's kind
            role = kind
        seen_responsible = seen_responsible or c.role in ("lead", "resp") or role in ("lead", "resp")
        _add(buckets[role], c.names)
        rules.append(
            f"label ({_KIND_NAME[kind]}) with clause {c.verb or '-'} -> {_KIND_NAME[role]}: {', '.join(c.names)}"
        )
    return note


_KIND_NAME = {"lead": "lead", "resp": "responsible", "part": "participating"}


def _add(bucket: list[str], names: list[str] | tuple[str, ...]) -> None:
    for name in names:
        if name not in bucket:
            bucket.append(name)


def _closes_line(view: str, end: int) -> bool:
    """Does a bracket that closes the value end its line ("…；配合单位：东城街道）\n西城街道")?"""
    return end + 1 < len(view) and view[end] in _CLOSE and view[end + 1] == "\n"


def _run_on(view: str, end: int, limit: int) -> int:
    """The end of a list that runs on over the next lines, one unit (or list) a line, as a table
    cell flattened to text does: "配合单位：东城街道\n西城街道\n县发改局"."""
    pos = end
    while pos < limit and view[pos] == "\n":
        nl = view.find("\n", pos + 1, limit)
        line_end = nl if nl >= 0 else limit
        line = view[pos + 1 : line_end].strip()
        if not line or len(line) > 40 or "。" in line or "：" in line or ":" in line:
            break
        names = split_value(line)[0]
        if not names or not all(is_unit_like(u) for u in names):
            if pos == end and names and _ends_cut_name(view, end, names):
                pos = line_end  # "配合单位：各镇人民政\n府": the name a PDF line break cut
                continue
            break
        pos = line_end
    if pos > end and _DATE_LINE.match(view, pos + 1):  # an issuer and a date: the signature
        return end
    return pos


_LIST_SEPARATORS = "、，,；;：: \t\u3000"
_CUT_TAIL_MAX = 30


def _ends_cut_name(view: str, end: int, names: tuple[str, ...]) -> bool:
    """Does the list before `end` end with a piece that is no unit name, but one joined with the first
    piece of the next line ("各镇人民政" + "府"), the rest of that line being names?"""
    window = max(0, end - _CUT_TAIL_MAX)  # (bounded: a name is short)
    start = max(window - 1, *(view.rfind(ch, window, end) for ch in _LIST_SEPARATORS)) + 1
    tail = view[start:end].strip()
    if len(tail) < 2 or is_unit_like(tail):
        return False
    return is_unit_like(tail + names[0]) and all(is_unit_like(u) for u in names[1:])


# the date line under a signature: 2024年5月8日, 2024-05-08, 二〇二四年五月八日
_DATE_LINE = re.compile(
    r"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇零一二三四五六七八九]{4}年)"
)


_SEGMENT_CHARS = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")


def _bracket_blocks(view: str) -> list[tuple[int, int, int, int]]:
    """(start, inner start, inner end, end) of the outermost bracket groups; a group still open at
    the end of the text (a cut-off page) runs to its end."""
    out: list[tuple[int, int, int, int]] = []
    depth = 0
    start = 0
    for m in _SEGMENT_CHARS.finditer(view):
        ch = m.group()
        if ch in _OPEN:
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, start + 1, m.start(), m.end()))
    if depth:
        out.append((start, start + 1, len(view), len(view)))
    return out


def _clause_units(text: str, view: str, units: Units, first_is_lead: bool = False) -> None:
    """Units stated by clauses: "（X牵头，Y配合）" / "由X牵头，Y配合落实。" / "（X、Y按职责分工负责）".

    Inside brackets every clause counts (a block of 配合 clauses only when it holds nothing else);
    in running text a clause counts when it leads (牵头), or, for 负责-type verbs, when it is a
    sentence of its own; 配合 clauses count beside those. Where no clause leads, the first-listed
    rule (first_is_lead, or a note in the bracket: "（X、Y负责，列第一位的为牵头单位）") makes the
    first responsible unit the lead.
    """
    blocks = [(s, e, outer_s, outer_e) for outer_s, s, e, outer_e in _bracket_blocks(view)]
    blocks.append((0, len(view), -1, -1))
    for s, e, outer_s, outer_e in blocks:
        bracketed = outer_s >= 0
        clauses = find_clauses(text, view, s, e, strict=True)
        if not clauses:
            continue
        kept = _accepted(clauses, bracketed, view, s, e)
        if not kept:
            continue
        lead, part = resolve(kept)
        if len(lead) > 1 and not any(c.role == "lead" for c in kept):
            lead, part = _first_listed(units, view[s:e] if bracketed else "", first_is_lead, lead, part)
        _add(units.lead, lead)
        _add(units.participating, part)
        units.rules.extend(
            f"clause {c.verb or '(names after the lead clause)'}: {', '.join(c.names)}" for c in kept
        )
        # one span for the block, as for a bracketed one (its clauses are one unit statement); in
        # running text one for each sentence (the work between two sentences' clauses is no unit)
        if bracketed:
            units.spans.append((outer_s, outer_e))
        else:
            units.spans.extend(_sentence_spans(kept, view, s))


#: the verbs of participating clauses: a text with a lead label and none of them has no clause to add
_PART_CLAUSE_WORD = re.compile("配合|参与|协同|协助|协办")


def _masked(s: str, spans: list[tuple[int, int]]) -> str:
    """`s` with the characters of `spans` as newlines. Same as the list of characters with each
    span's slice assigned in turn (`tests/test_transform_fastpaths_r39f.py`), without a list of
    every character: spans within `s` cover the same characters in any order."""
    out: list[str] = []
    at, n = 0, len(s)
    for a, b in sorted(spans):
        a, b = max(a, 0), max(b, 0)
        if b <= a:
            continue  # an empty slice: nothing replaced
        if b > n:
            return _masked_by_chars(s, spans)  # a span past the end grows the text
        if a > at:
            out.append(s[at:a])
        elif b <= at:
            continue
        out.append("\n" * (b - max(a, at)))
        at = b
    out.append(s[at:])
    return "".join(out)


def _masked_by_chars(s: str, spans: list[tuple[int, int]]) -> str:
    chars = list(s)
    for a, b in spans:
        chars[max(a, 0) : max(b, 0)] = "\n" * (max(b, 0) - max(a, 0))
    return "".join(chars)


def _clauses_beside_labels(text: str, view: str, units: Units, first_is_lead: bool) -> None:
    """Clauses outside a task's labelled lists ("（县交通局牵头）" with a "配合单位：县公安局" line):
    a 牵头 clause leads where no 牵头-type label does (a 责任单位 list then takes part, as beside a
    lead label), and 配合-type clauses add participating units."""
    rest = _masked(view, units.spans)
    strong = bool(units.lead) and not units.lead_from_responsible
    if not (_PART_CLAUSE_WORD.search(rest) if strong else "牵头" in rest):
        return  # no clause outside the lists that could add a unit (most labelled tasks)
    found = Units()
    _clause_units(_masked(text, units.spans), rest, found, first_is_lead)
    if not found.lead and not found.participating:
        return
    if not all(is_department(n) for n in found.lead):
        return  # "建立部门牵头、属地落实的机制": prose, not a body that leads (the labels say who)
    if found.lead and strong:
        return  # a lead label and a lead clause: the label says it (kept as before)
    if found.lead:
        responsible = units.lead if units.lead_from_responsible else []
        units.lead = list(found.lead)
        units.participating = _dedupe(responsible + units.participating + found.participating)
        units.lead_from_responsible = False
        units.rules.append("lead clause beside the labels -> lead; responsible labels -> participating")
    elif units.lead:
        units.participating = _dedupe(units.participating + found.participating)
        units.rules.append("participating clause beside the labels -> participating")
    else:
        return  # only participating labels and clauses: no lead to anchor them (as before)
    units.rules.extend(found.rules)
    units.spans.extend(found.spans)


def _first_listed(
    units: Units, block: str, first_is_lead: bool, lead: list[str], part: list[str]
) -> tuple[list[str], list[str]]:
    """(lead, participating) of responsible units under the first-listed rule, stated for the
    document (first_is_lead) or by a note in their block; the note is recorded on `units`."""
    note = note_of(block) if block else NO_NOTE
    if not (first_is_lead or note.first_is_lead):
        return lead, part
    units.first_is_lead_note = units.first_is_lead_note or note.first_is_lead
    units.note_following = units.note_following or (note.first_is_lead and note.following)
    units.rules.append(
        "first listed unit leads (列第一位者为牵头单位)"
        + ("" if note.first_is_lead else ", stated for the document")
    )
    return lead[:1], _dedupe(lead[1:] + part)


_SENTENCE_END = "。；;\n"
#: what may follow a closing bracket that ends a sentence (nothing: the end of the text)
_AFTER_SENTENCE_BRACKET = ("", *_SENTENCE_END)
#: a bracket of more names than this is a list of something else
_MAX_BARE_NAMES = 8


def _bare_bracket_units(text: str, view: str, units: Units, first_is_lead: bool) -> None:
    """ "完成改造任务。（县住建局、县财政局）": a bracket that ends a sentence and holds nothing but
    unit names, one at least a government body, names the responsible units. Not an alias after
    a name (县农业农村局（县乡村振兴局）), nor an area (（县城区））."""
    for outer_s, s, e, outer_e in reversed(_bracket_blocks(view)):
        cut = outer_e == e  # not closed: a page cut off inside the bracket
        if cut and not _cut_after_sentence(view, outer_s):
            continue
        if view[outer_e : outer_e + 1] not in _AFTER_SENTENCE_BRACKET and view[outer_e:].strip(" 。；;"):
            continue
        if _after_a_name(view, outer_s) or _after_a_field(view, outer_s):
            continue
        if (field := _FIELD_LABEL.search(view, s, e)) is not None:
            e = field.start()  # "（县发改局、县财政局；责任领导：李四）": the names before the field
        names = split_value(text[s:e])[0]
        # "…、省": the last name is cut off with the page; it is kept as printed (as a labelled list
        # cut off keeps it), but the names before it must make the bracket a list of units
        whole = names[:-1] if cut and names and not bare_unit(names[-1]) else names
        if not whole or len(names) > _MAX_BARE_NAMES or not all(bare_unit(n) for n in whole):
            continue
        if not any(is_department(n) or is_body(n) for n in whole):
            continue  # (a town's office is a body of its level: "（镇村建办、各村委会）")
        lead: list[str] = list(names)
        part: list[str] = []
        if len(lead) > 1:
            lead, part = _first_listed(units, view[s:e], first_is_lead, lead, part)
        units.lead, units.participating = lead, part
        units.lead_from_responsible = True
        units.spans.append((outer_s, outer_e))
        units.rules.append(f"bracket of unit names ending a sentence -> responsible: {', '.join(names)}")
        return


def _edge_units(text: str, view: str, units: Units, first_is_lead: bool) -> None:
    """ "建立月度例会制度。——县委改革办", "年底前完成。县发改局、县财政局", "（县发改局）推进…": the unit
    names of the last sentence, after a dash or not, or of a bracket opening the text, are the
    responsible units (transform.unit_edges)."""
    if ("负责，" in view or "负责," in view) and "由" in view and _by_duty_units(text, view, units):
        return  # "该项工作由镇水利站负责，各村委会做好日常巡查" (round 45b)
    found = last_sentence_units(text, view)
    rule = "unit names in the last sentence"
    if found is None:
        found = opening_bracket_units(text, view)
        rule = "a bracket of unit names opening the task"
    if found is None:
        return
    names, span = found
    if view[span[0] : span[1]].rstrip(" 。；;").endswith(_HELPER_VERBS):
        # "…逐户检查，县卫健局派员参加。": a helper piece after work of no named body takes part (round 45b,
        # as beside a body's own duty with 要: round 39k)
        units.participating = list(names)
        units.spans.append(span)
        units.rules.append(f"{rule} with a helper's verb -> participating: {', '.join(names)}")
        return
    lead: list[str] = list(names)
    part: list[str] = []
    if len(lead) > 1:
        lead, part = _first_listed(units, view[span[0] : span[1]], first_is_lead, lead, part)
    units.lead, units.participating = lead, part
    units.lead_from_responsible = True
    units.spans.append(span)
    units.rules.append(f"{rule} -> responsible: {', '.join(names)}")


#: the verbs of a helper (配合, 协助, 派员参加 …: units_roles.toml [verbs] participating)
_HELPER_VERBS = tuple(sorted((v for v, kind in VERB_KIND.items() if kind == "part"), key=len, reverse=True))


_FIELD_LABEL = re.compile("(?:" + alternation(LABELS["person"] + LABELS["other"]) + ")\\s*[:：]")


_CUT_TAIL = 200  # characters at the end of a cut-off text read for a bracket still open
_OPEN_BRACKET = re.compile("[" + re.escape(_OPEN) + "]")


def _open_tail(view: str) -> bool:
    """Does an opening bracket stand in the last characters of the text (a page cut off inside it)?"""
    return _OPEN_BRACKET.search(view, max(0, len(view) - _CUT_TAIL)) is not None


def _cut_after_sentence(view: str, pos: int) -> bool:
    """Does the bracket at pos, cut off with the page ("…重点项目。〔省发展改革委、省科技厅、省"),
    open right after a full stop, with a list of names (、) on its one line, and no label or sentence?"""
    rest = view[pos:]
    return (
        pos > 0
        and view[:pos].rstrip()[-1:] in "。；;"
        and "、" in rest
        and not any(c in rest for c in "\n：:。")
    )


def _after_a_field(view: str, pos: int) -> bool:
    """Is the bracket part of a person or deadline field ("联系人：张三（县发改局）")?"""
    start = max(view.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1
    return _FIELD_LABEL.search(view, start, pos) is not None


def _after_a_name(view: str, pos: int) -> bool:
    """Does a unit name end right before `pos` (县农业农村局（县乡村振兴局）: the bracket is an alias)?"""
    before = view[max(0, pos - 16) : pos].rstrip()
    if not before or before[-1] in "。；;\n，,":
        return False
    name = re.split(r"[。；;，,、\s]", before)[-1]
    return is_unit_like(name) and not any(ch.isdigit() for ch in name)


# "负责" alone ends many a sentence about work ("对县发改局负责"): in running text it needs a sentence of
# its own; 按职责分工负责-like verbs say who is responsible wherever they stand
_WEAK_VERBS = frozenset(("负责", "具体负责"))


def _specific(names: tuple[str, ...]) -> bool:
    """Does a clause name a body, not only everyone ("各部门按职责分工负责" is a closing formula)?"""
    return any(
        not simplified(n).startswith(("各", "有关", "相关", "全县", "全市", "全区", "全省")) for n in names
    )


def _by_before(view: str, start: int) -> bool:
    """Does 由 name the clause's bodies (round 44i: "邻里纠纷由各村调解委员会就地调处")?"""
    return start > 0 and view[start - 1] == "由"


def _accepted(clauses: list, bracketed: bool, view: str, s: int, e: int) -> list:
    """The clauses of a block that state units (see _clause_units)."""
    # "各有关单位要按照各自职责抓好落实": a closing formula for everyone names no unit
    clauses = [c for c in clauses if "各自" not in c.verb or _specific(c.names)]
    if bracketed:
        if any(c.role in ("lead", "resp", "impl") for c in clauses):
            return clauses
        covered = sum(c.end - c.start for c in clauses)
        return clauses if covered >= len(view[s:e].strip(" 。；;，,")) else []
    if any(
        c.role == "lead"
        or (
            c.role == "resp"
            and c.verb not in _WEAK_VERBS
            and (_specific(c.names) or _by_before(view, c.start))
        )
        for c in clauses
    ):
        return clauses  # 负责/落实 beside a 牵头 or 按职责分工负责 clause take part
    if any(c.role == "resp" and c.opens for c in clauses) and any(
        c.role in ("part", "impl") for c in clauses
    ):
        return clauses  # "。X负责，Y配合。", "。X负责，Y具体落实。"
    opening = [c for c in clauses if c.role == "impl" and c.opens]
    helpers = [c for c in clauses if c.role == "part"]
    if opening and helpers and any(_specific(c.names) for c in opening + helpers):
        # "。由镇民政办负责落实，镇派出所配合。" (round 39h); a later 落实 clause takes part
        first = opening[0]
        return [replace(c, role="part") if c.role == "impl" and c.start > first.start else c for c in clauses]
    held = [
        c
        for c in clauses
        if c.role == "resp"
        and c.opens
        and (_specific(c.names) or all(_every_area(n) for n in c.names))
        and _post_carries_out(view, c.end, e)
    ]
    if held:
        return held  # "。乡水利站负责，村级管水员具体落实。": the post that carries it out is no unit
    if any(c.sentence for c in clauses):
        return [c for c in clauses if c.sentence]
    # "…，新建幼儿园3所，县教体局负责落实。": departments named by their level that end a sentence
    closing = [_closing_clause(c, view, e) for c in clauses]
    kept = [c for c in closing if c is not None]
    # "新建公厕12座，县住建局负责，年底前建成。": a clause of its own between commas
    if kept:
        return kept + _other_sentence_clauses(clauses, kept, view, s, e)
    # "，乡妇联负责，各村具体落实。": the 落实 clause that closes the sentence after it takes part
    heads = [c for c in clauses if c.role != "part" and not _closes_after(c, clauses, view, e)]
    if len(heads) != 1:
        return []  # (several 负责 clauses in one sentence: left to the rules above)
    first = [c for c in (_own_piece(c, view) for c in clauses) if _comma_clause(c, view, s, e)]
    return first + [c for c in clauses if first and c.start > first[0].end and c.role in ("part", "impl")]


def _own_piece(clause, view: str):
    """A 负责/落实 clause cut to the names of its own piece, after the last comma inside it: names that
    waited from the sentence's opening piece are its work ("扶持发展秸秆收储运合作社，镇经济发展办具体负责",
    round 41e); the clause itself when it holds no comma or none of its names is left."""
    if clause.role not in ("resp", "impl"):
        return clause
    cut = max(view.rfind("，", clause.start, clause.end), view.rfind(",", clause.start, clause.end))
    if cut < 0:
        return clause
    piece = view[cut + 1 : clause.end]
    names = tuple(n for n in clause.names if simplified(n) in piece)
    if not names or len(names) == len(clause.names):
        return clause
    return replace(clause, names=names, start=cut + 1)


def _other_sentence_clauses(clauses: list, kept: list, view: str, s: int, e: int) -> list:
    """Beside a 负责 clause that ends its sentence ("…，县公安局负责；"), a 负责 clause between commas in
    another sentence of the block and the 配合 clauses after it in that sentence ("加强…治理，县交通运输局
    负责，各乡镇配合。"). Blocks of a few clauses only (a task's text; each check reads its sentence)."""
    if len(clauses) > _FEW_CLAUSES or any(c.role != "resp" for c in kept):
        return []  # (a 落实 clause beside a 负责 one would take part: each sentence keeps its own)
    at = _sentence_of(view, s, e)
    kept_ids = {id(c) for c in kept}
    taken = {at(c.start) for c in kept}
    headed: set[int] = set()
    out: list = []
    for c in clauses:
        here = at(c.start)
        if id(c) in kept_ids or here in taken:
            continue
        if c.role == "resp" and _comma_clause(c, view, s, e):
            out.append(c)
            headed.add(here)
        elif c.role in ("part", "impl") and here in headed:
            out.append(c)
    return out


_FEW_CLAUSES = 8
_SENTENCE_END_RE = re.compile("[" + re.escape(_SENTENCE_END) + "]")


def _sentence_of(view: str, s: int, e: int):
    """A function: position -> the start of its sentence in view[s:e] (one scan of the block)."""
    starts = [s, *(m.end() for m in _SENTENCE_END_RE.finditer(view, s, e))]
    return lambda pos: starts[bisect_right(starts, pos) - 1]


def _sentence_spans(kept: list, view: str, s: int) -> list[tuple[int, int]]:
    """One span per sentence over the clauses of running text (its first clause's start to its last's
    end); a single span where all stand in one sentence."""
    if len(kept) == 1:
        return [(kept[0].start, kept[0].end)]
    ordered = sorted(kept, key=lambda c: c.start)
    at = _sentence_of(view, s, max(c.end for c in ordered))
    spans: list[tuple[int, int]] = []
    here_last = None
    for c in ordered:
        here = at(c.start)
        if spans and here == here_last:
            spans[-1] = (spans[-1][0], max(spans[-1][1], c.end))
        else:
            spans.append((c.start, c.end))
            here_last = here
    return spans


def _closes_after(clause, clauses: list, view: str, e: int) -> bool:
    """Is `clause` a 落实 clause that ends its sentence right after a 负责 clause and a comma?"""
    if clause.role != "impl" or not (clause.end >= e or view[clause.end] in _SENTENCE_END):
        return False
    return any(c.role == "resp" and c.end < clause.start and view[c.end] in "，," for c in clauses)


#: a short clause after a 负责 clause that ends its sentence with a 落实/配合 verb, or with the verb
#: of a body that guides the work ("，镇经济发展办指导。": lexicon `guide_tails`)
_CARRY_LEN = 16
_CARRY_SPACES = 8  # (spaces before the full stop, which the length leaves out)
_CARRY_VERBS = (
    *sorted((v for v, k in VERB_KIND.items() if k in ("impl", "part")), key=len, reverse=True),
    *GUIDE_TAILS,
)


def _post_carries_out(view: str, end: int, e: int) -> bool:
    """Does a short clause whose subject is no unit (村级管水员, 护林员) follow the 负责 clause ending at
    `end` and close its sentence with a 落实/配合 verb ("，村级管水员具体落实。"), or a body that only
    guides it ("，镇经济发展办指导。": no unit of the task, as a 指导单位)?"""
    if end >= e or view[end] not in "，,":
        return False
    # the sentence's end within the window a short clause fits in (each search bounded)
    limit = min(e, end + 1 + _CARRY_LEN + _CARRY_SPACES)
    stop = min((i for i in (view.find(ch, end + 1, limit) for ch in _SENTENCE_END) if i >= 0), default=limit)
    if stop == limit < e:
        return False  # no full stop in the window: a longer clause
    rest = view[end + 1 : stop].rstrip()
    return 0 < len(rest) <= _CARRY_LEN and rest.endswith(_CARRY_VERBS) and "，" not in rest


#: what may stand before a sentence-opening "由X负责，" (round 41l)
_BY_SENTENCE_START = "。；;\n：:"


def _comma_clause(clause, view: str, s: int, e: int) -> bool:
    """A 负责/实施 clause standing between commas ("，县住建局负责，", "，由县交通局负责实施，")
    whose names are all government bodies printed with their level."""
    if clause.role not in ("resp", "impl") or clause.end >= e or view[clause.end] not in "，,":
        return False
    k = clause.start - 1
    by = k >= s and view[k] == "由"
    if by:
        k -= 1
    if by and (k < s or view[k] in _BY_SENTENCE_START or _item_number_before(view, s, k)):
        head = ""  # "。由市财政局负责，统筹…" (round 41l): 由 opens the sentence
    elif k < s or view[k] not in "，,":
        return False
    else:
        head = view[max(s - 1, *(view.rfind(ch, s, k) for ch in _SENTENCE_END)) + 1 : k]
    if ("负责" in head or "牵头" in head) and not _person_leads(head):
        return False  # another body's duty earlier in the sentence: left to the rules above
    return all(
        simplified(n).startswith(BODY_LEVELS) and (is_department(n) or bare_unit(n)) for n in clause.names
    )


def _item_number_before(view: str, s: int, k: int) -> bool:
    """Is view[k] the 、 of an item number ("三、由…")?"""
    return view[k] == "、" and k > s and view[k - 1] in _ITEM_DIGITS


_ITEM_DIGITS = "一二三四五六七八九十0123456789"


def _person_leads(head: str) -> bool:
    """Is the sentence's head a leader who leads the work ("由分管副县长牵头")? A person is no unit: the
    bodies named after it are read as in a sentence of their own."""
    h = head.strip().removeprefix("并由").removeprefix("由")
    for verb in ("牵头", "负责"):
        if h.endswith(verb):
            who = h[: -len(verb)]
            return bool(who) and "，" not in who and is_person(who)
    return False


#: nothing but full stops and spaces to the end of the block (the match stops at the first other
#: character: no slice of the rest of the block for each clause)
_ONLY_STOPS = re.compile(r"[ 。；;.]*")


def _closing_clause(clause, view: str, e: int):
    """The 负责/落实 clause that ends a sentence, cut to the government bodies printed with their
    level right before its verb (names waiting from earlier clauses are prose: 新建幼儿园3所), or
    whole after "，由" (round 39h); None when it is no such clause."""
    if clause.role not in ("resp", "impl") or not (
        clause.end >= e or view[clause.end] in _SENTENCE_END or _ONLY_STOPS.fullmatch(view, clause.end, e)
    ):
        return None
    if clause.start >= 2 and view[clause.start - 1] == "由" and view[clause.start - 2] in "，,":
        return clause  # "…设施，由各街道办事处负责落实。": 由 names who does it, as in its own sentence
    names = list(clause.names)
    k = len(names)
    while k > 0 and simplified(names[k - 1]).startswith(BODY_LEVELS) and is_department(names[k - 1]):
        k -= 1
    if k == len(names):
        return None
    start = view.find(simplified(names[k]), clause.start, clause.end)
    if start < 0:
        return None
    return replace(clause, names=tuple(names[k:]), start=start)


def _column_units(text: str, columns: tuple[tuple[str, ...], ...], units: Units, first_is_lead: bool) -> None:
    """The units in the last fields of a space-separated table row (see transform.unit_tables)."""
    found = column_units(text, columns)
    if found is None:
        return
    strong, resp, part, span = found
    if strong:
        units.lead, units.participating = strong, _dedupe(resp + part)
    else:
        units.lead, units.participating = resp, part
        units.lead_from_responsible = True
        if first_is_lead and len(resp) > 1:
            units.lead, units.participating = resp[:1], _dedupe(resp[1:] + part)
    units.spans.append(span)
    units.rules.append("space-separated table row read against its header")


def _heading_units(text: str, view: str, units: Units) -> None:
    """A section heading that says who leads its work: "县示范区管委会牵头工作（8项）"."""
    nl = view.find("\n")
    end = nl if nl >= 0 else len(view)
    clause = heading_clause(text[:end], view[:end])
    if clause is not None:
        _add(units.lead, list(clause.names))
        units.spans.append((0, end))
        units.rules.append(f"section heading -> lead: {', '.join(clause.names)}")


#: the longest unnumbered heading line read as a unit heading ("县发展和改革局（5项）：")
_UNIT_HEADING_MAX = 30


def heading_line_units(line: str) -> list[str]:
    """The units an unnumbered heading line names as the owner of the items below it: "县发改局：",
    "县财政局（5项）", "县教体局牵头"; [] for any other line (a topic, a sentence)."""
    text = line.strip().rstrip("：:")
    if not text or len(text) > _UNIT_HEADING_MAX:
        return []
    units = Units()
    _heading_units(text, simplified(text), units)
    return units.lead


def _drop_leads_from_participating(units: Units) -> None:
    """units.participating = [u for u in units.participating if u not in units.lead], building the
    list only when some unit is in both (rarely: the comprehension costs more than the test)."""
    lead = units.lead
    for u in units.participating:
        if u in lead:
            units.participating = [p for p in units.participating if p not in lead]
            return


_MARKED_LEAD = re.compile(r"[（(]\s*(牵头|主办|主责|牵头单位|牵头部门)\s*[）)]$")
#: the mark of a participating unit beside a marked lead ("县发改局（配合）"): no part of its name
_MARKED_PART = re.compile(r"[（(]\s*(配合|协办|参与|协同|配合单位|配合部门)\s*[）)]$")
#: a role mark in square or lenticular brackets right after a name ("县商务局〔牵头〕、", "【牵头】")
_ODD_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff])[〔【\[]\s*(牵头|主办|主责|配合|协办)\s*[〕】\]](?=[、，,；;\s）)]|$)"
)


def marks_as_parentheses(text: str, view: str) -> tuple[str, str]:
    """(text, view) with role marks in odd brackets read as in parentheses: "县商务局〔牵头〕、县发改局"
    as "县商务局（牵头）、…" (the units are read from this pair)."""
    if ("〔" in view or "【" in view or "[" in view) and _ODD_MARK.search(view) is not None:
        view = _ODD_MARK.sub(r"（\1）", view)
        text = _odd_marks_as_parentheses(text, view)
    return text, view


def _odd_marks_as_parentheses(text: str, view: str) -> str:
    """`text` with the odd brackets of its role marks as parentheses, where `view` (its simplified
    copy, marks already rewritten, same length) has them."""
    chars = list(text)
    for m in _MARKED_ANY.finditer(view):
        chars[m.start()], chars[m.end() - 1] = "（", "）"
    return "".join(chars)


_MARKED_ANY = re.compile(r"（(?:牵头|主办|主责|配合|协办)）")


_STARS = "*＊★☆"


def _marked_leads(units: Units) -> None:
    """ "县发改局（牵头）、县财政局", "区财政局*、区发改局" (标*的为牵头单位): the marked unit leads,
    the others participate."""
    joined = "".join(units.lead)
    if any(star in joined for star in _STARS):
        _starred_leads(units)
        return
    if "）" not in joined and ")" not in joined:  # _MARKED_LEAD ends with one of them: nothing marked
        return
    marked = [u for u in units.lead if _MARKED_LEAD.search(simplified(u))]
    if not marked:
        _marked_participants(units)
        return
    others = [_unmarked(u) for u in units.lead if not _MARKED_LEAD.search(simplified(u))]
    units.lead = [u[: _MARKED_LEAD.search(simplified(u)).start()].rstrip() for u in marked]  # type: ignore[union-attr]
    units.participating = others + [_unmarked(u) for u in units.participating if u not in others]


def _marked_participants(units: Units) -> None:
    """ "县商务局、县发改局（配合）": a unit marked 配合 takes part, the others lead."""
    part = [u for u in units.lead if _MARKED_PART.search(simplified(u))]
    if not part or len(part) == len(units.lead):
        return
    units.lead = [u for u in units.lead if u not in part]
    units.participating = [_unmarked(u) for u in part] + units.participating


def _unmarked(name: str) -> str:
    """A participating unit without its role mark ("县发改局（配合）" -> "县发改局")."""
    m = _MARKED_PART.search(simplified(name))
    return name[: m.start()].rstrip() if m is not None else name


def _starred_leads(units: Units) -> None:
    """A star after (or before) a name marks the lead unit; the star is no part of any name."""
    stars = tuple(_STARS)
    marked = [u.strip(_STARS) for u in units.lead if u.endswith(stars) or u.startswith(stars)]
    others = [u.strip(_STARS) for u in units.lead if not (u.endswith(stars) or u.startswith(stars))]
    part = [u.strip(_STARS) for u in units.participating]
    if not marked:  # a star inside a name (a masked character): nothing marked
        return
    units.lead = marked
    units.participating = others + [u for u in part if u not in others]
    units.rules.append("starred unit leads (标*的为牵头单位)")


def _units_of(values: list[str]) -> list[str]:
    """The units of several lists, each once, in order."""
    if len(values) == 1:  # split_units never repeats a name: nothing to drop
        return split_units(values[0])
    out: list[str] = []
    for v in values:
        _add(out, split_units(v))
    return out
