"""A notice title printed over several lines of a red header: where its 关于 line ends with a word
that names a kind of document itself (…政府工作报告, …规划, …工作计划) but the 的 + kind that
closes a 关于 title (的通知, 的意见 …) is still to come on the next line.

A notice that changes part of a plan ("关于调整《某县…行动方案》部分内容的通知") names that plan as the
one its page is about (`amended_plan`).

A notice's name after a link's label ("相关文件：某县…关于印发…的通知", `linked_elsewhere`) names the page
the link goes to, not the page that prints it."""

from __future__ import annotations

import re

from transform.lexicons import words

_NOTICE_END = re.compile(r"(通知|通报|函|批复|公告|通告|决定|意见)$")
_WS = re.compile(r"\s+")


def runs_on(cand: str, lines: list[str], j: int) -> bool:
    """ "关于印发2023年县政府工作报告" over "目标任务分解方案的通知": a 关于 title with no 的 yet, whose
    next line (lines[j + 1]) closes it with 的 and a notice's kind."""
    if "的" in cand[cand.find("关于") :] or j + 1 >= len(lines):
        return False
    nxt = _WS.sub("", lines[j + 1])
    return "的" in nxt and _NOTICE_END.search(nxt) is not None


# the line above a 关于 title that only names who issues it: "某市人民政府 某市中级人民法院印发",
# "某县人民政府办公室转发" (joint issuers apart by spaces; no sentence mark, no 《》)
_BODY_END = r"(?:政府|办公室|办公厅|委员会|法院|检察院|公署|委|局|厅|部|中心|办|院)"
_ISSUER_NAME = r"[^\s，。,；;:：《》“”\"]{1,38}?" + _BODY_END
_ISSUING_LINE = re.compile(
    rf"^{_ISSUER_NAME}(?:[ \t\u3000]+{_ISSUER_NAME}){{0,3}}[ \t\u3000]*(?:联合)?(?:印发|转发)$"
)
_ABOUT_TITLE = re.compile(r"^关于")
_ISSUING_LOOKBACK = 2  # blank lines between the issuing line and the title line


def with_issuing_line(title: str | None, lines: list[str]) -> str | None:
    """'关于完善…机制的意见的通知' printed under '某市人民政府 某市中级人民法院印发' in a red header ->
    the whole title '某市人民政府 某市中级人民法院印发关于完善…机制的意见的通知'. Only where the
    title is a 关于 line of its own and the line right above it names the issuers and ends with
    印发/转发."""
    if not title or not _ABOUT_TITLE.match(title):
        return title
    first = _WS.sub("", title)[:12]
    for i, line in enumerate(lines[:40]):
        if not _WS.sub("", line).startswith(first):
            continue
        j = i - 1
        while j >= 0 and i - j <= _ISSUING_LOOKBACK and not lines[j].strip():
            j -= 1
        if j >= 0 and _ISSUING_LINE.match(lines[j].strip()):
            return lines[j].strip() + title
        return title
    return title


# the issuers a page's <h1> prints before its 关于 line ("某县人民政府办公室<br>关于印发…的通知")
_HEADLINE_ISSUERS = re.compile(rf"^{_ISSUER_NAME}(?:[ \t\u3000]+{_ISSUER_NAME}){{0,3}}$")


def with_headline_issuers(title: str | None, h1: str | None) -> str | None:
    """'关于印发…的通知' read from a line of its own where the page's one <h1> prints it after the
    names of its issuers ('某县人民政府办公室<br>关于印发…的通知'): the whole headline."""
    if not title or not h1 or not _ABOUT_TITLE.match(title) or not h1.endswith(title):
        return title
    issuers = h1[: -len(title)].strip()
    return issuers + title if issuers and _HEADLINE_ISSUERS.match(issuers) else title


_AMENDING = "|".join(words("plan_amending_verbs"))
# "关于调整《X》部分内容的通知", "关于修订《X》的通知", "关于对《X》有关条款进行修改的通知"
_AMENDED = re.compile(
    r"^关于(?:对)?(?:" + _AMENDING + r")?《([^《》]{4,80})》(?:的)?[^《》]{0,12}?(?:" + _AMENDING + r")?"
    r"[^《》]{0,8}的(?:通知|决定)$"
)


def amended_plan(title: str | None) -> str | None:
    """The plan a notice changes part of, named in 《》: "关于调整《某县2024年…方案》部分内容的通知" ->
    "某县2024年…方案"; None for any other title (a verb of the lexicon must stand before or after)."""
    if not title or "《" not in title:
        return None
    m = _AMENDED.match(title)
    if m is None:
        return None
    rest = title[: m.start(1)] + title[m.end(1) :]
    return m.group(1).strip() if any(v in rest for v in _AMENDING.split("|")) else None


_LINK_LABEL = re.compile(
    r"^\s*(?:"
    + "|".join(sorted(map(re.escape, words("notice_link_labels")), key=len, reverse=True))
    + r")\s{0,2}[:：]"
)


def linked_elsewhere(line: str) -> bool:
    """Does the line open with a link's label and its colon ("相关文件：…", "原文链接：…", lexicon
    `notice_link_labels`)? A notice named after it is another page's."""
    return _LINK_LABEL.match(line) is not None
