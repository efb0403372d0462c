# Independent oracle: scikit-learn's CountVectorizer (lowercase=True, token_pattern "[a-z0-9]+") does
# the tokenising and counting; numpy.lexsort orders the vocabulary (count descending, then token);
# the vectoriser's own analyzer re-tokenises each document for the encoding.
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer


def oracle(docs, min_count, max_size):
    cv = CountVectorizer(lowercase=True, token_pattern=r"[a-z0-9]+")
    analyze = cv.build_analyzer()
    try:
        X = cv.fit_transform(docs)
    except ValueError:  # no token in any document: empty vocabulary
        return [["<pad>", "<unk>"], [[] for _ in docs]]
    terms = cv.get_feature_names_out()
    counts = np.asarray(X.sum(axis=0)).ravel()
    order = np.lexsort((terms, -counts))  # last key is primary
    kept = [str(terms[i]) for i in order if counts[i] >= min_count][:max_size]
    itos = ["<pad>", "<unk>"] + kept
    stoi = {t: i for i, t in enumerate(itos)}
    return [itos, [[stoi.get(t, 1) for t in analyze(d)] for d in docs]]
