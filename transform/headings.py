"""Titles read from the lines of a page when it has no 信息公开 block (text renderings, mirrors,
news reposts, document viewers).

- `notice_title`: the 关于…的通知 line of a notice, joined where a red header prints it over
  several lines ("某县人民政府 / 关于印发…的 / 通 知").
- `headline`: the short line right above a byline ("来源：… 时间：2021-05-11 浏览次数：").
- `first_heading`: the first heading line at the top that names a kind of document.
- `plan_heading`: the heading of the plan itself: after 附件/附件1, under the signature of the
  notice that issues it, or right above its first numbered item (a heading printed over two
  lines is joined).
- `clean_title`: no label remains (标题|, 信息名称:), no site name after a separator
  ("-某省人民政府门户网站"), no 文号 before it, no byline after it.

Long module: these title rules share the regexes and lexicons of heading-like lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transform.glued_rows import glued_header
from transform.lexicons import table, words
from transform.markup import unbolded
from transform.notice_titles import linked_elsewhere
from transform.notice_titles import runs_on as _runs_on
from transform.numbering import match_marker
from transform.ocr_marks import ocr_marked
from transform.site_titles import page_words, site_suffixes, without_site_tail

# (a "." after a character ends a sentence too: "…请认真贯彻落实.")
_SENTENCE = re.compile(r"[。；;！!？?]|[，,、：:]$|(?<=[\u4e00-\u9fff])[.．]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DOCNO = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号"
# (a title opening with 关于 only cites a 文号: "关于落实国发〔2022〕18号文件的实施方案")
_LEAD_DOCNO = re.compile(r"^(?!关于)(?:[\[［【]\s*" + _DOCNO + r"\s*[\]］】]|" + _DOCNO + r")\s*")
_DOCNO_LINE = re.compile(_DOCNO + r"$")
_DATE_ONLY = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|"
    r"[〇○零0OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
    r"(?:\s*[（(]?(?:星期|礼拜|禮拜|周)[一二三四五六日天][)）]?)?\s*$"  # a weekday after it: "星期三"
)
# "date 2026-03-05 某某网编译", "某某日报 2025/11/20 记者李四": a numeric date is a byline's, never a heading's
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)")
# "叁、主要任务", "參、年度目標…": a section of the body numbered with a formal numeral
_FORMAL_SECTION = re.compile(r"^[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}\s?[、.．]")
_STAMP = re.compile(r"^\s*【?\s*(?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}")
_CRUMB = re.compile(r"[>＞»›]|^(当前位置|您当前|您现在|所在位置|首页)")
_ANNEX = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?\s*$")
_ANNEX_LIST = re.compile(
    r"(?:^|(?<=\s))附\s*件\s*[:：]\s*(?:[\d一二三四五六七八九十]{1,2}\s*[.．、]\s*)?"
    r"([^\s，,。；;]{6,60}|.{6,60}$)"
)
_ISSUER_LINE = re.compile(
    r"(人民政府|政府|办公室|办公厅|委员会|委|局|厅|党委|县委|市委|区委|中心|管委会|指挥部)$"
)
_LABEL_REMAINS = re.compile(
    r"^\s*[|｜]?\s*(?:文件标题|文件名称|信息名称|标\s*题|名\s*称|原标题)\s*[:：|｜]\s*"
)
# parenthesised notes ("(此件公开发布)"), 附件 lines, table header rows, a repost's original title
# ("原标题：…", "(原标题:《…》解读二:…(二))": a news site's field, nested parentheses and all)
_NOT_HEADING = re.compile(
    r"^[（(【\[][^）)】\]]*[）)】\]]$|^附\s*件|^(序号|编号|类别)|^[（(]?\s*原标题|^\d{1,2}\s*[.．、]|"
    r"(牵头|责任|配合|参与|协同|协办)(单位|部门|领导|科室)"
)
_NOTICE_TAIL = re.compile(r"关于[^。；;，,:：\n]{2,80}?的(?:通知|意见|决定|通报|批复|函)(?=\s|$)")
# a title's kind closing it after 的 ("关于…纲要的决议"): nothing after it is the title's
# what follows "印发《…》的" where the title wraps: its kind ("通知", "实施意见")
_KIND_REST = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:通知|意见|意見|决定|決定|决议|通报|通報|批复|函|公告|通告|报告|说明|请示)$"
)
_KIND_TAIL_MAX = 10  # characters of the kind a title wrapped after "》的" goes on with ("实施意见")


def _cut_link(head: str, nxt: str) -> bool:
    """A line ending "印发《…》的" whose next line is no short kind closing it ("通知", "实施方案"):
    a link cut at the page's width above a headline, not the first half of that headline."""
    if not _compact(head).endswith("》的"):
        return False
    rest = _compact(nxt)
    closes = len(rest) <= _KIND_TAIL_MAX and (_KIND_REST.match(rest) is not None or _complete(rest))
    return not closes


