"""A page title without what a portal or a repost prints around it:

- a repost or column tag in brackets at either end of the headline ("[转]关于印发…的通知",
  "…的通知（转载）", "【政策】某市…的通知", "【专题】某县2024年…工作要点"): the words are data,
  `lexicons/site_title_tags.txt`; a page's own word in brackets (【图解】, （试行）) stays;
- a repost's note of the headline the text was first printed under (`原标题：关于印发…的通知` under
  the repost's own headline): the reader sees the repost's headline, so that is the title, and the
  original title still names the plan it issues;
- a headline printed over two lines above its byline ("某县2024年农业社会化服务" / "提升行动方案"):
  where the plan's own heading below is the two lines joined, the title is the whole headline;
- a repost's label before the headline on the page's first line ("转载：关于印发《…》的通知"): the
  rest of the line is the headline, unless it reads as the source's name ("转载：某市人民政府网");
- an official account's chrome around the headline ("预览时标签不可点", "收录于合集 #政策发布 12个",
  "阅读原文": `lexicons/site_account_chrome.txt`) is no line of the page top;
- a microblog post under its account's name and its "2026-3-15 09:12 来自 …" stamp has no headline
  of its own: the words it opens with in 【】 (after a #topic#, if any) are its title.
"""

from __future__ import annotations

import functools
import re

from transform.lexicons import words
from transform.plan_judging import names_a_plan

_OPEN, _CLOSE = "【[［(（", "】]］)）"
_MIN_REST = 6  # characters a title keeps without its tag (else the tag is the title's own word)


@functools.cache
def _tag_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    tags = "|".join(sorted(map(re.escape, words("site_title_tags")), key=len, reverse=True))
    tag = rf"[{re.escape(_OPEN)}][ \t\u3000]{{0,2}}(?:{tags})[ \t\u3000]{{0,2}}[{re.escape(_CLOSE)}]"
    return re.compile(tag), re.compile(rf"{tag}$")


_END_WINDOW = 16  # characters at an end of the title a tag may stand in


def without_title_tag(title: str | None) -> str | None:
    """The title without a site's repost or column tag in brackets at its start or end."""
    if not title or not any(c in title for c in _CLOSE):
        return title
    title = title.strip()
    opening, closing = _tag_res()
    m = opening.match(title, 0, _END_WINDOW)
    if m is not None and len(title) - m.end() >= _MIN_REST:
        title = title[m.end() :].strip()
    start = max(0, len(title) - _END_WINDOW)
    m = closing.search(title, start)
    if m is not None and m.start() >= _MIN_REST:
        title = title[: m.start()].strip()
    return title


_ORIGINAL = re.compile(r"^\s*[（(]?\s*原标题\s*[:：]\s*(.{4,200}?)\s*[）)]?\s*$")
_ORIGINAL_LINES = 12  # lines of the page top a repost's 原标题 note stands in


def original_title(top: list[str]) -> str | None:
    """The headline a repost's note says the text was first printed under ("原标题：关于印发…的通知"
    in the first lines of the page), or None."""
    for line in top[:_ORIGINAL_LINES]:
        if "原标题" in line and (m := _ORIGINAL.match(line)):
            return m.group(1).strip()
    return None


def repost_headline(title: str | None, headline: str | None, top: list[str]) -> str | None:
    """The repost's own headline where the title was read from its 原标题 note ("原标题：关于印发《X》的
    通知" under "某县部署…工作"); else the title as it was."""
    if not title or not headline or headline == title:
        return title
    original = original_title(top)
    if original is None or _compact(title) not in _compact(original):
        return title
    return headline


_HEAD_PART = 4  # characters of the first line of a wrapped headline
_WRAP_WINDOW = 12  # lines of the page top a wrapped headline stands in


def wrapped_headline(title: str | None, heading: str | None, top: list[str]) -> str | None:
    """The plan's heading where the title is only the last line of the headline wrapped over two
    lines of the page top, the line above it holding the rest and nothing else ("乐平县2024年农业社会化
    服务" / "提升行动方案" over a plan headed "乐平县2024年农业社会化服务提升行动方案"); else the title."""
    if not title or not heading or heading == title:
        return title
    key, whole = _compact(title), _compact(heading)
    if not whole.endswith(key) or len(whole) - len(key) < _HEAD_PART:
        return title
    head = whole[: len(whole) - len(key)]
    lines = [_compact(ln) for ln in top[:_WRAP_WINDOW]]
    for i in range(1, len(lines)):
        if lines[i] == key and lines[i - 1] == head:
            return heading
    return title


_TAIL_MIN, _TAIL_MAX = 4, 8  # characters of a headline's last line that is only a plan's kind
_ABOVE_MIN, _ABOVE_MAX = 4, 30  # characters of the line above it
_NOT_HALF = re.compile(
    # (a date is no half of a headline, "2024年3月5日", "2024-03-05"; a plan's year is: "某县2025年…整治")
    r"[，。；;：:、|｜>＞》《,!！?？]|\d{4}\s*[-/.]|\d{4}\s*年\s*\d{1,2}\s*月|(?:政府|网|网站|门户|首页|办公室|办公厅|局|委)$"
)


def kind_tail_headline(title: str | None, top: list[str]) -> str | None:
    """The whole headline where the title read is only its last line, a plan's kind alone
    ("发展三年计划", "提升行动方案"), under a first half that names no kind and is no field,
    chrome, date or body's name ("本县推动长照服务" / "发展三年计划"); else the title."""
    key = _compact(title or "")
    if not (_TAIL_MIN <= len(key) <= _TAIL_MAX) or not names_a_plan(key):
        return title
    lines = [ln.strip() for ln in top[:_WRAP_WINDOW]]
    for i in range(1, len(lines)):
        if _compact(lines[i]) != key:
            continue
        above = _compact(lines[i - 1])
        if _ABOVE_MIN <= len(above) <= _ABOVE_MAX and not _NOT_HALF.search(above) and not names_a_plan(above):
            return lines[i - 1] + (title or "").strip()
        return title
    return title


