from __future__ import annotations

from dehusk.model import Block, BlockKind, Comment, Document, Label


def doc_of(*blocks: Block, **fields) -> Document:
    return Document(blocks=list(blocks), **fields)


def main(text: str, kind: BlockKind = BlockKind.PARAGRAPH, **kw) -> Block:
    return Block(text=text, kind=kind, label=Label.MAIN, **kw)


def test_markdown_structure() -> None:
    doc = doc_of(
        main("Section", BlockKind.HEADING, level=2),
        main("First para."),
        Block(text="Dropped nav", label=Label.BOILERPLATE),
        main("one", BlockKind.LIST_ITEM, level=1),
        main("inner", BlockKind.LIST_ITEM, level=2, ordered=True),
        main("a quote\nsecond line", BlockKind.QUOTE),
        main("x < 1\n    indented", BlockKind.CODE),
        main("", BlockKind.TABLE, rows=[["k", "v"], ["a|b", "1"]]),
        title="T",
    )
    assert doc.to_markdown() == (
        "# T\n\n## Section\n\nFirst para.\n\n- one\n  1. inner\n\n"
        "> a quote\n> second line\n\n```\nx < 1\n    indented\n```\n\n"
        "| k | v |\n|---|---|\n| a\\|b | 1 |\n"
    )


def test_markdown_escapes_what_would_change_meaning() -> None:
    doc = doc_of(main("# not a heading"), main("2024. A year"), main("under_score *star*"))
    assert doc.to_markdown() == "\\# not a heading\n\n\\2024. A year\n\nunder\\_score \\*star\\*\n"


def test_markdown_links_and_images_only_when_asked() -> None:
    doc = doc_of(main("see the report here", links=[("the report", "https://e.org/r")]),
                 main("alt text", BlockKind.IMAGE, src="https://e.org/i.png"))
    assert doc.to_markdown() == "see the report here\n"
    assert doc.to_markdown(links=True, images=True) == (
        "see [the report](https://e.org/r) here\n\n![alt text](https://e.org/i.png)\n")


def test_html_escapes_and_nests_lists() -> None:
    doc = doc_of(main("<script>x</script>"), main("a", BlockKind.LIST_ITEM, level=1),
                 main("b", BlockKind.LIST_ITEM, level=2), main("after"), title="T & U",
                 language="en")
    html = doc.to_html()
    assert "<p>&lt;script&gt;x&lt;/script&gt;</p>" in html
    assert "<ul>\n<li>a</li>\n<ul>\n<li>b</li>\n</ul>\n</ul>\n<p>after</p>" in html
    assert '<html lang="en">' in html and "<title>T &amp; U</title>" in html


def test_comments_render_as_a_thread() -> None:
    reply = Comment(text="Agreed.", author="Bo", depth=1)
    doc = doc_of(main("Body."), comments=[Comment(text="Nice.", author="Al", date="2024-01-02",
                                                   replies=[reply])])
    doc.text = "Body."
    assert doc.to_text() == "Body."
    assert doc.to_text(comments=True) == (
        "Body.\n\nComments:\n\nAl (2024-01-02):\n  Nice.\n\n  Bo:\n    Agreed.")
    thread = "## Comments\n\n**Al** *2024-01-02*\n\nNice.\n\n> **Bo**\n>\n> Agreed."
    assert thread in doc.to_markdown()
    assert '<article class="comment"><header>Al' in doc.to_html()


def test_forum_thread_renders_once() -> None:
    reply = Comment(text="Try the ring.", author="Bo", depth=1, parent="p1")
    first = Comment(text="Saw runs rough.", author="Al", id="p1", replies=[reply])
    doc = doc_of(main("Saw runs rough."), main("Try the ring."), title="Saw",
                 page_type="forum", comments=[first])
    doc.text = "Saw runs rough.\n\nTry the ring."
    assert doc.to_markdown() == "# Saw\n\n**Al**\n\nSaw runs rough.\n\n> **Bo**\n>\n> Try the ring.\n"
    html = doc.to_html()
    assert html.count("Saw runs rough.") == 1 and '<section class="thread">' in html
    assert doc.to_text() == doc.text
    assert doc.to_text(comments=True) == "Al:\n  Saw runs rough.\n\n  Bo:\n    Try the ring."
