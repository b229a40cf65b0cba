from __future__ import annotations

import dehusk

PROSE = "This sentence is part of the article and it carries enough words to count. "


def para(n: int) -> str:
    return f"<p>Paragraph {n}. " + PROSE * 2 + "</p>"


def test_article_split_over_sections_is_kept_whole() -> None:
    html = ("<body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><main>"
            f"<section>{para(1)}{para(2)}</section>"
            "<div class='ad-slot'><p>Advertisement</p><p>Buy our fine products today.</p></div>"
            f"<section>{para(3)}{para(4)}</section></main>"
            "<aside class='sidebar'><ul><li><a href='/x'>Other story one</a></li>"
            "<li><a href='/y'>Other story two</a></li></ul></aside></body>")
    doc = dehusk.extract(html)
    for n in (1, 2, 3, 4):
        assert f"Paragraph {n}." in doc.text
    assert "Buy our fine products" not in doc.text
    assert "Other story" not in doc.text


def test_link_lists_inside_the_article_are_dropped() -> None:
    html = (f"<body><article>{para(1)}<ul><li><a href='/1'>Read this other piece</a></li>"
            f"<li><a href='/2'>And this one as well</a></li></ul>{para(2)}</article></body>")
    doc = dehusk.extract(html)
    assert "Read this other piece" not in doc.text
    assert "Paragraph 2." in doc.text


def test_headline_byline_and_date_line_are_metadata_not_text() -> None:
    html = ("<body><article><h1>The headline</h1><p>By Jo Smith</p><p>March 3, 2024</p>"
            f"{para(1)}{para(2)}</article></body>")
    doc = dehusk.extract(html)
    assert doc.text.startswith("Paragraph 1.")
    reasons = {b.text: b.reasons for b in doc.blocks}
    assert any("headline" in r for r in reasons["The headline"])
    assert any("byline" in r for r in reasons["By Jo Smith"])
    assert any("date line" in r for r in reasons["March 3, 2024"])


def test_heading_over_nothing_is_dropped() -> None:
    html = (f"<body><article><h2>Findings</h2>{para(1)}{para(2)}<h2>More from us</h2>"
            "<ul><li><a href='/1'>A teaser headline here</a></li></ul></article></body>")
    doc = dehusk.extract(html)
    assert "Findings" in doc.text
    assert "More from us" not in doc.text


def test_comment_sections_are_kept_out_of_the_text() -> None:
    html = (f"<body><article>{para(1)}{para(2)}</article><div id='comments'>"
            "<div class='comment'><p>" + "A reader's long opinion about all of this. " * 4
            + "</p></div></div></body>")
    doc = dehusk.extract(html)
    assert "A reader's long opinion" not in doc.text
    labels = {b.label for b in doc.blocks if "reader's" in b.text}
    assert labels <= {dehusk.Label.COMMENT, dehusk.Label.BOILERPLATE}


def test_recall_pass_when_the_article_sits_under_a_boilerplate_token() -> None:
    html = f"<body><div class='ad-column'>{para(1)}{para(2)}{para(3)}</div></body>"
    doc = dehusk.extract(html)
    assert "Paragraph 3." in doc.text
    assert any(a.name == "recall" and a.chosen for a in doc.attempts)


def test_recall_pass_never_takes_a_consent_dialog_or_the_comments() -> None:
    consent = ("<div class='cookie-consent'>" + "<p>We and our partners store cookies on "
               "your device to measure and improve this website, as you agree. </p>" * 6
               + "</div>")
    comments = ("<section class='comments'>" + "<p>I read this and I think the writer is "
                "right about almost every point made here today. </p>" * 6 + "</section>")
    html = (f"<body>{consent}<div class='ad-column'>{para(1)}{para(2)}</div>"
            f"{comments}</body>")
    doc = dehusk.extract(html)
    assert any(a.name == "recall" and a.chosen for a in doc.attempts)
    assert "Paragraph 2." in doc.text
    assert "cookies" not in doc.text
    assert "the writer is right" not in doc.text


