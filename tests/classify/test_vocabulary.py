import pytest

from dehusk.classify.vocabulary import group_of, inherit


@pytest.mark.parametrize("attrs, group", [
    ("entry-content", "strong_content"),
    ("entry-content entry-content-read-more", "strong_content"),
    ("comment-content", "comments"),
    ("article-related", "related"),
    ("sharebar", "share"),
    ("signupBackground", "newsletter"),
    ("non-ad-column-l", ""),
    ("has-sidebar main", "content"),
    ("box article modal-enabled", "content"),
    ("cookie-law-info-bar", "cookie"),
    ("address", ""),
    ("wp-caption-text", "caption"),
    ("nav_toc_1 menu", "navigation"),
])
def test_group_of(attrs: str, group: str) -> None:
    assert group_of(attrs) == group


def test_weak_content_does_not_lift_boilerplate() -> None:
    assert inherit("content", "cookie") == "cookie"
    assert inherit("strong_content", "sidebar") == "strong_content"
    assert inherit("", "related") == "related"
    assert inherit("share", "strong_content") == "share"


@pytest.mark.parametrize(("attrs", "group"), [
    ("dialog-off-canvas-main-canvas", ""),  # Drupal's page wrapper
    ("elementor-widget-wrap", ""),  # Elementor's elements are "widgets"
    ("elementor-widget elementor-widget-text-editor", "content"),
    ("elementor-widget elementor-widget-sidebar", "sidebar"),
    ("widget Blog Blog1", ""),  # Blogger's main column
    ("widget BlogArchive BlogArchive1", "sidebar"),
    ("widget blog-posts", "sidebar"),
    ("cmp-text", "content"),  # Adobe Experience Manager's components
    ("cmp-title__text", "content"),
    ("cmp-banner", "cookie"),  # a consent platform's
    ("o-media js-lightbox-gallery", ""),  # opens a lightbox; is not one
    # WordPress's post_class(): its taxonomy terms are not a tag list
    ("post-7 post type-post status-publish hentry category-news custom_tags-ads", "content"),
    ("nrplus-cta-wrap", "related"),
    ("next-post-thumbnails", "related"),  # the next story's teaser
    ("up-next", "related"),
    ("panel-display panel-two-col-sidebar-right-mix", ""),  # a layout with a sidebar
    ("page has-sidebar", ""),
    ("sidebar-right", "sidebar"),
    ("canvas-body Ff($ff-secondary) Mstart(137px)--modalMinWidth", ""),  # atomic CSS  # a call to action: "Join us ..."
    ("octa-core", ""),
])
def test_cms_names_are_not_read_as_groups(attrs: str, group: str) -> None:
    assert group_of(attrs) == group


def test_no_content_marker_lifts_a_consent_dialog() -> None:
    # A consent plugin's own "tab-main-content" is the dialog's body.
    assert group_of("moove-gdpr-tab-main-content") == "strong_content"
    assert inherit("strong_content", "cookie") == "cookie"


def test_image_credit_containers_are_captions() -> None:
    from dehusk.classify.vocabulary import group_of

    for attribute in ("image-annotation", "imageDescription", "img-metadata", "bildnachweis"):
        assert group_of(attribute) == "caption", attribute