_ENDS_KIND = re.compile(r"的\s?(?:通知|意见|决定|决议|通报|批复|函|公告|通告|报告|说明|请示)$")
# "( 2021 年 2 月 3 日某县…会议通过": the dated note under a title (a resolution, a law)
_DATED_NOTE = re.compile(r"^[（(]\s?(?:19|20)\d{2}\s?年")
_ISSUER_CHARS = re.compile(r"[\u4e00-\u9fff《》“”、（）()]{0,30}$")
LONG_LINE = 2000  # characters of a long (flattened) line looked at for an inline title
_REPORTED_NOTICE = re.compile(
    r"(?:发布|印发|出台|公布)了?\s*(关于[^。；;，,:：《》\n]{2,60}?的(?:通知|意见|决定))"
)
_REPORTED_PLAN = re.compile(
    r"(?:发布|印发|出台|公布|下发|颁布)了?\s*《([^《》\n]{4,60})》"  # (联合下发《…实施方案》)
    r"|《([^《》\n]{4,60})》(?:日前|近日|已|正式){0,2}(?:出台|印发|发布|公布|下发|颁布)"  # 《…规划》出台
)
# a title about a plan rather than of one: its progress, news of it, what it says ("…规划提出20项
# 主要指标": a news subheading; "…纲要提出的目标任务分工方案" is a plan's name), or a unit studying
# it ("草原处集中学习《…2025年工作要点》", "党组会传达学习《…》"), or what a place put forward
# ("某省提出“十五五”时期…主要目标"; "落实省委提出的…方案" is a plan's name) or a report focuses on
# ("今年政府工作报告聚焦协调发展，…")
REPORT_ON_PLAN = re.compile(
    r"(进展|执行|推进|完成|落实)情况|出炉|公布$|揭晓|(?:规划|纲要|方案|计划|报告|草案)(?:提出|明确|指出|强调|部署|聚焦|锚定|擘画|描绘)(?!的)"
    r"|[国省市县区州旗镇乡]提出(?!的)"
    # "浙江温州公布2025年度十大民生实事项目", "区人大代表票决出…民生实事项目": news of a plan made public
    r"|(?:[国省市县区州旗镇乡]|政府)公布(?!的)|票[决选](?:出|产生)"
    r"|(?:学习|研读|宣讲|审议)\s?《[^《》]{2,80}》\s*$"
    # "我市稳步推进“十五五”规划《纲要》编制工作": news of a plan being drafted, no plan's name
    r"|(?:规划|纲要)》?\s?编制工作$"
)
_FILE_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$", re.IGNORECASE)
# "…确定的主要目标任务,大邑": a comma inside a line of prose (a heading naming a kind has none)
_CLAUSE_INSIDE = re.compile(r"[，,]\s*\S")
# a list of links to other pages starts here ("相关新闻>>", "推荐阅读：")
_RELATED = re.compile(
    r"^(?:相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读|热点推荐|猜你喜欢|往期回顾)\s*[>》:：]*\s*$"
)
# A column's kicker before a bar opens a news headline ("以济之力|…", "一图读懂｜…", "两会2026｜…"):
# a short word, digits allowed after its first character, a year before it too ("2024全国两会｜…").
# One definition for the three uses below.
_KICKER_WORD = r"(?:(?:19|20)\d{2})?[\u4e00-\u9fff][\u4e00-\u9fff\d]{1,7}"
_BAR_KICKER = re.compile(rf"^{_KICKER_WORD}\s*[|｜]\s*(?=[\u4e00-\u9fff])")
# "快看！…", "重磅!…": a news headline's kicker, not the end of a sentence
_KICKER = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}[!！]|{_KICKER_WORD}\s?[|｜])\s*(?=\S)")
_NOTICE_END = re.compile(r"(通知|通报|函|批复|公告|通告|决定|决议)$")
# a line of prose announcing the plan ("现就…，提出如下工作方案", "現就…制定如下實施方案"): no heading
_ANNOUNCES_PLAN = re.compile(r"^(?:现就|現就|现将|現將|现根据|現根據)|如下[^，,。]{0,8}$")
# "公开范围:全部公开", "当前版:晚报版6版": a field of the page (a label naming a kind of value, then a
# short value) or a row of them (公开方式: 主动 有效期: 长期), never a heading; "重磅：…" is a kicker
_FIELD_LINE = re.compile(
    r"^[\s•·▪\-]*[\u4e00-\u9fff]{0,6}(?:名称|范围|版|版次|期|期号|方式|形式|类别|分类|来源|单位|机构|状态|"
    r"性质|时限|程序|字数|次数|主题|体裁|对象|日期|时间|编号|语种|链接|网址)\s*[:：]\s*\S.{0,24}$"
    r"|^[\s•·▪\-]*(?:版面|栏目|频道|所属栏目|当前栏目)\s*[:：]"  # a page's section, however long
    r"|^[\s•·▪\-]*[\u4e00-\u9fff]{2,8}\s?[:：][^:：\n]{1,40}?\s[\u4e00-\u9fff]{2,6}\s?[:：]"
)
# "某某作政府工作报告 张三 摄": a photo caption, never a heading; nor a reporter's credit line (also
# with slashes: "某某记者 张三/文字 李四/图片"), nor a caption placing the people in the photo
# ("张三(前中)在李四(左一)等陪同下…")
_CAPTION = re.compile(
    r"(?:摄|摄影|供图|/图|/图片)\s*$|(?:记者|通讯员|实习生|采访人员)\s*[\u4e00-\u9fff]{2,4}(?:\s|$|/)"
    r"|[（(](?:前排|后排|前|后)?[左右中][一二三四五六七八九\d]?[）)]"
)
# an address on the line ("…请注明出处:http://…", "www.…"): a link or a footer, never a heading
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_WS = re.compile(r"\s+")
BYLINE_WORDS: tuple[str, ...] = tuple(words("byline_labels"))  # 来源 作者 编辑 浏览次数 …
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>|&nbsp;")


@lru_cache(maxsize=1)
def _kinds() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a document kind ends the line, a plan kind is named, a byline label is on the line)."""
    doc_kinds = "|".join(sorted(words("document_kinds"), key=len, reverse=True))
    plan_kinds = "|".join(sorted(words("plan_kinds"), key=len, reverse=True))
    bylines = "|".join(words("byline_labels"))
    return (
        re.compile(rf"(?:{doc_kinds})(?:表)?\s*(?:[（(][^（）()]{{0,16}}[）)])?\s*$"),
        re.compile(rf"{plan_kinds}"),
        re.compile(rf"(?:{bylines})[^:：\n]{{0,4}}\s*[:：]"),
    )


@lru_cache(maxsize=1)
def _masthead() -> re.Pattern[str]:
    """A line naming only a newspaper, with its date or page: "“某某日报”", "某某日報 2024年03月05日"."""
    endings = "|".join(words("masthead_endings"))
    return re.compile(
        rf"^[“\"《]?[\u4e00-\u9fff]{{2,8}}(?:{endings})[”\"》]?"
        r"(?:\s*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)?(?:\s*第?\s*[\dA-Z]{1,3}\s*版)?\s*$"
    )


def _compact(s: str) -> str:
    return _WS.sub("", s)


@lru_cache(maxsize=1)
def _site_tag() -> re.Pattern[str]:
    """A site's own tag in 【】 at either end of a headline (lexicons/byline_headline_tags.txt)."""
    tags = "|".join(sorted(map(re.escape, words("byline_headline_tags")), key=len, reverse=True))
    return re.compile(rf"^\s*【(?:{tags})】\s*|\s*【(?:{tags})】\s*$", re.IGNORECASE)


def untagged(s: str) -> str:
    """A headline without a site's tag at its ends ("…工作安排【精选推荐】" -> "…工作安排")."""
    if "【" not in s:
        return s
    for _ in range(2):  # "【推荐】…【精选】": one at each end
        s = _site_tag().sub("", s)
    return s


@lru_cache(maxsize=1)
def _crumb_site() -> tuple[str, ...]:
    return tuple(words("byline_site_crumbs"))


def _after_crumb(line: str, nxt: str) -> bool:
    """Line is a site's breadcrumb before the headline that the next line prints alone
    ("某章网 资料文库 某方案范文" over "某方案范文"): the part before it opens with a site's name."""
    s, n = line.strip(), nxt.strip()
    if len(n) < 4 or not s.endswith(n) or len(s) == len(n):
        return False
    crumb = s[: -len(n)]
    return crumb[-1:].isspace() and crumb.split()[0].endswith(_crumb_site())


@lru_cache(maxsize=1)
def _field_labels() -> frozenset[str]:
    """Every label of the 信息公开 block (发布日期, 索引号 …), without spaces."""
    fields = table("metadata_labels")["fields"]
    return frozenset(_compact(lab) for labs in fields.values() for lab in labs)


_PAIR_LABEL_MAX = 12  # characters of a field's label before its colon (inner spaces included)


