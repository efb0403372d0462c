import re

TOKEN = re.compile(r"[a-z0-9]+")


def tfidf(docs: list) -> list:
    tokenised = [TOKEN.findall(d.lower()) for d in docs]
    n = len(docs)
    df = {}
    for tokens in tokenised:
        for t in set(tokens):  # document frequency: once per document
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}  # smooth_idf
    out = []
    for tokens in tokenised:
        tf = {}
        for t in tokens:
            tf[t] = tf.get(t, 0) + 1
        w = {t: c * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in w.values()))
        out.append({t: v / norm for t, v in w.items()} if norm else {})  # an empty document stays empty
    return out
