"""Unit clauses: "县发改局牵头，县财政局、各镇街配合", "A、B分别牵头", "各县区人民政府负责落实".

A clause is a list of unit names followed by a role verb (units_roles.toml, [verbs]); clauses
are the pieces of a block between ，,；;。：: and line breaks at bracket depth 0. Names without a
verb wait for the next verb ("县财政局，县统计局配合"); names left at the end of a block that
has a lead clause take part ("A牵头督导，B、C、" in a cut-off list).

Roles (EXTRACTION.md): 牵头-type verbs lead; 负责-type verbs lead when no clause leads, else take
part; 负责落实-type verbs take part beside a lead or 负责 clause, else lead; 配合-type verbs take part.

Long module: the clause reader and the helpers it shares with unit_objects and unit_joint.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transform.gazetteer import SPLIT_ENDINGS, is_unit_like, known_department, split_level
from transform.lexicons import table, words
from transform.unit_cuts import WITH, after_open
from transform.unit_handed import HANDED_BY_BODY, handed_verb
from transform.unit_joint_stops import first_stop
from transform.unit_names import CLOSE, OPEN, has_prose_word, split_value
from transform.unit_words import (
    AREA_SET,
    BODY_LEVELS,
    HEADING_OBJECTS,
    JOINT_OPENERS,
    JOINT_SENTENCE_WORDS,
    JOINT_TAILS,
    VERB_KIND,
    simplified,
)

_SEGMENT_END = "，,；;。：:\n"
_SENTENCE_END = "。；;\n"
_FULL_STOP = "。"
_VERB_LENGTHS = tuple(sorted({len(v) for v in VERB_KIND}, reverse=True))
_VERB_FIRST = frozenset(v[0] for v in VERB_KIND)
_VERB_LAST = frozenset(v[-1] for v in VERB_KIND)
#: a run of names longer than this is prose
_MAX_NAMES_LEN = 150
_COUNT_NOTE = re.compile(r"[（(]\s*[\d一二三四五六七八九十百]{1,4}\s*(项|条|个|件)\s*[）)]$")
#: what opens a sentence naming who does the work: 由, 具体由, 此项工作由 (lexicon units_by_openers)
_BY_OPENERS = frozenset(words("units_by_openers"))
_HEADING_OBJECT = tuple(sorted(HEADING_OBJECTS, key=len, reverse=True))
#: "加装电梯工作由街道城建办具体负责" (round 41h): a short piece naming the work, then 工作由 (任务由, 事项由)
_WORK_BY = ("工作由", "任务由", "事项由")
#: and a meeting that charges a body with the work ("会议责成区公安分局负责，…", round 41l)
_ORDERS_BY = (*_WORK_BY, "责成")
#: verbs that are plain work words as often as roles ("市商务局对接，…"): their names must be known
#: departments (lexicon units_roles.toml, [verbs] body_only, round 41h)
_BODY_ONLY_VERBS = frozenset(table("units_roles")["verbs"]["body_only"])
_WORK_BY_MAX = 24


#: round 45b: the work itself, named shortly, may open the sentence before 由 ("排查整治由县住建局负责，…",
#: "此项整改由县财政局负责，…", "防汛物资储备由镇农业综合服务中心负责，…"); not a matter handed on (交由, 转由)
_WORK_PIECE = (3, 9)
_HANDED_BY = ("交由", "转由", "经由", "委托由")


def _by_opener(lead_in: str) -> bool:
    """Does `lead_in` (the piece before the names) open a sentence naming who does the work?"""
    return (
        lead_in in _BY_OPENERS
        or (len(lead_in) <= _WORK_BY_MAX and lead_in.endswith(_ORDERS_BY))
        or _work_by(lead_in)
    )


def _work_by(lead_in: str) -> bool:
    """Is `lead_in` a short piece of work, then 由 ("排查整治由")?"""
    return (
        _WORK_PIECE[0] <= len(lead_in) <= _WORK_PIECE[1]
        and lead_in.endswith("由")
        and not lead_in.endswith(_HANDED_BY)
        and all("\u4e00" <= ch <= "\u9fff" for ch in lead_in)
    )


@dataclass
class Clause:
    """Names and the role their verb gives them."""

    role: str  # lead, resp, impl, part, or tail (names after the last verb)
    names: tuple[str, ...]
    start: int  # span of the clause in the text
    end: int
    sentence: bool = False  # the clause is a sentence of its own (。X负责。)
    verb: str = ""
    opens: bool = False  # the clause opens a sentence (。X负责，Y配合)


_SEGMENT_CHARS = re.compile("[" + re.escape(OPEN + CLOSE + _SEGMENT_END) + "]")


def _segments(view: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, separator before, separator after) of the pieces of view[start:end] between
    segment ends at bracket depth 0 (relative to `start`), stripped of spaces."""
    out: list[tuple[int, int, str, str]] = []
    depth = 0
    s = start
    before = "\n"
    for m in _SEGMENT_CHARS.finditer(view, start, end):
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((s, m.start(), before, ch))
            s, before = m.end(), ch
    out.append((s, end, before, "\n"))
    stripped = []
    for s, e, b, a in out:
        while s < e and view[s].isspace():
            s += 1
        while e > s and view[e - 1].isspace():
            e -= 1
        if e > s:
            stripped.append((s, e, b, a))
    return stripped


