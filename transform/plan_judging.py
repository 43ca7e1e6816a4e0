"""`is_plan`: is a page a plan? Its title names a plan kind (方案, 计划, 要点, 实事, 重点工作 …) and
it carries work, or it carries enough work to be one; other kinds of notices (holiday, procurement,
meeting, 公示 …), pages looking back on a plan (评估报告, 表彰…决定) and headlines that only report on
a plan are not; pages explaining a plan (政策解读, 答记者问, 一图读懂) and news reports of meetings are
plans only by the commitments they state. The words are data: `lexicons/plan_kinds.txt`,
`non_plan_kinds.txt`, `plan_commentary_kinds.txt`, `plan_call_kinds.txt`, `plan_explainer_kinds.txt`,
`meeting_report_titles.txt`; a report of results (整改情况的报告, 审计工作报告) is no plan unless it
lists work ahead: `results_report_kinds.txt`; nor is a summary of work done (…2024年工作总结) that
sets out no work ahead under a heading: `summary_titles.txt`. A notice whose subject is a plan (its
procurement, land-use publicity, repeal, a reply about it) or a statistics, accounts, budget or
disclosure report is no plan whatever plan it names: `plan_subject_notices.txt`; a notice putting a
plan's draft before the public is a plan only by the work it prints: `plan_draft_notices.txt`."""

from __future__ import annotations

import re

from transform.lexicons import words
from transform.numbering import HEADING_MARK
from transform.targets.goals import reports_results_news

NON_PLAN_TITLE = re.compile("|".join(words("non_plan_kinds")))
# Titles that name a plan (or a work arrangement, or the progress of one) by its kind.
PLAN_TITLE = re.compile("|".join(words("plan_kinds")))
# a page that looks back on a plan (评估报告, 表彰…决定) is no plan, whatever plan it names
COMMENTARY_TITLE = re.compile("|".join(words("plan_commentary_kinds")))
# a notice whose subject is a plan (its procurement, land-use publicity, repeal, a reply about it) or
# a statistics, accounts or budget report: no plan, whatever plan it names
SUBJECT_NOTICE = re.compile("|".join(words("plan_subject_notices")))
# a notice putting a plan's draft before the public (征求意见的公告, …规划公示): a plan only by its work
DRAFT_NOTICE = re.compile("|".join(words("plan_draft_notices")))
# a call for proposals for a plan still to be drawn up (…征集…项目建议的公告): no plan
CALL_FOR_PROPOSALS = re.compile("|".join(words("plan_call_kinds")))
# a news report of a meeting: a plan only by the work it lists, not by the plan its title names
MEETING_REPORT_TITLE = re.compile("|".join(words("meeting_report_titles")))
# a news headline reporting that a plan was made (…等四部门联合印发方案): no plan's own title
PLAN_MAKING_REPORT = re.compile("|".join(words("plan_making_reports")))
# a page that explains a plan (政策解读, 答记者问, 一图读懂): a plan only by the commitments it states
EXPLAINER_TITLE = re.compile("|".join(words("plan_explainer_kinds")))
# a report of results (…整改情况的报告, …审计工作报告): a plan only where it lists work ahead
RESULTS_REPORT_TITLE = re.compile("|".join(words("results_report_kinds")))
# a summary of work done (…2024年工作总结, 年终总结): a plan only by the work ahead it sets out
SUMMARY_TITLE = re.compile("|".join(words("summary_titles")))
# a heading of work ahead: "三、下一步工作安排", "（三）下步打算", "四、2025年工作计划", "今后工作措施",
# "二、下半年工作计划" (the blanks before the mark never span a line and those after it are bounded:
# unbounded both, a run of empty lines was cubic)
_WORK_AHEAD = re.compile(
    rf"(?m)^[^\S\n]*{HEADING_MARK}?\s{{0,12}}"
    r"(?:下一步|下步|下阶段|今后|明年|来年|新一年|下半年|(?:19|20)\d{2}\s*年)[^。\n]{0,10}?(?:打算|计划|安排|思路|措施|重点)"
    # a 法治政府建设 report's work ahead: "三、2026年度推进法治政府建设的主要安排"
    r"|^[^\S\n]*"
    + HEADING_MARK
    + r"?\s{0,12}(?:19|20)\d{2}\s*年度?推进[^。\n]{2,14}的(?:主要|重点)?(?:安排|打算|计划)"
)
# a headline that is a plan's name: it ends with a plan kind (…工作方案, 十件民生实事, …行动计划（2024—2026年）)
_NAMES_A_PLAN = re.compile(
    "(?:" + "|".join(words("plan_kinds")) + r")[表单]?\s*(?:[（(][^（）()]{0,24}[）)])?[\s》”\"]*$"
)
# a notice that issues or allocates work ("关于分解落实…目标任务的通知", "关于下达…计划的通知")
_ISSUES_WORK = re.compile(r"印发|转发|分解|下达|公布|落实")


