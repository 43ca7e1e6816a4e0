"""Headlines a page top hides from the other readers of `transform.metadata`:

- a heading line with its date stamp printed after a space and nothing else on the line
  ("2024年某区重点工作任务 2024-10-12"): the title is the line without its stamp;
- a headline under a breadcrumb ("当前位置 : 首页 > 行业新闻 > 行业动态"): the chrome above the
  breadcrumb (a site's banner, a spammed mirror's keyword line) is no headline, so the headline is
  looked for below it;
- a news repost's opening that cites the 文号 of the plan it prints ("印发《X》（某政办发〔2024〕19号）");
- a byline of the issuing body and a date on one line right under the title ("某区人民政府办公室
  2024年3月5日"), as a portal prints a plan without a notice head;
- a news headline that reports a plan under a short subject ("我县印发2024年夏粮生产工作方案"): the
  plan's full name is the one the report's opening gives in 《》;
- a page's <title> that is its headline joined to the site's name by a bare dash
  ("某市政府卫生局-某市113年度长照服务推动计划"): the headline the page prints is the title;
- a page dated only by the path of its own address (`<meta property="og:url">`: "…/2026/0315/c10a88/page.htm",
  Hanweb's "/art/2026/3/15/art_12_345.html", TRS's "./202603/t20260315_123.html"): that date.

All read a bounded window of the page top (its first lines), never the whole page.
"""

from __future__ import annotations

import re
from datetime import date

from transform import headings as H
from transform.lexicons import words

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
# a breadcrumb without its label, two steps down from the home page ("首页 > 新闻中心 > 本县要闻"),
# under a menu printed one item a line: a short line, further down the top
_BARE_CRUMB = re.compile(
    r"^首页\s?[>＞»/›]\s?[^>＞»/›]{1,14}\s?[>＞»/›]\s?[^>＞»/›]{1,14}(?:\s?[>＞»/›]\s?[^>＞»/›]{1,14}){0,3}$"
)
_BARE_CRUMB_LINES = 14


def below_crumb(top: list[str]) -> list[str]:
    """The page top below a breadcrumb line among its first lines (the lines above it are the
    site's chrome, never the headline), or the page top as it is."""
    for i, line in enumerate(top[:_BARE_CRUMB_LINES]):
        line = line.strip()
        if (i < _CRUMB_LINES and _CRUMB_LINE.match(line) is not None) or (
            line.startswith("首页") and len(line) <= 80 and _BARE_CRUMB.match(line) is not None
        ):
            return top[i + 1 :]
    return top


_REPOST_OPENING = 600  # characters of a news page's opening read for the 文号 of the plan it prints
_ISSUING = r"(?:印发|出台|发布|颁布|制定)了?"


# the short name a news text gives the plan inside the 文号's brackets: "（某政办发〔2026〕12号，以下简称《方案》）",
# "（…21号，简称“《措施》”）"
_SHORT_NAME = r"(?:[，,；;]\s*(?:以下)?简称\s*[《“\"]{1,2}[^《》“”\"\n]{1,20}[》”\"]{1,2})?"


def reposted_doc_number(body: str, plan_title: str, docno: str) -> str | None:
    """The 文号 a news repost cites for the plan it prints, in the sentence that says the plan was
    issued ("近日，县政府办公室印发《某县…行动方案》（某政办发〔2024〕19号），现将全文转发如下"); a
    document cited as a ground ("根据《…》（国发〔2022〕18号）") is none. `docno`: the 文号 pattern."""
    if not plan_title or "《" not in body[:_REPOST_OPENING]:
        return None
    m = re.search(
        _ISSUING
        + "《"
        + re.escape(plan_title)
        + r"》\s*[（(]\s*("
        + docno
        + r")\s*"
        + _SHORT_NAME
        + r"[）)]",
        body[:_REPOST_OPENING],
    )
    return m.group(1) if m else None


# a plan's period in brackets at the end of its name: "（2025—2027年）", "(2025-2027年)", "（2025年）"
_PERIOD_TAIL = r"[（(]\s*(?:19|20)\d{2}\s*(?:年?\s*[—–\-－~至到]+\s*(?:19|20)\d{2})?\s*年(?:度)?\s*[）)]"


def with_reported_period(plan_title: str | None, body: str) -> str | None:
    """The plan's name with the period a news report's issuing sentence gives it, where the headline
    named it without ("《云港市会展业…三年行动计划》出台" over "…联合印发《云港市会展业…三年行动计划
    （2025—2027年）》（云商发〔2025〕22号）"): the same name with its years in brackets, nothing else."""
    if not plan_title or "《" not in body[:_REPOST_OPENING]:
        return plan_title
    m = re.search(_ISSUING + "《(" + re.escape(plan_title) + _PERIOD_TAIL + ")》", body[:_REPOST_OPENING])
    return m.group(1) if m else plan_title


