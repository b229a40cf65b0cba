"""One adapter per extractor: (page bytes, url) -> Prediction.

Each peer is imported lazily, so a missing one is skipped with a message
and the benchmark still runs. Settings are each tool's defaults unless the
name says otherwise; main text never includes comments, except where the
comment scores are measured (names ending in "+comments").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Prediction:
    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    description: str | None = None
    comments: str = ""
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


Adapter = Callable[[bytes, "str | None"], Prediction]


def _decode(data: bytes) -> str:
    from dehusk.parse.encoding import decode_bytes

    return decode_bytes(data).text


def comments_text(comments: list[Any]) -> str:
    parts: list[str] = []
    stack = list(reversed(comments))
    while stack:
        comment = stack.pop()
        parts.append(f"{comment.author or ''}\n{comment.text}")
        stack.extend(reversed(comment.replies))
    return "\n\n".join(parts)


def make_dehusk(**options: Any) -> Adapter:
    import dehusk

    def run(data: bytes, url: str | None) -> Prediction:
        doc = dehusk.extract(data, url=url, **options)
        return Prediction(doc.text, doc.title, doc.author, doc.date, doc.site_name,
                          doc.description, comments_text(doc.comments))
    return run


def make_trafilatura(**options: Any) -> Adapter:
    import trafilatura

    def run(data: bytes, url: str | None) -> Prediction:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, **options)
        if doc is None:
            return Prediction()
        return Prediction(doc.text or "", doc.title, doc.author, doc.date, doc.sitename,
                          doc.description, doc.comments or "")
    return run


def make_readability() -> Adapter:
    import html_text
    from readability import Document

    def run(data: bytes, url: str | None) -> Prediction:
        doc = Document(_decode(data), url=url)
        text = html_text.extract_text(doc.summary(html_partial=True))
        return Prediction(text, doc.short_title())
    return run


def make_resiliparse() -> Adapter:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree

    def run(data: bytes, url: str | None) -> Prediction:
        tree = HTMLTree.parse_from_bytes(data, detect_encoding(data))
        return Prediction(extract_plain_text(tree, main_content=True))
    return run


def make_justext() -> Adapter:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(data: bytes, url: str | None) -> Prediction:
        paragraphs = justext.justext(data, stoplist)
        return Prediction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))
    return run


def make_newspaper() -> Adapter:
    import newspaper

    # No image downloads: the benchmark is offline, and fetching images to
    # pick the top one is network time, not extraction time.
    config = newspaper.Config()
    config.fetch_images = False

    def run(data: bytes, url: str | None) -> Prediction:
        article = newspaper.Article(url or "https://example.com/", config=config)
        article.download(input_html=_decode(data))
        article.parse()
        date = article.publish_date.isoformat() if article.publish_date else None
        return Prediction(article.text, article.title, "; ".join(article.authors) or None,
                          date, None, article.meta_description or None)
    return run


def make_goose() -> Adapter:
    from goose3 import Goose

    goose = Goose()

    def run(data: bytes, url: str | None) -> Prediction:
        article = goose.extract(raw_html=_decode(data))
        date = str(article.publish_date) if article.publish_date else None
        return Prediction(article.cleaned_text or "", article.title,
                          "; ".join(article.authors) or None, date, None,
                          article.meta_description or None)
    return run


def make_boilerpy() -> Adapter:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor()

    def run(data: bytes, url: str | None) -> Prediction:
        return Prediction(extractor.get_content(_decode(data)) or "")
    return run


def make_html_text() -> Adapter:
    import html_text

    def run(data: bytes, url: str | None) -> Prediction:
        return Prediction(html_text.extract_text(_decode(data)))
    return run


# name -> factory. The order is the order of the tables.
EXTRACTORS: dict[str, Callable[[], Adapter]] = {
    "dehusk": make_dehusk,
    "dehusk (no metadata)": lambda: make_dehusk(with_metadata=False),
    # The learned refinement, in sample: it was trained on these very pages
    # (training/train_model.py --cv gives the held-out figures).
    "dehusk learned (in-sample)": lambda: make_dehusk(learned=True),
    "dehusk+comments": lambda: make_dehusk(include_comments=True),
    "trafilatura": lambda: make_trafilatura(include_comments=False),
    "trafilatura favor_precision": lambda: make_trafilatura(include_comments=False,
                                                            favor_precision=True),
    "trafilatura+comments": lambda: make_trafilatura(include_comments=True),
    "readability-lxml": make_readability,
    "newspaper4k": make_newspaper,
    "resiliparse": make_resiliparse,
    "goose3": make_goose,
    "boilerpy3": make_boilerpy,
    "justext": make_justext,
    "html-text (all text)": make_html_text,
}
DEFAULT = [name for name in EXTRACTORS if name not in ("dehusk (no metadata)",
                                                       "dehusk+comments")]
