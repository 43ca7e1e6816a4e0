"""Coordinating bodies that lead no task (round 46k).

"（一）加强组织领导。县农村人居环境整治工作领导小组负责统筹协调，研究解决重大问题。": a standing
领导小组, 委员会 or 指挥部 that 统筹 the work is the frame of a plan, not the unit that carries a task;
its 办公室 or a department named beside it may lead ("镇食品安全委员会办公室负责" still leads). The
leads are dropped only when every one is such a body and each is followed by 统筹 or 负责统筹 in the
text; a label before it ("牵头单位：县防汛抗旱指挥部") keeps it. Endings: lexicon `units_coordinating_bodies`.
"""

from __future__ import annotations

from transform.lexicons import words
from transform.unit_words import simplified

_BODIES = tuple(words("units_coordinating_bodies"))
_AFTER = ("统筹", "负责统筹")
_LABEL_MARKS = ("：", ":")


def coordinating_only(text: str, view: str, leads: list[str]) -> bool:
    """Every lead is a standing coordinating body that 统筹 the work right after its name, named in
    running text (no label colon right before it). False for no leads."""
    if not leads:
        return False
    for name in leads:
        if not simplified(name).endswith(_BODIES):
            return False
        i = text.find(name)
        if i < 0 or not view.startswith(_AFTER, i + len(name)):
            return False
        if i and view[i - 1] in _LABEL_MARKS:
            return False
    return True


def drop_coordinators(text: str, view: str, leads: list[str], rules: list[str]) -> None:
    """Clear `leads` when they are all coordinating bodies that 统筹 the work (see coordinating_only)."""
    if coordinating_only(text, view, leads):
        rules.append(f"a coordinating body that 统筹 the work leads no task: {', '.join(leads)}")
        leads.clear()