# a hits counter after an info line's stamp: "浏览次数：128", "阅读量：1032", "阅读 56次"
_HITS = r"(?:[ \t\u3000]+(?:浏览|阅读|点击|访问)(?:次数|量)?[:：]?[ \t\u3000]*\d{0,9}[ \t\u3000]*次?)?"
# "东阳区人民政府办公室　2024年3月5日", "某县农业农村局 2024-03-05": a body's name, a space, a date
_BODY_DATE = re.compile(
    r"^([\u4e00-\u9fff]{2,30}(?:政府|委员会|办公室|办公厅|公署|管委会|局|厅|委|部|院|中心))[ \t\u3000]+"
    # (a 版记's print line under the title: "中共某镇委员会办公室  2025年2月25日印发")
    r"((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))(印发)?"
    # (a portal's stamp: its clock and hits after the date, "某县人民政府　2025-04-09 16:30:21　阅读量：1032")
    r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?" + _HITS + "$"
)
# the same the other way round, as a mobile or county template prints its info line without labels:
# "2026-03-02　某县人民政府办公室　浏览次数：128", "2025-04-11 10:20 某镇人民政府"
_DATE_BODY = re.compile(
    r"^((?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2}))(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    # (its 来源 label, and a toolbar after it: "2026-04-21 08:50　来源：某县人民政府办公室 【字号： 大 中 小 】")
    r"[ \t\u3000]+(?:(?:信息)?来源[:：][ \t\u3000]*)?"
    r"([\u4e00-\u9fff]{2,30}(?:政府|委员会|办公室|办公厅|公署|管委会|局|厅|委|部|院|中心))"
    + _HITS
    + r"(?:[ \t\u3000]*【[^【】\n]{0,30}】)?$"
)
_BYLINE_REACH = 3  # lines under the title such a byline may stand on (a 文号 line may come first)


def info_line_body(line: str | None) -> str | None:
    """The body an info line under an HTML page's headline names after its date ("2025-05-20
    某区交通运输局", "2025-08-01 09:12 某县医疗保障局 阅读 56次"), or None."""
    m = _DATE_BODY.match(line.strip()) if line else None
    return m.group(2) if m is not None and not m.group(2).startswith("各") else None


def body_date_byline(top: list[str], title: str | None) -> tuple[str, str, bool] | None:
    """(issuing body, date as printed, a 版记's print line?) of a byline right under the title that
    prints the body and the date on one line ("某区人民政府办公室　2024年3月5日", or "2025-04-11　某镇
    人民政府" with the date first; "…办公室  2025年2月25日印发" prints it); never the addressees ("各…")."""
    if not title:
        return None
    for i, line in enumerate(top[:40]):
        if H.clean_title(line) != title:
            continue
        for below in top[i + 1 : i + 1 + _BYLINE_REACH]:
            m = _BODY_DATE.match(below.strip())
            if m is not None and not m.group(1).startswith("各"):
                return m.group(1), m.group(2), m.group(3) is not None
            m = _DATE_BODY.match(below.strip())
            if m is not None and not m.group(2).startswith("各"):
                return m.group(2), m.group(1), False
        return None
    return None


_NEWS_VERBS: tuple[str, ...] = tuple(words("plan_news_verbs"))
_SUBJECT_MAX = 12  # characters of the subject before the verb ("我县", "市政府办公室")
_TAIL_MIN = 4


def reported_full_name(title: str | None, top: list[str]) -> str | None:
    """The full name of the plan a news headline reports under a short subject ("我县印发2024年夏粮
    生产工作方案"): the name in 《》 that the report's opening gives ("印发《长丰县2024年夏粮生产
    工作方案》"), when it holds the headline's words after the verb; else None."""
    if not title or "《" in title:
        return None
    for verb in _NEWS_VERBS:
        i = title.find(verb)
        if 0 < i <= _SUBJECT_MAX and "关于" not in title[:i]:
            tail = title[i + len(verb) :].lstrip("了")
            break
    else:
        return None
    if len(tail) < _TAIL_MIN:
        return None
    name = H.reported_plan(top)
    return name if name and name != title and _shortened(tail, name) else None


def fuller_reported_name(title: str | None, named: str | None, top: list[str]) -> str | None:
    """The plan's full name where a news headline shortens the one in its 《》 ("某县印发《2026年优化
    营商环境攻坚行动方案》" over "…印发《某县2026年优化营商环境攻坚行动方案》，全文如下"): the name the
    report's opening gives, when it holds the headline's; else `named`. A notice (关于…的通知) keeps
    the name it prints."""
    if not named or not title or "关于" in title or title.endswith(_NOTICE_ENDS):
        return named
    head = title.find("《")
    if not 0 < head <= _SUBJECT_MAX + 2 or not any(v in title[:head] for v in _NEWS_VERBS):
        return named
    key = _WS.sub("", title)
    full = H.reported_plan([ln for ln in top[: _REPORT_LINES + 1] if key not in _WS.sub("", ln)])
    if not full or len(full) <= len(named) or named not in full or full[-2:] != named[-2:]:
        return named
    return full


