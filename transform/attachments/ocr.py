"""OCR of scanned PDF pages and images, behind a flag (`--ocr`, off by default).

Uses RapidOCR, which ships its own models inside the package (nothing is downloaded at run
time): `pip install rapidocr_onnxruntime` (or `rapidocr`). Without it, OCR is refused with a
clear error and the file stays `scanned`. Pages are rendered by PDFium at 2x (144 dpi); the
recognised lines are put back in reading order (top to bottom, then left to right).
"""

from __future__ import annotations

import functools
from typing import Any

from transform.exceptions import UnsupportedFile

_SCALE = 2.0


@functools.cache
def engine() -> Any:
    """The RapidOCR engine (loaded once), or UnsupportedFile when no RapidOCR is installed."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        try:
            from rapidocr import RapidOCR
        except ImportError:
            raise UnsupportedFile(
                "OCR asked for, but RapidOCR is not installed (pip install rapidocr_onnxruntime)"
            ) from None
    return RapidOCR()


def _lines(result: Any) -> list[str]:
    """Recognised boxes -> lines in reading order (both RapidOCR result shapes)."""
    if isinstance(result, tuple):  # rapidocr_onnxruntime: (items, elapsed)
        result = result[0]
    items: list[tuple[float, float, str]] = []
    if result is None:
        return []
    if hasattr(result, "txts"):  # rapidocr 2+: an output object
        for box, text in zip(
            result.boxes if result.boxes is not None else [], result.txts or (), strict=False
        ):
            items.append((float(box[0][1]), float(box[0][0]), str(text)))
    else:
        for box, text, *_ in result:
            items.append((float(box[0][1]), float(box[0][0]), str(text)))
    items.sort()
    lines: list[list[tuple[float, float, str]]] = []
    for y, x, text in items:
        if lines and abs(lines[-1][0][0] - y) < 12:
            lines[-1].append((y, x, text))
        else:
            lines.append([(y, x, text)])
    return ["".join(t for _, _, t in sorted(line, key=lambda i: i[1])) for line in lines]


def ocr_image(image: Any) -> list[str]:
    """Lines of a PIL image."""
    import numpy as np

    return _lines(engine()(np.asarray(image.convert("RGB"))))


def ocr_pdf(pdf: Any, n: int) -> str:
    """The text of a PDF's pages by OCR (the caller holds PDFium's lock)."""
    out: list[str] = []
    for i in range(n):
        page = pdf[i]
        try:
            image = page.render(scale=_SCALE).to_pil()
        finally:
            page.close()
        out.extend(ocr_image(image))
    return "\n".join(out)
