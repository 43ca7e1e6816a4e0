"""Sentences whose subject is a body, without a unit label: one that works together with others
(会同), without a role verb:
"县水利局要会同县生态环境分局做好河道日常巡查。", "市教育局会同市市场监管局加强学校食堂监管。".

The body before 会同 leads the work and the bodies after it take part, as in "由X牵头，会同Y…"
(transform.unit_clauses reads that one, and "X会同Y负责"). The sentence must open with the
names (after a full stop or the task's title), every name on both sides a government body printed
with its level (县…, 市…, 区…; 镇…, 乡…); prose ("各乡镇要会同…", "要会同有关部门…") names none.

The bodies after 会同 may be every town of the area ("县农业农村局要会同各乡镇建立管护机制").

A sentence that opens with bodies printed with their level and 负责 with an object or a comma after
it ("县财政局负责统筹安排项目资金。", "区水务局负责，年底前完成。") names the responsible units the same
way (every town too: "各街道办事处负责组织社区排查。", round 42a); 负责人 and 负责同志 are persons,
"各部门负责…" names none, and a 负责 clause inside a sentence
("…制度，区城市更新办负责日常协调", "由县发改局负责组织实施") is left to the clause rules.

Both read the text's first line only, the line of the task's title: the prose under a heading on a
line of its own ("三、组织保障" / "…，县财政局负责做好资金保障。") states the duties of a section, and
a section that names units is read as a task.
"""

from __future__ import annotations

import re

from transform.lexicons import table, words
from transform.unit_clauses import bare_unit, is_department
from transform.unit_joint_stops import NAME_STOP
from transform.unit_names import split_value
from transform.unit_words import (
    BODY_LEVELS,
    JOINT_SENTENCE_WORDS,
    SENTENCE_LEAD_INS,
    level_inside,
    simplified,
)

#: the work verbs that may follow the bodies of a 会同 sentence (lexicon units_roles.toml,
#: `joint_sentence_work`: "县气象局会同县自然资源局发布预警信息", round 41h)
JOINT_SENTENCE_WORK = tuple(
    sorted(table("units_roles")["verbs"]["joint_sentence_work"], key=len, reverse=True)
)

# a sentence opens after a full stop, or after a meeting's lead-in ("会议要求", "会议明确，"): one
# fixed-width lookbehind each; the subject is no lead-in itself
_OPENS = (
    "(?:^|(?<=[。；;\n])|"
    + "|".join(f"(?<={w}[，,])|(?<={w})" for w in SENTENCE_LEAD_INS)
    + ")(?!"
    + "|".join(SENTENCE_LEAD_INS)
    + ")"
)
# the subject (≤ 40 characters, no comma), 要/应/将, 会同 (联合), the bodies (≤ 60), a trailing 等部门, then
# a work verb; each lazy run is bounded and stops at the first 会同 or verb (linear in the text)
_JOINT = re.compile(
    _OPENS.replace("(?<=[。；;\n])", "(?<=[。；;\n，,])", 1)
    + r"[ \t\u3000]*([^。；;\n，,]{2,40}?)(?:要|应当|应|将)?(?:"
    + "|".join(JOINT_SENTENCE_WORDS)
    + r")(?![会社])"
    r"([^。；;\n，,]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?=" + "|".join(JOINT_SENTENCE_WORK) + "|" + NAME_STOP.pattern + ")"
)
_LEVELS = (*BODY_LEVELS, "街道")  # (a street office is a body of its own level here)
#: town levels, whose bodies (镇财政所, 街道城建办) are no known departments
_TOWNS = ("镇", "乡", "街道")


def joint_sentence_units(
    text: str, view: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, int]] | None:
    """(lead names, participating names, span) of the first 会同 sentence of the text, or None."""
    if not has_joint_word(view):
        return None
    for m in _JOINT.finditer(view, 0, first_line_end(view)):
        lead = split_value(text[m.start(1) : m.end(1)])[0]
        part = split_value(text[m.start(2) : m.end(2)])[0]
        if lead and part and all(is_body(n) for n in lead) and all(_joint_part(n) for n in part):
            return lead, part, (m.start(1), m.end(2))
    return None


#: round 47b: a bank's branch of a level ("人行临河县支行", "人民银行西岭市分行"): a body that works with the lead one
_LEVEL_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,12}[省市州盟县区旗](?:支行|分行|中心支行)")


