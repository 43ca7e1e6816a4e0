"""Files beside the tables under the warehouse root (local folder or object store): uploaded
pages (Data Docs, run reports) and markers (small durable facts, one empty file each)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from warehouse.exceptions import WarehouseError


class ObjectFiles:
    """Mixed into `warehouse.store.Warehouse` (which sets `root`, `remote`, `storage_options`)."""

    root: str
    storage_options: dict[str, str]

    @property
    def remote(self) -> bool:
        raise NotImplementedError

    def object_store(self) -> tuple[Any, str]:
        """(pyarrow S3 filesystem, `bucket/prefix`) of an object-store root, with the storage options."""
        from urllib.parse import urlparse

        from pyarrow import fs

        if not self.remote:
            raise WarehouseError("the warehouse root is a local folder, not an object store")
        url = urlparse(self.root)
        if url.scheme not in ("s3", "s3a"):
            raise WarehouseError(f"{url.scheme}:// roots are not supported for files beside the tables")
        o = self.storage_options
        kwargs: dict[str, Any] = {
            "access_key": o.get("AWS_ACCESS_KEY_ID"),
            "secret_key": o.get("AWS_SECRET_ACCESS_KEY"),
            "session_token": o.get("AWS_SESSION_TOKEN"),
            "region": o.get("AWS_REGION"),
        }
        endpoint = o.get("AWS_ENDPOINT_URL") or o.get("AWS_ENDPOINT")
        if endpoint:
            ep = urlparse(endpoint)
            kwargs["endpoint_override"] = ep.netloc or ep.path
            kwargs["scheme"] = ep.scheme or "https"
        return fs.S3FileSystem(
            **{k: v for k, v in kwargs.items() if v}
        ), f"{url.netloc}{url.path.rstrip('/')}"

    def upload(self, local: str | Path, relative: str) -> str:
        """Copy a local file to `<root>/<relative>` (object-store roots; e.g. the Data Docs pages).
        Returns the URI written. Uses pyarrow's S3 filesystem with the same storage options."""
        s3, base = self.object_store()
        dest = f"{base}/{relative.lstrip('/')}"
        with open(local, "rb") as src, s3.open_output_stream(dest) as out:
            out.write(src.read())
        return f"{self.root.split('://', 1)[0]}://{dest}"

    # --- markers: small durable facts beside the tables (one empty file or object each) -------
    def add_marker(self, folder: str, name: str) -> None:
        """Record `name` under `<root>/<folder>/` durably (it survives this process being killed)."""
        if not re.fullmatch(r"[\w.-]+", folder) or not re.fullmatch(r"[\w.-]+", name):
            raise WarehouseError(f"bad marker {folder}/{name}")
        if self.remote:
            s3, base = self.object_store()
            with s3.open_output_stream(f"{base}/{folder}/{name}") as out:
                out.write(b"")
            return
        path = Path(self.root) / folder
        path.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path / name, os.O_WRONLY | os.O_CREAT, 0o644))

    def markers(self, folder: str) -> list[str]:
        """The names recorded under `<root>/<folder>/`."""
        if self.remote:
            from pyarrow import fs

            s3, base = self.object_store()
            infos = s3.get_file_info(fs.FileSelector(f"{base}/{folder}", allow_not_found=True))
            return sorted(i.base_name for i in infos if i.type == fs.FileType.File)
        path = Path(self.root) / folder
        return sorted(p.name for p in path.iterdir() if p.is_file()) if path.is_dir() else []

    def drop_markers(self, folder: str, names: list[str]) -> None:
        if self.remote and names:
            s3, base = self.object_store()
            for name in names:
                try:
                    s3.delete_file(f"{base}/{folder}/{name}")
                except (FileNotFoundError, OSError):
                    pass
            return
        for name in names:
            (Path(self.root) / folder / name).unlink(missing_ok=True)
