"""Closing headings that name a topic only (round 47k).

"三、组织实施" over a paragraph is no task even where the paragraph names the unit that coordinates
the plan ("各单位要按照职责分工抓好落实，区文化和旅游局负责统筹协调。"): EXTRACTION.md, a heading that only
names a topic (保障措施) is not a task. A closing heading with a task verb ("加强组织领导", "强化要素保障")
names work and stays a task with a unit. Read by `transform.structure._section_tasks`.
"""

from __future__ import annotations

import functools

from transform import lexicons


def bare_closing(title: str) -> bool:
    """Is `title` (a heading's words, simplified) a closing topic printed bare: "组织实施", "保障措施："
    (lexicon `structure_bare_closing_headings`)?"""
    return title.rstrip("：:。") in _words()


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(lexicons.words("structure_bare_closing_headings"))