def _field_pair(s: str) -> bool:
    """'label: value' where the label is a field of the 信息公开 block other than the title's own
    ("文      号:…", "发文字号:…", "索 引 号:…"); "标 题:…" carries the title, so it is none."""
    k = min((i for i in (s.find(":"), s.find("：")) if i > 0), default=-1)
    if k < 0 or k > _PAIR_LABEL_MAX:
        return False
    label = _compact(s[:k]).lstrip("".join(_LIST_BULLETS) + "·-*")
    return label in _field_labels() and label not in _title_labels()


@lru_cache(maxsize=1)
def _title_labels() -> frozenset[str]:
    return frozenset(_compact(lab) for lab in table("metadata_labels")["fields"]["title"])


@lru_cache(maxsize=1)
def _credit_label() -> re.Pattern[str]:
    """A credit line's label and colon at the start of a line ("审核:", "责任编辑：")."""
    labels = "|".join(sorted(words("byline_credit_labels"), key=len, reverse=True))
    return re.compile(rf"^(?:{labels})\s*[:：]")


def _label_alone(s: str) -> bool:
    """A field label alone on its line ("发布日期", "索 引 号："): the value is on the next line."""
    s = s.strip().lstrip("".join(_LIST_BULLETS) + "·-* \t")  # "• 发文机构:": a list item's bullet
    return len(s) <= 12 and _compact(s).rstrip(":：") in _field_labels()


_LIST_BULLETS = frozenset("●•■◆▶►★☆◇□▪◎※")


@lru_cache(maxsize=1)
def _date_labels() -> frozenset[str]:
    fields = table("metadata_labels")["fields"]
    return frozenset(_compact(lab) for f in ("publish_date", "written_date") for lab in fields[f])


def _undated_under_date_label(label: str, line: str) -> bool:
    """A line without a digit under an empty date label ("发布日期:" / "某县重点项目集中开复工"):
    no value of that label, the page's headline may stand there."""
    key = _compact(label.strip().lstrip("".join(_LIST_BULLETS) + "·-* \t")).rstrip(":：")
    return key in _date_labels() and not any(c.isdigit() for c in line)


def heading_like(line: str) -> bool:
    """A line that can be (part of) a heading: short, no sentence punctuation, no numbering,
    not navigation, a label, a date or a table row."""
    s = line.strip()
    n = len(_compact(s))
    if ("|" in s or "｜" in s) and (m := _BAR_KICKER.match(s)) is not None:
        s = s[m.end() :]  # "以济之力|市发改委：…": a column's kicker opens the headline
    if not 4 <= n <= 90 or (("|" in s or "｜" in s) and not _kicker_bar(s)) or s.startswith(("—", "--")):
        return False  # (——在…会议上: a report's subtitle; a table row)
    if s[:1] in _LIST_BULLETS:
        return False  # "●10大类52项民生实事全部超额完成": an item of a list
    if _URL.search(s) or _masthead().match(s):
        return False  # a link or footer line; a newspaper's name (and date) over a reposted article
    if (
        _SENTENCE.search(_KICKER.sub("", s))
        or _CRUMB.search(s)
        or _DATE_ONLY.match(s)
        or _STAMP.match(s)
        or s.count("、") >= 4
        or _NUMERIC_DATE.search(s)
        or _FORMAL_SECTION.match(s)
    ):
        return False
    if len(_CJK.findall(s)) < 4 or match_marker(s) is not None or _NOT_HEADING.search(s) or _label_alone(s):
        return False
    if n <= _CHROME_MAX and _compact(s).lower() in page_words():
        return False  # "退出登录", "返回顶部": the page's chrome
    if _toolbar_line(s):
        return False  # "放大  缩小  默认  上一篇": the buttons over an e-paper's headline
    if s[:1] == "首" and _NAV_MENU.match(s):
        return False  # "首页 走进某区 新闻中心 政府信息公开 …": the site's menu
    if _credit_label().match(s):
        return False  # "审核:张三 李四", "校对：王五": the people who edited or checked the page
    if s.startswith(_bare_labels()) and _BARE_FIELD.match(s):
        return False  # "索引号 1132…/2026-00036 组配分类 重点工作": a 信息公开 row without colons
    if _field_pair(s):
        return False  # "文      号:某政办发 [2021]16 号": a field of the 信息公开 block and its value
    return not _kinds()[2].search(s) and not _FIELD_LINE.match(s) and not _CAPTION.search(s)


def _toolbar_line(s: str) -> bool:
    """A line of two or more toolbar buttons apart by spaces (lexicons/byline_toolbar_words.txt)."""
    parts = s.split()
    return len(parts) >= 2 and all(p in _toolbar_words() for p in parts)


@lru_cache(maxsize=1)
def _toolbar_words() -> frozenset[str]:
    return frozenset(words("byline_toolbar_words"))


_KICKER_BAR = re.compile(rf"^{_KICKER_WORD}\s?[|｜]\s?(?=\S{{6}})[^|｜]+$")


def _kicker_bar(s: str) -> bool:
    """A news headline after a short kicker and a bar ("一图读懂｜2026年…行动方案", "聚焦两会|…"),
    not a table row (its cells are several, or the first is no word)."""
    return _KICKER_BAR.match(s) is not None


_CHROME_MAX = 8  # characters of a line of page chrome
_NAV_MENU = re.compile(r"^首\s*[页頁](?:\s+\S{2,8}){2,}")
_BARE_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}[ \t\u3000]+\S")


@lru_cache(maxsize=1)
def _bare_labels() -> tuple[str, ...]:
    """Labels a 信息公开 row may print without a colon ("索引号 …", "发布机构 …")."""
    return tuple(table("metadata_labels")["reading"]["bare"])


def _fragment(line: str) -> bool:
    """A piece of a heading printed over several lines (may be as short as "通 知"); never a
    dated note in brackets under a title ("( 2021 年 2 月 3 日…会议通过)")."""
    s = line.strip()
    return (
        0 < len(s) <= 60
        and not _DATED_NOTE.match(s)
        and s[:1] not in _LIST_BULLETS
        and "|" not in s
        and not _SENTENCE.search(s)
        and not _DATE_ONLY.match(s)
        and match_marker(s) is None
        and not _kinds()[2].search(s)
    )


def _complete(s: str) -> bool:
    return bool(_kinds()[0].search(_compact(untagged(s))))


# the 关于…的通知 part of a title: a space between two characters inside it is a line break of the
# page ("…关于印发宿州市健全 重特大疾病…的通知", "《…任务分解 和责任分工方案》"); issuers before 关于
# keep theirs ("甲局 乙局关于…"), and so does a space before a verb that opens a second phrase
# ("《…深化新旧动能转换 推动绿色低碳高质量发展…》", as the plan prints its name)
_NOTICE_SPAN = re.compile(
    r"(?:关于|關於|關于|关於)[^。；;，,:：]{2,150}?的\s?(?:通知|意见|意見|决定|決定|通报|通報|批复|批復|函)"
    r"(?=\s*(?:[（(][^（）()]{1,30}[）)])?[\d\s.\-/:：]*$)"  # (a 文号 and a portal's date after it stay)
)
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=([\u4e00-\u9fff]))")


