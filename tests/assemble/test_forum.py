"""Forum and Q&A threads from markup written for the tests: Discourse's
crawler view, Hacker News, Stack Exchange-like Q&A, and pages that only look
like forums."""

from __future__ import annotations

import dehusk
from dehusk.model import Comment


def flat(comments: list[Comment]) -> list[tuple]:
    out = []
    stack = list(reversed(comments))
    while stack:
        c = stack.pop()
        out.append((c.id, c.author, c.date, c.depth, c.parent, c.text))
        stack.extend(reversed(c.replies))
    return out


DISCOURSE = """<html lang="en"><head><title>Backing up a Raspberry Pi SD card - Help - Makers</title></head>
<body><header><a href="/">Makers forum</a> <a href="/login">Log in</a></header>
<div id="main-outlet" class="wrap" role="main">
 <div id="topic-title"><h1><a href="/t/backing-up-sd/812">Backing up a Raspberry Pi SD card</a></h1></div>
 <div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post" id="post_1">
  <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
   <a itemprop="url" href="/u/ferrite"><span itemprop="name">ferrite</span></a></span>
   <span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-06-02T08:11:54Z" class="post-time">June 2, 2023, 8:11am</time>
   <span itemprop="position">1</span></span></div>
  <div class="post" itemprop="text"><p>What is the safest way to back up the SD card of a running Pi?</p><p>I would rather not shut it down every night.</p></div>
  <div itemprop="interactionStatistic">2 Likes</div>
 </div>
 <div itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post" id="post_2">
  <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
   <a itemprop="url" href="/u/solderblob"><span itemprop="name">solderblob</span></a></span>
   <span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-06-02T09:30:00Z" class="post-time">June 2, 2023, 9:30am</time>
   <span itemprop="position">2</span></span></div>
  <div class="post" itemprop="text"><p>Use rpi-clone to a USB stick; it syncs only the changes after the first run.</p></div>
 </div>
</div><footer>Powered by Discourse, best viewed with JavaScript enabled</footer></body></html>"""


def test_discourse_crawler_view_is_a_forum_thread() -> None:
    doc = dehusk.extract(DISCOURSE)
    assert doc.page_type == "forum"
    assert doc.page_type_confidence is not None and 0.5 <= doc.page_type_confidence <= 1
    assert flat(doc.comments) == [
        ("post_1", "ferrite", "2023-06-02T08:11:54+00:00", 0, None,
         "What is the safest way to back up the SD card of a running Pi?\n\n"
         "I would rather not shut it down every night."),
        ("post_2", "solderblob", "2023-06-02T09:30:00+00:00", 0, None,
         "Use rpi-clone to a USB stick; it syncs only the changes after the first run."),
    ]
    assert doc.text == "\n\n".join(c[5] for c in flat(doc.comments))
    assert "Powered by Discourse" not in doc.text and "2 Likes" not in doc.text


def _hn_row(item: int, user: str, stamp: str, indent: int, text: str) -> str:
    return (f'<tr class="athing comtr" id="{item}"><td><table border="0"><tr>'
            f'<td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{indent * 40}"></td>'
            f'<td class="default"><div><span class="comhead"><a href="user?id={user}" class="hnuser">'
            f'{user}</a> <span class="age" title="{stamp} 1700000000"><a href="item?id={item}">'
            f'2 hours ago</a></span></span></div><br><div class="comment"><div class="commtext c00">'
            f'{text}</div><div class="reply"><p><font size="1"><u><a href="reply?id={item}">reply</a>'
            '</u></font></p></div></div></td></tr></table></td></tr>')


