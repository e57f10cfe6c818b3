#!/usr/bin/env python3
"""Writes a seeded, deterministic Gloss workspace of N articles with 14 to 20 claims each
(annotation files of about 5.9 KB, as hand-annotated articles run).

Articles are built from the shipped example's sentences, varied and shuffled, so they carry
curly quotes, dashes and numbers. Annotation files carry realistic claims: anchors with
context and positions, summaries, attributions, places, statements and reviews, and a few
deliberate findings (moved and orphaned anchors, missing attributions, disagreeing reviews).

usage: generate_corpus.py OUTPUT_FOLDER ARTICLES [--seed N] [--claims N]
"""
import argparse
import os
import random
import re
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_ARTICLE = os.path.join(HERE, "..", "..", "Sources-Docs", "lanzhou-protests-2022-10.md")

SOURCES = ["sound-of-hope", "the-paper", "twitter-martin", "video-poster", "netizen", "city-government"]
PLACES = ["lanzhou", "gansu", "jiuzhou-central-park", "tianyu-phoenix-city", "yuansen-rose-garden"]
KINDS = ["location", "quote", "number", "date", "event", "attribution"]
PROPERTIES = ["covid-positive-cases", "covid-asymptomatic-cases", "detained-protesters"]
VERDICTS = ["supported", "refuted", "misleading", "unverifiable"]


def truth(subject, prop, day):
    """What every article reporting a figure agrees on, unless it contradicts the others: articles
    report different places and days, so statements agree or conflict as a real corpus's do."""
    return random.Random(f"{subject}/{prop}/{day}").randint(100, 300)


def yaml_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def article(rng, sentences, index):
    chosen = rng.sample(sentences, k=min(len(sentences), 18))
    paragraphs = []
    for start in range(0, len(chosen), 3):
        paragraph = " ".join(chosen[start:start + 3])
        paragraph = re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + rng.randint(0, 9)), paragraph)
        paragraphs.append(paragraph)
    return f"Report {index}: lockdown protests, day {rng.randint(1, 30)}.\n\n" + "\n\n".join(paragraphs) + "\n"


def spans(rng, text, count):
    words = [m for m in re.finditer(r"[^\s“”\"]+(?: [^\s“”\"]+){0,2}", text)]
    picked = sorted(rng.sample(words, k=min(count, len(words))), key=lambda m: m.start())
    return [(m.start(), m.end()) for m in picked]


def claim_yaml(rng, text, doc_index, n, start, end):
    quote = text[start:end]
    kind = rng.choice(KINDS)
    lines = [
        f"  - id: a{doc_index}-c{n}",
        f"    kind: {kind}",
        "    anchor:",
        f"      quote: {yaml_string(quote)}",
        f"      prefix: {yaml_string(text[max(0, start - 32):start])}",
        f"      suffix: {yaml_string(text[end:end + 32])}",
    ]
    roll = rng.random()
    if roll < 0.02:
        lines += [f"      start: {start + 3}", f"      end: {end + 3}"]          # moved: anchor-moved
    else:
        lines += [f"      start: {start}", f"      end: {end}"]
    if roll > 0.99:
        lines[3] = f"      quote: {yaml_string(quote + ' (since removed)')}"     # orphaned
    if rng.random() < 0.6:                                                       # summaries come later
        lines.append(f"    summary: {yaml_string(('Claim about ' + quote)[:70])}")
    if rng.random() > 0.03:
        lines.append(f"    attributed_to: {rng.choice(SOURCES)}")
    if kind == "quote":
        lines.append("    speaker: a resident")
    if rng.random() < 0.4:                                                       # not every claim has a place
        lines.append(f"    place: {rng.choice(PLACES)}")
    if kind == "number":
        subject, prop, day = rng.choice(PLACES), rng.choice(PROPERTIES), rng.randint(1, 60)
        value = truth(subject, prop, day)
        if rng.random() < 0.01:
            value += rng.randint(20, 80)                                          # contradicts the others
        lines += ["    statement:", f"      subject: {subject}", f"      property: {prop}",
                  f"      value: \"{value}\"", "      unit: cases",
                  f"      as_of: {date(2022, 10, 1) + timedelta(days=day - 1)}"]
    if rng.random() < 0.15:                                                      # most claims await review
        verdict = rng.choice(VERDICTS)
        lines += ["    reviews:", "      - reviewer: alice", "        date: 2026-11-20", f"        verdict: {verdict}",
                  "        evidence:", f"          - url: https://example.org/evidence/{doc_index}/{n}",
                  "            stance: context", "        note: Checked against the provincial bulletin."]
        if rng.random() < 0.05:
            lines += ["      - reviewer: bob", f"        verdict: {rng.choice(VERDICTS)}",
                      "        evidence:", f"          - url: https://example.org/second/{doc_index}/{n}"]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("articles", type=int)
    parser.add_argument("--seed", type=int, default=20221002)
    parser.add_argument("--claims", type=int, default=17, help="mean claims per article (varies by up to 3)")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with open(SEED_ARTICLE, encoding="utf-8") as handle:
        seed_text = handle.read()
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”])\s+", seed_text) if len(s.strip()) > 20]

    docs = os.path.join(args.output, "Sources-Docs")
    notes = os.path.join(args.output, "Annotations")
    os.makedirs(docs, exist_ok=True)
    os.makedirs(notes, exist_ok=True)
    with open(os.path.join(notes, "sources.yaml"), "w", encoding="utf-8") as handle:
        handle.write("sources:\n" + "".join(f"  - id: {s}\n    name: {s.replace('-', ' ').title()}\n    kind: media\n"
                                            for s in SOURCES))
    with open(os.path.join(notes, "places.yaml"), "w", encoding="utf-8") as handle:
        handle.write("places:\n" + "".join(f"  - id: {p}\n    name: {p.replace('-', ' ').title()}\n" for p in PLACES))
    for index in range(args.articles):
        text = article(rng, sentences, index)
        name = f"article-{index:05d}"
        with open(os.path.join(docs, name + ".md"), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        claims = [claim_yaml(rng, text, index, n, start, end)
                  for n, (start, end) in enumerate(spans(rng, text, args.claims + rng.randint(-3, 3)))]
        with open(os.path.join(notes, name + ".yaml"), "w", encoding="utf-8") as handle:
            handle.write(f"gloss: 1\ndocument: Sources-Docs/{name}.md\nlanguage: en\nclaims:\n" + "\n".join(claims) + "\n")


if __name__ == "__main__":
    main()
