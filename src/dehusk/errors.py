"""Typed errors: everything dehusk raises derives from DehuskError."""

from __future__ import annotations


class DehuskError(Exception):
    """Base class of every error dehusk raises on purpose."""

    reason = "error"


class EmptyInputError(DehuskError):
    """The input holds no bytes or only whitespace."""

    reason = "empty"


class NotHTMLError(DehuskError):
    """The input is binary or another format (PDF, image, archive ...)."""

    reason = "not_html"


class InputTooLargeError(DehuskError):
    """The input is larger than Options.max_input_bytes."""

    reason = "too_large"


class UnsupportedInputError(DehuskError):
    """The input kind is not handled (yet): plain-text input, for now."""

    reason = "unsupported"


class TimeBudgetExceeded(DehuskError):
    """The extraction ran over Options.time_budget."""

    reason = "timeout"