HACKER_NEWS = ("""<html lang="en"><head><title>Ask HN: How do you keep notes? | Hacker News</title></head>
<body><center><table id="hnmain"><tr><td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="ask">ask</a></span></td></tr>
<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="38001"><td class="title">
<span class="titleline"><a href="item?id=38001">Ask HN: How do you keep notes?</a></span></td></tr>
<tr><td class="subtext"><span class="subline"><span class="score">120 points</span> by <a href="user?id=quill" class="hnuser">quill</a>
<span class="age" title="2023-11-14T07:00:00 1699945200"><a href="item?id=38001">5 hours ago</a></span> | <a href="hide">hide</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">Paper, plain text, an app? What stuck for you after a year?</div></td></tr>
</table><br><table class="comment-tree" border="0">"""
               + _hn_row(38002, "inkwell", "2023-11-14T07:30:00", 0,
                         "Plain text files in a git repository. Nothing else survived.")
               + _hn_row(38003, "quill", "2023-11-14T07:45:00", 1,
                         "How do you search them?")
               + _hn_row(38004, "inkwell", "2023-11-14T08:02:00", 2, "ripgrep, and good file names.")
               + _hn_row(38005, "margin", "2023-11-14T08:10:00", 0,
                         "A paper notebook per year; I copy what matters forward.")
               + """</table></td></tr><tr><td><center><a href="newsguidelines.html">Guidelines</a> |
<a href="newsfaq.html">FAQ</a></center></td></tr></table></center></body></html>""")


def test_hacker_news_thread_nests_by_indent() -> None:
    doc = dehusk.extract(HACKER_NEWS)
    assert doc.page_type == "forum"
    assert [c[:5] for c in flat(doc.comments)] == [
        ("post-0", "quill", "2023-11-14T07:00:00", 0, None),
        ("38002", "inkwell", "2023-11-14T07:30:00", 0, None),
        ("38003", "quill", "2023-11-14T07:45:00", 1, "38002"),
        ("38004", "inkwell", "2023-11-14T08:02:00", 2, "38003"),
        ("38005", "margin", "2023-11-14T08:10:00", 0, None),
    ]
    assert doc.text.startswith("Paper, plain text, an app?")
    assert "ripgrep, and good file names." in doc.text
    assert "reply" not in doc.text.split() and "Guidelines" not in doc.text


QA = """<html lang="de"><head><title>Wann "wurde" und wann "war"?</title></head><body>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question" id="question">
 <h1 itemprop="name">Wann "wurde" und wann "war"?</h1>
 <div class="postcell"><div class="s-prose js-post-body" itemprop="text"><p>Woran erkenne ich, ob "Ich wurde gefragt" oder "Ich war gefragt" richtig ist?</p></div>
 <div class="user-details" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/users/5">lerner</a><span itemprop="name" class="d-none">lerner</span></div>
 <time itemprop="dateCreated" datetime="2014-02-06T20:37:20">6. Feb. 2014</time></div>
 <div class="comments"><ul class="comments-list">
  <li id="comment-265" class="comment"><div class="comment-body"><span class="comment-copy">Meinst du das Passiv oder den Zustand?</span>
   – <a href="/users/9" class="comment-user">Vogel</a> <span class="comment-date"><span title="2014-02-06 21:03:00Z" class="relativetime-clean">6. Feb. 2014</span></span></div></li>
 </ul></div>
 <div id="answers">
  <div id="answer-103" class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
   <div class="s-prose js-post-body" itemprop="text"><p>"Wurde" beschreibt den Vorgang, "war" den Zustand danach.</p></div>
   <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Hagen</span></div>
   <time itemprop="dateCreated" datetime="2014-02-06T21:05:00">6. Feb. 2014</time>
  </div>
 </div>
</div></div><footer>Seitendesign / Logo © 2024 Stack Exchange Inc</footer></body></html>"""


def test_question_answers_and_their_comments() -> None:
    doc = dehusk.extract(QA)
    assert doc.page_type == "forum"
    assert [c[:5] for c in flat(doc.comments)] == [
        ("question", "lerner", "2014-02-06T20:37:20", 0, None),
        ("comment-265", "Vogel", "2014-02-06", 1, "question"),
        ("answer-103", "Hagen", "2014-02-06T21:05:00", 1, "question"),
    ]
    # The remark under the question is a reply in the tree, not thread text.
    assert "Meinst du das Passiv oder den Zustand?" not in doc.text
    assert doc.text.index("Woran erkenne ich") < doc.text.index('"Wurde" beschreibt')