@lru_cache(maxsize=1)
def _phrase_verbs() -> tuple[str, ...]:
    return tuple(words("task_verbs"))


def _close_notice_spaces(s: str) -> str:
    """'…关于印发宿州市健全 重特大疾病…的通知' -> '…关于印发宿州市健全重特大疾病…的通知'."""
    m = _NOTICE_SPAN.search(s)
    if m is None:
        return s
    span = m.group(0)
    kept = (ch for k, ch in enumerate(span) if ch not in " \u3000" or not _stray_space(span, k))
    return s[: m.start()] + "".join(kept) + s[m.end() :]


def _stray_space(span: str, k: int) -> bool:
    """Is the space at k between two characters, the second opening no verb phrase?"""
    m = _INNER_SPACE.match(span, k) if k and "\u4e00" <= span[k - 1] <= "\u9fff" else None
    return m is not None and not span.startswith(_phrase_verbs(), m.end())


# pictographs a blog or a social-media repost prints around a title ("🌟某县2024年工作报告📜")
_PICTOGRAPHS = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\ufe0f"
# a markdown heading's hashes and the space after them ("## 标题"); "#话题#" keeps its hash
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t\u3000]+")
_EDGE_PICTOGRAPHS = re.compile(f"^[{_PICTOGRAPHS}\\s]+|[{_PICTOGRAPHS}\\s]+$")


def clean_title(title: str | None) -> str | None:
    """A title without label remains, a leading 文号, a wrapping 《》, a byline or a site name."""
    if not title:
        return None
    s = _TAG.sub("", title).strip().strip("|｜ ") if "<" in title else title.strip().strip("|｜ ")
    s = _LABEL_REMAINS.sub("", s).strip("|｜ ")
    if s[:1] == "#":
        s = _MARKDOWN_HEADING.sub("", s)  # "# 平川县2026年重点任务分工表" (a markdown export)
    s = _LEAD_DOCNO.sub("", s)
    if _EDGE_PICTOGRAPHS.search(s):
        s = _EDGE_PICTOGRAPHS.sub("", s) or s
    s = untagged(s) or s
    if s.startswith("《") and s.endswith("》") and s.count("《") == 1:
        s = s[1:-1]
    s = cut_byline(s)
    if len(s) <= 300:  # a title; longer values are left alone
        s = _close_notice_spaces(without_site_tail(s).strip("|｜ \t"))
    return s.strip("|｜ \t") or None


@lru_cache(maxsize=1)
def _glued_bylines() -> frozenset[str]:
    return frozenset(words("byline_glued_labels"))


def cut_byline(s: str) -> str:
    """'某某实事项目公布 发布时间:2024-01-18' -> '某某实事项目公布': a value or title ends where a
    byline field (来源： 浏览次数： …) starts after a space or right after a Latin name
    ('gessey浏览数:255次' -> 'gessey'), or where a whole label glued to it starts ('东南网责任编辑:
    林张清' -> '东南网': `lexicons/byline_glued_labels.txt`)."""
    m = _kinds()[2].search(s)
    if m and m.start() > 0 and _WS.sub("", m.group()).rstrip(":：") in _glued_bylines():
        return s[: m.start()].rstrip()
    if (
        m
        and m.start() > 0
        and (s[m.start() - 1] in " \t\u3000" or s[m.start() - 1].isascii() and s[m.start() - 1].isalnum())
    ):
        return s[: m.start()].rstrip()
    return s


def _byline(line: str) -> bool:
    return bool(
        _STAMP.match(line)
        or (len(line) <= 160 and _kinds()[2].search(line))
        or (len(line) <= 60 and _SOURCE_STAMP.match(line))
        or _credit(line)
    )


_CREDIT_LINE_MAX = 30  # characters of a reporter's credit line ("本报记者 张三 李四", "某某社记者 王五 摄")


def _credit(line: str) -> bool:
    """A reporter's credit under a headline: a short line naming reporters, no sentence in it."""
    return len(line) <= _CREDIT_LINE_MAX and _CAPTION.search(line) is not None and not _SENTENCE.search(line)