_NOTICE_ENDS = ("通知", "通告", "公告", "决定", "意见", "函")
_REPORT_LINES = 8  # (headings.reported_plan reads as many: headline, byline, first paragraph)


def _shortened(tail: str, name: str) -> bool:
    """The headline's words are the name's, some left out ("2024年乡村振兴重点任务清单" of "某县2024年
    全面推进乡村振兴重点任务清单"): its characters in order in the name, and the same last two
    (the kind of document)."""
    if tail in name:
        return True
    if name.endswith(("）", ")")) and (k := max(name.rfind("（"), name.rfind("("))) > 0:
        name = name[:k]  # "…三年行动计划（2026—2028年）": its years in brackets
    if tail[-2:] != name[-2:]:
        return False
    i = 0
    for ch in tail:
        i = name.find(ch, i) + 1
        if i == 0:
            return False
    return True


_CUT_MARKS = ("...", "…", "．．．", "。。。")


def _without_cut_mark(title: str) -> str:
    s = title.rstrip()
    for mark in _CUT_MARKS:
        if s.endswith(mark):
            return s[: -len(mark)].rstrip()
    return s


def cut_title(title: str | None) -> bool:
    """A <meta ArticleTitle> cut short by the CMS ("某县2026年推进新型工业化重点工作..."): the
    headline is read from the page instead (and this one only where the page gives none)."""
    return title is not None and title.rstrip().endswith(_CUT_MARKS)


_TAG_JOINS = "-－—–_|｜· "  # (a space: a join `_strip_site` already read as the site's)
_TAG_SITE_MAX = 20  # characters of the site's name beside the headline in a <title>
_TAG_HEAD_MIN = 8  # characters of the headline


def headline_in_tag(tag_title: str | None, head_line: str | None) -> str | None:
    """The page's printed headline where the <title> read is that headline and the site's name
    joined to it at either end by a dash or a bar ("某市政府卫生局-某市113年度长照服务推动计划"
    over a page printing "某市113年度长照服务推动计划"), or where the <title> is cut short and the
    headline opens with what it kept ("某县2026年…养护工作方案…" over "某县2026年…养护工作方案（修订版）");
    else the <title> read."""
    if not tag_title or not head_line:
        return tag_title
    tag, head = " ".join(tag_title.split()), " ".join(head_line.split())
    if len(head) < _TAG_HEAD_MIN or tag == head:
        return tag_title
    if cut_title(tag) and len(kept := _without_cut_mark(tag)) >= _TAG_HEAD_MIN and head.startswith(kept):
        return head_line  # a <title> a CMS cut at its length: the whole headline is printed
    if tag.endswith(head):
        rest, join = tag[: -len(head)], tag[-len(head) - 1 : -len(head)]
    elif tag.startswith(head):
        rest, join = tag[len(head) :], tag[len(head) : len(head) + 1]
    else:
        return tag_title
    site = rest.strip(_TAG_JOINS)
    if (
        not join
        or join not in _TAG_JOINS
        or not 2 <= len(site) <= _TAG_SITE_MAX
        or any(c.isdigit() for c in site)
    ):
        return tag_title
    return head_line


# a plan's period printed alone on the line under its heading: "（2024—2026年）", "(2024-2027年)"
_PERIOD_LINE = re.compile(
    r"^[（(]\s*((?:19|20)\d{2})\s*(?:年\s*)?[—\-－–~～至到]{1,2}\s*((?:19|20)\d{2})\s*(?:年\s*)?[）)]$"
)
_WS = re.compile(r"\s+")
_PERIOD_WINDOW = 40  # lines of the page top the heading is looked for in
_HAS_PERIOD = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*)?[）)]$")


def with_period_line(name: str | None, lines: list[str]) -> str | None:
    """'某市电梯安全筑底三年行动实施方案' printed over a line '（2024—2026年）' -> the heading with its
    period ('…实施方案（2024—2026年）'), as a PDF wraps it: the plan's years (the title stays the line
    printed, as the corpus labels it); None where no period line is under the name."""
    if not name or _HAS_PERIOD.search(name):
        return None
    key = _WS.sub("", name)
    for i in range(min(len(lines) - 1, _PERIOD_WINDOW)):
        if "年" in lines[i + 1] and _WS.sub("", lines[i]) == key:
            below = lines[i + 1].strip()
            m = _PERIOD_LINE.match(below)
            return name + below if m and int(m.group(1)) < int(m.group(2)) else None
    return None