def _joint_part(name: str) -> bool:
    """A body the 会同 sentence names beside its lead: one printed with its level, every town, or a bank's branch."""
    return is_body(name) or is_towns(name) or _LEVEL_BRANCH.fullmatch(simplified(name)) is not None


def has_joint_word(view: str) -> bool:
    """Does the text hold a word of a body working with others (会同, 联合)?"""
    return any(w in view for w in JOINT_SENTENCE_WORDS)


def is_body(name: str) -> bool:
    """A government body printed with its level (not 各乡镇, 有关部门), or a town by its name (城关镇,
    城关镇人民政府, 东湖街道办事处: round 41e)."""
    view = simplified(name)
    if level_inside(view):  # (团市委, 团县委)
        return True
    if view.startswith(_LEVELS):
        return bare_unit(name) and (is_department(name) or view.startswith(_TOWNS))
    return (_named_town(view) or _village_organ(view) or _zone_committee(view)) and bare_unit(name)


#: round 47j: a zone's managing committee, printed without its level ("高新区管委会", "经开区管理委员会")
_ZONE_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:园|区)(?:管委会|管理委员会)")


def _zone_committee(view: str) -> bool:
    """A zone's managing committee (高新区管委会, 工业园管委会): a body of its own."""
    return _ZONE_COMMITTEE.fullmatch(view) is not None


#: a village's or a community's organs by their ending (lexicon units_village_organs.txt, round 43h)
_VILLAGE_ORGANS = tuple(words("units_village_organs"))


def _village_organ(view: str) -> bool:
    """ "村委会", "村妇联", "社区居委会": an organ of the village itself (not 村干部, 村民)."""
    if not view.endswith(_VILLAGE_ORGANS):
        return False
    return view.startswith(("村", "社区")) or _NAMED_VILLAGE.match(view) is not None


#: a village's or a community's service centre, a body where it opens a 负责 sentence (round 43i)
_VILLAGE_CENTRES = tuple(words("units_village_centres"))


def _village_centre(name: str) -> bool:
    """ "社区物业服务中心", "村便民服务站" (not 物业服务中心): read only by duty_sentence_units."""
    view = simplified(name)
    if not view.endswith(_VILLAGE_CENTRES) or not bare_unit(name):
        return False
    return view.startswith(("村", "社区")) or _NAMED_VILLAGE.match(view) is not None


#: a village or community by its name before its organ ("红星村村委会", "幸福社区居委会", round 43h)
_NAMED_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:村|社区)(?=[\u4e00-\u9fff]{2})")


#: a town by its name: two characters at least, then its level and the town's government
_NAMED_TOWN = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)(?:人民政府|政府|办事处)?"
    # a county or district by its name, with its government (青溪区人民政府, round 43h)
    r"|[\u4e00-\u9fff]{2,4}(?:区|县|市)人民政府"
)
_NOT_TOWN_HEADS = ("各", "有关", "相关", "全", "所在", "属地", "重点", "涉及", "特色")


def _named_town(view: str) -> bool:
    # (特色小镇, 康养小镇: a project, no town government)
    return (
        _NAMED_TOWN.fullmatch(view) is not None
        and not view.startswith(_NOT_TOWN_HEADS)
        and "小镇" not in view
    )


# the subject opening a sentence (≤ 40 characters, no comma, not 由…: "由县发改局负责组织实施" is
# work, left to the clause rules) and 负责 with an object or a comma after it (not 负责人, 负责同志,
# 负责制, 负责的)
_DUTY = re.compile(
    _OPENS + r"[ \t\u3000]*(?![由并对])([^。；;\n，,]{2,40}?)负责(?![人同制的])(?=[\u4e00-\u9fff，,])"
)


