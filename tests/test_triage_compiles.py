"""Issues 16 and 17: triage compiles no pattern per word combination nor per item, only per
vocabulary list, per fixed piece of a long list, and per list's items whose starts cannot be
told, so a served worker's first pass over new traffic costs what later passes do, and a process
compiles each list at most twice over."""
from __future__ import annotations

from xborder.policy import triage

# Several reasons' words together, in combinations no one message had before.
MESSAGES = [
    "i will take you to court and file a chargeback with my bank if you dont refund me",
    "my lawyer says this is a data breach, delete my personal data or i go to the BBB",
    "the charger caught fire!! im posting this on twitter and reporting you to the FTC",
    "Ich werde Sie verklagen, mein Anwalt ist eingeschaltet, und die Verbraucherzentrale weiß Bescheid",
    "je vais porter plainte et faire opposition auprès de ma banque, c'est une arnaque",
    "Voy a denunciarlos ante la OCU y publicarlo en redes, el cargador se incendió",
    "hi where is my order?? its been 2 weeks",
]


def _fixed(language, reason, key, only, resources) -> bool:
    """Whether ``only`` is a list's untold items or one of its fixed pieces."""
    gate = triage._gate(resources, language).reasons[reason][key]
    untold = tuple(j for j, found in enumerate(gate) if found is None)
    start = only[0]
    piece = tuple(range(start, min(len(gate), start + triage._PIECE)))
    return only == untold or (start % triage._PIECE == 0 and only == piece and len(gate) > triage._PIECE)


def test_only_untold_items_pieces_or_whole_lists_are_compiled(toolkit):
    resources = toolkit.resources
    results = [toolkit.triage(text) for text in MESSAGES]
    assert sum(r.escalate for r in results) >= 5 and not results[-1].escalate
    # the same words in new combinations: one sentence holding two messages' items
    for a, b in zip(MESSAGES, MESSAGES[1:] + MESSAGES[:1]):
        toolkit.triage(f"{a}, {b}")
    readings = resources.cached("policy:triage_readings", dict)
    assert any(None in choice for *_, choice in readings), "no list was read whole"
    for language, _host, _weak, reason, choice in readings:
        for key, only in zip(triage._KINDS, choice):
            if only:
                assert _fixed(language, reason, key, only, resources), (language, reason, key, only)
    subsets = resources.cached("policy:triage_subsets", dict)
    assert subsets, "no long list was read by its pieces"
    for language, reason, key, only in subsets:
        assert _fixed(language, reason, key, only, resources), (language, reason, key, only)
