"""Text samples that try to break every export format."""

# Ten thousand characters of numbered words: every word must come back, in order, from each export.
LONG_WORDS = [f"w{number:05d}" for number in range(1, 1430)]
LONG_NOTE = " ".join(LONG_WORDS)

HOSTILE_TEAMS = [
    "<b>Zürich</b> & Co",
    "Łódź",
    "東京",
    "Ελλάδα",
    "שלום עולם",
    "Happy 😀 crew",
    '<font name="Courier">mono</font>',
]
HOSTILE_TITLE = 'Tom & Jerry\'s <i>roadmap</i> "2027" <br/> &amp; =SUM(A1)'
