# Naive softmax exp(z) / sum(exp(z)) without subtracting the maximum: math.exp(1000) raises OverflowError.
def softmax_cross_entropy(logits, labels):
    probs, total = [], 0.0
    for row, label in zip(logits, labels):
        exps = [math.exp(z) for z in row]
        s = sum(exps)
        p = [e / s for e in exps]
        probs.append(p)
        total -= math.log(p[label])
    return [probs, total / len(labels)]
