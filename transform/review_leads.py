"""A paragraph that reviews the past and lists what was achieved ("过去一年，全县经济稳中有进。一是…
二是…", "一年来，…。一是经济持续回升向好…", "回顾2025年，我们主要做了以下工作：一是…"): its
一是… items report work done, so the paragraph is not split into items (no tasks; its figures are
read as the prose of a review). The sentence that leads into the list decides: "一年来，…。今年，
我们将重点抓好：一是…" lists work ahead. The review words are `review_starts` of
lexicons/review_headings.toml."""

from __future__ import annotations

import re

from transform.review_headings import review_starts

_SENTENCE_END = re.compile(r"[。！？!?；;]")
# "报告指出，过去一年，…", "会议认为，一年来，…": who says it before the review opener
_SAYS = re.compile(r"^[^，,。]{0,12}(?:指出|认为|表示|提到|称)[，,：:]?")


def reviews_past(lead: str) -> bool:
    """The last sentence of `lead` (the text of a paragraph before its first 一是) opens by
    reviewing the past: 过去一年, 一年来, 回顾2025年 … (after "报告指出，" and the like)."""
    parts = [p for p in _SENTENCE_END.split(lead) if p.strip()]
    if not parts:
        return False
    last = _SAYS.sub("", parts[-1].strip(), count=1)
    return last.startswith(review_starts())
