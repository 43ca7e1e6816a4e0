"""The raw archive: every fetched body, gzip-compressed, keyed by its sha256.

Layout: `<root>/raw/ab/cd/<sha256>.gz` (ab, cd = first hex digits). The path is derived from
the hash only, never from a URL, so a hostile URL cannot write outside the archive. Writes are
atomic (temp file + rename locally; a single object PUT on object storage) and idempotent. A
blob is checked against its hash when read (`get`) and before a write is skipped (`put`): a
corrupt blob is written again when its bytes are fetched again.
Root is a local folder or `s3://bucket/prefix` (storage options as for the warehouse).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import re
import tempfile
import zlib
from pathlib import Path
from typing import Any

from extract.exceptions import ArchiveCorrupt, ArchiveError, ArchiveMissing
from planwatch.crashpoints import crash_point
from planwatch.storage import parse_storage_options

_SHA = re.compile(r"^[0-9a-f]{64}$")
log = logging.getLogger(__name__)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _s3_filesystem(options: dict[str, str]):
    """A pyarrow S3FileSystem from delta-rs style options (AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL …)."""
    from pyarrow import fs

    low = {k.lower(): v for k, v in options.items()}

    def opt(*names: str) -> str | None:
        for n in names:
            if low.get(n):
                return low[n]
        return None

    kwargs: dict[str, Any] = {}
    if opt("aws_access_key_id", "access_key_id", "access_key"):
        kwargs["access_key"] = opt("aws_access_key_id", "access_key_id", "access_key")
        kwargs["secret_key"] = opt("aws_secret_access_key", "secret_access_key", "secret_key")
        if opt("aws_session_token", "session_token"):
            kwargs["session_token"] = opt("aws_session_token", "session_token")
    region = opt("aws_region", "region")
    if region:
        kwargs["region"] = region
    endpoint = opt("aws_endpoint_url", "aws_endpoint", "endpoint_url", "endpoint")
    if endpoint:
        scheme, _, rest = endpoint.partition("://")
        if rest:
            kwargs["scheme"] = scheme
            kwargs["endpoint_override"] = rest.rstrip("/")
        else:
            kwargs["endpoint_override"] = endpoint
        kwargs.setdefault("region", "us-east-1")
    if (opt("aws_allow_http", "allow_http") or "").lower() == "true":
        kwargs.setdefault("scheme", "http")
    return fs.S3FileSystem(**kwargs)


class RawArchive:
    """Content-addressed store of raw page bodies under `<root>/raw/`."""

    def __init__(self, root: str | Path, storage_options: str | dict | None = None) -> None:
        root = str(root)
        self.root = root
        self._fs = None
        self.repaired = 0  # blobs found corrupt and written again by `put`
        if "://" in root and not root.startswith("file://"):
            scheme, _, rest = root.partition("://")
            if scheme not in ("s3", "s3a"):
                raise ArchiveError(f"unsupported archive root scheme {scheme!r} (local path or s3://)")
            self._fs = _s3_filesystem(parse_storage_options(storage_options))
            self._base = rest.rstrip("/")
        else:
            self._base = str(Path(root.removeprefix("file://")))

    # -- paths -----------------------------------------------------------------------------
    def relpath(self, sha: str) -> str:
        if not _SHA.match(sha):
            raise ArchiveError(f"not a sha256 hex digest: {sha!r}")
        return f"raw/{sha[:2]}/{sha[2:4]}/{sha}.gz"

    def _full(self, rel: str) -> str:
        return f"{self._base}/{rel}" if self._fs is not None else str(Path(self._base) / rel)

    def path(self, sha: str) -> str:
        return self._full(self.relpath(sha))

    # -- API -------------------------------------------------------------------------------
    def has(self, sha: str) -> bool:
        full = self.path(sha)
        if self._fs is None:
            return os.path.isfile(full)
        from pyarrow import fs

        return self._fs.get_file_info(full).type == fs.FileType.File

    def put(self, data: bytes) -> str:
        """Store a body; return its sha256. Storing the same bytes again does nothing, unless the
        stored blob no longer hashes to its name: then it is written again (repaired)."""
        sha = sha256_hex(data)
        if self.has(sha):
            if self.verify(sha):
                return sha
            log.warning("archive entry %s was unreadable or corrupt: written again", sha)
            self.repaired += 1
        self._write(self.relpath(sha), gzip.compress(data, compresslevel=6, mtime=0))
        return sha

    def verify(self, sha: str) -> bool:
        """Whether the blob is there and its bytes hash to its name."""
        try:
            self.get(sha)
        except (ArchiveError, OSError):
            return False
        return True

    def get(self, sha: str) -> bytes:
        full = self.path(sha)
        if self._fs is None:
            try:
                with open(full, "rb") as fh:
                    raw = fh.read()
            except FileNotFoundError:
                raise ArchiveMissing(sha) from None
        else:
            try:
                with self._fs.open_input_stream(full) as fh:
                    raw = fh.read()
            except FileNotFoundError:
                raise ArchiveMissing(sha) from None
        try:
            data = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:  # truncated or garbled gzip
            raise ArchiveCorrupt(f"archive entry {sha} is corrupt ({type(exc).__name__})") from None
        if sha256_hex(data) != sha:
            raise ArchiveCorrupt(f"archive entry {sha} is corrupt (hash mismatch)")
        return data

    def write_file(self, rel: str, data: bytes) -> str:
        """Write a non-content file (a run journal) under the root; `rel` is a fixed relative path."""
        if rel.startswith("/") or ".." in rel.split("/"):
            raise ArchiveError(f"bad relative path {rel!r}")
        self._write(rel, data)
        return self._full(rel)

    @property
    def can_append(self) -> bool:
        """Whether `append_file` works (a local folder; object stores have no appends)."""
        return self._fs is None

    def append_file(self, rel: str, data: bytes) -> None:
        """Append to a non-content file under a local root, flushed to the OS at once (a killed
        process loses nothing it appended)."""
        if self._fs is not None:
            raise ArchiveError("append_file: object stores cannot append")
        if rel.startswith("/") or ".." in rel.split("/"):
            raise ArchiveError(f"bad relative path {rel!r}")
        full = self._full(rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        fd = os.open(full, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    def read_file(self, rel: str) -> bytes:
        full = self._full(rel)
        if self._fs is None:
            return Path(full).read_bytes()
        with self._fs.open_input_stream(full) as fh:
            return fh.read()

    def list_files(self, rel_dir: str) -> list[str]:
        """Names of the files directly under a relative folder (empty when it does not exist)."""
        full = self._full(rel_dir)
        if self._fs is None:
            return sorted(p.name for p in Path(full).glob("*") if p.is_file()) if Path(full).is_dir() else []
        from pyarrow import fs

        infos = self._fs.get_file_info(fs.FileSelector(full, allow_not_found=True))
        return sorted(i.base_name for i in infos if i.type == fs.FileType.File)

    def _write(self, rel: str, data: bytes) -> None:
        full = self._full(rel)
        if self._fs is not None:
            with self._fs.open_output_stream(full) as out:
                out.write(data)
            return
        directory = os.path.dirname(full)
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            crash_point("archive.before_rename")  # crash suites: killed mid-archive write
            os.replace(tmp, full)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
