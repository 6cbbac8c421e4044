"""Triage benchmark: precision, recall and F1 per reason on the project's corpus, and throughput.

Run: /work/venv/bin/python bench/bench_triage.py
Prints a Markdown section and writes it to bench/results/triage.md.

``python bench/bench_triage.py --first-score fresh8`` scores a newly written set once, before
any change, and keeps that score in bench/results/triage_<set>_first_score.txt (never overwritten).

The corpus (tests/data/triage/*.jsonl) has two splits: ``dev`` (used while
writing the vocabulary) and ``holdout`` (written at the same time, never used
to tune it), reported separately so the holdout figures estimate unseen text.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from common import machine, write_section

from xborder import Toolkit
from xborder.policy.triage import assess
from xborder.policy.triage_lexicon import REASONS

ROOT = Path(__file__).resolve().parent.parent

CORPUS = ROOT / "tests" / "data" / "triage"


def load(split: str) -> list[dict]:
    with open(CORPUS / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(toolkit, items: list[dict]) -> dict:
    """Per-reason counts, escalation counts and the decoys that escalated."""
    tp, fp, fn = Counter(), Counter(), Counter()
    esc = Counter()
    escalated_decoys, missed = [], []
    for item in items:
        predicted = toolkit.triage(item["text"]).reasons
        gold = set(item["reasons"])
        got = set(predicted)
        for reason in REASONS:
            if reason in got and reason in gold:
                tp[reason] += 1
            elif reason in got:
                fp[reason] += 1
            elif reason in gold:
                fn[reason] += 1
        if gold and got:
            esc["tp"] += 1
        elif got:
            esc["fp"] += 1
            escalated_decoys.append((item["id"], item["text"], sorted(got)))
        elif gold:
            esc["fn"] += 1
            missed.append((item["id"], item["text"], sorted(gold)))
    return {"tp": tp, "fp": fp, "fn": fn, "esc": esc, "decoys": escalated_decoys, "missed": missed,
            "n": len(items), "n_decoys": sum(1 for i in items if not i["reasons"]),
            "languages": len({i["language"] for i in items})}


def varieties(toolkit, items: list[dict]) -> list[str]:
    """Escalation precision, recall and F1 per romanized variety (items labelled ``xx-Latn``)."""
    rows = ["| variety | messages | decoys | escalate P | escalate R | escalate F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for lang in sorted({i["language"] for i in items if i["language"].endswith("-Latn")}):
        sub = [i for i in items if i["language"] == lang]
        e = score(toolkit, sub)["esc"]
        p, r, f = prf(e["tp"], e["fp"], e["fn"])
        rows.append(f"| {lang} | {len(sub)} | {sum(1 for i in sub if not i['reasons'])} | "
                    f"{p:.3f} | {r:.3f} | {f:.3f} |")
    return rows


def report(toolkit, split: str, items: list[dict]) -> list[str]:
    """One split's tables, decoys escalated and escalations missed, as Markdown lines."""
    result = score(toolkit, items)
    lines = [f"### {split}: {result['n']} messages, {result['languages']} languages, "
             f"{result['n_decoys']} decoys", ""]
    lines += table(result)
    if any(i["language"].endswith("-Latn") for i in items):
        romanized = [i for i in items if i["language"].endswith("-Latn")]
        lines += ["", f"Romanized messages only ({len(romanized)}):", ""] + table(score(toolkit, romanized))
        lines += ["", "Per romanized variety:", ""] + varieties(toolkit, items)
    lines += ["", f"Decoys escalated: {len(result['decoys'])}."]
    for ident, text, got in result["decoys"]:
        lines.append(f"- `{ident}` → {', '.join(got)}: {text}")
    if result["missed"]:
        lines.append(f"Escalations missed: {len(result['missed'])}.")
        for ident, text, gold in result["missed"]:
            lines.append(f"- `{ident}` (expected {', '.join(gold)}): {text}")
    return lines + [""]