# the opening of a page printed without its headline names the year's plan it sets out: "报告我镇
# 2026年度工作计划", "票选出2026年的十件民生实事", "确定2024年全县重点工作安排如下", "以下项目为某镇
# 人民政府2022年度十大民生实事项目", "2025年20项民生实事", "2025年重点民生实事"
_OPENING_PLAN = re.compile(
    r"(?:19|20)\d{2}\s*年度?(?:的|[全本我][县市区镇乡省街])?\s*(?:[一二三四五六七八九十\d]{1,3}\s*[件项大])?(?:重点)?"
    r"(?:工作计划|工作要点|工作安排|重点工作|民生实事|为民办实事)"
    # "…总理向大会作政府工作报告，。要点速读↓": the points of the report as delivered, below
    r"|作(?:了)?《?政府工作报告》?[^\n]{0,12}?[↓⬇👇]"
)
_OPENING_REVIEW = re.compile(r"总结|回顾|(?:落实|完成|执行|进展|推进)情况")
_OPENING = 200  # characters of the opening read


def _opens_with_its_plan(body: str) -> bool:
    """A line of the opening of `body` names the year's plan the page sets out, and reviews nothing."""
    return any(
        _OPENING_PLAN.search(ln) is not None and _OPENING_REVIEW.search(ln) is None
        for ln in body[:_OPENING].split("\n")
    )


def names_a_plan(title: str) -> bool:
    """A title that is a plan's own name (…工作方案, …行动计划（2024—2026年）), not a notice's."""
    return "关于" not in title and _NAMES_A_PLAN.search(title) is not None and "通知" not in title


def non_plan(title: str) -> bool:
    """The title says it is another kind of notice (an 评估报告 of a plan is no plan either, nor a
    notice whose subject is a plan: …规划编制服务中标公告, …详细规划批前公示, 关于废止《…方案》的通知)."""
    return (
        (bool(NON_PLAN_TITLE.search(title)) and not PLAN_TITLE.search(title) and not meeting_held_news(title))
        or COMMENTARY_TITLE.search(title) is not None
        or CALL_FOR_PROPOSALS.search(title) is not None
        or SUBJECT_NOTICE.search(title) is not None
    )


# a meeting held (召开…会议, the non_plan_kinds entry a meeting's news shares with its notice; …部署会)
_HELD = re.compile(r"召开.{0,40}会")


def meeting_held_news(title: str) -> bool:
    """ "我市召开2025年城市管理工作会议", "我县召开…工作部署会": news of a meeting held, no notice calling one (关于召开…
    会议的通知); like any meeting report (`MEETING_REPORT_TITLE`) a plan only by the work it lists."""
    if "召开" not in title or "关于" in title or "通知" in title or not MEETING_REPORT_TITLE.search(title):
        return False
    # (only a title the 召开…会议 entry makes another kind of notice: "…会议召开" never was one)
    return _HELD.search(title) is not None and NON_PLAN_TITLE.search(_HELD.sub("", title)) is None


# the opening of a 公示 that puts a plan's work before the public: "现将整改任务公示如下", "现将
# 2025年重点工作任务清单予以公示" (not a result, 考核结果, nor a site's 规划设计方案)
_PUBLISHED_WORK = re.compile(
    r"现将[^。\n]{0,30}?(?:(?:整改|工作|实施|行动)方案|任务(?:清单)?|工作清单)(?:予以)?公示"
)
_PUBLISHED_OPENING = 400  # characters of the page read for it


def publishes_work(title: str, body: str) -> bool:
    """A 公示 whose opening says it puts a plan's work before the public ("…整改落实情况的公示" over
    "现将整改任务公示如下"): read as a plan by its work, not as another kind of notice."""
    return (
        "公示" in title
        and "现将" in body[:_PUBLISHED_OPENING]
        and (_PUBLISHED_WORK.search(body, 0, _PUBLISHED_OPENING) is not None)
    )


