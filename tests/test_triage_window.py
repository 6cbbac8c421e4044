"""Issue 18, round 10 (dev10a): a reason told across neighbouring sentences (xborder/policy/triage_window.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.errors import DataError
from xborder.policy import triage_window

FIRES = [
    ("The wheel of the scooter snapped clean off on the hill. She went over the front and chipped a tooth.", "safety"),
    ("Beim Laufrad hat sich der Lenker gelöst. Mein Sohn ist kopfüber gestürzt, wir kommen vom Zahnarzt.", "safety"),
    ("La chaise haute s'est repliée pendant le repas. Mon fils est tombé, il a une bosse énorme.", "safety"),
    ("Se soltó el manillar del patinete. Mi hija cayó de boca y se partió un diente.", "safety"),
    ("Il seggiolino si è sganciato in curva. Mio figlio è caduto, sospetta frattura al polso.", "safety"),
    ("У детского стульчика подломилась ножка. Ребёнок упал и ударился головой.", "safety"),
    ("婴儿床的护栏脱落了，宝宝从床上掉下来，额头磕破了。", "safety"),
    ("Bisikletin gidonu yerinden çıktı. Oğlum yüzüstü düştü, dudağı patladı.", "safety"),
    ("The courier saved my number from the order. Now he texts me at night.", "privacy"),
    ("In meinem Paket lag der Lieferschein einer anderen Kundin mit Name, Adresse und Telefonnummer.", "privacy"),
    ("Fine, a small claims judge can look at the invoice and decide who is right.", "legal_threat"),
    ("Très bien, un juge regardera les photos et votre politique de retour, et il tranchera.", "legal_threat"),
]

QUIET = [
    "The wheel of the scooter snapped off on day two. Nobody was on it, can you send a new wheel?",
    "If the strap on the carrier came undone, could the baby fall out and get hurt?",
    "My son fell off his bike at school and broke his arm, so the scooter can wait. Can I extend the return?",
    "The stitches on the seam came undone after one wash.",
    "Das Laufrad von einer anderen Marke ist letztes Jahr zusammengebrochen. Ist Ihres geprüft?",
    "Le livreur m'a appelé sur mon numéro pour trouver l'entrée, très sympa. Colis bien reçu.",
    "El juez del torneo decidirá el ganador, necesitamos 20 medallas.",
    "My husband is a judge at the county court, so deliver to his office please.",
]


@pytest.mark.parametrize("text,reason", FIRES)
def test_a_window_gives_the_reason(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(toolkit, text):
    result = toolkit.triage(text)
    assert not [h for h in result.hits if h.kind == "window"], [h.describe() for h in result.hits]


def test_bundled_file_covers_the_languages():
    w = triage_window.load(Path(__file__).parent.parent / triage_window.WINDOWS_FILE)
    assert len(w.languages("safety")) >= 30
    assert {"en", "de", "fr", "es", "ru", "zh", "ar"} <= w.languages("privacy")


def test_a_message_without_a_harm_is_not_split(toolkit):
    w = triage_window.windows(toolkit)
    assert triage_window.read(w, "the handle came off.", [], ("en",), ("safety",)) == {}


@pytest.mark.parametrize("body,message", [
    ("window: 9\nreasons: {}\n", "'window'"),
    ("reasons:\n  safety:\n    cause:\n      en: ['(unclosed']\n", "invalid pattern"),
    ("reasons:\n  safety:\n    because:\n      en: ['x']\n", "because"),
    ("reasons:\n  safety:\n    cause:\n      en: 'x'\n", "list"),
])
def test_a_malformed_file_is_a_data_error(tmp_path, body, message):
    path = tmp_path / "triage_windows.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataError) as err:
        triage_window.load(path)
    assert message in str(err.value)