# "大众报业·齐鲁壹点 2026-01-21 09:15:23": a news source and its time stamp
_SOURCE_STAMP = re.compile(
    r"^\S[^，。,；;]{1,30}?\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


def notice_title(lines: list[str]) -> str | None:
    """The 关于…(通知|意见…) title of a notice in its first lines; a red header printed over
    several lines is joined, with the issuer line above it when the title itself is split.
    A news report that names the notice it reports on ("发布关于…的通知") gives that name."""
    for i, line in enumerate(lines[:30]):
        k = line.find("关于")
        if k > 0 and linked_elsewhere(line):
            continue  # "相关文件：某县…关于印发…的通知": a link to the notice's own page
        if k < 0 or k > line.find("《") >= 0:
            issued = _ISSUER_ISSUES.match(line.strip()) if len(line) <= 160 else None
            if issued and _JOINT_ISSUER.search(issued.group(1)) and _issuer_prefix(issued.group(1)):
                return clean_title(line)  # "上海市人民政府印发《关于…的实施意见》的通知": no 关于 before 印发
            if k < 0:
                continue
        if (k > 0 and not _issuer_prefix(line[:k])) or len(line) > 120:
            found = _inline_notice(line[:LONG_LINE])
            if found:
                return found
            continue
        if len(line) > 300:
            continue
        cand, j = clean_title(line) or "", i
        while j + 1 < len(lines) and j - i < 3 and _fragment(lines[j + 1]):
            if (_complete(cand) and not _runs_on(cand, lines, j)) or _ENDS_KIND.search(cand):
                break  # (…纲要的决议: the title ends with its kind, whatever follows)
            if _cut_link(cand, lines[j + 1]):
                break  # a link cut after "印发《…》的" above a headline: the headline is no tail
            j += 1
            cand += lines[j].strip()
        if not (6 <= len(cand) <= 120 and (_complete(cand) or _ENDS_KIND.search(cand))) or _SENTENCE.search(
            cand
        ):
            continue
        if (
            j > i
            and k == 0
            and i > 0
            and _ISSUER_LINE.search(lines[i - 1].strip())
            and heading_like(lines[i - 1])
        ):
            cand = lines[i - 1].strip() + cand
        return _join_spaced(cand) if j > i else cand
    for line in lines[:5]:
        m = _REPORTED_NOTICE.search(line[:LONG_LINE])
        if m:
            return m.group(1)
    return None


# the title of a notice issuing a plan without 关于 before 印发: "上海市人民政府印发《…》的通知",
# "中共某市委办公室 某市人民政府办公室印发《…》的通知(某办发〔2017〕2号)"
_ISSUER_ISSUES = re.compile(
    r"^([^《》，。,；;:：]{2,80})(?:印发|转发)《[^\n]{2,120}》的通知\s*(?:[（(][^（）()]{1,30}[）)])?$"
)


def _inline_notice(line: str) -> str | None:
    """'某某文件 某政办发〔2018〕32号 市政府办公室关于…的通知 各镇人民政府：' -> the title between
    spaces in a red header flattened into one line."""
    k = line.find("关于")
    for _ in range(5):
        if k < 0:
            return None
        m = _NOTICE_TAIL.match(line, k)
        if m:
            pre = _ISSUER_CHARS.search(line, max(0, k - 30), k)
            a = pre.start() if pre else k
            if (a == 0 or line[a - 1].isspace()) and _issuer_prefix(line[a:k]):
                return _spaced_issuer(line[:a]) + _close_notice_spaces(line[a : m.end()].strip())
        k = line.find("关于", k + 2)
    return None


# the issuer's line of a red header flattened into one line, before the 关于 title and a space:
# "河南省人民政府 关于明确…的通知 豫政〔2023〕5号 现将…"
_SPACED_ISSUER = re.compile(r"(?:^|(?<=\s))([\u4e00-\u9fff（）()]{4,30})\s+$")


def _spaced_issuer(before: str) -> str:
    """The issuer standing alone before the space in front of a flattened 关于 title, else ''."""
    m = _SPACED_ISSUER.search(before[-40:])
    if m is None or m.group(1).startswith("各") or not _ISSUER_LINE.search(m.group(1)):
        return ""  # ("各区县人民政府 关于…": the notice's addressees, no issuer)
    if not _issuer_prefix(m.group(1)):
        return ""
    return m.group(1)


def reported_plan(lines: list[str]) -> str | None:
    """The plan a news report names in its first lines ("印发《某市…实施方案》")."""
    aliases: dict[str, str] = {}  # "《某省…（2024—2026年）》（以下简称《三年行动》）": short -> full name
    for line in lines[:_REPORT_TOP]:
        if "简称" in line:
            aliases.update((b, a) for a, b in _SHORT_NAME.findall(line[:LONG_LINE]))
        m = _REPORTED_PLAN.search(line[:LONG_LINE])
        name: str | None = (m.group(1) or m.group(2)) if m else None
        if name and _kinds()[1].search(name):
            return aliases.get(name, name).strip()
    return None


_REPORT_TOP = 8  # lines of a news page read for the plan it reports: headline, byline, first paragraph
_SHORT_NAME = re.compile(
    r"《([^《》\n]{4,60})》\s?[（(]\s?以下简称\s?[《“\"]([^《》“”\"\n]{1,20})[》”\"]\s?[）)]"
)


_JOINT_ISSUER = re.compile(r"(?:" + _ISSUER_LINE.pattern[:-1] + r"|部)$")
_JOINT_MAX = 120  # the issuers of a joint notice, each named in full


# the words before a 关于 that are a sentence which lost its 。, no issuer ("为深入贯彻落实…关于…的
# 决策部署，…制定本方案", "据某省政府网消息，近日，某省政府发布关于…的通知"): a comma, or a
# sentence's opening (为民服务中心, 为老服务中心 are issuers)
_PROSE_BEFORE_ABOUT = re.compile(r"[，,]|^(?:为(?![民老])|根据|按照|依据|据|近日|日前)")


def _issuer_prefix(s: str) -> bool:
    if _PROSE_BEFORE_ABOUT.search(s.strip()):
        return False
    s = clean_title(s + "关于") or ""
    s = s.removesuffix("关于")
    if _SENTENCE.search(s) or "《" in s or "“" in s:
        return False
    if len(s) <= 40:
        return True
    # a joint notice: issuers named one after another between spaces
    parts = s.split()
    return len(s) <= _JOINT_MAX and len(parts) >= 2 and all(_JOINT_ISSUER.search(p) for p in parts)


def _join_spaced(s: str) -> str:
    """'通 知' printed letter-spaced in a red header reads '通知'."""
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff]$)", "", s)


def headline(lines: list[str]) -> str | None:
    """A heading line right above a byline (or with the byline after it on the same line)."""
    return _headline(lines)[1]


def _headline(lines: list[str]) -> tuple[int, str | None]:
    for i, line in enumerate(lines[:25]):
        s = _one_cell(line)  # "某镇…会议胜利召开 |": a headline in one cell of the page's table
        if i > 0 and _label_alone(lines[i - 1]) and not _undated_under_date_label(lines[i - 1], s):
            continue  # the value of the field label above it ("• 发文机构:" / "县政府网站")
        cut = cut_byline(s)
        if cut != s and heading_like(cut) and not _ISSUER_LINE.search(cut):
            return i, clean_title(cut)
        cut = _unstamped(s)
        if cut != s and _headline_like(cut) and not _ISSUER_LINE.search(cut):
            return i, clean_title(cut)  # "…发布2023年政府工作报告2023-01-30 14:22来源:某网"
        if (
            i + 1 < len(lines)
            and _headline_like(s)
            and _byline(lines[i + 1].strip())
            and not _ISSUER_LINE.search(s)
        ):
            if i > 0 and (_subtitle(s) or _column_label(s, lines[i - 1])) and _headline_like(lines[i - 1]):
                return i - 1, clean_title(lines[i - 1].strip())  # "于某某主持并讲话" or "要闻" under it
            return i, clean_title(s)
    return 0, None


@lru_cache(maxsize=1)
def _glued_stamp() -> re.Pattern[str]:
    """A date stamp glued to the headline before it, a byline field right after it."""
    bylines = "|".join(words("byline_labels"))
    return re.compile(
        r"(?<=[^\d\s])\s?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
        rf"(?=(?:{bylines})[^:：\n]{{0,4}}\s*[:：])"
    )


def _unstamped(s: str) -> str:
    """'某某政府工作报告2023-01-30 14:22来源:某网' -> '某某政府工作报告': a headline a mirror runs into
    its date stamp and byline on one line; the line as it is where there is none."""
    m = _glued_stamp().search(s)
    return s[: m.start()].rstrip() if m and len(_compact(s[: m.start()])) >= 8 else s


# "…极简版来了!不到1000字", "今年办哪些实事？一文看懂": a news headline's "!" or "?" ends no sentence
_EXCLAIM = re.compile(r"[!！?？]")


def _headline_like(line: str) -> bool:
    """A heading line, or a news headline with a "!" or "?" in it (right above its byline only)."""
    return heading_like(line) or (_EXCLAIM.search(line) is not None and heading_like(_EXCLAIM.sub(" ", line)))


_COLUMN_MAX = 6  # characters of a column's label ("即时中国", "本地新闻") between a headline and its byline


def _column_label(s: str, above: str) -> bool:
    """A short column label under the headline (no kind of document named), the headline above it."""
    n = len(_compact(s))
    return n <= _COLUMN_MAX < len(_compact(above)) and not (_complete(s) or _kinds()[1].search(s))


_SUBTITLE_MAX = 16


def _subtitle(s: str) -> bool:
    """A news subtitle under the headline that names who presided ("于某某主持并讲话")."""
    return len(s) <= _SUBTITLE_MAX and s.endswith(_subtitle_endings())


