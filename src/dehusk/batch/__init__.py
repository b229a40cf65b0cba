"""Many inputs -> many records: input expansion, workers, error records."""

from .inputs import expand_inputs
from .runner import extract_source, run_batch

__all__ = ["expand_inputs", "extract_source", "run_batch"]
