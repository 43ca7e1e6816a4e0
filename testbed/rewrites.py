"""Gold-preserving rewrites of a plan text: the same plan written the way other real pages write it.

A plan copied from a PDF has one line per printed line; a Word document typed in full-width mode
prints `２０２３年`; a page copied from HTML carries no-break spaces; a county writes `建设三个` where
another writes `建设3个`. Each rewrite here changes how a text is written and nothing it says, so the
gold answers of a corpus still hold for the rewritten text (`rewrite_gold` converts the gold strings
where the rewrite changes characters the output prints, as `trad` does). `benchmarks robustness`
scores the dev corpus under each rewrite beside the unrewritten one: a parser that reads real pages,
not the dev corpus, loses little under any of them.

Every rewrite is deterministic (a text's own hash picks its variant), so two runs compare.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from testbed.layout_rewrites import (
    cells_on_lines,
    other_role_labels,
    role_clauses,
    row_cells,
    spaced_headings,
    spaced_markers,
    swapped_columns,
    text_seed,
    wrapped_title,
)

_NO_LINE_START = "，。、；：）》”’！？,.;:)%"  # a typesetter never starts a line with these
_ROLE_LINE = re.compile(r"^\s*[（(]?(?:牵头|责任|配合|参与|协办|主办|主责|协助|承办)(?:单位|部门)")
_seed = text_seed
_CN_DIGITS = "零一二三四五六七八九"
_DATE_DIGITS = "〇一二三四五六七八九"
_COUNT_WORDS = "个所家项条座名户"
_UNIT_START = "万亿元吨个家人户亩公里项所座台辆套名平方米"


@dataclass(frozen=True)
class Rewrite:
    name: str
    about: str
    apply: Callable[[str], str]


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def _wrap_line(line: str, width: int) -> list[str]:
    """One printed paragraph as the lines of a page `width` characters wide (ASCII half width);
    no line starts with a closing punctuation mark and no Latin or digit run is broken."""
    out: list[str] = []
    cur, used = "", 0.0
    for j, ch in enumerate(line):
        in_word = j > 0 and ch.isascii() and ch.isalnum() and line[j - 1].isascii() and line[j - 1].isalnum()
        if used + _width(ch) > width and cur and ch not in _NO_LINE_START and not in_word:
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += _width(ch)
    out.append(cur)
    return out


def pdf_wrap(text: str) -> str:
    """Prose wrapped at a fixed width of 28–39 characters with a page number every 22 lines, as
    text copied from a PDF or read from a scan; table rows ("|" or tabs) stay whole."""
    width = 28 + _seed(text) % 12
    printed: list[str] = []
    for line in text.split("\n"):
        printed.extend([line] if "|" in line or "\t" in line else _wrap_line(line, width))
    out: list[str] = []
    for i, line in enumerate(printed, 1):
        out.append(line)
        if i % 22 == 0:
            out.append(f"— {i // 22} —")
    return "\n".join(out)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def stray_spaces(text: str) -> str:
    """A space inside about one in 40 pairs of Chinese characters (`增 长`, `县发改 局`), as a PDF
    converter leaves where it met a wide gap between two glyphs (justified lines)."""
    import random

    rng = random.Random(_seed(text))
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 < len(text) and _cjk(ch) and _cjk(text[i + 1]) and rng.random() < 0.025:
            out.append(" ")
    return "".join(out)


def full_width_digits(text: str) -> str:
    """Digits and % in full width (`２０２３年`, `８％`), as a Word document typed in full-width mode."""
    return text.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))


def no_break_spaces(text: str) -> str:
    """Every space and ideographic space as U+00A0, as text copied out of a web page."""
    return text.replace("\u3000", "\u00a0").replace(" ", "\u00a0")


def _chinese(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else _CN_DIGITS[tens] + "十") + (_CN_DIGITS[ones] if ones else "")


_COUNT = re.compile(r"(?<![\d.\-—~～/:：])([1-9]\d?)(?=[" + _COUNT_WORDS + r"])")


def chinese_counts(text: str) -> str:
    """Counts of 1–99 before a measure word in Chinese numerals (`建设3个` -> `建设三个`)."""
    return _COUNT.sub(lambda m: _chinese(int(m.group(1))), text)


_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)%")


def spelled_percent(text: str) -> str:
    """`8%` as `百分之8`."""
    return _PERCENT.sub(lambda m: "百分之" + m.group(1), text)


_BEFORE_UNIT = re.compile(r"(?<=\d)(?=[" + _UNIT_START + r"])")


def spaced_units(text: str) -> str:
    """A space between a number and its unit (`418 亿元`)."""
    return _BEFORE_UNIT.sub(" ", text)


_LONG_NUMBER = re.compile(r"(?<![\d.,])(\d{4,})(?=(?:\.\d+)?[" + _UNIT_START + r"])")


def grouped_digits(text: str) -> str:
    """Thousands separators in numbers with a unit (`14500座` -> `14,500座`; years stay)."""
    return _LONG_NUMBER.sub(lambda m: f"{int(m.group(1)):,}", text)


def _cells(text: str, sep: str) -> str:
    rows = (re.sub(r"\s*\|\s*", sep, line).strip(sep) if "|" in line else line for line in text.split("\n"))
    return "\n".join(rows)


def tab_tables(text: str) -> str:
    """Table rows printed with tabs between cells instead of "|"."""
    return _cells(text, "\t")


def spaced_tables(text: str) -> str:
    """Table rows printed with runs of spaces between cells instead of "|"."""
    return _cells(text, "   ")


def no_final_stops(text: str) -> str:
    """No 。 at the end of a line (lists and tables often print none)."""
    return "\n".join(line[:-1] if line.endswith("。") else line for line in text.split("\n"))


_ITEM = re.compile(r"(?m)^(\s*\d{1,2})([.．、])(?!\d)")
_SEPARATORS = (".", "、", "．", ". ", " ")


def other_item_marks(text: str) -> str:
    """Arabic item numbers with another separator (`1.` / `1、` / `1．` / `1 `), one per text."""
    k = _seed(text[:100]) % len(_SEPARATORS)
    mine, other = _SEPARATORS[k], _SEPARATORS[(k + 1) % len(_SEPARATORS)]
    return _ITEM.sub(lambda m: m.group(1) + (other if m.group(2) == mine.strip() else mine), text)


def units_on_item_line(text: str) -> str:
    """A unit line (`牵头单位：…`) printed on the line of the item above it."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and out[-1].strip() and "|" not in out[-1] and _ROLE_LINE.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_DATE = re.compile(r"(?<!\d)(20\d\d)年(\d{1,2})月(\d{1,2})日")