def with_period_of(name: str | None, full: str | None) -> str | None:
    """`full` where it is `name` with the plan's period after it ("某县…实施方案" and the page's one
    <h1> "某县…实施方案<br>（2024—2026年）", its period wrapped onto a second line); else `name`."""
    if not name or not full or len(full) <= len(name) or not full.endswith(("）", ")")):
        return name
    key, whole = _WS.sub("", name), _WS.sub("", full)
    if not whole.startswith(key) or _HAS_PERIOD.search(key):
        return name
    m = _PERIOD_LINE.match(whole[len(key) :])
    return full if m and int(m.group(1)) <= int(m.group(2)) else name


# the heading of a page that is only an indicator table: "某县…主要指标（2025—2027年）", "…指标体系"
_INDICATOR_TITLE = re.compile(
    r"^[^，。；;:：|、\s\d一二三四五六七八九十（(][^，。；;:：|、]{3,40}指标(?:体系|表|一览表)?"
    r"(?:[（(][^（）()]{2,16}[）)])?$"
)
_ANNEX_LABEL = re.compile(r"^附\s*件\s*\d{0,2}[:：]?$")
_TABLE_HEAD_WORDS = ("单位", "目标值", "属性", "基期")


def indicator_table_title(top: list[str]) -> str | None:
    """The heading over a page that is only an indicator table (an annex "附件2" may stand above it)
    whose next line is the table's header row ("指标 | 单位 | 2025年 …"); else None."""
    lines = top[:3]
    for i, line in enumerate(lines):
        s = line.strip()
        if _ANNEX_LABEL.match(s):
            continue
        if "指标" not in s or i + 1 >= len(top) or not _INDICATOR_TITLE.match(s):
            return None
        head = top[i + 1]
        return s if "指标" in head and any(w in head for w in _TABLE_HEAD_WORDS) else None
    return None


# a date in a detail page's address: /2026/0315/ (VSB), /art/2026/3/15/ (Hanweb), /t20260315_ (TRS)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})/(\d{2})(\d{2})/|/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/|/t((?:19|20)\d{2})(\d{2})(\d{2})_"
)
_URL_MAX = 300  # characters of an address read


def url_date(url: str | None) -> date | None:
    """The date the path of a page's own address names, or None."""
    if not url or "/" not in url:
        return None
    m = _URL_DATE.search(url[:_URL_MAX])
    if m is None:
        return None
    y, mo, d = (int(g) for g in m.groups() if g is not None)
    try:
        return date(y, mo, d)
    except ValueError:
        return None


# a speech's date under its title: "（2026年3月5日）" on a line of its own, or closing the subtitle
# "——在全县优化营商环境工作大会上的讲话（2026年3月5日）"
_SPEECH_DATE = re.compile(r"[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[）)]$")
_SPEECH_REACH = 4  # lines under the title the date may stand on (a speaker's line may come first)


def speech_date(top: list[str], title: str | None) -> str | None:
    """The date printed under a speech's title, as printed ("2026年3月5日"), where the title or the
    subtitle under it names a 讲话 and the date stands alone in brackets or closes a "——" subtitle."""
    if not title or ("讲话" not in title and not any("讲话" in ln for ln in top[:44])):
        return None  # (cheap: most pages name no speech)
    for i, line in enumerate(top[:40]):
        if H.clean_title(line) != title:
            continue
        under = [ln.strip() for ln in top[i + 1 : i + 1 + _SPEECH_REACH]]
        said = "讲话" in title or any(ln.startswith("——") and "讲话" in ln for ln in under)
        for ln in under if said else ():
            if ln.endswith(("）", ")")) and (ln[0] in "（(" or ln.startswith("——")):
                m = _SPEECH_DATE.search(ln)
                if m is not None and (ln[0] in "（(" and m.start() == 0 or ln.startswith("——")):
                    return m.group(1)
        return None
    return None


def dated_heading(top: list[str], title: str | None) -> str | None:
    """The date a plan prints in brackets on the line right under its heading, alone
    ("桃源县2025年教育工作要点" / "（2025年2月28日）"), as printed: the document's own date line,
    read where the page shows no date field and no signature (a speech's, `speech_date`, may stand
    lower). A bracket holding more than the date ("（2025年2月18日在…会议上）") is none."""
    if not title:
        return None
    for i, line in enumerate(top[:40]):
        if H.clean_title(line) != title:
            continue
        under = top[i + 1].strip() if i + 1 < len(top) else ""
        if under[:1] in "（(" and (m := _SPEECH_DATE.search(under)) is not None and m.start() == 0:
            return m.group(1)
        return None
    return None
