#!/usr/bin/env python3
"""Makes a benchmark corpus of any size from the sample articles' sentences, recombined.

It cannot make new language: every sentence is one of the samples', so the corpus has the
samples' mix of positions, names and page furniture, only shuffled into new documents.

    make_corpus.py --size 200M --format jsonl -o corpus.jsonl      # one JSON Lines file
    make_corpus.py --size 20M --format text -o corpus/             # a folder of .txt files
    make_corpus.py --size 20M --format html -o pages/              # a folder of .html pages
"""
import argparse
import glob
import html
import json
import os
import random
import re
import sys


def parse_size(text):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG]?)B?", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 200M, 1G, 512K)")
    factor = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match.group(2)]
    return int(float(match.group(1)) * factor)


def sample_sentences(sources):
    """The sentences of the sample articles: lines split after . ! ? before a capital."""
    sentences = []
    for path in sources:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if len(line) < 20:
                    continue
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line):
                    if len(sentence) >= 20:
                        sentences.append(sentence)
    if not sentences:
        sys.exit("make_corpus.py: no sentences in the samples")
    return sentences


def documents(sentences, size, seed):
    """Yields (index, paragraphs) until the texts add up to `size` bytes."""
    rng = random.Random(seed)
    written = 0
    index = 0
    while written < size:
        paragraphs = []
        for _ in range(rng.randint(3, 12)):
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 5)))
            paragraphs.append(paragraph)
            written += len(paragraph.encode("utf-8")) + 2
        yield index, paragraphs
        index += 1


def write_jsonl(out, docs):
    with open(out, "w", encoding="utf-8") as handle:
        for index, paragraphs in docs:
            record = {"id": f"doc-{index:07d}", "text": "\n\n".join(paragraphs),
                      "date": f"2022-{1 + index % 12:02d}-{1 + index % 28:02d}",
                      "url": f"https://news.example/{index}", "source": "bench"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_folder(out, docs, kind):
    os.makedirs(out, exist_ok=True)
    for index, paragraphs in docs:
        sub = os.path.join(out, f"{index // 1000:04d}")
        os.makedirs(sub, exist_ok=True)
        if kind == "text":
            with open(os.path.join(sub, f"doc-{index:07d}.txt"), "w", encoding="utf-8") as handle:
                handle.write("\n\n".join(paragraphs) + "\n")
            continue
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        page = (f"<!DOCTYPE html><html><head><title>Talks report {index}</title>"
                f"<script>var tracking = {index};</script><style>p {{margin: 0}}</style></head>"
                f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                f"<article><h1>Talks report {index}</h1>{body}</article>"
                f"<div class='comments'><p>Post a comment</p></div></body></html>\n")
        with open(os.path.join(sub, f"doc-{index:07d}.html"), "w", encoding="utf-8") as handle:
            handle.write(page)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=parse_size, default=parse_size("10M"), help="text bytes to make (200M, 1G)")
    parser.add_argument("--format", choices=["jsonl", "text", "html"], default="jsonl")
    parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same corpus)")
    parser.add_argument("--samples", default=os.path.join(here, "..", "samples"), help="folder of sample .txt files")
    parser.add_argument("-o", "--output", required=True, help="a .jsonl file, or a folder for text and html")
    args = parser.parse_args()
    sources = sorted(glob.glob(os.path.join(args.samples, "*.txt")))
    docs = documents(sample_sentences(sources), args.size, args.seed)
    if args.format == "jsonl":
        write_jsonl(args.output, docs)
    else:
        write_folder(args.output, docs, args.format)


if __name__ == "__main__":
    main()
