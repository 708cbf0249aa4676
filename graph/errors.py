"""Errors raised by govkg: one tree, so callers catch ``GovkgError`` and the CLI prints one line.

GovkgError
 ├── SchemaError            schema file malformed (names file and key), or data breaks the schema
 ├── InputError             a source file cannot be read, decoded or split (names the file)
 ├── ExtractionError        an extractor failed on one article (names source and article)
 ├── StoreError             a graph store refused a write or a read
 │    └── StoreUnavailable  the store cannot be reached, or credentials were rejected
 ├── Neo4jServerError       the local Neo4j server could not be fetched, started or stopped
 ├── QueryError
 │    ├── UnknownQuery          no saved query of that name (lists the names)
 │    └── QueryParameterError   missing, extra or mistyped parameter (names it and the type)
 └── ExportError            an export format or option is wrong, or the output cannot be written
"""
from __future__ import annotations


class GovkgError(Exception):
    """Root of every error govkg raises on purpose."""


class SchemaError(GovkgError):
    """The schema file is malformed, or a node or relation breaks it."""


class InputError(GovkgError):
    """A source file is unreadable, empty, binary or undecodable."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(GovkgError):
    """An extractor failed on one article."""


class StoreError(GovkgError):
    """A graph store refused a read or a write."""


class StoreUnavailable(StoreError):
    """The store cannot be reached, or it rejected the credentials."""


class Neo4jServerError(GovkgError):
    """The local Neo4j server could not be fetched, started or stopped."""


class QueryError(GovkgError):
    """A saved query cannot run with what it was given."""


class UnknownQuery(QueryError):
    """No saved query has that name."""


class QueryParameterError(QueryError):
    """A query parameter is missing, unexpected or of the wrong type."""


class ExportError(GovkgError):
    """An export format or option is wrong, or the output cannot be written."""