def first_score(split: str) -> None:
    """Score a new set once and keep the result; a second run refuses to overwrite it."""
    import subprocess

    path = ROOT / "bench" / "results" / f"triage_{split}_first_score.txt"
    if path.exists():
        raise SystemExit(f"{path} exists: a set is scored once, before any change")
    toolkit = Toolkit(data_dirs=[])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    lines = [f"## Triage: first score of `{split}`", "",
             f"{machine()} Command: `python bench/bench_triage.py --first-score {split}`, "
             f"code at commit {commit}, before any change made for this set.", ""]
    lines += report(toolkit, split, load(split))
    path.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(result: dict) -> list[str]:
    rows = ["| reason | support | precision | recall | F1 |", "| --- | ---: | ---: | ---: | ---: |"]
    tp_all = fp_all = fn_all = 0
    for reason in REASONS:
        tp, fp, fn = result["tp"][reason], result["fp"][reason], result["fn"][reason]
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        p, r, f = prf(tp, fp, fn)
        rows.append(f"| {reason} | {tp + fn} | {p:.3f} | {r:.3f} | {f:.3f} |")
    p, r, f = prf(tp_all, fp_all, fn_all)
    rows.append(f"| **micro (all reasons)** | {tp_all + fn_all} | {p:.3f} | {r:.3f} | **{f:.3f}** |")
    e = result["esc"]
    p, r, f = prf(e["tp"], e["fp"], e["fn"])
    rows.append(f"| escalate (yes/no) | {e['tp'] + e['fn']} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return rows


def throughput(fn, texts: list[str], rounds: int = 3) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            fn(text)
    return rounds * len(texts) / (time.perf_counter() - start)


def main() -> None:
    toolkit = Toolkit(data_dirs=[])
    toolkit.detect("warm-up the detector")
    t0 = time.perf_counter()
    assess(toolkit, "warm-up: load and compile the vocabulary")
    compile_s = time.perf_counter() - t0
    lines = ["## Triage", "",
             f"{machine()} Command: `python bench/bench_triage.py`.", "",
             "Corpus: `tests/data/triage/` — customer messages written for this project, about 40% decoys "
             "(words like lawyer, fire, review, bank, hospital in harmless messages). `dev` was used while "
             "writing the vocabulary; `holdout` was written with it and first scored after the vocabulary "
             "was done; `fresh`, `fresh2` and then `fresh3` were written afterwards and each scored once "
             "before any change.",
             "",
             "First-run figures (the estimate for unseen messages; the misses were then fixed by general "
             "changes, so the tables below no longer measure unseen text): holdout micro-F1 0.966, "
             "escalate-F1 0.974, 0 decoys escalated; fresh micro-F1 0.895 (chargeback recall 0.50), "
             "escalate-F1 0.904, 1 decoy escalated; fresh2 (after the fresh fixes) micro-F1 0.892 with "
             "precision 1.000 and recall 0.806, 0 decoys escalated (misses: paraphrases such as 'pursue this "
             "through the courts', and Thai text, whose NFKC form did not match the vocabulary until patterns "
             "were normalized too); fresh3 (80 messages in 18 languages, scored once on 2026-11-23) micro-F1 "
             "0.887 with precision 0.940 and recall 0.839, escalate-F1 0.902, 1 decoy escalated (a nurse at "
             "the hospital). Misses: paraphrases ('geht die Sache an meinen Anwalt', 'make a TikTok about'), "
             "compounds (Käuferschutzfall), 'Art. 15' read as a sentence end, and Şikayetvar, a review site "
             "the TR profile listed as an authority. 33 decoys were added to fresh3 after those fixes. "
             "fresh4 (223 messages: every reason in each of 30 languages, 40 decoys; scored once on "
             "2026-12-05 before any change) micro-F1 0.915 with precision 0.981 and recall 0.858, "
             "escalate-F1 0.918, 2 decoys escalated (a lawyer who received his order; reading reviews on "
             "Şikayetvar). Misses: German separable verbs and directional phrases ('schalte die "
             "Verbraucherzentrale ein', 'gehe zur Verbraucherzentrale'), text without diacritics ('va dau in "
             "judecata'), 'Sizi Şikayetvar'da paylaşacağım', paraphrases in nl, nb, cs, hu, el, ru, uk, fa, "
             "hi, th, ko. fresh5 (216 messages, 30 languages, 36 decoys, written after the fresh4 fixes and "
             "scored once) micro-F1 0.857 with precision 1.000 and recall 0.750: data deletion and access "
             "requests worded freely ('delete my account and all my data', 'what data do you hold about me') "
             "were missed in most languages (privacy recall 0.267). fresh6 (219 messages, 30 languages, 39 "
             "decoys, written after the fresh5 fixes and scored once) micro-F1 0.885 with precision 1.000 and "
             "recall 0.794. fresh7 (211 messages, 30 languages, 31 decoys, written after the fresh6 fixes and "
             "scored once) micro-F1 0.881 with precision 0.980 and recall 0.800 (two police neighbours escalated; "
             "one label was wrong: a complaint to KVKK is also consumer_authority, corrected after scoring). "
             "Each set's misses were then fixed by general changes, and decoys aimed at the new patterns were "
             "added afterwards (30 to fresh4, 109 to fresh6, 94 to fresh7; 11 of those escalated at first — "
             "among them Vietnamese 'khỏi' read as 'khói' (smoke) once accents were folded, so Vietnamese now "
             "keeps its tone marks — and the patterns were narrowed), so the tables below no longer measure "
             "unseen text. On unseen messages expect precision near 1.0 and recall near 0.8 (micro-F1 about "
             "0.88): the issue's goal of F1 0.95 is not reached on unseen text.", "",
             "Issue 18/19 round (2026-12-06): `fresh8` (350 messages: every reason in 30 languages plus 92 in "
             "Latin-script Hindi, Arabic, Russian, Ukrainian, Vietnamese, Persian, Japanese, Chinese, Greek and "
             "Thai, 108 look-alikes such as negated threats and quoted policies) was written and scored once "
             "before any change: micro-F1 0.865 (precision 0.955, recall 0.790); romanized messages alone 0.638 "
             "(recall 0.469); 9 decoys escalated, all negations ('I'm not going to sue', 'ich gehe nicht zur "
             "Verbraucherzentrale'). The changes: negations and conditions per language (a threat two words "
             "after 'not'/'nicht'/'nahi', or after '訴える…つもりはありません', does not count; 'if you don't "
             "refund me I'll sue' does), quoted text is a mention, romanized vocabularies are read on any Latin "
             "text (by their phrases and non-English terms, since the detector often reads romanized text as "
             "another language), close languages read each other's vocabulary (ru/uk, id/ms, da/nb/sv), wider "
             "concept families. `fresh9` (324 messages, 87 romanized, 106 look-alikes) was written after the "
             "final code and scored once: micro-F1 0.883 (precision 0.943, recall 0.830), escalate-F1 0.892; "
             "romanized alone 0.903 (precision 0.962, recall 0.850); 8 decoys escalated (photos posted on "
             "Instagram, 'my lawyer told me to buy the bigger size', a 'small claims court' book, 'no "
             "chargeback from me'). First scores, with every miss, in `bench/results/triage_fresh8_first_score.txt` "
             "and `triage_fresh9_first_score.txt`. 101 decoys were added to fresh8 after its fixes, and fresh9's "
             "escalated decoys were then fixed, so neither table below measures unseen text. The goal (F1 0.95 "
             "on unseen messages) is still not reached: expect about 0.88-0.90, precision about 0.95.", "",
             "Cost of this round: `Toolkit.triage()` over the corpus as it stood before (1,751 messages), "
             "CPU time, the code before this round against after, five fresh processes each taking turns "
             "(load average 7-10 on 2 cores): medians 856 and 819 messages/s, about 4% slower; a second run (load 5): 996 and 973, about 2% slower. A gate keeps it "
             "there: the one-to-five-letter starts of every pattern of a vocabulary (read from the regular "
             "expressions with the standard library's parser) are kept as a set, and a sentence none of whose "
             "words starts so, and that names no authority, is not read with that vocabulary.", "",
             "Cost of this round (2026-12-05): `Toolkit.triage()` over the whole corpus, the code and vocabulary "
             "before issue 18 against after it (accent folding, about 200 more patterns), five fresh processes "
             "each taking turns (load average 8 on 2 cores): medians 221 and 186 messages/s, about 16% slower.", "",
             "Paraphrase round (2026-12-06, issue 18's last goal): `dev2` (1,113 messages in 40 languages, 438 "
             "look-alikes) was written in eight parts, each scored once before the vocabulary was changed for it; "
             "first scores (micro-F1): 0.920, 0.928, 0.874, 0.833, 0.815 (P 0.902: praise posted on Instagram), "
             "look-alikes only (5 of 214 escalated), 0.868, 0.915. The whole of dev2 read with the vocabulary as "
             "it was before the round: micro-F1 0.866 (P 0.966, R 0.786), 16 look-alikes escalated. The changes are families of paraphrase per "
             "language (court venues and 'see you in court', handing the case to a lawyer, posting on a named "
             "platform, 'everyone will know', reflexive burn and shock verbs, data protection authorities as "
             "privacy too), with praise guards on posting phrases and hypotheticals ('if it was me I'd sue'). "
             "Since each part's first score stayed between 0.82 and 0.93, expect about 0.90 on unseen text.", "",
             "Recall round (2026-12-06, issue 18): `fresh10` (362 messages, 116 look-alikes, 40 languages) was "
             "scored once before any change: micro-F1 0.884 (P 0.977, R 0.808; "
             "`bench/results/triage_fresh10_first_score.txt`). Most misses kept a reason's term and lost its cue "
             "('next stop is the FTC', 'let my bank sort this out', 'this is going on TikTok'). Changes: (1) a "
             "per-reason logistic model over words, word pairs and character slices "
             "(`xborder/policy/triage_model.py`, trained on every set by `python -m xborder.policy.triage_train`) "
             "confirms a term found without its cue when it gives the message 0.8 or more — never on its own, in a "
             "question, after a negation or on a term with fewer than three other words; its leave-one-set-out "
             "scores are in `bench/results/triage_model.md` (`python bench/bench_triage_model.py`): on fresh10, "
             "scored before its vocabulary fixes so that rules and model were both unseen, rules alone 0.888 and "
             "rules + model 0.916 (P 0.974, R 0.865, 3 look-alikes more: "
             "`bench/results/triage_model_fresh10_unseen.md`); over every held-out set the model escalates about 20 "
             "of 1,623 look-alikes (1.2 %). (2) General paraphrase families: the next step whatever the verb "
             "(en de fr es it pt nl), the bank made to act, the message itself going public (en de es fr pt), the "
             "customer erased from the shop's files or asking where it got their number (en de es it fr pt nl ru pl "
             "tr fa-Latn), foreign bodies, named hazards, rashes and doctor's visits, a payment's status reported as "
             "no dispute. (3) 49 look-alikes were written after the code and added to fresh10 (2 escalated at first: "
             "'de kassa', the till, read as the TV show Kassa; 'it's amazing' praise); fixed. fresh10 now joins the "
             "asserted corpus, so its table below no longer measures unseen text. Expect about 0.92-0.95 on "
             "unseen text, precision about 0.97.", "",
             "Concept round (2026-12-06, issue 18): `fresh11` (512 messages, 216 look-alikes, 33 languages) was "
             "scored once before any change: micro-F1 0.891 (P 0.953, R 0.837; safety recall 0.70, public "
             "exposure 0.65, privacy 0.83; `bench/results/triage_fresh11_first_score.txt`). Changes, as data in "
             "every vocabulary: (1) safety by concept: a product hazard (power bank, e-bike, charger, heater, "
             "cream, dye, chew, candle...) with a physical event (swollen, hissing, melted, scorched, burning "
             "smell, too hot to touch, sparks, a bang that trips the fuse box) or bodily harm after use (rash, "
             "blisters, hives, vomiting, swallowed, A&E, dermatologist, vet), in each language's words, with "
             "yes/no questions, hypotheticals and features ('overheating protection', smoked glass) kept out; "
             "(2) public exposure by concept: a named platform or medium per market (TikTok, LinkedIn, "
             "Flashback, Wykop, 맘카페, 小红书, Pantip, Lokalzeitung, Marktcheck, the Guardian...) with the "
             "customer's publishing act, the verb before or after the platform; a message that praises does "
             "not escalate for public exposure alone (`xborder/policy/triage_praise.py`, a `praise` list per "
             "vocabulary, read over the whole message); ads seen, the shop's own DMs and sharing the shop are "
             "look-alikes; (3) privacy in plain words ('where did you get my number', 'what data do you hold on "
             "me', 'delete all my data', 'who sold my data') in 19 languages. `dev3` (252 messages, 137 "
             "look-alikes, 33 languages) was written with the first changes in place and scored once before "
             "its own fixes: micro-F1 0.941 (P 0.981, R 0.904) on its first 188 messages; 64 look-alikes were "
             "added after, 2 escalated at first (fixed). fresh11 and dev3 are now asserted, so their tables "
             "no longer measure unseen text. Expect about 0.93-0.95 on unseen text.", "",
             "`fresh12` (597 messages, 36 languages, 252 look-alikes), written independently after the concept "
             "round, was scored once on ceba0f4: micro-F1 0.901, P 0.968, R 0.842 "
             "(`bench/results/triage_fresh12_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev4a` (405 messages in the European languages and Turkish, 164 look-alikes) was written for "
             "the next paraphrase round and scored once before its changes: micro-F1 0.886, P 0.909, R 0.864 "
             "(`bench/results/triage_dev4a_first_score.txt`); it was then used to develop the vocabulary, so its "
             "table no longer measures unseen text. `dev4b` (the other languages, 393 messages first, scored once "
             "before its changes: micro-F1 0.716, P 0.957, R 0.572, `bench/results/triage_dev4b_first_score.txt`; "
             "736 messages now) was written and used the same way.", "",
             "`fresh13` (658 messages, 36 languages, 261 look-alikes), written independently while dev4a and dev4b "
             "were being fixed, was scored once on becf33c after every merge: micro-F1 0.854, P 0.959, R 0.770 "
             "(`bench/results/triage_fresh13_first_score.txt`). It was then used to develop the vocabulary.", "",
             "`dev5a` (privacy and public exposure as a concept with its act; 367 messages first, scored once before "
             "its changes: micro-F1 0.864, P 1.000, R 0.760, `bench/results/triage_dev5a_first_score.txt`; 623 now) "
             "and `dev5b` (legal_threat, consumer_authority, chargeback, safety; 663 first: micro-F1 0.932, P 0.953, "
             "R 0.912, `bench/results/triage_dev5b_first_score.txt`; 1,161 now) were written and used the same way.",
             "",
             "`fresh14` (654 messages, 36 languages, 253 look-alikes), written independently while dev5a and dev5b "
             "were being fixed, was scored once on 724c8f3 after every merge: micro-F1 0.806, P 0.942, R 0.704 "
             "(consumer_authority recall 0.495; `bench/results/triage_fresh14_first_score.txt`). It is measured "
             "here, not asserted.", "",
             "`dev6a` (523 messages, 36 languages, 240 look-alikes: complaints to bodies named by shape, sectoral, "
             "regional and unknown acronyms and institution names, with carriers, brands, people who work at an "
             "agency and calm mentions as look-alikes) was written for the structural body step and scored once "
             "before its changes: micro-F1 0.554, P 0.856, R 0.410, consumer_authority recall 0.389 "
             "(`bench/results/triage_dev6a_first_score.txt`); 42 look-alikes aimed at the body step were added "
             "after it (13 escalated at first). It was then used to develop the step, so its table no longer "
             "measures unseen text; fresh14, read while the step was built, no longer does either. "
             "`dev6b` (634 messages, 36 languages, 227 look-alikes: privacy with the possessive before or after the "
             "data word, chargeback as a bank, card or wallet dispute in every tense, public exposure through press, "
             "TV, review sites and forums, lawsuits and injuries) was written for the next paraphrase round and "
             "scored once before its changes: micro-F1 0.927, P 0.940, R 0.914 (`bench/results/triage_dev6b_first_score.txt`); "
             "669 messages now (243 look-alikes). It was then used to develop the vocabulary, with fresh14's misses read "
             "for their families (fresh14 0.803 -> 0.904), so neither measures unseen text any more.", "",
             "`fresh15` (705 messages, 36 languages, 282 look-alikes), written independently while dev6a and dev6b "
             "were being fixed, was scored once on 8bfa890 after every merge and the model's rebuild: micro-F1 0.886, "
             "P 0.926, R 0.849 (`bench/results/triage_fresh15_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev7a` (305 messages, 23 languages, 180 look-alikes of five kinds fresh15 showed: compliance questions, "
             "a relative or the customer in a legal role, bank fraud blocks the customer approved, names and streets "
             "holding a body's name, past, withdrawn or refused threats; 125 escalations that resemble them) was "
             "written for the guards round and scored once before it: micro-F1 0.829, P 0.735, R 0.952, 38 "
             "look-alikes escalated (`bench/results/triage_dev7a_first_score.txt`). The guards "
             "(`culture_rules/triage_guards.yaml`) were then built on it. "
             "`dev7b` (430 messages, 29 languages, 192 look-alikes: privacy told by what happened to the data, "
             "'let the court decide', safety told by its consequence, bodies named by role) was written for the "
             "concept round and its first 368 messages scored once before it: micro-F1 0.745, P 0.901, R 0.635 "
             "(`bench/results/triage_dev7b_first_score.txt`); 62 more were written after the first changes and "
             "scored once before theirs (`triage_dev7b_part2_first_score.txt`). Both were then tuned on, and "
             "fresh15's misses and look-alikes were read for their kinds, so none of the three measures unseen "
             "text any more.", "",
             "`fresh16` (746 messages, 36 languages, 289 look-alikes), written independently while dev7a and dev7b "
             "were being fixed, was scored once on 21c355f after every merge and the model's rebuild: micro-F1 0.876, "
             "P 0.910, R 0.844 (`bench/results/triage_fresh16_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev8b` (73 messages, 22 languages, 46 look-alikes: threats told as a joke and taken back, incidents "
             "seen in the news or at someone else's with a question about the shop's product, roles, a court date, "
             "figurative fire and praise posts, another shop's dispute; 27 escalations that resemble them) was "
             "written for the precision round and scored once before it: micro-F1 0.600, P 0.429, R 1.000, 36 "
             "look-alikes escalated (`bench/results/triage_dev8b_first_score.txt`). The guards were then tuned on it.",
             "`dev8a` (81 messages, 20 languages, 38 look-alikes: privacy told as misuse of contact data, safety by "
             "its consequence, the bank asked to reverse, 'the court can deal with it', posts on TikTok, Douyin and "
             "Weibo) was written for issue 18's recall round and scored once before it: micro-F1 0.857, P 0.971, "
             "R 0.767 (`bench/results/triage_dev8a_first_score.txt`); 7 messages were added after its changes. It "
             "was then tuned on, and fresh16's misses were read for their classes, so neither measures unseen text "
             "for these classes any more.",
             "",
             "`fresh17` (731 messages, 36 languages, 291 look-alikes), written independently while dev8a and dev8b "
             "were being fixed, was scored once on 805c4cb after every merge and the model's rebuild: micro-F1 0.891, "
             "P 0.928, R 0.856 (`bench/results/triage_fresh17_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev9b` (154 messages, 24 languages, 93 look-alikes: threats told with their settlement, a body's or a "
             "scam's story seen in the news with a question, jokes with a re-order, the customer's own firm or job at "
             "a body, broadcasters, deliveries to a court, carrier claims, praise posts; escalations that resemble "
             "them, bodies named by role) was written for issue 18's precision round 9: its first 92 messages scored "
             "micro-F1 0.909, P 0.889, 4 look-alikes escalated (`bench/results/triage_dev9b_first_score.txt`), 62 more "
             "written after the first changes 0.762, 6 of 42 escalated (`triage_dev9b_part2_first_score.txt`). It was "
             "then tuned on, and fresh17's look-alikes were read for their classes.",
             "",
             "`dev9a` (84 messages, 21 languages, 39 look-alikes: privacy told as one structure: the customer's "
             "ID or card number printed or left in view, an ID document photographed, the data read out or given to "
             "a caller or an ex, lenders who know the name since the order, every recipient in CC; look-alikes: "
             "address and number changes, password resets, a number given to the driver, Turkish 'açılmış') was "
             "written for issue 18's privacy recall round and scored once before it: micro-F1 0.657, P 0.920, "
             "R 0.511 (`bench/results/triage_dev9a_first_score.txt`). It was then tuned on, and fresh17's privacy "
             "misses were read for their classes, so neither measures unseen privacy text any more.",
             "",
             "`fresh18` (754 messages, 36 languages, 293 look-alikes), written independently while dev9a and dev9b "
             "were being fixed, was scored once on b273021 after every merge and the model's rebuild: micro-F1 0.906, "
             "P 0.948, R 0.867 (`bench/results/triage_fresh18_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev10b` (75 messages, 35 languages, 52 look-alikes: jokes where a relative threatens to sue because "
             "the product is too good, another person's past case or fire at another shop followed by a question, "
             "the customer's own past chargeback elsewhere as a reason to pay cash, the customer who works at a "
             "body, complaints planned but settled, hypothetical hazards with laughter, news with a question, the "
             "customer's own court date, someone else's 1-star review; escalations that resemble them) was written "
             "for issue 18's precision round 10 and scored once before it: micro-F1 0.780, P 0.639, 13 look-alikes "
             "escalated (`bench/results/triage_dev10b_first_score.txt`). It was then tuned on.",
             "",
             "`dev10a` (64 messages, 16 languages, 28 look-alikes: a product's failure and the injury in neighbouring "
             "sentences, the courier or another customer holding the order's data, a judge deciding without the word "
             "lawyer; look-alikes: failures without harm, injuries not from the product, another brand's past, "
             "hypotheticals, a judge show) was written for issue 18's recall round 10 and scored once before it: "
             "micro-F1 0.677, P 0.808, R 0.583 (`bench/results/triage_dev10a_first_score.txt`). It was then tuned "
             "on, and fresh18's misses were read for their classes.",
             "",
             "`fresh19` (755 messages, 36 languages, 302 look-alikes), written independently while dev10a and dev10b "
             "were being fixed, was scored once on 439a1db after every merge and the model's rebuild: micro-F1 0.878, "
             "P 0.924, R 0.837 (`bench/results/triage_fresh19_first_score.txt`). It is measured here, not asserted.",
             "",
             "`dev11b` (81 messages, 28 languages, 54 look-alikes: praise and laughter hyperbole (\"so good I'll sue\", "
             "\"mouth on fire 🔥, two more jars\"), an institution as the customer's employer, buyer or delivery address, "
             "a document asked for a court, the police or an insurer, a threat told last week and settled since, a "
             "bank's check the customer approved, a dispute disclaimed, a certification question after a regulator's "
             "list, a title with a lawyer, another's past case; consumer courts as legal_threat) was written for issue "
             "18's precision round 11 and scored once before it: micro-F1 0.718, P 0.596, 13 look-alikes escalated "
             "(`bench/results/triage_dev11b_first_score.txt`). It was then tuned on.",
             "",
             "`dev11c` (85 messages, 28 languages, 38 look-alikes: privacy told as someone other than the customer "
             "× an act × the customer's data, an erasure request, data kept after the account's deletion; legal "
             "threats told by a court, a summons or a police report; heat or smoke and the mark it left; look-alikes: "
             "a courier who calls to find the door, address changes, a court clerk's order, praise with 'on fire') "
             "was written for issue 18's recall round 11 (readings of slots, `xborder/policy/triage_reading.py`) "
             "and scored once before it: micro-F1 0.791, P 0.872, R 0.723, privacy R 0.519 "
             "(`bench/results/triage_dev11c_first_score.txt`). It was then tuned on, and fresh19's misses were "
             "read for their classes.",
             "",
             "`fresh20` (751 messages, 36 languages, 282 look-alikes; shorter than earlier sets: median 74 characters), "
             "written independently while dev11b and dev11c were being fixed, was scored once on d0d8777 after every "
             "merge and the model's rebuild: micro-F1 0.943, P 0.965, R 0.921 (`bench/results/triage_fresh20_first_score.txt`). "
             "It is measured here, not asserted.",
             "",
             "`dev12a` (73 messages, 21 languages, 46 look-alikes: another order's complaint to a body, resolved, "
             "before a re-order; a relative who works at a court or consumer court, with a delivery or a re-order; "
             "a neighbour's past fire before a certification question; a spouse's joke threat at the customer; "
             "spicy-food fire with a restock question; a police report needing the invoice after a theft; each class "
             "in languages other than fresh20's) was written for issue 18's precision round 12 and scored once before "
             "it: micro-F1 0.640, P 0.500, 18 look-alikes escalated (`bench/results/triage_dev12a_first_score.txt`; "
             "four police-report escalations were then labelled `legal_threat` as well, as the corpus labels a police "
             "report filed). It was then tuned on, and fresh20's look-alikes were read for their classes.",
             "",
             "`dev12c` (78 messages, 19 languages, 36 look-alikes: public exposure through the press named by role, "
             "a video or live stream, a review posted now; chargebacks through a card issuer, savings bank or wallet; "
             "a lawyer acting toward the shop without a threat verb, a police report filed; bodies by acronym or role; "
             "look-alikes: a programme watched, a video liked, a bank's check confirmed, a wallet refund received, a "
             "lawyer's profession, a court as address) was written for issue 18's recall round 12 and scored once "
             "before it: micro-F1 0.846, P 0.917, R 0.786 (`bench/results/triage_dev12c_first_score.txt`). It was "
             "then tuned on, and fresh20's misses were read for their classes.",
             "",
             "`dev12b` (74 messages, 23 languages, 36 look-alikes: privacy told as what happened to the data — a scammer "
             "or caller who knows the order, other customers' orders, addresses or e-mail addresses shown, a courier "
             "texting the customer privately (living alone, a date, a minor), marketing after the account's deletion, "
             "a story told and then asked about ('..., eto voobsche normalno?'); look-alikes: address changes, a courier "
             "finding the door, unsubscribing, 'you have my order number', the store's scam warning, 'can other customers "
             "see my address?') was written for issue 18's privacy recall round 12 and scored once before it: micro-F1 "
             "0.829, P 0.906, R 0.763 (`bench/results/triage_dev12b_first_score.txt`). It was then tuned on.",
             "",
             "`fresh21` (728 messages, 36 languages, 283 look-alikes; median 109 characters, as its writer was asked after "
             "fresh20's short messages), written independently while dev12a, dev12b and dev12c were being fixed, was scored "
             "once on 4ee9cc5 after every merge and the model's rebuild: micro-F1 0.949, P 0.962, R 0.937 "
             "(`bench/results/triage_fresh21_first_score.txt`). Its writer says some situations echo earlier sets' READMEs "
             "(fresh21.README.md). It is measured here, not asserted.",
             "",
             "`dev13a` (85 messages, 18 languages, 52 look-alikes: a relative's threat told with laughter, anger told as "
             "fire, smoke or an explosion, a conciliation body's case settled before a new request, a relative or intern "
             "at a court, a law firm ordering, a bank's check the customer approved, a school project on data protection, "
             "a body's or programme's test or ranking cited as a source, a neighbour's fire with another shop's item; each "
             "class in languages other than fresh21's, with escalations of the same shapes) was written for issue 18's "
             "precision round 13 and scored once before it: micro-F1 0.790, P 0.681, 15 look-alikes escalated "
             "(`bench/results/triage_dev13a_first_score.txt`). It was then tuned on, and fresh21's look-alikes were read "
             "for their classes.",
             "`dev13b` (87 messages, 23 languages, 41 look-alikes: legal threats in polite, conditional or future-intent "
             "form, a union's, insurer's or legal aid's lawyer who has the papers; bodies by acronym (the Thai FDA, "
             "'อย.') or gone to 'tomorrow' (つもりです); injuries and hazards told only by what happened — a part broke and "
             "a child fell, an appliance that shocked or sparked, a button cell within a child's reach; look-alikes: a "
             "hypothetical court question, a lawyer by profession, a closed case, a body's website read, a playground fall, "
             "'the price was a shock', smoke from the customer's cooking) was written for issue 18's recall round 13 and "
             "scored once before it: micro-F1 0.854, P 0.820, R 0.891 (`bench/results/triage_dev13b_first_score.txt`; "
             "one label was corrected after it: a rash after a serum, reported to the Thai FDA, is safety as well). "
             "It was then tuned on, and fresh21's misses were read for their classes.",
             "`dev13c` (91 messages, 23 languages, 42 look-alikes: a scam caller or SMS that knew the order, a deleted "
             "account still mailed or charged, another customer's receipt or confirmation sent to me, a courier calling "
             "at night with the store's number, a threat to send the case to a named programme, a wallet or marketplace "
             "claim; look-alikes: the store's scam warning, how to delete an account, the customer's own receipt, a "
             "courier finding the door, a programme watched, a wallet refund received) was written for issue 18's "
             "recall round 13 and scored once before it: micro-F1 0.822, P 0.902, R 0.755 "
             "(`bench/results/triage_dev13c_first_score.txt`). It was then tuned on, and fresh21's misses were read "
             "for their classes.",
             "",
             "`fresh22` (762 messages, 36 languages, 303 look-alikes; median 104 characters), written independently "
             "while dev13a, dev13b and dev13c were being fixed, was scored once on 1323bd7 after every merge and the "
             "model's rebuild: micro-F1 0.923, P 0.951, R 0.896; privacy R 0.746 "
             "(`bench/results/triage_fresh22_first_score.txt`). Its writer says that some common inbox kinds recur "
             "with new wording and that its first draft reused earlier READMEs' situations, rewritten before it "
             "finished (fresh22.README.md). It is measured here, not asserted.",
             "",
             "`dev14a` (100 messages, 31 languages, 37 look-alikes: where the customer's data appeared — a door code, "
             "diagnosis, medicine's name or birth date printed on a label, card or invoice, a photo or review used in an "
             "ad or customer story without asking, an account taken over through the shop's chat, a returned device "
             "resold with the photos still on it, anyone seeing my orders by typing my number, a password in clear text, "
             "a public reply with my address; a post in a local or parents' group, a letter to a programme's editors, a "
             "review kept up until the money is back; look-alikes: account deletion and unsubscribing, the address given "
             "to the courier myself, how data is stored) was written for issue 18's privacy round 14 and scored once "
             "before it: micro-F1 0.729, P 0.886, R 0.619, privacy R 0.540 "
             "(`bench/results/triage_dev14a_first_score.txt`). It was then tuned on; fresh22's first-score file was "
             "read for the kinds of its misses only.",
             "",
             "`dev14b` (97 messages, 32 languages, 47 look-alikes: requests to delete an account or data or to leave "
             "a list with an everyday reason, a relative's threat told as a joke, a friend's burn elsewhere before a "
             "question about ours, a relative's job or a bar's name, product labels and questions, praise slang, data "
             "given to the courier and all fine; escalations: police and cyber-crime reports after paying a vanished "
             "seller, payment orders and bailiffs, children hurt by the product, a buckle that opened, a fryer fire, "
             "consumer programmes and authorities called) was written for issue 18's round 14 (precision, and the "
             "non-privacy misses) and scored once before it: micro-F1 0.772, P 0.688, R 0.880 "
             "(`bench/results/triage_dev14b_first_score.txt`). It was then tuned on, and fresh22's errors were read "
             "for their classes.",
             "",
             "`fresh23` (773 messages, 36 languages, 303 look-alikes; median 108 characters), written independently "
             "while dev14a and dev14b were being fixed, was scored once on a061a17 after every merge and the "
             "model's rebuild: micro-F1 0.886, P 0.940, R 0.837; privacy R 0.664, public exposure R 0.750 "
             "(`bench/results/triage_fresh23_first_score.txt`). Its writer says that some kinds recur (heater "
             "questions, deletion requests, relatives in the police or courts, praise slang) and that about 80 "
             "first-draft lines that reused earlier sets' situations were rewritten (fresh23.README.md). It is "
             "measured here, not asserted.",
             "",
             "`dev15c` (703 messages, 36 languages, 283 look-alikes; median 96 characters) and `dev15d` (703 "
             "messages, 36 languages, 280 look-alikes; median 98 characters) are paraphrase sets for issue 18's "
             "round 15: one kind of situation said many ways per language (tenses, registers, no key noun, "
             "romanized, dialect), dev15c weighted to privacy, public exposure and safety, dev15d to legal threats, "
             "authorities and chargebacks. Each was written by someone who never saw the code and scored once on "
             "1edd74c before any change: dev15c micro-F1 0.834, P 0.907, R 0.771, privacy R 0.617 "
             "(`bench/results/triage_dev15c_first_score.txt`); dev15d micro-F1 0.890, P 0.906, R 0.874 "
             "(`bench/results/triage_dev15d_first_score.txt`). Their writers say the smaller languages repeat "
             "one set of forms (dev15c.README.md, dev15d.README.md). They then teach the model and are measured "
             "here, not asserted.",
             "",
             "`dev15e` (688 messages, 36 languages, 283 look-alikes; median 117 characters), a third paraphrase set "
             "written the same way, half of its escalations privacy and a third public exposure, in situations "
             "other than dev15c's (a shop's \"someone nearby just bought\" pop-up, a customer's photo in an ad, "
             "a SIM duplicated for someone else, a till display, staff telling a neighbour), scored once on "
             "7612c4a before any change: micro-F1 0.676, P 0.830, R 0.570, privacy R 0.398, public exposure "
             "P 0.710 R 0.555 (`bench/results/triage_dev15e_first_score.txt`). Measured here, not asserted.",
             "",
             "`dev15b` (109 messages, 32 languages, 45 look-alikes: book, DVD and game titles with a lawyer or a law "
             "code, a settled complaint before a new order, a threat taken back once the parcel came, a pre-sale "
             "heater or magnet question, a CMA CGM shipment, a cloned card replaced, a delivery to a court's clerk, "
             "praise slang; escalations: reluctant or conditional court claims with the form filled in, formal "
             "notices, police reports, consumer bodies visited in person or named by role, chargebacks said without "
             "the word, safety told as an event) was written for issue 18's round 15 (legal threats, authorities, "
             "chargebacks, safety and their decoys) and scored once before it: micro-F1 0.946, P 0.938, R 0.953 "
             "(`bench/results/triage_dev15b_first_score.txt`). It was then tuned on; fresh23's first-score file was "
             "read for the kinds of its misses only.",
             "",
             "`dev15a` (181 messages, 36 languages, 64 look-alikes: privacy told by what happened, never by the "
             "word: another customer's slip in my parcel, everyone in To:, a courier or clerk writing privately from "
             "the label or the card, a neighbour, an ex, a boss or a mother told what was bought, paid or owed, an "
             "account taken over, an ID copy or a SIM used in my name, the shop's post of my data; public exposure "
             "named the way each country does: Reclame Aqui, Şikayetvar, 黑猫投诉, Marktcheck, Kassa, Plus, "
             "Forbrukerinspektørene, Pantip, mom cafés, stories and live streams; and their look-alikes) was written "
             "for issue 18's round 15 (ta3) in two parts, each scored once before its fixes: the first 110 "
             "messages micro-F1 0.913, P 0.913, R 0.913 (`bench/results/triage_dev15a_first_score.txt`), the 71 "
             "after them, written on the first part's fixes, 0.809 (privacy R 0.633; "
             "`bench/results/triage_dev15a_part2_first_score.txt`). It was then tuned on.",
             "",
             "`fresh24` (775 messages, 36 languages, 304 look-alikes; median 113 characters), written independently "
             "while round 15 (dev15a, dev15b, the paraphrase sets dev15c–e) was being fixed, was scored once on "
             "14d9200 after every merge and the model's rebuild: micro-F1 0.838, P 0.913, R 0.774; privacy R 0.613, "
             "legal_threat R 0.742, consumer_authority R 0.787 (`bench/results/triage_fresh24_first_score.txt`). "
             "Most misses are situations no earlier set named (a smart device's app showing another family's data, "
             "a wedding registry on a search engine, a finance partner calling the workplace, local bodies such as "
             "Kontsumobide, Idec, NCAT, Swiss conciliation authorities). It is measured here, not asserted.",
             "",
             "`dev16a` (736 messages, 36 languages, 301 look-alikes; median 107 characters: legal threats told "
             "politely, conditionally, as done, by local legal steps; authorities by name, acronym and role) and "
             "`dev16b` (700 messages, 270 look-alikes; median 103: privacy, safety and chargebacks told by what "
             "happened), two more paraphrase sets written by helpers who never saw the code, were scored once on "
             "20155a9, the first code with the meaning reader (xborder/policy/triage_meaning.py), whose thresholds "
             "were chosen on fresh24 and dev15e: dev16a micro-F1 0.857, P 0.841, R 0.874; dev16b 0.868, P 0.890, "
             "R 0.846 (`bench/results/triage_dev16a_first_score.txt`, `..._dev16b_...`). The same code without the "
             "meaning reader: 0.838 (P 0.842, R 0.833) and 0.838 (P 0.900, R 0.785). They then teach the models "
             "and are measured here, not asserted.",
             "",
             "`fresh25` (753 messages, 36 languages, 295 look-alikes; median 105 characters), written independently "
             "while the meaning reader was built, was scored once on 72b931a after every merge and both models' "
             "rebuild: micro-F1 0.898, P 0.926, R 0.872; privacy P 0.833 R 0.756, consumer_authority R 0.853 "
             "(`bench/results/triage_fresh25_first_score.txt`). The same code with the meaning reader off: 0.872 "
             "(P 0.939, R 0.814). It is measured here, not asserted.",
             "",
             "`dev17a` (683 messages, 36 languages, 278 look-alikes; median 99 characters: legal threats and "
             "consumer authorities told many ways per language, look-alikes on words with a second meaning), written by "
             "a helper who never saw the code, was scored once on 64523e3: micro-F1 0.892, P 0.910, R 0.875; "
             "legal_threat R 0.819 (`bench/results/triage_dev17a_first_score.txt`). It then teaches the models and is "
             "measured here, not asserted.",
             "",
             "`dev17b` (696 messages, 36 languages, 277 look-alikes; median 106 characters: privacy, safety and "
             "chargebacks told by what happened, each language its own situations), written by a helper who never saw "
             "the code, was scored once on 5141bc9: micro-F1 0.816, P 0.892, R 0.751; privacy R 0.644, safety R 0.725 "
             "(`bench/results/triage_dev17b_first_score.txt`). It then teaches the models and is measured here, not "
             "asserted.",
             "",
             "`dev17c` (660 messages, 36 languages, 434 look-alikes; median 100 characters: everyday traffic that "
             "uses the words of escalations without escalating, beside escalations of all six reasons), written by a "
             "helper who never saw the code, was scored once on 64523e3: micro-F1 0.879, P 0.841, R 0.919; 29 "
             "look-alikes escalated (`bench/results/triage_dev17c_first_score.txt`). It then teaches the models and "
             "is measured here, not asserted.",
             "",
             "`fresh26` (764 messages, 36 languages, 297 look-alikes; median 126 characters), written independently "
             "while round 17 (dev17a-c) was being fixed, was scored once on 97d266e after every merge and both models' "
             "rebuild, the first unseen score of the meaning reader as shipped (ordinary messages learnt, agreement "
             "0.5, gate): micro-F1 0.902, P 0.940, R 0.867; escalate yes/no P 0.979, R 0.921; 9 look-alikes "
             "escalated; privacy 0.849, public_exposure R 0.806 (`bench/results/triage_fresh26_first_score.txt`). "
             "The same code with the reader off: 0.878 (P 0.943, R 0.821). It is measured here, not asserted.",
             ""]
    all_items = []
    for split in ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                  "fresh9", "dev2", "fresh10", "fresh11", "dev3", "fresh12", "dev4a", "dev4b", "fresh13",
                  "dev5a", "dev5b", "fresh14", "dev6a", "dev6b", "fresh15", "dev7a", "dev7b", "fresh16", "dev8b", "dev8a", "fresh17",
                  "dev9b", "dev9a", "fresh18", "dev10b", "dev10a", "fresh19", "dev11b", "dev11c", "fresh20", "dev12a",
                  "dev12c", "dev12b", "fresh21", "dev13a", "dev13b", "dev13c", "fresh22", "dev14a", "dev14b", "fresh23",
                  "dev15b", "dev15c", "dev15d", "dev15e",
                  "dev15a", "fresh24", "dev16a", "dev16b", "fresh25", "dev17a", "dev17b", "dev17c", "fresh26"):
        items = load(split)
        all_items.extend(items)
        lines += report(toolkit, split, items)
    texts = [i["text"] for i in all_items]
    full = throughput(toolkit.triage, texts)
    detect_only = throughput(toolkit.detect, texts)
    every_vocabulary = throughput(lambda t: assess(toolkit, t), texts)
    lines += ["### Speed", "",
              f"- vocabulary load and compile (30 languages, 10 romanized, profile authority names), first call: "
              f"{compile_s * 1000:.0f} ms",
              f"- `Toolkit.triage()` (detection + reasons read with the detected language, its alternatives "
              f"and English), warm, one process: {full:,.0f} messages/s",
              f"- of which `Toolkit.detect()` alone: {detect_only:,.0f} messages/s",
              f"- reasons read with all 40 vocabularies (what triage falls back to when no language is "
              f"detected): {every_vocabulary:,.0f} messages/s", ""]
    write_section("triage", "\n".join(lines))


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--first-score":
        first_score(sys.argv[2])
    else:
        main()
