"""The record schema of batch output: one named, typed column list.

JSON Lines carries a record as the runner builds it (``source``, ``ok``,
``error``, the WARC fields, then ``Document.to_dict()``). Parquet and Spark
need flat, typed columns, so a record becomes a *row* here:

* ``error`` splits into ``error_reason`` and ``error_message``;
* the comment thread (nested ``replies``) is flattened in document order
  (pre-order) with each comment's ``depth`` and ``parent``: columnar formats
  cannot nest a type in itself, and pre-order plus depth rebuilds the tree
  exactly (:func:`from_row`);
* ``sources`` (metadata field -> where it came from) is a map of strings.

``SCHEMA_VERSION`` changes only when a column is renamed, removed or retyped;
adding a column is a minor change. The same list gives the Arrow schema
(:func:`arrow_schema`) and the Spark one (``dehusk.spark.schema``).
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1

# Column types, named once: "string", "bool", "int", "float",
# "list<string>", "comments", "attempts", "map<string,string>".
COMMENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("author", "string"), ("date", "string"), ("text", "string"),
    ("depth", "int"), ("parent", "string"))
ATTEMPT_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "string"), ("chars", "int"), ("chosen", "bool"), ("note", "string"))

COLUMNS: tuple[tuple[str, str], ...] = (
    # Where the record came from.
    ("source", "string"),  # path, URL, or "<warc file>#<WARC-Record-ID>"
    ("ok", "bool"),
    ("error_reason", "string"),  # see README "error reasons"; null when ok
    ("error_message", "string"),
    ("warc_file", "string"),
    ("warc_record_id", "string"),
    ("warc_target_uri", "string"),
    ("warc_type", "string"),
    ("http_status", "int"),  # WARC responses and fetched URLs
    ("fetched_url", "string"),  # fetched URLs: the URL after redirects
    # Every field of Document.to_dict().
    ("url", "string"),
    ("title", "string"),
    ("author", "string"),
    ("authors", "list<string>"),
    ("date", "string"),
    ("date_modified", "string"),
    ("site_name", "string"),
    ("canonical_url", "string"),
    ("language", "string"),
    ("language_detected", "string"),  # detected from the main text (pycld2 or py3langid)
    ("description", "string"),
    ("image", "string"),
    ("license", "string"),
    ("tags", "list<string>"),
    ("categories", "list<string>"),
    ("page_type", "string"),
    ("page_type_confidence", "float"),
    ("text", "string"),
    ("comment_count", "int"),
    ("comments", "comments"),
    ("attempts", "attempts"),
    ("sources", "map<string,string>"),
    ("warnings", "list<string>"),
    ("output", "string"),  # the rendered --format, when it is not json
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)
# Record keys that become other columns (or none) in a row.
_RECORD_ONLY = {"error"}


def _flatten_comments(comments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(reversed(comments))
    while stack:  # iterative pre-order: a deep thread must not hit the recursion limit
        comment = stack.pop()
        out.append({name: comment.get(name) for name, _ in COMMENT_FIELDS})
        stack.extend(reversed(comment.get("replies") or []))
    return out


def _nest_comments(flat: list[dict[str, Any]]) -> list[dict[str, Any]]:
    roots: list[dict[str, Any]] = []
    open_path: list[dict[str, Any]] = []  # the last comment seen at each depth
    for row in flat:
        comment = {"id": row["id"], "author": row["author"], "date": row["date"],
                   "text": row["text"], "depth": row["depth"], "parent": row["parent"],
                   "replies": []}
        del open_path[row["depth"]:]
        (open_path[-1]["replies"] if open_path else roots).append(comment)
        open_path.append(comment)
    return roots


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record (as written to JSON Lines) -> a row with every column."""
    unknown = set(record) - set(COLUMN_NAMES) - _RECORD_ONLY
    if unknown:  # a new record key must be named here before it can be stored
        raise KeyError(f"record keys without a column: {sorted(unknown)}")
    row = {name: record.get(name) for name in COLUMN_NAMES}
    error = record.get("error") or {}
    row["error_reason"] = error.get("reason")
    row["error_message"] = error.get("message")
    row["comments"] = _flatten_comments(record.get("comments") or []) if record.get("ok") \
        else None
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row -> the record it came from (the inverse of :func:`to_row`).
    A Document key is kept when null (a record always has them); any other
    null column was a key the record did not carry."""
    ok = bool(row["ok"])
    record: dict[str, Any] = {}
    for name in COLUMN_NAMES:
        value = row.get(name)
        if name in _ROW_ONLY or (value is None and not (ok and name in _DOC_KEYS)):
            continue
        record[name] = value
    record["ok"] = ok
    record["error"] = None if ok else {"reason": row["error_reason"],
                                       "message": row["error_message"]}
    if ok:
        record["comments"] = _nest_comments(row.get("comments") or [])
        if isinstance(record.get("sources"), list):  # Arrow gives a map as pairs
            record["sources"] = dict(record["sources"])
    return record


_ROW_ONLY = frozenset({"error_reason", "error_message", "comments"})
# Document.to_dict() keys: a successful record always has them, null or not.
_DOC_KEYS = frozenset(COLUMN_NAMES[COLUMN_NAMES.index("url"):COLUMN_NAMES.index("output")])


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    simple = {"string": pa.string(), "bool": pa.bool_(), "int": pa.int64(),
              "float": pa.float64(), "list<string>": pa.list_(pa.string()),
              "map<string,string>": pa.map_(pa.string(), pa.string())}
    if kind in simple:
        return simple[kind]
    fields = COMMENT_FIELDS if kind == "comments" else ATTEMPT_FIELDS
    return pa.list_(pa.struct([(name, _arrow_type(sub)) for name, sub in fields]))


def arrow_schema() -> Any:
    """The pyarrow schema of a row (needs the ``parquet`` extra)."""
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(kind)) for name, kind in COLUMNS],
                     metadata={"dehusk_schema_version": str(SCHEMA_VERSION)})
