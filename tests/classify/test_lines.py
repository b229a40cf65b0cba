"""Lines dropped for what they are, wherever they stand."""

from __future__ import annotations

import pytest

import dehusk
from dehusk.classify.edges import is_date_line
from dehusk.classify.junk import is_junk_line


@pytest.mark.parametrize(("text", "junk"), [
    ("https://www.example.com/news/world/article/Storm-closes-harbour-14848382.php", True),
    ("http://example.org/wp-content/uploads/2018/10/boat.jpeg 1200 675", True),
    ("Photo: Hau Dinh, AP", True),
    ("Foto: dpa", True),
    ("(Foto: Getty Images)", True),
    ("Read more", True),
    ("Kommentarfeed | Kommentare geschlossen | Trackback-URL", True),
    ("Pos. | Driver | Points\n1 | Kyle Busch | 5040", False),  # a table's rows
    ("Anzeige, enthält Affiliate Links", True),
    ("Werbung ist teuer, sagt der Verband.", False),
    ("Photograph by Ed Marshall, Redonda Restoration Programme", True),
    ("Titelbild: Geyres Christophe/ABACA/picture-alliance", True),
    ("Lesen Sie auch die folgenden Beiträge:", True),
    ("Ist dieser Beitrag hilfreich?", True),
    ("Was this article helpful?", True),
    ("También te puede interesar", True),
    ("Kontakt:", True),
    ("Themen", True),
    ("Verwandte Beiträge", True),
    ("Nächster Artikel", True),
    ("Plus de 300 personnes ont manifesté", False),
    ("Themen der Woche: Wahlen in Hessen und Bayern", False),
    ("The photo: a study of the harbour at dawn, taken by the lighthouse keeper in 1911.", False),
    ("See https://example.org for the full report, which the council published today.", False),
])
def test_junk_lines(text: str, junk: bool) -> None:
    assert is_junk_line(text) is junk


@pytest.mark.parametrize(("text", "date"), [
    ("Updated 5:27 am CST, Wednesday, November 20, 2019", True),
    ("Published: March 3, 2024", True),
    ("Publiziert: 03.04.2020, 12:35", True),
    ("Aktualisiert am 17.01.2021.", True),
    ("Publikacja: 04.05.2021", True),
    ("5:27 am is when the ferry left", False),
])
def test_date_lines(text: str, date: bool) -> None:
    assert is_date_line(text) is date


def test_a_print_header_url_and_a_credit_stay_out_of_the_text() -> None:
    body = "".join(f"<p>Paragraph {n}. The council met today and agreed on the new plan "
                   "for the harbour, which opens next spring after two years of work.</p>"
                   for n in range(4))
    html = ("<body><article><div class='print-header'>https://www.example.com/news/"
            "harbour-plan-agreed-14848382.php</div><h1>Harbour plan agreed</h1>"
            "<div class='dateline'>Updated 5:27 am CST, Wednesday, November 20, 2019</div>"
            f"<p>Photo: Jo Smith, AP</p>{body}</article></body>")
    doc = dehusk.extract(html)
    assert doc.text.startswith("Paragraph 0.")
    assert "https://" not in doc.text and "Photo:" not in doc.text


def test_short_lines_after_the_text_go_and_a_sign_off_stays() -> None:
    body = "".join(f"<p>Paragraph {n}. The council met today and agreed on the new plan "
                   "for the harbour, which opens next spring after two years of work.</p>"
                   for n in range(4))
    html = (f"<body><article>{body}<p>Jo Smith, the editors</p><p>Kommentare geschlossen</p>"
            "<p>19:49</p></article></body>")
    doc = dehusk.extract(html)
    assert doc.text.endswith("Jo Smith, the editors")


def test_short_lines_before_the_text_go() -> None:
    body = "".join(f"<p>Paragraph {n}. The council met today and agreed on the new plan "
                   "for the harbour, which opens next spring after two years of work.</p>"
                   for n in range(4))
    html = f"<body><article><h2>The plan</h2><p>4 min read</p>{body}</article></body>"
    doc = dehusk.extract(html)
    assert "4 min read" not in doc.text
    assert doc.text.startswith("The plan")


def test_a_call_to_the_reader_after_the_story_goes() -> None:
    body = "".join(f"<p>Paragraph {n}. The council met today and agreed on the new plan "
                   "for the harbour, which opens next spring after two years of work.</p>"
                   for n in range(4))
    html = (f"<body><article><p>Readers wrote to us that they subscribe to every plan the "
            f"council makes, and the council thanked them at the start of the meeting.</p>{body}"
            "<p>For the latest stories download the app and follow us on Twitter.</p>"
            "</article></body>")
    doc = dehusk.extract(html)
    assert "download the app" not in doc.text
    assert "Readers wrote to us" in doc.text  # not among the last blocks
