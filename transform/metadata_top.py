"""Headlines a page top hides from the other readers of `transform.metadata`:

- a heading line with its date stamp printed after a space and nothing else on the line
  ("2024年某区重点工作任务 2024-10-12"): the title is the line without its stamp;
- a headline under a breadcrumb ("当前位置 : 首页 > 行业新闻 > 行业动态"): the chrome above the
  breadcrumb (a site's banner, a spammed mirror's keyword line) is no headline, so the headline is
  looked for below it;
- a news repost's opening that cites the 文号 of the plan it prints ("印发《X》（某政办发〔2024〕19号）").

All read a bounded window of the page top (its first lines), never the whole page.
"""

from __future__ import annotations

import re

from transform import headings as H

# "…重点工作任务 2024-10-12", "…清单 2025-03-01 10:20", "…任务 2026/01/15"
_STAMPED = re.compile(
    r"^(\S.{6,58}?\S)[ \t\u3000]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_SENTENCE = re.compile(r"[，,。；;：:！!？?]")
# a byline's posting verb before the stamp: "某某融媒 发表于 2026-1-28 14:20:01" (a forum's byline)
_POSTED = re.compile(r"(?:发表|发布|发稿|更新|上传|编辑|于)$")


def stamped_heading(top: list[str]) -> str | None:
    """The first line of the page top when it is a heading followed by a space and its date stamp
    (`_STAMPED`), without the stamp; a sentence so stamped is none, nor a byline ("某某 发表于 …")."""
    first = next((ln.strip() for ln in top[:1] if ln.strip()), "")
    m = _STAMPED.match(first)
    if m is None:
        return None
    head = m.group(1).strip()
    if _SENTENCE.search(head) is not None or _POSTED.search(head) is not None or not H.heading_like(head):
        return None
    return H.clean_title(head)


# "当前位置 : 首页 > 行业新闻 > 行业动态", "您现在的位置：某某网>新闻中心>本地新闻" (simplified); not an
# e-paper's page line ("第5版:年终特别报道 2022-12-27"): some readers print the headline above it
_CRUMB_LINE = re.compile(r"^(?:当前位置|您现在的位置|您当前的位置|您的位置|当前位置是|所在位置)\s*[:：]")
_CRUMB_LINES = 6  # lines of the page top a breadcrumb may stand on


def below_crumb(top: list[str]) -> list[str]:
    """The page top below a breadcrumb line among its first lines (the lines above it are the
    site's chrome, never the headline), or the page top as it is."""
    for i, line in enumerate(top[:_CRUMB_LINES]):
        if _CRUMB_LINE.match(line.strip()) is not None:
            return top[i + 1 :]
    return top


_REPOST_OPENING = 600  # characters of a news page's opening read for the 文号 of the plan it prints
_ISSUING = r"(?:印发|出台|发布|颁布|制定)了?"


def reposted_doc_number(body: str, plan_title: str, docno: str) -> str | None:
    """The 文号 a news repost cites for the plan it prints, in the sentence that says the plan was
    issued ("近日，县政府办公室印发《某县…行动方案》（某政办发〔2024〕19号），现将全文转发如下"); a
    document cited as a ground ("根据《…》（国发〔2022〕18号）") is none. `docno`: the 文号 pattern."""
    if not plan_title or "《" not in body[:_REPOST_OPENING]:
        return None
    m = re.search(
        _ISSUING + "《" + re.escape(plan_title) + r"》\s*[（(]\s*(" + docno + r")\s*[）)]",
        body[:_REPOST_OPENING],
    )
    return m.group(1) if m else None