def chinese_dates(text: str) -> str:
    """Dates in Chinese numerals (`2023年7月31日` -> `二〇二三年七月三十一日`), as official signatures."""

    def spelled(m: re.Match[str]) -> str:
        year = "".join(_DATE_DIGITS[int(c)] for c in m.group(1))
        return f"{year}年{_chinese(int(m.group(2)))}月{_chinese(int(m.group(3)))}日"

    return _DATE.sub(spelled, text)


_HALF_PUNCT = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


def half_width_punctuation(text: str) -> str:
    """Commas, semicolons, colons and brackets in ASCII (`到2025年,产值达到418亿元;`), as mirrors and
    pages typed with a half-width input method print them."""
    return text.translate(_HALF_PUNCT)


_YEAR = re.compile(r"(?<![\d.])(20\d\d)(?=年(?!\d{1,2}月)|\s*[—－\-~～至到]\s*20\d\d年)")


def chinese_years(text: str) -> str:
    """Years in Chinese numerals (`到二〇二五年`, `（二〇二四—二〇二六年）`), as formal documents and
    their titles print them; a date with its month in digits keeps its year in digits (`cndate`
    spells whole dates)."""
    return _YEAR.sub(lambda m: "".join(_DATE_DIGITS[int(c)] for c in m.group(1)), text)


_ISO_DATE = re.compile(r"(?<![\d\-])(20\d\d)-(\d\d)-(\d\d)(?![\d\-])")
_DATE_FORMS: tuple[Callable[[str, str, str], str], ...] = (
    lambda y, m, d: f"{y}年{int(m)}月{int(d)}日",
    lambda y, m, d: f"{y}/{m}/{d}",
    lambda y, m, d: f"{y}.{m}.{d}",
    lambda y, m, d: f"{y}年{m}月{d}日",
)


def other_date_forms(text: str) -> str:
    """`2024-03-29` as `2024年3月29日`, `2024/03/29`, `2024.03.29` or `2024年03月29日`, one form per
    text: portals print their publish dates every way."""
    form = _DATE_FORMS[_seed(text) % len(_DATE_FORMS)]
    return _ISO_DATE.sub(lambda m: form(*m.groups()), text)


def pdf_copy(text: str) -> str:
    """The rewrites a PDF-to-text converter makes at once: a space between a number and its unit,
    stray spaces inside words, lines wrapped at a fixed width with page numbers between pages."""
    return pdf_wrap(stray_spaces(spaced_units(text)))


def _traditional(text: str) -> str:
    return _opencc("s2t").convert(text)


