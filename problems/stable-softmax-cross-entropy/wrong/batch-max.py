# Subtracts one maximum over the whole batch instead of each row's own maximum: a row far below it underflows to all zeros.
def softmax_cross_entropy(logits, labels):
    m = max(max(row) for row in logits)
    probs, total = [], 0.0
    for row, label in zip(logits, labels):
        exps = [math.exp(z - m) for z in row]
        s = sum(exps)
        probs.append([e / s for e in exps])
        total += m + math.log(s) - row[label]
    return [probs, total / len(labels)]
