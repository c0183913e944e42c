"""Agreement between the writers' labels and a second reader's, and the analyzer against both.

usage: python3 Tests/Evaluation/agreement/agree.py [ANALYZER_OUTPUT.jsonl]

ANALYZER_OUTPUT is `blanco analyze --format jsonl` over the second-reader files, e.g.
  cat Tests/Evaluation/agreement/second-reader-5*.jsonl | .build/debug/blanco analyze --format jsonl > /tmp/an.jsonl
Figures are counted as the shared scorer counts them: per category over items, micro over all.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = ["judgment", "interpretation", "premature-opinion", "advice",
              "why-question", "leading-question", "system-language"]


def labels(path):
    return {d["id"]: set(d["labels"]) for d in map(json.loads, open(path))}


def analyzer_labels(path):
    return {d["id"]: {f["category"] for f in d.get("flags", [])} for d in map(json.loads, open(path))}


def f1(true_pos, false_pos, false_neg):
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def compare(name, reference, hypothesis, ids):
    tp, fp, fn = Counter(), Counter(), Counter()
    for i in ids:
        for c in CATEGORIES:
            if c in reference[i] and c in hypothesis[i]:
                tp[c] += 1
            elif c in hypothesis[i]:
                fp[c] += 1
            elif c in reference[i]:
                fn[c] += 1
    p, r, f = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    clean = [i for i in ids if not reference[i]]
    alarms = sum(1 for i in clean if hypothesis[i])
    exact = sum(1 for i in ids if reference[i] == hypothesis[i])
    print(f"== {name}: micro P {p:.3f} R {r:.3f} F1 {f:.3f}; false alarms {alarms}/{len(clean)}; "
          f"exactly the same {exact}/{len(ids)}")
    print("   " + "  ".join(f"{c} {f1(tp[c], fp[c], fn[c])[2]:.3f}" for c in CATEGORIES))


writer, second = {}, {}
for path in sorted(HERE.glob("second-reader-*.jsonl")):
    second.update(labels(path))
    writer.update(labels(HERE.parent / path.name.replace("second-reader-", "realistic-")))
ids = list(writer)
compare("second reader against the writers", writer, second, ids)
if len(sys.argv) > 1:
    analyzer = analyzer_labels(sys.argv[1])
    agreed = [i for i in ids if writer[i] == second[i]]
    compare("analyzer against the writers", writer, analyzer, ids)
    compare("analyzer against the second reader", second, analyzer, ids)
    compare(f"analyzer on the {len(agreed)} items both readers label alike", writer, analyzer, agreed)