@lru_cache(maxsize=1)
def _subtitle_endings() -> tuple[str, ...]:
    return tuple(words("news_subtitle_endings"))


def _news_head(line: str) -> bool:
    """A heading line, or a headline with a "!" or "?" ("某市这么干!", "今年办哪些实事？") that has
    no comma (a sentence ending with "!" has: "今年，某市…总体平稳!")."""
    return heading_like(line) or (_headline_like(line) and "，" not in line and "," not in line)


def news_headline(lines: list[str]) -> str | None:
    """The first line of a news page without a byline, where a heading-like line stands right
    above a paragraph of prose ("某省：到2026年…达到12%" / "新华社…电 记者…获悉，…")."""
    rest = [ln.strip() for ln in lines[:8] if ln.strip()]
    while rest and len(_compact(rest[0])) <= _CHROME_MAX and _compact(rest[0]).lower() in page_words():
        rest = rest[1:]  # "正文", "返回": the page's chrome above its headline
    if len(rest) < 2:
        return None
    head = rest[0]
    if not _news_head(head) or _ISSUER_LINE.search(head) or len(_compact(head)) > 60:
        return None
    for para in rest[1:5]:
        if para == head or (len(_compact(para)) <= _CREDIT_MAX and "，" not in para and "," not in para):
            continue  # the headline printed twice, a credit or a stamp ("某某新华社", "观点网")
        if _ORIGINAL_TITLE.match(para):
            continue  # "原标题:…": a repost's note of the headline it was first printed under
        prose = len(para) >= _PROSE_MIN and ("，" in para or "," in para) and not heading_like(para)
        return clean_title(head) if prose else None
    return None


# a headline run into its first sentence by a document site's rendering: "某县2025年度法治政府建设
# 情况报告2025年，全县坚持…", "县林业局2017年工作计划2017年，全县林业工作要…" (its kind, then the
# opening's year and a comma)
_GLUED_HEADLINE = re.compile(
    r"^([^，,。；;：:！!？?\n]{4,48}?(?:报告|方案|计划|要点|总结|规划|意见|安排|清单))"
    r"(?=\s?(?:19|20)\d{2}\s?年(?:以来|来)?\s?[，,])"
)


def glued_headline(lines: list[str]) -> str | None:
    """The headline a text page prints run into its first sentence (see `_GLUED_HEADLINE`)."""
    first = next((ln.strip() for ln in lines[:3] if ln.strip()), "")
    m = _GLUED_HEADLINE.match(first)
    if m is None or len(first) <= len(m.group(1)) + 20 or _PROSE_OPENER.match(first):
        return None
    return clean_title(m.group(1).strip())


# a sentence's opening, not a headline's: "为贯彻落实…", "根据…", "按照…", "今年以来…"
_PROSE_OPENER = re.compile(r"^(?:为|根据|按照|依据|结合|围绕|今年|近年|近期|当前|目前|经(?!济)|现将|在)")


_ORIGINAL_TITLE = re.compile(r"^[（(]?\s*原标题\s*[:：]")
_PROSE_MIN = 40  # characters of the paragraph under a news headline
_CREDIT_MAX = 24  # characters of a credit or date line between a headline and its paragraph


def page_title(lines: list[str]) -> tuple[str | None, str | None]:
    """(notice title, headline) of a page top. A 关于…的通知 line above the headline belongs to
    another page (a list of links), so the notice title is looked for from the headline on."""
    at, head = _headline(lines)
    if head and at > 0 and _issuer_under_notice(lines[at - 1], head):
        over = clean_title(lines[at - 1].strip())
        return over, over
    notice = notice_title(lines[at:])
    if notice and head and notice != head and f"《{notice}》" in head:
        return None, head  # the headline issues it (印发《关于…的实施意见》的通知): the plan's heading below
    if head and at > 0 and (notice is None or notice == head):
        # the headline is the last line of a notice title wrapped over the lines above it
        # ("关于印发某市与某州" / "共同推进…2020年" / "重点任务清单的通知" above the byline)
        above = lines[max(0, at - _WRAP_LINES) : at]
        wrapped = notice_title([*above, lines[at]])
        if (
            wrapped
            and len(wrapped) > len(head)
            and _compact(wrapped).endswith(_compact(head))
            and not any(_compact(head) in _compact(a) for a in above)  # (a site's line printing it whole)
        ):
            return wrapped, wrapped
    return notice, head


@lru_cache(maxsize=1)
def _issuer_end() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(sorted(words("byline_issuer_endings"), key=len, reverse=True)) + ")$")


_ISSUER_NAME_MAX = 24  # characters of an issuer line ("某县人民政府督查室")


def _issuer_under_notice(above: str, head: str) -> bool:
    """The "headline" over the byline is the issuer's name printed under the notice's own 关于…的通知
    line ("关于对…开展督办的通知" / "某县人民政府督查室" / "发布日期：…"): the notice line is the title."""
    s = above.strip()
    return (
        s.startswith("关于")
        and len(_compact(head)) <= _ISSUER_NAME_MAX
        and _issuer_end().search(head) is not None
        and not _kinds()[1].search(head)
        and notice_title([s]) == clean_title(s)
    )


_WRAP_LINES = 3  # lines above a headline a wrapped title may start on (with an issuer line above it)


def _one_cell(line: str) -> str:
    """A line without the "|" around it where it is one cell of a page's table ("某镇2023年工作安排
    | ||", "| 某县…要点 |"); a row of several cells stays as it is. A bold line loses its "**"."""
    s = unbolded(line.strip()).strip()  # "**某县…方案**": a Markdown repost's bold title line (round 44c)
    if s[:1] in "|｜" or s[-1:] in "|｜":
        inner = s.strip("|｜ \t")
        if "|" not in inner and "｜" not in inner:
            return inner
    return s


def first_heading(lines: list[str]) -> str | None:
    """The first heading line of the page top that names a kind of document (方案, 通知, 实事 …)."""
    links = -9  # the line of the last "相关新闻>>": the few lines after it link to other pages
    for i, line in enumerate(lines[:40]):
        s = _one_cell(line)
        if _RELATED.match(s):
            links = i
            continue
        if _opens_prose(s):
            return None  # the body has begun: its headings are groups of it, not the page's title
        if i - links <= 3:
            continue
        if (
            len(_compact(s)) >= 8
            and heading_like(s)
            and (_kinds()[1].search(s) or _complete(s))
            and not _CLAUSE_INSIDE.search(s)
            and not _PRESIDED.search(s)
            and not (i + 1 < len(lines) and _cut_link(s, lines[i + 1]))
        ):
            if i + 1 < len(lines) and _after_crumb(s, lines[i + 1]):
                i += 1  # the headline alone on the next line: without the site's breadcrumb
            return clean_title(_heading_at(lines, i))
    return None


# "某某作政府工作报告 某某主持会议": a news subtitle naming who presided, never a document's heading
_PRESIDED = re.compile(r"(?:主持|出席)(?:会议|大会)?(?:并讲话|并致辞)?$")


