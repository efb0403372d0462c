def softmax_cross_entropy(logits: list, labels: list) -> list:
    probs = []
    total = 0.0
    for row, label in zip(logits, labels):
        m = max(row)  # shifting by the row maximum leaves softmax unchanged and keeps exp() <= 1
        exps = [math.exp(z - m) for z in row]
        s = sum(exps)  # >= 1, because the maximum contributes exp(0) = 1
        probs.append([e / s for e in exps])
        # log-sum-exp: -log p_label = (m + log s) - z_label, never log(0)
        total += m + math.log(s) - row[label]
    return [probs, total / len(labels)]
