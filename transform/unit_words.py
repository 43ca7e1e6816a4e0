"""The word lists of the unit rules, read from the lexicon files (transform/lexicons/units_*).

- role labels and clause verbs (`units_roles.toml`),
- person titles and collective names (`units_person_titles.txt`, `units_collectives.txt`),
- a traditional -> simplified character table (`units_traditional.txt`) and punctuation variants
  (`units_punctuation.txt`): the rules read a same-length simplified working copy
  (`simplified`), the names they return are sliced from the text as printed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transform.lexicons import table, words

_ROLES = table("units_roles")

#: label kind -> labels, as in the lexicon ("resp" for responsible, "part" for participating)
LABELS: dict[str, tuple[str, ...]] = {
    "lead": tuple(_ROLES["labels"]["lead"]) + tuple(_ROLES["labels"]["lead_and_part"]),
    "resp": tuple(_ROLES["labels"]["responsible"]),
    "part": tuple(_ROLES["labels"]["participating"]) + tuple(_ROLES["labels"]["participating_colon_only"]),
    "person": tuple(_ROLES["labels"]["person"]),
    "other": tuple(_ROLES["labels"]["other"]),
}
#: one label for the lead and the other units ("牵头单位及配合单位：A，B、C"): the first unit leads
LEAD_AND_PART_LABELS: tuple[str, ...] = tuple(_ROLES["labels"]["lead_and_part"])
#: responsible labels whose units take part beside another responsible label (落实单位 beside 负责单位)
IMPLEMENTING_LABELS: frozenset[str] = frozenset(_ROLES["labels"]["implementing"])
#: nouns a label may name in brackets before its colon ("责任单位（部门）：")
LABEL_BRACKET_NOUNS: tuple[str, ...] = tuple(_ROLES["labels"]["bracket_nouns"])
#: role words a responsible label may name in brackets before its colon ("责任单位（牵头）：") -> kind
LABEL_BRACKET_ROLES: dict[str, str] = {
    **{w: "lead" for w in _ROLES["labels"]["bracket_roles_lead"]},
    **{w: "part" for w in _ROLES["labels"]["bracket_roles_part"]},
}
#: words that join a label to its units in prose ("牵头单位为市发改委")
COPULAS: tuple[str, ...] = tuple(sorted(_ROLES["labels"]["copulas"], key=len, reverse=True))
#: labels read only before a colon: without it they are names ("相关部门配合")
COLON_ONLY_LABELS: frozenset[str] = frozenset(_ROLES["labels"]["participating_colon_only"])
#: first words that make a label-shaped head before a colon a name (有关单位：, 市直单位：)
UNKNOWN_LABEL_NAME_HEADS: tuple[str, ...] = tuple(_ROLES["labels"]["unknown_label_name_heads"])
#: verb kind -> verbs ("impl" for implementing)
VERBS: dict[str, tuple[str, ...]] = {
    "lead": tuple(_ROLES["verbs"]["lead"]),
    "resp": tuple(_ROLES["verbs"]["responsible"]),
    "impl": tuple(_ROLES["verbs"]["implementing"]),
    "part": tuple(_ROLES["verbs"]["participating"]),
}
HEADING_OBJECTS: tuple[str, ...] = tuple(_ROLES["verbs"]["heading_objects"])
#: "X牵头，会同A、B推进": the opener of a clause whose units take part, and the work verbs it may end with
JOINT_OPENERS: tuple[str, ...] = tuple(sorted(_ROLES["verbs"]["joint_openers"], key=len, reverse=True))
#: "X会同Y做好…", "X联合Y开展…": a sentence of a body working with others (transform.unit_joint)
JOINT_SENTENCE_WORDS: tuple[str, ...] = tuple(_ROLES["verbs"]["joint_sentence_words"])
#: "会议要求县发改局会同…": words before the subject body of a sentence (会议纪要)
SENTENCE_LEAD_INS: tuple[str, ...] = tuple(_ROLES["verbs"]["sentence_lead_ins"])
#: "X具体负责，Y指导。": the verbs of a short closing clause of a body that guides the work
GUIDE_TAILS: tuple[str, ...] = tuple(sorted(_ROLES["verbs"]["guide_tails"], key=len, reverse=True))
JOINT_TAILS: tuple[str, ...] = tuple(sorted(_ROLES["verbs"]["joint_tails"], key=len, reverse=True))
FIRST_IS_LEAD_NOTES: tuple[str, ...] = tuple(_ROLES["notes"]["first_is_lead"])
#: the parts of a first-listed rule stated for the document: placer + position … lead word
FIRST_PLACERS: tuple[str, ...] = tuple(_ROLES["notes"]["first_placers"])
FIRST_POSITIONS: tuple[str, ...] = tuple(_ROLES["notes"]["first_positions"])
FIRST_LEAD_WORDS: tuple[str, ...] = tuple(_ROLES["notes"]["first_lead_words"])
FOLLOWING_NOTES: tuple[str, ...] = tuple(_ROLES["notes"]["following"])
OTHER_NOTES: tuple[str, ...] = tuple(_ROLES["notes"]["other"])
#: a labelled value opening with one of these states a duty, not units ("主管部门：负责…")
DUTY_OPENERS: tuple[str, ...] = tuple(_ROLES["notes"]["duties"])
PERSON_TITLES: tuple[str, ...] = words("units_person_titles")
COLLECTIVES: frozenset[str] = frozenset(words("units_collectives"))
_JOINED = table("units_joined_names")
#: the levels a name after 和/及/与 starts with, and the endings of a name before it (besides the
#: split endings): "省财政厅和省发展改革委" is two names
JOIN_LEVELS: tuple[str, ...] = tuple(_JOINED["levels"])
JOIN_ENDINGS: tuple[str, ...] = tuple(_JOINED["endings"])
#: a name ending with one of these may be followed by any complete name ("自然资源厅和生态环境厅")
JOIN_STRONG_ENDINGS: tuple[str, ...] = tuple(_JOINED["strong_endings"])
_AREA_SETS = table("units_area_sets")
#: a set of administrative areas named by their levels ("各盟市", "相关市县", "各地州市")
AREA_SET = re.compile(
    "(?:"
    + "|".join(map(re.escape, _AREA_SETS["openers"]))
    + ")(?:"
    + "|".join(map(re.escape, sorted(_AREA_SETS["levels"], key=len, reverse=True)))
    + "){1,4}"
)
PROSE_WORDS: tuple[str, ...] = words("units_prose_words")
#: openers of a note in a unit list on the tasks that follow ("以下均需各县市区落实", "不再逐一列出")
LIST_NOTE_OPENERS: tuple[str, ...] = words("units_list_notes")
#: phrases that hold a prose word but stand inside unit names (各地级以上市人民政府)
PROSE_EXCEPTIONS: frozenset[str] = frozenset(words("units_prose_exceptions"))

#: Labels whose colon may be missing ("（牵头单位县发改局）") end with one of these nouns.
NO_COLON_NOUNS = ("单位", "部门", "领导", "责任人")
#: Labels ending with one of these are read without a colon only before a copula ("主办机关为社会工作局",
#: "责任主体为县教育局"): bare, the words are prose ("企业是责任主体").
COPULA_NOUNS = ("机关", "主体")
# the levels a government body is printed with ("县财政局", "中共某县委"): a name opening with one
# is a body of that level, not a collective ("各乡镇") or prose
BODY_LEVELS = ("县", "市", "区", "省", "州", "旗", "盟", "镇", "乡", "中共")


def _label_kinds() -> dict[str, str]:
    """label -> kind; a label listed under two kinds keeps the first (lead, resp, part, person, other)."""
    out: dict[str, str] = {}
    for kind, labels in LABELS.items():
        for label in labels:
            if not label or any(ch.isspace() for ch in label) or re.escape(label) != label:
                raise ValueError(f"label {label!r} in units_roles.toml is not a plain word")
            out.setdefault(label, kind)
    return out


LABEL_KIND: dict[str, str] = _label_kinds()
VERB_KIND: dict[str, str] = {v: kind for kind in ("lead", "part", "impl", "resp") for v in VERBS[kind]}


def _pairs_table(*names: str) -> dict[int, int]:
    """character -> character, from lexicons of two-character pairs."""
    out: dict[int, int] = {}
    for name in names:
        for line in words(name):
            for pair in line.split():
                if len(pair) == 2:
                    out[ord(pair[0])] = ord(pair[1])
    return out


_T2S = _pairs_table("units_traditional", "units_punctuation")
# a character class finds the first traditional character about ten times faster than
# frozenset.isdisjoint, which makes a string of each character
_TRADITIONAL = re.compile("[" + re.escape("".join(sorted(chr(c) for c in _T2S))) + "]")


def simplified(text: str) -> str:
    """The text with traditional characters read as simplified ones and punctuation variants as the
    usual forms (∶ as ：, ［］ as []): same length, same positions."""
    if _TRADITIONAL.search(text) is None:
        return text
    return text.translate(_T2S)


@lru_cache(maxsize=4096)
def is_person(name: str) -> bool:
    """A person or a post, not a unit: "张三副县长", "县委书记", "分管领导", "县长王某某" (a post and
    its holder's name glued: round 39b)."""
    return simplified(name).endswith(PERSON_TITLES) or (len(name) <= _TITLED_LEN and _glued_holder(name))


_TITLED_LEN = 12  # a post and a name: "县委常委、副县长李明"
#: the office a post glued to its holder's name ends with ("县长王某某", "局长李明"); not a generic
#: 领导/负责人 ("县级领导包抓" is a phrase, 包 a surname)
_OFFICES = ("长", "书记", "主任", "主席")
_BODY_CHARS = frozenset("村局办委区镇乡所站队院社部处室组会厂场馆")  # (镇长安村: a village)


def _glued_holder(name: str) -> bool:
    """A post that names an office and a person's name glued after it: "县长王某某", "副局长李明"."""
    text = simplified(name).strip()
    single, double = _surnames()
    for k in (2, 3, 4):
        if len(text) <= k:  # (a post before the name: "县长" at least)
            break
        post, holder = text[:-k], text[-k:]
        bare = (k < 4 and holder[0] in single) or (k > 2 and holder[:2] in double)
        if (
            bare
            and holder[-1] not in _BODY_CHARS
            and post.endswith(_OFFICES)
            and post.rsplit("、", 1)[-1].endswith(PERSON_TITLES)
        ):
            return True
    return False


def is_titled_person(text: str) -> bool:
    """A post and a person's name, with or without a space: "县长助理 王五", "分管副县长赵六",
    "县委常委、副县长 李明", "王五 县长助理" (the post's last part ends with a title of
    units_person_titles)."""
    text = simplified(text).strip().replace("：", " ").replace(":", " ")  # "县长助理：王五"
    parts = text.split()
    if len(parts) > 2:
        return False
    if len(parts) == 2:  # (either order: "县长助理 王五", "王五 县长助理")
        posts, names = [parts[0], parts[1]], [parts[1], parts[0]]
    else:  # glued: the name is the last two or three characters
        posts, names = [text[:-2], text[:-3]], [text[-2:], text[-3:]]
    single, double = _surnames()
    for post, name in zip(posts, names, strict=True):
        post = post.rsplit("、", 1)[-1]
        bare = (2 <= len(name) <= 3 and name[0] in single) or (len(name) in (3, 4) and name[:2] in double)
        if post and bare and post.endswith(PERSON_TITLES):
            return True
    return False


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = words("surnames")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


def is_person_name(text: str) -> bool:
    """A person's name, with or without a title before or after it: "张三", "欧阳明", "局长赵六",
    "李四副局长" (a common surname, then one or two characters; see lexicons/surnames.txt)."""
    text = simplified(text).strip()
    for title in sorted(PERSON_TITLES, key=len, reverse=True):
        if text.endswith(title) and len(text) > len(title):
            text = text[: -len(title)]
            break
        if text.startswith(title) and len(text) > len(title):
            text = text[len(title) :]
            break
    single, double = _surnames()
    if 2 <= len(text) <= 3 and text[0] in single:
        return True
    return 3 <= len(text) <= 4 and text[:2] in double


def word_search(items: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A compiled search for any of the words (one C-level scan instead of one `in` per word)."""
    return re.compile(alternation(items))


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of plain words, longest first (so the longest word wins)."""
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


_TAILS = table("units_tails")
#: words that end a list without being part of its last name (besides the clause verbs)
LIST_TAILS: tuple[str, ...] = tuple(_TAILS["by_duty"]) + tuple(_TAILS["deng"]) + tuple(_TAILS["adverbs"])
#: an 等 and the kind of body named before it, at a name's end ("县第二人民医院等医疗机构")
DENG_KIND = re.compile(
    "等(?:" + alternation(_TAILS["deng_qualifiers"]) + ")?(?:" + alternation(_TAILS["deng_nouns"]) + ")$"
)
#: the last characters of those kinds (a cheap test before the search)
DENG_KIND_LAST: frozenset[str] = frozenset(w[-1] for w in _TAILS["deng_nouns"])
#: a character before 等 that makes it part of a word (高等学校, 中等职业学校)
DENG_WORD_HEADS: frozenset[str] = frozenset(_TAILS["deng_word_heads"])


#: bodies whose level stands inside their name (团市委, 团县委: lexicon units_level_inside.txt, round 43h)
_LEVEL_INSIDE = frozenset(words("units_level_inside"))


def level_inside(name: str) -> bool:
    """A body whose level stands inside its name (团市委, 团县委), printed like one with its level."""
    return simplified(name) in _LEVEL_INSIDE
