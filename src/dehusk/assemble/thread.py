"""Attach the comment thread to the Document and keep it out of the text."""

from __future__ import annotations

from ..classify.edges import drop_orphan_headings
from ..model import Attempt, Comment, Document, Label
from ..options import Options
from ..parse.html import ParsedPage
from ..segment.census import Census
from .comment_sections import section_comments
from .comments import declared_count, extract_comments
from .comments_jsonld import jsonld_comments, jsonld_count
from .forum import find_thread, is_thread
from .forum_jsonld import jsonld_thread
from .ladder import join_text, main_blocks
from .meta_jsonld import article_objects


def _paragraphs(comments: list[Comment]) -> set[str]:
    out: set[str] = set()
    stack = list(comments)
    while stack:
        comment = stack.pop()
        out.update(p for p in comment.text.split("\n\n") if p)
        stack.extend(comment.replies)
    return out


def attach_comments(parsed: ParsedPage, doc: Document, options: Options,
                    census: Census | None = None) -> None:
    """Fill Document.comments and .comment_count; a main block that is the
    text of a comment becomes a COMMENT block, and the text is rebuilt.
    `census` (the page's, from the walk) narrows the queries."""
    comments = extract_comments(parsed.tree, census=census)
    source = "dom"
    if not comments:
        comments = jsonld_comments(article_objects(parsed.jsonld))
        source = "json-ld"
    if not comments:
        comments = section_comments(parsed.tree, census)
        source = "section after a comment heading"
    doc.comments = comments
    doc.comment_count = (declared_count(parsed.tree, census)
                         or jsonld_count(article_objects(parsed.jsonld)))
    if not comments:
        return
    doc.sources["comments"] = source
    paragraphs = _paragraphs(comments)
    moved = False
    for block in doc.blocks:
        if block.label is Label.MAIN and block.text in paragraphs:
            block.label = Label.COMMENT
            block.reasons.append("text of a comment")
            moved = True
    if moved:  # a heading over the comments ("Customer reviews") heads nothing now
        drop_orphan_headings(doc.blocks)
        doc.text = join_text(main_blocks(doc.blocks, options))


def attach_forum(parsed: ParsedPage, doc: Document, options: Options,
                 census: Census | None = None) -> bool:
    """On a forum or Q&A thread, every post is content: the text is the
    thread in order, and the comments are the same posts as records. False
    (and nothing changed) when the page is not a thread."""
    thread = find_thread(parsed.tree, census) or jsonld_thread(article_objects(parsed.jsonld))
    if thread is None or not is_thread(thread):
        return False
    doc.page_type = "forum"
    doc.page_type_confidence = thread.confidence
    doc.sources["page_type"] = f"forum posts ({thread.system}: {len(thread.posts)})"
    doc.text = thread.text
    for attempt in doc.attempts:
        attempt.chosen = False
    doc.attempts.append(Attempt("forum", len(doc.text), chosen=True,
                                note=f"{thread.system}: {len(thread.posts)} posts"))
    paragraphs = _paragraphs(thread.roots)
    for block in doc.blocks:
        if block.text in paragraphs:
            block.label = Label.MAIN
            block.reasons.append(f"forum post ({thread.system})")
        elif block.label is not Label.BOILERPLATE:
            block.label = Label.BOILERPLATE
            block.reasons.append("outside the forum posts")
    if options.include_comments:
        doc.comments = thread.roots
        doc.comment_count = declared_count(parsed.tree, census)
        doc.sources["comments"] = f"forum: {thread.system}"
    return True
