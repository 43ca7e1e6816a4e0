"""The expected goals of a work report or plan, wherever they appear: a line such as
"今年经济社会发展主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长5%…" carries targets
even in the preamble or under a heading that is not a goals section, where no task or goals
paragraph holds it (issue 15). Cue words: lexicons/targets_goals.toml."""

from __future__ import annotations

import re

from transform.targets.words import lex

_CUE_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_goals", "cue_heads"))) + r")[^,，;；。:：\n]{0,12}?"
    "(?:" + "|".join(map(re.escape, lex("targets_goals", "cue_nouns"))) + r")\s?(?:是|为|如下)?\s?[:：]"
)
_SHARE_RE = re.compile(r"\d\s?(?:%|％|个百分点)")
_MIN_SHARES = 2  # a goals list names at least two rates


def expected_goal_paragraphs(body: str, covered: list[str]) -> list[str]:
    """Lines of `body` that state expected goals and that none of `covered` (the texts already
    read for targets: task texts, goals paragraphs) holds."""
    if not body or ("目标" not in body and "指标" not in body):
        return []
    out: list[str] = []
    for m in _CUE_RE.finditer(body):
        start = body.rfind("\n", 0, m.start()) + 1
        end = body.find("\n", m.end())
        line = body[start : len(body) if end < 0 else end].strip()
        if len(_SHARE_RE.findall(line, m.end() - start)) < _MIN_SHARES:
            continue
        if line in out or any(line in text for text in covered):
            continue
        out.append(line)
    return out
