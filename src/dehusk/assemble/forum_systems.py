"""The markup of forum and Q&A software: where a post is, and its parts.

One row per system. Selectors are CSS (lexbor); a value starting with "@"
names an attribute of the post element itself (XenForo's `data-author`,
Reddit's `author` and `depth`). A depth element gives its `indent`
attribute, or the width of its spacer image in steps of INDENT_PIXELS.
Written from each system's published templates (phpBB prosilver, vBulletin
3/4, XenForo 1/2, Discourse's crawler
view, Hacker News, old and new Reddit, schema.org microdata).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INDENT_PIXELS = 40  # Hacker News indents a reply by a 40 px spacer image per level


@dataclass(frozen=True, slots=True)
class ForumSystem:
    name: str
    post: str  # one post (a reply, or the opening post)
    body: str  # the post's own text, inside it
    author: str
    date: str
    depth: str = ""  # where the reply depth is written; empty: DOM nesting gives it
    post_id: re.Pattern[str] | None = None  # ids a post must have (phpBB "p123")
    opening: str = ""  # the opening post when it is marked apart (HN, Reddit)
    opening_body: str = ""
    # Comments under a post (Stack Exchange's under questions and answers)
    # are read as the post's replies.
    comments_inside: bool = False


SYSTEMS: tuple[ForumSystem, ...] = (
    ForumSystem(
        "xenforo", post="article.message--post, article.message[data-author], "
        "li.message[data-author]",
        body=".bbWrapper, .messageText", author="@data-author",
        date="time.u-dt[datetime], time[datetime], .DateTime",
    ),
    ForumSystem(
        "discourse", post=".topic-body.crawler-post, div.crawler-post",
        body='[itemprop="text"], .cooked, .post',
        author='[itemprop="author"] [itemprop="name"], .creator [itemprop="name"], .creator',
        date='time[datetime], [itemprop="datePublished"]',
    ),
    ForumSystem(
        "phpbb", post="div.post", body="div.content",
        author=".author .username, .author .username-coloured, .postprofile .username, "
        ".postprofile .username-coloured, .author strong",
        date=".author time[datetime], p.author, .author",
        post_id=re.compile(r"^p\d+$"),
    ),
    ForumSystem(
        "vbulletin", post='li.postcontainer, li.postbitlegacy, li.postbit, div[id^="edit"]',
        body='[id^="post_message_"], blockquote.postcontent, .postcontent',
        author=".username, .bigusername", date=".postdate, .date, .postDate",
    ),
    ForumSystem(
        "hackernews", post="tr.athing.comtr", body=".commtext", author=".hnuser",
        date="span.age[title], span.age", depth="td.ind",
        opening="table.fatitem", opening_body=".toptext",
    ),
    ForumSystem(
        "reddit", post="shreddit-comment", body='[slot="comment"]', author="@author",
        date="time[datetime], faceplate-timeago[ts], @created-timestamp", depth="@depth",
        opening="shreddit-post", opening_body='[slot="text-body"]',
    ),
    ForumSystem(
        "reddit-old", post="div.thing.comment", body=".usertext-body .md, .usertext-body",
        author=".author", date="time[datetime]",
        opening="div.thing.link", opening_body=".usertext-body .md, .usertext-body",
    ),
    ForumSystem(
        "schema.org", post='[itemtype*="DiscussionForumPosting"], '
        '[itemtype*="schema.org/Question"], [itemtype*="schema.org/Answer"]',
        body='[itemprop="text"], [itemprop="articleBody"]',
        author='[itemprop="author"] [itemprop="name"], [itemprop="author"]',
        date='[itemprop="datePublished"], [itemprop="dateCreated"], time[datetime]',
        comments_inside=True,
    ),
)
