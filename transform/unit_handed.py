"""A matter handed to bodies (督办/交办 lists, 会议纪要, 信访 诉求): "交由县住建局办理", "交市城管局办理",
"责成县公安局调查处理" (round 41e). After 交由/转交/转由/责成, or 交/转 before a level (or 已交/已转 inside
the piece, round 42g: "该工单已转市城市管理局办理"), a handed verb
(lexicon units_roles.toml, [verbs] handed) makes the names responsible, as a 负责 verb would.
"""

from __future__ import annotations

import re

from transform.lexicons import table

_HANDED = tuple(sorted(table("units_roles")["verbs"]["handed"], key=len, reverse=True))
_HANDED_OPENERS = ("交由", "转交", "转由", "责成")
#: the last characters of the handed verbs (办理, 答复, 依法查处, 限期整改, 调查核实): a cheap test first
_LAST_CHARS = frozenset(v[-1] for v in _HANDED)


#: 交 before a town by its name ("交城关街道办事处调查处理", "交柳林镇人民政府办理", round 43h): two to four
#: characters of its name, then its level; 交通/交流/交界/交警/交易 are words of their own
TOWN_AFTER_JIAO = r"交(?![通流界警易叉汇])(?=[\u4e00-\u9fff]{2,4}(?:镇|乡|街道))"
_TOWN_JIAO = re.compile(TOWN_AFTER_JIAO)


def handed_verb(view: str, s: int, e: int) -> str | None:
    """The verb of a matter handed to bodies ("交由县住建局办理", "交市城管局办理": lexicon `handed`) that
    ends view[s:e], when the piece opens with 交由/转交/转由/责成, or 交/转 before a level (交警大队 stays a
    name); None otherwise (round 41e)."""
    if view[e - 1 : e] not in _LAST_CHARS or not (
        view.startswith(_HANDED_OPENERS, s)
        or (view[s : s + 1] in ("交", "转") and view[s + 1 : s + 2] in _LEVEL_CHARS)
        or _TOWN_JIAO.match(view, s) is not None
        or ("已" in view[s:e] and HANDED_DONE.search(view, s, e) is not None)
        or ("交" in view[s:e] and _HANDED_BY_BODY.search(view, s, e) is not None)
    ):
        return None
    return next((v for v in _HANDED if e - len(v) > s + 2 and view.startswith(v, e - len(v))), None)


_LEVEL_CHARS = frozenset("省市州盟县区旗镇乡")
#: a matter already handed on, inside the piece ("该工单已转市城市管理局办理", round 42g): the names start
#: after it (unit_clauses._BY)
HANDED_DONE = re.compile(r"已[交转](?=[省市州盟县区旗镇乡])")


#: 交/交办 right after the body that hands the matter over, inside the piece (round 46b: "县信访局交办红旗镇人民政府
#: 办理", "该件由县信访局交县工信局牵头办理"; not 县公安局交警大队, 交办的事项): the names start after it (unit_clauses._BY)
#: round 47b: 交 right after the matter itself (该件/此件/本件) before a level or a town by its name ("该件交县住建局牵头
#: 办理", "该件交丰乐镇人民政府属地办理"; not 文件交流)
HANDED_BY_BODY = (
    r"(?<=[局办委室])交(?=[省市州盟县区旗镇乡])|(?<=[局办委室])交办(?![的件单事])"
    r"|(?<=[该此本]件)交(?=[省市州盟县区旗镇乡]|[\u4e00-\u9fff]{2,4}(?:镇|乡|街道))"
)
_HANDED_BY_BODY = re.compile(HANDED_BY_BODY)


_HANDED_HINT = re.compile(
    r"交由|转交|转由|责成|[交转][省市州盟县区旗镇乡]|" + TOWN_AFTER_JIAO + "|" + HANDED_BY_BODY
)  # (and 已转市…)


def has_handed(view: str) -> bool:
    """Might the text hand a matter to bodies ("交由县住建局办理")? A cheap test before the clause rules."""
    return any(c in view for c in _LAST_CHARS) and _HANDED_HINT.search(view) is not None
