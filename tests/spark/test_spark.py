"""The Spark job in local mode: the same records as the command line.

Skips (saying why) without pyspark or a Java runtime; CI has both (pyspark
is in the test extra, Java 17 on the machine)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dehusk.batch.schema import from_row
from dehusk.cli import main
from tests.warcfile import write_warc

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'dehusk[spark]')")
pytest.importorskip("pyarrow", reason="reading the job's Parquet needs pyarrow")
pytest.importorskip("fastwarc", reason="reading WARC files needs the warc extra")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs a Java runtime (none on PATH, no JAVA_HOME)",
                allow_module_level=True)

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "pages"


def spark_env() -> dict[str, str]:
    return {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1",
            "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO),
                                           os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("warcs")
    slugs = ["news-article-comments", "blog-post", "product-page", "tables-and-code",
             "windows-1252-nodecl", "cookie-wall"]
    pages = [(f"https://example.org/{slug}", next((PAGES / slug).glob("page.*")).read_bytes(),
              "text/html; charset=utf-8" if "1252" not in slug else "text/html")
             for slug in slugs]
    first = write_warc(root / "a.warc.gz", pages[:4] + [
        ("https://example.org/broken", b"\x00\x01\x02 binary", "text/html"),
        ("https://example.org/logo.png", b"\x89PNG", "image/png")])  # not HTML: skipped
    second = write_warc(root / "b.warc.gz", pages[4:])
    return [str(first), str(second)]


def cli_records(warcs: list[str], out: Path) -> list[dict]:
    main(warcs + ["-o", str(out), "--format", "json"])
    return [json.loads(line) for line in out.read_text().splitlines()]


def by_source(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: r["source"])


def test_the_job_gives_the_records_of_the_command_line(warcs, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    job = subprocess.run([sys.executable, "-m", "dehusk.spark", *warcs, "--output", str(out),
                          "--master", "local[2]"], env=spark_env(), capture_output=True,
                         text=True, timeout=600)
    assert job.returncode == 0, job.stderr[-3000:]
    summary = json.loads(job.stdout.strip().splitlines()[-1])
    assert summary["records"] == 7 and summary["by_reason"]["not_html"] == 1
    spark_records = [from_row(row) for row in pq.read_table(str(out)).to_pylist()]
    expected = cli_records(warcs, tmp_path / "cli.jsonl")
    assert len(expected) == 7
    assert by_source(spark_records) == by_source(expected)


def test_extract_warc_files_reads_through_spark(warcs, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in spark_env().items():
        monkeypatch.setenv(name, value)
    from pyspark.sql import SparkSession

    from dehusk.spark import extract_warc_files, spark_schema

    spark = (SparkSession.builder.master("local[2]").appName("dehusk-test")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
    try:
        df = extract_warc_files(spark, str(Path(warcs[0]).parent / "*.warc.gz"))
        assert df.schema == spark_schema()
        rows = [from_row(row.asDict(recursive=True)) for row in df.collect()]
    finally:
        spark.stop()
    expected = cli_records(warcs, tmp_path / "cli.jsonl")
    # binaryFiles names a file by URI ("file:/..."): the rest of each record is the same.
    for record in rows:
        uri = record["warc_file"]
        record["warc_file"] = uri.removeprefix("file:")
        record["source"] = record["source"].replace(uri, record["warc_file"], 1)
    assert by_source(rows) == by_source(expected)