_PROSE_PARAGRAPH = 40  # characters of a paragraph of prose: the body has begun
# a short pointer after a paragraph's last sentence: "…作政府工作报告。要点速读↓", "…。详见↓"
_POINTER_TAIL = re.compile(r"(?<=[。？！?!])[^。？！?!，,]{0,8}[↓⬇👇]+\s*$")


def _opens_prose(s: str) -> bool:
    """A paragraph of the body's prose ("作为全市经济综合管理部门，…。1月20日上午，…"): long, with
    commas and a sentence end (or a short pointer after it: "…。要点速读↓"); no field line, table
    row or list of links."""
    s = _POINTER_TAIL.sub("", s)
    return (
        len(s) >= _PROSE_PARAGRAPH
        and s[-1] in "。？！?!"
        and ("，" in s or "," in s)
        and "|" not in s
        and "｜" not in s
        and not _kinds()[2].search(s[:40])
    )


def _heading_at(lines: list[str], i: int) -> str:
    """The heading at line i, joined with the line before when that is the first half of a
    heading printed over two lines, and with the line after when it completes line i (and with
    the line before that: a cover's name over three lines)."""
    s = _one_cell(lines[i])
    if (
        i + 1 < len(lines)
        and _compact(lines[i + 1])
        and _compact(s).strip("《》〈〉") == _compact(lines[i + 1])
    ):
        return lines[i + 1].strip()  # "《某市…三年行动方案》" over the same name: the name once
    if (
        not _complete(s)
        and i + 1 < len(lines)
        and heading_like(lines[i + 1])
        and _complete(lines[i + 1])
        and not _cut_link(s, lines[i + 1])
    ):
        s += lines[i + 1].strip()
        prev = lines[i - 1].strip() if i > 0 else ""
        if prev and _cover_line(prev) and not _complete(prev) and not _ISSUER_LINE.search(prev):
            s = prev + s  # "某县国民经济和社会发展 / 第十四个五年规划和2035 年 / 远景目标纲要"
        return s
    if _complete(s) and _tail_line(lines, i + 1) and not _compact(s).endswith(_compact(lines[i + 1])):
        return s + lines[i + 1].strip()  # "2019年《政府工作报告》确定的主要目标任务" / "责任分解方案"
    if _complete(s) and i > 0:
        prev = lines[i - 1].strip()
        if _open_name(prev, s):
            return prev + s  # "某区贯彻落实《关于加强新时代" / "街道工作的意见》的任务分解方案"
        if (
            len(_compact(prev)) >= 8
            and heading_like(prev)
            and not _complete(prev)
            and ("关于" not in prev or _plan_named_about(prev + s))
            and not _DATED_NOTE.match(prev)
            and not _FILE_EXT.search(prev)  # "某镇…计划.docx": a document viewer's file name
            and _compact(prev).strip("《》〈〉") != _compact(s)  # the same name in 《》 above it
            and not _compact(prev).startswith(_compact(s))  # the page's <title>: "X_某县人民政府" above X
        ):
            return prev + s
    return s


_COMMA = re.compile(r"[，,]")
_ABOUT_ISSUING = re.compile(r"^关于(?:印发|转发|下达|发布|颁布|公布|报送|征集|开展|做好|召开|举办)")
_ABOUT_PLAN_END = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:方案|计划|规划|细则|措施)$")


def _plan_named_about(h: str) -> bool:
    """A plan named 关于…的实施方案 (its heading starts with 关于 and ends with a plan kind after
    的), never a notice's title (关于印发…, 关于开展…) nor a line with a 关于 inside it."""
    c = _compact(h)
    return c.startswith("关于") and not _ABOUT_ISSUING.match(c) and _ABOUT_PLAN_END.search(c) is not None


_NAMED_INSIDE = re.compile(r"《[^《》]{0,80}》")
_SPACED_OUT = re.compile(r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]")
_TAIL_MAX = (
    8  # characters of the short last line of a heading wrapped after a kind word (…任务 / 责任分解方案)
)


_DASHES = frozenset("-—－–")


def _tail_line(lines: list[str], k: int) -> bool:
    """A short line that ends a heading wrapped over two lines: it names a kind of document, and
    no heading line follows it (a list of short headings is no wrapped one)."""
    if k >= len(lines) or not 4 <= len(_compact(lines[k])) <= _TAIL_MAX:
        return False
    t = lines[k].strip()
    if t[:1] == "#" and match_marker(t.lstrip("# ")) is not None:
        return False  # "## 一、重点任务": a Markdown section heading under the title (round 44c)
    if t[:1] in _DASHES and ocr_marked(t) != t:
        return False  # "-、重点任务": an OCR'd section heading "一、" under the title (round 45c)
    if not (heading_like(t) and _complete(t)) or _ISSUER_LINE.search(t) or _SPACED_OUT.search(t):
        # (a kind spaced out under the heading, "政 府 工 作 报 告", is a banner of its own)
        return False
    if _compact(t) in _bare_topics():
        return False  # "重点任务" alone under a PDF's heading: its first section, unnumbered (round 46h)
    return k + 1 >= len(lines) or not heading_like(lines[k + 1])


@lru_cache(maxsize=1)
def _bare_topics() -> frozenset[str]:
    """Section headings that only name a plan's topic or its list of work ("重点任务", "总体要求")."""
    return frozenset(words("structure_work_list_headings")) | frozenset(words("structure_topic_headings"))


def _open_name(prev: str, s: str) -> bool:
    """The line above opens a 《》 name that line s closes: one heading over two lines."""
    p = prev.strip()
    return (
        p.count("《") == p.count("》") + 1
        and s.count("》") == s.count("《") + 1
        and len(_compact(p)) >= 6
        and not _SENTENCE.search(p)
        and match_marker(p) is None
    )


def _cover_line(line: str) -> bool:
    """A piece of a plan's name wrapped over the lines of a cover (no sentence, no 关于, no note)."""
    s = line.strip()
    return (
        2 <= len(s) <= 30
        and heading_like(s)
        and "关于" not in s
        and not _DATED_NOTE.match(s)
        and not _DATE_ONLY.match(s)
        and _CJK.search(s) is not None
    )


_ROW_NUMBER = re.compile(r"^\d{1,3}\s*[|｜]?$")


