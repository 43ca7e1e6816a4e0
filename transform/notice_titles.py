"""A notice title printed over several lines of a red header: where its 关于 line ends with a word
that names a kind of document itself (…政府工作报告, …规划, …工作计划) but the 的 + kind that
closes a 关于 title (的通知, 的意见 …) is still to come on the next line."""

from __future__ import annotations

import re

_NOTICE_END = re.compile(r"(通知|通报|函|批复|公告|通告|决定|意见)$")
_WS = re.compile(r"\s+")


def runs_on(cand: str, lines: list[str], j: int) -> bool:
    """ "关于印发2023年县政府工作报告" over "目标任务分解方案的通知": a 关于 title with no 的 yet, whose
    next line (lines[j + 1]) closes it with 的 and a notice's kind."""
    if "的" in cand[cand.find("关于") :] or j + 1 >= len(lines):
        return False
    nxt = _WS.sub("", lines[j + 1])
    return "的" in nxt and _NOTICE_END.search(nxt) is not None
