# Uses the unsmoothed idf ln(N / df) + 1 (scikit-learn's smooth_idf=False) instead of ln((1 + N) / (1 + df)) + 1.
import re


def tfidf(docs):
    toks = [re.findall(r"[a-z0-9]+", d.lower()) for d in docs]
    n = len(docs)
    df = {}
    for ts in toks:
        for t in set(ts):
            df[t] = df.get(t, 0) + 1
    out = []
    for ts in toks:
        w = {}
        for t in ts:
            w[t] = w.get(t, 0) + math.log(n / df[t]) + 1
        norm = math.sqrt(sum(v * v for v in w.values()))
        out.append({t: v / norm for t, v in w.items()} if norm else {})
    return out
