"""Lint quality on the project's corpus and on unseen drafts (precision/recall per code, flags on
clean drafts under the market's default voice) and speed.

Run: python bench/bench_lint.py   (writes bench/results/lint.md and lint_sizes.md;
     --sizes runs only the draft-size scaling: 250 KB, 500 KB, 1 MB;
     --first-score SET scores a newly written tests/data/lint/SET once, before any change, and
     keeps it in bench/results/lint_SET_first_score.txt, never overwritten)
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import cold, machine, write_section

from xborder import Toolkit
from xborder.lint import lint_text, load_rules
from xborder.lint.checks.currency import _line_money
from xborder.lint.evaluate import evaluate, load_corpus

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "data" / "lint" / "corpus"
FRESH = HERE.parent / "tests" / "data" / "lint" / "fresh"
FRESH2 = HERE.parent / "tests" / "data" / "lint" / "fresh2"  # issue 15, written before its changes
FRESH3 = HERE.parent / "tests" / "data" / "lint" / "fresh3"  # issue 15, written after, scored once
FRESH4 = HERE.parent / "tests" / "data" / "lint" / "fresh4"  # written after fresh3's fixes, scored once
DEV5 = HERE.parent / "tests" / "data" / "lint" / "dev5"  # development drafts after fresh4's fixes (tuned on)
FRESH5 = HERE.parent / "tests" / "data" / "lint" / "fresh5"  # written independently after dev5's fixes, scored once
FRESH6 = HERE.parent / "tests" / "data" / "lint" / "fresh6"  # written independently after fresh5's fixes, scored once
DEV7 = HERE.parent / "tests" / "data" / "lint" / "dev7"  # development drafts after fresh6's fixes (tuned on)
FRESH7 = HERE.parent / "tests" / "data" / "lint" / "fresh7"  # written independently after dev7's fixes, scored once
DEV8B = HERE.parent / "tests" / "data" / "lint" / "dev8b"  # development drafts after fresh7 (tuned on)
DEV8A = HERE.parent / "tests" / "data" / "lint" / "dev8a"  # development drafts after fresh7 (policy, religion; tuned on)
FRESH8 = HERE.parent / "tests" / "data" / "lint" / "fresh8"  # written independently while dev8a/dev8b were fixed, scored once
DEV9A = HERE.parent / "tests" / "data" / "lint" / "dev9a"  # development drafts after fresh8 (weekend, names, register; tuned on)
DEV9B = HERE.parent / "tests" / "data" / "lint" / "dev9b"  # development drafts after fresh8 (policy, religion, numbers, money; tuned on)
FRESH9 = HERE.parent / "tests" / "data" / "lint" / "fresh9"  # written independently while dev9a/dev9b were fixed, scored once
FRESH10 = HERE.parent / "tests" / "data" / "lint" / "fresh10"  # written independently while dev10a/dev10b were fixed, scored once
DEV10A = HERE.parent / "tests" / "data" / "lint" / "dev10a"  # development drafts after fresh9 (calendar and clock; tuned on)
DEV10B = HERE.parent / "tests" / "data" / "lint" / "dev10b"  # development drafts after fresh9 (policy, religion, gestures, names, idioms; tuned on)
DEV11A = HERE.parent / "tests" / "data" / "lint" / "dev11a"  # development drafts after fresh10 (calendar and clock; tuned on)
DEV11B = HERE.parent / "tests" / "data" / "lint" / "dev11b"  # development drafts after fresh10 (policy, religion, idioms; tuned on)
DEV12B = HERE.parent / "tests" / "data" / "lint" / "dev12b"  # development drafts after fresh11 (wrapped lines, sacred objects, sale and order-date withdrawal, separators; tuned on)
FRESH11 = HERE.parent / "tests" / "data" / "lint" / "fresh11"  # written independently while dev11a/dev11b were fixed, scored once
FRESH12 = HERE.parent / "tests" / "data" / "lint" / "fresh12"  # written independently while dev12a/dev12b were fixed, scored once
DEV12A = HERE.parent / "tests" / "data" / "lint" / "dev12a"  # development drafts after fresh11 (calendar, clock, Hong Kong address; tuned on)
FRESH14 = HERE.parent / "tests" / "data" / "lint" / "fresh14"  # written independently while dev14a/dev14b were fixed, scored once
FRESH15 = HERE.parent / "tests" / "data" / "lint" / "fresh15"  # written independently while dev15a/dev15b were fixed, scored once
FRESH16 = HERE.parent / "tests" / "data" / "lint" / "fresh16"  # written independently while dev16a/dev16b were fixed, scored once
FRESH17 = HERE.parent / "tests" / "data" / "lint" / "fresh17"  # written independently while dev17a/dev17b were fixed, scored once
FRESH18 = HERE.parent / "tests" / "data" / "lint" / "fresh18"  # written independently while dev18a was fixed, scored once
FRESH13 = HERE.parent / "tests" / "data" / "lint" / "fresh13"  # written independently while dev13a/dev13b were fixed, scored once
DEV13B = HERE.parent / "tests" / "data" / "lint" / "dev13b"  # development drafts after fresh12 (whose clock, quoted address, statutory statements; tuned on)
DEV13A = HERE.parent / "tests" / "data" / "lint" / "dev13a"  # development drafts after fresh12 (weekend_promise: tense, mood, role; tuned on)
DEV14A = HERE.parent / "tests" / "data" / "lint" / "dev14a"  # development drafts after fresh13 (whose day, whose clock; tuned on)
DEV15A = HERE.parent / "tests" / "data" / "lint" / "dev15a"  # development drafts after fresh14 (whose day, whose clock, by structure; tuned on)
DEV14B = HERE.parent / "tests" / "data" / "lint" / "dev14b"  # development drafts after fresh13 (statutory rights, Ramadan by date, Buddha images, even flowers; tuned on)
DEV16A = HERE.parent / "tests" / "data" / "lint" / "dev16a"  # development drafts after fresh15 (weekend_promise: whose day, which place, which carrier; tuned on)
DEV15B = HERE.parent / "tests" / "data" / "lint" / "dev15b"  # development drafts after fresh14 (refunds kept back, faults sent to the maker, wrong-faith greetings, Nordic calques; tuned on)
DEV17B = HERE.parent / "tests" / "data" / "lint" / "dev17b"  # development drafts after fresh16 (weekend_promise: the carrier named before, bracketed weekdays, most states' holidays, "falls on a"; zone phrases; tuned on)
DEV16B = HERE.parent / "tests" / "data" / "lint" / "dev16b"  # development drafts after fresh15 (calqued support idioms, tags and order-date withdrawal, Ramadan by the named date, even flowers; tuned on)
DEV17A = HERE.parent / "tests" / "data" / "lint" / "dev17a"  # development drafts after fresh16 (sale goods refused in many languages, Norway, alcohol in food, Swiss prices; tuned on)
DEV18A = HERE.parent / "tests" / "data" / "lint" / "dev18a"  # development drafts after fresh17 (lockers and pick-up points, occasions said to be on a day, bracketed Latin weekdays, postcodes, occasion cut-offs, zh calques; tuned on)
DEV19A = HERE.parent / "tests" / "data" / "lint" / "dev19a"  # development drafts after fresh18 (precision on clean drafts in general: branches, carriers working a day, automatic renewals, festivals of several days, calls ahead and windows at the door; tuned on)
FRESH19 = HERE.parent / "tests" / "data" / "lint" / "fresh19"  # written independently while dev19a was fixed, scored once
DEV20A = HERE.parent / "tests" / "data" / "lint" / "dev20a"  # development drafts after fresh19 (the hard codes and clean drafts that look risky; tuned on)
FRESH20 = HERE.parent / "tests" / "data" / "lint" / "fresh20"  # written independently while dev20a was fixed, scored once
DEV21A = HERE.parent / "tests" / "data" / "lint" / "dev21a"  # development drafts after fresh20 (the hard codes; tuned on)
FRESH21 = HERE.parent / "tests" / "data" / "lint" / "fresh21"  # written independently while dev21a was fixed, scored once
# The first scores, taken once before any change they could lead to (the sets' README.md).
FIRST = {
    "fresh2": "precision 0.60, recall 0.91, 33 of 72 clean drafts flagged (46 %) — the code before issue 15, "
              "the codes it had, its formal default voice",
    "fresh3": "precision 0.94, recall 1.00, 3 of 36 clean drafts flagged (8 %) — the code of that day",
    "fresh4": "precision 0.79, recall 0.89, 10 of 67 clean drafts flagged (15 %) — the code after fresh3's "
              "fixes (bench/results/lint_fresh4_first_score.txt)",
    "dev5": "precision 0.63, recall 0.92, 5 of 41 clean drafts flagged (first batch) — development drafts "
            "written after fresh4's fixes to find more kinds of false alarm, then tuned on: not an unseen estimate",
    "fresh5": "precision 0.72, recall 0.81, 9 of 51 clean drafts flagged (18 %) — written by an independent helper "
              "who did not see the rules, scored once on the code after dev5's fixes "
              "(bench/results/lint_fresh5_first_score.txt)",
    "fresh6": "precision 0.76, recall 0.74, 8 of 61 clean drafts flagged (13 %) — written independently, scored "
              "once on the code after fresh5's fixes (the commitment model; bench/results/lint_fresh6_first_score.txt)",
    "dev7": "precision 0.73, recall 0.96, 6 of 27 clean drafts flagged (first batch) — development drafts written "
            "after fresh6's fixes (closed days as reasons, stated return periods, sale goods), then tuned on: "
            "not an unseen estimate",
    "fresh7": "precision 0.74, recall 0.62, 7 of 66 clean drafts flagged (11 %) — written independently, scored "
              "once on the code after dev7's fixes (bench/results/lint_fresh7_first_score.txt)",
    "dev8b": "precision 0.69, recall 0.65, 6 of 38 clean drafts flagged (16 %) — development drafts written after "
             "fresh7 (closure notices beside dates, the market's register, zones named, calques), then tuned on: "
             "not an unseen estimate (bench/results/lint_dev8b_first_score.txt)",
    "dev8a": "precision 1.00, recall 0.03, 0 of 31 clean drafts flagged (first batch; the second batch, written "
             "after the first fixes: precision 0.89, recall 0.62, 1 of 10) — development drafts written after fresh7 "
             "for policy_conflict (refund deadline, store credit, faulty goods), religious_insensitivity and "
             "taboo_number, then tuned on: not an unseen estimate (bench/results/lint_dev8a_first_score.txt)",
    "fresh8": "precision 0.83, recall 0.70, 7 of 69 clean drafts flagged (10 %) — written independently while "
              "dev8a and dev8b were being fixed, scored once on the merged code (becf33c) "
              "(bench/results/lint_fresh8_first_score.txt)",
    "dev9a": "precision 0.89, recall 0.74, 5 of 59 clean drafts flagged (8 %) — development drafts written after "
             "fresh8 (deadlines and offer days on days off, the customer's chosen day, forms of address with the "
             "caller's names, Czech and Tagalog register), then tuned on: not an unseen estimate "
             "(bench/results/lint_dev9a_first_score.txt)",
    "dev9b": "precision 1.00, recall 0.55, 0 of 52 clean drafts flagged — development drafts written after fresh8 "
             "for policy_conflict (withdrawal counted from the order, vouchers for the amount, faulty goods sent to "
             "the maker or refused on sale goods), religious_insensitivity, taboo_number, idiom and the money "
             "formats, then tuned on: not an unseen estimate (bench/results/lint_dev9b_first_score.txt)",
    "fresh9": "precision 0.91, recall 0.81, 4 of 71 clean drafts flagged (6 %) — written independently while "
              "dev9a and dev9b were being fixed, scored once on the merged code (724c8f3) "
              "(bench/results/lint_fresh9_first_score.txt)",
    "dev10a": "precision 0.73, recall 0.78, 17 of 90 clean drafts flagged (19 %) (first batch; the second, written "
              "after the first fixes: precision 0.89, recall 1.00, 2 of 18) — development drafts written after fresh9 "
              "(promises in more languages, regional holidays with the city named, numeric dates settled by "
              "context, call-back times from a desk in another zone), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev10a_first_score.txt, lint_dev10a_batch2_first_score.txt)",
    "dev10b": "precision 0.96, recall 0.68, 1 of 72 clean drafts flagged — development drafts written after fresh9 "
              "for policy_conflict (sale or opened goods excluded, return postage, late refunds, vouchers, short "
              "guarantees), religious_insensitivity, gesture_emoji, name_order and idiom (first batch; the second "
              "batch, written after the first fixes: precision 0.95, recall 0.75, 0 of 25), then tuned on: not an "
              "unseen estimate (bench/results/lint_dev10b_first_score.txt, lint_dev10b_second_first_score.txt)",
    "fresh10": "precision 0.84, recall 0.72, 8 of 75 clean drafts flagged (11 %) — written independently while "
               "dev10a and dev10b were being fixed, scored once on the merged code (8bfa890) "
               "(bench/results/lint_fresh10_first_score.txt)",
    "dev11a": "precision 0.57, recall 0.75, 42 of 88 clean drafts flagged (48 %) — development drafts written after "
              "fresh10 (the customer's own choice, carriers and shops working that day, promises whose verb is in no "
              "list, regional holidays by suburb or address line, January and June 2029), then tuned on: not an "
              "unseen estimate (bench/results/lint_dev11a_first_score.txt)",
    "dev11b": "precision 0.90, recall 0.56, 4 of 73 clean drafts flagged (5 %) — development drafts written after "
              "fresh10 for policy_conflict (postage for faulty goods, delivery costs kept, store credit only, late "
              "complaint answers, data requests), religious_insensitivity (daytime food in Ramadan, pork, meat and "
              "alcohol on observances, party sales on days of mourning), idiom (calques across language families) "
              "and the other content codes (first batch; the second batch, written after the first fixes: "
              "precision 0.96, recall 0.72, 1 of 25), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev11b_first_score.txt, lint_dev11b_second_first_score.txt)",
    "fresh11": "precision 0.83, recall 0.83, 9 of 74 clean drafts flagged (12 %) — written independently while "
               "dev11a and dev11b were being fixed, scored once on the merged code (21c355f) "
               "(bench/results/lint_fresh11_first_score.txt)",
    "dev12a": "precision 0.51, recall 0.82, 16 of 35 clean drafts flagged (46 %) — development drafts written after "
              "fresh11 (a state's own weekend, spans of days, occasions, wrapped CJK lines, Hong Kong's 你, windows "
              "at the customer's door, Canada's numeric dates), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev12a_first_score.txt)",
    "dev12b": "precision 0.75, recall 0.25, 0 of 24 clean drafts flagged — development drafts written after fresh11 "
              "for the content codes (phrases split by a hard line break, sacred objects binned, daytime food urged "
              "in Ramadan, withdrawal counted from the order or refused for sale goods, English separators in "
              "comma-decimal locales, 'cup of tea' calqued, Turkish informal possessives), then tuned on: not an "
              "unseen estimate (bench/results/lint_dev12b_first_score.txt)",
    "fresh12": "precision 0.83, recall 0.95, 11 of 76 clean drafts flagged (14 %) — written independently while "
               "dev12a and dev12b were being fixed, scored once on the merged code (805c4cb) "
               "(bench/results/lint_fresh12_first_score.txt)",
    "dev13b": "precision 0.64, recall 0.82, 19 of 45 clean drafts flagged (42 %) — development drafts written after "
              "fresh12 (whose clock a time is on: door, shop, the customer's own time against cut-offs and calls; "
              "the familiar 'you' against quotes, titles and wrapped Japanese lines; withdrawal counted from the "
              "order, return postage, sale goods refused in pt, es, it, fr, en-GB), then tuned on: not an unseen "
              "estimate (bench/results/lint_dev13b_first_score.txt)",
    "dev13a": "precision 0.68, recall 0.97, 15 of 59 clean drafts flagged (25 %) — development drafts written after "
              "fresh12 (weekend_promise read as who does what on the day: customers' deadlines and ends of periods, "
              "past events named by a bare weekday, windows, greetings, closures, choices, working carriers, "
              "wishes), then tuned on: not an unseen estimate (bench/results/lint_dev13a_first_score.txt)",
    "fresh13": "precision 0.83, recall 0.83, 7 of 74 clean drafts flagged (9.5 %) — written independently while "
               "dev13a and dev13b were being fixed, scored once on the merged code (b273021) "
               "(bench/results/lint_fresh13_first_score.txt)",
    "dev14a": "precision 0.63, recall 0.88, 12 of 34 clean drafts flagged (35 %) — development drafts written after "
              "fresh13 (weekend_promise: the holiday named as the reason for another day, a carrier said to work "
              "it, regional holidays by town; time_without_timezone: the customer's town or island, zone words, "
              "shops, callbacks from another zone), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev14a_first_score.txt)",
    "dev14b": "precision 0.38, recall 0.22, 4 of 30 clean drafts flagged (13 %) — development drafts written after "
              "fresh13 (statutory rights in AU, SE, CN, GB; daytime meals while Ramadan is on, named or not; Buddha "
              "images put to profane use; even flowers in ru, uk), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev14b_first_score.txt)",
    "fresh14": "precision 0.88, recall 0.88, 6 of 77 clean drafts flagged (7.8 %) — written independently while "
               "dev14a and dev14b were being fixed, scored once on the merged code (439a1db) "
               "(bench/results/lint_fresh14_first_score.txt)",
    "dev15a": "precision 0.55, recall 0.86, 19 of 32 clean drafts flagged (59 %) — development drafts written after "
              "fresh14 (weekend_promise: the customer's own occasion, a date booked or agreed, the holiday as the "
              "reason the carrier does not come, regional holidays; time_without_timezone: zone phrases wrapped "
              "across lines, the customer's country or state with a clock word, clock times in words), then tuned "
              "on: not an unseen estimate (bench/results/lint_dev15a_first_score.txt)",
    "dev15b": "precision 0.85, recall 0.28, 2 of 30 clean drafts flagged (6.7 %) — development drafts written after "
              "fresh14 (withdrawal refunds minus a fee or the original delivery, faults sent to the maker, a greeting "
              "of the wrong faith, idioms word for word in nb, da, fi, ro, hu), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev15b_first_score.txt)",
    "fresh15": "precision 0.90, recall 0.89, 6 of 77 clean drafts flagged (7.8 %) — written independently while "
               "dev15a and dev15b were being fixed, scored once on the merged code (d0d8777) "
               "(bench/results/lint_fresh15_first_score.txt)",
    "dev16a": "precision 0.68, recall 0.90, 12 of 44 clean drafts flagged (27 %) — development drafts written after "
              "fresh15 (weekend_promise: a date the customer chose in many languages, a carrier working the day, "
              "another state's holiday beside the customer's place, the holiday as the reason for another day, "
              "offices closing, deadlines before the customer's occasion; Jan–Jun 2033), then tuned on: not an "
              "unseen estimate; two drafts relabelled after it (bench/results/lint_dev16a_first_score.txt)",
    "dev16b": "precision 0.80, recall 0.22, 1 of 32 clean drafts flagged (3.1 %) — development drafts written after "
              "fresh15 (support idioms calqued word for word: give you a ring, the ball is in your court, keep you "
              "posted, drop us a line; a withdrawal refused for a removed tag or counted from the order; a daytime "
              "meal for a named day in Ramadan; even flowers counted after their name, in pl and ro), then tuned on: "
              "not an unseen estimate (bench/results/lint_dev16b_first_score.txt)",
    "fresh16": "precision 0.96, recall 0.85, 2 of 79 clean drafts flagged (2.5 %) — written independently while "
               "dev16a and dev16b were being fixed, scored once on the merged code (4ee9cc5) "
               "(bench/results/lint_fresh16_first_score.txt)",
    "dev17a": "precision 0.94, recall 0.49, 1 of 29 clean drafts flagged (3.4 %) — development drafts written after "
              "fresh16 (sale, clearance and opened goods refused in 14 locales, Norway's withdrawal period, a credit "
              "note only; alcohol inside a food or gift; the ball in your court in pt, id, ms; Indonesian kamu/aku "
              "in a formal voice; Swiss prices written the German way), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev17a_first_score.txt)",
    "dev17b": "precision 0.59, recall 0.75, 17 of 49 clean drafts flagged (35 %) — development drafts written after "
              "fresh16 (weekend_promise: the carrier named in the sentence before, numeric dates with a bracketed "
              "weekday, state holidays most of Australia keeps, a date said to fall on a weekday, carriers working "
              "Japanese and Chinese holidays; time_without_timezone: a city's or country's clock in the customer's "
              "language; July–December 2035), then tuned on: not an unseen estimate; one draft given its own `now` "
              "after it (bench/results/lint_dev17b_first_score.txt)",
    "fresh17": "precision 0.94, recall 0.97, 3 of 80 clean drafts flagged (3.8 %) — written independently while "
               "dev17a and dev17b were being fixed, scored once on the merged code (1323bd7) "
               "(bench/results/lint_fresh17_first_score.txt)",
    "dev18a": "precision 0.46, recall 0.64, 26 of 52 clean drafts flagged (50 %) — development drafts written after "
              "fresh17 (weekend_promise: parcels waiting at lockers and pick-up points, holidays and occasions said "
              "to be on a day, Shabbat deliveries in Hebrew, bracketed Latin weekday abbreviations, Richmond with "
              "and without a state or postcode; time_without_timezone: order deadlines set for an occasion; idiom: "
              "English idioms word for word in zh, ja, ko; 2037), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev18a_first_score.txt)",
    "fresh18": "precision 0.94, recall 0.92, 4 of 82 clean drafts flagged (4.9 %) — written independently while "
               "dev18a was being fixed (March and October–December 2036), scored once on the merged code (263eada) "
               "(bench/results/lint_fresh18_first_score.txt)",
    "dev19a": "precision 0.86, recall 0.89, 3 of 61 clean drafts flagged (4.9 %) — development drafts written after "
              "fresh18 for precision on clean drafts in general (closures, carriers working a day, periods' ends, "
              "greetings, prices, honorifics, clocks whose zone is plain; each of the twelve codes faulty at least "
              "twice; 48 locales, April and December 2039), then tuned on: not an unseen estimate "
              "(bench/results/lint_dev19a_first_score.txt)",
    "fresh19": "precision 0.96, recall 0.86, 2 of 81 clean drafts flagged (2.5 %) — written independently while "
               "dev19a was being fixed (March and October 2038, 55 locales), scored once on the merged code (b8254c9) "
               "(bench/results/lint_fresh19_first_score.txt); the classes of its disagreements then fixed "
               "(bench/results/lint_r19b_sets.md): not an unseen estimate since",
    "dev20a": "precision 0.96, recall 0.89, 1 of 81 clean drafts flagged (1.2 %) — development drafts written after "
              "fresh19 with weight on the hard codes (policy promises against the law, informal address, idioms, "
              "times without a zone, religious insensitivity) and clean drafts that look risky; 55 locales, March and "
              "September 2041), then tuned on: not an unseen estimate (bench/results/lint_dev20a_first_score.txt)",
    "fresh20": "precision 0.94, recall 0.94, 4 of 81 clean drafts flagged (4.9 %) — written independently while "
               "dev20a was being fixed (March and September 2040, 57 locales), scored once on the merged code (67e1019) "
               "(bench/results/lint_fresh20_first_score.txt); the classes of its disagreements then fixed "
               "(bench/results/lint_r20b_sets.md): not an unseen estimate since",
    "dev21a": "precision 0.94, recall 0.82, 2 of 81 clean drafts flagged (2.5 %) — development drafts written after "
              "fresh20 with weight on the hard codes and clean drafts that look risky (60 locales, March and August "
              "2043), then tuned on: not an unseen estimate (bench/results/lint_dev21a_first_score.txt)",
    "fresh21": "precision 0.95, recall 0.92, 3 of 80 clean drafts flagged (3.8 %) — written independently while "
               "dev21a was being fixed (February and September 2042, 61 locales), scored once on the merged code "
               "(e4f5f76) (bench/results/lint_fresh21_first_score.txt); the classes of its disagreements then fixed "
               "(bench/results/lint_r21b_sets.md): not an unseen estimate since",
}


def throughput(toolkit: Toolkit, drafts, seconds: float = 5.0) -> tuple[float, float]:
    """Warm drafts/s over the corpus (rules compiled, every locale seen once), best and median of 5 runs."""
    jobs = [(d.text, d.locale, d.region, d.team_timezone, d.now, d.voice) for d in drafts]
    for text, locale, region, zone, now, voice in jobs:
        lint_text(toolkit, text, locale, region=region, team_timezone=zone, now=now, voice=voice)
    rates = []
    for _ in range(5):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds / 5:
            # Amounts are remembered per line; a real day's drafts are new, so every pass starts
            # without the last pass's lines (lines shared by drafts of one pass still hit).
            _line_money.cache_clear()
            for text, locale, region, zone, now, voice in jobs:
                lint_text(toolkit, text, locale, region=region, team_timezone=zone, now=now, voice=voice)
            count += len(jobs)
        rates.append(count / (time.perf_counter() - start))
    return max(rates), statistics.median(rates)


def cold_load() -> float:
    """Seconds to load, validate and compile every rule file in a fresh Toolkit, with an empty
    cache folder (as on a first run: every YAML file parsed, every pattern compiled)."""
    saved = os.environ.get("XBORDER_CACHE_DIR")
    with tempfile.TemporaryDirectory() as empty:
        os.environ["XBORDER_CACHE_DIR"] = empty
        try:
            start = time.perf_counter()
            for _, checker in load_rules(Toolkit(data_dirs=[])):
                checker.validate()
            return time.perf_counter() - start
        finally:
            if saved is None:
                os.environ.pop("XBORDER_CACHE_DIR", None)
            else:
                os.environ["XBORDER_CACHE_DIR"] = saved


def big_draft(toolkit: Toolkit) -> tuple[float, int]:
    paragraph = ("Hallo Anna, danke für deine Nachricht! Wir erstatten €1,234.50 bis 03/04/2026 um 15 Uhr, "
                 "spätestens am Freitag. 1,1,1,1 ...... 12:12:12 !!!!\n")
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    start = time.perf_counter()
    flags = lint_text(toolkit, text, "de-DE")
    return time.perf_counter() - start, len(flags)


SIZES_KB = (250, 500, 1000)
DRAFTS = {
    # issue 13: every clause held a "period" ("4 an" reads as French years), each checked against every clause
    "ambiguous dates": "Ruf mich am 03/04 an. ",
    "mixed flags, one line per sentence": ("Hallo Anna, danke für deine Nachricht! Wir erstatten €1,234.50 bis "
                                           "03/04/2026 um 15 Uhr, spätestens am Freitag. Rückgabe innerhalb von "
                                           "7 Tagen, 15% Gebühr. 1,1,1,1 ...... 12:12:12 !!!!\n"),
}


def size_scaling(runs: int = 3) -> str:
    """Lint time (in process) and ``xborder lint FILE`` wall time (fresh process, text output of every
    flag) at 250 KB, 500 KB and 1 MB, sizes taking turns run by run; linear when s/MB stays flat."""
    toolkit = Toolkit(data_dirs=[])
    lint_text(toolkit, "Hallo", "de-DE", region="DE")
    xborder = str(Path(sys.executable).with_name("xborder"))
    lines = [
        "### Lint time against draft size (issue 13: linear)",
        "",
        f"{machine()} Command: `python bench/bench_lint.py --sizes`. Median of {runs} runs, the sizes "
        "taking turns; region DE (policy conflicts checked). `s/MB` flat across sizes means linear. "
        "Before the fix, 880 KB of the first draft took 53 s to lint and its 80,000-flag text output 11.8 s.",
        "",
        "| draft | size | flags | lint (in process) | s/MB | `xborder lint FILE` (fresh process, text) | s/MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as folder:
        for name, unit in DRAFTS.items():
            texts = {kb: (unit * (kb * 1000 // len(unit.encode()) + 1))[: kb * 1000] for kb in SIZES_KB}
            paths = {}
            for kb, text in texts.items():
                paths[kb] = Path(folder) / f"{kb}.txt"
                paths[kb].write_text(text, encoding="utf-8")
            inproc: dict[int, list[float]] = {kb: [] for kb in SIZES_KB}
            fresh: dict[int, list[float]] = {kb: [] for kb in SIZES_KB}
            flags: dict[int, int] = {}
            for _ in range(runs):
                for kb in SIZES_KB:
                    start = time.perf_counter()
                    flags[kb] = len(lint_text(toolkit, texts[kb], "de-DE", region="DE"))
                    inproc[kb].append(time.perf_counter() - start)
                    fresh[kb].append(cold([xborder, "lint", str(paths[kb]), "--locale", "de-DE", "--region", "DE"],
                                          runs=1, check=False))
            for kb in SIZES_KB:
                mb = len(texts[kb].encode()) / 1e6
                a, b = statistics.median(inproc[kb]), statistics.median(fresh[kb])
                lines.append(f"| {name} | {kb} KB | {flags[kb]:,} | {a:.2f} s | {a / mb:.2f} | {b:.2f} s | {b / mb:.2f} |")
    return "\n".join(lines) + "\n"


def unseen_section(toolkit: Toolkit) -> list[str]:
    """Issue 15's unseen sets: per-code scores, and clean drafts flagged under the market's default voice."""
    sets = {"fresh2": load_corpus(FRESH2), "fresh3": load_corpus(FRESH3), "fresh4": load_corpus(FRESH4),
            "dev5": load_corpus(DEV5), "fresh5": load_corpus(FRESH5),
            "fresh6": load_corpus(FRESH6), "dev7": load_corpus(DEV7), "fresh7": load_corpus(FRESH7),
            "dev8b": load_corpus(DEV8B), "dev8a": load_corpus(DEV8A),
            "fresh8": load_corpus(FRESH8), "dev9a": load_corpus(DEV9A),
            "dev9b": load_corpus(DEV9B), "fresh9": load_corpus(FRESH9), "dev10a": load_corpus(DEV10A),
            "dev10b": load_corpus(DEV10B), "fresh10": load_corpus(FRESH10), "dev11a": load_corpus(DEV11A),
            "dev11b": load_corpus(DEV11B), "fresh11": load_corpus(FRESH11), "dev12a": load_corpus(DEV12A),
            "dev12b": load_corpus(DEV12B), "fresh12": load_corpus(FRESH12),
            "dev13b": load_corpus(DEV13B), "dev13a": load_corpus(DEV13A),
            "fresh13": load_corpus(FRESH13), "dev14a": load_corpus(DEV14A), "dev14b": load_corpus(DEV14B),
            "fresh14": load_corpus(FRESH14), "dev15a": load_corpus(DEV15A),
            "dev15b": load_corpus(DEV15B), "fresh15": load_corpus(FRESH15), "dev16a": load_corpus(DEV16A),
            "dev16b": load_corpus(DEV16B),
            "fresh16": load_corpus(FRESH16), "dev17a": load_corpus(DEV17A), "dev17b": load_corpus(DEV17B),
            "fresh17": load_corpus(FRESH17), "dev18a": load_corpus(DEV18A),
            "fresh18": load_corpus(FRESH18), "dev19a": load_corpus(DEV19A),
            "fresh19": load_corpus(FRESH19), "dev20a": load_corpus(DEV20A),
            "fresh20": load_corpus(FRESH20), "dev21a": load_corpus(DEV21A),
            "fresh21": load_corpus(FRESH21)}
    scores = {name: evaluate(toolkit, drafts) for name, drafts in sets.items()}
    both = evaluate(toolkit, [d for drafts in sets.values() for d in drafts])
    lines = [
        "### Unseen drafts (issue 15)",
        "",
        "Written as the market's leading stores write (clean drafts in the market's default voice, "
        "`culture_rules/voice_defaults.yaml`; no draft names a voice unless the store chose one), with "
        "deadlines and ranges ending on weekends and holidays, festival greetings, Japanese set phrases, "
        "and faulty drafts for every code including the new ones.",
        "",
        "| set | drafts | locales | first score (once, before any change it led to) | now: P | R | clean flagged |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    for name, score in scores.items():
        clean = len(score.clean)
        lines.append(f"| `tests/data/lint/{name}/` | {len(score.outcomes)} | "
                     f"{len({o.draft.locale for o in score.outcomes})} | {FIRST[name]} | {score.precision():.2f} | "
                     f"{score.recall():.2f} | {len(score.clean_flagged)} of {clean} |")
    clean = len(both.clean)
    rate = len(both.clean_flagged) / clean if clean else 0.0
    lines += [
        "",
        f"Clean drafts flagged under the market's default voice (all {len(sets)} sets): **{len(both.clean_flagged)} of "
        f"{clean} ({rate:.1%})** (goal ≤ 2 %). Per code, the {len(sets)} sets now:",
        "",
        "| code | precision | recall | TP | FP | FN |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code in both.codes():
        lines.append(f"| {code} | {both.precision(code):.2f} | {both.recall(code):.2f} | {both.tp[code]} | "
                     f"{both.fp[code]} | {both.fn[code]} |")
    lines += [f"| **overall** (goal P ≥ 0.93, R ≥ 0.90) | **{both.precision():.2f}** | **{both.recall():.2f}** | "
              f"{sum(both.tp.values())} | {sum(both.fp.values())} | {sum(both.fn.values())} |", ""]
    return lines


def first_score(name: str) -> None:
    """Score a new set once and keep the result with every disagreement; a second run refuses."""
    import subprocess

    path = HERE / "results" / f"lint_{name}_first_score.txt"
    if path.exists():
        raise SystemExit(f"{path} exists: a set is scored once, before any change")
    score = evaluate(Toolkit(data_dirs=[]), load_corpus(HERE.parent / "tests" / "data" / "lint" / name))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE.parent, capture_output=True,
                            text=True).stdout.strip()
    drafts, clean, flagged = len(score.outcomes), len(score.clean), len(score.clean_flagged)
    lines = [f"## Lint: first score of `{name}`", "",
             f"{machine()} Command: `python bench/bench_lint.py --first-score {name}`, code at commit {commit}, "
             "before any change made for this set. Each draft is linted under its own `voice` or the market's "
             "default voice.", "",
             f"### {name}: {drafts} drafts, {len({o.draft.locale for o in score.outcomes})} locales, {clean} clean, "
             f"{drafts - clean} faulty", "",
             f"precision {score.precision():.3f}, recall {score.recall():.3f} (TP {sum(score.tp.values())}, "
             f"FP {sum(score.fp.values())}, FN {sum(score.fn.values())}).",
             f"Clean drafts flagged: {flagged} of {clean} ({flagged / clean if clean else 0:.1%}) (goal ≤ 2 %).", "",
             "| code | precision | recall | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    lines += [f"| {c} | {score.precision(c):.2f} | {score.recall(c):.2f} | {score.tp[c]} | {score.fp[c]} | "
              f"{score.fn[c]} |" for c in score.codes()]
    lines += ["", "### Every disagreement", ""]
    lines += [f"- `{o.draft.id}` ({o.draft.locale}): expected {sorted(o.draft.expect) or '[] (clean)'}, flagged "
              f"{sorted(o.flagged) or 'nothing'}" for o in score.outcomes if o.false_positives or o.false_negatives]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--first-score":
        first_score(sys.argv[2])
        return
    if "--sizes" in sys.argv[1:]:
        write_section("lint_sizes", size_scaling())
        return
    load_seconds = cold_load()
    toolkit = Toolkit(data_dirs=[])
    drafts = load_corpus(CORPUS)
    score = evaluate(toolkit, drafts)
    best, median = throughput(toolkit, drafts)
    big_seconds, big_flags = big_draft(toolkit)
    xborder = str(Path(sys.executable).with_name("xborder"))
    cli = cold([xborder, "lint", "-", "--locale", "de-DE"], runs=7, input="Kannst du uns helfen?".encode(),
               check=False)
    locales = Counter(d.locale for d in drafts)
    clean = len(score.clean)
    rules = len(load_rules(toolkit))
    lines = [
        "## Cultural-sensitivity lint (issues 6 and 15)",
        "",
        f"{machine()} Command: `python bench/bench_lint.py`.",
        "",
        f"Corpus: `tests/data/lint/corpus/`, {len(drafts)} agent drafts in {len(locales)} locales "
        f"({min(locales.values())}–{max(locales.values())} each), {clean} of them clean; {rules} rule files. "
        "Scored per draft and code: a code flagged and expected is a true positive.",
        "",
        "| code | precision | recall | TP | FP | FN |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for code in score.codes():
        lines.append(f"| {code} | {score.precision(code):.2f} | {score.recall(code):.2f} | {score.tp[code]} | "
                     f"{score.fp[code]} | {score.fn[code]} |")
    tp, fp, fn = sum(score.tp.values()), sum(score.fp.values()), sum(score.fn.values())
    lines += [
        f"| **overall** (goal P ≥ 0.93, R ≥ 0.90) | **{score.precision():.2f}** | **{score.recall():.2f}** | "
        f"{tp} | {fp} | {fn} |",
        "",
        f"Clean drafts flagged: **{len(score.clean_flagged)} of {clean}** (goal 0)"
        + ("" if not score.clean_flagged else ": " + ", ".join(
            f"{o.draft.id} ({', '.join(sorted(o.flagged))})" for o in score.clean_flagged)) + ".",
        "",
    ]
    fresh = evaluate(toolkit, load_corpus(FRESH))
    lines += [
        f"Drafts written after the rules (`tests/data/lint/fresh/`, {len(fresh.outcomes)} drafts in "
        f"{len({o.draft.locale for o in fresh.outcomes})} locales): first scored once on 2026-11-23 at "
        "precision 1.00, recall 0.89, 0 of 10 clean drafts flagged (the estimate for unseen drafts); "
        "the misses were then fixed by general changes, and they now score "
        f"precision {fresh.precision():.2f}, recall {fresh.recall():.2f}, "
        f"{len(fresh.clean_flagged)} of {len(fresh.clean)} clean drafts flagged.",
        "",
    ]
    lines += unseen_section(toolkit)
    misses = [o for o in score.outcomes if o.false_positives or o.false_negatives]
    if misses:
        lines += ["Disagreements with the labels:", ""]
        lines += [f"- {o.draft.id}: false positive {sorted(o.false_positives) or '—'}, "
                  f"missed {sorted(o.false_negatives) or '—'}" for o in misses]
        lines.append("")
    lines += [
        "| speed | value | goal |",
        "|---|---:|---:|",
        f"| warm throughput over the corpus (best / median of 5 runs) | {best:,.0f} / {median:,.0f} drafts/s | "
        "≥ 2,000 |",
        f"| load + validate + compile all rules (cold, in process) | {load_seconds * 1000:.0f} ms | |",
        f"| 1 MB draft (de-DE, {big_flags:,} flags) | {big_seconds:.1f} s | bounded |",
        f"| `xborder lint - --locale de-DE` (fresh process, median of 7) | {cli * 1000:.0f} ms | |",
        "",
    ]
    write_section("lint", "\n".join(lines))
    write_section("lint_sizes", size_scaling())


if __name__ == "__main__":
    main()
