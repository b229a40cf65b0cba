"""Stage 1-2: bytes -> text -> tree (HTML) or lines (plain text)."""
