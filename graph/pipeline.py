"""The pipeline: files → sources → articles → ``ArticleGraph`` per article, one bad input at a time.

A file that cannot be read, and an article an extractor fails on, are reported through
``on_error`` and skipped: the other files and articles still go through. ``strict`` raises
at the first failure instead. Articles stream one by one, so memory stays bounded on huge files.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph.errors import ExtractionError, GovkgError, InputError
from graph.model import Article, ArticleGraph, Graph, Source
from graph.progress import Progress
from graph.text.pages import iter_articles
from graph.text.reader import iter_input_files, open_source

Extractor = Callable[[Source, Article], ArticleGraph]
ErrorHandler = Callable[[GovkgError], None]


def default_extractor() -> Extractor:
    """The rule-based extractor with its dictionaries loaded (done once per run)."""
    from graph.extract import make_extractor
    return make_extractor()


def extract_paths(paths: Iterable[str | Path], extractor: Extractor | None = None, *,
                  strict: bool = False, on_error: ErrorHandler | None = None,
                  progress: Progress | None = None) -> Iterator[ArticleGraph]:
    """Yield the extraction of every article of every file under ``paths``.

    Example:
        >>> graphs = list(extract_paths(["examples/"]))        # doctest: +SKIP
    """
    extractor = extractor or default_extractor()
    progress = progress or Progress(enabled=False)

    def fail(error: GovkgError) -> None:
        progress.failed()
        if strict or on_error is None:
            raise error
        on_error(error)

    for path in _input_files(paths, fail):
        try:
            source_text = open_source(path)
            articles = iter_articles(source_text)
            source = source_text.source
            for article in _guarded(articles, path):
                try:
                    part = extractor(source, article)
                except Exception as exc:  # one bad article never stops the others
                    fail(ExtractionError(f"{path}: article {article.index} «{article.title[:30]}»: "
                                         f"{type(exc).__name__}: {exc}"))
                    continue
                progress.article_done()
                yield part
        except InputError as error:
            fail(error)
        progress.file_done()


def _input_files(paths: Iterable[str | Path], fail: Callable[[GovkgError], None]) -> Iterator[Path]:
    for path in paths:
        try:
            yield from iter_input_files([path])
        except InputError as error:
            fail(error)


def _guarded(articles: Iterator[Article], path: Path) -> Iterator[Article]:
    """Turn an unexpected splitter crash into an InputError that names the file."""
    try:
        yield from articles
    except InputError:
        raise
    except (UnicodeError, OSError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None


def build_graph(paths: Iterable[str | Path], **options) -> Graph:
    """Extract everything under ``paths`` and merge it into one ``Graph``."""
    return Graph.from_parts(extract_paths(paths, **options))