def test_a_blog_post_with_one_post_element_is_not_a_forum() -> None:
    page = ("<html><body><div class='post' id='p123'><div class='content'><p>"
            + "A blog post marked up with the class a forum uses, and nothing else. " * 5
            + "</p></div></div></body></html>")
    doc = dehusk.extract(page)
    assert doc.page_type != "forum"
    assert "A blog post marked up" in doc.text


def test_forum_text_stays_when_comments_are_not_asked_for() -> None:
    doc = dehusk.extract(DISCOURSE, include_comments=False)
    assert doc.page_type == "forum"
    assert doc.comments == []
    assert "Use rpi-clone to a USB stick" in doc.text


def test_thread_given_only_in_json_ld() -> None:
    page = """<html lang="de"><head><title>Balkon begrünen im Schatten</title>
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "DiscussionForumPosting", "@id": "https://garten.example/t/991#post-1",
 "headline": "Balkon begrünen im Schatten",
 "author": {"@type": "Person", "name": "Farnfreundin"}, "datePublished": "2024-04-02T18:00:00+02:00",
 "text": "Mein Nordbalkon bekommt kaum Sonne. Welche Pflanzen halten das aus?",
 "comment": [
  {"@type": "Comment", "@id": "https://garten.example/t/991#post-2",
   "author": {"@type": "Person", "name": "Hosta_Horst"}, "datePublished": "2024-04-02T19:10:00+02:00",
   "text": "Funkien und Farne, die lieben Schatten.",
   "comment": [{"@type": "Comment", "author": "Farnfreundin", "datePublished": "2024-04-03T07:45:00+02:00",
                "text": "Danke, Farne probiere ich aus."}]}]}</script></head>
<body><div id="app"><p>Die Diskussion wird geladen …</p></div></body></html>"""
    doc = dehusk.extract(page)
    assert doc.page_type == "forum"
    assert [c[:5] for c in flat(doc.comments)] == [
        ("https://garten.example/t/991#post-1", "Farnfreundin", "2024-04-02T18:00:00+02:00", 0,
         None),
        ("https://garten.example/t/991#post-2", "Hosta_Horst", "2024-04-02T19:10:00+02:00", 0,
         None),
        ("post-1-1", "Farnfreundin", "2024-04-03T07:45:00+02:00", 1,
         "https://garten.example/t/991#post-2"),
    ]
    assert doc.text == ("Mein Nordbalkon bekommt kaum Sonne. Welche Pflanzen halten das aus?"
                        "\n\nFunkien und Farne, die lieben Schatten.\n\nDanke, Farne probiere ich aus.")


def _vb_post(number: int, user: str, when: str, text: str) -> str:
    return (f'<li class="postbitlegacy postbitim postcontainer old" id="post_{number}">'
            f'<div class="posthead"><span class="postdate old"><span class="date">{when}</span></span>'
            f'<span class="nodecontrols"><a name="post{number}" href="#post{number}" class="postcounter">'
            f'#{number % 10}</a></span></div><div class="postdetails"><div class="userinfo">'
            f'<a class="username offline popupctrl" href="member.php?u=1"><strong>{user}</strong></a>'
            '<span class="usertitle">Erfahrener Benutzer</span><dl class="userinfo_extra"><dt>Beiträge</dt>'
            '<dd>1.234</dd></dl></div><div class="postbody"><div class="postrow"><div class="content">'
            f'<div id="post_message_{number}"><blockquote class="postcontent restore">{text}'
            '</blockquote></div></div></div></div></div><div class="postfoot"><a class="quote">Zitieren'
            '</a></div></li>')


