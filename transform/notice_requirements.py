"""A notice that issues a plan kept in a separate file (the page shows only the notice): its
numbered sections are the notice's own requirements (一、提高认识 二、压实责任 三、加强督查), not
the plan's tasks. Read from the lines before its first section: the notice issues something
(现将…印发给你们) or divides work into an annex it only names (任务分解（详见附件）, 分解表见附件),
and announces its requirements (提出以下工作要求, 就有关事项通知如下); at most five sections,
numbered 一、 or 1. (1、), none in a table or an annex, and no unit named anywhere."""

from __future__ import annotations

import re

_ISSUES = re.compile(r"现将|印发给你们|印发给你|予以印发|现印发|见附件")
_ANNOUNCES = re.compile(r"(?:如下|以下)(?:几点)?(?:工作)?要求|通知如下|有关事项通知|要求如下")
_MAX_SECTIONS = 5
_KINDS = ("cn", "ar")  # 一、 sections, or 1. / 1、 items
_PREAMBLE = 600  # characters before the first section looked at


def requirements_only(root, has_units) -> bool:
    """Whether the tree's sections are the requirements of a notice whose plan is not on the page."""
    tops = root.children
    if not tops or len(tops) > _MAX_SECTIONS:
        return False
    if any(c.kind not in _KINDS or c.annex or c.table or c.row for c in tops):
        return False
    pre = "\n".join(root.lines)[-_PREAMBLE:]
    if _ISSUES.search(pre) is None or _ANNOUNCES.search(pre) is None:
        return False
    stack = list(tops)
    while stack:
        n = stack.pop()
        if has_units(n):
            return False
        stack.extend(n.children)
    return True