def duty_sentence_units(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(names, span) of the bodies that open sentences with 负责 and an object, or None."""
    if "负责" not in view:
        return None
    names: list[str] = []
    span = None
    for m in _DUTY.finditer(view, 0, first_line_end(view)):
        found = split_value(text[m.start(1) : m.end(1)])[0]
        if found and all(is_body(n) or _every_town(n) or _village_centre(n) for n in found):
            names.extend(n for n in found if n not in names)
            span = span or (m.start(1), m.end())
    if (
        not names
    ):  # "帮扶单位负责协调资金，红星村村委会负责组织实施": after a 负责 piece of no body (round 43i)
        return _duty_after_duty(text, view)
    return (tuple(names), span) if names and span else None


# a body after a comma (≤ 40 characters, no comma) and 负责 with an object, as _DUTY (round 43i)
_DUTY_AFTER_COMMA = re.compile(
    r"[，,][ \t\u3000]*(?![由并对])([^。；;\n，,]{2,40}?)负责(?![人同制的])(?=[\u4e00-\u9fff，,])"
)


#: how far back the sentence of a 负责 clause after a comma is looked for
_SENTENCE_BACK = 200


def _duty_after_duty(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """The bodies of the first 负责 clause after a comma whose sentence opens with a 负责 piece of its own
    (a subject that is no body: 帮扶单位, 驻村工作队; not 由…)."""
    for m in _DUTY_AFTER_COMMA.finditer(view, 0, first_line_end(view)):
        low = max(0, m.start() - _SENTENCE_BACK)  # (bounded: linear in the text)
        start = max(low - 1, *(view.rfind(c, low, m.start()) for c in "。；;\n")) + 1
        duty = view.find("负责", start, m.start())
        if duty < 0 or "由" in view[start:duty]:
            continue  # ("由县发改局负责统筹，县教体局负责落实": left to the clause rules, round 38k)
        found = split_value(text[m.start(1) : m.end(1)])[0]
        if found and all(is_body(n) for n in found):
            return tuple(found), (m.start(1), m.end())
    return None


#: the levels of every town or village of the area ("各街道办事处负责组织…", round 42a)
_TOWN_WORDS = ("乡", "镇", "街道", "村", "社区")


def _every_town(name: str) -> bool:
    """Every town, street office or village of the area (各街道办事处, 各乡镇人民政府), not 各部门."""
    return is_towns(name) and any(w in simplified(name) for w in _TOWN_WORDS)


def is_towns(name: str) -> bool:
    """Every town or village of the area, working with a body ("会同各乡镇", "会同各街道")."""
    return simplified(name).startswith("各") and bare_unit(name)


#: a matter printed as a heading line of its own, its duties on the next line: a rectification list's
#: problem ("一、校舍安全隐患排查不彻底问题\n区教育局负责，…", round 42g) or a minutes item's matter
#: ("一、关于春季森林防火工作\n会议强调，…。县林业局牵头落实巡山护林责任，…", round 43b)
#: round 47j: a project's heading over the prose that names who does it ("二、冷链物流园项目\n县商务局牵头组建专班，…")
_MATTER_HEADING_ENDS = ("问题", "项目")
#: round 47j: a matter reported by someone ("一、企业反映政府采购款项拖欠\n经核查，…。责成县财政局…")
_MATTER_HEADING_WORDS = ("反映",)
#: round 45b: a 常务会议 纪要's matters ("三、研究全县安全生产大检查工作\n会议决定，由县应急管理局牵头开展…",
#: "一、审议《县城区供热管网改造实施方案》\n…")
_MATTER_HEADING_OPENS = ("关于", "研究", "审议", "听取")
_MATTER_HEADING_MAX = 40


def first_line_end(view: str) -> int:
    """The end of the text's first line: the sentences read are those on the line of the task's
    title ("（一）强化资金保障。县财政局负责…"); a heading on a line of its own ("三、组织保障" over
    prose) is a section's, whose prose names no units of its own. After a matter's heading without
    a full stop (…问题, 关于…) the next line is read too."""
    end = view.find("\n")
    if end < 0:
        return len(view)
    head = view[:end].strip(" \u3000")
    if len(head) <= _MATTER_HEADING_MAX and "。" not in head:
        if (
            head.endswith(_MATTER_HEADING_ENDS)
            or head.startswith(_MATTER_HEADING_OPENS)
            or any(w in head for w in _MATTER_HEADING_WORDS)
        ):
            after = view.find("\n", end + 1)
            return len(view) if after < 0 else after
    return end


def prose_line_end(view: str) -> int:
    """The end of the first line of prose: where the text opens with a heading on a line of its own (no full
    stop: "二、改善道路交通\n交通事務局負責…"), the end of the line under it; else `first_line_end`. Read only by the
    rules that need a lead and a helper piece together (round 45b), never for a lead alone ("一、起草背景\n县农业
    农村局牵头起草了…" names none)."""
    end = first_line_end(view)
    if end >= len(view) or view[end] != "\n":
        return end
    head = view[:end].strip(" \u3000")
    if not head or len(head) > _MATTER_HEADING_MAX or "。" in head:
        return end
    after = view.find("\n", end + 1)
    return len(view) if after < 0 else after
