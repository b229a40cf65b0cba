from __future__ import annotations

from dehusk.model import BlockKind
from dehusk.options import make_options
from dehusk.parse.html import parse_html
from dehusk.segment.html import segment


def blocks_of(html: str, **options):
    page = parse_html(html)
    page.clean()
    return segment(page.tree, make_options(**options))


def test_headings_lists_and_quotes() -> None:
    seg = blocks_of(
        "<body><h2>Title two</h2><ul><li>one</li><li>two<ol><li>inner</li></ol></li></ul>"
        "<blockquote><p>said someone</p></blockquote></body>"
    )
    got = [(b.kind, b.level, b.ordered, b.text) for b in seg.blocks]
    assert got == [
        (BlockKind.HEADING, 2, False, "Title two"),
        (BlockKind.LIST_ITEM, 1, False, "one"),
        (BlockKind.LIST_ITEM, 1, False, "two"),
        (BlockKind.LIST_ITEM, 2, True, "inner"),
        (BlockKind.QUOTE, 0, False, "said someone"),
    ]


def test_code_keeps_its_whitespace() -> None:
    seg = blocks_of("<body><pre><code>def f():\n    return 1 &lt; 2\n</code></pre></body>")
    assert seg.blocks[0].kind is BlockKind.CODE
    assert seg.blocks[0].text == "def f():\n    return 1 < 2"


def test_data_table_becomes_rows_layout_table_does_not() -> None:
    data = blocks_of("<body><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
                     "</table></body>")
    assert data.blocks[0].kind is BlockKind.TABLE
    assert data.blocks[0].rows == [["a", "b"], ["1", "2"]]
    layout = blocks_of("<body><table><tr><td><p>" + "long text " * 60 + "</p></td>"
                       "<td>side</td></tr></table></body>")
    assert all(b.kind is not BlockKind.TABLE for b in layout.blocks)


def test_double_br_splits_paragraphs_and_link_density_is_per_paragraph() -> None:
    seg = blocks_of("<body><div>plain words here<br><br><a href='/x'>all link</a></div></body>")
    assert [b.text for b in seg.blocks] == ["plain words here", "all link"]
    assert seg.blocks[0].link_chars == 0
    assert seg.blocks[1].link_density == 1.0
    assert seg.blocks[1].lead_link_chars == len("all link")


def test_hidden_elements_are_skipped() -> None:
    seg = blocks_of("<body><p>seen</p><p style='display: none'>unseen</p><p hidden>gone</p>"
                    "<div style='visibility: hidden;'><p>invisible</p></div></body>")
    assert [b.text for b in seg.blocks] == ["seen"]


def test_vocabulary_group_is_inherited() -> None:
    seg = blocks_of("<body><div class='sidebar'><div><p>in the side</p></div></div>"
                    "<div class='entry-content'><p>in the text</p></div></body>")
    assert [(b.text, b.category) for b in seg.blocks] == [
        ("in the side", "sidebar"), ("in the text", "strong_content")]


def test_deep_nesting_is_flattened_not_crashed() -> None:
    html = "<body>" + "<div>" * 3000 + "<p>deep</p>" + "</div>" * 3000 + "<p>after</p></body>"
    seg = blocks_of(html, max_depth=500)
    assert seg.truncated == "max_depth"
    assert [b.text for b in seg.blocks] == ["deep", "after"]


def test_max_nodes_truncates() -> None:
    seg = blocks_of("<body>" + "<p>x</p>" * 1000 + "</body>", max_nodes=100)
    assert seg.truncated == "max_nodes"
    assert 0 < len(seg.blocks) < 100


def test_links_are_kept_when_asked() -> None:
    seg = blocks_of("<body><p>see <a href='https://e.org/a'>the report</a> now</p></body>",
                    include_links=True)
    assert seg.blocks[0].links == [("the report", "https://e.org/a")]


def test_ruby_readings_are_not_part_of_the_words() -> None:
    seg = blocks_of("<body><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもは"
                    "<ruby>学校<rt>がっこう</rt></ruby>へ行きます。</p></body>")
    assert [b.text for b in seg.blocks] == ["子どもは学校へ行きます。"]


def test_soft_hyphens_are_removed_from_words() -> None:
    seg = blocks_of("<body><p>Die Kern&shy;werk&shy;zeuge der Stein\u00adzeit</p>"
                    "<p>Zeile&shy;eins<br>Zei\u00adle zwei</p></body>")
    assert [b.text for b in seg.blocks] == ["Die Kernwerkzeuge der Steinzeit",
                                            "Zeileeins\nZeile zwei"]


def test_paragraphs_inside_a_figcaption_are_caption() -> None:
    seg = blocks_of("<body><figure><img src='a.jpg'><figcaption><p>The bridge at dusk.</p>"
                    "</figcaption></figure><blockquote><p>Quoted.</p></blockquote><p>After.</p>"
                    "</body>")
    assert [(b.kind, b.text) for b in seg.blocks] == [
        (BlockKind.CAPTION, "The bridge at dusk."), (BlockKind.QUOTE, "Quoted."),
        (BlockKind.PARAGRAPH, "After.")]


def test_mathml_keeps_its_text() -> None:
    seg = blocks_of("<body><p>Where <math><mi>a</mi><mo>≠</mo><mn>0</mn></math> holds.</p></body>")
    assert [b.text for b in seg.blocks] == ["Where a≠0 holds."]


def test_navigation_and_sidebars_outside_the_content_are_not_walked() -> None:
    page = ("<body><nav><ul><li><a href='/'>Home</a></li><li>Menu entry</li></ul></nav>"
            "<div class='wrap'><p>Text before.</p><aside class='col'><p>Sidebar box</p></aside>"
            "<p>Text after.</p></div>"
            "<main><aside class='direct-content'><p>The article, in an aside under main.</p>"
            "</aside></main>"
            "<article><nav class='toc'><a href='#a'>Contents entry</a></nav>"
            "<aside><p>Pull quote of the article.</p></aside></article>"
            "<footer><p>Author: Jana Berg</p></footer></body>")
    texts = [b.text for b in blocks_of(page).blocks]
    assert texts == ["Text before.", "Text after.", "The article, in an aside under main.",
                     "Contents entry", "Pull quote of the article.", "Author: Jana Berg"]


def test_an_unwalked_element_still_separates_the_text_around_it() -> None:
    texts = [b.text for b in blocks_of("<body><div>one<nav>menu</nav>two</div></body>").blocks]
    assert texts == ["one", "two"]


def test_the_class_words_of_an_unwalked_element_reach_the_census() -> None:
    tree = parse_html("<body><aside class='Comment-List'><p>x</p></aside><p>text</p></body>")
    tree.clean()
    census = segment(tree.tree, make_options()).census
    assert census is not None and "comment-list" in census.classes
