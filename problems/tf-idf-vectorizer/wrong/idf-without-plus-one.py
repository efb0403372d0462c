# Drops the + 1 from the idf, so a term present in every document gets weight 0 instead of a small positive weight.
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
            w[t] = w.get(t, 0) + math.log((1 + n) / (1 + df[t]))
        norm = math.sqrt(sum(v * v for v in w.values()))
        out.append({t: v / norm for t, v in w.items()} if norm else {})
    return out
