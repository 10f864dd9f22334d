"""Pure extraction: document text in, plain records out (see types.py)."""

# isort: off
# First: decides whether the compiled modules or their sources are imported (see native.py).
from flows.extract.native import MODE
from flows.extract.document import extract_document

__all__ = ["MODE", "extract_document"]
