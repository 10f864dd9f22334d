"""Pure extraction: document text in, plain records out (see types.py)."""

# isort: off
# First: whether the compiled modules or their sources are imported (see native.py).
from flows.extract import native

MODE = native.choose()

from flows.extract.document import extract_document  # noqa: E402

__all__ = ["MODE", "extract_document"]
