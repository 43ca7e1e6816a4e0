"""A site's own words in a page's titles, read in one place.

A portal's <title> and the lines around its headline carry the site: its name after a separator
("关于…的通知_某县人民政府", "…方案 - 政府信息公开 - 某县人民政府"), its home page's name before one
("首页-某县人力资源和社会保障局"), or only the name of a page of the site ("首页", "正文", "详细信息").
This module holds each of those readings once:

- `page_words()`: the texts that name a page of the site or its chrome, never a document
  (lexicon `site_page_titles`): `headings.site_only`, `html_parts` (a label's lost value),
  `metadata` (a title that is a line of chrome);
- `home_title(title)`: a <title> opening with the home page's name and a separator (lexicon
  `site_home_words`): a template's title left on every page;
- `without_site_tail(s)`: a site's name after a separator that ends as a site's name does
  (lexicon `site_suffixes`, cut twice: "…的通知_政策文件_某县人民政府网"), as `headings.clean_title`
  cleans every title;
- `strip_site(title_tag)`: a <title>'s short parts after its separators, a site's name glued by a
  bare hyphen or set after a space, a split page's number (`metadata`: the <title> as the headline).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transform.lexicons import words


@lru_cache(maxsize=1)
def page_words() -> frozenset[str]:
    """The texts naming a page of the site, lower-cased, without spaces (lexicon `site_page_titles`)."""
    return frozenset(re.sub(r"\s+", "", w).lower() for w in words("site_page_titles"))


@lru_cache(maxsize=1)
def _home_title() -> tuple[tuple[str, ...], re.Pattern[str]]:
    home = tuple(words("site_home_words"))
    names = "|".join(map(re.escape, sorted(home, key=len, reverse=True)))
    return home, re.compile(f"(?:{names})" + r"\s{0,3}[-_|｜－—>＞]")


def home_title(title: str | None) -> bool:
    """Does the title open with the home page's name and a separator ("首页-某县人力资源和社会保障局",
    "网站首页 | 某镇人民政府")?"""
    if not title:
        return False
    home, pattern = _home_title()
    return title.startswith(home) and pattern.match(title) is not None


@lru_cache(maxsize=1)
def site_suffixes() -> tuple[str, ...]:
    """How a site's name ends after a separator (lexicon `site_suffixes`)."""
    return tuple(words("site_suffixes"))


@lru_cache(maxsize=1)
def _site_tail() -> re.Pattern[str]:
    suffixes = "|".join(site_suffixes())
    return re.compile(rf"\s*(?:[-_|｜—–]+|\s-\s)\s*[^-_|｜—–]{{0,24}}(?:{suffixes})\s*$")


def without_site_tail(s: str) -> str:
    """'…的通知_政策文件_某县人民政府网' -> '…的通知': a site's name (and the column before it) after a
    separator, where it ends as a site's name does; a title of 300 characters or more is left alone."""
    if len(s) > 300:
        return s
    for _ in range(2):
        s = _site_tail().sub("", s)
    return s


_SITE_SEP = re.compile(r"_|\||\s-\s|－|——")


def strip_site(title_tag: str) -> str:
    """'关于…的通知_某县人民政府' -> '关于…的通知': drop a short site name after _ | - —."""
    if not title_tag:
        return ""
    # (split on the bare separator, the spaces around it stripped after: "\s*" before it was
    # quadratic on a run of spaces)
    parts = [p.strip() for p in _SITE_SEP.split(title_tag.strip())]
    while len(parts) > 1 and len(parts[-1]) <= 16:
        parts.pop()
    if len(parts) == 1:
        return _without_page_number(_without_dash_site(_without_spaced_site(parts[0])))
    return _without_page_number(" ".join(parts))


# a page number a split page's <title> prints after the headline ("某县…工作方案(1)", "…方案（2）")
_PAGE_NUMBER = re.compile(r"[（(][ \t]?\d{1,2}[ \t]?[)）]$")


def _without_page_number(title: str) -> str:
    if not title.endswith((")", "）")) or (m := _PAGE_NUMBER.search(title)) is None:
        return title
    head = title[: m.start()].rstrip()
    return head if len(head) >= _SPACED_HEAD_MIN and "\u4e00" <= head[-1] <= "\u9fff" else title


_DASH_SITE = re.compile(
    r"-{1,2}([\u4e00-\u9fff][^\d\s\-]{1,14}(?:"
    + "|".join(sorted(map(re.escape, words("site_dash_endings")), key=len, reverse=True))
    + r"))$"
)


def _without_dash_site(title: str) -> str:
    """'某县2026年课后服务提质方案-某县教育局' -> the headline: a site's name glued by a bare hyphen
    (lexicons/site_dash_endings.txt); a title with no such tail unchanged."""
    if "-" not in title or (m := _DASH_SITE.search(title, max(0, len(title) - _SPACED_TAIL_MAX))) is None:
        return title
    head = title[: m.start()].rstrip("-")
    return head if len(head) >= _SPACED_HEAD_MIN and not head[-1].isdigit() else title


_SPACED_SITE = re.compile(
    r"[^\s\d《》“”\"]{2,10}(?:"
    + "|".join(sorted(map(re.escape, words("site_spaced_names")), key=len, reverse=True))
    + ")"
)
_SPACED_HEAD_MIN = 8  # characters of the headline before such a tail
_SPACED_TAIL_MAX = 20


def _without_spaced_site(title: str) -> str:
    """'某县2024年科技创新工作要点 某县人民政府' -> the headline: a site's name after a plain space
    (lexicons/site_spaced_names.txt); a title with no such tail unchanged."""
    title = title.strip()
    cut = max(title.rfind(" "), title.rfind("\u3000"), title.rfind("\t"))
    if cut < 0 or len(title) - cut > _SPACED_TAIL_MAX or not _SPACED_SITE.fullmatch(title, cut + 1):
        return title
    head = title[:cut].rstrip(" \t\u3000")
    return head if len(head) >= _SPACED_HEAD_MIN else title