def _verb_split(view: str, segments: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Segments cut again at a 、 or a space right after a verb: "县发改局牵头、县财政局配合",
    "县农业农村局牵头 县财政局配合" (a rendering that lost the comma)."""
    out: list[tuple[int, int, str, str]] = []
    for s, e, before, after in segments:
        for m in _AFTER_VERB_CUT.finditer(view, s, e):
            i = m.start()
            if i > s and _verb_at_end(view, s, i) is not None:
                out.append((after_open(view, s, i), i, before, m.group()[0]))
                s, before = m.end(), m.group()[0]
        out.append((s, e, before, after))
    return out


#: where a clause may end inside a segment, right after its verb
_AFTER_VERB_CUT = re.compile(r"、|[ \u3000]+")


def _verb_at_end(view: str, s: int, e: int) -> str | None:
    """The longest role verb that ends view[s:e]."""
    if e - 1 <= s or view[e - 1] not in _VERB_LAST:
        return None  # (most pieces: no verb can end here; the loop would find none either)
    for n in _VERB_LENGTHS:
        if e - n > s and view[e - n] in _VERB_FIRST and view[e - n : e] in VERB_KIND:
            return view[e - n : e]
    return None


def _names(text: str, view: str, s: int, e: int, strict: bool) -> tuple[str, ...]:
    """The unit names of text[s:e], () when it is no list of names (strict: of names that all look like units)."""
    if e - s > _MAX_NAMES_LEN or e <= s:
        return ()
    if strict:
        s = _after_topic_dash(view, s, e)
        if e <= s:
            return ()
        whole = view[s:e].rstrip("、，,等 ")
        last = _LAST_NAME.split(whole)[-1]  # "…环保厅及相关盟市"; "市国资委、市属国有企业" (round 44i)
        if (
            not is_unit_like(whole)
            and not whole.endswith(("等部门", "等单位"))
            and (AREA_SET.fullmatch(last) is None and (last == whole or not is_unit_like(last)))
        ):
            return ()
        if has_prose_word(whole) or whole.startswith(WITH):
            return ()
    names = split_value(text[s:e])[0]
    if strict and not all(is_unit_like(n) for n in names):
        return ()
    return names


# the separators before the last name of a list
_LAST_NAME = re.compile(r"[、，,；;和及与]")

#: 由 (not 自由/理由/缘由/事由), 责成 (round 41l) or 已交/已转 before a level (round 42g) introduce the names
#: of a clause: "推进建设由县发改局牵头", "会议责成县住建局负责，…", "该工单已转市城市管理局办理"; 以 before a level
#: (round 44i: "坚持以县委宣传部为主，各乡镇配合"); 交/交办 right after the body that hands the matter over (round
#: 46b: "该件由县信访局交县工信局牵头办理", "县信访局交办红旗镇人民政府办理"; not 县公安局交警大队, 交办的事项)
_BY = re.compile(
    r"(?:(?<![自理缘事])由|责成|(?<=已)[交转](?=[省市州盟县区旗镇乡])|(?<![所可予加给难足得])以(?=[省市州盟县区旗镇乡])"
    r"|" + HANDED_BY_BODY + r")(?=[\u4e00-\u9fff]{2})"
)


#: a modal between the names and their verb ("县公安局要全力配合", "各乡镇应配合"): no part of a name
_MODALS = ("要", "应", "须", "需", "应当", "必须", "务必")


#: names of everyone ("各单位", "有关部门"): after a modal they are prose
_EVERYONE = ("各", "有关", "相关", "全")


def _before_modal(view: str, s: int, ve: int) -> int:
    """Where the names before a verb end: before a modal that stands right before the verb."""
    for m in sorted(_MODALS, key=len, reverse=True):
        if ve - len(m) > s and view.startswith(m, ve - len(m)):
            return ve - len(m)
    return ve


def _names_start(view: str, s: int, e: int) -> int:
    """Where the names of a clause start: after the last 由 that introduces them, if any."""
    last = None
    for m in _BY.finditer(view, s, e):
        last = m
    start = last.end() if last is not None else s
    if view.startswith(_MECHANISM_OPENERS, start):  # "形成县发改局牵头、…的机制" (round 46k)
        opener = next(w for w in _MECHANISM_OPENERS if view.startswith(w, start))
        start += len(opener)
        if view[start:e] in _GENERIC_BODIES:
            return e  # "建立部门牵头、属地落实的机制": no unit in particular
    return start


#: words that open the list of a 专班's members after its lead (lexicon units_member_openers, round 47j)
_MEMBER_OPENERS = tuple(sorted(words("units_member_openers"), key=len, reverse=True))
#: verbs that open a mechanism named by its roles: the names start after them (lexicon units_mechanism_openers)
_MECHANISM_OPENERS = tuple(sorted(words("units_mechanism_openers"), key=len, reverse=True))
_GENERIC_BODIES = frozenset(words("units_generic_bodies"))


_AND = re.compile(r"和|与|及")


def _each(name: str) -> tuple[str, ...]:
    """ "经济投资局和航空口岸局" before 分别/共同牵头 -> both, where each side is a complete unit name
    (住房和城乡建设局 stays whole: 住房 is none)."""
    parts = [p for p in _AND.split(name) if p]
    if len(parts) >= 2 and all(p.endswith(SPLIT_ENDINGS) and is_unit_like(simplified(p)) for p in parts):
        return tuple(parts)
    return (name,)


def _joint(
    text: str, view: str, s: int, e: int, strict: bool
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "X会同Y", "X联合Y": (names of X, names of Y), else None."""
    i, w = joint_word_at(view, s, e)
    if i < 0:
        return None
    left = _names(text, view, s, i, strict)
    right = _names(text, view, i + len(w), e, strict)
    return (left, right) if left and right else None


def joint_word_at(view: str, s: int, e: int) -> tuple[int, str]:
    """(start, word) of the first 会同/联合 of view[s:e] that is no part of a name (县残疾人联合会,
    县供销合作社联合社), else (-1, "")."""
    best, word = -1, ""
    for w in JOINT_SENTENCE_WORDS:
        i = view.find(w, s, e)
        while i >= 0 and view.startswith(_NAME_AFTER_JOINT, i + len(w)):
            i = view.find(w, i + 1, e)
        if i >= 0 and (best < 0 or i < best):
            best, word = i, w
    return best, word


#: what follows 联合 inside a name (联合会, 联合社)
_NAME_AFTER_JOINT = ("会", "社")


def _joint_clause(text: str, view: str, s: int, e: int, verb: str | None, strict: bool) -> tuple[str, ...]:
    """The names of a clause that opens with 会同 ("会同A、B推进"), else ()."""
    lead_in = next((w for w in JOINT_OPENERS if view.startswith(w, s)), None)
    if lead_in is None:
        return ()
    ne = e - len(verb) if verb else e
    if not verb:
        tail = next((w for w in JOINT_TAILS if view.endswith(w, s, e)), "")
        ne = e - len(tail)
        if not tail and strict:  # "会同A、B开展专项行动": the names end at the first work verb
            ne = _first_tail(view, s + len(lead_in), e)
    return _names(text, view, s + len(lead_in), ne, strict)


def _prose_names(names: tuple[str, ...], verb: str, modal: bool, beside: list[Clause]) -> bool:
    """Prose names, no clause? Everyone before a modal ("各单位要积极配合"; not to take part beside a lead of the
    sentence, `beside`: round 42g), or no department before a body-only verb ("建立行业部门对接…机制")."""
    everyone = all(simplified(n).startswith(_EVERYONE) for n in names)
    if modal and everyone and not (beside and beside[0].role == "lead" and VERB_KIND.get(verb) == "part"):
        return True
    return verb in _BODY_ONLY_VERBS and not all(is_department(n) for n in names)


def _first_tail(view: str, s: int, e: int) -> int:
    """Where the first work verb (joint_tails) of view[s:e] starts, e when none does."""
    found = [i for i in (view.find(w, s, e) for w in JOINT_TAILS) if i > s]
    return min([*found, first_stop(view, s + 1, e)])  # or an adverb, a preposition (round 43b)


def find_clauses(
    text: str, view: str, start: int, end: int, *, strict: bool, loose_role: str | None = None
) -> list[Clause]:
    # Long function: one walk of the segments, where names wait for a verb, decides every clause.
    """The clauses of text[start:end] (view: its simplified working copy).

    strict: every name must look like a unit (running text); else any name counts (a labelled
    value). loose_role: names without a verb form a clause of this role; else they wait for the
    next verb.
    """
    clauses: list[Clause] = []
    pending: list[str] = []
    pending_start = -1
    for s, e, before, after in _verb_split(view, _segments(view, start, end)):
        if before in "、，," and clauses and clauses[-1].role == "lead" and "的" in view[s:e]:
            e = _modifier_clause_end(view, s, e)
        if before in _FULL_STOP:  # names never wait for a verb in the next sentence
            pending, pending_start = [], -1
        verb = _segment_verb(view, s, e, before, bool(pending))
        joined = _joint_clause(text, view, s, e, verb, strict) if clauses else ()
        if joined:  # "X牵头，会同A、B推进": A and B take part
            clauses.append(Clause("part", joined, s, e, verb=verb or ""))
            pending, pending_start = [], -1
            continue
        if verb:
            ve = _before_modal(view, s, e - len(verb)) if strict else e - len(verb)
            ns = _names_start(view, s, ve) if strict else s
            names = _names(text, view, ns, ve, strict)
            if _prose_names(names, verb, ve < e - len(verb), clauses[-1:] * (before not in _FULL_STOP)):
                names = ()
            if len(names) == 1 and verb.startswith(("分别", "共同", "联合")):
                names = _each(names[0])  # "A局和B局分别牵头": each leads
            if names and pending and before == "\n" and strict and pending_start == start:
                # "招商运营组\n县投资促进中心牵头负责": the text's heading line waits for no verb (round 47j)
                pending, pending_start = [], -1
            if names or (pending and before == "\n" and ve <= ns):
                lead_in = view[s:ns]
                if _names_opened(lead_in, view, ns, ve, strict):
                    pending, pending_start = [], -1
                opens = not pending and _opens(lead_in, before)
                sentence = opens and before in _SENTENCE_END and after in _SENTENCE_END
                role = VERB_KIND.get(verb, "resp")  # (a handed verb: 交由X办理)
                if pending and role == "impl" and _departments_then_area(view, s):  # (round 47b)
                    pending = _departments(clauses, pending, pending_start, s)
                first = pending_start if pending else ns
                joint = _joint(text, view, ns, ve, strict)
                if joint is not None:  # "X会同Y负责": X takes the verb's role, Y takes part
                    clauses.append(Clause(role, tuple(pending) + joint[0], first, e, sentence, verb, opens))
                    clauses.append(Clause("part", joint[1], first, e, sentence, verb))
                else:
                    clauses.append(Clause(role, tuple(pending) + names, first, e, sentence, verb, opens))
                pending, pending_start = [], -1
                continue
        members = _members(text, view, s, e) if not verb and strict and clauses else None
        if members is not None:  # "专班由X牵头，成员单位包括A、B，负责…": the members take part (round 47j)
            clauses.append(members)
            pending, pending_start = [], -1
            continue
        loose = () if verb else _names(text, view, s, e, strict)
        if loose and loose_role is not None:
            clauses.append(Clause(loose_role, loose, s, e))
        elif loose:
            pending_start = pending_start if pending else s
            pending.extend(loose)
        else:
            pending, pending_start = [], -1
    if pending and clauses and clauses[-1].role in ("lead", "resp"):
        clauses.append(Clause("tail", tuple(pending), pending_start, end))
    return clauses


def _members(text: str, view: str, s: int, e: int) -> Clause | None:
    """The members of a 专班 listed after its lead ("成员单位包括A、B": lexicon units_member_openers), or None."""
    opener = next((w for w in _MEMBER_OPENERS if view.startswith(w, s)), None)
    if opener is None:
        return None
    names = _names(text, view, s + len(opener), e, True)
    return Clause("part", names, s, e) if names else None


#: round 47b: a list of departments closed by 等部门 (等单位) before a comma, then every town's share on its ground
_DEPARTMENTS_END = ("等部门", "等单位")


def _departments_then_area(view: str, s: int) -> bool:
    """Does the waiting list end with 等部门 and a comma right before the clause at view[s] ("县市场监管局等部门，
    各乡镇按属地负责")? Those departments carry the work; the towns' 属地 share beside them is no part of their list."""
    k = s - 1
    while k > 0 and view[k].isspace():
        k -= 1
    return k > 0 and view[k] in "，," and view.endswith(_DEPARTMENTS_END, 0, k)


def _departments(clauses: list[Clause], pending: list[str], start: int, s: int) -> list[str]:
    """Add the departments of "县生态环境局、县水利局等部门，各乡镇按属地负责" as a clause of their own (they are
    responsible); no names wait after it."""
    clauses.append(Clause("resp", tuple(pending), start, s, verb="等部门"))
    return []


def _modifier_clause_end(view: str, s: int, e: int) -> int:
    """Where the second clause of a lead clause used as a modifier ends ("由县水利局牵头、各乡镇具体实施的
    保洁机制": at 实施, round 46g; after a comma too: "建立由县公安局牵头，县委宣传部、县工信局参与的联防联控机制",
    round 47b); e when no role verb stands right before a 的."""
    i = view.find("的", s, e)
    return i if i > s and _verb_at_end(view, s, i) is not None else e


def _opens(lead_in: str, before: str) -> bool:
    """Does a clause whose names follow `lead_in` open its sentence (。X负责, 由X负责, 此项工作由X负责; a short piece
    of work before 由 also after a comma: "…，搬迁工作由城关镇人民政府负责", round 45b)?"""
    if _by_opener(lead_in) and (before in _SENTENCE_END or _work_by(lead_in)):
        return True
    return lead_in in ("由", "并由") or (before in _SENTENCE_END and not lead_in)


def _names_opened(lead_in: str, view: str, ns: int, ve: int, strict: bool) -> bool:
    """Do the names of a clause open after 由 ("…产业园，由县农业农村局牵头") or a dash after the work
    ("建设惠企平台，实现直达——区财政局牵头", round 44i), so that no names wait before them?"""
    return lead_in.endswith("由") or (strict and _after_topic_dash(view, ns, ve) > ns)


def _segment_verb(view: str, s: int, e: int, before: str, waiting: bool) -> str | None:
    """The role verb that ends view[s:e]; or the whole piece, a verb alone after a line break that cut
    the sentence (no 。； ends the line), when names wait before it ("县农业农村局\n牵头，…", round 42a)."""
    verb = _verb_at_end(view, s, e) or handed_verb(view, s, e)
    if verb == "为主" and view.find("为辅", e, e + 30) >= 0:  # "以县医院为主、卫生院为辅" (round 44i)
        return None
    if verb is not None or not waiting or before != "\n" or view[s:e] not in VERB_KIND:
        return verb
    i = s - 1
    while i >= 0 and view[i].isspace():
        i -= 1
    return view[s:e] if i >= 0 and view[i] not in "。；;：:" else None


def heading_clause(text: str, view: str) -> Clause | None:
    """A section heading that states who leads its work: "县示范区管委会牵头工作（8项）"."""
    e = len(view.rstrip(" 。.：:"))
    m = _COUNT_NOTE.search(view, 0, e)
    if m:
        e = m.start()
    for obj in _HEADING_OBJECT:
        if view.startswith(obj, e - len(obj)) and e - len(obj) > 0:
            e -= len(obj)
            break
    if e > 0 and view[e - 1] == "的":
        e -= 1
    verb = _verb_at_end(view, 0, e)
    if verb is None:  # a heading that is only units: "三、县发展和改革局（5项）"
        names = _names(text, view, 0, e, True)
        if (
            names
            and all(bare_unit(n) for n in names)
            and (m is not None or all(is_department(n) for n in names))
        ):
            return Clause("lead", names, 0, len(text))
        return None
    if VERB_KIND[verb] not in ("lead", "resp"):
        return None
    names = _names(text, view, 0, e - len(verb), True)
    return Clause("lead", names, 0, len(text)) if names else None


_DASHES = "—－–"


def _after_topic_dash(view: str, s: int, e: int) -> int:
    """Where the names of a clause start: after a topic and a long dash ("生态环保——县生态环境分局牵头",
    "产业发展—县发改局牵头"), where the topic is no unit and the units have their level; else at s."""
    k = max(view.rfind("—", s, e), view.rfind("－", s, e), view.rfind("–", s, e))  # (_DASHES: no generator)
    if k < 0:
        return s
    j = k
    while j > s and view[j - 1] in _DASHES:
        j -= 1
    if j <= s or is_unit_like(view[s:j]):
        return s  # "县住建局—县水务集团": units on both sides (unit_breaks.split_dashes)
    while k < e and view[k] in _DASHES:
        k += 1
    # the units after it are printed with their level ("县生态环境分局"; not "中国—东盟博览会秘书处")
    return k if view.startswith((*BODY_LEVELS, "各"), k, e) else s


# a heading that names an area (三、开发区) is a topic, not the body that leads
_AREAS = ("区", "园", "村", "基地", "场", "社区")


def bare_unit(name: str) -> bool:
    """A name that stands for a unit without a label or a verb: unit-like, no area, no prose."""
    v = simplified(name)
    return is_unit_like(v) and not v.endswith(_AREAS) and not has_prose_word(v)


def is_department(name: str) -> bool:
    """A government body by its name: a known department, or a name with its level (县…, 市…)."""
    name = simplified(name)
    return (
        split_level(name)[2] != name
        or known_department(name)
        or name.startswith(("县", "市", "区", "省", "州", "旗", "盟", "中共"))
    )


def resolve(clauses: list[Clause]) -> tuple[list[str], list[str]]:
    """(lead, participating) of the clauses of one block."""
    has_lead = any(c.role == "lead" for c in clauses)
    has_resp = any(c.role == "resp" for c in clauses)
    lead: list[str] = []
    part: list[str] = []
    for c in clauses:
        if (
            c.role == "lead"
            or (c.role == "resp" and not has_lead)
            or (c.role == "impl" and not (has_lead or has_resp))
        ):
            target = lead
        else:
            target = part
        target.extend(n for n in c.names if n not in target)
    return lead, [p for p in part if p not in lead]


#: a role verb of a unit clause; a cell holding none is no clause (most cells: a plain search)
_CLAUSE_VERB = re.compile("牵头|牽頭|配合|负责|負責|参与|參與|协办|協辦|主办|主辦|协同|協同")
_CLAUSE_CELL_MAX = 80
_CLAUSE_GAPS = re.compile(r"[\s，,；;、。.]*")


@functools.lru_cache(maxsize=4096)
def is_clause_cell(text: str) -> bool:
    """A cell that is nothing but unit clauses ("县农业农村局牵头，县财政局配合", "县卫健局、县医保局
    分别牵头"): a unit cell, where a task sentence that names its units ("新建…，县发改局牵头") is none."""
    if len(text) > _CLAUSE_CELL_MAX or _CLAUSE_VERB.search(text) is None:
        return False
    clauses = find_clauses(text, simplified(text), 0, len(text), strict=True)
    if not clauses:
        return False
    at = 0
    for c in sorted(clauses, key=lambda c: c.start):
        if _CLAUSE_GAPS.fullmatch(text, at, c.start) is None:
            return False
        at = max(at, c.end)
    return _CLAUSE_GAPS.fullmatch(text, at) is not None
