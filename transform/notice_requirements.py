"""A notice that issues a plan kept in a separate file (the page shows only the notice): its
numbered sections are the notice's own requirements (一、提高认识 二、压实责任 三、加强督查), not
the plan's tasks. Read from the lines before its first section: the notice issues something
(现将…印发给你们) or divides work into an annex it only names (任务分解（详见附件）, 分解表见附件),
and announces its requirements (提出以下工作要求, 下列要求, 就有关事项通知如下) or heads every section
with one (强化责任意识，以讲政治高度抓落实: lexicons/notice_requirement_words.txt) or speaks to the units
that carry the plan (各责任单位要…, 牵头单位要…, 各乡镇各部门要…); at most five sections,
numbered 一、 or 1. (1、), none in a table or an annex, and no unit named anywhere."""

from __future__ import annotations

import re

from transform.lexicons import words

_ISSUES = re.compile(r"现将|印发给你们|印发给你|予以印发|现印发|见附件")
# (also a bare label before the list: "执行中的有关要求：", "具体要求：", "几点要求:")
_ANNOUNCES = re.compile(
    r"(?:如下|以下|下列)(?:几点)?(?:工作)?要求|通知如下|有关事项通知|要求如下|(?:有关|具体|几点|工作)要求\s*[:：]"
)
_MAX_SECTIONS = 5
_KINDS = ("cn", "ar")  # 一、 sections, or 1. / 1、 items
_PREAMBLE = 600  # characters before the first section looked at
_ASKS = re.compile("|".join(map(re.escape, words("notice_requirement_words"))))
_HEADING = re.compile(r"[。；;]")
# a requirement speaks to the units that carry the plan: "各主要责任单位要", "牵头单位要",
# "各乡镇各部门要", "各县区、各部门要"
_ADDRESSES = re.compile(
    r"(?:各|其他)?(?:主要|相关|有关|牵头|责任|配合|协同|协办|承办|参与){1,2}(?:单位|部门)[^。；;，,]{0,8}要|"
    r"各(?:地|乡镇|镇|街道|县区|区县|县\(市、区\)|县（市、区）)[、，,]?各(?:部门|单位)[^。；;，,]{0,6}要"
)
_BODY_LOOK = 160  # characters of a section's text looked at for whom it speaks to


def requirements_only(root, has_units) -> bool:
    """Whether the tree's sections are the requirements of a notice whose plan is not on the page."""
    tops = root.children
    if not tops or len(tops) > _MAX_SECTIONS:
        return False
    if any(c.kind not in _KINDS or c.annex or c.table or c.row for c in tops):
        return False
    pre = "\n".join(root.lines)[-_PREAMBLE:]
    if _ISSUES.search(pre) is None:
        return False
    if _ANNOUNCES.search(pre) is None and not all(is_requirement(c) for c in tops):
        return False
    stack = list(tops)
    while stack:
        n = stack.pop()
        if has_units(n):
            return False
        stack.extend(n.children)
    return True


def issues_a_plan(preamble: str) -> bool:
    """The notice text before the first section issues a plan (现将…印发给你们)."""
    return _ISSUES.search(preamble[-_PREAMBLE:]) is not None


def is_requirement(node) -> bool:
    """A section that asks for follow-through in its heading or speaks to the responsible units."""
    return _asks_for_follow_through(node.heading) or _ADDRESSES.search(node.own_text[:_BODY_LOOK]) is not None


def _asks_for_follow_through(heading: str) -> bool:
    """A section heading that states a requirement ("强化督查考核，以严实作风抓落实")."""
    m = _HEADING.search(heading)
    return _ASKS.search(heading[: m.start()] if m else heading) is not None
