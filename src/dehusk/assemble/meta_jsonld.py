"""The objects of a page's JSON-LD that describe its main content."""

from __future__ import annotations

from typing import Any

# Types whose fields describe the page's main content, most specific first.
CONTENT_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BlogPosting", "Article", "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
    "DiscussionForumPosting", "Recipe", "Review", "Product", "WebPage", "ItemPage",
    "AboutPage", "QAPage", "CollectionPage", "LiveBlogPosting", "VideoObject", "Report",
    "MedicalWebPage", "FAQPage", "HowTo",
)
MAX_OBJECTS = 500


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _flatten(blobs: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(reversed(blobs))
    while stack and len(out) < MAX_OBJECTS:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            main = item.get("mainEntity")
            if isinstance(main, (dict, list)):
                stack.append(main)
    return out


def article_objects(blobs: list[Any]) -> list[dict[str, Any]]:
    """JSON-LD objects of content types, ranked by how specific the type is."""
    ranked = []
    for obj in _flatten(blobs):
        ranks = [CONTENT_TYPES.index(t) for t in _types(obj) if t in CONTENT_TYPES]
        if ranks:
            ranked.append((min(ranks), len(ranked), obj))
    return [obj for _, _, obj in sorted(ranked, key=lambda r: (r[0], r[1]))]


def jsonld_field(objects: list[dict[str, Any]], name: str) -> Any:
    """The first non-empty value of a field among the ranked objects."""
    for obj in objects:
        value = obj.get(name)
        if value:
            return value
    return None


def objects_by_id(blobs: list[Any]) -> dict[str, dict[str, Any]]:
    """Every JSON-LD object that has an @id, by it (Yoast's @graph points
    from the article to its author Person by @id only)."""
    return {obj["@id"]: obj for obj in _flatten(blobs) if isinstance(obj.get("@id"), str)}


def resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    """A {"@id": ...} reference replaced by the object it names, when known."""
    if isinstance(value, dict) and "@id" in value and len(value) <= 2:
        return index.get(value["@id"], value)
    return value
