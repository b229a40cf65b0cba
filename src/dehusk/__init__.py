"""dehusk: take the husk off a web page and keep what its reader came for."""

from .api import Block, BlockKind, Comment, Document, Label, Options, extract
from .errors import DehuskError

__all__ = [
    "Block",
    "BlockKind",
    "Comment",
    "DehuskError",
    "Document",
    "Label",
    "Options",
    "extract",
]
__version__ = "0.1.0"
