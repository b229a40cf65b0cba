"""Write page.bin: a German article in windows-1252 with no charset declared
anywhere (no BOM, no <meta charset>, no http-equiv). Run it to rebuild the
bytes; the test reads page.bin."""

from pathlib import Path

PAGE = """<!DOCTYPE html>
<html lang="de">
<head><title>Grüße vom Bodensee: Fähre fährt wieder</title></head>
<body>
<div class="kopf"><a href="/">Startseite</a> | <a href="/region">Region</a> | <a href="/kontakt">Kontakt</a></div>
<div id="inhalt">
<h1>Grüße vom Bodensee: Fähre fährt wieder</h1>
<p>Nach drei Monaten Pause verkehrt die Fähre zwischen Meersburg und Konstanz wieder im gewohnten Takt. Die Reparatur des Antriebs hat länger gedauert als geplant, weil ein Ersatzteil aus Übersee geliefert werden musste.</p>
<p>Für Pendler bedeutet das das Ende langer Umwege über die Straße. Eine Einzelfahrt kostet künftig 3,50 €, die Monatskarte für Berufstätige bleibt bei 62 € und wird weiterhin von vielen Arbeitgebern bezuschusst.</p>
<p>Die Betreiber entschuldigten sich für die Unannehmlichkeiten und kündigten an, im Frühjahr die Fenster der Fahrgasträume zu erneuern. Größere Störungen seien dabei nicht zu erwarten, heißt es.</p>
</div>
<div class="fuss">© 2024 Seeblatt – Impressum – Datenschutz</div>
</body>
</html>
"""

if __name__ == "__main__":
    Path(__file__).with_name("page.bin").write_bytes(PAGE.encode("cp1252"))
