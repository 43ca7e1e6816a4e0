"""Bare verb labels (参与, 配合, 协同, 牵头 …) that end a task's heading instead of naming a role.

"动员社会力量参与：组织企业、社会组织认购帮扶产品2000万元" is a table's task cell and its content cell joined
by a colon: 参与 says who is mobilised, no participating units follow (round 47a).
"""

from __future__ import annotations

from transform.gazetteer import is_unit_like
from transform.lexicons import words
from transform.unit_words import LABEL_KIND

# the labels that are a bare verb (参与, 配合, 牵头, 主办 …): no noun says they name a role
_VERB_LABELS = frozenset(k for k in LABEL_KIND if len(k) <= 2)
# scope words glued before a label ("省直配合："): the verb after them is a label
_LABEL_SCOPES = frozenset(words("units_label_scopes"))
#: where a phrase glued before a label starts: a separator, a bracket or a line break ends it
_PHRASE_STARTS = frozenset("，,；;。、：:（(）)【】[]\n")
#: how far back the phrase before the verb is read
_PHRASE_SPAN = 20


def verb_label_in_prose(text: str, start: int, colon: int) -> bool:
    """Is the bare verb label at `start` (its colon at `colon`) the end of a task heading, no label?
    It is when it is glued to words that name no unit ("动员社会力量参与："). A verb after a separator,
    a scope word ("省直配合：") or a unit name whose separator was lost ("牵头：市科技局协同：市工信局")
    is a label."""
    if start == 0 or text[start:colon].rstrip() not in _VERB_LABELS:
        return False
    before = text[start - 1]
    if not "\u4e00" <= before <= "\u9fff" or text[max(0, start - 2) : start] in _LABEL_SCOPES:
        return False
    k = start - 1
    while (
        k > 0 and start - k < _PHRASE_SPAN and text[k - 1] not in _PHRASE_STARTS and not text[k - 1].isspace()
    ):
        k -= 1
    return not is_unit_like(text[k:start])