def plan_heading(lines: list[str]) -> str | None:
    """The plan's own heading: after 附件 / 附件1, under the signature date, or the last
    heading naming a plan above the first numbered item (or table row)."""
    plan = _kinds()[1]

    def ok(k: int) -> bool:
        s = lines[k].strip()
        if k > 0 and lines[k - 1].strip().endswith("关于"):
            return False  # the second line of a notice title
        if not (len(_compact(s)) >= 8 and heading_like(s)):
            return False
        h = _heading_at(lines, k)
        if len(_COMMA.findall(h)) >= 2:
            return False  # "任务,坚持…战略,深化…改革,全面提": a line of prose wrapped at the page's width
        return (
            # (a name it cites may: 贯彻落实《关于…的意见》的方案; and a plan named 关于…的实施方案)
            ("关于" not in _NAMED_INSIDE.sub("", h) or _plan_named_about(h))
            and not _PRESIDED.search(h)
            and not _NOTICE_END.search(h)
            and not _ANNOUNCES_PLAN.search(h)
            and bool(plan.search(h))
            and not REPORT_ON_PLAN.search(h)
        )

    limit = min(len(lines), 200)
    first_item = next(
        (i for i in range(limit) if match_marker(lines[i].strip()) or _ROW_NUMBER.match(lines[i].strip())),
        limit,
    )
    # (a table's header printed without spaces, "序号工作任务责任单位完成时限", opens its glued rows)
    first_item = next((i for i in range(first_item) if glued_header(lines[i].strip())), first_item)
    for i in range(limit):
        s = lines[i].strip().strip("|｜ ")
        if not (_ANNEX.match(s) or _DATE_ONLY.match(s)):
            continue
        for j in range(i + 1, min(i + 3, len(lines))):
            if ok(j):
                if first_item < i and _ANNEX.match(s) and (top := _heading_above(lines, first_item, ok)):
                    return top  # a plan's own items above its annexes: the annex's plan is a part of it
                return _strip_place_note(clean_title(_heading_at(lines, j)))
            if not _NOT_HEADING.search(lines[j].strip()):
                break  # only "(此件公开发布)"-like notes may stand between
    if first_item == limit:
        # no numbered item: only a heading above the prose may be the plan's (one after it is a
        # group of the prose or an image's caption: "2024政府工作报告03")
        first_item = next((i for i in range(limit) if _opens_prose(lines[i].strip())), limit)
    return _heading_above(lines, first_item, ok)


def _heading_above(lines: list[str], first_item: int, ok: Callable[[int], bool]) -> str | None:
    """The last heading naming a plan (`ok`) within 15 lines above the first numbered item."""
    for i in range(first_item - 1, max(-1, first_item - 16), -1):
        if ok(i):
            return _strip_place_note(clean_title(_heading_at(lines, i)))
    return None


def annex_list_title(lines: list[str]) -> str | None:
    """'附件：1.X' in the notice's list of attachments -> X."""
    for line in lines[:120]:
        if "附" not in line:
            continue
        m = _ANNEX_LIST.search(line.strip())
        if m:
            s = _FILE_EXT.sub("", m.group(1).strip())
            if len(_compact(s)) >= 8 and heading_like(s) and _kinds()[1].search(s):
                return clean_title(s)
    return None


_PLACE_NOTE = re.compile(
    r"^[（(](?:[\u4e00-\u9fff]{2,8}[省市区县]|广西|廣西|内蒙古|內蒙古|宁夏|寧夏|新疆|西藏|北京|上海|天津|重庆|重慶)[）)]"
)


def _strip_place_note(s: str | None) -> str | None:
    """'(湖北省)武汉市…方案', '(广西)某县…报告' -> '武汉市…方案': a mirror's place note before a plan
    heading (a province, or a region or city named without 省/市: 广西, 内蒙古, 北京 …)."""
    if s and _PLACE_NOTE.match(s):
        return s[s.index(")" if ")" in s[:12] else "）") + 1 :].strip() or s
    return s


def byline_label(line: str) -> bool:
    """Does the line carry a byline label (来源： 作者： 编辑： 时间： …)?"""
    return bool(_kinds()[2].search(line))


def without_file_extension(name: str | None) -> str | None:
    """'某某实施方案.pdf' -> '某某实施方案' (a plan named by its attachment)."""
    return _FILE_EXT.sub("", name).strip() or name if name else name


def without_kicker(name: str | None) -> str | None:
    """'快看！2023年市级民生实事清单' -> '2023年市级民生实事清单': a plan's name has no news kicker."""
    if not name:
        return name
    return _KICKER.sub("", _BRACKET_KICKER.sub("", name)) or name


# "【直击两会】…", "[权威发布]…": a column's kicker in brackets before a headline
_BRACKET_KICKER = re.compile(r"^[【\[][\u4e00-\u9fff]{2,8}[】\]]\s?(?=\S)")


def site_only(title: str | None, names: tuple[str, ...] = ()) -> bool:
    """Does a page's <title> name only the site, its column or the kind of page ("某县人民政府",
    "某市人民政府门户网站", "政策文件", "首页"), not the document it shows? `names`: the site and
    column names the page states (<meta SiteName>, <meta ColumnName>). Otherwise a title that
    names a kind of document (…的通知, …方案) is never site-only."""
    if not title:
        return False
    s = _compact(title)
    if s.lower() in page_words() or s in {_compact(n) for n in names if n}:
        return True
    return not (_complete(s) or _kinds()[1].search(s)) and s.endswith(site_suffixes())


def may_issue_plan(title: str) -> bool:
    """Can a page of this title carry a plan heading (it names a plan kind, or issues something)?"""
    return bool(_kinds()[1].search(title) or "印发" in title or "转发" in title)


_ONE_NAME = re.compile(r"^([^《》]{0,30})《([^《》]{2,60})》([^《》]{0,40})$")
_NEWS_SEPARATOR = re.compile(r"[\s:：|｜︱!！?？]")


def bracketed_plan(title: str) -> str | None:
    """'两会2026︱《政府工作报告》简明版 三分钟读懂要点' -> '政府工作报告': a news headline about the
    plan it names in 《》 (words before or after it set off by a bar, colon or space, or no kind of
    document closing it); a plan whose own name holds a 《》 name ("某县《政府工作报告》目标任务分解
    方案") is none."""
    m = _ONE_NAME.match(title.strip())
    if m is None or not _kinds()[1].search(m.group(2)):
        return None
    if _bare_kind(m.group(2)):
        return None  # "…规划《纲要》编制工作": a short back-reference to a plan, not its name
    before, after = m.group(1), m.group(3)
    news = _NEWS_SEPARATOR.search(before + after) is not None or (after != "" and not _complete(after))
    return m.group(2).strip() if news else None


_BARE_PREFIX = ("", "实施", "行动", "工作", "总体")


def _bare_kind(name: str) -> bool:
    """《纲要》, 《方案》, 《实施方案》: a plan kind alone, the short name a text uses for a plan it
    names in full elsewhere."""
    s = name.strip()
    return any(s.startswith(p) and _kinds()[1].fullmatch(s[len(p) :]) is not None for p in _BARE_PREFIX if s)


_RESOLUTION = re.compile(r"关于([^，,。；;]{2,80}?)的决议$")


def cover_over_resolution(notice: str | None, lines: list[str]) -> str | None:
    """A 关于…纲要的决议 adopting a plan, printed at the front of the plan under its cover: the page's
    title is the cover's heading (the first heading naming a plan), not the resolution."""
    m = _RESOLUTION.search(notice) if notice else None
    if m is None or not _kinds()[1].search(m.group(1)):
        return notice
    cover = first_heading(lines)
    return cover if cover and "关于" not in cover and "决议" not in cover else notice
