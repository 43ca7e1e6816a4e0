"""Document metadata from the 信息公开 block, <meta> tags and the text itself.

The 信息公开 block comes as a table ("索引号 | 1137… | 分类 | …"), a list ("• 索 引 号:…"), or
"label: value" pairs, several per line ("索 引 号: … 分  类: …"); labels may carry inner spaces.
Dates are read in every common form (2023-07-31, 2023年07月31日, 2023 年 07 月 31 日, 2023/7/31,
二〇二三年七月三十一日) but only from date fields and date-only lines: an 索引号 such as
113717230044875813/2023-07021 or 2026-02-00018 is never read as a date.
"""
from __future__ import annotations

import re
from datetime import date

from transform.numbering import cn_to_int

FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "index_no": ("索引号", "索 引 号"),
    "category": ("主题分类", "组配分类", "信息分类", "体裁分类", "信息类别", "分类"),
    "issuer": ("发布机构", "发文机关", "发文单位", "发布单位", "公开主体", "制发机关", "信息来源", "来源"),
    "written_date": ("成文日期", "成文时间", "印发日期", "生成日期"),
    "title": ("文件标题", "文件名称", "标题", "名称"),
    "publish_date": ("发布日期", "发布时间", "公开日期", "公开时间", "发文日期"),
    "doc_number": ("发文字号", "文件编号", "文号"),
    "summary": ("内容概述", "内容摘要", "摘要"),
    "validity": ("效力状态", "有效性", "时效性", "是否有效", "效力"),
}
_SP = "[ \t\u3000]*"


def _label_pattern(label: str) -> str:
    return _SP.join(re.escape(ch) for ch in label.replace(" ", ""))


_ALL_LABELS = sorted({lab.replace(" ", "") for labs in FIELD_LABELS.values() for lab in labs}, key=len, reverse=True)
ALL_LABELS: tuple[str, ...] = tuple(_ALL_LABELS)   # every label, without spaces, longest first
_LABEL_TO_FIELD = {lab.replace(" ", ""): f for f, labs in FIELD_LABELS.items() for lab in labs}
_PAIR_RE = re.compile(
    r"(?:^|(?<=[\s|•·\-\]】>]))(?P<label>" + "|".join(_label_pattern(lab) for lab in _ALL_LABELS)
    + rf"){_SP}[:：]{_SP}")

_DATE_RE = re.compile(
    r"(?<![\d/])((?:19|20)\d{2})\s*(?:年|-|/|\.|－)\s*(\d{1,2})\s*(?:月|-|/|\.|－)\s*(\d{1,2})(?!\d)\s*日?")
_CN_DATE_RE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
_DATE_LINE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|"
                        r"[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*$")
_DOCNO_RE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号")
_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})")
_FIVE_YEAR = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
_NOTICE_TITLE = re.compile(r"(印发|转发|发布|颁布)")
_WS_RE = re.compile(r"\s")
_WS_COLON_RE = re.compile(r"[\s:：]")
_PLAN_WORDS = re.compile(r"(方案|计划|规划|任务|要点|措施|意见|行动|清单|工作安排|实施细则|纲要|攻坚)")


def parse_date(value: str | None) -> date | None:
    """First valid date in a field value; None when there is none."""
    if not value:
        return None
    for m in _DATE_RE.finditer(value):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    m = _CN_DATE_RE.search(value)
    if m:
        year = int("".join(str(_cn_digit(c)) for c in m.group(1)))
        month, day = cn_to_int(m.group(2)), cn_to_int(m.group(3))
        try:
            return date(year, month or 0, day or 0)
        except (TypeError, ValueError):
            return None
    return None


def _cn_digit(c: str) -> int:
    return 0 if c in "〇○零" else cn_to_int(c) or 0


def label_pairs(text: str) -> dict[str, str]:
    """field -> value from 'label: value' pairs and label/value table rows; the first occurrence wins."""
    out: dict[str, str] = {}
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if "|" in line:
            _table_pairs(line, out)
            line = line.replace("|", " ")
        if ":" not in line and "：" not in line:
            continue  # _PAIR_RE needs a colon after its label
        matches = list(_PAIR_RE.finditer(line))
        for k, m in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
            value = line[m.end():end].strip(" \t\u3000|•·")
            field = _LABEL_TO_FIELD[_WS_RE.sub("", m.group("label"))]
            if value and field not in out:
                out[field] = value
    return out


def _table_pairs(line: str, out: dict[str, str]) -> None:
    cells = [c.strip() for c in line.split("|")]
    for i, c in enumerate(cells[:-1]):
        key = _WS_COLON_RE.sub("", c)
        field = _LABEL_TO_FIELD.get(key)
        if field and field not in out and cells[i + 1] and not _LABEL_TO_FIELD.get(
                _WS_COLON_RE.sub("", cells[i + 1])):
            out[field] = cells[i + 1]


def metadata_line(line: str) -> bool:
    """Is this line part of the 信息公开 block (so it is not body text)?"""
    if ":" not in line and "：" not in line and "|" not in line:
        return False
    s = line.replace("|", " ").strip(" •·-\t")
    m = _PAIR_RE.match(s) or _PAIR_RE.search(s[:12])
    return bool(m and m.start() <= 2)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip(" \t\u3000|•·")
    if v in ("", "无", "-", "—", "暂无", "/", "null", "None"):
        return None
    return v


def _title_from_body(body: str) -> str | None:
    lines = [ln.strip() for ln in body.split("\n")[:30] if ln.strip()]
    for s in lines:
        if 6 <= len(s) <= 100 and not s.endswith(("。", "：", ":")) and re.search(r"关于.+的(通知|意见|决定|批复|函)", s):
            return s
    # a plan without a notice: its heading is the first short line naming a plan
    for s in lines[:3]:
        if 6 <= len(s) <= 60 and not re.search(r"[。；;，,：:]", s) and _PLAN_WORDS.search(s):
            return s
    return None


