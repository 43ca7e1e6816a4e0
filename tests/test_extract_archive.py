"""The content-addressed raw archive, on a local folder and on S3 (moto server on loopback)."""
from __future__ import annotations

import gzip
import hashlib
import os

import pytest

from extract.archive import RawArchive
from extract.exceptions import ArchiveCorrupt, ArchiveError, ArchiveMissing


def test_put_get_layout_and_idempotence(tmp_path):
    archive = RawArchive(tmp_path)
    data = "成武县 重点工作任务".encode("gb18030")
    sha = archive.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    path = tmp_path / "raw" / sha[:2] / sha[2:4] / f"{sha}.gz"
    assert path.is_file() and gzip.decompress(path.read_bytes()) == data
    mtime = path.stat().st_mtime_ns
    assert archive.put(data) == sha and path.stat().st_mtime_ns == mtime        # not rewritten
    assert archive.has(sha) and archive.get(sha) == data
    assert not any(name.startswith(".tmp-") for _, _, files in os.walk(tmp_path) for name in files)
    with pytest.raises(ArchiveMissing):
        archive.get("0" * 64)


def test_paths_never_come_from_outside(tmp_path):
    archive = RawArchive(tmp_path)
    for bad in ("../../etc/passwd", "ab", "A" * 64):
        with pytest.raises(ArchiveError, match="sha256"):
            archive.path(bad)
    with pytest.raises(ArchiveError, match="bad relative path"):
        archive.write_file("../escape.txt", b"x")


def test_corruption_is_detected(tmp_path):
    archive = RawArchive(tmp_path)
    sha = archive.put(b"original")
    (tmp_path / archive.relpath(sha)).write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(ArchiveCorrupt, match="corrupt"):
        archive.get(sha)


@pytest.mark.s3
def test_s3_archive_on_moto(tmp_path):
    boto3 = pytest.importorskip("boto3")
    moto_server = pytest.importorskip("moto.server")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="k",
                     aws_secret_access_key="s").create_bucket(Bucket="pw-raw")
        opts = {"AWS_ACCESS_KEY_ID": "k", "AWS_SECRET_ACCESS_KEY": "s", "AWS_ENDPOINT_URL": endpoint,
                "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}
        archive = RawArchive("s3://pw-raw/prefix", opts)
        sha = archive.put(b"<html>page</html>")
        assert archive.has(sha) and archive.get(sha) == b"<html>page</html>"
        assert archive.put(b"<html>page</html>") == sha
        keys = [o["Key"] for o in boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                                                aws_access_key_id="k", aws_secret_access_key="s")
                .list_objects_v2(Bucket="pw-raw")["Contents"]]
        assert keys == [f"prefix/raw/{sha[:2]}/{sha[2:4]}/{sha}.gz"]
        archive.write_file("raw/journal/r1.jsonl", b"{}\n")
        assert archive.list_files("raw/journal") == ["r1.jsonl"] and archive.read_file("raw/journal/r1.jsonl") == b"{}\n"
        assert archive.list_files("raw/nothing") == []
    finally:
        server.stop()
