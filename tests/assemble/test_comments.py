"""Comment threads from markup written for the tests: one per comment system."""

from __future__ import annotations

import dehusk
from dehusk.model import Comment

ARTICLE = ("<article class='post'><h1>Title</h1>" + "<p>" + "Article prose that is long "
           "enough to be the main text of this page, sentence after sentence. " * 3 + "</p>" * 1
           + "<p>" + "A second paragraph of the article with its own words and facts. " * 3
           + "</p></article>")


def flat(comments: list[Comment]) -> list[tuple]:
    out = []
    stack = list(reversed(comments))
    while stack:
        c = stack.pop()
        out.append((c.author, c.date[:10] if c.date else None, c.depth, c.parent, c.text))
        stack.extend(reversed(c.replies))
    return out


def test_nested_reddit_like_thread() -> None:
    html = ARTICLE + """
    <div class="comments">
      <div class="comment" id="t1_aa11">
        <p class="tagline"><a class="author">river_otter</a> <time datetime="2023-04-01T10:00:00Z">3 hours ago</time></p>
        <div class="usertext-body"><p>First level comment with an opinion.</p></div>
        <div class="comment" id="t1_bb22">
          <p class="tagline"><a class="author">pine_marten</a> <time datetime="2023-04-01T11:00:00Z">2 hours ago</time></p>
          <div class="usertext-body"><p>A reply to the first one.</p></div>
          <div class="comment" id="t1_cc33">
            <p class="tagline"><a class="author">river_otter</a> <time datetime="2023-04-01T12:00:00Z">1 hour ago</time></p>
            <div class="usertext-body"><p>A reply to the reply, three deep.</p></div>
          </div>
        </div>
      </div>
      <div class="comment" id="t1_dd44">
        <p class="tagline"><a class="author">heron</a> <time datetime="2023-04-01T13:00:00Z">now</time></p>
        <div class="usertext-body"><p>Second top-level comment here.</p></div>
      </div>
    </div>"""
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [
        ("river_otter", "2023-04-01", 0, None, "First level comment with an opinion."),
        ("pine_marten", "2023-04-01", 1, "t1_aa11", "A reply to the first one."),
        ("river_otter", "2023-04-01", 2, "t1_bb22", "A reply to the reply, three deep."),
        ("heron", "2023-04-01", 0, None, "Second top-level comment here."),
    ]
    assert "First level comment" not in doc.text


def test_disqus_server_rendered_list() -> None:
    html = ARTICLE + """
    <div id="disqus_thread"><ul id="post-list" class="post-list">
      <li class="post" id="post-4411">
        <div class="post-content">
          <span class="author"><a href="/by/maya">Maya Lind</a></span>
          <a class="time-ago" title="Tuesday, May 7, 2024 9:14 AM">a year ago</a>
          <div class="post-body"><div class="post-message"><p>Disqus comment body, first paragraph.</p><p>And a second one.</p></div></div>
        </div>
      </li>
    </ul></div>"""
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [("Maya Lind", "2024-05-07", 0, None,
                                   "Disqus comment body, first paragraph.\n\nAnd a second one.")]


def test_comments_from_json_ld() -> None:
    html = ("""<script type="application/ld+json">{"@type": "BlogPosting", "headline": "H",
      "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "Ida"},
                   "dateCreated": "2022-02-02", "text": "From JSON-LD.",
                   "comment": [{"@type": "Comment", "author": "Ole", "text": "A reply.",
                                "dateCreated": "2022-02-03"}]}]}</script>""" + ARTICLE)
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [("Ida", "2022-02-02", 0, None, "From JSON-LD."),
                                  ("Ole", "2022-02-03", 1, "comment-1", "A reply.")]
    assert doc.sources["comments"] == "json-ld"


def test_declared_count_and_reply_form_is_not_a_comment() -> None:
    html = ARTICLE + """<section id="comments"><h2>4 Comments</h2><ol class="comment-list">
      <li class="comment" id="comment-7"><article id="div-comment-7" class="comment-body">
        <footer class="comment-meta"><b class="fn">Ann</b> says:</footer>
        <div class="comment-content"><p>Only this comment is on the page.</p></div></article></li>
      </ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
      <form><p>Your email address will not be published.</p></form></div></section>"""
    doc = dehusk.extract(html)
    assert doc.comment_count == 4
    assert flat(doc.comments) == [("Ann", None, 0, None, "Only this comment is on the page.")]


def test_the_count_is_read_from_the_first_50_entries_of_the_full_list() -> None:
    # Headings under #comments stand twice in the list ("#comments h2", "h2").
    from selectolax.lexbor import LexborHTMLParser

    from dehusk.assemble.comments import declared_count
    for repeats, count in ((20, 7), (24, 7), (25, None), (30, None)):
        html = "<div id=comments>" + "<h2>x</h2>" * repeats + "</div><h3>7 comments</h3>"
        assert declared_count(LexborHTMLParser(html)) == count, repeats


def test_comment_text_inside_the_author_box() -> None:
    # A WordPress theme that prints the comment inside ".comment-author.vcard".
    html = ARTICLE + """<ol id="commentlist">
      <li class="comment depth-1" id="comment-49606"><div id="div-comment-49606">
        <div class="comment-author vcard"><img class="avatar" src="a.png" alt="">
          <p>Deinen letzten Absatz kann ich nur unterschreiben.</p>
          <p><cite>Kommentar von <span class="fn">Margit Heumann</span> &#8212; 2019-01-01 @ 00:39</cite>
             <span class="reply"> | <a class="comment-reply-link" href="#">Antworten</a></span></p>
        </div></div></li></ol>"""
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [("Margit Heumann", "2019-01-01", 0, None,
                                   "Deinen letzten Absatz kann ich nur unterschreiben.")]


