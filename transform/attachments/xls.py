"""XLS and ET (WPS spreadsheets, the same BIFF8 workbook inside an OLE file) -> text, every sheet
as a grid with its merged ranges, through xlrd."""

from __future__ import annotations

from transform.attachments import grid, model
from transform.attachments.model import FileText
from transform.attachments.xlsx import number_text
from transform.exceptions import AttachmentError, FileTooLarge, UnsupportedFile


def read_xls(data: bytes, fmt: str = "xls") -> FileText:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet())
    except xlrd.biffh.XLRDError as exc:
        text = str(exc)
        if "encrypt" in text.lower() or "password" in text.lower():
            raise UnsupportedFile(f"encrypted workbook: {text}") from None
        raise AttachmentError(f"unreadable workbook: {text}") from None
    except (AssertionError, IndexError, KeyError, ValueError, TypeError, EOFError, OSError) as exc:
        raise AttachmentError(f"damaged workbook: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []
    budget = model.MAX_CELLS
    try:
        n_sheets = book.nsheets
        for i in range(n_sheets):
            sheet = book.sheet_by_index(i)
            if sheet.nrows > model.MAX_ROWS or sheet.ncols > model.MAX_COLUMNS:
                raise FileTooLarge(f"sheet {sheet.name}: {sheet.nrows} rows, {sheet.ncols} columns")
            budget -= sheet.nrows * sheet.ncols
            if budget < 0:
                raise FileTooLarge(f"more than {model.MAX_CELLS} cells")
            cells = [[_cell(book, sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
            spans = {(rlo, clo): (rhi - 1, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells}
            lines.extend(grid.render(grid.Grid(cells, spans)))
            book.unload_sheet(i)
    finally:
        book.release_resources()
    return FileText(fmt, text="\n".join(lines), pages=n_sheets)


def _cell(book, cell) -> str:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
        return f"{when.year}年{when.month}月{when.day}日"
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return number_text(repr(cell.value))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return str(cell.value)


class _Quiet:
    """xlrd's log file: its warnings about odd records are not ours to print."""

    def write(self, _text: str) -> None:
        return None
