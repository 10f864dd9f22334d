"""Pure extraction: document text in, plain records out (see types.py)."""

from flows.extract.document import extract_document

__all__ = ["extract_document"]
