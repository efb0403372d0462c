# Returns the raw tf · idf weights without scaling each document to unit Euclidean length.
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
            w[t] = w.get(t, 0) + math.log((1 + n) / (1 + df[t])) + 1
        out.append(w)
    return out