def test_drupal_page_wrapper_is_not_a_dialog() -> None:
    html = ("<body><div class='dialog-off-canvas-main-canvas'><nav><a href='/'>Home</a></nav>"
            f"<main><article>{para(1)}{para(2)}</article></main></div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 2." in doc.text
    assert [a.name for a in doc.attempts if a.chosen] == ["dom"]


def test_a_sidebar_name_on_the_page_wrapper_does_not_hide_the_article() -> None:
    body = "".join(para(n) for n in range(1, 16))
    html = ("<body><div class='layout primary-and-secondary-columns'>"
            f"<nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav><article>{body}</article>"
            "</div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 15." in doc.text
    assert [a.name for a in doc.attempts if a.chosen] == ["dom"]
    assert "Home" not in doc.text


def test_an_article_opened_as_an_overlay_is_the_text() -> None:
    # An app renders the story it opened in a modal layer over the page it
    # came from (a stream of teasers): the modal holds the page's headline.
    stream = "".join(
        f"<li><h3><a href='/s{n}'>Teaser headline number {n} here</a></h3>"
        f"<p>Summary {n}. " + PROSE * 2 + "</p></li>" for n in range(1, 6))
    html = (f"<body><div id='app'><div class='stream'><ul>{stream}</ul></div>"
            "<div class='render-layer layer-modal' id='story-modal'><div class='canvas'>"
            "<header><h1>The story the reader opened</h1></header><article>"
            + "".join(para(n) for n in range(1, 15)) + "</article></div></div></div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 1." in doc.text and "Paragraph 14." in doc.text


def test_a_popup_without_the_headline_stays_out() -> None:
    html = ("<body><h1>The headline</h1><article>" + "".join(para(n) for n in range(1, 5))
            + "</article><div class='modal' id='signup-popup'><p>Join us. " + PROSE * 3
            + "</p><p>Members get more. " + PROSE * 3 + "</p></div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 4." in doc.text
    assert "Join us." not in doc.text
    # A popup with its own heading on a page whose headline is no h1.
    html = ("<body><h2>The headline</h2><article>" + "".join(para(n) for n in range(1, 3))
            + "</article><div class='modal' id='signup-popup'><h1>Join us</h1><p>Members "
            + PROSE * 5 + "</p></div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 2." in doc.text
    assert "Members" not in doc.text


def test_picture_captions_do_not_stop_the_climb_to_the_steps() -> None:
    # A how-to: the intro and each step in their own box, a captioned
    # picture beside each. The captions are the article's, not a sidebar's:
    # they must not keep the vote in the intro's box.
    intro = "<div class='text'><p>Intro. " + PROSE * 6 + "</p></div>"
    steps = "".join(
        f"<div class='step'><div class='text'><p>Step {n}</p><p>Do thing {n} with care "
        "and patience.</p></div><figure><img src='x.jpg'><figcaption class='caption'>A picture of step "
        f"{n} being done (Photo: Jo)</figcaption></figure></div>" for n in range(1, 9))
    html = (f"<body><nav><a href='/'>Home</a></nav><div class='main'><div class='step'>"
            f"{intro}<figure><img src='y.jpg'><figcaption class='caption'>The finished thing on a table "
            f"(Photo: Jo)</figcaption></figure></div>{steps}</div></body>")
    doc = dehusk.extract(html)
    assert "Intro." in doc.text
    assert "Do thing 1 with care" in doc.text and "Do thing 8 with care" in doc.text
    assert "Photo: Jo" not in doc.text


def test_teaser_summaries_in_a_stream_beside_the_article_are_not_rescued() -> None:
    # A stream of stories beside the article, each list entry a linked
    # headline and a long summary. A long paragraph outside the container
    # is rescued as stray article prose, but not one under a list entry.
    stream = "".join(
        f"<li class='item'><h3><a href='/s{n}'>Another story number {n} today</a></h3>"
        f"<p>Summary {n} of that other story. " + PROSE * 4 + "</p></li>" for n in range(1, 5))
    menu = "".join(f"<li><a href='/m{n}'>Menu entry number {n}</a></li>" for n in range(100))
    html = ("<body><div class='page'><div class='story'><h1>The headline</h1>"
            + "".join(para(n) for n in range(1, 9)) + "</div>"
            f"<div class='column'><ul class='stream'>{stream}</ul>"
            f"<div class='sidebar'><ul>{menu}</ul></div></div></div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 1." in doc.text and "Paragraph 8." in doc.text
    assert "Summary 1 of" not in doc.text


def test_list_entries_written_around_their_links_are_kept() -> None:
    # Release notes: each entry links its bug, with words of its own beside
    # the link. A list of bare headline links in the same body still goes.
    notes = "".join(
        f"<li><a href='/bug/{n}'>Bug {n} - crash when the window closes early</a> "
        f"fixed by Sam in the nightly build</li>" for n in range(101, 106))
    more = "".join(f"<li><a href='/post/{n}'>Another post from this blog, number {n}</a></li>"
                   for n in range(1, 5))
    html = (f"<body><article>{para(1)}{para(2)}<ul>{notes}</ul>{para(3)}"
            f"<ul>{more}</ul></article></body>")
    doc = dehusk.extract(html)
    assert "Bug 101 - crash when the window closes early fixed by Sam in the" in doc.text
    assert "Bug 105 -" in doc.text
    assert "Another post from this blog" not in doc.text


def test_a_real_sidebar_holding_less_than_most_of_the_text_stays_out() -> None:
    html = ("<body><article>" + "".join(para(n) for n in range(1, 8)) + "</article>"
            "<div class='sidebar'>" + "<p>Sidebar note. " + PROSE * 2 + "</p>" * 1 + "</div>"
            "</body>")
    doc = dehusk.extract(html)
    assert "Sidebar note." not in doc.text


def test_precision_drops_more_than_recall() -> None:
    html = ("<body><article>" + para(1) + "<p>Short line here. <a href='/a'>with a link</a> "
            "and <a href='/b'>another link</a></p>" + para(2) + "</article></body>")
    precise = dehusk.extract(html, favor="precision").text
    lenient = dehusk.extract(html, favor="recall").text
    assert len(precise) <= len(lenient)
    assert "another link" in lenient and "another link" not in precise


def test_embedded_post_quoted_in_the_article_is_kept() -> None:
    tweet = ("<blockquote class='twitter-tweet'><p>The council voted the budget through "
             "tonight, after six hours of debate.</p>— City Hall (@cityhall) May 2, 2024"
             "</blockquote>")
    html = (f"<body><article class='entry-content'>{para(1)}{tweet}{para(2)}</article>"
            "<aside class='sidebar'><div class='instagram-media'><p>Our latest photo from "
            "the beach, follow us for more every single day.</p></div></aside></body>")
    doc = dehusk.extract(html)
    assert "voted the budget through tonight" in doc.text
    assert "Paragraph 2." in doc.text
    assert "Our latest photo" not in doc.text


def _recipe(head: str) -> str:
    steps = "".join(
        f"<div class='step'><span class='step-no'>Step {n}</span>"
        f"<div class='step-copy'><p>{text}</p></div></div>"
        for n, text in enumerate([
            "Beat the soft butter with the sugar until pale and fluffy, about five minutes.",
            "Stir in the eggs one at a time, then fold in the flour and the baking powder.",
            "Spread the batter in the tin and bake for forty minutes until a skewer comes "
            "out clean.",
        ], 1))
    items = ("225 g butter", "225 g caster sugar", "4 eggs", "225 g self-raising flour",
             "2 lemons, zest and juice", "85 g icing sugar", "1 pinch salt", "2 tbsp milk",
             "1 tsp baking powder")
    ingredients = "".join(f"<li>{item}</li>" for item in items)
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/r'>Recipes</a>"
            "</nav><main><div class='recipe'><h1>Lemon drizzle cake</h1>"
            "<div class='intro'><p>Moist and sharp.</p></div>"
            f"<div class='ingredients'><h2>Ingredients</h2><ul>{ingredients}</ul></div>"
            f"<div class='method'><div class='steps'>{steps}</div></div></div></main>"
            "<footer><p>© Bake Club</p></footer></body></html>")


def test_declared_recipe_keeps_ingredients_and_every_step() -> None:
    # Ingredient lines are short non-sentences: on a page that says nothing
    # of itself they weigh against their box; a declared Recipe keeps them.
    head = '<script type="application/ld+json">{"@type": "Recipe", "name": "Cake"}</script>'
    doc = dehusk.extract(_recipe(head))
    assert doc.page_type == "recipe"
    for snippet in ("225 g caster sugar", "1 tsp baking powder", "Beat the soft butter",
                    "bake for forty minutes"):
        assert snippet in doc.text
    assert "© Bake Club" not in doc.text and "Recipes" not in doc.text


def test_deck_heading_before_the_article_is_its_lead() -> None:
    html = ("<body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
            "<header class='article-header'><h1>Ministers agree on the port deal</h1>"
            "<h2 class='article-deck'>The agreement ends four years of talks over who pays "
            "for the new quay</h2></header>"
            f"<div class='article-body'>{para(1)}{para(2)}</div>"
            "<aside class='sidebar'><h2>Most read</h2><ul><li><a href='/a'>Another story "
            "about the harbour and its many boats</a></li></ul></aside></body>")
    doc = dehusk.extract(html)
    assert doc.text.startswith("The agreement ends four years of talks")
    assert "Ministers agree" not in doc.text and "Most read" not in doc.text


def test_marked_article_body_is_kept_whole_despite_its_link_lists() -> None:
    # A podcast page: two paragraphs of prose, then show notes as long link
    # lists inside the same entry-content; one note item has a sub-list with
    # a sentence. The link lists outvote the prose, so the vote alone stops
    # inside the sub-list; the page's own marker (entry-content) says where
    # the text is.
    notes = "".join(f"<li><a href='/n{i}'>Show note link number {i} to elsewhere</a></li>"
                    for i in range(30))
    html = ("<body><div id='content'><article class='post'><div class='entry-content'>"
            "<p>This episode is about the new season of the show. " + PROSE + "</p>"
            "<p>We will spoil everything, so listen after watching it. " + PROSE + "</p>"
            f"<ul>{notes}<li><ul><li>Rios, a melancholic captain. A loner? A narcissist? "
            "Obscure literature, and a bottle of wine from the family estate.</li></ul></li>"
            "</ul></div></article></div>"
            "<aside class='sidebar'><p>Subscribe to the feed.</p></aside></body>")
    doc = dehusk.extract(html)
    assert "This episode is about the new season" in doc.text
    assert "We will spoil everything" in doc.text
    assert "Show note link number" not in doc.text
    assert any("entry-content" in (a.note or "") for a in doc.attempts if a.chosen)


def test_a_post_wrapped_whole_in_an_embed_class_is_still_the_article() -> None:
    # A theme that puts the class of an Instagram embed on the post's own
    # wrapper: its paragraphs are longer than any embedded caption.
    long_para = ("<p>" + "When I sat down to write this, I had no idea where it would go. "
                 * 9 + "</p>")
    html = ("<body><main><article class='post-article'><h1>Sunday thoughts</h1>"
            f"<div class='instagram-media'>{long_para}{long_para}{long_para}</div></article>"
            "</main><div class='about-the-blog'><p>"
            + "A blog about fashion, beauty and living. " * 4
            + "</p></div><div id='cookie-law-info-bar'><p>This website uses cookies to improve "
            "your experience while you navigate through the website, and to show you more "
            "of what you like; you can opt out of them in the settings if you wish.</p>"
            "</div></body>")
    doc = dehusk.extract(html)
    assert doc.text.count("When I sat down to write this") == 27
    assert "uses cookies" not in doc.text
    assert "A blog about fashion" not in doc.text


def test_closing_quotes_of_each_convention_end_a_sentence() -> None:
    from dehusk.features.block import ends_like_sentence

    for text in ("„Ich sollte das nicht sagen…“", "»Das war es.«", "「そうです。」", "He said ‘no.’"):
        assert ends_like_sentence(text), text
    assert not ends_like_sentence("Read more")


def test_a_lead_named_teaser_is_kept_and_a_related_teaser_is_not() -> None:
    lead = ("<div class='teaser-text'><p>The council opened a repair cafe on Friday, where "
            "volunteers fix what residents bring in.</p></div>")
    related = ("<div class='related'><div class='teaser-text'><p>Another story begins "
               "here and stops short of its...</p></div></div>")
    html = (f"<body><div class='news-detail'><h1>Repair cafe opens</h1>{lead}"
            f"<div class='body'>{para(1)}{para(2)}{para(3)}</div>{related}</div></body>")
    doc = dehusk.extract(html)
    assert "volunteers fix what residents bring in." in doc.text
    assert "Another story" not in doc.text


def _storm_page(after_lead: str) -> str:
    """A news page whose header holds a section menu, the headline and the
    lead, then ``after_lead``, before the body's container."""
    menu = "".join(f"<li><a href='/s{n}'>Section number {n}</a></li>" for n in range(12))
    return (f"<body><div class='top'><ul class='sections'>{menu}</ul>"
            "<h1>Storm closes the harbour</h1>"
            "<p>The harbour stayed shut on Monday after the storm tore two boats from "
            f"their moorings overnight.</p>{after_lead}</div>"
            f"<div class='article-body'>{para(1)}{para(2)}{para(3)}</div></body>")


def test_the_lead_in_the_article_header_joins_the_body() -> None:
    html = _storm_page("<p>Photo: Jo Smith, the harbour at dawn.</p>")
    doc = dehusk.extract(html)
    assert doc.text.startswith("The harbour stayed shut on Monday")
    assert "Photo: Jo Smith" not in doc.text
    assert "Section number" not in doc.text


def test_the_lead_is_found_past_the_picture_and_its_credit() -> None:
    html = _storm_page("<div class='article-image'><img src='h.jpg'><p>Boats lie on the quay "
                       "after the storm of Sunday night, seen from the pier at low tide in "
                       "the morning.</p></div><p>AFP</p>")
    doc = dehusk.extract(html)
    assert doc.text.startswith("The harbour stayed shut on Monday")
    assert "Boats lie on the quay" not in doc.text
    assert "AFP" not in doc.text


def test_a_page_written_inside_noscript_is_read_from_there() -> None:
    html = ("<body><div id='app'>Loading...</div><noscript><div class='post'>"
            f"<h1>Our protocol</h1>{para(1)}{para(2)}</div></noscript>"
            "<noscript><img src='pixel.gif'></noscript></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 2." in doc.text
    assert [a.name for a in doc.attempts if a.chosen] == ["noscript"]


def test_noscript_is_not_read_when_the_page_has_its_text() -> None:
    html = (f"<body><article>{para(1)}{para(2)}</article>"
            "<noscript><p>Please enable JavaScript to view the comments.</p></noscript></body>")
    doc = dehusk.extract(html)
    assert "enable JavaScript" not in doc.text
    assert "noscript" not in [a.name for a in doc.attempts]


def test_an_article_under_a_teaser_class_is_read_and_linked_teasers_are_not() -> None:
    story = "".join(f"<p>Paragraph {n}. The swimmers trained all winter for the new "
                    "levels, and the first passes are handed out this spring.</p>"
                    for n in range(6))
    teasers = "".join(f"<div class='teaser'><h3><a href='/n{n}'>Other news number {n}</a>"
                      f"</h3><p><a href='/n{n}'>A short summary of the other story {n} "
                      "that goes on a while.</a></p></div>" for n in range(4))
    intro = ("<div class='intro'><h1>Levels for synchronised swimming</h1><p>From today "
             "the levels can be ordered by every club, and the association explains how "
             "the twelve stages work, what they cost and who may award them to swimmers "
             "of each age group across the country this year.</p><p>Clubs that ordered "
             "the old passes may exchange them for the new ones at no cost until June.</p>"
             "</div>")
    html = (f"<body><div class='page'>{intro}<div class='teaserTyp3'>{story}</div></div>"
            f"<div class='more'>{teasers}</div></body>")
    doc = dehusk.extract(html)
    assert "Paragraph 5." in doc.text
    assert "Other news" not in doc.text and "summary of the other" not in doc.text


def test_a_page_that_is_all_one_link_still_gives_its_text() -> None:
    html = ("<body><div class='cookie-banner'>We use cookies.</div><a href='javascript:'>"
            "<p>abc</p><p>def</p>ghi</a></body>")
    doc = dehusk.extract(html)
    assert doc.text == "abc\n\ndef\n\nghi"
    assert [a.name for a in doc.attempts if a.chosen] == ["whole-page"]


def test_article_sections_named_as_toc_anchors_are_kept() -> None:
    # Each section of the article carries the id its table of contents links
    # to ("toc-title-2"): the words read as navigation, the paragraphs are
    # the article's. The table of contents itself still goes.
    toc = "".join(f"<li><a href='#toc-title-{n}'>Section {n}</a></li>" for n in range(1, 4))
    sections = "".join(
        f"<div class='section-body' id='toc-title-{n}'><h2>Section {n}</h2>"
        f"<p>Section {n} text. " + PROSE * 3 + "</p></div>" for n in range(1, 4))
    html = ("<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            "<div class='article-body'><h1>How to read the scale</h1>"
            + "".join(para(n) for n in range(1, 5))
            + f"<div class='toc'><ul>{toc}</ul></div>{sections}{para(5)}</div></body>")
    doc = dehusk.extract(html)
    for n in (1, 2, 3):
        assert f"Section {n} text." in doc.text
    assert "Paragraph 5." in doc.text


def _news_page(lead: str) -> str:
    share = "".join(f"<li><a href='/share/{n}'>{n}</a></li>"
                    for n in ("Facebook", "Twitter", "Email", "Print", "Copy link"))
    return ("<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            "<header class='story-header'><h1>Storm floods the old harbour</h1>"
            f"<p class='intro'>{lead}</p>"
            "<p class='byline'><a href='/authors/kim'>Kim Lee</a></p><p>12.03.2024, 08:15</p>"
            f"<ul class='share-bar'>{share}</ul>"
            "<figure><img src='/harbour.jpg'><figcaption>The harbour at dawn.</figcaption>"
            "</figure></header><div class='article-body'>"
            + "".join(para(n) for n in range(1, 6)) + "</div>"
            "<footer><a href='/imprint'>Imprint</a></footer></body>")


def test_lead_paragraph_in_the_header_behind_byline_and_share_bar_is_kept() -> None:
    # The lead sits in the story's header, apart from the body's container,
    # with the byline, date line, share bar and picture between the two.
    lead = ("The storm reached the coast overnight and flooded the old harbour. "
            "Dozens of boats were torn from their moorings before dawn, and two piers "
            "collapsed.")
    doc = dehusk.extract(_news_page(lead))
    assert doc.text.startswith("The storm reached the coast overnight")
    assert "Paragraph 5." in doc.text
    assert "Facebook" not in doc.text


def test_a_one_line_deck_under_the_headline_stays_out() -> None:
    deck = "Why the old harbour was never built for a storm of this size, and what comes next"
    doc = dehusk.extract(_news_page(deck + "."))
    assert "Why the old harbour" not in doc.text
    assert doc.text.startswith("Paragraph 1.")


def test_a_sentence_paragraph_that_links_most_of_its_phrases_is_kept() -> None:
    # A paragraph of the article that links many of its phrases, more link
    # text than its own, but with a sentence's worth of words between them.
    # A line of bare links in the same body still goes.
    linked = ("<p>The reaction came from <a href='/a'>every corner of the community at once</a>, "
              "including <a href='/b'>the people who had argued the loudest against the plan "
              "last spring</a> and <a href='/c'>the small group of volunteers who run the "
              "weekly meetings</a>, and most of them said the same thing in public: the idea "
              "was sound and the way it was announced was not.</p>")
    links = ("<p><a href='/x'>Read the first part of this series here</a> "
             "<a href='/y'>and the second part of the series over here</a>.</p>")
    html = (f"<body><article>{para(1)}{linked}{para(2)}{links}{para(3)}</article></body>")
    doc = dehusk.extract(html)
    assert "The reaction came from every corner" in doc.text
    assert "Read the first part" not in doc.text