_ACCOUNT_CHROME = tuple(words("site_account_chrome"))
_CHROME_MAX = 40  # characters of such a line


def without_account_chrome(lines: list[str]) -> list[str]:
    """The page top without an official account's chrome lines (`_ACCOUNT_CHROME`: a short line
    opening with one, no comma in it) and an app's share prompts (`_APP_PROMPTS`, the whole line)."""
    kept = [ln for ln in lines if not _account_chrome(ln.strip())]
    names = _account_names(lines[:_NAME_LINES])
    return [ln for ln in kept if ln.strip() not in names] if names else kept


_NAME_LINES = 20  # lines of the page top an account's "原创 名称 名称" line stands in
_ORIGINAL_BY = re.compile(r"原创[ \t\u3000]+([^\s\d，,。：:|｜]{2,12})[ \t\u3000]+\1(?:[ \t\u3000]|$)")


def _account_names(top: list[str]) -> frozenset[str]:
    """The account's name an article's "原创 南湖民政 南湖民政" line gives: that name alone on a line
    of the top (a mirror prints it above the date and the headline) is no headline."""
    return frozenset(
        m.group(1) for ln in top if ln.lstrip().startswith("原创") and (m := _ORIGINAL_BY.match(ln.strip()))
    )


def _account_chrome(line: str) -> bool:
    if len(line) > _CHROME_MAX:
        return False
    if line.startswith(_ACCOUNT_CHROME) and "，" not in line and "," not in line:
        return True
    if _NAME_TWICE.fullmatch(line):
        return True  # the account's name and its nickname under the headline ("双峰发布 双峰发布")
    # an app's share prompt, the whole line ("打开APP，阅读体验更佳")
    return _APP_PROMPT_MARK.search(line) is not None and _PROMPT_PUNCT.sub("", line).lower() in _APP_PROMPTS


_APP_PROMPTS = frozenset(words("site_app_prompts"))
_NAME_TWICE = re.compile(r"([^\s\d，,。：:|｜]{2,12})[ \t\u3000]+\1")
_APP_PROMPT_MARK = re.compile(r"(?i)app|客户端")
_PROMPT_PUNCT = re.compile(r"[\s，,。.！!：:、|｜→>»]+")


_WS = re.compile(r"\s+")


def _compact(s: str) -> str:
    return _WS.sub("", s)


_REPOST_LABEL = re.compile(
    "^(?:"
    + "|".join(sorted(map(re.escape, words("byline_repost_title_labels")), key=len, reverse=True))
    + r")[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}(\S.*)$"
)
_SOURCE_ENDINGS = tuple(words("byline_source_name_endings"))
_REPOST_TITLE_MIN = 10  # characters of a headline after the label (a source's name is shorter)
_NOT_HEADLINE = re.compile(r"[:：|｜]|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]|\d{1,2}:\d{2}")


def without_repost_label(top: list[str]) -> list[str]:
    """The page top with a repost's label cut from its first line where the rest is a headline
    ("转载：关于印发《某市…清单》的通知" -> "关于印发《某市…清单》的通知"); else the top as it was."""
    if not top or "转" not in top[0][:3]:
        return top
    m = _REPOST_LABEL.match(top[0].strip())
    if m is None:
        return top
    rest = m.group(1).strip()
    if len(rest) < _REPOST_TITLE_MIN or _NOT_HEADLINE.search(rest) or rest.endswith(_SOURCE_ENDINGS):
        return top
    return [rest, *top[1:]]


# a microblog post's stamp: "2026-3-15 09:12 来自 微博 weibo.com", "26-4-8 16:20 来自 iPhone客户端"
_POST_STAMP = re.compile(r"(?:(?:19|20)?\d{2}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自")
# the post's opening headline: "#某县政务# 【某县印发…方案】近日，…"
_POST_HEADLINE = re.compile(r"(?:#[^#\n]{1,30}#\s*){0,3}【([^【】\n]{6,80})】")
_POST_TOP = 6  # lines of a page's top the stamp stands in


def microblog_headline(top: list[str]) -> str | None:
    """The 【headline】 a microblog post opens with, on the line after its "… 来自 …" stamp; else None."""
    for k, line in enumerate(top[:_POST_TOP]):
        if "来自" not in line or not _POST_STAMP.match(line.strip()):
            continue
        post = next((ln.strip() for ln in top[k + 1 : k + 3] if ln.strip()), "")
        m = _POST_HEADLINE.match(post)
        return m.group(1).strip() if m else None
    return None


# the wide gap between the two columns of a page converted to text, on one line
_COLUMN_GAP = re.compile(r"[ \t\u3000]{4,}")


def without_second_column(name: str | None) -> str | None:
    """A plan's heading with the other column's line after a wide gap ("某县…行动方案　　　　　村庄
    清洁行动覆盖率100%") -> the heading; `name` where the part before the gap names no plan or the
    part after it goes on with the heading (its years in brackets, 《…》)."""
    if not name or ("    " not in name and "\u3000" * 4 not in name):
        return name
    m = _COLUMN_GAP.search(name)
    if m is None or m.end() >= len(name):
        return name
    first, rest = name[: m.start()].strip(), name[m.end() :]
    if rest[0] in "（(《〔[【—-" or not names_a_plan(first):
        return name
    return first
