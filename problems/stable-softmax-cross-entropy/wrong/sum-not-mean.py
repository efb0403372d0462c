# Returns the summed cross-entropy over the batch instead of the mean.
def softmax_cross_entropy(logits, labels):
    probs, total = [], 0.0
    for row, label in zip(logits, labels):
        m = max(row)
        exps = [math.exp(z - m) for z in row]
        s = sum(exps)
        probs.append([e / s for e in exps])
        total += m + math.log(s) - row[label]
    return [probs, total]
