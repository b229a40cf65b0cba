"""The Spark functions behind :mod:`dehusk.spark` (see its docstring)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..batch.runner import extract_source
from ..batch.schema import ATTEMPT_FIELDS, COLUMN_NAMES, COLUMNS, COMMENT_FIELDS, to_row
from ..batch.warc import iter_warc, iter_warc_stream
from ..errors import DehuskError
from ..options import Options


class MissingSparkError(DehuskError):
    reason = "missing_extra"


def _types() -> Any:
    try:
        from pyspark.sql import types
    except ImportError as exc:
        raise MissingSparkError("dehusk.spark needs pyspark: pip install 'dehusk[spark]'") \
            from exc
    return types


def _spark_type(kind: str) -> Any:
    t = _types()
    simple = {"string": t.StringType(), "bool": t.BooleanType(), "int": t.LongType(),
              "float": t.DoubleType(), "list<string>": t.ArrayType(t.StringType()),
              "map<string,string>": t.MapType(t.StringType(), t.StringType())}
    if kind in simple:
        return simple[kind]
    fields = COMMENT_FIELDS if kind == "comments" else ATTEMPT_FIELDS
    return t.ArrayType(t.StructType([t.StructField(name, _spark_type(sub))
                                     for name, sub in fields]))


def spark_schema() -> Any:
    """The Spark StructType of a row: the columns of dehusk.batch.schema."""
    t = _types()
    return t.StructType([t.StructField(name, _spark_type(kind)) for name, kind in COLUMNS])


def _as_tuple(record: dict[str, Any]) -> tuple[Any, ...]:
    row = to_row(record)
    return tuple(row[name] for name in COLUMN_NAMES)


def _records_of_paths(options: Options) -> Callable[[Iterable[str]], Iterator[tuple[Any, ...]]]:
    def partition(paths: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        opts = options  # one extractor setting per partition, reused for every record
        for path in paths:
            for item in iter_warc(path):
                yield _as_tuple(extract_source(item, opts))
    return partition


def _records_of_bytes(options: Options
                      ) -> Callable[[Iterable[tuple[str, bytes]]], Iterator[tuple[Any, ...]]]:
    def partition(files: Iterable[tuple[str, bytes]]) -> Iterator[tuple[Any, ...]]:
        for name, data in files:
            for item in iter_warc_stream(io.BytesIO(data), name):
                yield _as_tuple(extract_source(item, options))
    return partition


def extract_warcs(spark: Any, paths: list[str], options: Options | None = None,
                  partitions: int | None = None) -> Any:
    """WARC/WET paths readable from every executor (a shared file system)
    -> a DataFrame of records. The paths are distributed, one partition per
    file unless ``partitions`` says otherwise; each task streams its files."""
    opts = (options or Options()).replace(output_format="json")
    rdd = spark.sparkContext.parallelize(list(paths), partitions or max(len(paths), 1))
    return spark.createDataFrame(rdd.mapPartitions(_records_of_paths(opts)), spark_schema())


def extract_warc_files(spark: Any, pattern: str, options: Options | None = None,
                       partitions: int | None = None) -> Any:
    """WARC files anywhere Spark can read (HDFS, S3, a glob) -> a DataFrame,
    through ``binaryFiles``: each file is read whole into its task's memory,
    so keep them to the usual crawl size (about 1 GB)."""
    opts = (options or Options()).replace(output_format="json")
    files = spark.sparkContext.binaryFiles(pattern, partitions)
    return spark.createDataFrame(files.mapPartitions(_records_of_bytes(opts)), spark_schema())
