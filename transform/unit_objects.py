"""Unit clauses whose role verb takes an object, inside a sentence of the task's first line:
"…新建供水管网8公里，县水利局要牵头做好管网建设。", "…，县城管局要牵头抓好规划建设，县公安局交警大队
配合做好秩序管理。", "…，区城管局负责组织清雪队伍，各街道配合做好人员保障。".

The clause rules (transform.unit_clauses) read a clause only where its verb ends it ("X牵头，Y配合");
here the verb is followed by the work ("牵头做好…", "负责组织…", "配合做好…"). Each piece of the
line between ，；。 is read as names, a modal (要/应/将 …), a role verb and the work it takes (not
负责人, 负责同志, 牵头的: lexicon `units_object_clauses.toml`). A 牵头 or 负责 piece must name government
bodies printed with their level (县…, 区…, 镇…); a 配合 piece may also name every town or village of the
area (各街道, 各村委会). A piece whose body does its own share (做好…: verbs `also`) is responsible
after a lead or 负责 piece of the same sentence ("镇水利站负责河道巡查，镇自然资源所做好隐患点监测。",
round 41h), and names none without one. The pieces count only where one of them leads or is responsible; a
负责 piece after 由 ("由县发改局负责组织实施，…") and a piece that is a whole role verb ("县教体局负责落实")
are left to the clause rules, which read them as work;
prose ("建立部门牵头、属地落实的机制", "各乡镇要牵头做好…", "负责人", "县交通局局长张三表示…") names none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transform.gazetteer import is_unit_like, known_department
from transform.lexicons import table, words
from transform.unit_clauses import Clause, resolve
from transform.unit_joint import first_line_end, is_body, is_towns, prose_line_end
from transform.unit_names import split_value
from transform.unit_requests import request_units
from transform.unit_share_rules import bare_subject, manner_start, quoted
from transform.unit_words import SENTENCE_LEAD_INS, VERB_KIND, simplified

_LEX = table("units_object_clauses")
_VERB_ROLE: dict[str, str] = {v: role for role, vs in _LEX["verbs"].items() for v in vs}
_VERBS = tuple(sorted(_VERB_ROLE, key=len, reverse=True))
_VERB_RE = re.compile("|".join(map(re.escape, _VERBS)))
_VERB_MAX = max(map(len, _VERBS))
_MODALS = tuple(sorted(_LEX["modals"]["words"], key=len, reverse=True))
_NOT_OPENERS = tuple(_LEX["objects"]["not_openers"])
#: a guide's whole work after a share or 负责 verb ("加强业务指导", "负责技术指导"): no unit (round 44b)
_GUIDE_WORKS = tuple(_LEX["guides"]["works"])
#: what may end a 配合 piece after its verb: nothing, or a plain object ("省委督查室参与考核": round 44b)
_PART_ENDS = ("", *_LEX["objects"]["part_ends"])
#: the endings of a body named without its level (发展局, 社会福利署: round 44b)
_ORGAN_ENDS = tuple(_LEX["organs"]["endings"])
#: the first characters of the verbs: a cheap test before any piece is read
_HINT = re.compile("|".join(sorted({v[:2] for v in _VERBS})))
_PART_HINT = re.compile("|".join(sorted({v[:2] for v, r in _VERB_ROLE.items() if r == "part"})))
_PIECE_END = re.compile("[，,；;。：:\n]")
_NAMES_MAX = 60
#: words of a collective, not one body (县直有关部门, 区级相关单位, 县直各部门)
_GENERIC = ("有关", "相关", "各")
#: the lead word after which a 负责 (做好) piece with its work takes part
_LEAD_WORD = "牵头"
_SHARE = ("负责", *sorted({v[:2] for v, r in _VERB_ROLE.items() if r == "also"}))
#: the words of a piece that give the work a share piece after it sides with (object_shares); round 42a:
#: a body charged by a request ("请县财政局尽快拨付…，县住建局做好…") and one that carries the work out
#: ("由县住建局具体实施，县财政局做好资金保障")
_GIVERS = ("牵头", "会同", "负责", "请", "实施", "承办")
#: round 47b: a body that handles the whole matter ("该项工作交由县住建局具体承办，县财政局统筹保障资金"), as a bare 负责
_HANDLES = ("承办",)
#: a piece that carries the whole work out, after which a share takes part
_CARRIERS = ("具体实施", "组织实施", "负责实施")


def object_clauses(text: str, view: str) -> list[Clause]:
    """The clauses "names (modal) verb object" of the text's first line, when one of them leads or
    is responsible and names only government bodies printed with their level; else []."""
    end = first_line_end(view)
    if _HINT.search(view, 0, prose_line_end(view)) is None:
        return []
    clauses: list[Clause] = []
    helpers: list[Clause] = []  # 配合 pieces right after a body's own duty ("县水利局要加强…，")
    start, prev = 0, (-1, -1)
    duty = ""  # the role of a share after a lead or 负责 piece earlier in the sentence ("" if none)
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        clause = piece_clause(text, view, start, stop)
        if clause is not None and clause.role == "also":
            clause = replace(clause, role=duty) if duty and _sharing(clause) else None
        if clause is not None and clause.role in ("lead", "resp"):
            # the share beside "由X负责…" takes part: the body after 由 carries the task (round 45g)
            duty = "part" if view[start:stop].lstrip().startswith("由") else duty or "resp"
        if stop >= end or view[stop] == "。":
            duty = ""
        if clause is not None:
            clauses.append(clause)
            if clause.role == "part" and prev[1] >= 0 and view[prev[1]] in "，,；;":
                if _modal_subject(view, *prev):
                    helpers.append(clause)
        start, prev = stop + 1, (start, stop)
    if not any(c.role in ("lead", "resp") and all(_named_body(n) for n in c.names) for c in clauses):
        if _towns_helped(clauses):
            return clauses
        prose = prose_line_end(view)  # (a heading line over the pair: round 45b)
        return helpers or (_organ_pair(text, view, prose) if _PART_HINT.search(view, 0, prose) else [])
    return clauses


def _organ_pair(text: str, view: str, end: int) -> list[Clause]:
    """A 负责 (牵头) piece with its work right before a 配合 piece of the same sentence, both naming bodies
    without their level ("發展局負責統籌規劃，運輸及物流局協助推進…": a 施政 分工 of 香港, round 44b); else []."""
    start, prev = 0, None
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        clause = piece_clause(text, view, start, stop, organs=True)
        if clause is not None and not all(
            _organ(n) or _named_body(n) or _helping_towns(clause, n) for n in clause.names
        ):
            clause = None  # (not every town: "各乡镇要牵头做好排查，县直部门配合…" names none)
        if clause is not None and clause.role == "part" and prev is not None:
            return [prev, clause]
        ok = clause is not None and clause.role in ("lead", "resp") and stop < end and view[stop] in "，,"
        prev = clause if ok else None
        start = stop + 1
    return []


def _helping_towns(clause: Clause, name: str) -> bool:
    """Every town or village of the area in the helper piece of a pair under a heading line ("加强水质监测\n
    镇河长办负责统筹调度，各村（社区）配合做好日常巡河", round 46b); never in the piece that leads."""
    return clause.role == "part" and _area_towns(name)


def _towns_helped(clauses: list[Clause]) -> bool:
    """Every town of the area with 负责 and its work, helped by named bodies: "各乡镇负责组织燃气企业开展入户
    宣传，县消防救援大队配合。" -> the towns lead, the helper takes part (round 43b)."""
    return any(c.role == "resp" and all(_area_towns(n) for n in c.names) for c in clauses) and any(
        c.role == "part" and all(_named_body(n) for n in c.names) for c in clauses
    )


def _area_towns(name: str) -> bool:
    """Every town or village of the area (各乡镇, 各街道办事处, 各村), not everyone (各成员单位, 各部门)."""
    view = simplified(name)
    return is_towns(name) and any(w in view for w in ("乡", "镇", "街道", "村", "社区"))


def object_units(text: str, view: str) -> tuple[list[str], list[str], list[Clause]] | None:
    """(lead, participating, clauses) of the object clauses of the text's first line, or None."""
    clauses = object_clauses(text, view)
    if not clauses:
        return None
    lead, part = resolve(clauses)
    return lead, part, clauses


def object_participants(text: str, view: str, lead_words: tuple[str, ...] = (_LEAD_WORD,)) -> list[Clause]:
    """The 配合 clauses with their work in the text's first line ("…，由镇农业服务中心负责实施，
    各村委会配合做好入户动员。"): beside a lead the clause rules found, they take part. After a
    牵头 piece, a 负责 (做好) piece with its work takes part too ("县工信局牵头负责，县自然资源局负责用地保障",
    round 40h; "由县住建局牵头，县财政局做好资金保障", round 41h): a unit that does its share beside the
    lead (EXTRACTION.md)."""
    end = prose_line_end(
        view
    )  # (under a heading line of its own: "审议《…》\n…，由X负责组织实施，Y做好…", round 45b)
    # (lead_words: also 会同/联合 after a joint sentence, "X会同Y争取资金，各乡镇人民政府负责入户工程", round 43i)
    led = min((i for i in (view.find(w, 0, end) for w in lead_words) if i >= 0), default=-1)
    # (or a piece that carries the whole work out: "由县城市管理局负责组织实施，县财政局负责资金保障", round 43b)
    carried = min((i for i in (view.find(w, 0, end) for w in _CARRIERS) if i >= 0), default=-1)
    if carried >= 0 and (led < 0 or carried < led):
        led = carried
    if _PART_HINT.search(view, 0, end) is None and (
        led < 0 or not any(view.find(w, led, end) >= 0 for w in _SHARE)
    ):
        return []
    out: list[Clause] = []
    start = 0
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        clause = piece_clause(text, view, start, stop, organs=True)  # (发展局: its names, round 44b)
        if clause is not None and clause.end < stop and _takes_part(clause, led, start):
            if clause.role != "part" and led == carried and "。" in view[led:start]:
                start = stop + 1
                continue  # (a share after the carrier's full stop names none: round 42a)
            out.append(clause)
        start = stop + 1
    return out


def _takes_part(clause: Clause, led: int, start: int) -> bool:
    """A 配合 piece, or a 负责 piece of named bodies after a piece that holds 牵头 (led: where the
    first 牵头 is, -1 if none)."""
    if clause.role == "part":
        return True
    # (every town after a 牵头 piece: "县水利局牵头，各乡镇人民政府负责辖区河道清障", round 42a)
    return (
        clause.role in ("resp", "also")
        and 0 <= led < start
        and all(_named_body(n) or _every_town(n) for n in clause.names)
    )


def piece_clause(text: str, view: str, s: int, e: int, organs: bool = False) -> Clause | None:
    """The clause of view[s:e] ("县水利局要牵头做好…", "各街道配合做好…", "县财政局配合"), or None; organs: names
    may be bodies without their level (发展局)."""
    while s < e and view[s] in " \t\u3000":
        s += 1
    by = 2 if view.startswith("并由", s) else 1 if view.startswith("由", s) else 0
    s += by
    if s < e and view[s] in _OPENER_FIRST:  # "涉及的县直各部门落实…": the names start after it (round 45g)
        s += next((len(w) for w in _NAME_OPENERS if view.startswith(w, s)), 0)
    limit = min(e, s + _NAMES_MAX)
    # the first verb starting in view[s+2:limit] (longest first where several start there): one
    # search instead of a startswith per verb and position, which every piece of a 做好 line paid
    m = _VERB_RE.search(view, s + 2, limit + _VERB_MAX) if s + 2 < limit else None
    while m is not None and (view.startswith(_IN_NAME_AFTER, m.end()) or quoted(view, s, m.start())):
        # (保障 in 县医疗保障局, round 46b; 负责 in a quoted rule, "要依照“谁主管谁负责”的原则履行…", round 47g)
        m = _VERB_RE.search(view, m.end(), limit + _VERB_MAX)
    if m is not None and m.start() < limit:
        p, verb = m.start(), m.group()
        obj = p + len(verb)
        role = _VERB_ROLE[verb]
        if not (_work_at(view, obj, e) or (role == "part" and view[obj:e].strip() in _PART_ENDS)):
            return None  # (a 配合 clause may end with its verb: "，县水利局配合。")
        if role in ("also", "resp") and view[obj:e].strip() in _GUIDE_WORKS:
            return None  # "，镇司法所加强业务指导。", "，县市场监管局负责业务指导。": a guide, no unit (round 44b)
        if role != "part" and (
            view[p:e].rstrip() in VERB_KIND or (by and role == "resp" and not _by_work(view, s - by, obj, e))
        ):
            return None  # "，县教体局负责落实，", "由县发改局负责组织实施，": left to the clause rules
        p = manner_start(view, s, p)  # "区直有关部门要按照“管行业必须管安全”的要求履行…" (round 47g)
        modal = next((w for w in _MODALS if view.endswith(w, s, p)), "")
        names = split_value(text[s : p - len(modal)])[0]
        if any(w in view[s:p] for w in _SUBJECT_CUTS):
            names = tuple(_before_cut(n) for n in names)
        if not names or not all(
            is_body(n) or _every_town(n) or (organs and _organ(n)) or _sector_body(simplified(n)) or _firm(n)
            for n in names
        ):
            return None
        return Clause(role, tuple(names), s, obj, verb=verb)
    return None


#: what follows a verb word inside a body's name (社会保障局, 医疗保障局: round 46b)
_IN_NAME_AFTER = ("局", "厅", "署", "部", "中心")


#: words after a body that join it to another body or to the object of its verb ("县教育局对学校食堂…",
#: "县生态环境局联合县公安局"): the body before them is the subject, the rest no name (round 45g)
_SUBJECT_CUTS = ("对", "联合", "会同")


def _before_cut(name: str) -> str:
    """The body before the first subject cut in `name` ("县教育局对学校食堂和校外供餐单位" -> 县教育局), or `name`
    where what stands before the cut is no body ("县对外贸易服务中心")."""
    view = simplified(name)
    for w in _SUBJECT_CUTS:
        i = view.find(w, 2)
        if i > 0 and is_body(name[:i]):
            return name[:i]
    return name


#: the shortest work after "由X负责" that opens a sentence (not 负责统筹: "由县发改局负责统筹，…" stays prose)
_BY_WORK_MIN = 4


def _by_work(view: str, by: int, obj: int, e: int) -> bool:
    """Does a sentence open with 由X负责 and the work ("。由街道社会事务办负责开展高龄老人走访慰问。", round 43b)?"""
    return (by == 0 or view[by - 1] in "。；;\n" or _lead_in_before(view, by - 1)) and e - obj >= _BY_WORK_MIN


#: words that open a sentence before its comma and then 由 ("下一步，由县住建局负责…", lexicon units_by_lead_ins);
#: a meeting's lead-ins too ("会议明确，由县城投公司负责…", "会议议定，由…": units_roles sentence_lead_ins, round 47j)
_BY_LEAD_INS = tuple(words("units_by_lead_ins")) + SENTENCE_LEAD_INS


#: a short phrase that opens a sentence before its comma ("经研究，由…", "经县信访局交办，由…": lexicon
#: units_by_phrase_openers, "!" lines are words that open none: 经济, 经营)
_BY_OPENERS = tuple(w for w in words("units_by_phrase_openers") if not w.startswith("!"))
_NOT_BY_OPENERS = tuple(w[1:] for w in words("units_by_phrase_openers") if w.startswith("!"))
_BY_OPENER_MAX = 16


def _lead_in_before(view: str, comma: int) -> bool:
    """Is view[comma] a comma after a word that opens its sentence ("。下一步，由…", round 45g), or after a short
    phrase that opens it ("。经研究，由…", round 46b)?"""
    if view[comma] not in "，,":
        return False
    for w in _BY_LEAD_INS:
        s = comma - len(w)
        if s >= 0 and view.startswith(w, s) and (s == 0 or view[s - 1] in "。；;\n"):
            return True
    return _opener_before(view, comma)


def _opener_before(view: str, comma: int) -> bool:
    """Does a short phrase of an opener word ("经研究", "经县信访局交办") open its sentence before view[comma]?"""
    lo = max(0, comma - _BY_OPENER_MAX)
    s = max(view.rfind(c, lo, comma) for c in "。；;\n，,") + 1
    if s == 0 and lo > 0:
        return False  # (a longer phrase)
    return view.startswith(_BY_OPENERS, s) and not view.startswith(_NOT_BY_OPENERS, s)


def _modal_subject(view: str, s: int, e: int) -> bool:
    """Does view[s:e] state a body's own duty with a modal ("县水利局要加强水库调度")? The 配合 piece
    after it names helpers though no clause leads (round 39k): they take part, and the body, whose
    sentence names no role, is no unit (as "县气象局要及时发布…" alone names none)."""
    while s < e and view[s] in " \t\u3000":
        s += 1
    for p in range(s + 2, min(e, s + _NAMES_MAX)):
        modal = next((w for w in _MODALS if view.startswith(w, p)), None)
        if modal is not None:
            names = split_value(view[s:p])[0]
            return _work_at(view, p + len(modal), e) and bool(names) and all(_named_body(n) for n in names)
    return bare_subject(view, s, e, _named_body, _work_at)  # (no modal: round 47g)


def _work_at(view: str, i: int, e: int) -> bool:
    """Does the work the verb takes open at i ("做好…", "新建…"; not 负责人, 牵头的项目)?"""
    return i < e and "\u4e00" <= view[i] <= "\u9fff" and not view.startswith(_NOT_OPENERS, i)


def _organ(name: str) -> bool:
    """A body named without its level (发展局, 社会福利署, 县府农业处), one body (not 有关部门, 各局)."""
    view = simplified(name)
    return view.endswith(_ORGAN_ENDS) and is_unit_like(view) and not any(w in view for w in _GENERIC)


def _named_body(name: str) -> bool:
    """A government body printed with its level that names one body (not 县直有关部门)."""
    view = simplified(name)
    return (is_body(name) or _sector_body(view)) and not any(w in view for w in _GENERIC)


#: words that qualify the bodies of a share piece before them (lexicon units_name_openers, round 45g)
_NAME_OPENERS = tuple(sorted(words("units_name_openers"), key=len, reverse=True))
_OPENER_FIRST = frozenset(w[0] for w in _NAME_OPENERS)

#: utility firms named without their level (lexicon units_utility_firms, round 45g)
_FIRMS = frozenset(words("units_utility_firms"))


def _firm(name: str) -> bool:
    """A utility firm named without its level in a share piece ("燃气公司做好管道迁改")."""
    return name.endswith("公司") and simplified(name) in _FIRMS


#: the shortest stem of a sector body ("公安部门")
_SECTOR_STEM_MIN = 2


def _sector_body(view: str) -> bool:
    """A department's sector named without its level ("公安部门", "市场监管部门", "交通运输部门": a city's
    row of duties, round 45g): the stem with 局 is a known department (公安局); not 有关部门, 职能部门."""
    return view.endswith("部门") and len(view) - 2 >= _SECTOR_STEM_MIN and known_department(view[:-2] + "局")


def _every_town(name: str) -> bool:
    """Every town, village or member of the area (各街道, 各村, 各村委会, 各成员单位)."""
    return is_towns(name) or (simplified(name).startswith("各") and is_unit_like(simplified(name)))


#: the first characters of the share verbs (做好, 抓好): a cheap test first
_ALSO_HINT = tuple(sorted({v[:2] for v, r in _VERB_ROLE.items() if r == "also"}))
#: the share hints and the givers as one search each: 加强, 开展, 负责 … open most task texts, so the
#: word-by-word tests they replace cost more than the reading they gate
_ALSO_RE = re.compile("|".join(map(re.escape, _ALSO_HINT)))
_GIVERS_RE = re.compile("|".join(map(re.escape, _GIVERS)))


def object_shares(text: str, view: str) -> list[tuple[str, Clause]]:
    """(role, clause) of each share piece ("，县生态环境分局做好执法监管") of the text's first line after a
    piece of the same sentence that gives the work: 负责 with its own work -> the body is responsible
    too ("lead"); a bare 负责 (由X负责，), 牵头 or 会同 -> it takes part ("part"). Read beside the units
    any rule found (round 41h)."""
    end = first_line_end(view)
    if _ALSO_RE.search(view, 0, end) is None or _GIVERS_RE.search(view, 0, end) is None:
        return []
    out: list[tuple[str, Clause]] = []
    start, given = 0, ""
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        if not given and _GIVERS_RE.search(view, start, stop) is None:
            start = stop + 1  # nothing given yet and no word here that gives it: nothing changes
            continue
        # (a share piece holds a share verb: no other piece is read for its clause)
        has_share = _ALSO_RE.search(view, start, stop) is not None
        clause = piece_clause(text, view, start, stop) if has_share else None
        if clause is not None and clause.role == "also":
            # (every body of a class takes part beside the lead: "县发改局牵头抓好迎检，各相关部门按职责分工做好资料准备",
            # round 47b; they share no work as equals of a 负责 body)
            if given and (_sharing(clause) or (given == "part" and _class_share(view, clause, stop))):
                out.append((given, clause))
        elif "牵头" in view[start:stop] or "会同" in view[start:stop]:
            given = "part"
        elif (
            not given
            and view[start:stop].lstrip().startswith("请")
            and request_units(text[start:stop], view[start:stop])
        ):
            given = "lead"  # "请县财政局尽快拨付…，县教育局做好项目管理": both charged (round 42a)
        elif (
            not given and view[start:stop].lstrip().startswith("由") and view[start:stop].endswith(_CARRIERS)
        ):
            given = "part"  # "由县住建局具体实施，县财政局做好资金保障" (round 42a)
        elif not given and view.endswith(_HANDLES, start, stop):
            given = "part"
        elif "负责" in view[start:stop] and not given:
            # "由县经开区管委会负责，县投促中心做好招商服务": a bare 负责 carries the whole task, the share
            # beside it supports it; "县水利站负责河道巡查，…": a 负责 with work of its own, a share of equals
            given = "part" if view[start:stop].rstrip().endswith("负责") else "lead"
        if stop < end and view[stop] == "。":
            given = ""
        start = stop + 1
    return out


#: round 47b: a named class of bodies (各有关部门, 各相关单位, 县直各单位) with a share of work of its own after a 牵头
#: piece takes part (EXTRACTION.md keeps such names as printed); a share that is only cooperation ("各有关部门负责做好
#: 配合", "各有关单位加强协作") and everyone unqualified ("各部门负责做好巡查") name none, as before
_CLASS_WORDS = ("有关", "相关", "直")
_COOPERATION = ("配合", "协作", "协调", "支持")


def _class_share(view: str, clause: Clause, stop: int) -> bool:
    """Does a share piece name classes of bodies with work of their own (not only cooperation)?"""
    return all(any(w in simplified(n) for w in _CLASS_WORDS) for n in clause.names) and not any(
        w in view[clause.end : stop] for w in _COOPERATION
    )


#: words of everyone, who shares no work of their own ("各有关单位做好宣传发动")
_EVERYONE_WORDS = ("有关", "相关", "部门", "单位")


def _sharing(clause: Clause) -> bool:
    """Does a share piece name bodies, or every town or village of the area (各村, 各乡镇), not everyone?"""
    return all(_named_body(n) or not any(w in simplified(n) for w in _EVERYONE_WORDS) for n in clause.names)