def _opencc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _blank_lines(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def _indented(text: str) -> str:
    return "\n".join(("\u3000\u3000" + line) if line.strip() else line for line in text.split("\n"))


def _blocks(text: str) -> list[tuple]:
    """The text as paragraphs and tables: a run of "|" rows is one table (rows padded to one width)."""
    blocks: list[tuple] = []
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            width = max(len(r) for r in rows)
            blocks.append(("t", [r + [""] * (width - len(r)) for r in rows]))
            rows.clear()

    for line in text.split("\n"):
        if "|" in line:
            rows.append(row_cells(line))
            continue
        table()
        if line.strip():
            blocks.append(("p", line.strip()))
    table()
    return blocks


def pdf_file(text: str) -> bytes:
    """The text as a PDF file (A4, a paragraph per line, "|" rows as ruled tables): read through the
    attachment reader, as a plan published as a PDF."""
    from testbed.sites.attachfiles import pdf_bytes

    blocks = _blocks(text)
    try:
        return pdf_bytes(blocks)
    except ValueError:  # a table too wide for its natural column widths (reportlab's error)
        return pdf_bytes(blocks, fit_tables=True)


def docx_file(text: str) -> bytes:
    """The text as a DOCX file (a paragraph per line, "|" rows as tables)."""
    from testbed.sites.attachfiles import docx_bytes

    return docx_bytes(_blocks(text))


@dataclass(frozen=True)
class Rendering:
    name: str
    about: str
    suffix: str
    render: Callable[[str], bytes]


RENDERINGS: dict[str, Rendering] = {
    r.name: r
    for r in (
        Rendering(
            "pdf", "a PDF file, read by the attachment reader (plans published as PDF)", ".pdf", pdf_file
        ),
        Rendering("docx", "a DOCX file, read by the attachment reader", ".docx", docx_file),
    )
}


_ALL = (
    Rewrite(
        "pdfwrap", "prose wrapped at a fixed width, page numbers between pages (PDF copy, OCR)", pdf_wrap
    ),
    Rewrite("strayspace", "stray spaces inside words (PDF conversion of justified lines)", stray_spaces),
    Rewrite("fwdigits", "full-width digits and ％ (Word in full-width mode)", full_width_digits),
    Rewrite("nbsp", "no-break spaces for spaces (text copied from HTML)", no_break_spaces),
    Rewrite("cnnum", "counts 1–99 in Chinese numerals (建设三个)", chinese_counts),
    Rewrite("pct", "百分之N for N%", spelled_percent),
    Rewrite("numspace", "a space between a number and its unit", spaced_units),
    Rewrite("numcomma", "thousands separators", grouped_digits),
    Rewrite("tabs", "table cells separated by tabs", tab_tables),
    Rewrite("spaces", "table cells separated by spaces", spaced_tables),
    Rewrite("noperiod", "no 。 at line ends", no_final_stops),
    Rewrite("numswap", "another separator after arabic item numbers", other_item_marks),
    Rewrite("unitline", "unit lines on the item's line", units_on_item_line),
    Rewrite("cndate", "dates in Chinese numerals", chinese_dates),
    Rewrite("trad", "traditional characters (OpenCC s2t)", _traditional),
    Rewrite("blank", "a blank line between all lines", _blank_lines),
    Rewrite("indent", "paragraphs indented with two ideographic spaces", _indented),
    Rewrite("halfpunct", "commas, colons, semicolons and brackets in ASCII", half_width_punctuation),
    Rewrite("labels", "other role labels of the same family (牵头部门, 协办单位)", other_role_labels),
    Rewrite("cellines", "table cells one per line, empty cells left out", cells_on_lines),
    Rewrite("colswap", "table columns after the work column in reverse order", swapped_columns),
    Rewrite("cnyear", "years in Chinese numerals (二〇二五年)", chinese_years),
    Rewrite("spacedhead", "short headings letter-spaced (工 作 目 标)", spaced_headings),
    Rewrite("markspace", "a tab or space after item markers", spaced_markers),
    Rewrite("datefmt", "dates as 2024年3月29日, 2024/03/29 or 2024.03.29 for 2024-03-29", other_date_forms),
    Rewrite("titlewrap", "a long title line printed over two lines", wrapped_title),
    Rewrite("clauses", "labelled units as a clause: （A牵头，B配合）", role_clauses),
    Rewrite("pdfcopy", "numspace, strayspace and pdfwrap at once (a PDF converter's text)", pdf_copy),
)
REWRITES: dict[str, Rewrite] = {r.name: r for r in _ALL}


_PRINTED: dict[str, Callable[[str], str]] = {"trad": _traditional, "cnyear": chinese_years}


def rewrite_gold(name: str, gold: Any) -> Any:
    """The gold answers of a rewritten text: unchanged, but for the rewrites whose changes the output
    prints (`trad`: traditional characters; `cnyear`: years in titles and task titles), whose gold
    strings are rewritten the same way (publish dates and numbers stay)."""
    convert = _PRINTED.get(name)
    if convert is None:
        return gold

    def walk(obj: Any, key: str = "") -> Any:
        if isinstance(obj, str):
            return obj if key == "publish_date" else convert(obj)
        if isinstance(obj, list):
            return [walk(x, key) for x in obj]
        if isinstance(obj, dict):
            return {k: walk(v, k) for k, v in obj.items()}
        return obj

    return walk(gold)