# an item of commentary that reports what a report or plan says ("报告强调，…", "人大报告提出，…",
# "《某规划》指出，…", "根据人大报告，…"): lexicons/reported_speech.txt, after a short qualifier
_REPORTED = re.compile(r"[^，,。；;：:\s]{0,8}?(?:" + "|".join(words("reported_speech")) + ")")
_REPORTED_MIN = 3  # items so opening before a page counts as commentary


def reports_on_a_report(tasks: list[dict]) -> bool:
    """Commentary on a report or a plan (an article "解码…报告"): most of its items, 3 or more, open
    by attributing their content to the report or plan, so they report it and state no work."""
    need = max(_REPORTED_MIN, len(tasks) // 2 + 1)  # 3 or more, and most
    n = 0
    for i, t in enumerate(tasks):
        n += _reported_item(t)
        if n >= need:
            return True
        if n + len(tasks) - i - 1 < need:
            return False  # (a plan's items: decided after about half of them)
    return False


def _reported_item(task: dict) -> bool:
    body = (task.get("body") or "").strip()
    title = task.get("title") or ""
    rest = body[len(title) :] if title and body.startswith(title) else body
    rest = rest.lstrip("。.:：，, \t\n")
    return _REPORTED.match(rest) is not None or (rest != body and _REPORTED.match(body) is not None)


def explains_plan(title: str | None) -> bool:
    """A page explaining a plan (…政策解读, 解读《…》, …答记者问, 一图读懂…): it restates the plan's
    commitments, so it is a plan only by those it states; the plan file it attaches is the plan's
    own page's to read (its rows are not kept here)."""
    return bool(title) and EXPLAINER_TITLE.search(title or "") is not None


# the opening of a page printed without its headline that says it reports progress: "现将1至7月
# 民生工程实施进度通报如下", "现将上半年重点工作推进情况通报如下"
_OPENING_PROGRESS = re.compile(
    # (汇报 too: a report to a superior, "现将工作落实情况汇报如下")
    r"现将[^。\n]{0,40}?(?:进展|推进|落实|完成|办理|进度)(?:情况)?(?:通报|报告|汇报)如下"
    # "…对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。现将有关情况通报如下"
    r"|(?:进展|推进|落实|完成|办理|进度)情况(?:进行了?|开展了?)(?:督办|督查|调度|检查|督导)"
)
# or that it is a report of results of another kind: "现将我局2024年政府信息公开工作年度报告如下",
# "现将2024年国民经济和社会发展统计公报发布如下", "现将2024年财政决算情况报告如下"
_OPENING_RESULTS = re.compile(
    r"现将[^。\n]{0,40}?(?:信息公开工作年度报告|统计公报|决算|审计结果)[^。\n]{0,12}?如下"
)
# or that it is a government-information disclosure report, the yearly report every office
# publishes: "现公布我乡2023年政府信息公开工作年度报告", "本报告由某乡人民政府按照《中华人民共和国政府
# 信息公开条例》…要求编制", "本年度报告根据《…政府信息公开条例》的要求编制", "本年报是根据《…条例》
# 要求…编制的", "根据《…政府信息公开条例》…要求，编制本局2018年度政府信息公开报告" (not a plan's item
# that asks for one: "1.编制本单位2023年度政府信息公开工作年度报告")
_OPENING_DISCLOSURE = re.compile(
    r"现(?:公布|将|编制形成了?)[^。\n]{0,30}?政府信息公开(?:工作)?年度报告"
    r"|本(?:年度)?(?:报告|年报)[^。\n]{0,40}?政府信息公开条例"
    r"|政府信息公开条例》[^。\n]{0,40}?编制了?本[^。\n]{0,6}?(?:19|20)\d{2}\s?年度?"
    r"政府信息公开(?:工作)?(?:年度)?报告"
)
_OPENING_DISCLOSURE_CHARS = 300  # its statement may follow a first heading (一、总体情况)
# or that it is a statistics bulletin: its first section is the bulletin's "一、综合" and its
# figures are accounted ("初步核算，全年地区生产总值…", "初步测算") — a plan states none so
_STATISTICS_FIRST_SECTION = re.compile(r"(?m)^\s*(?:一|1)\s*[、.．]?\s*综\s*合\s*$")
_STATISTICS_ACCOUNTED = re.compile(r"初步(?:核算|测算)")
_STATISTICS_CHARS = (600, 1500)  # where the first section opens, where its accounted figures are


def _opens_as_statistics(body: str) -> bool:
    """The page opens as a statistics bulletin (一、综合 … 初步核算)."""
    return (
        _STATISTICS_FIRST_SECTION.search(body, 0, _STATISTICS_CHARS[0]) is not None
        and _STATISTICS_ACCOUNTED.search(body, 0, _STATISTICS_CHARS[1]) is not None
    )


# the opening of a page printed without its headline that says it explains a plan: "现将主要内容
# 解读如下", "现就有关情况解读如下"
_OPENING_EXPLAINS = re.compile(r"现[将就对][^。\n]{0,40}?解读如下")


def explains_opening(title: str | None, body: str) -> bool:
    """A page explaining a plan: its title says so (`explains_plan`), or, printed without its
    headline, its opening does ("…，现将主要内容解读如下")."""
    if title:
        return explains_plan(title)
    return _OPENING_EXPLAINS.search(body, 0, _OPENING) is not None


# the opening of a page whose headline names no plan kind (lost, or the paper's name) that calls
# for proposals: "现面向社会公开征集2025年民生实事候选项目意见建议", "现决定公开征集2025年市政府民生
# 实事项目" (but "经公开征集、代表票决，确定2024年民生实事项目如下" reports how a plan was made)
_OPENING_CALL = re.compile(
    r"(?:公开征集|面向社会(?:各界)?征集)[^,，、。;；:：\n]{0,20}?(?:19|20)\d{2}\s?年度?"
    r"[^,，、。;；:：\n]{0,24}?(?:实事|项目|建议|意见|线索)"
)
_OPENING_CALL_CHARS = 300  # characters of the opening read for a call


# the sentence recounts a call made before ("通过多种途径向社会公开征集2025年…项目，共收到…",
# "经面向社会公开征集…"): the page reports how its plan was chosen
_CALL_RECOUNTED = re.compile(r"通过|经过|以来|经(?:面向|向社会|公开|广泛)")
_SENTENCE_END = re.compile(r"[。；;!！?？\n]")


def calls_for_proposals(title: str | None, body: str) -> bool:
    """A call for proposals printed without a headline that names a plan kind: its opening asks
    the public for the year's projects or ideas (see `_OPENING_CALL`), in a sentence that does not
    recount a call made before; it states no work."""
    if title and PLAN_TITLE.search(title):
        return False
    for m in _OPENING_CALL.finditer(body, 0, _OPENING_CALL_CHARS):
        ends = [e.end() for e in _SENTENCE_END.finditer(body, 0, m.start())]
        if _CALL_RECOUNTED.search(body, ends[-1] if ends else 0, m.start()) is None:
            return True
    return False


def reports_results(title: str | None, body: str) -> bool:
    """A report of results (整改情况的报告, 审计工作报告, 述职报告, …进展情况的通报;
    without a headline, an opening "现将…进度通报如下", "现将…统计公报发布如下" or one naming a disclosure
    report, "本年度报告根据《…政府信息公开条例》…编制") that lists no work ahead (a heading of
    work ahead, 下一步工作打算 or a bare 三、工作打算)."""
    if title:
        found = RESULTS_REPORT_TITLE.search(title) is not None
    else:
        found = (
            any(p.search(body, 0, _OPENING) is not None for p in (_OPENING_PROGRESS, _OPENING_RESULTS))
            or _OPENING_DISCLOSURE.search(body, 0, _OPENING_DISCLOSURE_CHARS) is not None
            or _opens_as_statistics(body)
        )
    if found and title and publishes_work(title, body):
        return False  # "…整改落实情况的公示" over "现将整改任务公示如下": the work, put before the public
    return found and not (_WORK_AHEAD.search(body) or _PLAIN_AHEAD.search(body))


# a heading that reports on the year's work though it names its 重点/计划 ("一、2024年重点工作完成情况")
_REPORTS_ON = re.compile(r"情况|总结|回顾|成效|成绩")


# a summary's heading of work ahead that names no time: "四、工作打算", "（三）主要工作安排"
_PLAIN_AHEAD = re.compile(
    rf"(?m)^[^\S\n]*{HEADING_MARK}\s*(?:主要|重点)?工作(?:打算|计划|安排|思路|要点)\s*$"
)


def _sets_out_work_ahead(body: str) -> bool:
    """A heading of work ahead that does not report on work done."""
    if _PLAIN_AHEAD.search(body) is not None:
        return True
    for m in _WORK_AHEAD.finditer(body):
        end = body.find("\n", m.end())
        if not _REPORTS_ON.search(body, m.start(), end if end >= 0 else len(body)):
            return True
    return False


def summary_only(title: str | None, body: str) -> bool:
    """A summary of work done (…2024年工作总结, 年度工作总结, 年终总结) that sets out no work ahead
    under a heading: its numbered items report results (no tasks) and it is no plan."""
    return bool(title) and SUMMARY_TITLE.search(title or "") is not None and not _sets_out_work_ahead(body)


def _summary_with_work_ahead(title: str | None, body: str) -> bool:
    """A summary whose body sets out the work ahead under a heading (二、下半年工作计划): that
    heading names the plan the page carries."""
    return bool(title) and SUMMARY_TITLE.search(title or "") is not None and _sets_out_work_ahead(body)


def no_rows(title: str, body: str, other_kind: bool) -> str:
    """Why a page gets no rows ("" where it gets them): another kind of notice (most notices of a
    portal are such, so finding its tasks is skipped), a call for proposals printed without such a
    headline (`calls_for_proposals`), or a summary of work done with no work ahead (…2024年工作
    总结: its items are review items, its figures achieved ones)."""
    if other_kind:
        return "not a plan (title says it is another kind of notice)"
    if calls_for_proposals(title, body):
        return "not a plan (a call for proposals)"
    if summary_only(title, body):
        return "not a plan (a summary of work done, no work ahead)"
    return ""


# the opening of a news page printed without its headline that reports the year's items done: "区六届
# 人大五次会议票决通过的10件区级重点民生实事项目全部完成，累计完成投资14.4亿元"
_OPENING_DONE = re.compile(
    r"(?:实事|项目|重点工作|重点任务)[^。；;！!\n]{0,12}?(?:已经|已|均已)?(?:全部|全面|超额|提前)+(?:完成|建成|完工|办结)"
)
# a sentence that commits to the work, not one that reports it done: "确保年底前全部完成"
_DONE_PROMISED = re.compile(r"确保|力争|争取|计划|预计|将|要|目标|年底前|之前|前全部")


def reports_done(body: str) -> bool:
    """A page printed without its headline whose opening reports the year's items done
    (`_OPENING_DONE`), in a sentence that promises nothing: a report of results."""
    for m in _OPENING_DONE.finditer(body, 0, _OPENING):
        ends = [e.end() for e in _SENTENCE_END.finditer(body, 0, m.start())]
        if _DONE_PROMISED.search(body, ends[-1] if ends else 0, m.end()) is None:
            return True
    return False


_NEWS_SUBJECTS = tuple(words("plan_news_subjects"))
_NEWS_VERBS = tuple(words("plan_news_verbs"))
_NEWS_VERBS_OF_WORK = _NEWS_VERBS + tuple(words("plan_news_work_verbs"))  # (…部署2026年…工作)
_NEWS_VERB_AT = 8  # characters of the headline the verb stands in after its subject


def _plan_news(title: str) -> bool:
    """A news headline in a newspaper's voice reporting a plan issued or work deployed: "我市出台加快发展
    低空经济若干措施", "我县印发2024年春耕生产工作方案", "我县部署2026年森林防灭火工作"
    (`lexicons/plan_news_subjects.txt`, `plan_news_verbs.txt`, `plan_news_work_verbs.txt`)."""
    t = title.lstrip()
    if "关于" in t:
        return False
    if not t.startswith(_NEWS_SUBJECTS):
        return _place_news(t)
    head = t[:_NEWS_VERB_AT]
    return any(v in head for v in _NEWS_VERBS_OF_WORK)


_PLACE_ENDINGS = tuple(words("plan_news_place_endings"))
_PLACE_MAX = 10  # characters of a place's name before the verb ("巴音郭楞蒙古自治州")
_NOTICE_END = ("通知", "通告", "公告", "决定", "意见")


def _place_news(title: str) -> bool:
    """ "石门县印发2025年稳就业工作方案": a headline whose subject is a place's bare name right before
    a news verb (`lexicons/plan_news_place_endings.txt`), not a notice's title ("…的通知")."""
    if title.endswith(_NOTICE_END):
        return False
    for verb in _NEWS_VERBS:
        i = title.find(verb, 2, _PLACE_MAX + len(verb))
        if i > 0:
            place = title[:i]
            return place.endswith(_PLACE_ENDINGS) and all("\u4e00" <= c <= "\u9fff" for c in place)
    return False


def looks_like_plan(title: str, plan_title: str | None, tasks: list, targets: list, body: str = "") -> bool:
    """A plan names itself one (方案, 计划, 要点, 实事, 重点工作 …) and carries work, or carries
    enough work to be one; a plan whose work was not found (an attachment-only notice, a layout
    the parser missed) is still one when its title or the plan it issues names a plan kind, so
    that it is alerted and its missing tasks are flagged instead of dropped.

    A news report of a meeting (…动员部署会, …推进会召开) or a page explaining a plan (政策解读,
    答记者问) names a plan without issuing it: only the work it states makes it one.

    A notice whose body merely has numbered paragraphs (a meeting notice: 一、会议时间 二、参会人员)
    has tasks but no units and no targets: that alone does not make it a plan. A report of
    results (`body`: its text) is a plan only where it lists work ahead.
    """
    if reports_results(title, body) or summary_only(title, body) or calls_for_proposals(title, body):
        return False
    if not tasks and reports_results_news(title, body, PLAN_TITLE.search(title or "") is not None):
        return False  # a news page of results ("…10件为民实事如期全面完成"): its figures are achieved
    named = (
        bool(PLAN_TITLE.search(title or "") or PLAN_TITLE.search(plan_title or ""))
        and not (
            MEETING_REPORT_TITLE.search(title or "")
            or DRAFT_NOTICE.search(title or "")
            or explains_opening(title, body)
        )
    ) or _summary_with_work_ahead(title, body)
    named = named or (bool(title) and publishes_work(title or "", body))  # "现将整改任务公示如下"
    if not (tasks or targets) and _plan_news(title or ""):
        return False  # "我市出台…若干措施" over a report that does not print the plan's work
    if not (tasks or targets):
        # an attachment-only notice: it names the plan it issues, or issues named work; a headline
        # that only reports on a plan ("前三季度我市民生实事加快推进") issues none
        t = title or ""
        if not named or (_ISSUES_WORK.search(t) is not None and ("关于" in t or "通知" in t)):
            return named
        return bool(plan_title) and (plan_title != title or _NAMES_A_PLAN.search(title or "") is not None)
    if named or (not title and _opens_with_its_plan(body)):
        return True
    if not title and not tasks and reports_done(body):
        return False  # its figures are the year's results ("…民生实事项目全部完成，累计完成投资…")
    with_units = sum(1 for t in tasks if t.get("lead_units") or t.get("participating_units"))
    return len(targets) >= 3 or (len(tasks) >= 3 and (with_units >= 1 or len(targets) >= 1))


_AHEAD_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def work_ahead_year(title: str | None, body: str) -> int | None:
    """The year a report of results or a summary of work done plans where it sets out work ahead
    under a heading naming the year after its own ("某局2025年度法治政府建设情况报告" over "三、2026年度
    推进法治政府建设的主要安排" -> 2026), or under a heading naming none whose first line does ("三、下一步
    工作打算" / "2026年，我局将重点抓好以下工作：" -> 2026); else None."""
    if not title or (RESULTS_REPORT_TITLE.search(title) is None and SUMMARY_TITLE.search(title) is None):
        return None
    own = _AHEAD_YEAR.search(title)
    for m in _WORK_AHEAD.finditer(body):
        end = body.find("\n", m.end())
        line = body[m.start() : end if end >= 0 else len(body)]
        y = _AHEAD_YEAR.search(line) or (_OPENING_YEAR.match(body, end) if end >= 0 else None)
        if (
            y is not None
            and not _REPORTS_ON.search(line)
            and own is not None
            and int(y.group(1)) == int(own.group(1)) + 1
        ):
            return int(y.group(1))
    return None


# the line under a heading of work ahead that names no year, opening with the year it plans
# ("2026年，我局将重点抓好以下工作："), matched at the heading's line end (blank lines between)
_OPENING_YEAR = re.compile(r"\n\s*((?:19|20)\d{2})\s*年[，,]")
