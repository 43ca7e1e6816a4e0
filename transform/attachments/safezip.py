"""ZIP containers read within caps: entry count, each entry's size and the decompressed total.

`zipfile` never returns more than an entry's declared size (a lying header ends in a CRC error),
so the declared sizes bound what reading can cost: a zip bomb is refused before a byte of it is
inflated. Names stored in GBK without the UTF-8 flag (Chinese Windows zips) are decoded as GBK.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from transform.attachments import model
from transform.exceptions import AttachmentError, FileTooLarge

_UTF8_FLAG = 0x800


def _name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


@dataclass
class SafeZip:
    """An opened ZIP whose entries passed the caps; `read(name)` returns an entry's bytes."""

    zf: zipfile.ZipFile
    infos: dict[str, zipfile.ZipInfo]  # by stored name
    shown: dict[str, str]  # stored name -> decoded name

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise AttachmentError(f"missing part {name}")
        try:
            return self.zf.read(info)
        except RuntimeError as exc:  # an encrypted entry
            raise AttachmentError(f"cannot read {name}: {exc}") from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise AttachmentError(f"damaged ZIP entry {name}: {exc}") from None

    def close(self) -> None:
        self.zf.close()


def open_zip(data: bytes, budget: int = model.MAX_UNZIPPED_BYTES) -> SafeZip:
    """Open a ZIP, refusing it (`FileTooLarge`) when its entries exceed the caps."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise AttachmentError(f"damaged or truncated ZIP: {exc}") from None
    if len(infos) > model.MAX_ZIP_ENTRIES:
        raise FileTooLarge(f"{len(infos)} entries in the ZIP (cap {model.MAX_ZIP_ENTRIES})")
    total = sum(i.file_size for i in infos)
    if total > budget:
        raise FileTooLarge(f"{total} bytes decompressed (cap {budget})")
    files = {i.filename: i for i in infos if not i.is_dir()}
    return SafeZip(zf, files, {n: _name(i) for n, i in files.items()})
