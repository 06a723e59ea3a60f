"""The one exception tree of Triangulate.

::

    TriangulateError            anything Triangulate raises on purpose
     ├── IngestError            an input could not be read or turned into an article
     │    └── ExtractionError   a page, feed or record held no usable article text
     ├── PipelineError          the NLP pipeline could not be built or run
     ├── StoreError             the store could not be opened, read or written
     │    └── MigrationError    the store's schema could not be brought up to date
     └── NotFound               a requested story, article or task does not exist

Every message says what happened and what to do next. The CLI catches ``TriangulateError``
in one place and exits with status 1.
"""

from __future__ import annotations


class TriangulateError(Exception):
    """Base of every error Triangulate raises on purpose."""


class IngestError(TriangulateError):
    """An input could not be read or turned into an article."""


class ExtractionError(IngestError):
    """A page, feed or record held no usable article text."""


class PipelineError(TriangulateError):
    """The NLP pipeline could not be built or run."""


class StoreError(TriangulateError):
    """The store could not be opened, read or written."""


class MigrationError(StoreError):
    """The store's schema could not be brought up to date."""


class NotFound(TriangulateError):
    """A requested story, article or task does not exist."""
