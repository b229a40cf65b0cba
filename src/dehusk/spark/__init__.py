"""dehusk on Spark: WARC files in, a DataFrame of Documents out.

Needs the ``spark`` extra (``pip install 'dehusk[spark]'``: pyspark, and a
Java runtime for it) and dehusk installed on every executor. Nothing here is
imported by ``import dehusk``.

    from dehusk.spark import extract_warcs
    df = extract_warcs(spark, ["crawl-00000.warc.gz", ...])

Each task reads whole WARC files (one partition per file by default), builds
its Options once, and extracts record after record with the same code as the
command line (:func:`dehusk.batch.runner.extract_source`), so the rows are
the records ``dehusk FILE.warc.gz`` writes, in the columns of
:mod:`dehusk.batch.schema`. A bad record becomes an error row; it never fails
the task.
"""

from __future__ import annotations

from .core import extract_warc_files, extract_warcs, spark_schema

__all__ = ["extract_warc_files", "extract_warcs", "spark_schema"]