def test_camel_case_comment_class() -> None:
    html = ARTICLE + """<h2>Kommentare</h2>
      <div class="MtnComment" id="rpt_0"><div class="MtnCommentInformation">
        <span class="MtnCommentAccount">maculi</span> <span class="MtnCommentDate">03.05.21</span></div>
        <div class="MtnCommentText">Ist aber nicht von Dauer, leider.</div></div>
      <div class="MtnComment" id="rpt_1"><div class="MtnCommentText">Bei mir klappt es wieder.</div></div>"""
    doc = dehusk.extract(html)
    assert [c[4] for c in flat(doc.comments)] == [
        "maculi 03.05.21\n\nIst aber nicht von Dauer, leider.", "Bei mir klappt es wieder."]
    assert "nicht von Dauer" not in doc.text


def test_comments_found_by_their_text_parts_inside_a_comment_module() -> None:
    # The module's id names comments; each comment is only named by its parts.
    html = ARTICLE + """<div id="kommentarModul" class="kommentarModul">
      <div class="commentsCon" id="6962"><p class="strong commentAuthor">Holzwerker1956</p>
        <p class="commentDate">21. Jan 2022</p><p class="commentText">Danke, dieser Tipp ist Gold wert.</p></div>
      <div class="commentsCon" id="6960"><p class="strong commentAuthor">Dominik</p>
        <p class="commentDate">22. Jan 2022</p><p class="commentText">Freut mich, dass er hilft!</p></div>
    </div>"""
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [
        ("Holzwerker1956", None, 0, None, "Danke, dieser Tipp ist Gold wert."),
        ("Dominik", None, 0, None, "Freut mich, dass er hilft!")]


def test_unmarked_comments_after_a_comment_heading() -> None:
    # No comment classes at all: a heading, one element per comment, a form.
    html = ARTICLE + """<div class="titlebar">Kommentare</div>
      <div style="padding-top: 10px;"><h3>#1 Kommentar von Naru-chan</h3>
        26. M&auml;rz 2004, 16:19<p>Danke f&uuml;r dieses Kapitel!</p></div>
      <div><h3>#2 Kommentar von Keitaro</h3> 27. M&auml;rz 2004, 09:02<p>Wann kommt Band 15?</p></div>
      <div class="noprint"><div class="titlebar">Kommentare schreiben</div>
        <form method="post"><input name="username"><textarea></textarea></form></div>"""
    doc = dehusk.extract(html)
    assert flat(doc.comments) == [
        ("Naru-chan", "2004-03-26", 0, None, "Danke für dieses Kapitel!"),
        ("Keitaro", "2004-03-27", 0, None, "Wann kommt Band 15?")]
    assert "Danke für dieses Kapitel" not in doc.text


def test_a_comment_heading_over_undated_text_gives_no_comments() -> None:
    html = ARTICLE + """<h2>Comments</h2><p>No comments yet. Be the first to share your view.</p>"""
    assert dehusk.extract(html).comments == []


def test_a_short_comment_is_kept() -> None:
    html = ARTICLE + """<ol class="commentlist"><li class="comment" id="comment-5224">
      <div class="comment-author vcard"><cite class="fn">gnaddrig</cite> <span class="says">Sagt:</span></div>
      <small class="comment-meta commentmetadata"><a href="#comment-5224">9. Dezember 2013 at 15:19</a></small>
      <p>Same here :)</p></li></ol>"""
    assert flat(dehusk.extract(html).comments) == [("gnaddrig", "2013-12-09", 0, None,
                                                    "Same here :)")]


def test_a_thread_a_thousand_replies_deep_is_read_whole() -> None:
    # Parts are grouped by item in one walk per selector: a walk per item
    # would cost the square of the depth (this took 20 s that way).
    head = "".join(f'<div class="comment" id="comment-{i + 10}"><span class="author">u{i}</span>'
                   f'<div class="comment-content"><p>reply number {i} in a long chain</p></div>'
                   for i in range(1000))
    doc = dehusk.extract(ARTICLE + head + "</div>" * 1000)
    chain = flat(doc.comments)
    assert len(chain) == 1000
    assert chain[-1] == ("u999", None, 999, "comment-1008", "reply number 999 in a long chain")


def test_own_text_stops_when_long_enough_and_keeps_its_length_test() -> None:
    """own_text(enough=n) reads only until it has n characters, and its
    length passes a `>= n` test exactly when the whole text's does."""
    from selectolax.lexbor import LexborHTMLParser

    from dehusk.assemble.comments import own_text

    tree = LexborHTMLParser(
        "<div id='a'><p>Short</p><p>  and   more  </p><div class='reply' id='r'>"
        "<p>A nested reply that is not the item's own text at all.</p></div>"
        "<p>Closing words of the first comment, long enough on their own.</p></div>"
        "<div id='b'><p>Tiny</p> <span> x </span></div>")
    item, reply, tiny = tree.css_first("#a"), tree.css_first("#r"), tree.css_first("#b")
    whole = own_text(item, {reply.mem_id})
    assert whole == ("Short\n\nand more\n\nClosing words of the first comment, long "
                     "enough on their own.")
    for enough in (1, 5, 12, 15, 40, len(whole), len(whole) + 1):
        read = own_text(item, {reply.mem_id}, enough=enough)
        assert whole.startswith(read)
        assert (len(read) >= enough) == (len(whole) >= enough)
    assert own_text(tiny, set(), enough=15) == own_text(tiny, set()) == "Tiny\n\nx"
