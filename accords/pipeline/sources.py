"""Every kind of input as one stream of documents: files, folders, JSONL, stdin, URLs, feeds."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from ..ingest.sources import InputError, SourceDoc, Unread, iter_documents
from ..ingest.feeds import iter_url
from ..ingest.web import Fetcher, Skipped, is_url


def iter_sources(inputs: Iterable[str], fetcher: Fetcher | None = None,
                 skip_url: Callable[[str], bool] | None = None
                 ) -> Iterator[SourceDoc | InputError | Unread | Skipped]:
    """Documents of the inputs in order; ``skip_url`` says which feed items are known."""
    own = None
    try:
        for name in inputs:
            if is_url(name):
                if fetcher is None:
                    fetcher = own = Fetcher()
                yield from iter_url(name, fetcher, skip_url)
            else:
                yield from iter_documents([name])
    finally:
        if own is not None:
            own.close()
