"""Competitor-name matching under speech-recognition errors: hits on misheard forms, false hits on ordinary text.

    .venv/bin/python benchmarks/mining_names.py            # held-out names + TEST sentences (report)
    .venv/bin/python benchmarks/mining_names.py --tune     # threshold sweep: tuning names + DEV sentences

Misheard forms are generated systematically from each name (``misheard``), never typed in by hand:
1. split at its part boundary (camel case, else the middle syllable): "HubSpot" -> "hub spot";
2. a part replaced by a real word that sounds alike: a word of the CFPB narratives' vocabulary whose
   metaphone code is one edit from the part's ("hub" -> "herb", "zen" -> "then");
3. one phonetic respelling inside the name (a vowel for a neighbouring vowel, a voiced consonant for
   its unvoiced twin, an "r" after a vowel, a doubled letter dropped, c/k, ph/f, y/i), split or not.
The forms are put into a few carrier sentences; a hit is the matcher finding that name on the form.

Two disjoint sets: the threshold was chosen on TUNING_NAMES and ordinary sentences from the DEV split;
the report uses HELDOUT_NAMES (other names, another seed) and ordinary sentences from the TEST split
(real customer messages from BANKING77, Bitext and DSTC11, none of which mentions these products).
The demo's real Whisper mishearings (recordings/samples) are listed separately; they were never tuned on.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

TUNING_NAMES = ["HubSpot", "Zendesk", "Salesforce", "Freshdesk", "Intercom"]
#: First held-out set. Its first run (false hits: "sales for" -> Salesforce, "Will I" -> Twilio) led to the
#: final-sound rule (``names.ending_fits``), so it is no longer clean; it is still printed, marked as such.
HELDOUT_NAMES = ["Shopify", "Mailchimp", "Dropbox", "Pipedrive", "Klaviyo", "Twilio", "Gorgias"]
#: Second held-out set, first run after that change: other names, CFPB TEST sentences as ordinary text.
HELDOUT_NAMES_B = ["Calendly", "Squarespace", "Typeform", "Airtable", "Hootsuite", "Zapier", "Trello", "Asana"]
#: How Whisper base wrote the demo's competitor names in recordings/samples (formerly hand-listed aliases).
DEMO_HEARD = {"HubSpot": ["hub spot", "her spot", "herm spot", "hermspot", "hurm spot", "humpspot"],
              "Salesforce": ["sales force"],
              "Zendesk": ["zen desk", "send desk", "nendesk", "men's desk", "mens desk", "nmesk", "ndsk"]}
CARRIERS = ["We are also looking at {x} right now.", "Honestly {x} was cheaper last year.",
            "Our team used {x} before we came to you.", "Does it work with {x}?"]
VOWELS = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o", "y": "i"}
VOICING = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "v": "f", "f": "v", "z": "s", "s": "z"}


def parts(name: str) -> list[str]:
    camel = [p.lower() for p in re.findall(r"[A-Z][a-z]*|[a-z]+", name)]
    if len(camel) > 1:
        return camel
    word = name.lower()
    vowel = [c in "aeiouy" for c in word]
    # a syllable boundary near the middle: between two consonants ("zen|desk"), else before a consonant-vowel
    cuts = [i for i in range(2, len(word) - 1) if not vowel[i - 1] and not vowel[i] and any(vowel[:i])
            and word[i - 1 : i + 1] not in ("sh", "ch", "th", "ph", "ck", "gh")]
    cuts = cuts or [i for i in range(2, len(word) - 1) if not vowel[i] and vowel[i + 1]]
    cut = min(cuts, key=lambda i: abs(i - len(word) / 2)) if cuts else len(word) // 2
    return [word[:cut], word[cut:]]


def respell(word: str, rng: random.Random) -> str:
    """One phonetic respelling at a random place."""
    ops = []
    for i, c in enumerate(word):
        if c in VOWELS:
            ops.append(lambda w, i=i: w[:i] + VOWELS[w[i]] + w[i + 1:])
            ops.append(lambda w, i=i: w[:i + 1] + "r" + w[i + 1:])
        if c in VOICING:
            ops.append(lambda w, i=i: w[:i] + VOICING[w[i]] + w[i + 1:])
        if i and c == word[i - 1]:
            ops.append(lambda w, i=i: w[:i] + w[i + 1:])
        if c in "ck":
            ops.append(lambda w, i=i: w[:i] + ("k" if w[i] == "c" else "c") + w[i + 1:])
    return str(rng.choice(ops)(word)) if ops else word


def vocabulary() -> list[str]:
    from mining_real_sets import SHARED

    counts: Counter[str] = Counter()
    with open(SHARED / "cfpb_narratives" / "cfpb_narratives.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            counts.update(w for w in re.findall(r"[a-z]+", r["narrative"].lower()) if 2 < len(w) < 9)
    return sorted(w for w, n in counts.items() if n >= 3)


def soundalikes(part: str, vocab: list[str]) -> list[str]:
    import jellyfish
    from rapidfuzz.distance import Levenshtein

    code = jellyfish.metaphone(part)
    return [w for w in vocab if w != part and abs(len(w) - len(part)) <= 1
            and Levenshtein.distance(jellyfish.metaphone(w), code) <= 1]


def misheard(name: str, rng: random.Random, vocab: list[str], n: int = 10) -> list[str]:
    from callinsight.mining.names import squash

    ps = parts(name)
    forms = {" ".join(ps)}
    for i, p in enumerate(ps):
        alikes = soundalikes(p, vocab)
        for w in rng.sample(alikes, min(2, len(alikes))):
            forms.add(" ".join([*ps[:i], w, *ps[i + 1:]]))
    tries = 0
    while len(forms) < n and tries < 100:
        tries += 1
        i = rng.randrange(len(ps))
        new = [*ps[:i], respell(ps[i], rng), *ps[i + 1:]]
        forms.add(" ".join(new) if rng.random() < 0.5 else "".join(new))
    return sorted(f for f in forms if squash(f) != squash(name))


def ordinary(split: str, limit: int = 1500) -> list[str]:
    from mining_real_sets import load_messages

    texts = [m.text for m in load_messages(split) if m.set != "cfpb"]
    return texts[:limit]


def cfpb_sentences(split: str, limit: int = 3000) -> list[str]:
    from mining_real_sets import load_messages

    out: list[str] = []
    for m in load_messages(split):
        if m.set == "cfpb":
            out += [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n+", m.text) if len(x.split()) >= 3]
    return out[:limit]


def evaluate(names: list[str], forms: dict[str, list[str]], sentences: list[str], threshold: float) -> dict[str, float]:
    from callinsight.mining.names import PhoneticNameMatcher

    matcher = PhoneticNameMatcher({n: [] for n in names}, threshold)
    hits = total = 0
    for name, fs in forms.items():
        for f in fs:
            for c in CARRIERS:
                text = c.format(x=f)
                start = text.index(f)
                total += 1
                hits += any(m.name == name and m.char_start <= start < m.char_end for m in matcher.find(text))
    false = [s for s in sentences if matcher.find(s)]
    return {"hit": hits / max(total, 1), "forms": total, "false": len(false) / max(len(sentences), 1),
            "n_sentences": len(sentences), "examples": false[:5]}  # type: ignore[dict-item]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tune", action="store_true", help="sweep the threshold on tuning names and DEV sentences")
    args = ap.parse_args()
    from callinsight.mining.names import DEFAULT_THRESHOLD

    vocab = vocabulary()
    if args.tune:
        rng = random.Random(11)
        forms = {n: misheard(n, rng, vocab) for n in TUNING_NAMES}
        sentences = ordinary("dev")
        print("tuning forms:", forms)
        for t100 in range(70, 92, 2):
            r = evaluate(TUNING_NAMES, forms, sentences, t100 / 100)
            print(f"threshold {t100 / 100:.2f}: hits {r['hit']:.3f} of {r['forms']}, false-hit sentences {r['false']:.4f} "
                  f"of {r['n_sentences']} {r['examples']}")
        return
    rng = random.Random(47)
    forms_b = {n: misheard(n, rng, vocab) for n in HELDOUT_NAMES_B}
    cfpb = cfpb_sentences("test")
    print(f"threshold (names.DEFAULT_THRESHOLD): {DEFAULT_THRESHOLD}")
    print("held-out forms (B):", forms_b)
    r = evaluate(HELDOUT_NAMES_B, forms_b, cfpb, DEFAULT_THRESHOLD)
    print(f"HELD-OUT names B, CFPB TEST sentences: hits {r['hit']:.3f} of {r['forms']} misheard mentions; "
          f"false hits in {r['false']:.4f} of {r['n_sentences']} ordinary sentences {r['examples']}")
    rng = random.Random(29)
    forms = {n: misheard(n, rng, vocab) for n in HELDOUT_NAMES}
    sentences = ordinary("test")
    r = evaluate(HELDOUT_NAMES, forms, sentences, DEFAULT_THRESHOLD)
    print(f"held-out names A (seen once before the final-sound rule; not clean), short TEST messages: hits "
          f"{r['hit']:.3f} of {r['forms']}; false hits in {r['false']:.4f} of {r['n_sentences']} {r['examples']}")
    demo = evaluate(list(DEMO_HEARD), DEMO_HEARD, sentences, DEFAULT_THRESHOLD)
    print(f"demo names (real Whisper forms, not tuned on): hits {demo['hit']:.3f} of {demo['forms']}; "
          f"false hits in {demo['false']:.4f} of {demo['n_sentences']} TEST sentences {demo['examples']}")
    from callinsight.mining.names import PhoneticNameMatcher

    matcher = PhoneticNameMatcher({n: [] for n in DEMO_HEARD}, DEFAULT_THRESHOLD)
    for name, fs in DEMO_HEARD.items():
        print(f"  {name}: " + ", ".join(f"{f!r}->{[m.name for m in matcher.find(f)] or '-'}" for f in fs))


if __name__ == "__main__":
    main()
