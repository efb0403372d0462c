# Independent oracle: scikit-learn's TfidfVectorizer with its defaults (smooth_idf=True, norm="l2",
# sublinear_tf=False) and token_pattern "[a-z0-9]+"; each sparse row becomes a {term: weight} dict.
from sklearn.feature_extraction.text import TfidfVectorizer


def oracle(docs):
    vec = TfidfVectorizer(token_pattern=r"[a-z0-9]+")
    X = vec.fit_transform(docs).tocsr()
    terms = vec.get_feature_names_out()
    out = []
    for i in range(X.shape[0]):
        row = X.getrow(i)
        out.append({str(terms[j]): float(v) for j, v in zip(row.indices, row.data)})
    return out
