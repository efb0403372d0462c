# Stable softmax, but the loss takes log of the probability, which underflows to 0 for a confidently wrong row (math.log(0) fails).
def softmax_cross_entropy(logits, labels):
    probs, total = [], 0.0
    for row, label in zip(logits, labels):
        m = max(row)
        exps = [math.exp(z - m) for z in row]
        s = sum(exps)
        p = [e / s for e in exps]
        probs.append(p)
        total -= math.log(p[label])
    return [probs, total / len(labels)]
