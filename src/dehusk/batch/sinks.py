"""Where records go: JSON Lines (the default) or Parquet, one file each.

A sink takes records one at a time and holds little: JSON Lines writes each
line as it comes; Parquet buffers one row group (ROW_GROUP records) and
writes it with the schema of :mod:`dehusk.batch.schema`. ``close(commit=True)``
makes the file durable (flush + fsync) before the caller renames it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any, Protocol

from .schema import arrow_schema, to_row
from .warc import MissingExtraError

KINDS = ("jsonl", "parquet")
SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}
# Records per Parquet row group: big enough for good compression, small
# enough that a sink's buffer stays a few megabytes.
ROW_GROUP = 500


class Sink(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    def __init__(self, path: str | Path | None, stream: IO[str] | None = None) -> None:
        self._own = stream is None
        self._out: IO[str] = stream if stream is not None else \
            open(path, "w", encoding="utf-8")  # type: ignore[arg-type]

    def write(self, record: dict[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._out.flush()
        if self._own:
            os.fsync(self._out.fileno())
            self._out.close()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtraError(
            "Parquet output needs pyarrow: pip install 'dehusk[parquet]'") from exc
    return pa, pq


class ParquetSink:
    def __init__(self, path: str | Path) -> None:
        pa, pq = _pyarrow()
        self._pa = pa
        self._schema = arrow_schema()
        self._path = str(path)
        self._writer = pq.ParquetWriter(self._path, self._schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(to_row(record))
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        with open(self._path, "rb+") as done:  # durable before it is renamed
            os.fsync(done.fileno())


def open_sink(kind: str, path: str | Path) -> Sink:
    if kind == "parquet":
        return ParquetSink(path)
    return JsonlSink(path)


def kind_for(path: str | None, requested: str | None) -> str:
    """The output kind: as asked, else from the file's suffix, else JSON Lines."""
    if requested:
        return requested
    return "parquet" if path and path.lower().endswith(".parquet") else "jsonl"


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """The records of one JSON Lines or Parquet file (for resumption and tests)."""
    if str(path).endswith(".parquet"):
        from .schema import from_row

        _, pq = _pyarrow()
        return [from_row(row) for row in pq.read_table(str(path)).to_pylist()]
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