def test_vbulletin_thread() -> None:
    page = ("<html lang='de'><head><title>Akku hält nur einen Tag - Smartphone-Forum</title></head>"
            "<body><div id='breadcrumb'><a href='/'>Forum</a></div><ol id='posts' class='posts'>"
            + _vb_post(4101, "akkuklaus", "03.02.2019, 10:15",
                       "Seit dem letzten Update hält mein Akku nur noch einen Tag.<br><br>Ideen?")
            + _vb_post(4102, "Ladefuchs", "03.02.2019, 11:02",
                       "Schau mal unter Einstellungen nach, welche App so viel verbraucht.")
            + "</ol><div id='footer'>Powered by vBulletin® Copyright ©2000 - 2019</div></body></html>")
    doc = dehusk.extract(page)
    assert doc.page_type == "forum"
    assert [c[:5] for c in flat(doc.comments)] == [
        ("post_4101", "akkuklaus", "2019-02-03", 0, None),
        ("post_4102", "Ladefuchs", "2019-02-03", 0, None)]
    assert doc.text == ("Seit dem letzten Update hält mein Akku nur noch einen Tag.\n\nIdeen?\n\n"
                        "Schau mal unter Einstellungen nach, welche App so viel verbraucht.")


def _old_reddit(thing: str, user: str, stamp: str, text: str, children: str = "") -> str:
    return (f'<div class="thing id-{thing} comment" id="thing_{thing}" data-author="{user}">'
            f'<div class="entry unvoted"><p class="tagline"><a class="author">{user}</a> '
            f'<time datetime="{stamp}">1 day ago</time></p><form class="usertext"><div class="usertext-body">'
            f'<div class="md"><p>{text}</p></div></div></form><ul class="flat-list buttons">'
            '<li><a>permalink</a></li><li><a>reply</a></li></ul></div>'
            f'<div class="child"><div class="sitetable listing">{children}</div></div></div>')


def test_old_reddit_thread_nests_by_the_dom() -> None:
    page = ("<html><head><title>Which tent for the Cairngorms? : CampingGear</title></head><body>"
            "<div id='siteTable' class='sitetable linklisting'><div class='thing id-t3_x1 link self' "
            "id='thing_t3_x1'><p class='title'><a>Which tent for the Cairngorms?</a></p>"
            "<p class='tagline'><a class='author'>hillwalker</a> <time datetime='2022-08-01T08:00:00+00:00'>"
            "</time></p><div class='expando'><form class='usertext'><div class='usertext-body'><div class='md'>"
            "<p>Looking for a two-person tent that survives wind above the tree line.</p></div></div>"
            "</form></div></div></div><div class='commentarea'><div class='sitetable nestedlisting'>"
            + _old_reddit("t1_a", "gustproof", "2022-08-01T09:00:00+00:00",
                          "A tunnel tent pitched tail into the wind.",
                          _old_reddit("t1_b", "hillwalker", "2022-08-01T09:30:00+00:00",
                                      "Which one do you use?"))
            + "</div></div></body></html>")
    doc = dehusk.extract(page)
    assert doc.page_type == "forum"
    assert [c[:5] for c in flat(doc.comments)] == [
        ("thing_t3_x1", "hillwalker", "2022-08-01T08:00:00+00:00", 0, None),
        ("thing_t1_a", "gustproof", "2022-08-01T09:00:00+00:00", 0, None),
        ("thing_t1_b", "hillwalker", "2022-08-01T09:30:00+00:00", 1, "thing_t1_a")]
    assert "permalink" not in doc.text


def test_a_faq_in_question_and_answer_markup_is_not_a_forum() -> None:
    faq = "".join(
        f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">'
        f'<h3 itemprop="name">Frage {n}: Wie lange dauert der Versand?</h3>'
        f'<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">'
        f'<div itemprop="text"><p>Antwort {n}: In der Regel zwei bis drei Werktage.</p></div>'
        '</div></div>' for n in range(1, 4))
    page = ("<html lang='de'><body><article><h1>Versand und Lieferung</h1><p>"
            + "Hier beantworten wir die häufigsten Fragen rund um Versand und Lieferung. " * 3
            + "</p><div itemscope itemtype='https://schema.org/FAQPage'>" + faq
            + "</div></article></body></html>")
    doc = dehusk.extract(page)
    assert doc.page_type != "forum"
    assert "Hier beantworten wir" in doc.text