def plan_title_from(title: str | None, body: str) -> str | None:
    """The plan's own name: inside 《》 of a 印发 notice, after 印发 … 的通知, or the title itself."""
    if title:
        m = re.search(r"(?:印发|转发|发布|颁布)\s*[《〈<「]\s*(.+?)\s*[》〉>」]", title)
        if m:
            return m.group(1).strip()
        m = re.search(r"《(.+?)》", title)
        if m and _NOTICE_TITLE.search(title):
            return m.group(1).strip()
        m = re.search(r"(?:印发|转发)\s*(.+?)\s*的(?:通知|函)$", title)
        if m:
            return m.group(1).strip().strip("“”\"")
    m = re.search(r"现将\s*《(.+?)》\s*(?:印发|转发|发)", body[:3000])
    if m:
        return m.group(1).strip()
    if title and _PLAN_WORDS.search(title) and not re.search(r"的(通知|函|批复)$", title):
        return title.strip()
    return None


def plan_years(*texts: str | None) -> tuple[int | None, int | None]:
    """(start, end) year of the plan from its title: 2023—2025年, (2023-2025), 2023年 (annual), 十四五."""
    for text in texts:
        if not text:
            continue
        m = _RANGE_RE.search(text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a <= b <= a + 15:
                return a, b
        for key, span in _FIVE_YEAR.items():
            if key in text:
                return span
        m = re.search(r"(?<![\d〔\[［【(（])((?:19|20)\d{2})\s*年", text)
        if m:
            y = int(m.group(1))
            before = text[max(0, m.start() - 2):m.start()]
            if re.search(r"[到至]$", before):
                return None, y
            return y, y
        m = re.search(r"((?:19|20)\d{2})\s*年度", text)
        if m:
            y = int(m.group(1))
            return y, y
    return None, None


def _signature(head: str) -> tuple[str | None, date | None]:
    """Issuer line(s) and date under the signature of a notice head (text before the plan)."""
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line):
            d = parse_date(line)
            issuer = None
            if i > 0 and len(lines[i - 1]) <= 30 and not lines[i - 1].endswith(("。", "：", ":")):
                issuer = lines[i - 1]
                if i > 1 and len(lines[i - 2]) <= 20 and re.search(r"(委|政府|办公室|局|委员会)$", lines[i - 2]) \
                        and not lines[i - 2].endswith(("。", "：", ":")):
                    issuer = f"{lines[i - 2]} {issuer}"
            return issuer, d
    return None, None


def _doc_number_from_head(head: str) -> str | None:
    for line in head.split("\n")[:40]:
        s = line.strip()
        m = _DOCNO_RE.fullmatch(s)
        if m:
            return s
    return None


def extract_metadata(page_text: str, meta: dict[str, str], body_text: str, title_tag: str = "",
                     head_text: str | None = None) -> dict:
    """All document metadata fields of the contract (title … plan years)."""
    pairs = label_pairs(page_text)
    head = head_text if head_text is not None else body_text[:4000]
    out: dict = {
        "index_no": _clean(pairs.get("index_no")),
        "category": _clean(pairs.get("category")),
        "validity": _clean(pairs.get("validity")),
        "summary": _clean(pairs.get("summary")),
        "doc_number": _clean(pairs.get("doc_number")),
    }
    title = _clean(pairs.get("title")) or _clean(meta.get("articletitle")) or _clean(meta.get("title")) \
        or _title_from_body(body_text) or _clean(_strip_site(title_tag))
    out["title"] = title
    sig_issuer, sig_date = _signature(head)
    issuer = _clean(pairs.get("issuer")) or _clean(meta.get("contentsource"))
    if not issuer and title and "关于" in title:
        pre = title.split("关于", 1)[0].strip()
        if re.search(r"(政府|办公室|委员会|县委|市委|区委|党委|委|局|厅|部|中心|办)$", pre):
            issuer = pre
    out["issuer"] = issuer or sig_issuer
    out["written_date"] = parse_date(pairs.get("written_date"))
    out["publish_date"] = (parse_date(pairs.get("publish_date"))
                           or parse_date(meta.get("pubdate")) or parse_date(meta.get("publishdate"))
                           or parse_date(meta.get("firstpublishedtime")) or parse_date(meta.get("createdate"))
                           or sig_date or out["written_date"])
    if not out["doc_number"]:
        out["doc_number"] = _doc_number_from_head(head)
    plan_title = plan_title_from(title, body_text)
    out["plan_title"] = plan_title
    start, end = plan_years(plan_title, title if title and _PLAN_WORDS.search(title) else None)
    if start is None and end is None and plan_title:
        start, end = plan_years(_heading_line_with(body_text, plan_title))
    out["plan_start_year"], out["plan_end_year"] = start, end
    return out


def _heading_line_with(body: str, plan_title: str) -> str | None:
    stem = _WS_RE.sub("", plan_title)[:8]
    for line in body.split("\n")[:60]:
        s = _WS_RE.sub("", line)
        if stem and s.startswith(stem) and len(s) <= len(plan_title) + 20:
            return s
    return None


def _strip_site(title_tag: str) -> str:
    """'关于…的通知_某县人民政府' -> '关于…的通知': drop a short site name after _ | - —."""
    if not title_tag:
        return ""
    parts = re.split(r"\s*(?:_|\||\s-\s|－|——)\s*", title_tag.strip())
    while len(parts) > 1 and len(parts[-1]) <= 16:
        parts.pop()
    return parts[0] if len(parts) == 1 else " ".join(parts)
