# Smooths the targets in the loss but uses the hard one-hot target in the gradient, so loss and gradient disagree.
import math


def softmax_ce_backward(logits, labels, smoothing):
    n = len(logits)
    loss, grad = 0.0, []
    for row, y in zip(logits, labels):
        c = len(row)
        top = max(row)
        e = [math.exp(z - top) for z in row]
        s = sum(e)
        logp = [z - top - math.log(s) for z in row]
        q = [smoothing / c + (1 - smoothing if k == y else 0.0) for k in range(c)]
        loss += -sum(qk * lp for qk, lp in zip(q, logp))
        grad.append([(v / s - (1.0 if k == y else 0.0)) / n for k, v in enumerate(e)])
    return [loss / n, grad]
